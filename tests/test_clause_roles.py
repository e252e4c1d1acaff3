"""Who a clause's value belongs to when the sentence holds more than one clause: a name that
reports what follows, a speaker of a later clause, a clause dated by another event, a possessive
relative about a whole class, a price's side, borrowed money, an investment's target, a score of a
test the site does not know, and a possessive with no one named before it. Sentences written for
these tests, in several languages."""

from __future__ import annotations

import datetime as dt

from digest.config import load_knowledge
from digest.extract.entry import extract_entry
from digest.extract.units import structure_from_markdown

K = load_knowledge("site_config")


def claims(body: str, title: str = "A headline about the news") -> list[tuple]:
    _, found = extract_entry(structure_from_markdown(body), title, K, dt.date(2025, 3, 1))
    return [(c["subject"], c["attribute"], c["value"], c.get("said_by"), c.get("qualifier")) for c in found]


def test_a_name_that_reports_a_clause_is_not_its_subject():
    out = claims("Nvidia is a chipmaker.\n\nNvidia claims that the new interconnect links up to 4,608 GPUs.")
    assert not any(c[0] == "NVIDIA" for c in out)
    # ... unless the clause points back to it
    out = claims("Nvidia is a chipmaker.\n\nNvidia said that its revenue rose to $41 billion in the quarter.")
    assert ("NVIDIA", "revenue", 41000000000) in [c[:3] for c in out]


def test_a_speaker_of_a_later_clause_does_not_speak_the_value():
    out = claims("Mistral AI is a startup created by Arthur Mensch.\n\n"
                 "On Tuesday, Mistral AI announced that it has raised $900 million in a Series C funding round, just "
                 "weeks after Mensch said earlier this year that the company was not raising money.")
    funding = [c for c in out if c[1] == "funding"]
    assert funding and funding[0][0] == "Mistral AI" and funding[0][3] in (None, "Mistral AI")


def test_a_year_outside_a_clause_dated_by_another_event_is_no_founding_year():
    out = claims("Anthropic is an AI lab.\n\nMensch left Google in 2021, two years after it was founded.")
    assert not any(c[1] == "founded" for c in out)
    out = claims("Anthropic is an AI lab.\n\nAnthropic was founded in 2021 by former OpenAI staff.")
    assert ("Anthropic", "founded", "2021") in [(c[0], c[1], str(c[2])) for c in out]


def test_a_value_in_a_possessive_relative_clause_belongs_to_the_noun_before_it():
    out = claims("xAI est une start-up.\n\n"
                 "xAI rejoint ainsi les licornes, ces start-ups dont la valorisation atteint au moins 1 milliard de dollars.")
    assert not any(c[1] == "valuation" for c in out)
    out = claims("xAI is a startup.\n\nxAI, whose valuation reached $31 billion last month, is hiring.")
    assert ("xAI", "valuation", 31000000000) in [c[:3] for c in out]


def test_a_per_token_price_is_the_number_its_side_word_follows():
    out = claims("Claude Opus 4 is a model.\n\n"
                 "Während Claude Opus 4 12 Dollar pro Million Input-Tokens und 60 Dollar für die Ausgabe kostet, ist es teuer.")
    assert not any(c[1] == "price per million input tokens" and c[2] == 60 for c in out)
    out = claims("Claude Opus 4 is a model.\n\nClaude Opus 4 costs $12 per million input tokens and $60 for output.")
    flat = [c[:3] for c in out]
    assert ("Claude Opus 4", "price per million input tokens", 12) in flat
    assert not any(c[1] == "cost" for c in out)   # which side "costs" means is not said: no claim


def test_borrowed_money_is_not_funding():
    for text in ("Recentemente, a Anthropic fechou uma linha de crédito de US$ 3,5 bilhões e levantou bilhões de investidores.",
                 "Anthropic secured a $3.5 billion credit facility and raised billions from investors.",
                 "Anthropic obtuvo un préstamo de 3.500 millones de dólares y recaudó miles de millones de inversores."):
        out = claims("Anthropic is an AI lab.\n\n" + text)
        assert not any(c[1] in ("funding", "valuation", "revenue") for c in out), text


def test_an_investment_in_a_company_belongs_to_the_investor_the_sentence_points_back_to():
    out = claims("Amazon, the company behind AWS, is expanding its bets.\n\n"
                 "On Friday, the company revealed a $4 billion investment in AI startup Anthropic.")
    inv = [c for c in out if c[1] == "investment"]
    assert inv and inv[0][0] == "Amazon" and inv[0][4] == "in Anthropic"


