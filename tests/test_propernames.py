"""Organisations and people a page introduces that site_config does not list: found by the cues
around them, used as claim subjects, and never taken for the actor when they only describe
someone, are told something, or are another's product. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import make_project, run
from digest.config import load_knowledge
from digest.extract.claims import extract_claims
from digest.extract.propernames import discover
from digest.extract.units import structure_from_markdown, units_from_structure

K = load_knowledge("site_config")


def names(text: str) -> dict[str, tuple[str, str]]:
    return discover(text.split("\n"), K)


def claims(body: str, primary=None) -> list[tuple]:
    units = units_from_structure(structure_from_markdown(body))
    return [(c["subject"], c["attribute"], c["value"]) for c in extract_claims(units, K, dt.date(2025, 3, 1), primary, set())]


def test_an_organisation_by_its_suffix_apposition_or_business_verb():
    found = names("Quillfeather Labs said on Monday it would open an office.\n"
                  "Investors include Brightwater Capital, which led the last round.\n"
                  "Marrowbyte, a data-labelling startup based in Lisbon, has raised $40 million.")
    assert found["Quillfeather Labs"] == ("Quillfeather Labs", "lab")
    assert found["Brightwater Capital"][1] == "lab"
    assert found["Marrowbyte"] == ("Marrowbyte", "lab")


def test_a_person_by_role_and_the_surname_alone_is_the_same_person():
    found = names("Chief executive Ottilie Varga told staff the plan was on track.\n"
                  "Varga said the company would hire 200 engineers.")
    assert found["Ottilie Varga"] == ("Ottilie Varga", "person")
    assert found["Varga"] == ("Ottilie Varga", "person")


def test_a_role_inside_a_name_splits_the_owner_from_the_person():
    found = names("Corvane CEO Idris Mbeki appeared at the launch with the mayor.")
    assert found["Corvane"][1] == "lab"
    assert found["Idris Mbeki"] == ("Idris Mbeki", "person")


def test_an_acronym_defined_in_brackets_names_the_same_organisation():
    found = names("Deep Harbor Systems Inc. (DHS) was founded last year.\nDHS has raised $12 million.")
    assert found["DHS"][0] == found["Deep Harbor Systems"][0]


def test_adjectives_and_modifiers_are_no_names():
    found = names("Several Chinese firms and European startups competed.\n"
                  "US-based Tallow Holdings, a logistics company, said it was not affected.")
    assert "Chinese" not in found and "European" not in found
    assert "Tallow Holdings" in found and "US-based Tallow Holdings" not in found


def test_a_name_without_evidence_is_left_alone():
    assert names("The Great Hall was full.\nEveryone in Springfield watched the game.") == {}


def test_the_money_of_a_new_organisation_is_its_own_not_the_pages_known_one():
    body = ("Marrowbyte, a data-labelling startup, has raised $40 million from investors including Google, "
            "in a deal that valued it at $300 million.\n\n"
            "Marrowbyte's revenue reached $8 million last year.")
    got = claims(body)
    assert ("Marrowbyte", "valuation", 300_000_000) in got
    assert not any(s == "Google" for s, _, _ in got)


def test_a_name_that_only_describes_a_person_or_is_told_is_not_the_subject():
    body = ("Former Corvane co-founder Idris Mbeki raised $50 million for his new venture.\n\n"
            "Sources tell Telwick News that the plan starts with a $20 billion commitment.")
    got = claims(body)
    assert not any(s in ("Corvane", "Telwick News") for s, _, _ in got), got


def test_an_undated_article_takes_no_date_from_a_story_about_something_else(tmp_path):
    proj = make_project(tmp_path / "p")
    raw = proj / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(
        "Corvane unveils Glint 2 reasoning model\n\nMarch 3, 2025\n\n"
        "Corvane released Glint 2, a reasoning model, on Monday. Corvane said Glint 2 scores 71% on AIME.\n", encoding="utf-8")
    (raw / "b.txt").write_text(
        "Corvane's spin-off Tallowmere raises $90 million\n\n"
        "Tallowmere, a robotics startup founded by former Corvane staff, has raised $90 million. "
        "Tallowmere said it would hire 40 engineers. Corvane is not an investor.\n", encoding="utf-8")
    run(["digest", "convert", "raw"], proj)
    dates = {}
    for p in (proj / "content" / "entries").glob("*.md"):
        text = p.read_text(encoding="utf-8")
        dates["b" if "Tallowmere" in text.split("---")[1].split("title:")[1][:80] else "a"] = \
            [line for line in text.splitlines() if line.startswith("date:")][0]
    assert dates["a"] == "date: 2025-03-03"
    assert dates["b"] == "date: null"


def test_a_date_inside_a_relative_clause_is_not_the_attributes():
    got = claims("Ottilie Varga, who left Corvane in May 2023, co-founded Tallowmere with two partners.")
    assert not any(a == "founded" for _, a, _ in got), got


def test_a_section_label_or_a_print_button_is_no_headline(tmp_path):
    proj = make_project(tmp_path / "p")
    raw = proj / "raw"
    raw.mkdir()
    (raw / "label.txt").write_text(
        "What you need to know\n\nCorvane, a robotics startup, has raised $90 million in a round led by "
        "Brightwater Capital, the company said on Tuesday, and plans to hire forty engineers this year.\n", encoding="utf-8")
    (raw / "zh.txt").write_text(
        "[ 打印 ]\n2025年3月3日,科瓦内公司发布了新一代机器人模型Glint2系列,迅速引发国内外关注。该系列包括多个尺寸的模型,面向开发者开放。\n",
        encoding="utf-8")
    run(["digest", "convert", "raw", "--date", "2025-03-04"], proj)
    titles = sorted(p.read_text(encoding="utf-8").split("title: ", 1)[1].split("\n", 1)[0]
                    for p in (proj / "content" / "entries").glob("*.md"))
    assert not any("What you need" in t or "打印" in t for t in titles), titles
    zh = next(p for p in (proj / "content" / "entries").glob("*.md") if "zh.txt" in p.read_text(encoding="utf-8"))
    assert "Glint2" in zh.read_text(encoding="utf-8").split("---", 2)[2]   # the article's body is kept


def test_a_model_name_inside_chinese_text_is_found():
    from digest.extract.entities import find_mentions
    assert [m.name for m in find_mentions("阿里发布了新一代模型Qwen3系列", K)] == ["Qwen3"]


def test_the_company_is_the_page_organisation_not_the_investor_named_before():
    body = ("Marrowbyte, a data-labelling startup, is raising $40 million. The venture capital firm Brightwater "
            "Capital is expected to lead the round. At the end of June, the company was valued at $300 million.\n\n"
            "Marrowbyte said it would hire 50 people. Marrowbyte is growing fast, and Marrowbyte's revenue doubled.")
    units = units_from_structure(structure_from_markdown(body))
    got = extract_claims(units, K, dt.date(2025, 11, 5), "Marrowbyte", set())
    valued = [c for c in got if c["attribute"] == "valuation"]
    assert [(c["subject"], c["value"], c["qualifier"]) for c in valued] == [("Marrowbyte", 300_000_000, "2025-06")]


def test_a_figure_from_the_start_of_the_year_says_so():
    body = "At the beginning of this year, Marrowbyte raised $10 million at a valuation of $90 million."
    units = units_from_structure(structure_from_markdown(body))
    got = extract_claims(units, K, dt.date(2025, 11, 5), "Marrowbyte", set())
    assert any(c["attribute"] == "valuation" and c.get("qualifier") == "start of year" for c in got), got


def test_a_figure_that_topped_a_value_is_a_bound_with_its_month():
    body = "Marrowbyte's quarterly revenue topped $35 million in August."
    units = units_from_structure(structure_from_markdown(body))
    got = extract_claims(units, K, dt.date(2025, 11, 5), "Marrowbyte", set())
    assert [(c["value"], c.get("qualifier")) for c in got if c["attribute"] == "revenue"] == [(">35000000", "2025-08")]


def test_a_run_rate_is_annualized_revenue_not_what_a_year_earned():
    body = "Marrowbyte's annual recurring revenue reached $12 million, and its revenue last year was $4 million."
    units = units_from_structure(structure_from_markdown(body))
    got = {(c["attribute"], c["value"]) for c in extract_claims(units, K, dt.date(2025, 11, 5), "Marrowbyte", set())}
    assert ("annualized revenue", 12_000_000) in got and ("revenue", 12_000_000) not in got


def test_a_year_a_currency_prefix_and_a_makers_name_are_not_what_they_seem():
    body = ("Corvane launched its chatbot in November 2023 to a limited number of users. "
            "Su valoración previa era de US$ 18 mil millones, dijo la empresa. "
            "The plan is for the cluster to run by the end of 2026 on Nvidia H100 GPUs.")
    got = claims(body, primary="Corvane")
    assert not any(v == 2023 or s in ("United States", "NVIDIA") for s, _, v in got), got


def test_a_date_in_an_aside_does_not_date_what_follows_it():
    got = claims("A empresa, fundada por ex-pesquisadores da Corvane, pretende registrar US$ 12 bilhões em 2027.")
    assert not any(a == "founded" for _, a, _ in got), got
    # a date before the comma that opens the sentence still dates its verb
    got = claims("On June 20, 2024, they released Glint 2, a reasoning model.", primary="Glint 2")
    assert ("Glint 2", "release date", "2024-06-20") in got


def test_a_company_named_by_a_copula_in_any_language_or_after_its_founding_year():
    found = names("Quellwerk ist ein von Jana Roth gegründetes Chip-Start-up aus München.\n"
                  "Founded in 2013, Brightforge sells companies a platform for data storage.\n"
                  "Stellwind is a robotics company based in Oslo.")
    assert found["Quellwerk"][1] == "lab" and found["Brightforge"][1] == "lab" and found["Stellwind"][1] == "lab"


def test_a_company_named_before_an_apposition_and_a_verb_is_found():
    found = discover(["Velora, the code editor she co-founded three years earlier, had raised $2.3 billion at a "
                      "$29.3 billion valuation.", "Velora's previous raise valued the company at $9.9 billion."], K)
    assert found.get("Velora", (None, None))[1] == "lab"


def test_a_company_by_its_measure_in_another_language_or_a_past_tense_results_verb():
    got = names("Nel terzo trimestre il fatturato di Orbitron è aumentato dell'82%.\n"
                "Vireonix rapporteerde een omzet van $884 miljoen.")
    assert got.get("Orbitron", (None, None))[1] == "lab"
    assert got.get("Vireonix", (None, None))[1] == "lab"
    # a German noun after its article, and a name in an English "of" phrase, are no companies
    got = names("Für das vergangene Quartal meldete der Chiphersteller einen Umsatz von 39 Milliarden Dollar.\n"
                "The lack of transparency makes any Total Cost of Ownership analysis difficult.")
    assert "Quartal" not in got and "Ownership" not in got
    # a person's name before a results verb is no company
    got = names("Le groupe de Jean Dupontel affiche 2,9 milliards de dollars de revenus net.")
    assert got.get("Jean Dupontel", (None, None))[1] != "lab"


def test_a_company_whose_verb_comes_after_when_it_acted():
    found = names("QX Brightmem on April 24 reported a record first-quarter operating profit.\n"
                  "Velloran Systems last week raised $40 million.")
    assert found["QX Brightmem"][1] == "lab" and found["Velloran Systems"][1] == "lab"


def test_where_a_company_is_from_is_not_another_name():
    body = ("QX Brightmem on April 24 reported a record first-quarter operating profit.\n\n"
            "The South Korean chipmaker posted an operating profit of 7.44 trillion won for the quarter, "
            "exceeding analysts' average forecast of 6.59 trillion won.\n")
    got = claims(body)
    assert ("QX Brightmem", "operating profit", 7440000000000) in got
    assert not [c for c in got if c[0] == "South Korean"]


def test_a_company_written_in_capitals_and_a_lower_case_word():
    found = names("QX brightmem posts record profit\nQX brightmem posted a record first-quarter profit.\n"
                  "US tariffs weigh on chips. US tariffs may rise.")
    assert found["QX brightmem"][1] == "lab"
    assert "US tariffs" not in found


def test_where_a_company_is_headquartered_is_no_part_of_its_name():
    got = claims("Capgemini agreed to buy Mumbai-headquartered WNS for $3.3 billion in cash.\n")
    assert not [c for c in got if c[0].startswith("Mumbai")]


def test_a_company_found_by_a_present_or_compound_verb_of_another_language():
    from digest.extract.propernames import discover
    found = discover(["Basée à Londres, la plateforme de vidéos par IA Vidorra a confirmé son statut de leader du marché européen.",
                      "La société Vidorra obtient 200 millions de dollars lors d'un tour de financement."], K)
    assert "Vidorra" in found and "IA Vidorra" not in found


def test_a_company_noun_with_the_adjectives_and_de_phrase_other_languages_put_after_it():
    found = names("La startup española de entregas a domicilio Velvo se convirtió en el segundo unicornio del país.\n"
                  "Il gruppo industriale tedesco Rendlach ha chiuso l'anno in utile.\n"
                  "La ronda fue liderada por la firma de inversión Corvane Global.\n"
                  "Dank der Nachfrage konnte das Unternehmen die Marge weiter steigern.\n"
                  "La plataforma, la empresa de delivery más relevante en Latinoamérica, crece.")
    assert found["Velvo"][1] == "lab" and found["Rendlach"][1] == "lab"
    assert "Corvane Global" not in found   # the agent of a passive: an investor, no evidence of its own
    assert "Marge" not in found and "Latinoamérica" not in found


def test_an_adverb_between_a_name_and_its_verb_and_a_name_with_a_colon():
    found = names("Tras semanas de negociaciones, Velvo ya es un unicornio.\nEn abril, Quintaro ya captó 150 millones de euros.\n"
                  "Fundada en 2018, la startup israelense Run:ai trabaja con Nvidia.")
    assert found["Velvo"][1] == "lab" and found["Quintaro"][1] == "lab"
    assert "Run" not in found


def test_a_group_noun_after_a_place_opens_the_next_clause():
    found = names("Fondé en 1996 en Inde, le groupe compte désormais 64.000 salariés.")
    assert "Inde" not in found


def test_a_company_named_once_in_brackets_is_not_what_the_page_is_about():
    from digest.extract.entry import find_subjects
    body = ("La marca Quintaro anunció hoy el cierre de una ronda de 200 millones de dólares. Con esta inyección, la empresa "
            "alcanza una valoración de 1.300 millones de dólares.\n\n"
            "Participaron inversores existentes como GV (anteriormente Google Ventures) y otros.\n")
    assert find_subjects(structure_from_markdown(body), "", K).primary != "Google"
    assert not [c for c in claims(body) if c[0] == "Google"]


def test_the_organisation_of_two_roles_and_a_giant_in_apposition():
    found = names("« Nous sommes prêts », a déclaré Jane Roe, fondatrice et DG de Quintaro.\n"
                  "Velvo, le géant du streaming musical, bondit de 9% avant bourse.")
    assert found["Quintaro"][1] == "lab" and found["Velvo"][1] == "lab"
    assert found["Jane Roe"][1] == "person"


def test_a_company_named_three_times_as_often_as_a_model_is_what_the_page_is_about():
    from digest.extract.entry import find_subjects
    body = ("MiniMax debutó en la bolsa de Hong Kong. MiniMax recaudó 619 millones de dólares.\n\n"
            "MiniMax, creada en 2022, tiene 200 millones de usuarios. Los inversores comparan a MiniMax con Claude.\n")
    assert find_subjects(structure_from_markdown(body), "", K).primary == "MiniMax"
    assert ("MiniMax", "users", 200000000) in {(s, a, v) for s, a, v in claims(body, "MiniMax")}


def test_a_german_compound_company_noun_and_a_dateline_city():
    found = names("TOKIO (dpa-AFX) - Der japanische Elektronik- und Unterhaltungskonzern Quintaro hat die Prognosen erhöht.")
    assert found.get("Quintaro", (None, None))[1] == "lab"
    assert "TOKIO" not in found


def test_a_country_is_never_a_company_and_a_noun_that_opens_the_next_clause_is_no_apposition():
    found = names("Quintaro grew GMV 35%, while Argentina posted GMV growth of 42% year over year.\n"
                  "Des entrepôts du groupe Quintaro en France, la société Velvo Logistique a été sanctionnée.")
    assert "Argentina" not in found and "France" not in found


def test_a_bank_or_group_by_its_first_word_and_a_german_company_noun_before_the_name():
    found = names("Banco Meridional ganó 812 millones de euros en el semestre.\nMeridional abrió 40 oficinas.")
    assert found["Banco Meridional"] == found["Meridional"] and found["Meridional"][1] == "lab"   # one entity
    found = names("Der Zulieferer Kestner reagiert auf die Absatzkrise in der Branche.")
    assert found.get("Kestner") == ("Kestner", "lab") and "Zulieferer Kestner" not in found
    # a German company noun with its adjective names no one
    found = names("Der Münchner Maschinenhersteller wurde damit mit rund 4 Milliarden Euro bewertet.")
    assert not [n for n in found if "hersteller" in n]


def test_a_german_company_noun_points_back_to_the_company():
    got = claims("Der Zulieferer Kestner reagiert auf die Absatzkrise, teilte das Unternehmen mit. "
                 "Ende 2024 hatte der Konzern weltweit rund 52.300 Beschäftigte. "
                 "Der Münchner Maschinenhersteller wurde damit mit rund 4 Milliarden Euro bewertet.", primary="Kestner")
    assert ("Kestner", "employees", "~52300") in got
    assert ("Kestner", "valuation", "~4000000000") in got
    assert not [c for c in got if "hersteller" in c[0]]


def test_a_company_the_page_is_about_without_introducing_it():
    # named in the title and again inside sentences, never with a cue of what it is
    page = ["Corvenna handily beat growth expectations in the fourth quarter.",
            "The results pushed Corvenna stock up in late trading, and analysts praised Corvenna again."]
    assert discover(page, K, "Corvenna Adds 4M Members, Beats Expectations")["Corvenna"] == ("Corvenna", "lab")
    # not without the title's word for it, not a tier listed with a known model's word, not in German
    assert "Corvenna" not in discover(page[:1], K)
    tiers = ["Claude 3 Opus now has two smaller siblings: Lumen, Gleam and Opus make three tiers.", "Gleam is the default; Lumen and Gleam share a price.",
             "Most teams pick Gleam, and Lumen suits batch work."]
    assert "Gleam" not in discover(tiers, K, "Gleam, Lumen and Opus compared")
    # in German, a name is what never takes an article, a possessive or a number ("Corvenna verbesserte seinen
    # Umsatz"); a noun takes them ("der Umsatz", "seinen Umsatz", "5 Millionen Kunden")
    german = ["Fast 30 Millionen neue Kunden konnte Corvenna im Jahr 2023 gewinnen.",
              "Im Jahresvergleich verbesserte Corvenna seinen Umsatz um 12 Prozent, und der Umsatz pro Kunde stieg.",
              "In Europa konnte Corvenna einen Zuwachs von fünf Millionen Kunden verzeichnen; Umsatz und Kunden wuchsen."]
    found = discover(german, K, "Umsatz bei Corvenna steigt")
    assert found.get("Corvenna") == ("Corvenna", "lab")
    assert found.get("Umsatz") is None and found.get("Kunden") is None
    # an adjective between the article and the noun, a measure's word, a compound with a lower-case part
    nouns = ["Im vergangenen Jahr stieg der operative Gewinn, Experten hatten mit einem geringeren Gewinn gerechnet.",
             "Das vergangene Jahr brachte Gewinn, und Berliner Start-ups wuchsen; viele Start-ups gewannen.",
             "Auch Start-ups meldeten Gewinn im Jahr davor, sagte Corvenna."]
    found = discover(nouns, K, "Gewinn und Start-ups im Jahr")
    assert not {"Jahr", "Gewinn", "Start-ups"} & set(found)


def test_a_part_of_the_world_or_its_people_is_never_the_company_a_page_is_about():
    page = ["Corvenna's rise worries the West, and American labs answer Corvenna.",
            "For the West, Corvenna is a rival; American investors watch the West and Corvenna closely.",
            "Analysts in the West say American firms lead."]
    found = discover(page, K, "Corvenna challenges the West")
    assert found.get("Corvenna") == ("Corvenna", "lab")
    assert "West" not in found and "American" not in found


def test_a_device_the_page_launches_or_prices_is_a_product():
    found = names("Veltro has announced a June 5 launch date and $449.99 price tag for its latest gaming console, the Orbix 2.\n"
                  "The Orbix 2 has a larger screen.\n"
                  "Die Konsole Nimbus 3 Pro kostet 469,99 Euro. Das Nimbus 3 Pro ist leicht.\n"
                  "On June 5 sales open; Article 5 applies, and Chapter 11 was filed, in Chapter 11 again, by Article 5.")
    assert found["Orbix 2"] == ("Orbix 2", "product")
    assert found["Nimbus 3 Pro"] == ("Nimbus 3 Pro", "product")
    assert not {"June 5", "Article 5", "Chapter 11"} & set(found)
    # named once, or never launched nor priced nor called a device: no product
    assert "Zento 4" not in names("The Zento 4 is priced at $99.\nIt sold out.")
    assert "Halden 7" not in names("Halden 7 was discussed.\nHalden 7 returned.")


def test_a_devices_price_and_its_launch_day_to_come():
    got = claims("Veltro has announced a $449.99 price tag for its latest gaming console, the Orbix 2.\n\n"
                 "The Orbix 2 console will launch on June 5.")
    assert ("Orbix 2", "price", 449.99) in got
    assert ("Orbix 2", "release date", "2025-06-05") in got   # the next June 5 after the entry's date, not the last


def test_a_name_before_a_device_noun_it_names_twice_is_a_product():
    from digest.extract.claims import Unit, split_sentences
    text = ("Orion's much-awaited Halo Pro headset sold out within hours. "
            "The Orion Halo Pro costs $3,499, more than rival headsets like the Vega Quest 3, which costs $499.")
    names = discover([text], K, "Orion's Halo Pro headset sells out")
    assert names.get("Halo Pro", (None, None))[1] == "product"
    units = [Unit("sentence", s, s) for s in split_sentences(text)]
    got = {(c["subject"], c["attribute"], c["value"]) for c in extract_claims(units, K, dt.date(2024, 1, 30), None, set(), names=names)}
    assert ("Halo Pro", "price", 3499) in got
    assert not [c for c in got if c[0] == "Orion"]   # the maker's name before its device names no figure of the maker


def test_a_table_without_outer_pipes_names_each_tier_of_a_product_in_its_header(tmp_path):
    from digest.convert.draft import claims_for, draft_document
    from digest.convert.read import read_documents
    raw = tmp_path / "halo.txt"
    raw.write_text("Orion launches the Halo 16 phone\n\nOrion launched the Halo 16 phone on Monday. The Halo 16 costs $799 "
                   "and the Halo 16 phone ships in September.\n\n"
                   "Specification | Halo 16 | Halo 16 Plus | Halo 16 Pro Max |\n---|---|---|---|\n"
                   "Starting price 128GB | $799 | $899 | NA |\nStarting price 1TB | NA | NA | $1,599 |\n", encoding="utf-8")
    draft = draft_document(read_documents(raw, str(raw))[0], K)
    got = {(c["subject"], c["attribute"], c["value"], c.get("qualifier")) for c in claims_for(draft, K)}
    assert {("Halo 16 Plus", "price", 899, "128GB"), ("Halo 16 Pro Max", "price", 1599, "1TB")} <= got
    assert not [c for c in got if c[0] == "Orion"]


def test_a_name_after_its_makers_that_the_page_also_writes_alone_is_a_product():
    found = discover(["Seit Ende letzter Woche lässt sich Apple Halo Pro in den USA vorbestellen.",
                      "Apple verschickt erste Exemplare von Halo Pro.", "Apple Halo Pro kommt im Februar in den Handel."], K)
    assert found.get("Halo Pro", (None, None))[1] == "product"
    found = discover(["The fine hit Meta Ireland, the group's European arm. Meta Ireland will appeal.",
                      "Ireland's regulator imposed it. Rivals include Google Cloud and Oracle Cloud; Google Cloud grew."], K)
    assert found.get("Ireland", (None, None))[1] != "product" and found.get("Cloud", (None, None))[1] != "product"


def test_a_name_with_two_legal_forms_is_two_companies():
    from digest.extract.propernames import discover
    texts = ["Le constructeur Corvid AG bondissait de 4,4% jeudi. Ce cours valorise Corvid AG plus de 78 milliards d'euros.",
             "L'action de la holding familiale Corvid SE tombait de 7%, et celle de Corvid SE ne se redressait pas."]
    found = discover(texts, K, "Corvid démarre en trombe")
    assert found.get("Corvid SE", ("", ""))[0] == "Corvid SE"


def test_a_listing_beside_a_name_is_no_name_that_acts():
    """"Harbor Robotics (NASDAQ:HRBR) agreed to buy Quill Labs": the exchange and the symbol in brackets
    are where the shares trade; a name in brackets of its own ("(Reuters)") stays a name."""
    from digest.extract.names import proper_names

    found = lambda s: [n.name for n in proper_names(s, [])]
    assert found("Harbor Robotics (NASDAQ:HRBR) agreed to buy Quill Labs.") == ["Harbor Robotics", "Quill Labs"]
    assert found("Harbor Robotics (NYSE: HRBR) rose.") == ["Harbor Robotics"]
    assert "Reuters" in found("The deal (Reuters) was signed by Quill Labs.")
    assert "Reuters" in found("The deal (Source: Reuters) was signed by Quill Labs.")


def test_a_role_after_the_comma_with_its_organisation_makes_a_person():
    found = discover(["Gary Stone, Halcyon's current CEO, will join the Vega management team, reporting to Chuck Rivers, "
                      "Vega CEO."], K)
    assert found.get("Gary Stone", ("", ""))[1] == "person" and found.get("Chuck Rivers", ("", ""))[1] == "person"


def test_a_maker_of_apps_is_a_company_and_an_app_is_a_product():
    assert discover(["Kestrel Learning, a maker of language apps, reported its results on Tuesday."], K) \
        .get("Kestrel Learning", ("", ""))[1] == "lab"
    assert discover(["Murmur, the chatbot app developed by Lumen Forge, now has 3 million users."], K) \
        .get("Murmur", ("", ""))[1] == "product"
