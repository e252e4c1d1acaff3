"""What a figure is, read from the words around it: a level a change started from, a price per
thousand tokens, a worked example, a number inside a name, a model compared with, a speech tag
that is no apposition, a figure set against forecasts, a base named by its period, a regional
unit's figure, a change from one value to another as a reader sees it; and the page furniture
around them (a round's letter, a wire's ticker, a role after "&", a caption's credit). Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

from digest.config import load_knowledge
from digest.convert import draft_document
from digest.extract.claims import _display, split_sentences
from digest.extract.entry import extract_entry
from digest.extract.units import structure_from_markdown
from digest.pages.format import show_value
from digest.sources.document import Document

K = load_knowledge("site_config")


def claims(body: str, title: str = "A headline about the news") -> list[tuple]:
    _, found = extract_entry(structure_from_markdown(body), title, K, dt.date(2026, 3, 3))
    return [(c["subject"], c["attribute"], c["value"], c.get("said_by"), c.get("qualifier")) for c in found]


def test_the_level_a_change_started_from_is_no_change():
    out = claims("Halvard Robotics, a Boston startup, said on Monday it had raised $300 million.\n\n"
                 "The round values Halvard Robotics at $4 billion, a huge jump from its $900 million valuation last year.")
    assert not any(c[1].endswith(("gain", "rise")) for c in out)
    assert ("Halvard Robotics", "valuation", 4000000000, None, None) in out
    assert ("Halvard Robotics", "valuation", 900000000, None, "last year") in out
    out = claims("Halvard Robotics is a Boston startup.\n\n"
                 "Halvard Robotics' market value climbed from about $20 billion to $45 billion in a year.")
    assert ("Halvard Robotics", "market value", "from ~20000000000 to 45000000000") in [c[:3] for c in out]


def test_a_speech_tag_after_a_name_does_not_make_it_the_company():
    out = claims("Halvard Robotics, a Boston startup, has raised $600 million in a round led by Sequoia, the company said.\n\n"
                 "The company's annual revenue rose to $200 million.")
    revenue = [c for c in out if c[1] == "revenue"]
    assert revenue and all(c[0] == "Halvard Robotics" for c in revenue)


def test_a_price_per_thousand_tokens_is_scaled_and_one_per_page_left_out():
    out = claims("GPT-7 costs $0.03 per 1000 input tokens.")
    assert ("GPT-7", "price per million input tokens", 30) in [c[:3] for c in out]
    out = claims("GPT-7 input tokens are billed at $4 per page.")
    assert not any(c[1] == "price per million input tokens" for c in out)


def test_a_model_compared_with_by_as_much_as_is_not_the_subject():
    out = claims("GPT-7 is the new model.\n\n"
                 "GPT-7, however, is sixth as expensive as GPT-6 Pro, a third as expensive as GPT-6 at $0.01 per 1000 "
                 "input tokens, and ten times as expensive as GPT-5.")
    prices = [c for c in out if c[1] == "price per million input tokens"]
    assert prices == [("GPT-7", "price per million input tokens", 10, None, None)]


def test_a_variant_named_by_its_context_window_is_its_own_model():
    out = claims("Before that, the largest window was GPT-4-32k. This model has a context window of 32768 tokens.")
    assert ("GPT-4-32k", "context window", 32768) in [c[:3] for c in out]
    assert not any(c[0] == "GPT-4" for c in out)


def test_an_abbreviation_before_a_number_does_not_end_the_sentence():
    assert split_sentences("It takes roughly 50 pages (approx. 25k words). Then it stops.") == \
        ["It takes roughly 50 pages (approx. 25k words).", "Then it stops."]
    assert len(split_sentences("Ms. Alvarez said so. Prof. Chen agreed.")) == 2


def test_a_worked_example_of_a_cost_is_no_price():
    out = claims("GPT-7 is the new model.\n\nFor a 12-page document, GPT-7 would cost about $0.80 to process it.")
    assert not any(c[1] == "cost" for c in out)


def test_a_number_inside_a_name_is_no_count():
    out = claims("Halvard Robotics said it will work with its enterprise customers on the DEFCON 31 red-teaming event.")
    assert not any(c[1] == "customers" for c in out)
    out = claims("Halvard Robotics said it now has 31 enterprise customers.")
    assert ("Halvard Robotics", "customers", 31) in [c[:3] for c in out]


def test_a_change_from_one_value_to_another_reads_in_words():
    assert show_value("from 1500000000 to 4000000000", "USD") == "from $1.5B to $4B"
    assert show_value("from ~20000000000 to 45000000000", "USD") == "from about $20B to $45B"
    assert _display("from 1500000000 to 4000000000", "USD") == "from 1.5 billion to 4 billion USD"
    assert _display("from 12 to 20", "percent") == "from 12% to 20%"


def test_a_figure_set_against_forecasts_is_the_reported_one():
    out = claims("Nvidia reported results on Wednesday.\n\n"
                 "Revenue also came in above forecasts at $57.01 billion, versus the $54.92 billion projected by analysts.")
    assert ("NVIDIA", "revenue", 57010000000, None, None) in out
    out = claims("Nvidia reported results on Wednesday.\n\nRevenue fell shy of analyst targets for $15.04 billion.")
    assert not any(c[2] == 15040000000 and c[3] is None for c in out)


def test_a_base_named_by_its_period_is_no_time_of_the_figure():
    out = claims("Telefónica es un grupo de telecomunicaciones.\n\nEl beneficio de Telefónica cae un 1,9% respecto al año anterior.")
    assert ("Telefónica", "profit drop", 1.9, None, None) in out


def test_a_regional_units_figure_is_not_the_companys():
    out = claims("Telefónica es un grupo de telecomunicaciones.\n\n"
                 "Los ingresos de Telefónica Latinoamérica, que crecieron un 26 %, fueron ya el 71% del total.")
    assert not any(c[0] == "Telefónica" and c[1].startswith("revenue") for c in out)


def test_a_cloud_business_is_not_its_parent():
    out = claims("AWS remained the market leader, generating $29.3 billion in revenue.")
    assert [c[:3] for c in out if c[1] == "revenue"] == [("Amazon Web Services", "revenue", 29300000000)]


def test_a_rounds_letter_ends_a_sentence_and_an_initial_does_not():
    assert split_sentences("The company announced a $70 million Series A. The round is led by Parkway. J. Roe said so.") == \
        ["The company announced a $70 million Series A.", "The round is led by Parkway.", "J. Roe said so."]


def _draft(text: str):
    return draft_document(Document(path="x.txt", text=text), K)


def test_a_wire_ticker_and_a_role_after_an_ampersand_are_no_names():
    d = _draft("Halvard buys Prometheus for $10.8 billion\n\n"
               "Halvard & Co ( HLV.N ) said on Sunday it will buy Prometheus Biosciences Inc ( RXDX.O ) for about $10.8 billion.\n\n"
               "Halvard will pay $200 per share for Prometheus. That represents a 75% premium to the close for Prometheus shares.\n\n"
               "\u201cWe look forward to it,\u201d commented Joseph Moscato, Generex President & Chief Executive Officer.\n")
    assert not any(n in d.subjects.entities for n in ("HLV.N", "RXDX.O", "& Chief Executive Officer"))
    assert not any("&" in c["subject"] or "." in c["subject"] for c in d.claims)


def test_a_caption_with_its_credit_in_brackets_is_no_headline():
    d = _draft("Intel-Zentrale im kalifornischen Santa Clara (©Intel)\n\nIntel steigert Umsatz um zehn Prozent\n\n"
               "Der Chip-Riese Intel konnte seinen Umsatz im vergangenen Quartal um zehn Prozent steigern.\n")
    assert d.title == "Intel steigert Umsatz um zehn Prozent"
    assert "©Intel" not in d.body


def test_a_model_the_page_passes_by_is_not_its_subject():
    d = _draft("The race to build the next big language model is on\n\n"
               "A chatbot that reads 200,000 characters in one conversation, eight times what OpenAI's GPT-4-32K can "
               "achieve, has won its maker a new round.\n\n"
               "Halvard AI, a startup founded less than a year ago, has raised more than $1 billion, according to media reports.\n\n"
               "Last March the startup launched a 100 billion parameter LLM.\n")
    assert d.subjects.primary == "Halvard AI"
    assert not any(c["subject"] == "GPT-4-32K" for c in d.claims)


def test_a_regulators_total_over_many_cases_is_no_ones_fine():
    out = claims("Clearview AI was fined in March.\n\n"
                 "By May, the AI Office in Brussels has issued roughly €67M in cumulative penalties across 14 enforcement actions.")
    assert not any(c[1] == "fine" and c[2] in ("~67000000", 67000000) for c in out)
    out = claims("Clearview AI was fined in March.\n\nThe AI Office fined Clearview AI €20M for biometric scraping.")
    assert ("Clearview AI", "fine", 20000000) in [c[:3] for c in out]


def test_a_role_after_the_end_of_a_longer_company_name_keeps_only_the_role():
    out = claims("Spending rose, the report said.\n\n"
                 "\u201cCapEx remains on track,\u201d Dell\u2019Oro Group Senior Research Director Baron Fung said in the report.")
    assert ("Baron Fung", "role", "Senior Research Director", None, None) in out
    out = claims("Spending rose.\n\nGroup CEO Jane Roe said it works.")   # (opening the sentence: the group's chief)
    assert ("Jane Roe", "role", "Group CEO", None, None) in out


def test_two_companies_joined_as_the_subject_share_the_figure():
    out = claims("La paradoja española de los coches eléctricos\n\nStellantis y la empresa china CATL han anunciado que "
                 "instalarán en Zaragoza la fábrica de baterías más grande de España, a través de una joint venture al 50 %, y "
                 "planean que las instalaciones estén en funcionamiento a finales de 2026, con una inversión de 4.100 millones de euros.")
    assert not any(c[1] == "investment" for c in out)
    out = claims("Nvidia is a chipmaker.\n\nNvidia and its partners reported revenue of $30 billion.")
    assert ("NVIDIA", "revenue", 30000000000) in [c[:3] for c in out]


def test_a_sum_named_by_the_noun_after_it_is_that_measure():
    out = claims("Tesla is a carmaker.\n\nTesla plans to spend $20 billion in capital expenditure in 2026, much of it on new lines.")
    assert not any(c[1] == "cost" for c in out)
    out = claims("Alphabet is a tech giant.\n\nAlphabet raised its 2025 capital expenditure forecast to $85 billion.")
    assert ("Alphabet", "capital expenditure", 85000000000) in [c[:3] for c in out]


def test_a_report_cue_inside_a_relative_clause_covers_that_clause_only():
    out = claims("Scale AI is a startup.\n\nIn 2021, it had raised $325 million in a series E funding round that reportedly "
                 "valued it at about $7.3 billion.")
    assert ("Scale AI", "funding", 325000000, None, "2021") in out
    assert ("Scale AI", "valuation", "~7300000000", "unnamed reports", "2021") in out


def test_a_sum_glued_to_mil_after_a_currency_is_millions():
    from digest.extract import values as V
    assert [h[2] for h in V.find_money("Altium booked sales of US$263mil in the year")] == [263000000]
    assert [h[2] for h in V.find_money("la empresa ganó 263 mil dólares")] == [263000]
    assert [h[2] for h in V.find_money("o ingresso custou R$2mil")] == [2000]   # Brazil's "mil" is a thousand


def test_an_estimate_a_figure_is_set_above_is_the_markets_and_analysts_expectations_are_theirs():
    out = claims("Samsung Electronics reported results.\n\nThe first-quarter operating profit was above the market's earlier "
                 "estimate of 9.43 trillion won, compiled by Yonhap Infomax.")
    assert all(c[3] == "analysts' estimate" for c in out if c[2] == 9430000000000)
    out = claims("Alphabet reported results.\n\nAnalysts had expected revenue of $51.70 billion, according to IBES data from Refinitiv.")
    assert ("Alphabet", "revenue", 51700000000, "analysts' estimate", None) in out


def test_a_segments_figure_a_members_figure_and_a_figure_in_anothers_apposition_are_not_the_subjects():
    out = claims("Samsung Electronics reported results.\n\nThe South Korean tech giant posted an all-time high operating profit "
                 "of 4.9 trillion won in the chip segment in the October-December period.")
    assert not any(c[1] == "operating profit" for c in out)
    out = claims("Microsoft reported results.\n\nThe Intelligent Cloud unit, including Azure, generated $26.75 billion in revenue.")
    assert not any(c[0] == "Azure" for c in out)
    out = claims("GPT-5.5 is new.\n\nAll top models, Claude Opus 4.8 and GPT-5.5, have converged to 93% on GPQA-Diamond, a "
                 "PhD-level multiple-choice benchmark in biology, chemistry, and physics released in late 2023.")
    assert not any(c[1] == "release date" for c in out)
    out = claims("Alphabet reported results.\n\nGoogle ad sales surged 32% in the first quarter compared with a year ago.")
    assert [c[1] for c in out] == ["ad revenue rise"]


def test_who_levies_a_fine_does_not_pay_it():
    out = claims("Meta has been hit with a record fine of \u20ac1.2 billion by Ireland's Data Protection Commission (DPC).\n\n"
                 "The DPC levied the fine on behalf of European regulators, saying it had ordered it to collect an "
                 "administrative fine of \u20ac1.2 billion.")
    assert not any(c[0] == "DPC" for c in out)


def test_the_time_inside_the_aside_of_the_sum_before_is_that_sums():
    out = claims("Renesas Electronics will buy Altium.\n\n"
                 "Altium shares, which had risen 9.4% this year at the last close, jumped 28% to A$65.80.")
    assert ("Altium", "share price gain", 28, None, None) in out


def test_a_time_or_a_menu_line_is_no_headline():
    d = _draft("Handelsblatt\n\n15:35 Uhr\n\nSchrumpfkur f\u00fcr die Software AG\n\n"
               "Die Darmst\u00e4dter Software AG wird komplett umgebaut. Rund 15 Prozent der Stellen werden gestrichen.\n")
    assert d.title != "15:35 Uhr"


def test_a_change_after_the_sum_is_its_own_and_the_bases_quarter_is_the_bases():
    out = claims("Telecom Italia ha pubblicato i risultati.\n\nI ricavi del gruppo sono stati pari a 6.483 milioni di Euro, con "
                 "una riduzione dello 0,7% rispetto a 6.527 milioni di Euro del primo trimestre 2009.")
    assert ("Telecom Italia", "revenue", 6483000000, None, None) in out
    assert ("Telecom Italia", "revenue drop", 0.7, None, None) in out


def test_a_figure_after_another_nouns_by_is_that_nouns():
    out = claims("OpenAI makes models.\n\nOpenAI said that GPT-4.1 mini cut latency by nearly half and cost by 83% versus GPT-4o.")
    assert not any(c[1] == "inference latency reduction" for c in out)
    out = claims("OpenAI makes models.\n\nGPT-4.1 mini cut latency by 40%.")
    assert ("GPT-4.1 mini", "inference latency reduction", 40) in [c[:3] for c in out]


def test_shares_marketed_at_a_price_are_no_market_price():
    out = claims("Lyft is going public.\n\nThe company initially marketed 30.8 million shares at $62 to $68 each, before "
                 "increasing the range to $70 to $72.")
    assert not any(c[1] == "share price" for c in out)
    out = claims("Lyft is going public.\n\nLyft shares rose 9% to $78.29.")
    assert ("Lyft", "share price", 78.29) in [c[:3] for c in out]


def test_a_records_quarter_does_not_carry_to_the_next_sentence():
    out = claims("Samsung Electronics reported results.\n\nThe current record was set in the third quarter of 2013, when "
                 "Samsung's operating profit hit 10.1 trillion won.\n\n"
                 "Samsung's sales over the cited period edged up 0.44 percent to 50 trillion won, the data also showed.")
    assert ("Samsung", "revenue", 50000000000000, None, None) in out


def test_a_tests_variant_is_another_test():
    out = claims("Opus 4.8 is new.\n\nOn SWE-bench Pro, Claude Opus 4.8 leads at 69.2% versus GPT-5.5 at 58.6%.")
    assert not any(c[1] == "SWE-bench" for c in out)
    out = claims("Opus 4.8 is new.\n\nOn SWE-bench, Claude Opus 4.8 leads at 69.2% versus GPT-5.5 at 58.6%.")
    assert ("Claude Opus 4.8", "SWE-bench", 69.2) in [c[:3] for c in out]


def test_a_sum_nearer_another_measure_or_a_ratios_base_is_not_the_words():
    out = claims("Nvidia reported results.\n\nNvidia's EBITDA was $2.8 billion, while its share of revenue from China fell.")
    assert [c[1] for c in out] == ["EBITDA"]
    out = claims("Nvidia reported results.\n\nIn organic terms Nvidia's EBITDA was stable at $2.8 billion, while the incidence "
                 "on revenue grew 2 points.")
    assert [c[1] for c in out] == ["EBITDA"]


def test_a_connective_opening_a_sentence_is_no_name():
    out = claims("A Netflix encerrou o trimestre com 81,5 milh\u00f5es de assinantes.\n\n"
                 "Assim, as a\u00e7\u00f5es da companhia ca\u00edram 12% ap\u00f3s a publica\u00e7\u00e3o do relat\u00f3rio.")
    assert not any(c[0] == "Assim" for c in out)


def test_a_figure_matching_the_forecast_is_the_reported_one():
    out = claims("United Airlines reported results.\n\n"
                 "Revenue rose 4.4 percent to $11.14 billion, matching the forecast of analysts in a FactSet survey.")
    assert ("United Airlines", "revenue", 11140000000, None, None) in out


def test_a_sum_a_figure_leaves_out_is_no_claim():
    from digest.config import load_knowledge as _lk
    from digest.extract.quantities import Quantity, attribute_for, terms_of
    clause = ("La perte avant imp\u00f4ts ajust\u00e9e de 2,6 milliards de dollars exclut 4,0 milliards de dollars d'\u00e9l\u00e9ments "
              "directement li\u00e9s \u00e0 l'impact de COVID-19 et aux mesures mises en place par la compagnie, y compris les "
              "charges de restructuration li\u00e9es \u00e0 la flotte, les r\u00e9ductions de valeur li\u00e9es \u00e0 certaines participations")
    at = clause.index("4,0")
    assert attribute_for(clause, Quantity(at, at + 26, 4000000000, "USD"), "Delta", terms_of(_lk("site_config"))) is None


def test_a_figure_stated_in_a_country_in_portuguese_is_that_countrys():
    out = claims("A Netflix encerrou o trimestre com 81,5 milh\u00f5es de assinantes.\n\nA Netflix ganhou 2,23 milh\u00f5es de "
                 "assinantes nos EUA e 4,51 milh\u00f5es nos demais pa\u00edses no per\u00edodo.")
    assert ("Netflix", "subscriber additions", 2230000, None, "in EUA") in out


def test_a_worth_put_on_a_deal_is_not_the_buyers():
    from digest.extract.quantities import Quantity, attribute_for, terms_of
    clause = "Biogen puts an enterprise value of 7.3 billion dollars (\u00a35.7 billion) on the acquisition"
    at = clause.index("7.3")
    assert attribute_for(clause, Quantity(at, at + len("7.3 billion"), 7300000000, "USD"), "Biogen", terms_of(K)) is None


def test_the_month_of_a_fines_cause_is_not_the_fines():
    out = claims("La CNIL a sanctionn\u00e9 Free.\n\nEn effet, elle a impos\u00e9 une amende de 27 millions d\u2019euros \u00e0 Free Mobile et "
                 "de 15 millions d\u2019euros \u00e0 Free, suite \u00e0 un vol massif de donn\u00e9es de clients survenu en octobre 2024.")
    assert ("Free", "fine", 15000000, None, None) in out
    out = claims("Acme is a firm.\n\nAcme raised $50 million in March 2025.")
    assert ("Acme", "funding", 50000000, None, "2025-03") in out


def test_a_figure_in_the_brackets_after_another_name_is_not_the_subjects():
    out = claims("Quillon AI said on Monday it had raised $6 billion.\n\nQuillon AI has grown to a valuation of $50 billion. "
                 "The company's growth has outpaced other startups including Halvard Labs ($19 billion valuation) and "
                 "Orrin Systems ($2.8 billion valuation).")
    assert ("Quillon AI", "valuation", 50000000000, None, None) in out
    assert not any(c[0] == "Quillon AI" and c[2] in (19000000000, 2800000000) for c in out)


def test_sums_under_a_declared_scale_without_their_own_magnitude_are_left_out():
    out = claims("Vantor Systems reported record results for the second quarter.\n\n"
                 "Financial Overview (unaudited) (in thousands, except per share amounts and percentages): "
                 "Quarter Ended June 30, June 30, Percent Changed Revenues... $ 213,033 $ 192,750 10.5 %\n\n"
                 "Total revenues were $213.0 million, the company said.")
    assert [(c[0], c[2]) for c in out if c[1] == "revenue"] == [("Vantor Systems", 213000000)]
    out = claims("Vantor Systems reported results.\n\nIncome statement (en millions d'euros)\n\n"
                 "| Poste | 2024 | 2023 |\n|---|---|---|\n| Chiffre d'affaires | 4 812 | 4 101 |\n")
    assert not any(c[2] in (4812, 4101) for c in out)


def test_a_results_tables_column_head_is_no_name():
    from digest.extract.names import proper_names
    names = [m.name for m in proper_names("Quarter Ended June 30, June 30, Percent Changed Revenues rose at Vantor Systems", [])]
    assert "Quarter Ended June 30" not in names and "Vantor Systems" in names


def test_a_number_glued_to_letters_is_no_count():
    out = claims("Vantor Telecom reported results.\n\nVantor Telecom cited the growing weight of customers on its 4G network.")
    assert not any(c[1] == "customers" for c in out)
    out = claims("Vantor Telecom reported results.\n\nVantor Telecom now has 4 million customers on its 5G network.")
    assert [(c[1], c[2]) for c in out if c[1] == "customers"] == [("customers", 4000000)]


def test_a_rounds_amount_is_not_its_lead_investors():
    out = claims("Quillon AI is growing fast.\n\nA $40 billion funding round led by Halvard Capital is expected to value the company at $300 billion.")
    assert not any(c[0] == "Halvard Capital" and c[1] == "funding" for c in out)
    out = claims("Quillon AI raised $40 million in a round led by Halvard Capital.")
    assert ("Quillon AI", "funding", 40000000, None, None) in out


def test_a_change_set_after_a_count_is_the_counts_not_the_share_price():
    out = claims("Vantor Video reported results.\n\nAt the end of the second quarter, Vantor Video had 370,200 customers with "
                 "more than 10 employees, a 458% jump on the year.")
    assert not any(c[1].startswith("share price") for c in out)
    out = claims("Vantor Video reported results.\n\nVantor Video shares jumped 12% after the report.")
    assert [c[1] for c in out] == ["share price gain"]


def test_a_paragraph_on_another_company_does_not_lend_its_figures_to_the_pages():
    body = ("Another session of earnings got underway on Tuesday, with Apple Inc. AAPL, Twitter TWTR and Panera Bread Co. PNRA "
            "all reporting quarterly results.\n\n"
            "Apple recorded an earnings beat, and revenues topped the consensus to post $42.4 billion. Apple sits on loads of cash; "
            "its Apple Music deal notwithstanding.\n\n"
            "Twitter brought a mixed bag to its Q2 earnings report this afternoon. U.S. monthly active users (MAU) grew to 313 "
            "million in Q2 from 310 million in Q1. This has sent Twitter shares tumbling nearly 9%.")
    assert not any(c[0] == "Apple" and c[1] == "users" for c in claims(body))


def test_a_spec_table_of_chips_gives_each_chip_its_cells():
    out = claims("Nvidia unveiled the B200.\n\n| Specification | B200 (Blackwell) | H100 (Hopper) | A100 (Ampere) |\n|---|---|---|---|\n"
                 "| Transistors | 208 billion | 80 billion | 54 billion |\n| TDP | 1000W | 700W | 400W |\n")
    got = {(c[0], c[1]): c[2] for c in out}
    assert got[("B200", "transistors")] == 208000000000 and got[("A100", "transistors")] == 54000000000
    assert got[("B200", "power")] == 1000 and got[("H100", "power")] == 700


def test_a_count_on_a_labelled_line_is_the_labels():
    out = claims("Nvidia unveiled its chips.\n\n- GB200 SuperPOD: 576 B200 GPUs connected as one system\n"
                 "- Nvidia: 10,000 GPUs shipped to partners\n")
    assert not any(c[2] == 576 for c in out)


def test_a_releases_dateline_after_its_highlights_dates_it():
    d = _draft("Vantor Aviation : Communiqué Financier Résultats du 1er semestre 2023\n\n"
               "N.B. : Vantor Aviation comptabilise l'intégralité des contrats export (y compris les parts de ses partenaires).\n\n"
               "Saint-Cloud, le 20 juillet 2023 - Le Conseil d'administration, réuni ce jour sous la présidence de son président, "
               "a arrêté les comptes du 1er semestre 2023. Ces comptes ont fait l'objet d'un examen limité.\n")
    assert str(d.date) == "2023-07-20"


def test_a_move_before_the_market_opened_or_after_the_bell_is_qualified():
    out = claims("Vantor Search cut jobs.\n\nVantor Search shares rose by 3.5 percent in electronic trading before the stock market opened.")
    assert ("Vantor Search", "share price gain", 3.5, None, "premarket") in out
    out = claims("Vantor Search reported results.\n\nVantor Search shares fell 4% after the bell.")
    assert ("Vantor Search", "share price drop", 4, None, "after hours") in out


def test_a_compound_of_a_round_or_a_company_noun_is_no_name():
    from digest.extract.names import proper_names
    from digest.extract.lexicon import grammar
    g = grammar(K)
    s = "Das KI-Start-up hat in Europas größter Seed-Runde aller Zeiten 105 Millionen Euro bei Lightspeed eingesammelt."
    names = [m.name for m in proper_names(s, [], g.stop, g.company, g.nouns)]
    assert "Seed-Runde" not in names and "KI-Start-up" not in names and "Lightspeed" in names


def test_dutch_job_cuts_are_read():
    out = claims("De ontslaggolf in de techsector raakt nu ook het grootste softwarebedrijf van Europa.\n\nHet Duitse concern SAP schrapt bij een reorganisatie 3000 banen, maakte topman "
                 "Christian Klein bekend.")
    assert ("SAP", "job cuts", 3000, None, None) in out


def test_a_role_keeps_its_adjective_and_drops_a_word_of_according_to():
    out = claims("De ontslaggolf raakt nu ook het grootste softwarebedrijf van Europa.\n\n"
                 "Volgens financieel topman Luka Mucic zijn ontslagen niet uitgesloten.")
    assert ("Luka Mucic", "role", "financieel topman", None, None) in out


def test_what_will_likely_happen_is_a_forecast():
    out = claims("Canalys published its smartphone data.\n\nApple slid down to number four with 43.2 million shipments, but will "
                 "likely be able to regain the number 3 spot in Q2 thanks to the launch of the iPhone 12.")
    assert all(c[3] == "forecast" for c in out if c[1] == "rank" and c[2] == 3)
    assert any(c[1] == "rank" for c in out)


def test_a_span_of_months_names_its_half_or_quarter():
    out = claims("Vantor Bank publicou resultados.\n\nEntre janeiro e junho de 2019, o Vantor Bank teve receita de R$ 1 bilhão.")
    assert [c[4] for c in out if c[1] == "revenue"] == ["H1 2019"]
    out = claims("Vantor Bank reported results.\n\nFrom April to June, Vantor Bank had revenue of $1 billion.")
    assert [c[4] for c in out if c[1] == "revenue"] == ["Q2"]
    out = claims("Vantor Bank reported results.\n\nFrom March to June, Vantor Bank had revenue of $1 billion.")
    assert [c[4] for c in out if c[1] == "revenue"] == [None]


def test_a_headcount_at_the_end_of_a_month_is_that_months():
    out = claims("Google parent Alphabet announced about 12,000 job cuts globally on Friday.\n\n"
                 "Alphabet employed nearly 187,000 workers worldwide at the end of September 2022.")
    assert ("Alphabet", "employees", "~187000", None, "2022-09") in out


def test_a_change_from_the_same_quarter_a_year_ago_is_not_dated_last_year():
    out = claims("Vantor Video reported results.\n\nThe company said that revenue was up 355% from the same quarter a year ago.")
    # (the base is the change's: year on year, never the figure's own time)
    assert [(c[1], c[4]) for c in out] == [("revenue rise", "year on year")]


def test_a_price_per_thousand_tokens_is_no_cost():
    out = claims("ByteDance launched its Doubao models.\n\nThe Doubao Pro model costs 0.0008 yuan per 1,000 tokens, 99.3% cheaper "
                 "than the industry.")
    assert not any(c[1] == "cost" for c in out)


def test_a_chinese_price_per_tokens_is_scaled_to_the_million():
    out = claims("DeepSeek发布新模型。\n\nDeepSeek-V3 API输入价格为0.5元/千tokens。")
    assert ("DeepSeek-V3", "price per million input tokens", 500, None, None) in out


def test_weekly_active_users_keep_their_kind():
    out = claims("Quillon AI is growing.\n\nIts chatbot Quillon Chat had more than 700 million weekly active users.")
    assert [c[4] for c in out if c[1] == "users"] == ["weekly active"]


def test_a_family_named_bare_before_its_one_model_is_not_that_model():
    body = ("xAI raised money.\n\nPreviously exclusive to paying subscribers of X, Grok is now being tested as a standalone "
            "iOS app and will be accessible through Grok.com.\n\nThe funds will support xAI's development of Grok 3, which "
            "is currently in training.")
    assert not any(c[0] == "Grok 3" for c in claims(body))


def test_a_source_document_opening_a_sentence_is_no_subject():
    out = claims("Shell has revealed its 2024 earnings.\n\nData published this morning shows the energy giant earned $23.7billion "
                 "across its global operations in 2024.")
    assert not any(c[0] == "Data" for c in out)


def test_a_change_after_a_percent_is_the_percents_not_the_sums_before():
    out = claims("Vantor Games reported results.\n\nThe company expects net sales of 1.9 trillion yen, a 63% year-on-year rise.")
    assert ("Vantor Games", "revenue", 1900000000000, "forecast", None) in out
    assert not any(c[1] == "revenue gain" for c in out)


def test_how_much_a_verb_moves_a_measure_is_not_its_level():
    out = claims("Vantor Motor lifted its forecast.\n\nThe new estimate is expected to boost its annual operating profit by 235 "
                 "billion yen, it said. Every 1 yen fall against the dollar boosts its operating profit by 50 billion yen.")
    assert not any(c[2] in (235000000000, 50000000000) for c in out)


def test_every_role_word_before_a_name_is_the_roles():
    out = claims("Vantor Motor lifted its forecast.\n\n\"It has been a sprint,\" Vantor Motor Executive Vice President Yoichi "
                 "Miyazaki told reporters.")
    assert ("Yoichi Miyazaki", "role", "Vantor Motor Executive Vice President", None, None) in out


def test_a_small_number_after_a_name_in_a_list_of_names_is_no_count():
    out = claims("La CNMC rebaja la multa a Vantor Telecom.\n\nVantor Telecom exigía cuantiosas penalizaciones a sus clientes como "
                 "Antena 3, Telecinco, Net TV y Sogecable.")
    assert not any(c[1] == "customers" for c in out)
    out = claims("Vantor Telecom reported results.\n\nVantor Telecom now has 3 million customers, it said.")
    assert [c[2] for c in out if c[1] == "customers"] == [3000000]


def test_the_one_an_app_overtook_is_not_where_it_is_available():
    out = claims("DeepSeek shook markets.\n\nOn Monday, DeepSeek's AI assistant overtook rival ChatGPT to become the top-rated free "
                 "application available on Apple's App Store in the United States.")
    assert not any(c[0] == "ChatGPT" for c in out)


def test_gpus_power_a_system_and_train_a_model():
    out = claims("Musk says xAI will train Grok-3 on Colossus.\n\nIt's powered by no fewer than 100,000 Nvidia H100 GPUs.")
    assert not any(c[0] in ("Grok-3", "GROK-3", "Grok 3") for c in out)
    out = claims("Meta trained Llama 3.\n\nLlama 3 was trained on 24,000 Nvidia H100 GPUs.")
    assert ("Llama 3", "training GPUs", 24000, None, None) in out


def test_the_source_of_an_estimate_is_not_its_subject():
    out = claims("Vantor Games reported results.\n\nIt expects net profit to jump 7.6% to 300 billion yen, below LSEG estimates of "
                 "388.8 billion yen.")
    assert not any(c[0] == "LSEG" for c in out)
    assert ("Vantor Games", "net profit", 300000000000, "forecast", None) in out


def test_a_change_in_a_measure_is_that_measures_and_core_earnings_are_no_cost():
    out = claims("Vantor Telecom reported results.\n\nFor the year to end-March, higher energy costs resulted in a 1.3% decline in "
                 "Vantor Telecom's group core earnings to 14.7 billion euros.")
    got = {(c[1], c[2]) for c in out}
    assert ("core earnings drop", 1.3) in got and ("core earnings", 14700000000) in got
    assert not any(c[1].startswith("cost") for c in out)


def test_the_owner_of_a_startup_is_a_person_not_the_company():
    from digest.extract.propernames import discover
    texts = ["Jonas Andrulis und Robert Habeck laufen sich in diesen Tagen häufiger über den Weg.",
             "Doch am Montag sollten nicht die Gefahren der neuen Technologie im Mittelpunkt stehen, die auch Andrulis’ "
             "Start-up Aleph Alpha entwickelt.",
             "„Wir brauchen auch ein paar Feldspieler“, sagte Andrulis.",
             "Seit Montag hat Aleph Alpha aufgeholt: Zusammen mit Habeck gab Andrulis den Abschluss einer Finanzierungsrunde "
             "über insgesamt 500 Millionen Dollar bekannt."]
    assert discover(texts, K)["Andrulis"][1] == "person"


def test_a_base_named_after_from_dates_nothing():
    out = claims("Vantor Chips reported results.\n\nVantor Chips announced fourth quarter results for fiscal year 2025 with revenue "
                 "soaring to $39.3 billion, marking a 12% increase from the previous quarter and a 78% jump year-over-year.\n\n"
                 "The year saw the chipmaker's annual revenue more than double to $130.5 billion, up 114% from fiscal 2024.")
    quals = {c[2]: c[4] for c in out}
    assert quals.get(78) != "previous quarter" and quals.get(130500000000) is None and quals.get(114) is None


def test_a_time_ago_a_comparison_is_set_against_does_not_date_the_figure():
    out = claims("Vantor AI a bouclé une levée de fonds de 600 millions d'euros.\n\nSelon le Financial Times, cette nouvelle levée de "
                 "fonds porte à près de 6 milliards d'euros la valorisation de l'entreprise, soit trois fois plus qu'il y a six mois.")
    assert [c[4] for c in out if c[1] == "valuation"] == [None]


def test_a_place_in_an_aside_closed_before_the_figure_is_not_its_scope():
    out = claims("Il TAR del Lazio sconta la multa a Vantor.\n\nL'AGCM aveva giustificato l'entità record della sanzione - una delle "
                 "più alte mai comminate in Europa - considerando il fatturato globale di Vantor (circa 330 miliardi di euro nel 2020).")
    assert [c[4] for c in out if c[1] == "revenue"] == ["2020"]


def test_a_quarter_written_with_its_ordinal_number_is_read():
    out = claims("A Vantor divulgou resultados.\n\nA Vantor registrou lucro líquido de R$ 6,644 bilhões no 3º trimestre de 2018.")
    assert [c[4] for c in out if c[1] == "net profit"] == ["Q3 2018"]


def test_the_original_fine_a_later_decision_cut_is_the_previous_one():
    out = claims("La CNMC rebaja un 86% la multa histórica a Vantor Telecom por abuso.\n\nLa multa original era 18,7 millones de euros "
                 "pero finalmente la empresa de infraestructuras de telecomunicaciones solo deberá abonar 2,55 millones de euros.")
    assert [c[4] for c in out if c[2] == 18700000] == ["previously"]


def test_a_figure_after_adjusting_for_items_is_adjusted():
    out = claims("Vantor Stores reported results.\n\nThe retailer reported earnings per share of $1.29 after adjusting for factors "
                 "including the sale of its majority stake in Vantor Brazil.")
    assert [c[4] for c in out if c[1] == "earnings per share"] == ["adjusted"]


def test_an_estimate_in_a_relative_clause_after_the_figure_is_not_the_figures():
    out = claims('Spotify says over half a billion people, 515 million to be exact, use its streaming service on a '
                 'monthly basis as of March 31st. That’s an increase of 22 percent compared to last year, or 5 '
                 'percent versus last quarter. Spotify said the user growth exceeded its guidance by 15 million, with '
                 'CEO Daniel Ek commenting that the results represented the service’s second largest quarter of user '
                 'growth in its history. Paid subscribers, meanwhile, now sit at 210 million, a 15 percent increase '
                 'year-over-year.\n\nThe audio streaming service hit the milestone during a quarter of streamlining and '
                 'cost cutting. In late January the company announced it would be laying off 6 percent of its global '
                 'workforce, which is estimated to impact nearly 600 staff. More recently Spotify also announced that '
                 'it’s shutting down a couple of side projects, including its Clubhouse-style Spotify Live audio app, '
                 'and Wordle-style music game Heardle. CEO Daniel Ek said during the company’s last earnings call '
                 'that Spotify’s key priorities for 2023 are “speed and efficiency.”',
                 title="Spotify says over half a billion people use its service")
    assert [c[3] for c in out if c[1] == "workforce cut"] == [None]


def test_a_higher_offer_is_an_offer_not_a_gain():
    out = claims("Talpa doet bod op Vantor Media.\n\nTalpa, het bedrijf van John de Mol, kwam daarop echter met een hoger overnamebod "
                 "van 6,50 euro voor Vantor Media op de proppen.")
    assert not any(c[1].endswith("gain") for c in out)


def test_the_estimate_a_result_beat_is_the_analysts_and_the_result_is_reported():
    out = claims("Vantor Bank reported results.\n\nRevenue rose 28% to €9.48bn, comfortably beating the €7.53bn forecast by analysts.")
    assert ("Vantor Bank", "revenue", 9480000000, None, None) in out
    assert ("Vantor Bank", "revenue", 7530000000, "analysts' estimate", None) in out


def test_a_period_word_or_a_metrics_acronym_opening_a_sentence_is_no_subject():
    out = claims("Vantor Stores lifts sales guidance.\n\nFull-year forecasts, for earnings per share of between $8.30 and $8.90, "
                 "were also left unchanged.")
    assert not any(c[0] == "Full-year" for c in out)
    out = claims("Vantor Telecom reported results.\n\nARPU rose to Rs 183. The company's consolidated revenue from operations rose "
                 "to $4.12 billion for the quarter ended June 30.")
    assert not any(c[0] == "ARPU" for c in out)


def test_a_valuation_for_a_company_is_that_companys():
    out = claims("Vantor AI raised money.\n\nThe former Databricks AI chief closed $475 million at a $4.5 billion valuation for "
                 "Vantor AI, his stealth hardware startup.")
    assert [c[0] for c in out if c[1] == "valuation"] == ["Vantor AI"]


def test_a_surname_after_a_role_and_a_first_name_is_a_persons():
    from digest.extract.propernames import discover
    texts = [
             'Microsoft took over most of the once high-flying chatbot startup Inflection AI in an unusual deal.',
             'What’s new: Microsoft hired Inflection CEO Mustafa Suleyman and much of the startup’s staff and '
              'paid roughly $650 million for access to its models and legal protections, Bloomberg reported. '
              'Inflection will shift from serving consumers to focusing on large companies.',
             'How it works: Microsoft did not formally purchase any assets of Inflection, which remains a '
              'separate, independent company. $650 million is significantly less than the $1.3 billion in '
              'investment that Inflection received last year at a $4 billion valuation.',
             'Microsoft paid $620 million for a non-exclusive license to serve Inflection’s models, including the '
              'Inflection-2.5 large language model, which will be available on the Microsoft Azure cloud service. '
              'Inflection said APIs will be available soon on Azure and other services.',
             'Microsoft hired most of Inflection’s 70-person staff, including Suleyman and co-founder Karén '
              'Simonyan. The ex-Inflection hires joined a new Microsoft division called Microsoft AI. Inflection '
              'waived legal rights related to Microsoft’s hiring activity in return for a roughly $30 million '
              'payment.',
             'Inflection will use its gains plus cash on hand to compensate its investors at $1.10 or $1.50 per '
              'dollar invested. Investors will retain their equity in Inflection.',
             'The new organization, which includes some of Microsoft’s prior AI teams, will oversee the company’s '
              'AI efforts. Microsoft AI will develop and deploy consumer AI products like the Bing search engine '
              'and the company’s various Copilot assistants. Former Bing chief Mikhail Parakhin, who would have '
              'reported to Suleyman, departed.',
             'Behind the news: Inflection was co-founded in 2022 by Suleyman (a founder of Dee']
    assert discover(texts, K)["Suleyman"][1] == "person"


def test_a_purchase_commitment_is_no_investment():
    out = claims("Vantor Chips filed for an IPO.\n\nThe customer, G42, is backed by Microsoft, and it's entirely responsible for "
                 "the $1.43 billion purchase commitment.")
    assert not any(c[2] == 1430000000 for c in out)


def test_customers_a_company_would_add_are_additions():
    out = claims("Disney reported results.\n\nAnalysts had expected Disney would add more than 1 million customers in "
                 "the quarter, an analyst said.")
    assert [c[1] for c in out if c[2] == ">1000000"] == ["customer additions"]


def test_a_date_and_time_line_is_no_headline():
    from digest.extract.headline import headline_shaped
    assert not headline_shaped("Wednesday, June 25, 2025 at 4:30 p.m. ET", K)
    assert headline_shaped("Vantor unveils its new chip on June 25, 2025", K)


def test_a_half_year_keeps_its_year():
    out = claims("Cerebras filed for an IPO.\n\nIn the first half of 2024, Cerebras revenue climbed to $136.4 million.")
    assert [c[4] for c in out if c[1] == "revenue"] == ["H1 2024"]


def test_a_figure_of_the_division_is_not_the_companys():
    out = claims("Disney reported results.\n\nWalt Disney reduced streaming losses from the prior quarter. The division ended the "
                 "quarter with an operating loss of $659m, compared with $1.1 billion in the prior quarter.")
    assert not any(c[1] == "operating loss" for c in out)


def test_a_figure_of_the_most_recent_fiscal_year_says_so():
    out = claims("Marvell lost a verdict.\n\nThe company posted net revenue of $3.39 billion in its most recent fiscal year, which "
                 "ended on Feb. 2.")
    assert [c[4] for c in out if c[1] == "revenue"] == ["last fiscal year"]


def test_the_mark_a_record_names_is_no_count():
    out = claims("Quillon AI grew fast.\n\nIts breakthrough came with the success of Quillon Chat, which by mid-2025 had more than "
                 "700 million weekly active users, making it the fastest app to reach 100 million users.")
    assert not any(c[2] == 100000000 for c in out)