def test_a_score_followed_by_a_test_the_site_does_not_know_is_not_the_known_ones():
    out = claims("Claude Opus 4 is a model.\n\n"
                 "El modelo Claude Opus 4 alcanza un 71,3 % en el benchmark SWE-bench y un 41,9 % en Terminal-bench.")
    swe = [c for c in out if c[1] == "SWE-bench"]
    assert swe and all(c[2] == 71.3 for c in swe)


def test_a_possessive_after_a_sentence_that_names_no_one_has_no_owner():
    out = claims("La startup de Elon Musk, xAI, recaudó US$ 6 mil millones para competir con OpenAI.\n\n"
                 "Musk apoyó a OpenAI antes de retirar su apoyo a la empresa.\n\n"
                 "La empresa quiere usar los fondos para lanzar productos.\n\n"
                 "Su valoración previa era de US$ 18 mil millones, dijo Musk.")
    assert not any(c[1] == "valuation" and c[0] == "OpenAI" for c in out)


def test_active_parameters_in_any_language():
    for text in ("O Orion 5 Lite opera com 21 bilhões de parâmetros ativos e suporta contextos longos.",
                 "Orion 5 Lite usa 21.000 millones de parámetros activos por inferencia.",
                 "Orion 5 Lite introduce una arquitectura MoE, activando solo 21B de parámetros por inferencia."):
        out = claims("Orion 5 Lite is a model by Lumen Labs.\n\n" + text)
        assert ("Orion 5 Lite", "active parameters", 21000000000) in [c[:3] for c in out], text
        assert not any(c[1] == "parameters" for c in out), text


def test_a_company_stating_a_clause_speaks_its_value():
    out = claims("Meta released Llama 4 Scout.\n\n"
                 "Meta states that all Llama 4 Scout models were trained on large amounts of text, alongside training on 140 languages.")
    langs = [c for c in out if "languages" in c[1]]
    assert langs and langs[0][3] == "Meta"


def test_a_figure_set_aside_is_not_the_subjects():
    out = claims("ChatGPT is a chatbot.\n\n"
                 "ChatGPT did not report the data breach (which had involved over 300 Italian users) to the regulator.\n\n"
                 "Commercial use by companies with more than 500 million users requires approval.")
    assert not any(c[1] == "users" for c in out)
    out = claims("Mistral AI is a startup.\n\n"
                 "Mistral AI's seed round, which refers to very early investment in a company, was 95 million euros.")
    assert not any(c[1] == "investment" for c in out)


def test_an_investment_in_the_startup_goes_to_the_startup_the_page_is_about():
    out = claims("OpenAI, the startup behind ChatGPT, raised $6.6 billion.\n\n"
                 "The round was led by Thrive Capital. Other backers include Microsoft, which has already invested "
                 "$13 billion in the startup.")
    inv = [c for c in out if c[1] == "investment"]
    assert inv and inv[0][0] == "Microsoft" and inv[0][4] == "in OpenAI"


def test_a_date_before_an_offset_does_not_date_the_later_event():
    out = claims("xAI, founded in July 2023, launched its Grok chatbot and Grok 1.5 six months later.")
    assert not any(c[1] == "release date" for c in out)


def test_each_amount_keeps_its_own_time_and_a_forecast_is_marked():
    out = claims("OpenAI raised $6.6 billion.\n\n"
                 "OpenAI was last valued at $80 billion early this year, when employees sold shares.\n\n"
                 "The startup had a revenue of $250 million last month and is expecting $3.2 billion in revenue this year.\n\n"
                 "Mistral AI, which has raised $600 million since its founding last year, is growing.")
    got = {(c[1], c[2]): (c[3], c[4]) for c in out}
    assert got[("valuation", 80000000000)][1] == "earlier this year"
    assert got[("revenue", 250000000)][1] == "last month"
    assert got[("revenue", 3200000000)] == ("forecast", "this year")
    assert got[("funding", 600000000)][1] == "to date"   # all raised since the founding: not last year's, not one round's


def test_a_total_is_not_an_active_count_and_a_founding_date_stands_before_an_offset():
    out = claims("Meta released Llama 4 Scout.\n\n"
                 "The series has several models, with Scout featuring 17 billion active and 109 billion total parameters.")
    assert not any(c[1] == "active parameters" and c[2] == 109000000000 for c in out)
    out = claims("xAI, founded in July 2023, launched its Grok chatbot six months later.")
    assert ("xAI", "founded") in [(c[0], c[1]) for c in out]


def test_a_name_after_an_article_or_model_noun_owns_its_clause():
    out = claims("Meta lançou a família Llama 4.\n\n"
                 "O Scout tem 17 bilhões de parâmetros ativos e 16 especialistas.\n\n"
                 "Ainda em desenvolvimento, o modelo Behemoth promete 288 bilhões de parâmetros ativos.")
    assert not any(c[0] == "Llama 4" and "parameters" in c[1] for c in out)
    # a place before a descriptive noun is not a name that owns the clause
    out = claims("Nvidia makes chips.\n\nThe Silicon Valley chip giant's shares plummeted 12% on Monday.")
    assert any(c[0] == "NVIDIA" and c[2] == 12 for c in out)


def test_a_familys_size_that_is_a_members_size_is_the_members_and_a_third_model_has_its_own():
    out = claims("Lumen released Llama 3 8B and Llama 3 70B today.\n\n"
                 "Even with a mere 70 billion parameters, Lumen claims Llama 3 is more than capable of rivalling larger models.\n\n"
                 "A third model, which will be trained on more than 400 billion parameters, is still being trained, "
                 "CEO Mark Zuckerberg said.")
    params = [c for c in out if c[1] == "parameters"]
    assert [(c[0], c[2], c[3]) for c in params] == [("Llama 3 70B", 70000000000, None)]


def test_a_speaker_closing_the_sentence_still_speaks_the_value():
    out = claims("Meta released Llama 3.\n\nLlama 3 was trained on 15 trillion tokens, CEO Mark Zuckerberg said.")
    assert ("Llama 3", "training tokens", 15000000000000, "Mark Zuckerberg") in [c[:4] for c in out]


def test_ordinary_words_are_never_subjects():
    out = claims("Lumen will invest in OpenAI.\n\n"
                 "Moreover, the Japanese firm's effective investment is expected to be up to $25 billion.\n\n"
                 "Accordingly, the firm's stake is expected to reach $12 billion.\n\n"
                 "Die Aktie des Konzerns verlor im nachbörslichen Handel rund 2,5 Prozent.\n\n"
                 "Dabei wird der ChatGPT-Entwickler mit 250 Mrd. Dollar bewertet.")
    assert {c[0] for c in out} <= {"OpenAI", "Lumen"}


def test_who_reports_a_figure_and_who_only_comments_on_it():
    out = claims("Anthropic is an AI startup.\n\n"
                 "Anthropic has raised $20bn and more than doubled its valuation to $300bn, according to a report by The Courier.")
    assert {c[3] for c in out if c[1] in ("funding", "valuation")} == {"Courier"}
    out = claims("OpenAI ist ein KI-Unternehmen.\n\n"
                 "Insgesamt sammelte OpenAI 35 Milliarden Dollar ein – laut CNBC der höchste Betrag, den ein Unternehmen je erhielt.")
    assert [(c[0], c[1], c[3]) for c in out] == [("OpenAI", "funding", None)]
    out = claims("Nvidia makes chips.\n\n"
                 "Nvidia said it expected about $40 billion in revenue, versus $38.5 billion expected per LSEG estimates.\n\n"
                 "Für das laufende Quartal prognostiziert Nvidia einen Umsatz von etwa 41 Milliarden Dollar.")
    said = {c[2]: c[3] for c in out if c[1] == "revenue"}
    assert said[38500000000] == "analysts' estimate" and said["~41000000000"] == "forecast"


def test_amounts_of_another_thing_time_or_condition():
    out = claims("OpenAI est une start-up.\n\n"
                 "OpenAI a bouclé une gigantesque levée de 30 milliards de dollars valorisant l'entreprise 250 milliards de dollars.")
    assert not any(c[1] == "valuation" and c[2] == 30000000000 for c in out)
    out = claims("Lumen investiert in OpenAI.\n\n"
                 "Lumen behält sich das Recht vor, seine Investition auf 15 Milliarden Dollar zu kürzen, falls OpenAI sich nicht umwandelt.")
    assert not any(c[1] == "investment" for c in out)
    out = claims("Nvidia makes chips.\n\nData center revenue for fiscal 2025 reached $105.2 billion at Nvidia.\n\n"
                 "OpenAI ist ein KI-Unternehmen.\n\nDamals sammelte OpenAI 5,6 Mrd. Dollar ein.")
    got = {(c[0], c[2]): c[4] for c in out}
    assert got[("NVIDIA", 105200000000)] == "FY2025" and got[("OpenAI", 5600000000)] == "previously"


def test_a_possessors_product_owns_the_figure_and_a_headline_clause_its_own():
    out = claims("DeepSeek released DeepSeek-V3.\n\n"
                 "While OpenAI's GPT-4 reportedly cost around $90 million to train, it was expensive.")
    assert not any(c[0] == "OpenAI" for c in out)
    out = claims("OpenAI schliesst eine Runde ab.\n\nLumen Capital führt Rekordfinanzierung an – Bewertung steigt auf 250 Mrd. Dollar")
    assert not any(c[0] == "Lumen Capital" for c in out)


def test_an_unnamed_source_and_another_languages_approximation_are_kept():
    out = claims("OpenAI is an AI company.\n\n"
                 "OpenAI is eyeing a valuation of around $450 billion in a stock sale, a source familiar with the matter told Reuters.")
    assert [c[3] for c in out if c[1] == "valuation"] == ["unnamed reports"]
    out = claims("Die SSI ist ein Start-up.\n\nDie SSI wird mit rund 4 Milliarden Dollar bewertet.")
    assert [c[2] for c in out if c[1] == "valuation"] == ["~4000000000"]


def test_a_known_familys_model_with_a_letter_version_is_a_model():
    from digest.extract.entities import find_mentions
    from digest.config import load_knowledge
    k = load_knowledge("site_config")
    assert [(m.name, m.kind) for m in find_mentions("But the release of Kimi K3 in 2026 changed that.", k)] == [("Kimi K3", "model")]
    out = claims("Moonshot AI released Kimi K3.\n\nKimi K3 employs a sparse Mixture-of-Experts architecture. "
                 "In coding benchmarks, K3 achieved a 61.2% success rate on SWE-bench Verified.")
    assert ("Kimi K3", "SWE-bench", 61.2) in [c[:3] for c in out]


def test_the_chatbots_users_an_investments_worth_and_who_reports_what():
    out = claims("Lumen launched ChatGPT.\n\nWithin one week of launching, the chatbot garnered over two million users.")
    assert not any(c[1] == "users" and c[0] != "ChatGPT" for c in out)
    out = claims("Microsoft backs OpenAI.\n\nThis follows the initial investment Microsoft made in 2019 worth $2 billion.")
    assert not any(c[1] == "valuation" for c in out)
    out = claims("Mistral AI est une start-up.\n\nMistral AI a annoncé avoir bouclé un tour de financement de 300 millions "
                 "d'euros, portant sa valorisation à 3 milliards de dollars selon des sources financières.")
    said = {c[1]: c[3] for c in out}
    assert said.get("funding") is None and said.get("valuation") == "unnamed reports"
    out = claims("Anthropic is a startup.\n\nAnthropic declined to state its updated valuation, last estimated at more than US$5 billion.")
    assert [(c[2], c[3], c[4]) for c in out if c[1] == "valuation"] == [(">5000000000", "estimate", "previously")]
    out = claims("OpenAI is a startup.\n\nMicrosoft did not disclose the amount of the investment, but news website Semafor "
                 "reported that the company had been in discussions.\n\nIn 2019, Microsoft invested $1 billion in OpenAI.")
    assert ("Microsoft", "investment", "undisclosed", None) in [c[:4] for c in out]
    assert ("Microsoft", "investment", 1000000000, None, "in OpenAI, 2019") in out


def test_a_german_round_of_an_amount_is_no_bound():
    out = claims("Quellwerk ist ein Start-up.\n\nNach einer Finanzierungsrunde über 650 Mio. Dollar hat Quellwerk neue Büros.\n\n"
                 "Quellwerk hat über 700 Millionen Dollar eingesammelt.")
    assert sorted(str(c[2]) for c in out if c[1] == "funding") == ["650000000", ">700000000"]


def test_vague_amounts_source_documents_partial_headcounts_and_earlier_quarters():
    out = claims("Lumen makes chips.\n\nLumen's founder received a Lumen stock package worth several hundred million dollars.\n\n"
                 "According to an SEC filing, the minimum investment in this round was $65,250.\n\n"
                 "Roughly 300 current and former Lumen employees are eligible to cash out shares.\n\n"
                 "Lumen has 2,500 employees.")
    assert [(c[1], c[2]) for c in out] == [("employees", 2500)]
    out = claims("Nvidia makes chips.\n\nIm Quartal davor hatte Nvidia einen Umsatz von 41,7 Milliarden Dollar erzielt.\n\n"
                 "Since its founding in March 2023, xAI has grown to a reported valuation of $40 billion.\n\n"
                 "Für das vierte Quartal prognostiziert der Chip-Konzern einen Umsatz von 61,0 Milliarden Dollar.")
    got = {(c[0], c[1], c[2]): (c[3], c[4]) for c in out}
    assert got[("NVIDIA", "revenue", 41700000000)] == (None, "previous quarter")
    assert got[("xAI", "valuation", 40000000000)] == ("unnamed reports", None)
    assert not any(c[0] == "Chip" for c in out)


def test_a_companys_announcement_day_is_not_its_models_release_date():
    out = claims("Lumen builds Grok 3.\n\nxAI announced on Monday it has secured $5 billion in Series C funding.")
    assert not any(c[1] == "release date" for c in out)


def test_rules_stay_within_their_clause():
    import time
    t0 = time.process_time()
    claims("OpenAI raised $6.6 billion" + " " * 300 + "in its latest round.")
    assert time.process_time() - t0 < 5
    assert ("ChatGPT", "users", 400000000) in [c[:3] for c in claims(
        "ChatGPT now has 400 million weekly users, including many in Japan (日本).")]
    assert ("Microsoft", "investment", 80000000000) in [c[:3] for c in claims(
        "In a statement Microsoft said it would invest $80 billion in data centers this year.")]
    assert ("OpenAI", "funding", 40000000000) in [c[:3] for c in claims(
        "A OpenAI arrecadou US$ 40 bilhões, se tornando a startup mais valiosa do mundo.")]
    assert ("Llama 3", "release date", "2024-04") in [(c[0], c[1], str(c[2])) for c in claims(
        "Meta released the open-weight Llama 3 models to developers in April 2024, and later shipped Llama 3.1.")]
    assert not any(c[0].startswith("Mistral Q") for c in claims("Mistral Q3 revenue rose 20% to $100 million."))
    assert not any(str(c[2]).startswith("~") for c in claims("Groq serves Llama 3 70B at a blazing fast 300 tokens per second."))


def test_a_size_inside_a_model_name_and_the_company_that_states_a_claim():
    out = claims("Qwen3 is a family.\n\nPost-trained models such as Qwen3-30B-A3B and their base models are open.")
    assert not any(c[2] == 30000000000 for c in out)
    assert ("GLM-5.2", "parameters", 744000000000) in [c[:3] for c in claims(
        "Zhipu AI unveiled its GLM-5.2 model, a 744 billion-parameter system.")]
    out = claims("Mistral AI released Mixtral.\n\nThe company also states that Mixtral outperforms Llama 2 70B on most benchmarks with 6x faster inference.")
    assert [c[3] for c in out if c[1].startswith("speed")] == ["Mistral AI"]


def test_measures_rates_genitives_relative_dates_and_the_company_that_claims_a_relation():
    assert not any(c[1] == "users" for c in claims("Grok-1 is large.\n\nUsers speculate it may require a machine with 640 GB of memory."))
    assert not any(c[1] == "founded" for c in claims(
        "Suleyman co-founded the research lab DeepMind that was acquired by Google in 2014 for over $500 million."))
    assert not any(c[1] == "investment" for c in claims(
        "Inflection is a startup.\n\nInflection will compensate its investors at $1.20 or $1.40 per dollar invested."))
    assert not any(c[0] == "Quartals" for c in claims(
        "Nvidia makes chips.\n\nDie Zunahme entspricht dem Wachstum des vorangegangenen Quartals, als ein Anstieg von 255 Prozent verzeichnet wurde."))
    out = claims("Mistral AI released Mixtral.\n\nThe company also states that Mixtral outperforms Llama 2 70B on most benchmarks.")
    assert [(c[1], c[3]) for c in out if c[1].startswith("performance")] == [("performance versus Llama 2 70B", "Mistral AI")]
    out = claims("Nvidia makes chips.\n\nEl fabricante de chips Nvidia espera unas ventas en el segundo trimestre de 27.000 millones de dólares.")
    assert [c[3] for c in out if c[1] == "revenue"] == ["forecast"]


def test_a_count_of_another_thing_named_by_a_demonstrative_is_not_the_models():
    out = claims("xAI trains Grok 3.\n\nThe company plans to double this capacity to 250,000 GPUs using a new network.")
    assert not any(c[0] == "Grok 3" for c in out)


def test_a_family_and_a_size_name_a_model_and_a_size_belongs_to_its_variant():
    from digest.extract.entities import find_mentions
    from digest.config import load_knowledge
    k = load_knowledge("site_config")
    assert [m.name for m in find_mentions("Falcon 160B beats Mistral 9B; Mistral raised money.", k)] == \
        ["Falcon 160B", "Mistral 9B", "Mistral AI"]
    out = claims("TII released Falcon 160B.\n\nFalcon 160B has 160 billion parameters and was trained on 3.2 trillion tokens.")
    assert ("Falcon 160B", "parameters", 160000000000) in [c[:3] for c in out]
    out = claims("Google released Gemma 3B and 8B.\n\nGemma 3B is small. The larger Gemma has 8 billion parameters.")
    assert not any(c[1] == "parameters" and c[0] in ("Gemma", "Gemma 3B") and c[2] == 8000000000 for c in out)


def test_a_models_own_spec_after_a_demonstrative_stays():
    out = claims("Moonshot AI released Kimi K2.\n\nThis design achieves 1 trillion total parameters while using 32 billion active ones.")
    assert ("Kimi K2", "parameters", 1000000000000) in [c[:3] for c in out]


def test_partners_named_after_working_with_do_not_own_the_figure():
    out = claims("Inflection AI is a startup.\n\nInflection claimed to be working with Nvidia and CoreWeave to build a cluster "
                 "with more than 20,000 GPUs.")
    assert not any(c[0] in ("NVIDIA", "CoreWeave") for c in out)
    out = claims("Nvidia makes chips.\n\nThis is significantly more than Meta's $240 billion market cap loss in February 2022.")
    assert any(c[0] == "Meta" for c in out)


def test_a_figure_in_the_future_tense_is_a_forecast():
    """"Third-quarter revenue will be $5.4 billion to $6 billion, the company said": guidance, not a result;
    the result reported before it stays a result."""
    out = claims("Harbor Robotics reported second-quarter revenue of $5.36 billion.\n\n"
                 "Third-quarter revenue will be $5.4 billion to $6 billion, the company said.",
                 title="Harbor Robotics tops estimates")
    said = {c[2]: c[3] for c in out if c[1] == "revenue"}
    assert said == {5360000000: None, "5400000000-6000000000": "forecast"}


def test_a_time_in_an_apposition_or_after_an_earlier_sum_is_not_the_figures_time():
    """"Harbor Robotics, the French robotics start-up founded in May by two researchers, said it raised …":
    May is when it was founded; "After the €105 million raised in June, the second round values it at …":
    June is the first round's. Neither dates the figure that follows."""
    out = claims("Harbor Robotics, the French robotics start-up founded in May by two researchers, said on Sunday "
                 "it raised €385 million.\n\n"
                 "After the €105 million raised in June, the second round values Harbor Robotics at about $2 billion.",
                 title="Harbor Robotics raises €385 million")
    got = {(c[1], c[2]): c[4] for c in out if c[0] == "Harbor Robotics"}
    assert got[("funding", 385000000)] is None and got[("valuation", "~2000000000")] is None
    assert got[("funding", 105000000)] == "2024-06"     # the first round keeps its own month


def test_a_change_after_a_comma_that_goes_on_with_the_same_event_keeps_its_time():
    """The time right after the sum before is that sum's only when a clause with its own subject follows the
    comma: "up 20% from a year earlier" and "soit une hausse de 20%" go on with the same figure."""
    from digest.extract.quantities import qualifier_of, terms_of

    def time_of(s: str, value: str):
        at = s.index(value)
        return qualifier_of(s, dt.date(2031, 8, 1), terms_of(K), (at, at + len(value)))

    assert time_of("Revenue rose to $5 billion in 2030, up 20% from a year earlier.", "20%") == "2030"
    assert time_of("Le chiffre d'affaires atteint 5 milliards en mai, soit une hausse de 20%.", "20%") == "2031-05"
    assert time_of("Après les 105 millions déjà levés en juin, ce second tour de financement valorise la société "
                   "à 2 milliards de dollars.", "2 milliards") is None
