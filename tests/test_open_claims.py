"""Open claims on sentences of the shapes news pages use, one test per failure pattern: the value
of a compared entity, a number and the wrong noun, bounds and speakers, market moves outside the
vocabulary, other languages' numbers, and linking that keeps qualifiers and forecasts apart."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import ROOT
from digest.config import load_knowledge
from digest.extract import values as V
from digest.extract.claims import Unit, extract_claims, split_sentences
from digest.extract.propernames import discover
from digest.extract.units import structure_from_markdown, units_from_structure
from digest.link.compare import canonical_attribute, canonical_qualifier, canonical_subject, compare
from digest.link.relations import ClaimRef, link_claims

K = load_knowledge(ROOT / "site_config")


def claims_of(text: str, primary: str | None = None, date=dt.date(2025, 3, 10)) -> list[dict]:
    units = [Unit("sentence", s, s) for s in split_sentences(text)]
    return extract_claims(units, K, date, primary, {primary} if primary else set())


def facts(text: str, **kw) -> set[tuple]:
    return {(c["subject"], c["attribute"], c["value"], c.get("qualifier")) for c in claims_of(text, **kw)}


# 1. a value given to another entity of the sentence
def test_compared_entity_keeps_only_its_own_value():
    got = claims_of("Zephyr-7 scores 71.2% on MMLU (compared to Orca-3's 70.4%), 90.5% on GSM8K math problems.",
                    primary="Zephyr-7")
    assert not [c for c in got if c["subject"] == "Orca-3" and c["attribute"] == "GSM8K"]
    assert ("Zephyr-7", "GSM8K", 90.5) in {(c["subject"], c["attribute"], c["value"]) for c in got}


def test_advantage_over_a_rival_is_not_the_rival_value():
    got = claims_of("All four models have a 150k token context, an advantage over Falcon-9's 64k.")
    assert not [c for c in got if c["subject"] == "Falcon-9" and c["value"] == 150000]


# 3. a number paired with the wrong noun
@pytest.mark.parametrize("text", [
    "The model was trained on 16,000 Ampere A100 GPUs over three months.",
    "A fourth model, which will be trained on more than 300 billion parameters, is still in training.",
])
def test_count_of_another_noun_is_not_training_tokens(text):
    assert not [c for c in claims_of(text, primary="Kestrel 2") if c["attribute"] == "training tokens"]


# 4. bounds and speakers
def test_bounds_and_approximations_are_kept():
    assert [v[2] for v in V.find_counts("more than 15 trillion tokens")] == [">15000000000000"]
    assert [v[2] for v in V.find_money("nearly $600 billion")] == ["~600000000000"]
    assert [v[2] for v in V.find_money("the startup to $4 billion")] == [4000000000]   # "up to" needs a word start


def test_estimates_and_forecasts_name_who_says_them():
    est = claims_of("The maker never published a figure, but analysts estimate that Kestrel 2 has around "
                    "1.2 trillion parameters.", primary="Kestrel 2")
    assert {c.get("said_by") for c in est if c["attribute"] == "parameters"} == {"analysts' estimate"}
    said = claims_of("Shares of Orbital Dynamics sank 22% on Friday, the Financial Times reported.")
    assert [c["said_by"] for c in said] == ["Financial Times"]


# 5. facts outside the vocabulary: market moves, with subjects from structure
def test_share_moves_and_market_value_losses():
    got = facts("Shares of Orbital Dynamics sank 22% on Friday, wiping out $41 billion in market value.")
    assert got == {("Orbital Dynamics", "share price drop", 22, None),
                   ("Orbital Dynamics", "market value loss", 41000000000, None)}


def test_pronoun_and_definite_description_resolve_to_the_company():
    got = facts("Orbital Dynamics reported weak orders. The rocket maker's stock tumbled 9.4% in early trading, "
                "shedding nearly $7 billion.")
    assert ("Orbital Dynamics", "share price drop", 9.4, "at the open") in got
    assert ("Orbital Dynamics", "market value loss", "~7000000000", "at the open") in got


def test_indexes_and_respectively():
    got = facts("In Europe, the CAC 40 and the DAX fell 1.2% and 0.8%, respectively.")
    assert got == {("CAC 40", "index drop", 1.2, None), ("DAX", "index drop", 0.8, None)}


def test_participle_clause_keeps_the_main_subject():
    got = facts("Helios Semiconductor posted the sector's worst day, sliding 14.6%.")
    assert got == {("Helios Semiconductor", "share price drop", 14.6, None)}


def test_from_to_keeps_both_ends():
    got = facts("Helios Semiconductor's market cap fell from $1.2 trillion to $950 billion.")
    assert got == {("Helios Semiconductor", "market value", "from 1200000000000 to 950000000000", None)}


def test_a_clause_without_a_subject_gives_no_claim():
    assert facts("Some shares fell 12% and others rose 3% as trading thinned.") == set()


# other languages' numbers
@pytest.mark.parametrize("text,value,unit", [
    ("una pérdida de 6.600 millones de dólares", 6600000000, "USD"),
    ("un valor de 14,8 billones de dólares", 14800000000000, "USD"),
    ("ein Verlust von 40 Millionen Euro", 40000000, "EUR"),
    ("perdeu 208 bilhões de reais", 208000000000, "BRL"),
    ("une perte de 3,5 milliards de dollars", 3500000000, "USD"),
    ("hat etwa zwei Milliarden US-Dollar eingesammelt", "~2000000000", "USD"),
    ("vient de lever deux milliards de dollars", 2000000000, "USD"),
    ("ha raccolto dieci miliardi di dollari", 10000000000, "USD"),
    ("recibió una inversión de U$S 2.000 millones", 2000000000, "USD"),
    ("etter å ha hentet inn 600 millioner euro", 600000000, "EUR"),
    ("oszacował wartość spółki na 12 mld euro", 12000000000, "EUR"),
    ("čistý zisk 328,9 miliardy jenov", 328900000000, "JPY"),
    ("einen Verlust von 57,5 Milliarden Yen", 57500000000, "JPY"),
    ("mit zwölf Milliarden Euro bewertet", 12000000000, "EUR"),
    ("O preço do modelo standard é de 215.900 yuan", 215900, "CNY"),
    ("un precio desde los 19.999 yuanes", 19999, "CNY"),
])
def test_other_languages_magnitudes(text, value, unit):
    got = list(V.find_money(text))
    assert [(g[2], g[3]) for g in got] == [(value, unit)]


def test_decimal_comma_percent():
    assert [v[2] for v in V.find_percents("cayeron un 9,5 % y un 2,25%")] == [9.5, 2.25]


def test_spanish_market_move():
    got = facts("Las acciones de Orbital cayeron un 9,5% en la apertura, una pérdida de 6.600 millones de "
                "dólares en capitalización de mercado.")
    assert ("Orbital", "share price drop", 9.5, "at the open") in got
    assert ("Orbital", "market value loss", 6600000000, "at the open") in got


# 7. linking by meaning, values only when comparable
def test_canonical_keys():
    assert canonical_attribute("Market Values Lost") == canonical_attribute("market value lost")
    assert canonical_subject("Broadcom Inc.") == canonical_subject("broadcom")
    assert canonical_qualifier("2024-09") == canonical_qualifier("--09")


def test_approximations_and_changes_compare():
    assert compare("~600000000000", 589000000000) == "agrees"
    assert compare("~600000000000", 279000000000) == "conflicts"
    assert compare("from 3.5 to 2.9", "from 3.5 to 2.9") == "agrees"
    assert compare("from 3.5 to 2.9", "from 3.5 to 2.7") == "conflicts"


def _ref(uid, value, qualifier=None, said_by=None):
    return ClaimRef(uid=uid, entry=uid.split("#")[0], subject="Orbital Dynamics", attribute="share price drop",
                    value=value, unit="percent", qualifier=qualifier, said_by=said_by, story="s")


def test_qualifiers_and_forecasts_do_not_conflict():
    claims = [_ref("a.md#x", 13, "at the open"), _ref("b.md#x", 17), _ref("c.md#x", 17),
              _ref("d.md#x", 30, said_by="forecast")]
    link_claims(claims)
    kinds = {(c.uid, t): k for c in claims for t, k in c.relations}
    assert kinds[("b.md#x", "c.md#x")] == "agrees"
    assert kinds.get(("a.md#x", "b.md#x")) != "conflicts"
    assert kinds.get(("b.md#x", "d.md#x")) != "conflicts"


# citation markers, comparisons with an earlier model, "its" after a name, other makers' models
def test_citation_marker_is_not_a_count():
    got = claims_of("Skyline introduced the Zephyr-4 family in an announcement to customers on May 2, 2025 [1].",
                    primary="Zephyr-4")
    assert not [c for c in got if c["value"] == 1]


def test_model_named_in_an_up_from_comparison_is_not_the_next_sentence_subject():
    text = ("The vocabulary grew to 96,000 tokens, up from 40,000 in Orca-2. "
            "The model was trained on 9,000 accelerators with a context length of 16,384 tokens.")
    got = claims_of(text, primary="Orca-3")
    assert ("Orca-3", 16384) in {(c["subject"], c["value"]) for c in got if c["attribute"] == "context window"}
    assert not [c for c in got if c["subject"] == "Orca-2" and c["value"] == 16384]


def test_its_refers_to_the_name_before_it_not_the_page_topic():
    got = claims_of("Skyline rattled investors because its new chat assistant is now the No. 1 download in Japan.",
                    primary="Nimbus Corp")
    assert not [c for c in got if c["subject"] == "Nimbus Corp"]


def test_other_makers_models_are_not_the_page_model():
    got = claims_of("For reference, Skyline and Nimbus's largest models are nearing three trillion parameters.",
                    primary="Orca-3")
    assert not [c for c in got if c["subject"] == "Orca-3"]


# values compared at the precision stated; bounds keep to their order of magnitude; settings do not split scores
def test_two_stated_scores_conflict_unless_one_figure_at_the_coarser_precision():
    assert compare(86.8, 85.7, "percent", "percent") == "conflicts"
    assert compare(86.8, 87, "percent", None) == "agrees"
    assert compare(1_760_000_000_000, 1_800_000_000_000) == "agrees"
    assert compare(128000, 131072) == "conflicts"


def test_a_bound_does_not_agree_with_a_value_orders_of_magnitude_away():
    assert compare("<6000000000", 5_600_000, "USD", "USD") == "conflicts"
    assert compare("<6000000000", 5_500_000_000, "USD", "USD") == "agrees"
    assert compare(">15000000000000", 15_000_000_000_000) == "agrees"


def test_an_evaluation_setting_does_not_keep_scores_apart_but_a_time_does():
    assert canonical_qualifier("5-shot") == canonical_qualifier(None) == ""
    assert canonical_qualifier("pass@1") == ""
    assert canonical_qualifier("at the open") != ""


# pattern 2: "the company" and "its" after a sentence that ends on another company
def test_a_partner_named_as_object_does_not_become_the_company():
    text = ("Anthropic was founded in 2021. It later signed a cloud partnership with Amazon. "
            "The company is American. Its headquarters are in San Francisco.")
    got = claims_of(text)
    assert {c["subject"] for c in got if c["attribute"] == "headquarters"} == {"Anthropic"}


def test_a_descriptive_noun_phrase_means_the_lab_the_page_called_a_startup():
    text = ("Amazon signed a deal with the AI startup Anthropic on Monday. "
            "The investment in the fast-growing safety vendor, based in San Francisco, comes as Amazon expands.")
    got = claims_of(text)
    assert {c["subject"] for c in got if c["attribute"] == "headquarters"} <= {"Anthropic"}


# dates of events: each name in a sentence keeps its own date; latencies with their units
def test_two_retirements_in_one_sentence_keep_their_own_dates():
    text = ("The line was wound down as newer models arrived, with Zephyr-2 Mini retired from the API on June 3, 2025; "
            "the retirement of Zephyr-2 Max in March 2025 came first.")
    got = {(c["subject"], c["value"]) for c in claims_of(text) if c["attribute"] == "retirement date"}
    assert got == {("Zephyr-2 Mini", "2025-06-03"), ("Zephyr-2 Max", "2025-03")}


def test_a_latency_change_reports_the_new_level_in_its_unit():
    got = claims_of("Round-trip latency fell from about 1.9 seconds to an average of 410 milliseconds.", primary="Orca-3")
    assert {(c["subject"], c["value"], c["unit"]) for c in got if c["attribute"] == "latency"} == {("Orca-3", 410, "ms")}


# counts with units: the counted thing names the attribute; shares and other nouns are not counts
def test_counts_of_things_the_site_counts():
    got = facts("The model was trained on 18,000 Orbital X9 GPUs over four months.", primary="Orca-3")
    assert ("Orca-3", "training GPUs", 18000, None) in got
    got = facts("Zephyr-4 Mini and Zephyr-4 Max were available at launch in 71 countries.")
    assert {("Zephyr-4 Mini", 71), ("Zephyr-4 Max", 71)} <= {(f[0], f[2]) for f in got if f[1] == "availability countries"} or \
        ("Zephyr-4 Mini", "availability countries", 71, None) in got


def test_a_share_of_users_or_a_year_is_not_a_count():
    got = claims_of("Since launch, eight out of ten users rated it well; it was founded in March 2021 by former employees of Orbital.",
                    primary="Orca-3")
    assert not [c for c in got if c["attribute"] in ("users", "employees")]
    got = claims_of("Learners held nearly 3,000 learning sessions with the tutor.", primary="Orca-3")
    assert not [c for c in got if c["attribute"] == "users"]


# investments keep whom they went to; "It" after a sentence that opened with a company is the company
def test_an_investment_names_its_target_so_two_investments_do_not_conflict():
    got = facts("Amazon has worked mostly with Anthropic, investing about $6 billion in the San Francisco startup.")
    assert ("Amazon", "investment", "~6000000000", "in Anthropic") in got


def test_it_after_a_sentence_opened_by_a_company_is_the_company_not_its_model():
    text = ("Mistral Large scores 81% on MMLU. Mistral AI is a young company that builds open models. "
            "It was valued at more than $5 billion by June, according to one report.")
    got = claims_of(text, primary="Mistral Large")
    assert {c["subject"] for c in got if c["attribute"] == "valuation"} == {"Mistral AI"}


def test_a_model_named_after_jump_from_is_not_what_it_means_next():
    text = ("On reasoning, Orca-3 scores 61.5%, a big jump from Orca-2. "
            "On general knowledge, it hits 88.1%, a solid gain on MMLU.")
    got = claims_of(text, primary="Orca-3")
    assert not [c for c in got if c["subject"] == "Orca-2"]


def test_a_name_in_an_aside_is_not_the_subject_and_a_former_state_is_not_a_value():
    got = claims_of("At a glance: Orca 3 (orca/Orca-3-8B and orca/Orca-3-70B) — released May 2, 2025.", primary="Orca 3")
    assert {c["subject"] for c in got if c["attribute"] == "release date"} <= {"Orca 3"}
    got = claims_of("The rollout widened access to the flagship model, previously restricted to paying subscribers.",
                    primary="Orca-3")
    assert not [c for c in got if c["attribute"] == "access"]


# dates without a year, "today" and a weekday are read against the entry's date, or kept without a year
def test_a_launch_date_without_a_year_uses_the_entry_date_or_none():
    got = claims_of("Skyline released Zephyr-4 on March 4th, a week early.", date=dt.date(2025, 3, 10))
    assert ("Zephyr-4", "2025-03-04") in {(c["subject"], c["value"]) for c in got if c["attribute"] == "release date"}
    got = claims_of("Skyline released Zephyr-4 on March 4th, a week early.", date=None)
    assert ("Zephyr-4", "--03-04") in {(c["subject"], c["value"]) for c in got if c["attribute"] == "release date"}
    got = claims_of("Zephyr-4 launches today with voice and vision.", date=dt.date(2025, 3, 10))
    assert ("Zephyr-4", "2025-03-10") in {(c["subject"], c["value"]) for c in got if c["attribute"] == "release date"}
    assert not [c for c in claims_of("Zephyr-4 launches today.", date=None) if c["attribute"] == "release date"]


def test_a_date_of_another_event_or_another_product_is_not_the_model_release():
    got = claims_of("Orbital shares plummeted 9% on March 3, following Skyline's release of Zephyr-4.", date=dt.date(2025, 3, 10))
    assert not [c for c in got if c["attribute"] == "release date"]
    got = claims_of("Since the tool was rolled out on March 4, learners held 900 sessions.", primary="Orca-3",
                    date=dt.date(2025, 3, 10))
    assert not [c for c in got if c["attribute"] == "release date"]
    got = claims_of("March 2, 2025 Skyline launches Orca-3 for Schools to help teachers.", primary="Orca-3")
    assert not [c for c in got if c["attribute"] == "release date"]


# pattern 7: the maker named by an appositive, not its product
def test_the_company_behind_a_product_is_the_subject_of_its_funding():
    got = facts("Skyline Labs, the company behind Zephyr-4, has raised $2.5 billion in new funding.", primary="Zephyr-4")
    assert ("Skyline Labs", "funding", 2_500_000_000, None) in got
    assert not [f for f in got if f[0] == "Zephyr-4"]


def test_a_long_sentence_joined_by_semicolons_is_quoted_clause_by_clause():
    text = ("The older line was wound down over two years as the newer generations arrived and customers moved across, "
            "with Zephyr-2 Mini retired from the API on June 3, 2025; the retirement of Zephyr-2 Max in March 2025 "
            "became the first test of the lab's stated commitments on keeping old weights available to researchers.")
    got = [c for c in claims_of(text) if c["subject"] == "Zephyr-2 Max"]
    assert got and all(c["quote"].startswith("the retirement of Zephyr-2 Max") for c in got)


def test_day_month_year_dates_keep_the_day():
    assert [v[2] for v in V.find_dates("Skyline announced on 13 May 2025 that Zephyr-4 would ship")] == ["2025-05-13"]


def test_a_sentence_about_a_class_of_models_is_not_about_the_page_model():
    got = claims_of("Meanwhile, access to leading closed-source models from firms like Skyline is becoming more restricted.",
                    primary="Orca-3")
    assert not [c for c in got if c["subject"] == "Orca-3"]


def test_a_context_size_after_a_copula_is_read():
    got = facts("The context window of Skyline's Zephyr-4 model is also 64k.")
    assert ("Zephyr-4", "context window", 64000, None) in got


def test_a_model_name_is_not_stretched_to_a_longer_model_the_page_names():
    units = [Unit("sentence", s, s) for s in split_sentences(
        "Orca-3 Turbo has a 128k context window. The context window of Skyline's Orca-3 model is also 32k.")]
    got = extract_claims(units, K, dt.date(2025, 3, 10), None, {"Orca-3", "Orca-3 Turbo"})
    assert ("Orca-3", 32000) in {(c["subject"], c["value"]) for c in got}


def test_an_alternative_quantity_after_or_is_not_a_restated_amount():
    got = facts("It could read codebases of 40,000 lines, or more than 500,000 words of text, in one prompt.", primary="Orca-3")
    assert ("Orca-3", "words per prompt", ">500000", None) in got


@pytest.mark.parametrize("text, value", [
    ("revenue of $12 billion to $14 billion", "12000000000-14000000000"),
    ("$12-14 billion in revenue", "12000000000-14000000000"),
    ("between 12 and 14 billion dollars", "12000000000-14000000000"),
    ("un chiffre d'affaires entre 12 et 14 milliards de dollars", "12000000000-14000000000"),
    ("einen Umsatz von 12 bis 14 Milliarden Dollar", "12000000000-14000000000"),
    ("ingresos de entre 12.000 y 14.000 millones de dólares", "12000000000-14000000000"),
    ("$12 to $14 billion", "12000000000-14000000000"),
])
def test_both_ends_of_a_money_range_make_one_value(text, value):
    assert [v for _, _, v, _ in V.find_money(text)] == [value]


def test_a_range_is_one_claim_with_both_ends_and_a_change_keeps_its_from():
    got = facts("The startup Harbor Robotics expects revenue of $1.2 billion to $1.4 billion next year.")
    assert {f[2] for f in got} == {"1200000000-1400000000"}
    got = facts("Shares of the startup Harbor Robotics rose between 4% and 6% on Monday.")
    assert {f[2] for f in got} == {"4-6"}
    assert [v for _, _, v, _ in V.find_money("sales grew from $12 billion to $14 billion")] == [12000000000, 14000000000]


def test_a_model_written_as_a_lower_case_identifier_owns_its_figures():
    got = facts("On the HMMT benchmark, orca-open-70b scores 81.2% when using tools, just behind zeta-2 at 84.0%. "
                "The orca-open-70b model has 68 billion parameters and runs under the Apache-2.0 license.")
    assert ("orca-open-70b", "parameters", 68000000000, None) in got
    assert not [f for f in got if f[0] in ("zeta-2", "Apache-2.0")]


@pytest.mark.parametrize("text", [
    "Harbor Robotics Inc. and Vela Systems Corp. will invest as much as $4 billion in Orbital, the companies said.",
    "Microsoft y Nvidia se comprometen a invertir hasta 4.000 millones de dólares en Orbital.",
])
def test_two_investors_named_together_do_not_each_own_the_sum(text):
    assert not [c for c in claims_of(text) if c["attribute"] == "investment"]


@pytest.mark.parametrize("text, value", [
    ("will invest as much as $15 billion", "<=15000000000"),
    ("investimenti fino a 15 miliardi di dollari", "<=15000000000"),
    ("invertir hasta 15.000 millones de dólares", "<=15000000000"),
    ("bis zu 15 Milliarden Dollar", "<=15000000000"),
    ("jusqu'à 15 milliards de dollars", "<=15000000000"),
])
def test_an_upper_bound_in_any_language_is_kept(text, value):
    assert [v for _, _, v, _ in V.find_money(text)] == [value]


def test_a_one_letter_company_owns_its_figures_and_an_unknown_opener_lends_none():
    got = facts("According to Fidelity, one of the investors in Vance's takeover, Q's valuation fell to $9 billion in December.")
    assert {(f[0], f[1], f[2]) for f in got} == {("Q", "valuation", 9000000000)}
    got = claims_of("Orbital Labs raised $2 billion last year. Q has more than 400 million active users.", primary="Orbital Labs")
    assert not [c for c in got if c["attribute"] == "users"]


def test_a_model_compared_before_the_verb_is_not_its_subject_and_plural_licences_stay_out():
    got = facts("According to Vela, orca-open-70b delivers results close to the proprietary Zephyr-7 model "
                "and outperforms Falcon-9 in many tests.")
    assert ("Zephyr-7", "performance versus Falcon-9", "better", None) not in got
    got = claims_of("Vela released orca-open-70b and orca-open-20b, its first open models since Zephyr-2. "
                    "The models are distributed under the Apache-2.0 license.")
    assert not [c for c in got if c["attribute"] == "license" and c["subject"] == "Zephyr-2"]


def test_token_prices_in_other_languages_keep_their_side():
    got = facts("O Zephyr-7 custa US$2 por milhão de tokens de entrada e US$9 por milhão de tokens de saída.")
    assert ("Zephyr-7", "price per million input tokens", 2, None) in got
    assert ("Zephyr-7", "price per million output tokens", 9, None) in got


def test_an_italian_approximation_and_the_time_of_a_compared_figure():
    got = facts("L'accordo porta la valutazione della startup Orbital Labs intorno ai 90 miliardi di dollari, "
                "quasi il doppio rispetto ai 45 miliardi stimati a settembre.")
    assert {(f[2], f[3]) for f in got} == {("~90000000000", None)}


@pytest.mark.parametrize("text, fact", [
    ("The startup Orbital Labs has agreed to a $900 million settlement in a class-action lawsuit.",
     ("Orbital Labs", "settlement", 900000000)),
    ("La start-up Orbital Labs a accepté de verser au moins 900 millions de dollars à un fonds destiné aux auteurs.",
     ("Orbital Labs", "payment", ">=900000000")),
])
def test_what_a_party_pays_to_settle_is_a_figure_of_its_own(text, fact):
    assert fact in {(f[0], f[1], f[2]) for f in facts(text)}


def test_a_price_per_month_is_no_count_of_users():
    assert not [c for c in claims_of("Customers of Zephyr-7 pay $20 per month.", primary="Zephyr-7") if c["attribute"] == "users"]


@pytest.mark.parametrize("text, value", [
    ("une amende de 15 000 000 euros", 15000000),
    ("1 500 millions de dollars", 1500000000),
    ("rund 2\u202f500 Euro", 2500),
    ("It paid 3,000 dollars", 3000),
])
def test_thousands_grouped_by_spaces_are_one_number(text, value):
    assert [v for _, _, v, _ in V.find_money(text)] == [value]


def test_a_rate_per_unit_is_no_sum_but_a_source_after_per_is_no_unit():
    assert not facts("La start-up Orbital Labs s'engage à verser 2 000 dollars supplémentaires par livre.")
    got = claims_of("Harbor Robotics forecast $4.1 billion in revenue, versus $3.9 billion expected per LSEG estimates.",
                    primary=None)
    assert ("Harbor Robotics", 3900000000, "analysts' estimate") in {(c["subject"], c["value"], c.get("said_by")) for c in got}


def test_it_is_believed_in_another_language_is_an_unnamed_report():
    got = claims_of("On pense que Zephyr-7 a plus de 900 milliards de paramètres.", primary="Zephyr-7")
    assert all(c.get("said_by") == "unnamed reports" for c in got if c["attribute"] == "parameters")


def test_a_size_inside_a_model_name_is_no_figure_wherever_it_stands():
    got = claims_of("经过后训练的模型,例如 Qwen3-30B-A3B,以及它们的预训练基座模型(如 Qwen3-30B-A3B-Base)已在各大平台上开放使用。")
    assert not [c for c in got if c["value"] == 30000000000]


def _entry_facts(body: str, title: str) -> set[tuple]:
    from digest.extract.entry import extract_entry
    from digest.extract.units import structure_from_markdown
    _, found = extract_entry(structure_from_markdown(body), title, K, dt.date(2025, 3, 10))
    return {(c["subject"], c["attribute"], c["value"], c.get("qualifier"), c.get("said_by")) for c in found}


def test_a_segment_named_in_apposition_and_the_base_of_a_comparison():
    got = _entry_facts("Intel reported revenue of $13.7 billion for the quarter.\n\n"
                       "Another growth category, foundry, delivered record revenue of $4.4 billion, up 12% sequentially.\n\n"
                       "Client revenue rose 8% from a year ago, to $7.9 billion.\n", "Intel results")
    assert ("Intel", "revenue", 4400000000, None, None) not in got
    assert ("Intel", "foundry revenue", 4400000000, None, None) in got
    assert ("Intel", "client revenue", 7900000000, None, None) in got


def test_a_verb_after_the_name_is_no_modifier_and_a_forecast_range_stays_a_forecast():
    got = _entry_facts("Intel expects revenue of $14 billion to $15 billion next quarter.\n\n"
                       "Intel had revenue of $12 billion a year ago.\n", "Intel results")
    assert ("Intel", "revenue", "14000000000-15000000000", None, "forecast") in got
    assert not [f for f in got if f[1] in ("had revenue", "expects revenue")]


def test_the_time_of_an_aside_and_a_deal_or_stake_valued_at_an_amount():
    got = facts("La startup Orbital Labs, fundada en marzo de 2021, ha recaudado más de 900 millones de dólares en financiación.")
    assert {(f[2], f[3]) for f in got if f[1] == "funding"} == {(">900000000", None)}
    assert not [f for f in facts("Vance ha vendido la red social Q, que compró en 2020, a su empresa Orbital Labs, "
                                 "en una operación valorada en 9.000 millones de dólares.") if f[1] == "valuation"]
    assert not [f for f in facts("La società Orbital Labs ha una quota del 27% in Zephyr AI, valutata 35 miliardi di dollari.")
                if f[1] == "valuation"]


def test_the_startup_after_sentences_about_other_companies_is_none_of_them():
    got = _entry_facts("Harbor Robotics will invest $2 billion in Orbital Labs, one of its largest bets.\n\n"
                       "The move strengthens ties with OpenAI and Anthropic.\n\n"
                       "The startup recently raised $900 million at a $6 billion valuation.\n", "Harbor Robotics invests")
    assert not [f for f in got if f[0] == "Harbor Robotics" and f[1] in ("funding", "valuation")]


def test_a_change_in_sales_is_no_level_and_a_spending_commitment_names_what_it_buys():
    got = _entry_facts("Intel reported revenue of $13.7 billion for the quarter.\n\n"
                       "The company said there was a reduction of $2 billion in sales of this chip when compared to Q1.\n",
                       "Intel results")
    assert not [f for f in got if f[1] == "revenue" and f[2] == 2000000000]
    got = facts("The startup Orbital Labs is committing to spend $9 billion on Vela's cloud, in a sprawling tie-up.")
    assert ("Orbital Labs", "Vela's cloud commitment", 9000000000, None) in got


def test_a_round_and_a_valuation_in_one_clause_each_keep_their_amount():
    got = facts("Orbital Labs secured a $900 million Series C funding round at a $12 billion post-money valuation.")
    assert ("Orbital Labs", "funding", 900000000, None) in got
    assert ("Orbital Labs", "valuation", 12000000000, None) in got
    got = facts("Last year, the startup Orbital Labs raised $74 million at a valuation of $520 million.")
    assert {(f[1], f[2]) for f in got} >= {("funding", 74000000), ("valuation", 520000000)}
    got = facts("The startup Orbital Labs reached $1 billion in run-rate revenue six months after launch.")
    assert ("Orbital Labs", "annualized revenue", 1000000000, None) in got


@pytest.mark.parametrize("text", [
    "Why did Orbital Labs, founded 2 years ago with each employee valued at $21 million, sell for $1.3 billion?",
    "It is reported that the startup Orbital Labs was acquired by Vela for about $1.3 billion.",
    "So the question is, can the startup Orbital Labs get to $100 million in revenue in 12 months?",
])
def test_a_price_a_rate_or_a_question_is_no_valuation_or_revenue(text):
    assert not [c for c in claims_of(text) if c["attribute"] in ("valuation", "revenue", "annualized revenue", "funding")]


def test_a_name_in_an_apposition_a_ticker_and_a_near_miss_are_not_subjects():
    got = facts("Orbital Labs, the safety-focused Vela competitor, secured a $900 million round led by Harbor Capital.")
    assert ("Orbital Labs", "round led by", "Harbor Capital", None) in got
    assert not [f for f in got if f[0] == "Vela"]
    assert not [f for f in facts("Vela almost bought Orbital Labs in 2006.") if f[1] == "acquired by"]
    got = facts("Orbital Labs raised $9 billion in a round led by SoftBank Group Corp. (TYO:9984), lifting its valuation "
                "to $90 billion. This marks a leap from its $57 billion valuation in October 2024, when it secured "
                "$6.6 billion in funding.")
    assert not [f for f in got if f[0] == "TYO"]


def test_the_clause_after_but_names_its_own_investor_and_a_percent_range_stays_whole():
    got = facts("Fidelity, Vela and SoftBank also invested, but Microsoft remains the largest backer, "
                "adding $750 million in this round to its existing $13 billion investment.")
    assert not [f for f in got if f[0] in ("Vela", "SoftBank") and f[1] == "investment"]
    got = facts("Orbital Labs dominates the market for warehouse robots, with between 70% and 95% of the market share.")
    assert not [f for f in got if f[2] == 95]


def test_an_app_named_after_a_model_family_owns_its_users_and_a_chatbot_named_after_it_keeps_its_date():
    got = claims_of("Orbital launched Zephyr-7 on Tuesday. It will also be built into the Zephyr app, "
                    "which boasts over 150 million monthly active users.", primary="Zephyr-7")
    assert not [c for c in got if c["attribute"] == "users"]


def test_models_coordinated_after_a_comparison_are_not_it():
    got = claims_of("Vela says Zephyr-7 sets new records, placing it ahead of Orca's Orca-3 and Falcon's latest Falcon-9 "
                    "variant. The company said the model topped several leaderboards. It also scored 37.5% on GPQA.",
                    primary="Zephyr-7")
    assert ("Zephyr-7", "GPQA", 37.5) in {(c["subject"], c["attribute"], c["value"]) for c in got}
    assert not [c for c in got if c["subject"] in ("Orca-3", "Falcon-9")]


def test_a_mode_in_brackets_after_a_score_is_its_qualifier_and_early_adopters_are_not_predicted():
    got = claims_of("Zephyr-7 scored 45.1% (Deep Reason) on ARC-AGI.", primary="Zephyr-7")
    assert ("ARC-AGI", 45.1, "Deep Reason") in {(c["attribute"], c["value"], c.get("qualifier")) for c in got}
    got = claims_of("The VX900 chip is expected to ship in the second quarter of 2026, with Vela, Orbital Labs "
                    "and Harbor Robotics among the early adopters.")
    assert not [c for c in got if c["subject"] in ("Vela", "Orbital Labs", "Harbor Robotics")]


def test_according_to_reports_is_an_unnamed_report_not_a_forecast():
    got = claims_of("Orbital Labs is poised to reveal a new $4 billion investment from Vela, according to reports.")
    assert {c.get("said_by") for c in got} <= {"unnamed reports"}


@pytest.mark.parametrize("text, fact", [
    ("Harbor Robotics buys Orbital Labs for $665 million in cash.", ("Orbital Labs", 665000000, "by Harbor Robotics")),
    ("It is reported that Orbital Labs was acquired by the logistics giant Harbor Robotics for about $1.3 billion.",
     ("Orbital Labs", "~1300000000", "by Harbor Robotics")),
    ("Harbor Robotics acaba de adquirir outra startup, chamada Orbital Labs, por generosos 1,3 bilhões de dólares.",
     ("Orbital Labs", 1300000000, "by Harbor Robotics")),
    ("Le rachat de la pépite finlandaise Orbital Labs pour la coquette somme de 665 millions de dollars.",
     ("Orbital Labs", 665000000, None)),
])
def test_the_price_of_a_company_bought_is_filed_under_it(text, fact):
    got = {(c["subject"], c["value"], c.get("qualifier")) for c in claims_of(text) if c["attribute"] == "deal price"}
    assert fact in got
    assert not [c for c in claims_of(text) if c["attribute"] == "valuation"]


def test_a_buyer_named_after_led_by_is_neither_buyer_nor_speaker():
    got = claims_of("La empresa liderada por Jane Roe anunció la compra de la firma emergente Orbital Labs, "
                    "en esa ocasión por 300 millones de dólares.")
    assert [(c["subject"], c.get("qualifier"), c.get("said_by")) for c in got if c["attribute"] == "deal price"] \
        == [("Orbital Labs", None, None)]


def test_a_market_share_is_no_usage_share_and_a_forecast_word_in_an_aside_frames_nothing():
    got = facts("Intel dominates the server chip market, with 80% of the market share.")
    assert {f[1] for f in got} == {"market share"}
    got = claims_of("L'intesa, che prevede investimenti complessivi fino a 15 miliardi di dollari a favore della startup, "
                    "porta la valutazione di Orbital Labs in un intervallo intorno ai 90 miliardi di dollari.")
    assert [(c["value"], c.get("said_by")) for c in got if c["attribute"] == "valuation"] == [("~90000000000", None)]


def test_an_amount_under_if_or_that_is_no_figure():
    got = claims_of("\"For that valuation of US$900 million, if you can get between US$50 million and US$100 million ARR "
                    "in the next 12 months, then multiplying that by 10 gets you to a US$900 million valuation,\" "
                    "said the chief executive of the startup Orbital Labs.")
    assert not [c for c in got if c["attribute"] in ("valuation", "annualized revenue", "revenue")]


@pytest.mark.parametrize("text, value, unit", [
    ("The startup Orbital Labs heeft een boete van 30,5 miljoen euro gekregen van de toezichthouder.", 30500000, "EUR"),
    ("The regulator issued the startup Orbital Labs with a fine of $33.7 million.", 33700000, "USD"),
    ("The regulator imposed a €15 million fine on the startup Orbital Labs.", 15000000, "EUR"),
])
def test_a_fine_belongs_to_the_party_fined(text, value, unit):
    got = {(c["subject"], c["value"], c.get("unit")) for c in claims_of(text) if c["attribute"] == "fine"}
    assert got == {("Orbital Labs", value, unit)}


def test_dutch_magnitudes_and_bounds_and_staff_counts_in_other_languages():
    assert [v for _, _, v, _ in V.find_money("ruim 3,5 miljard dollar")] == [">3500000000"]
    got = facts("A startup Orbital Labs tem apenas 60 funcionários.")
    assert ("Orbital Labs", "employees", 60, None) in got


@pytest.mark.parametrize("text", [
    "Revenue jumped 35.4 percent on-year to 22.23 trillion won, while net income soared.",
    "Im zweiten Quartal steigerte Orbital den Umsatz den Angaben zufolge um 35 Prozent auf 13,78 Milliarden Euro.",
])
def test_a_capitalised_common_noun_is_no_subject(text):
    assert not [c for c in claims_of(text) if c["subject"] in ("Revenue", "Angaben")]


def test_counts_that_are_adjectives_names_or_dotted_thousands():
    assert [v for _, _, v, _ in V.find_counts("sirve a 300.000 clientes empresariales")] == [300000]
    assert not [c for c in claims_of("In Vela, users write a prompt to generate a 10-second video with sound.")
                if c["attribute"] == "users"]
    assert not [c for c in claims_of("L'accesso è su invito, ma gli utenti ChatGPT Pro potranno provare Vela 2 Pro.")
                if c["attribute"] == "users"]


def test_the_time_of_the_next_step_and_an_italian_apposition():
    got = facts("La startup Orbital Labs atteint 1 milliard de dollars de revenus début 2025, puis 5 milliards de dollars en août 2025.")
    assert not [f for f in got if f[2] == 1000000000 and f[3] == "2025-08"]
    got = _entry_facts("Orbital Labs, startup di ricerca con sede a Tokyo, ha chiuso un round di finanziamento da 135 milioni "
                       "di dollari. Questo afflusso di capitale porta la sua valutazione a oltre 2,65 miliardi di dollari.\n\n"
                       "Fondata da ex ricercatori di Google, la società punta sul Giappone.\n", "Orbital Labs raccoglie 135 milioni")
    assert not [f for f in got if f[0] == "Google"]


def test_a_time_before_a_later_step_is_not_the_figure_s():
    got = facts("Imaginez : vous lancez votre startup Orbital Labs en août 2024 et, seize mois plus tard, vous annoncez "
                "une levée de 300 millions de dollars à une valorisation de 3,25 milliards.")
    assert not [f for f in got if f[3] == "2024-08"]
    got = facts("The startup Orbital Labs raised $300 million in August 2024.")
    assert ("Orbital Labs", "funding", 300000000, "2024-08") in got


def test_business_customers_are_no_users_and_a_year_is_no_count():
    got = {(c["subject"], c["attribute"], c["value"]) for c in claims_of(
        "Anthropic sirve a 300.000 clientes empresariales. Groq expects more customers in 2026.")}
    assert ("Anthropic", "customers", 300000) in got
    assert not [g for g in got if g[1] == "users" or g[2] == 2026]


def test_who_is_paid_is_no_payer_and_spaced_thousands_count():
    assert not [c for c in claims_of("It then paid the remaining husk of Orbital Labs $650 million to license its technology.")
                if c["attribute"] == "payment"]
    assert [v for _, _, v, _ in V.find_counts("dépasse les 300 000, et le nombre")] == [300000]


@pytest.mark.parametrize("text", [
    "Vela expects revenue of $\u00a026-28 billion next quarter.",
    "£\u00a026–28bn",
    "Orbital has 100" + " 200" * 103 + " users.",
    "The VX900 has " + "9" * 310 + " GB of memory.",
    "The VX900 has " + "100 " * 360 + "GB of memory.",
    "Orbital raised 1" + " 000" * 103 + " $ from investors.",
    "$26-" + "9" * 300 + " trillion",
])
def test_odd_numbers_neither_crash_nor_make_a_figure_of_a_list(text):
    from digest.extract.entry import extract_entry
    from digest.extract.units import structure_from_markdown
    _, found = extract_entry(structure_from_markdown(text), "Odd numbers", K, dt.date(2025, 3, 10))
    assert all(len(str(c["value"]).lstrip("<>=~")) < 30 for c in found)


def test_a_non_breaking_space_after_the_currency_keeps_the_range():
    assert [v for _, _, v, _ in V.find_money("revenue of $\u00a026-28 billion")] == ["26000000000-28000000000"]


def test_a_long_run_of_spaces_inside_a_sentence_is_read_in_linear_time():
    import time
    from digest.extract.entry import extract_entry
    from digest.extract.units import structure_from_markdown

    def cost(n: int) -> float:
        started = time.process_time()
        extract_entry(structure_from_markdown("Nvidia revenue rose 5% in March" + " " * n + "x."), "x", K, dt.date(2025, 1, 1))
        return time.process_time() - started

    cost(50)
    small, large = min(cost(140) for _ in range(3)), min(cost(1400) for _ in range(3))
    assert large < 30 * max(small, 1e-3)   # ten times the spaces: not a hundred or a thousand times the work


def test_profit_figures_are_read_with_their_quarter():
    got = facts("Orvana Electronics reported an operating profit of a record 4.1 trillion won for the April-June period. "
                "Tessel Corp posted a net profit of 250 billion yen in the third quarter of 2024. "
                "Kestrel Systems reported revenue of $30 billion for the second quarter of fiscal 2026.")
    assert ("Orvana Electronics", "operating profit", 4.1e12, "Q2") in got
    assert ("Tessel", "net profit", 250e9, "Q3 2024") in got
    assert ("Kestrel Systems", "revenue", 30e9, "Q2 FY2026") in got


def test_a_figure_of_its_own_noun_is_no_share_price_move():
    # the speaker of "said its" is the owner of the profit, and the profit, not the stock, rose
    got = claims_of("Orvana Corp said its operating profit rose 68.5% to $9.2 billion. Halden Corp tumbled 17% on Monday.")
    assert ("Orvana", "operating profit rise", 68.5) in {(c["subject"], c["attribute"], c["value"]) for c in got}
    assert not [c for c in got if c["subject"] == "Halden" and c["value"] == 68.5]
    assert ("Halden", "share price drop", 17) in {(c["subject"], c["attribute"], c["value"]) for c in got}


def test_won_and_pounds_are_money_only_after_a_magnitude():
    assert [v[2:] for v in V.find_money("9.21 trillion won")] == [(9.21e12, "KRW")]
    assert list(V.find_money("The team won 3 games and lost 20 pounds.")) == []


def test_a_lower_case_brand_before_a_company_suffix_is_one_name():
    got = facts("South Korean chipmaker Varn hynix Inc. said its quarterly operating profit reached 9.2 trillion won.")
    assert {c[0] for c in got} == {"Varn hynix"}


def test_a_name_inside_an_apposition_neither_acts_nor_speaks():
    got = claims_of("Jane Roe, the former CTO of Anthropic and one of the minds behind Claude, has just raised "
                    "$2 billion for her new venture.")
    assert not [c for c in got if c["subject"] in ("Anthropic", "Claude")]
    got = claims_of("Jane Roe, ex-CTO of Anthropic, announced that her new company, the startup Kestrel Labs, "
                    "raised $2 billion in a seed round.")
    assert [(c["subject"], c.get("said_by")) for c in got if c["attribute"] == "funding"] == [("Kestrel Labs", "Jane Roe")]


def test_a_company_noun_the_page_gave_two_labs_names_neither():
    got = claims_of("Jane Roe left OpenAI, the firm behind ChatGPT, to set up her start-up, Kestrel Labs. "
                    "The fledgling firm raised a record $2 billion, valuing it at $12 billion.")
    assert not [c for c in got if c["subject"] == "OpenAI"]


@pytest.mark.parametrize("text, currency", [
    ("Los ingresos alcanzaron 933.790 millones de dólares taiwaneses.", "TWD"),
    ("Revenue was NT$933.8 billion.", "TWD"),
    ("un contrat de 300 millions de dollars canadiens", "CAD"),
    ("HK$ 5 billion", "HKD"),
    ("A $5 billion deal", "USD"),
    ("a rise to 31,8 Mrd US-Dollar", "USD"),
])
def test_another_country_dollar_is_not_usd(text, currency):
    assert [hit[3] for hit in V.find_money(text)] == [currency]


def test_a_german_noun_after_article_and_adjective_is_no_subject():
    got = facts("Der Chipfertiger Orvana AG meldete Rekordzahlen. Für das dritte Quartal erwartet das Unternehmen "
                "einen Umsatz von umgerechnet 31,8 bis 33 Milliarden US-Dollar.")
    assert not [c for c in got if c[0] == "Quartal"]


def test_a_plan_is_a_forecast_and_an_opening_adverb_is_no_name():
    got = claims_of("Orvana Corp said it plans to raise $40 billion in a new funding round.")
    # (a round planned is the round sought: its `funding target`)
    assert [(c["attribute"], c.get("said_by")) for c in got if c["attribute"].startswith("funding")] == [("funding target", "forecast")]
    got = claims_of("Recently, Orvana Corp agreed to pay $250 million to settle the case.")
    assert not [c for c in got if c["subject"] == "Recently"]


def test_a_model_named_after_its_maker_has_its_short_form():
    from digest.extract.entities import short_forms
    assert short_forms({"DeepSeek-Z3"}, K).get("Z3") == ("DeepSeek-Z3", "model")


def test_a_stake_is_filed_under_its_holder_with_the_company_held():
    got = facts("Carlyle Group owns a 59.65% stake in Orvana Computing. Nvidia will take a 4% stake in Intel. "
                "Oracle holds a 30% stake.")
    assert ("Carlyle Group", "stake", 59.65, "in Orvana Computing") in got
    assert ("NVIDIA", "stake", 4, "in Intel") in got
    assert not [c for c in got if c[0] == "Oracle"]   # a share of no company named


def test_a_company_bought_in_japanese_korean_or_chinese_has_its_price():
    got = facts("ソフトバンクグループは、米国の半導体メーカーのOrvana Computingの全株式を総額52億ドルで取得すると発表した。")
    assert ("Orvana Computing", "deal price", 5.2e9, "by SoftBank") in got


@pytest.mark.parametrize("text, value, currency", [
    ("売上高は9337億台湾元だった", 933.7e9, "TWD"),
    ("合併營收約新台幣 9,337.9億元，稅後純益約 3,982.7 億元", 933.79e9, "TWD"),
    ("약 9조5000억원", 9.5e12, "KRW"),
    ("約4兆7千億円", 4.7e12, "JPY"),
])
def test_cjk_amounts_with_separators_two_magnitudes_and_local_currencies(text, value, currency):
    first = next(iter(V.find_money(text)))
    assert (float(str(first[2]).lstrip("~")), first[3]) == (value, currency)


def test_engineers_are_counted_for_the_company_that_employs_them():
    got = facts("Orvana Computing, a chip startup, was founded in 2017. Orvana Computing currently employs about 900 engineers.")
    assert ("Orvana Computing", "engineers", "~900", None) in got


def test_the_same_sum_in_another_currency_is_no_second_figure():
    assert [h[3] for h in V.find_money("its valuation rose to $29.3 billion, approximately ¥207.9 billion.")] == ["USD"]
    assert [h[3] for h in V.find_money("raised $2 billion and €1 billion")] == ["USD", "EUR"]


def test_the_start_and_base_of_a_change_are_no_level():
    got = facts("Orvana Corp raised money this year. Following the round, the company's valuation jumped from $9.9 billion "
                "at the end of the previous round in June to $29.3 billion.")
    assert ("Orvana", "valuation", "from 9900000000 to 29300000000", None) in got
    got = facts("By November, Orvana Corp had surpassed $500 million in annual recurring revenue, up from $100 million "
                "ten months earlier.")
    assert not [c for c in got if c[2] == 100_000_000]
    assert [c[2] for c in got if c[1] == "annualized revenue"] == [">500000000"]
    got = facts("Orvana Corp posted revenue of $18.02 billion, beating consensus by $0.56 billion.")
    assert not [c for c in got if c[2] == 560_000_000]


def test_a_consensus_figure_after_the_actual_one_is_an_estimate_and_a_label_quarter_qualifies():
    got = claims_of("Orvana Corp reported Q4 revenue of $18.015 billion vs. $17.46 billion estimated.")
    by_value = {c["value"]: c for c in got}
    assert by_value[18_015_000_000]["qualifier"] == "Q4" and not by_value[18_015_000_000].get("said_by")
    assert by_value[17_460_000_000].get("said_by") == "analysts' estimate"
    got = claims_of("Orvana Corp reported its results. Management expects revenue of $19.1 billion in the first quarter. "
                    "After the IPO, its market value was $19.3 billion.")
    assert not [c for c in got if c["subject"] in ("Management", "IPO")]


def test_cjk_amounts_in_two_magnitudes_and_a_stated_month():
    assert [h[2] for h in V.find_money("GAAP純利益は同97%増の85億1800万ドルとなった")] == [8_518_000_000]
    got = facts("2025年1月,Orvana Corp的估值约为26亿美元。")
    assert [c[3] for c in got if c[1] == "valuation"] == ["2025-01"]


def test_an_attempt_is_no_purchase_and_the_nearest_verb_names_the_company_bought():
    got = facts("Orvana Corp, unable to acquire Kestrel Labs, had instead purchased Halden Systems, another coding startup, "
                "for a reported $3 billion.")
    assert ("Halden Systems", "deal price", 3e9, "by Orvana") in {(c[0], c[1], c[2], c[3]) for c in got} or \
        ("Halden Systems", "deal price", 3e9, "by Orvana Corp") in {(c[0], c[1], c[2], c[3]) for c in got}
    assert not [c for c in got if c[0] == "Kestrel Labs"]


def test_money_spent_on_a_named_thing_keeps_what_it_was_spent_on():
    got = facts("Orvana Corp spent $28 billion on Slack, $15.7 billion on Tableau and now $8 billion on Informatica.")
    assert ("Orvana", "cost", 28e9, "on Slack") in got
    assert ("Orvana", "cost", 15.7e9, "on Tableau") in got


def test_a_change_in_a_named_part_of_revenue_is_that_part_s():
    got = facts("Orvana Corp rode an extraordinary 74% year-over-year surge in AI semiconductor revenue.")
    assert [c[1] for c in got if c[2] == 74] == ["ai semiconductor revenue rise"]


def test_a_premise_a_bound_after_the_number_and_another_amount_s_time():
    got = facts("At the open, Orvana Corp was valued at almost $60 billion. At a $60 billion valuation, Orvana's "
                "price-to-earnings multiple would be over 110.")
    assert [c[2] for c in got if c[1] == "valuation"] == ["~60000000000"]
    got = facts("Google a déjà investi environ 3 milliards de dollars dans Anthropic, dont 2 milliards il y a deux ans "
                "et un milliard de plus en début d'année.")
    assert [c[3] for c in got if c[1] == "investment"] in ([None], ["in Anthropic"])


def test_a_bound_written_after_the_number_in_korean_or_japanese():
    got = facts("엔비디아는 AI 반도체 시장에서 80% 이상의 압도적인 점유율로 2위인 AMD와 격차가 크다.")
    assert ("NVIDIA", "market share", ">80", None) in got


def test_cjk_sentences_drop_the_subject_the_sentence_before_gave():
    got = facts("Orvana Corpが2025年度第4四半期の決算を発表した。同四半期の売上高は前年同期比28%増の180億1500万ドルとなった。"
                "同四半期の総売上高は191億ドルに達すると予測している。")
    assert ("Orvana", "revenue", 18_015_000_000, None) in {(c[0], c[1], c[2], None) for c in got}
    got = claims_of("Orvana Corp公布财报。其中,数据中心贡献营收为411亿美元。")
    assert not [c for c in got if c["value"] == 41_100_000_000]


def test_the_quarter_named_before_is_the_one_a_later_sentence_points_back_to():
    got = facts("Orvana Corpが2025年度第4四半期の決算を発表した。同四半期の売上高は前年同期比28%増の180億1500万ドルとなった。")
    assert ("Orvana", "revenue", 18_015_000_000, "Q4") in got


def test_an_announced_deal_price_is_stated_not_forecast():
    got = claims_of("Orvana Corp announced on Monday its plans to acquire server maker Kestrel Systems for $4.9 billion.")
    assert [(c["subject"], c.get("said_by")) for c in got if c["attribute"] == "deal price"] == [("Kestrel Systems", None)]


def test_spaced_count_a_size_variant_and_a_pre_money_valuation():
    got = facts("Meta a entraîné Llama 3.1 sur 15,6 trillions de tokens en utilisant 16 000 GPUs H100 pendant des mois.")
    assert [c[2] for c in got if c[1].endswith("GPUs")] == [16000]
    got = facts("Das neue Llama 3.1 verfügt über ein 405 Milliarden Parameter Modell.")
    assert [c[0] for c in got if c[1] == "parameters"] in ([], ["Llama 3.1 405B"])
    got = facts("Orvana Corp raised $400 million, giving the startup a $2 billion pre-money valuation.")
    assert ("Orvana", "pre-money valuation", 2e9, None) in got and not [c for c in got if c[1] == "valuation"]


def test_its_after_a_list_of_investors_is_none_of_them():
    got = claims_of("In November, Jane Roe, OpenAI, Thrive Capital, Lux Capital and Sequoia Capital jointly participated "
                    "in its $400 million new round of financing, making its valuation reach $2.4 billion.")
    assert not [c for c in got if c["attribute"] == "valuation" and c["subject"] in ("Sequoia Capital", "Jane Roe", "Lux Capital")]


# results, rates and the thing a figure measures (pages of other events)
def test_a_loss_a_company_posts_is_a_net_loss_and_revenue_keeps_its_name_when_shares_rise():
    got = facts("Harborline posted a $4.2bn loss in Q3 2026, its largest quarterly loss. Harborline shares rose after "
                "the $9.1bn in revenue reported by the company beat estimates.", primary="Harborline")
    assert ("Harborline", "net loss", 4200000000, "Q3 2026") in got
    assert any(f[:3] == ("Harborline", "revenue", 9100000000) for f in got)
    assert not [f for f in got if "market value" in f[1] or f[1] == "revenue gain"]
    kept = facts("Harborline lost $120 billion in market value on Monday.", primary="Harborline")
    assert any(f[1] == "market value loss" for f in kept)


def test_a_percent_of_another_noun_is_no_share_price():
    got = facts("Harborline lost 6.2% of its senior engineers to rival labs last year. Harborline is on track "
                "for a greater than 12 percent workforce reduction.", primary="Harborline")
    assert not [f for f in got if f[1].startswith("share price")]
    assert any(f[1] == "share price drop" for f in facts("Harborline fell 9% on Tuesday.", primary="Harborline"))


def test_costs_tied_to_sales_are_no_revenue():
    got = facts("Los ingresos de Microsoft fueron de $9.284 millones. Del lado de los costes, los asociados a las "
                "ventas fueron de $6.150 millones, un 12% más.", primary="Microsoft")
    assert {f[:3] for f in got if "revenue" in f[1]} == {("Microsoft", "revenue", 9284000000)}


def test_a_valuation_belongs_to_the_company_the_verb_values():
    got = facts("Mistral AI, spécialiste des modèles, a confirmé ce vendredi un investissement important de Microsoft "
                "valorisant la startup à 12 milliards de dollars.", primary="Mistral AI")
    assert not [f for f in got if f[0] == "Microsoft" and f[1] == "valuation"]
    got = facts("Tessaly has raised $2 billion in Series C funding, valuing the company at around $12 billion.",
                primary="Tessaly")
    assert ("Tessaly", "valuation", "~12000000000") in {f[:3] for f in got}


def test_an_amount_per_unit_in_german_is_a_rate_not_a_sum():
    got = claims_of("Der Vergleich deckt rund 200.000 Werke ab, was rund 2.500 Dollar pro Werk entspricht.", primary="Tessaly")
    assert not [c for c in got if c["value"] in (2.5, 2500, "~2500", "~2.5")]


def test_a_place_before_the_verb_is_no_buyer_and_a_document_is_a_source():
    got = claims_of("O maior negócio da Orbitron em Portugal foi a aquisição da Tessaly Systems em 2021 por US$ 3 bilhões.")
    assert not [c for c in got if (c.get("qualifier") or "").startswith("by Portugal")]
    got = claims_of("La empresa Tessaly pagará al menos US$900 millones para cerrar la demanda, según documentos judiciales.",
                    primary="Tessaly")
    assert [c.get("said_by") for c in got if c["value"] == ">=900000000"] == ["documentos judiciales"]


def test_the_future_tense_of_a_decided_fine_or_payment_is_no_forecast():
    got = claims_of("Bruselas multa a Orbitron y Tessaly. Orbitron enfrentará una multa de 500 millones de euros, mientras "
                    "que Tessaly deberá pagar 200 millones.", primary="Orbitron")
    fines = [c for c in got if c["value"] in (500000000, 200000000)]
    assert fines and all(c.get("said_by") is None for c in fines)
    got = claims_of("Se espera que la Comisión imponga a Orbitron una multa de 500 millones de euros.", primary="Orbitron")
    assert all(c.get("said_by") == "forecast" for c in got if c["value"] == 500000000)


def test_a_source_named_after_an_estimate_is_the_estimates():
    got = claims_of("Tessaly's revenue climbed 12% to $14.93 billion, shy of analyst targets for $15.04 billion, "
                    "according to FactSet.", primary="Tessaly")
    assert [c.get("said_by") for c in got if c["value"] == 14930000000] == [None]
    assert [(c["attribute"], c.get("said_by")) for c in got if c["value"] == 15040000000] == [("revenue", "analysts' estimate")]
    got = claims_of("Tessaly's revenue climbed 12% to $14.93 billion, according to FactSet.", primary="Tessaly")
    assert [c.get("said_by") for c in got if c["value"] == 14930000000] == ["FactSet"]


def test_a_measure_named_in_an_apposition_is_not_the_values():
    got = claims_of("Tessaly ended the quarter with total remaining performance obligations, a measure of contracted "
                    "revenue it expects to collect, of $455 billion.", primary="Tessaly")
    assert not [c for c in got if c["value"] == 455000000000 and "revenue" in c["attribute"]]
    got = claims_of("Tessaly's revenue, which beat estimates, rose to $9.1 billion in the quarter.", primary="Tessaly")
    assert any(c["value"] == 9100000000 and c["attribute"] == "revenue" for c in got)


def test_a_fine_on_a_products_maker_is_the_makers():
    got = claims_of("The privacy watchdog imposed a €15 million fine on Orbit maker Tessaly.", primary="Tessaly")
    assert [c["subject"] for c in got if c["value"] == 15000000] == ["Tessaly"]
    got = claims_of("Die Datenschutzbehörde verhängt eine Geldstrafe von 15 Millionen Euro gegen den Orbit-Betreiber Tessaly.",
                    primary="Tessaly")
    assert [(c["subject"], c["attribute"]) for c in got if c["value"] == 15000000] == [("Tessaly", "fine")]


def test_a_profit_a_company_posts_is_its_net_profit_and_its_per_share_restatement_is_apart():
    got = claims_of("Tessaly posted a profit of $2.93 billion, or $1.01 a share, in the quarter.", primary="Tessaly")
    assert ("Tessaly", "net profit", 2930000000) in {(c["subject"], c["attribute"], c["value"]) for c in got}
    got = claims_of("Tessaly will compensate its investors at $1.10 or $1.50 per dollar invested.", primary="Tessaly")
    assert not [c for c in got if c["value"] in (1.1, 1.5)]


def test_a_french_elided_of_names_whose_shares_moved():
    got = claims_of("Les actions d'Intel ont bondi de 36% mercredi.", primary="Intel")
    assert ("Intel", "share price gain", 36) in {(c["subject"], c["attribute"], c["value"]) for c in got}


def test_up_to_after_a_rise_is_where_it_ended_and_analysts_expectations_are_estimates():
    got = claims_of("Orbitron publicó sus resultados. Los ingresos de Orbitron aumentaron un 93%, hasta US$7.750 millones. "
                    "De media, los analistas habían estimado unos ingresos de Orbitron de US$7.660 millones.", primary="Orbitron")
    values = {c["value"]: c.get("said_by") for c in got if "revenue" == c["attribute"]}
    assert values.get(7750000000, "missing") is None
    assert values.get(7660000000) == "analysts' estimate"
    got = claims_of("Intel reported on Tuesday. To give the results context, analysts' consensus estimates were calling for "
                    "revenue of $782 million, so Intel cleared the hurdle with ease.", primary="Intel")
    assert [c.get("said_by") for c in got if c["value"] == 782000000] == ["analysts' estimate"]


def test_a_deals_own_figures_and_a_count_of_another_company_are_not_the_subjects():
    got = claims_of("Orbitron intends to pay $35 per share in cash for Tessaly in a deal with a $6.4 billion enterprise value. "
                    "Tessaly would complement Vireo, which has added to Orbitron's revenue since the $34 billion acquisition in 2019.",
                    primary="Orbitron")
    assert not [c for c in got if c["value"] in (6400000000, 34000000000)]
    got = claims_of("Además, Orbitron sumaría los 4.400 clientes de Tessaly a su base actual.", primary="Orbitron")
    assert not [c for c in got if c["subject"] == "Orbitron" and c["value"] == 4400]
    got = claims_of("Orbitron anticipates the plan contributing €500 million to operating profit by 2025.", primary="Orbitron")
    assert not [c for c in got if c["value"] == 500000000 and c["attribute"] == "operating profit"]


def test_a_level_stated_of_a_named_company_is_that_companys():
    got = claims_of("Nvidia è il rivale. Nel terzo trimestre fiscale il fatturato di Orbitron è aumentato dell'82% raggiungendo "
                    "i 6,81 miliardi di dollari.", primary="NVIDIA")
    assert [(c["subject"], c["attribute"]) for c in got if c["value"] == 6810000000] == [("Orbitron", "revenue")]


def test_a_part_of_revenue_a_threshold_per_customer_and_a_subset_of_customers_are_no_totals():
    got = claims_of("Orbitron alcanzó 1.145 millones de dólares en ingresos totales, de los cuales 1.090 millones corresponden "
                    "a ingresos de producto. 654 clientes generaron más de 1 millón de dólares en ingresos de producto.",
                    primary="Orbitron")
    assert {c["value"] for c in got if c["attribute"] == "revenue"} == {1145000000}
    got = claims_of("Orbitron said it ended the quarter with 510 customers with trailing 12-month product revenue greater "
                    "than $1 million.", primary="Orbitron")
    assert not [c for c in got if c["value"] in (510, 1000000, ">1000000")]


def test_guidance_a_company_sees_and_analysts_who_expect_are_framed():
    got = claims_of("Intel sees third-quarter product revenue in the range of $850 million to $855 million.",
                    primary="Intel")
    assert got and all(c.get("said_by") == "forecast" for c in got)


def test_thresholds_estimates_and_guidance_stay_within_their_clause():
    def got(text, primary):
        return {(c["attribute"], c["value"], c.get("said_by")) for c in claims_of(text, primary=primary)}
    assert ("revenue", ">34000000000", None) in got(
        "Salesforce has 150,000 customers and reported annual revenue of over $34 billion.", "Salesforce")
    assert ("customers", 400000, None) in got("Oracle had 400,000 customers as of May 31.", "Oracle")
    assert ("users", 400000000, None) in got("ChatGPT has 400 million users that send more than 2.5 billion prompts a day.",
                                             "ChatGPT")
    assert ("revenue", 30000000000, None) in got("Nvidia beat expectations with revenue of $30 billion.", "NVIDIA")
    assert ("revenue", 30000000000, None) in got(
        "Analysts were looking for a slowdown, yet Nvidia's revenue hit $30 billion.", "NVIDIA")
    assert ("revenue", 14100000000, None) in got(
        "Oracle reported revenue of $14.1 billion and sees sales growth of 10% next year.", "Oracle")
    assert not [a for a in got("Nvidia posted a gross profit of $20 billion.", "NVIDIA") if a[0] == "net profit"]
    assert ("revenue", "~6000000000", None) in got("Oracle a réalisé un chiffre d'affaires de près de 6 milliards de dollars.",
                                                   "Oracle")
    assert not claims_of("Sources indicate the startup raised $500 million at a $5 billion valuation.")


def test_accounting_terms_and_currency_codes_are_no_subjects():
    for text in ("Non-GAAP operating profit rose to 38.6 billion yen in the quarter.",
                 "USD Umsatz von mehr als 200 Millionen Dollar über dem Konsens.",
                 "BPA ajusté de 3,25 dollars, net profit of $3.25 per share."):
        assert not [c for c in claims_of(text) if c["subject"].split()[0].lower() in ("non-gaap", "usd", "bpa")]


def test_a_forecast_word_in_a_relative_clause_after_the_value_and_a_business_units_figure():
    got = claims_of("L'action AMD a bondi de 25% lundi matin après un accord avec OpenAI, qui prévoit une prise de participation.",
                    primary="AMD")
    assert [c.get("said_by") for c in got if c["value"] == 25] == [None]
    got = claims_of("インターネットサービス事業は、売上高は同8.3%増の9796億円、営業利益は同8.7%増の515億円となった。", primary="Intel")
    assert not [c for c in got if c["value"] == 51500000000]


def test_a_figure_of_two_names_joined_by_and_is_neither_ones_unless_respectively():
    assert not claims_of("Agentforce y Data 360 suman casi 1.400 millones de dólares de ingresos anuales recurrentes.",
                         primary="Salesforce")
    got = claims_of("Apple and Meta were fined €500 million and €200 million respectively.", primary="Apple")
    assert {(c["subject"], c["value"]) for c in got} == {("Apple", 500000000), ("Meta", 200000000)}


def test_a_forecast_named_with_its_own_amount_does_not_make_the_result_a_forecast():
    got = claims_of("Orbitron posted an operating profit of 7.44 trillion won for the quarter, "
                    "exceeding analysts' average forecast of 6.59 trillion won.", primary="Orbitron")
    said = {c["value"]: c.get("said_by") for c in got if c["subject"] == "Orbitron"}
    assert 7440000000000 in said and said[7440000000000] is None


def test_an_estimate_nobody_is_named_for_is_an_estimate_not_the_analysts():
    got = claims_of("Orbitron is a startup.\n\nThe cost associated with the programme is estimated at €2 billion.",
                    primary="Orbitron")
    assert [c.get("said_by") for c in got if c["value"] == 2_000_000_000] == ["estimate"]


def test_a_korean_topic_that_is_another_name_keeps_its_figure_from_the_subject():
    got = claims_of("시장조사업체에 따르면 1분기 D램 시장에서 QX메모리는 매출액 기준 점유율 36%를 차지했다.", primary="Samsung")
    assert not [c for c in got if c["subject"] == "Samsung" and c["value"] == 36]


@pytest.mark.parametrize("text", [
    "Orbitron reported revenue of $124 billion in the last quarter of 2024.",
    "Orbitron reportó ingresos de 124.000 millones de dólares tan solo en el último trimestre de 2024.",
])
def test_the_last_quarter_of_a_named_year_is_its_fourth(text):
    assert ("Orbitron", "revenue", 124_000_000_000, "Q4 2024") in facts(text, primary="Orbitron")


@pytest.mark.parametrize("text", [
    "received an Orbitron stock package worth several hundred million dollars",
    "wird Orbitron voraussichtlich Einnahmen in Höhe von mehreren zehn Milliarden Dollar einbringen",
    "rapportera plusieurs centaines de millions de dollars",
])
def test_a_vague_multiplier_before_a_written_number_is_no_amount(text):
    assert list(V.find_money(text)) == []


def test_a_written_out_amount_in_another_language_is_grounded_in_its_quote():
    got = claims_of("Das Start-up Orbitron Labs hat in einer Finanzierungsrunde etwa zwei Milliarden US-Dollar eingesammelt.",
                    primary="Orbitron Labs")
    assert [(c["subject"], c["value"], c["unit"]) for c in got] == [("Orbitron Labs", "~2000000000", "USD")]


@pytest.mark.parametrize("text", [
    "Samsung a été condamné lundi à une amende de 150 millions d'euros par l'Autorité de la concurrence.",
    "La Autoridad de Competencia ha impuesto una multa de 150 millones de euros (162 millones de dólares) a Samsung por abuso.",
    "Lunedì l'Autorité de la Concurrence, l'autorità antitrust francese, ha multato Samsung per 150 milioni di euro.",
    "Wegen Missbrauchs haben die französischen Kartellwächter Samsung eine 150 Millionen Euro schwere Strafe aufgebrummt.",
])
def test_the_party_fined_is_the_verbs_object_or_follows_the_amount_in_other_languages(text):
    # (a company site_config knows: one other languages' pages name without a company noun)
    got = claims_of(text)
    assert ("Samsung", "fine", 150_000_000) in {(c["subject"], c["attribute"], c["value"]) for c in got}


def test_a_fine_on_a_names_developer_is_not_the_names():
    got = claims_of("The data protection authority has fined Orbitron's developer €5 million for privacy violations.")
    assert not [c for c in got if c["subject"] == "Orbitron" and c["attribute"] == "fine"]


def test_the_measure_a_value_is_of_outranks_one_read_after_it_and_a_forecast_beating_result_is_stated():
    got = claims_of("Orbitron posted a forecast-beating first-quarter operating profit of 7.44 trillion won ($5.2 billion), "
                    "driven by robust sales of its memory chips.", primary="Orbitron")
    assert [(c["attribute"], c.get("said_by")) for c in got if c["value"] == 7_440_000_000_000] == [("operating profit", None)]


def test_each_amount_takes_the_year_its_own_words_give():
    got = claims_of("Orbitron is a chipmaker.\n\nThe previous first-quarter record stood at 12.43 trillion won in revenue "
                    "in 2023 and 4.37 trillion won in operating profit in 2018.", primary="Orbitron")
    quals = {c["value"]: c.get("qualifier") for c in got}
    assert quals.get(12_430_000_000_000) == "Q1 2023"
    assert quals.get(4_370_000_000_000) in ("Q1 2018", "2018")


def test_a_results_sentence_without_a_name_speaks_of_the_pages_company_only():
    text = ("Orbitron reported its first-quarter results on Thursday.\n\n"
            "First-quarter revenue came in at $17.64 billion, while net income rose to $8.11 billion.")
    assert ("Orbitron", "net profit", 8_110_000_000) in {(c["subject"], c["attribute"], c["value"]) for c in claims_of(text, primary="Orbitron")}
    text = ("Orbitron agreed to buy Kestrel Labs on Monday. Kestrel Labs makes sensors.\n\n"
            "Net income rose to $8.11 billion.")
    assert not [c for c in claims_of(text, primary="Orbitron") if c["attribute"] == "net profit"]


@pytest.mark.parametrize("text", [
    "Its investment business logged a loss of 559.3 billion yen, smaller than 835 billion yen in the previous year.",
    "Due to the yen's depreciation, Orbitron incurred 703.1 billion yen in foreign exchange losses.",
])
def test_a_loss_with_no_market_in_its_sentence_is_no_market_value_loss(text):
    got = claims_of("Orbitron reported results.\n\n" + text, primary="Orbitron")
    assert not [c for c in got if c["attribute"] == "market value loss"]


def test_money_lost_on_the_market_is_a_market_value_loss():
    got = claims_of("Orbitron lost 1.2 trillion yen in market value on Monday as its shares fell 9%.", primary="Orbitron")
    assert ("Orbitron", "market value loss", 1_200_000_000_000) in {(c["subject"], c["attribute"], c["value"]) for c in got}


@pytest.mark.parametrize("text", [
    "Kestrel Capital is leading a €600 million funding round, the Financial Times wrote on Tuesday.",
    "Die Beteiligungsfirma Kestrel Capital führe eine 600 Millionen Euro schwere Finanzierungsrunde an.",
])
def test_the_investor_leading_a_round_is_not_the_one_raising_it(text):
    got = claims_of("Orbitron is a startup. Kestrel Capital is an investment firm.\n\n" + text, primary="Orbitron")
    assert not [c for c in got if c["subject"] == "Kestrel Capital" and c["attribute"] == "funding"]


def test_a_deal_valued_at_an_amount_is_the_deals_value_and_a_fine_against_a_party_is_its():
    got = claims_of("Cisco has agreed to purchase cybersecurity specialist Splunk as part of a deal valued at approximately $28 billion.")
    # (the deal is the purchase the sentence states: its value is the price of the company bought)
    assert [(c["subject"], c["attribute"], c["qualifier"]) for c in got if c["value"] == "~28000000000"] == \
        [("Splunk", "deal price", "by Cisco")]
    got = claims_of("Die Europäische Kommission hat am Montag gegen Samsung eine Geldstrafe von 1,8 Milliarden Euro verhängt.")
    assert ("Samsung", "fine", 1_800_000_000) in {(c["subject"], c["attribute"], c["value"]) for c in got}
    got = claims_of("L'Antitrust Ue ha deciso una multa record da 1,8 miliardi di euro ad Samsung per violazioni.")
    assert ("Samsung", "fine", 1_800_000_000) in {(c["subject"], c["attribute"], c["value"]) for c in got}


def test_german_compound_nouns_are_no_names_and_a_names_compound_is_the_name():
    got = claims_of("Orbitron meldete Zahlen.\n\nDie Investmenteinheit Vision Fund verbuchte einen Verlust von 57,5 Milliarden Yen. "
                    "Der Nettogewinn auf Konzernebene steht einem Verlust von 32 Milliarden Yen gegenüber. "
                    "Kestrel-Titel stiegen dagegen um rund 21 Prozent auf 144,43 Dollar.", primary="Orbitron")
    subjects = {c["subject"] for c in got}
    assert not {"Investmenteinheit Vision Fund", "Konzernebene", "Kestrel-Titel"} & subjects
    assert ("Vision Fund", "net loss", 57_500_000_000) in {(c["subject"], c["attribute"], c["value"]) for c in got}
    assert ("Kestrel", "share price gain") in {(c["subject"], c["attribute"]) for c in got}


def test_a_fine_of_an_amount_is_not_the_revenue_named_after_it_and_a_long_company_description_refers_back():
    got = claims_of("Samsung muss zahlen.\n\nDie EU-Kommission hält die hohe Busse von 1,8 Milliarden Euro angesichts der "
                    "weltweiten Umsätze von Samsung für gerechtfertigt.")
    assert not [c for c in got if c["attribute"] == "revenue"]
    assert ("Orbitron Group", "net loss", 227_600_000_000, "year to 2024-03") in facts(
        "Orbitron Group said Monday that it was in the red for the third straight year.\n\n"
        "For the year ended in March, the Japanese telecommunications and investment company reported a "
        "consolidated net loss of 227.6 billion yen.", primary="Orbitron Group", date=dt.date(2024, 5, 14))


def test_a_hyphenated_magnitude_is_the_amount():
    assert [(g[2], g[3]) for g in V.find_money("valued at $4.5 billion in a $235-million funding round")] == \
        [(4_500_000_000, "USD"), (235_000_000, "USD")]


def test_the_party_fined_after_the_amount_and_a_name_in_an_aside_with_its_own_figure():
    got = claims_of("I Paesi Bassi hanno multato per 290 milioni di euro la società di mobilità Samsung per la privacy.")
    assert ("Samsung", "fine", 290_000_000) in {(c["subject"], c["attribute"], c["value"]) for c in got}
    got = claims_of("Samsung et Orbitron.\n\nLes sociétés de l'IA générative ont déjà levé plus de 14 milliards de dollars "
                    "(dont 10 milliards, il est vrai, uniquement pour Samsung).")
    assert not [c for c in got if c["subject"] == "Samsung" and c["value"] == ">14000000000"]


def test_a_combined_figure_is_no_ones_and_this_startup_is_the_one_just_named():
    got = claims_of("Samsung rachète Orbitron.\n\nSamsung estime à 1,9 milliard de dollars les revenus combinés des deux entités en 2024.")
    assert not [c for c in got if c["value"] == 1_900_000_000]
    got = claims_of("Samsung domine le marché.\n\nLa nouvelle pépite s'appelle Orbitron Labs (un nom choisi au hasard). "
                    "Voici quelques jours, cette start-up a fait les gros titres avec une levée de fonds de 235 millions de dollars.",
                    primary="Samsung")
    assert [c["subject"] for c in got if c["value"] == 235_000_000] == ["Orbitron Labs"]


def test_a_figure_in_a_clause_dated_by_the_one_before_it_stays_out_without_its_time():
    got = claims_of("Orbitron reported results.\n\nThe figures trail the company's record performance in the fourth quarter "
                    "of last year — when it reported revenue of 19.77 trillion won — but mark a first-quarter high.",
                    primary="Orbitron")
    assert not [c for c in got if c["value"] == 19_770_000_000_000]


def test_the_company_in_a_chinese_results_sentence_is_the_pages():
    got = claims_of("阿里巴巴发布财报。\n\n公司第二季度营收为2477.95亿元人民币。", primary="Alibaba")
    assert ("Alibaba", "revenue", 247_795_000_000) in {(c["subject"], c["attribute"], c["value"]) for c in got}


def test_an_iso_code_before_the_number_is_the_currency_and_no_name():
    assert [(v, u) for _, _, v, u in V.find_money("sales of RMB48.3 billion; it costs CHF 519; a loss of EUR 2.1bn")] == [
        (48_300_000_000, "CNY"), (519, "CHF"), (2_100_000_000, "EUR")]
    assert not list(V.find_money("EUR 2024 figures and TEUR 300"))
    got = claims_of("Orbitron reported second-quarter revenue of RMB48.3 billion, up 9% year-on-year.", primary="Orbitron")
    assert ("Orbitron", "revenue", 48_300_000_000) in {(c["subject"], c["attribute"], c["value"]) for c in got}


def test_an_adjusted_figure_and_the_reported_one_are_told_apart():
    got = facts("Orbitron's net profit rose 12% on a non-GAAP basis to $4.1 billion and 9% on a GAAP basis to $3.6 billion.",
                primary="Orbitron")
    assert ("Orbitron", "net profit", 4_100_000_000, "adjusted") in got
    assert not [f for f in got if f[2] == 3_600_000_000 and f[3] == "adjusted"]
    got = facts("Analysts expected revenue of $910 million and adjusted EPS of $0.21.", primary="Orbitron")
    assert not [f for f in got if f[2] == 910_000_000 and f[3] == "adjusted"]


def test_a_part_named_by_an_ing_noun_is_not_the_whole_but_a_verb_is():
    got = facts("Orbitron posted results.\n\nAdvertising revenue grew 14% year-on-year to $3.3 billion.", primary="Orbitron")
    assert ("Orbitron", "advertising revenue", 3_300_000_000, None) in got
    got = facts("Orbitron delivered a strong quarter, posting revenue of $9.4 billion.", primary="Orbitron")
    assert ("Orbitron", "revenue", 9_400_000_000, None) in got


def test_a_name_in_a_bare_noun_apposition_describes_the_subject():
    got = claims_of("Le réseau social Kestrelink, propriété du groupe américain Orbitron, a écopé d'une amende de 90 millions d'euros.")
    assert [c["subject"] for c in got if c["value"] == 90_000_000] == ["Kestrelink"]


def test_a_combined_price_and_the_start_of_a_change_keep_their_owners_and_times():
    got = claims_of("Orbitron acquired the Finnish startups Kestrel and Osprey for a combined $1.2 billion.")
    assert not [c for c in got if c["value"] == 1_200_000_000]
    got = facts("Kestrel has grown from a $400 million valuation in March 2024 to $2.1 billion today.", primary="Kestrel")
    assert not [f for f in got if f[2] == 2_100_000_000 and f[3] == "2024-03"]
    got = facts("Kestrel raised a Series B of $300 million, a tenfold increase from its $2.6 billion Series A valuation.",
                primary="Kestrel")
    assert not [f for f in got if f[1] == "funding" and f[2] == 2_600_000_000]


@pytest.mark.parametrize("text", [
    "Los reguladores impusieron el jueves una multa de 90 millones de euros (97 millones de dólares) a Kestrelink por infringir las normas.",
    "L'autorità per la protezione dei dati ha inflitto a Kestrelink una multa di 90 milioni di euro per violazione del GDPR.",
])
def test_the_party_a_fine_is_imposed_on_and_a_cause_that_is_no_rate(text):
    assert [(c["subject"], c["value"]) for c in claims_of(text) if c["attribute"] == "fine"] == [("Kestrelink", 90_000_000)]


def test_an_amount_before_the_purchase_noun_is_the_price_of_the_company_after_it():
    got = facts("Analysts met ahead of the completion of Orbitron's $12 billion acquisition of Kestrel, expected in May.")
    assert ("Kestrel", "deal price", 12_000_000_000, "by Orbitron") in got


def test_a_sum_restated_in_another_currency_keeps_the_year_after_it():
    got = facts("Es la tercera multa a Kestrelink, con sanciones anteriores de 400.000 euros (Unos 450.000 dólares) en 2019.")
    assert ("Kestrelink", "fine", 400_000, "2019") in got


def test_a_non_gaap_label_opening_a_sentence_is_no_subject():
    got = claims_of("Orbitron beat forecasts.\n\nNon-IFRS operating profit rose 18%, ahead of estimates.", primary="Orbitron")
    assert not [c for c in got if c["subject"].lower().startswith("non")]


def test_who_forecasts_a_figure_and_a_hyphenated_adjective_are_no_subjects():
    got = claims_of("Orbitron beat forecasts.\n\nWall Street had forecast lower quarterly revenue of $146.6 million.", primary="Orbitron")
    assert not [c for c in got if c["subject"] == "Wall Street"]
    got = claims_of("Companies could be fined up to €35 million for failing to label AI-generated content correctly.")
    assert not [c for c in got if c["subject"].startswith("AI-")]


def test_a_span_of_months_is_no_one_month():
    got = facts("Kestrel posted operating income of 1.3 billion yen from January to September, its first profit.", primary="Kestrel")
    assert ("Kestrel", "operating profit", 1_300_000_000, "9M") in got   # nine months, not September


def test_a_price_shares_fell_to_and_a_loss_a_profit_is_compared_with():
    got = facts("Kestrel reported results.\n\nKestrel shares fell 4.3% to $104.00 in post-market trading.")
    assert ("Kestrel", "share price", 104, "after hours") in got and not [f for f in got if f[1] == "market value"]
    got = facts("Kestrel reported results.\n\nKestrel logged a third-quarter net profit of $1.8 million, or 2 cents a share, "
                "compared with a loss of $4.4 million, or 5 cents a share, for the same period a year earlier.")
    assert ("Kestrel", "net profit", 1_800_000, "Q3") in got and ("Kestrel", "net loss", 4_400_000, "a year earlier") in got


def test_a_change_restated_as_money_and_a_class_fined_give_no_level():
    got = facts("The deal would help Orbitron add growth of about 8% to its cloud revenue, or 600 million euros.")
    assert not [f for f in got if f[2] == 600_000_000]
    got = claims_of("The cabinet approved a draft law that could see companies fined up to €35 million for unlabelled content.")
    assert not [c for c in got if c["attribute"] == "fine"]


def test_results_sentences_right_after_a_quarter_are_of_that_quarter_unless_they_name_another_period():
    text = ("Kestrel logged a third-quarter net profit of $1.8 million.\n\n"
            "Kestrel's revenue rose to $151.5 million from $134 million a year ago.\n\n"
            "The company expects revenue of $160 million next quarter.\n\n"
            "Revenue for the full year reached $600 million.")
    got = facts(text, primary="Kestrel")
    assert ("Kestrel", "revenue", 151_500_000, "Q3") in got
    assert not [f for f in got if f[2] in (160_000_000, 600_000_000) and f[3] == "Q3"]
    got = facts("Kestrel's revenue grew 12.9% from $15.9 billion in Q3 FY2025.\n\nKestrel's cloud revenue was $11.1 billion, up 35%.",
                primary="Kestrel")
    assert not [f for f in got if f[2] == 11_100_000_000 and f[3]]


def test_a_fiscal_year_written_after_the_quarter_is_read_whole():
    got = facts("Kestrel fait état pour le premier trimestre de l'exercice fiscal 2026 d'un chiffre d'affaires de 14,9 milliards de dollars.",
                primary="Kestrel")
    assert not [f for f in got if f[3] and "FY2020" in f[3]]


def test_a_quarter_after_german_adjectives_a_capitals_lede_and_where_founders_worked():
    got = claims_of("Kestrel hob die Prognose an.\n\nIm abgelaufenen zweiten Quartal steigerte das Unternehmen seinen Umsatz "
                    "zum Vorquartal um vier Prozent auf knapp 3,3 Milliarden Euro.", primary="Kestrel")
    assert not [c for c in got if c["subject"] == "Quartal"]
    got = facts("ORBITRON WILL acquire assets from Kestrel, the maker of a wearable pin, for US$116 million.")
    assert not [f for f in got if "WILL" in (f[3] or "") or "WILL" in f[0]]
    got = facts("Kestrel rejoint Orbitron.\n\nLa société fondée en 2018 par deux anciens ingénieurs chez Orbitron emploie 200 personnes.",
                primary="Orbitron")
    assert not [f for f in got if f[1] == "founded" and f[0] == "Orbitron"]


def test_a_speaker_after_an_aside_is_the_one_who_tells_not_the_outlet_told():
    got = claims_of("Kestrel raises money.\n\nKestrel is targeting funding of up to $200 million, Jane Roe, chief financial "
                    "officer of the startup, told CNBC on Tuesday.")
    assert [c.get("said_by") for c in got if c["attribute"] == "funding target"] == ["Jane Roe"]
    got = claims_of("Kestrel raises money.\n\nSince its founding in 2020, Kestrel has raised $220 million, Roe added.")
    assert [(c.get("said_by"), c.get("qualifier")) for c in got if c["attribute"] == "funding"] == [("Roe", "to date")]
    got = claims_of("Orbitron, the chipmaker, said revenue rose to $5 billion.")
    assert not [c for c in got if "said" in c["attribute"]]


def test_a_round_sought_is_a_funding_target():
    got = facts("Kestrel raises money.\n\nKestrel is targeting funding of up to $200 million ahead of a listing.")
    assert [f[1] for f in got if f[2] == "<=200000000"] == ["funding target"]


def test_a_german_compound_measure_an_ordinal_quarter_and_a_noun_after_a_demonstrative():
    got = facts("Im 3. Quartal des Geschäftsjahres 2026 erzielte Kestrel einen Rekordumsatz von 27,0 Mrd. USD.", primary="Kestrel")
    assert ("Kestrel", "revenue", 27_000_000_000, "Q3 FY2026") in got
    got = claims_of("Kestrel senkt die Prognose.\n\nDer Mittelwert dieser Prognose entspricht einem Jahresumsatz von etwa "
                    "13,27 Mrd. Dollar für das Jahr 2024.", primary="Kestrel")
    assert not [c for c in got if c["subject"] in ("Prognose", "Mittelwert")]
    got = claims_of("Kestrel meldet Zahlen.\n\nHier brach der operative Gewinn im Jahresvergleich um 93,8 Prozent ein.", primary="Kestrel")
    assert not [c for c in got if c["subject"] == "Gewinn"]


def test_a_bound_with_an_article_and_who_imposes_a_fine_is_not_fined():
    got = facts("Kestrel sube.\n\nLas acciones de Kestrel subieron más de un 22% en Londres.")
    assert ("Kestrel", "share price gain", ">22", None) in got
    got = claims_of("La autoridad Orbitron ha multado.\n\nLa CNIL a infligé une amende de 40 millions d'euros pour des violations "
                    "au groupe français de publicité sur Internet Kestrel.")
    assert not [c for c in got if c["subject"] == "CNIL"]
    got = claims_of("The regulator's preliminary decision found Kestrel in breach of GDPR and imposed a €60 million fine.")
    assert not [c for c in got if c["subject"] == "GDPR"]


def test_a_product_has_no_share_price_and_a_gain_in_efficiency_is_not_one():
    for text in ("O Zenfone 12 oferece um impressionante aumento de 40% na eficiência de energia.",
                 "El Zenfone 12 ofrece un aumento del 40% en la eficiencia energética."):
        assert not [c for c in claims_of(text, primary="Zenfone 12") if "share price" in c["attribute"]]


def test_an_ordinal_is_no_according_to_and_a_bound_written_as_an_adjective():
    got = claims_of("La startup Velvo se convirtió en el segundo unicornio de España tras una ronda que la llevó a "
                    "alcanzar una valoración de 1.000 millones de dólares.", primary="Velvo")
    assert [(c["subject"], c["value"], c.get("said_by")) for c in got if c["attribute"] == "valuation"] == [("Velvo", 1000000000, None)]
    assert [v[2] for v in V.find_money("una valoración superior a los 1.000 millones de dólares")] == [">1000000000"]


def test_a_time_after_the_value_in_a_clause_of_another_event_is_not_its_time():
    got = claims_of("Velvo raised $285 million after closing last year a Series C.", primary="Velvo")
    assert [(c["attribute"], c["value"], c.get("qualifier")) for c in got] == [("funding", 285000000, None)]


def test_a_round_planned_is_a_funding_target_in_other_languages():
    got = claims_of("La startup española Velvo está a punto de cerrar una nueva ronda de inversión en la que planea captar "
                    "más de 200 millones de dólares.", primary="Velvo")
    assert {(c["attribute"], c["value"]) for c in got} == {("funding target", ">200000000")}


def test_a_count_with_a_dot_before_three_digits_is_whole():
    got = claims_of("Fondé en 1996, Quintaro compte désormais 64.000 salariés dans 64 centres.", primary="Quintaro")
    assert [c["value"] for c in got if c["attribute"] == "employees"] == [64000]


def test_premarket_in_other_languages_and_a_demonstrative_is_no_name():
    got = claims_of("En las operaciones previas a la apertura del mercado, las acciones de Intel se dispararon un 30%.")
    assert [(c["subject"], c.get("qualifier")) for c in got] == [("Intel", "premarket")]
    got = claims_of("Esta contraprestación supone una prima del 19% sobre el precio de cierre.")
    assert not [c for c in got if c["subject"] == "Esta"]


def test_the_company_after_a_sentence_led_by_another_name_or_after_a_list_of_investors():
    text = ("Según Siemens, la compra añade las capacidades de Altair en simulación. "
            "La compañía espera que la transacción aumente sus ingresos en más de 500 millones de dólares anuales.")
    assert not [c for c in claims_of(text, primary="Altair") if c["subject"] == "Altair"]
    text = ("La esperanza europea, Aleph Alpha, puede haber recaudado cerca de 500 millones de euros esta semana. "
            "Una alianza de inversores, entre ellos el grupo Schwarz, inyectó esta semana 467 millones de euros a la empresa. "
            "Antes de la inyección, la empresa de 60 empleados fundada en 2019 solo contaba con 28 millones de euros.")
    assert [c["subject"] for c in claims_of(text, primary="Aleph Alpha") if c["attribute"] == "founded"] == ["Aleph Alpha"]


def test_a_percent_a_change_verb_governs_is_not_a_market_share():
    got = claims_of("La división de ordenadores personales creció un 18% interanual, alcanzando una cuota de mercado "
                    "global del 24,6%.", primary="Lenovo")
    assert [c["value"] for c in got if c["attribute"] == "market share"] == [24.6]


def test_respectively_pairs_names_and_values_in_order_or_gives_none():
    assert facts("Two higher trims, the Zeta Pro and Zeta Pro Max, cost CNY 279,900 and CNY 329,900, respectively.") == {
        ("Zeta Pro", "cost", 279900, None), ("Zeta Pro Max", "cost", 329900, None)}
    got = facts("Les versions Llama 3 8B et Llama 3 70B compteront respectivement 8 milliards et 70 milliards de paramètres.")
    assert {(s, v) for s, a, v, q in got if a == "parameters"} == {("Llama 3 8B", 8000000000), ("Llama 3 70B", 70000000000)}
    # one value read where two were stated: whose it is cannot be said
    assert not claims_of("The Zephyr Mini and Zephyr Max cost $10 and $20 per month, respectively.")


def test_a_modifier_and_an_iso_code_are_no_subjects():
    got = claims_of("The rush sent the company's Hong Kong-listed shares up as much as 8 percent, lifting its market value "
                    "to nearly US$195 billion.", primary="Quintaro")
    assert not [c for c in got if c["subject"] in ("Hong Kong-listed", "Hong Kong")]
    assert not [c for c in claims_of("The Zeta Pro costs CNY 279,900.") if c["subject"] == "CNY"]


def test_a_price_offered_for_shares_is_not_the_bidder_share_price():
    got = claims_of("Prosus ha fatto un'offerta in contanti, valutando le sue azioni a 20,30 euro, con un premio del 22 per cento.")
    assert not [c for c in got if c["attribute"] == "share price"]


def test_an_approximation_with_an_article_and_a_german_noun_that_spells_an_english_verb():
    got = claims_of("Dalla fine della pandemia le azioni di Just Eat avevano perso circa l'88 per cento.")
    assert [(c["subject"], c["attribute"], c["value"]) for c in got] == [("Just Eat", "share price drop", "~88")]
    got = claims_of("Für das dritte Quartal erwartet das Unternehmen einen Umsatz von 31,8 bis 33 Milliarden US-Dollar, "
                    "was in jedem Fall mehr wäre als erwartet.", primary="TSMC")
    assert {c["attribute"] for c in got} == {"revenue"}
    got = claims_of("Die Investmenteinheit Vision Fund verbuchte einen Verlust von 57,5 Milliarden Yen.")
    assert [(c["attribute"], c["value"]) for c in got] == [("net loss", 57500000000)]


def test_an_active_founding_verb_founded_its_object():
    assert facts("O empresário Jane Roe fundou a Quintaro em 2020.") == {("Quintaro", "founded", "2020", None)}
    assert not claims_of("Carl Pei founded Nothing in 2020 after leaving OnePlus.")
    assert facts("Quintaro was founded in 2020 by Jane Roe.") == {("Quintaro", "founded", "2020", None)}


def _lab_dicts(text: str, lab: str) -> list[dict]:
    from digest.extract.propernames import discover
    units = [Unit("sentence", s, s) for s in split_sentences(text)]
    found = discover([u.text for u in units], K)
    found[lab] = (lab, "lab")
    return extract_claims(units, K, dt.date(2025, 3, 10), lab, set(), names=found)


def _lab_claims(text: str, lab: str) -> set[tuple]:
    return {(c["subject"], c["attribute"], c["value"], c.get("qualifier")) for c in _lab_dicts(text, lab)}


def test_results_sentences_of_other_languages_that_open_with_an_article_are_the_page_company():
    got = _lab_claims("Quintaro a publié ses résultats mardi. Le chiffre d'affaires du quatrième trimestre 2024 s'établit à "
                      "4,24 milliards d'euros. Le bénéfice opérationnel atteint 477 millions d'euros.", "Quintaro")
    assert ("Quintaro", "revenue", 4240000000, "Q4 2024") in got
    assert ("Quintaro", "operating profit", 477000000, "Q4 2024") in got
    got = _lab_claims("Quintaro hat Zahlen vorgelegt. Der Nettogewinn belief sich auf 1,14 Milliarden Euro.", "Quintaro")
    assert {(s, a, v) for s, a, v, q in got} == {("Quintaro", "net profit", 1140000000)}
    got = _lab_claims("A Quintaro apresentou resultados. No quarto trimestre, a Quintaro conseguiu um lucro líquido de "
                      "367 milhões de euros.", "Quintaro")
    assert ("Quintaro", "net profit", 367000000, "Q4") in got


def test_an_ipo_price_is_no_valuation_and_a_valuation_given_to_another_name_is_theirs():
    got = _lab_claims("Quintaro listed on Monday. The company's shares first changed hands at HK$235.40, up from the initial public "
                      "offering price of HK$165, valuing it at HK$72.8 billion.", "Quintaro")
    assert {(a, v) for s, a, v, q in got if a == "valuation"} == {("valuation", 72800000000)}
    got = _lab_claims("Quintaro compró la red. La transacción da a su vez una valoración a Velvo en 33.000 millones de dólares.",
                      "Quintaro")
    assert not [c for c in got if c[1] == "valuation"]


def test_a_regulator_in_brackets_and_a_german_contracted_preposition_are_not_the_subject():
    got = _lab_claims("In August 2025, Italy's competition authority (AGCM) fined the company €1 million for misleading claims.",
                      "Quintaro")
    assert not [c for c in got if c[0] == "AGCM"]
    got = _lab_claims("Quintaro legte Zahlen vor. Beim Umsatz peilt der Konzern jetzt 12,4 Billionen Yen an.", "Quintaro")
    assert not [c for c in got if c[0].startswith("Beim")]
    assert {(s, a, q) for s, a, v, q in got} <= {("Quintaro", "revenue", None)}


def test_forecast_nouns_and_rumblings_frame_a_figure():
    got = _lab_dicts("Quintaro publicó resultados. El pronóstico de ventas totales anuales de Quintaro actualmente es de "
                     "12,4 billones de yenes.", "Quintaro")
    assert [(c["attribute"], c["value"], c.get("said_by")) for c in got] == [("revenue", 12400000000000, "forecast")]
    got = claims_of("Anthropic confirmed the round, following early January rumblings of a $2 billion round at a $60 billion valuation.")
    assert not [c.get("said_by") for c in claims_of("Despite rumors of a sale, Nvidia reported revenue of $35.1 billion.")
                if c.get("said_by")]
    assert not [c for c in claims_of("Los ingresos de Inditex alcanzaron 8.500 millones de euros, por encima de la previsión "
                                     "de los analistas.") if c.get("said_by") == "forecast"]
    assert [c.get("said_by") for c in got if c["attribute"] == "valuation"] == ["unnamed reports"]
    got = claims_of("Le site affirmait que Mistral AI cherchait à lever 300 millions de dollars.")
    assert [c["attribute"] for c in got if str(c["value"]) == "300000000"] == ["funding target"]


def test_a_cjk_bound_a_member_after_of_which_and_a_suffix_alone():
    got = claims_of("首日交易中,MiniMax股价表现强劲,市值一举突破1000亿港元大关。")
    assert [(c["subject"], c["value"]) for c in got if c["attribute"] == "market value"] == [("MiniMax", ">100000000000")]
    got = claims_of("阿里、腾讯及IDG等早期持股方的资产价值已实现翻倍,其中阿里的持股市值一度突破100亿港元。")
    assert not [c for c in got if c["subject"] == "IDG"]
    got = claims_of("LIMITED nämlich am 01.09.2025 zu einem Bußgeld von 150 Millionen Euro verurteilt.")
    assert not [c for c in got if c["subject"] == "LIMITED"]


def test_a_product_referent_before_the_value_keeps_the_maker_out():
    got = _lab_claims("OpenAI shipped an update. The tool now has over 500 million weekly users.", "OpenAI")
    assert not [c for c in got if c[1] == "users" and c[0] == "OpenAI"]
    got = _lab_claims("Mistral AI is a French startup. The startup raised $100 million to expand the platform.", "Mistral AI")
    assert ("Mistral AI", "funding", 100000000, None) in got


def test_a_quarter_named_in_the_clause_that_reports_the_figure_is_not_its_time():
    got = _lab_dicts("Quintaro legte Zahlen vor. So dürfte der Umsatz mit geschätzten 13,27 Milliarden US-Dollar am unteren Ende "
                     "der Spanne herauskommen, teilte das Unternehmen bei der Vorlage der Zahlen zum dritten Quartal mit.", "Quintaro")
    assert [(c["attribute"], c.get("qualifier"), c.get("said_by")) for c in got] == [("revenue", None, "forecast")]


def test_the_one_overtaken_or_missed_is_not_the_subject():
    got = _lab_claims("Velvo grew fast. It has reportedly overtaken Brazil's Nubank to become the most valuable neobank, "
                      "with a $75 billion valuation.", "Velvo")
    assert not [c for c in got if c[0] == "Nubank"]
    got = _lab_claims("Quintaro reported earnings of $11.03 per share, which missed the Zacks Consensus Estimate by 6.29% and "
                      "declined 12.53% year over year.", "Quintaro")
    assert not [c for c in got if c[0].startswith("Zacks")]


def test_a_person_has_no_share_price_and_a_country_posts_no_figure():
    got = _lab_dicts("Elon Musk presentó el Cybercab. La presentación careció de detalles, lo que generó incertidumbre, "
                     "provocando una caída del 6.9% en las acciones de la compañía.", "Tesla")
    assert not [c for c in got if c["subject"] == "Elon Musk"]
    got = _lab_claims("Quintaro grew GMV, while Argentina posted foreign exchange-neutral GMV growth of 42% year over year.",
                      "Quintaro")
    assert not [c for c in got if c[0] == "Argentina"]


def test_a_price_a_share_trades_at_and_a_first_move_later_undone():
    got = _lab_claims("Quintaro bought a rival. Quintaro's share price initially fell by 4.9 per cent, later recovering to "
                      "trade down 0.5 per cent at 2,589 yen.", "Quintaro")
    assert ("Quintaro", "share price drop", 4.9, "initially") in got
    assert ("Quintaro", "share price", 2589, None) in got
    assert not [c for c in got if c[1].startswith("market value")]


def test_labels_currencies_adverbs_and_a_known_name_s_continuation_are_no_names():
    got = _lab_claims("Quintaro grew. Fintech Monthly Active Users rose 27.3% year over year to 77.9 million.", "Quintaro")
    assert not [c for c in got if "Users" in c[0] or "Fintech" in c[0]]
    got = _lab_claims("Actuellement, 65 millions de clients dans 38 pays utilisent Quintaro.", "Quintaro")
    assert not [c for c in got if c[0] == "Actuellement"]
    got = _lab_claims("Der Kaufpreis entspricht 887,9 Mrd Yen beim Wechselkurs von 97 Yen zum A$.", "Quintaro")
    assert not [c for c in got if c[0] in ("Yen", "Mrd Yen")]
    got = claims_of("En charge des entrepôts du groupe Amazon en France, la société Amazon France Logistique a été sanctionnée "
                    "d'une amende de 32 millions d'euros par la Cnil.")
    assert [c["subject"] for c in got if c["attribute"] == "fine"] == ["Amazon"]


def test_a_share_sale_that_values_the_company_gives_no_share_price():
    got = _lab_claims("Quintaro a finalisé une vente d'actions secondaires qui valorise l'entreprise à 75 milliards de dollars.",
                      "Quintaro")
    assert ("Quintaro", "valuation", 75000000000, None) in got
    assert not [c for c in got if c[1] == "share price"]


def test_rules_stay_inside_their_clause_and_their_words():
    # an unpaired "respectively" leaves the other clause alone
    got = facts("Broadcom shares fell 17% on Friday, and Marvell and Micron dropped 8% and 5%, respectively.")
    assert ("Broadcom", "share price drop", 17, None) in {(s, a, v, q) for s, a, v, q in got}
    # a word of beating or missing in another clause does not make the next name an object
    got = facts("Demand beat supply, so OpenAI raised $6.6 billion at a $157 billion valuation.")
    assert ("OpenAI", "valuation", 157000000000, None) in got
    # the values "respectively" of another attribute are not paired with this one
    got = facts("OpenAI and Anthropic are valued at $157 billion and $61.5 billion respectively, and Mistral AI raised "
                "€600 million.")
    assert not [f for f in got if f[1] == "funding" and f[0] in ("OpenAI", "Anthropic")]
    # "after higher sales" is no event of its own
    got = facts("Nvidia's revenue rose to $35.1 billion after higher data-centre sales in the third quarter.")
    assert [q for s, a, v, q in got if v == 35100000000] == ["Q3"]
    # a month after "founded" is its date
    got = facts("Mistral AI, founded April 2023 by former Meta researchers, raised €600 million.")
    assert ("Mistral AI", "founded", "2023-04", None) in got
    # a market share that grew is a change
    assert not [f for f in facts("Nvidia's market share grew 5% in the quarter.") if f[1] == "market share"]


def test_names_that_look_like_stop_words_currencies_or_verbs_stay_names():
    from digest.extract.propernames import discover
    assert not [c for c in claims_of("Dollar Tree shares fell 5% to $70 on Tuesday.") if c["subject"] == "Tree"]
    found = discover(["Emmanuel Macron a reçu les dirigeants du secteur à l'Élysée.",
                      "Ayer la empresa contrató Lucía Gómez como directora."], K)
    assert "Emmanuel Macron" not in found or found["Emmanuel Macron"][1] != "lab"
    assert "Lucía Gómez" not in found or found["Lucía Gómez"][1] != "lab"
    got = claims_of("ESA signed a €300 million contract with Airbus.")
    assert not [c for c in got if c["subject"] == "SA"]


# 5. results, job cuts and market prices stated the way other languages and the business press state them
def test_a_profit_reported_with_a_results_verb_in_any_language_is_net_profit():
    got = facts("El Banco Meridional obtuvo un beneficio de 812 millones de euros en el primer semestre.")
    assert ("Banco Meridional", "net profit", 812000000) in {f[:3] for f in got}
    got = facts("Der Zulieferer Kestner erzielte einen Gewinn von 1,2 Milliarden Euro.")
    assert ("Kestner", "net profit", 1200000000) in {f[:3] for f in got}
    # earnings per share are no profit
    got = facts("Banco Meridional ha obtenido un beneficio por acción de 0,42 euros.")
    assert not [f for f in got if f[1] in ("profit", "net profit")]


def test_job_cuts_counted_before_or_after_their_verb():
    assert ("Orbis Freight", "job cuts", 1200) in {f[:3] for f in facts("Orbis Freight Inc said it will eliminate 1,200 jobs by 2027.")}
    got = facts("Der Zulieferer Kestner will bis 2028 rund 2.400 weitere Stellen streichen.")
    assert ("Kestner", "job cuts", "~2400") in {f[:3] for f in got}
    got = facts("Le groupe Valdane a annoncé la suppression de 800 postes en France.")
    assert ("Valdane", "job cuts", 800) in {f[:3] for f in got}
    # jobs with no word of what happens to them count nothing; "more employees" are no head count
    assert not facts("Orbis Freight Inc posted 1,200 jobs on its careers site.")
    assert not facts("Orbis Freight Inc hired 200 more employees last year.")


def test_an_opening_adverb_is_no_subject_and_a_trading_price_is_no_offer_price():
    got = claims_of("Orbis Freight Inc went public on Thursday. Initially priced at $21 in the IPO, the company's shares began "
                    "trading at $30 before jumping to $34.")
    assert not [c for c in got if c["subject"] == "Initially"]
    assert not [c for c in got if c["attribute"] == "IPO price" and c["value"] in (30, 34)]


def test_the_base_a_change_starts_from_is_no_figure_of_the_period():
    got = facts("Orbis Freight Inc posted a first-quarter net loss of $2.3 billion, sliding from the net income of "
                "$1.1 billion it reported a year earlier.")
    assert ("Orbis Freight", "net loss", 2300000000) in {f[:3] for f in got}
    assert not [f for f in got if f[2] == 1100000000]


def test_a_long_sentence_is_quoted_by_the_clauses_that_hold_its_claim():
    text = ("After a year in which the whole sector struggled with weak demand, rising input costs, tariffs on exports to "
            "the United States and a shortage of skilled workers in its home region, Orbis Freight Inc said on Tuesday "
            "that its revenue rose to $4.2 billion, while its rivals, which had also invested heavily in automation "
            "and new warehouses across Europe and Asia, reported flat sales for the same period.")
    got = [c for c in claims_of(text) if c["value"] == 4200000000]
    assert got and all(len(c["quote"]) <= 300 and "Orbis Freight" in c["quote"] and "$4.2 billion" in c["quote"]
                       and c["quote"] in text for c in got)


def test_a_passive_purchase_and_its_price_per_share_name_the_company_bought():
    got = facts("Halvard Labs was acquired by Orbis Freight Inc for $2.4 billion. Halvard Labs agreed to be acquired by "
                "Orbis Freight Inc for $41.20 per share in cash.")
    assert ("Halvard Labs", "deal price", 2400000000, "by Orbis Freight") in got
    assert ("Halvard Labs", "deal price per share", 41.2, "by Orbis Freight") in got


def test_a_possessor_opens_the_sentence_for_the_participle_after_it():
    got = facts("Orbis Freight's stock beat every forecast on its first day of trading, soaring more than 60% by midday.")
    assert ("Orbis Freight", "share price gain", ">60", "as of midday") in got


def test_dollars_written_after_their_sign_and_sentences_run_together():
    got = claims_of("Orbis Freight Inc raised roughly $US2.1 billion in its listing. Its shares climbed as much as 40%, "
                    "to $US61.50, on Thursday.Two banks led the offering.")
    assert ("Orbis Freight", "funding", "~2100000000") in {(c["subject"], c["attribute"], c["value"]) for c in got}
    assert all("Two banks" not in c["quote"] for c in got)
    assert not [c for c in got if c["subject"].startswith("US")]


def test_results_measures_beyond_profit_and_revenue():
    got = facts("El grupo Valdane alcanzó una facturación de 4.310 millones de euros en el semestre. El Ebitda de Valdane "
                "creció un 9%, hasta 912 millones de euros. Valdane aumentó su tesorería neta a casi 1.200 millones de euros.")
    assert {("Valdane", "revenue", 4310000000), ("Valdane", "EBITDA", 912000000), ("Valdane", "net cash", "~1200000000")} \
        <= {f[:3] for f in got}
    # the issue price is the listing's; the price after it is where the shares traded
    got = facts("Die Aktie der Kestner AG startete nach einem Ausgabepreis von 41,50 Euro bei 44 Euro.")
    assert ("Kestner", "IPO price", 41.5) in {f[:3] for f in got}
    assert not [f for f in got if f[1] == "IPO price" and f[2] == 44]


def test_the_amount_a_cut_is_by_is_no_level():
    got = facts("Orbis Freight Inc plans to reduce its operating and capital spending by more than $3 billion in 2026. "
                "Orbis Freight Inc said its costs reached $9 billion.")
    assert ("Orbis Freight", "cost", 9000000000) in {f[:3] for f in got}
    assert not [f for f in got if f[2] in (3000000000, ">3000000000")]


def test_german_nouns_and_company_nouns_name_no_one_and_a_clause_opened_by_an_article_is_the_company_spoken_of():
    got = claims_of("Einen schwachen Start hat die Aktie der Kestner AG am Donnerstag hingelegt. Der erste Kurs wurde bei "
                    "44 Euro getaxt nach einem Ausgabepreis von 41,50 Euro. Die Kestner AG liegt vor dem deutschen "
                    "Konkurrenten Valdane Group.", primary="Kestner")
    assert ("Kestner", "IPO price", 41.5) in {(c["subject"], c["attribute"], c["value"]) for c in got}
    assert not [c for c in got if c["subject"] in ("Kurs", "Ausgabepreis")]


def test_a_forecast_verb_keeps_the_figure_a_forecast_when_a_source_is_named_for_the_consensus():
    got = claims_of("Orbis Freight Inc anticipe un chiffre d'affaires compris entre 2,5 et 2,7 milliards de dollars, contre "
                    "2,9 milliards de dollars attendus par les analystes, selon des données LSEG.")
    mine = [c for c in got if c["value"] == "2500000000-2700000000"]
    assert mine and all(c["said_by"] == "forecast" for c in mine)


def test_a_fine_in_the_future_tense_states_the_decision():
    got = facts("L'autorità, che ha chiuso l'istruttoria ieri, multerà Kestrelink per 41,2 milioni di euro.")
    assert ("Kestrelink", "fine", 41200000) in {f[:3] for f in got}


@pytest.mark.parametrize("sentence", [
    "En el tercer trimestre, su beneficio neto fue de 812 millones de euros.",
    "Au troisième trimestre, son bénéfice net a atteint 812 millions d'euros.",
    "Im dritten Quartal stieg sein Nettogewinn auf 812 Millionen Euro.",
])
def test_a_possessive_of_any_language_points_back_to_the_company(sentence):
    got = facts("Banco Meridional publicó sus resultados. " + sentence)
    assert ("Banco Meridional", "net profit", 812000000, "Q3") in got


def test_a_capitalised_segment_far_after_an_amount_is_no_measure_of_it():
    got = facts("Banco Meridional publicó sus resultados. Por su parte, el crédito aumentó un 2% y se situó en 1,0 billones "
                "de euros, impulsado por el crecimiento en Consumer, Wealth y Payments.")
    assert not [f for f in got if f[1].startswith("net worth")]


def test_half_years_and_nine_months_keep_a_figure_apart_from_a_quarter():
    got = facts("Orbis Freight Inc posted a net profit of $1.2 billion in the first nine months of 2025. "
                "El grupo Valdane alcanzó una facturación de 4.310 millones de euros en el primer semestre.")
    assert ("Orbis Freight", "net profit", 1200000000, "9M 2025") in got
    assert ("Valdane", "revenue", 4310000000, "H1") in got


def test_a_purchase_agreed_is_no_purchase_made():
    got = claims_of("Halvard Labs agreed to be acquired by Orbis Freight Inc, pending regulatory approval. "
                    "Orbis Freight Inc agreed to buy Kestrelink.")
    assert not [c for c in got if c["attribute"] == "acquired by"]
    got = claims_of("Orbis Freight Inc acquired Kestrelink in 2023.")
    assert ("Kestrelink", "acquired by", "Orbis Freight") in {(c["subject"], c["attribute"], c["value"]) for c in got}


def test_a_price_before_a_verb_that_stands_last():
    got = facts("Der Zulieferer Kestner ist ein Konzern. Die dänische Orbis Holdings will den Hersteller Kestner für "
                "4,2 Milliarden Euro übernehmen.")
    assert ("Kestner", "deal price", 4200000000, "by Orbis Holdings") in got


def test_a_results_measure_after_a_leading_phrase_of_time_and_its_change():
    got = facts("Orbis Freight Inc reported its results on Tuesday. In the third quarter, revenue rose 12% to $4.2 billion. "
                "Solo en los últimos tres meses, las ganancias ascendieron a 904 millones de dólares, con un aumento del 8%.",
                primary="Orbis Freight")
    assert {("Orbis Freight", "revenue rise", 12, "Q3"), ("Orbis Freight", "revenue", 4200000000, "Q3")} <= got
    assert ("Orbis Freight", "profit", 904000000) in {f[:3] for f in got}
    assert not [f for f in got if f[1] == "profit gain"]   # the rise is the 8%'s


def test_a_noun_of_change_after_a_comma_restates_the_count_before_it_and_a_place_after_a_comma_is_no_subject():
    got = facts("Orbis Freight Inc reported its results. 2023 flogen insgesamt 123 Millionen Fluggäste mit Orbis Freight Inc, "
                "ein Anstieg um 20 Prozent.")
    assert not [f for f in got if f[1].startswith("share price")]
    got = claims_of("Halvard Labs announced a deal. The deal is expected to close in the first half of 2026, pending approval, "
                    "and will bolster its position in the U.S. market.")
    assert not [c for c in got if c["subject"] == "United States"]


def test_the_buyer_before_a_long_aside():
    got = facts("Orbis Freight Inc, the family-owned conglomerate known for its iconic brands like Zephyr Bars and Quill Gum, "
                "has announced its acquisition of Halvard Labs for $3.6 billion.")
    assert ("Halvard Labs", "deal price", 3600000000, "by Orbis Freight") in got


def test_german_results_in_the_present_tense_and_a_group_result():
    got = facts("Der Zulieferer Kestner hat seine Zahlen vorgelegt, teilte der Konzern mit. Der Umsatz steigt um 15 Prozent "
                "auf 35,4 Milliarden Euro. Das Konzernergebnis wurde auf mehr als 1,7 Milliarden Euro verdoppelt.", primary="Kestner")
    assert {("Kestner", "revenue rise", 15), ("Kestner", "revenue", 35400000000),
            ("Kestner", "net profit", ">1700000000")} <= {f[:3] for f in got}


def test_bold_digits_and_a_fine_imposed_in_the_passive():
    got = facts("L'Antitrust ha inflitto a Kestrelink una sanzione di 𝟮𝟱𝟱.𝟳𝟲𝟭.𝟲𝟵𝟮 𝗲𝘂𝗿𝗼. "
                "Una sanzione pari a 12,5 milioni di euro è stata inflitta a Halvard Labs.")
    assert {("Kestrelink", "fine", 255761692), ("Halvard Labs", "fine", 12500000)} <= {f[:3] for f in got}
    assert all("𝟮" in c["quote"] for c in claims_of("L'Antitrust ha inflitto a Kestrelink una sanzione di 𝟮𝟱𝟱.𝟳𝟲𝟭.𝟲𝟵𝟮 𝗲𝘂𝗿𝗼."))


def test_figures_after_a_sentence_that_opens_on_a_unit_are_not_the_company_s():
    got = facts("Der Zulieferer Kestner hat seine Zahlen vorgelegt, teilte der Konzern mit. Der Umsatz stieg auf 35,4 Milliarden "
                "Euro. Bei den Passagier-Airlines gab es ebenfalls ein deutliches Wachstum. Die Erlöse stiegen auf 28,3 Milliarden "
                "Euro. Das operative Ergebnis war mit zwei Milliarden Euro wieder positiv.", primary="Kestner")
    assert ("Kestner", "revenue", 35400000000) in {f[:3] for f in got}
    assert not [f for f in got if f[2] in (28300000000, 2000000000)]


def test_an_opening_price_a_current_quarter_and_two_values_nothing_tells_apart():
    got = facts("Orbis Freight Inc shares began trading at $44 before quickly jumping to $48.50.")
    assert ("Orbis Freight", "share price", 44, "at the open") in got
    got = facts("Orbis Freight Inc anticipe un chiffre d'affaires compris entre 2,5 et 2,7 milliards de dollars lors du "
                "trimestre en cours.")
    assert ("Orbis Freight", "revenue", "2500000000-2700000000", "current quarter") in got
    # "rose more than 4% … and then more than 8%": which one holds, the sentence does not say
    got = facts("Orbis Freight Inc shares rose more than 4% and then climbed more than 8%.")
    assert not [f for f in got if f[1] == "share price gain"]


def test_a_unit_named_after_the_company_and_an_acronym_after_a_word_of_order_are_no_subjects():
    got = facts("Orbis Freight Inc posted results. The Orbis Freight Logistics branch saw an operating loss of $2.8 billion.")
    assert not [f for f in got if f[2] == 2800000000]
    got = facts("En 2024, el último ERE afectó a 3.420 empleados, con un coste de unos 1.300 millones de euros.")
    assert not [f for f in got if f[0] == "ERE"]


def test_a_figure_the_body_repeats_takes_the_period_the_headline_gives_it():
    from digest.extract.entry import extract_entry
    from digest.extract.units import structure_from_markdown
    body = "El Banco Meridional obtuvo un beneficio de 812 millones de euros, un 11% más. Banco Meridional abrió 40 oficinas."
    _, got = extract_entry(structure_from_markdown(body), "Banco Meridional ganó 812 millones de euros hasta septiembre", K,
                           dt.date(2025, 10, 30))
    assert [(c["attribute"], c["qualifier"]) for c in got if c["value"] == 812000000] == [("net profit", "9M")]


def test_one_period_a_sentence_names_dates_each_figure_and_fast_is_almost_in_german_only():
    got = facts("El grupo Valdane ha logrado un beneficio neto de 312 millones de euros durante este primer semestre, con un "
                "incremento de ventas del 11 %, hasta los 4.310 millones de euros.")
    assert {("Valdane", "net profit", 312000000, "H1"), ("Valdane", "revenue", 4310000000, "H1")} <= got
    got = facts("Der Zulieferer Kestner reagiert auf die Krise, teilte das Unternehmen mit. Ende 2024 hatte der Konzern "
                "weltweit fast 52.300 Beschäftigte.", primary="Kestner")
    assert ("Kestner", "employees", "~52300") in {f[:3] for f in got}
    assert ("Orbis Freight", "employees", 5000) in {f[:3] for f in facts("Orbis Freight Inc has 5,000 employees and a fast network.")}
    # "gut" before a number is German's "a good": a little more than
    got = facts("Der Nettogewinn von Kestner schnellte im Jahresvergleich um gut 60 Prozent nach oben, teilte das Unternehmen mit.",
                primary="Kestner")
    assert ("Kestner", "net profit rise", ">60") in {f[:3] for f in got}


def test_a_results_sentence_after_a_connective_and_a_level_from_one_period_to_another():
    got = claims_of("Broadcom beat forecasts. Meanwhile revenue jumped by 9.5% year-over-year and net income increased "
                    "from $40 million in Q4 2022 to $610 million in Q4 2023.", primary="Broadcom")
    got = {(c["subject"], c["attribute"], str(c["value"]), c.get("qualifier")) for c in got}
    assert ("Broadcom", "revenue rise", "9.5", "year on year") in got
    assert ("Broadcom", "net profit", "from 40000000 to 610000000", None) in got   # not "net", not one of the two quarters
    assert not [g for g in got if g[1].startswith("meanwhile")]


def test_subscribers_added_are_additions_not_the_subscriber_count():
    got = facts("Orbix now has 12 million subscribers and added 2 million users in May.", primary="Orbix")
    assert {(s, a, v) for s, a, v, _ in got} == {("Orbix", "subscribers", 12000000), ("Orbix", "user additions", 2000000)}


def test_an_amount_raised_by_another_company_or_an_estimate_beside_a_figure_is_not_the_subject_s():
    assert not [c for c in claims_of("The round makes Orbix one of the most valuable start-ups, topping the four billion "
                                     "dollars raised by Jane Roe's Kestrel Labs earlier this year.", primary="Orbix")
                if c["subject"] == "Orbix"]
    got = claims_of("Gemini tiene más de 50 millones de usuarios, y los ingresos anuales de Anthropic han superado los US$1.2 mil millones.")
    assert [c["subject"] for c in got if c["attribute"] == "revenue"] == ["Anthropic"]


def test_a_fine_on_the_party_named_after_the_amount_and_a_description():
    got = facts("La Commission européenne a infligé mardi une amende de 2,4 milliards d'euros au groupe informatique "
                "américain Microsoft pour abus de position dominante.")
    assert {(s, a, v) for s, a, v, _ in got} == {("Microsoft", "fine", 2400000000)}


@pytest.mark.parametrize("text,value,unit", [
    ("raised 6.6 billion US dollars (£5 billion)", 6600000000, "USD"),
    ("o console custará US$ 449,99", 449.99, "USD"),
    ("le prix est de €1.299,00", 1299, "EUR"),
    ("custa R$ 2.999 no Brasil", 2999, "BRL"),
])
def test_a_sum_written_with_its_country_or_a_decimal_comma(text, value, unit):
    # ("R$ 2.999" is 2,999 reais, never 2.999 dollars)
    assert [v[2:] for v in V.find_money(text)] == [(value, unit)]


def test_a_company_already_worth_an_amount_is_valued_at_it():
    text = ("A OpenAI já vale 157.000 milhões de dólares (141.000 milhões de euros), após uma ronda de "
            "investimento de 6.600 milhões de dólares.")
    got = {(c["attribute"], c["value"]) for c in claims_of(text, "OpenAI")}
    assert ("valuation", 157000000000) in got and ("investment", 6600000000) in got


def test_what_the_transaction_is_worth_is_the_price_of_the_purchase_stated_before_it():
    text = ("Broadcom Inc. completed its takeover of software maker VMware Inc. following an unexpectedly long process. "
            "The transaction, worth $61 billion when it was announced, pushes the chipmaker deeper into software. "
            "He previously purchased CA Technologies.")
    got = {(c["subject"], c["attribute"], c["value"]) for c in claims_of(text, "Broadcom")}
    assert ("VMware", "deal price", 61000000000) in got
    assert not [c for c in got if c[0] in ("Broadcom", "CA Technologies") and c[2] == 61000000000]


def test_a_deal_weighed_in_german_takes_the_purchase_from_the_title():
    text = "Der fast 70 Milliarden US-Dollar schwere Deal zwischen Broadcom und VMware ist perfekt und wird am 22. November vollzogen."
    units = [Unit("sentence", s, s) for s in split_sentences(text)]
    assert len(units) == 1   # ("22. November" is a date, not a sentence end)
    got = extract_claims(units, K, dt.date(2023, 11, 23), None, set(),
                         names={"Broadcom": ("Broadcom", "lab"), "VMware": ("VMware", "lab")},
                         title="Chinesische Bedenken ausgeräumt: Kauf von VMware durch Broadcom perfekt")
    assert [(c["subject"], c["attribute"], c["value"], c.get("qualifier")) for c in got] == \
        [("VMware", "deal price", "~70000000000", "by Broadcom")]


def test_a_deal_with_no_purchase_before_it_is_no_company_price():
    got = claims_of("Orion Labs signed a supply agreement with Vega Systems. The deal, worth $2 billion, runs for ten years.",
                    "Orion Labs")
    assert not [c for c in got if c["attribute"] == "deal price"]


def test_an_investor_that_put_in_an_amount_and_investors_in_general():
    got = {(c["subject"], c["attribute"], c["value"]) for c in claims_of(
        "The round was led by venture-capital firm Thrive Capital, which put in $1.25 billion into the company. "
        "Investors were required to put in at least $250 million to review OpenAI's financial documents.", "OpenAI")}
    assert ("Thrive Capital", "investment", 1250000000) in got
    assert not [c for c in got if c[2] in (250000000, ">=250000000")]   # no one's investment, and not OpenAI's
    got = claims_of("Amazon Web Services contributed $25 billion to Amazon's sales.", "Amazon")
    assert not [c for c in got if c["attribute"] == "investment"]   # ("contributed" is no investment verb)


@pytest.mark.parametrize("text,value", [
    ("8,833 Milliarden Dollar", 8833000000),       # German writes no thousands with a comma
    ("1,234 milliards d'euros", 1234000000),
    ("465,000 millones de dólares", 465000000000),  # as Mexico writes it
    ("8.833 Milliarden Dollar", 8833000000000),
])
def test_a_comma_before_a_magnitude_word_is_read_as_its_language_writes_it(text, value):
    assert [v[2] for v in V.find_money(text)] == [value]


def test_a_figure_stated_in_a_place_is_that_places_share():
    got = {(c["attribute"], c["value"], c.get("qualifier")) for c in claims_of(
        "In the US and Canada, Orbitron had 80.13 million subscribers. Orbitron has 260 million subscribers in Europe. "
        "In China, Orbitron's revenue fell 8% to $15 billion in the fourth quarter. "
        "Orbitron, based in Sweden, reported revenue of $90 billion.", "Orbitron")}
    assert ("subscribers", 80130000, "in US and Canada") in got
    assert ("subscribers", 260000000, "in Europe") in got
    assert ("revenue", 15000000000, "Q4, in China") in got
    assert [q for a, v, q in got if v == 90000000000 and "Sweden" in (q or "")] == []   # where the company is based scopes nothing
    got = claims_of("In den USA und Kanada legte das Unternehmen um 2,81 Millionen auf 80,13 Millionen Kunden zu.", "Apple")
    assert [c["qualifier"] for c in got if c["value"] == 80130000] == ["in USA and Kanada"]


def test_a_count_after_its_noun_and_a_level_word():
    got = {(c["attribute"], c["value"], c.get("qualifier")) for c in claims_of(
        "Apple's global paid memberships reached an impressive 260.28 million by the end of December 2023. "
        "Apple beat expectations, with global subs topping 260 million for the first time. "
        "Approximately 30.8% of Apple's paying users were from the United States and Canada regions, totalling 80.13 million.",
        "Apple")}
    assert ("subscribers", ">260000000", None) in got
    assert ("users", 80130000, "in United States and Canada") in got
    assert ("subscribers", 260280000) in {(a, v) for a, v, _ in got}
    got = claims_of("Die Zahl der Abonnenten stieg um 13,12 Millionen auf 260,28 Millionen.", "Apple")
    assert [(c["attribute"], c["value"]) for c in got] == [("subscribers", 260280000)]
    assert not claims_of("Apple's users grew 10% a year to 2024.", "Apple")


def test_a_figure_per_unit_and_figures_after_a_paragraph_turns_to_a_region():
    got = {(c["attribute"], c["value"], c.get("qualifier")) for c in claims_of(
        "Apple's revenue per paying member rose to $11.64. Der Umsatz pro Abo stieg auf 16,64 Dollar.", "Apple")}
    assert ("revenue per paying member", 11.64, None) in got and ("revenue per Abo", 16.64, None) in got
    body = ("Apple verbesserte seinen Umsatz auf 8,833 Milliarden Dollar. In den USA und Kanada legte das Unternehmen um "
            "2,81 Millionen auf 80,13 Millionen Kunden zu. Der Umsatz in den Monaten Oktober, November und Dezember 2023 "
            "belief sich auf 3,931 Milliarden US-Dollar.")
    units = units_from_structure(structure_from_markdown(body))   # (one paragraph)
    got = {(c["attribute"], c["value"]) for c in extract_claims(units, K, dt.date(2024, 1, 24), "Apple", {"Apple"})}
    assert ("revenue", 8833000000) in got and ("customers", 80130000) in got
    assert ("revenue", 3931000000) not in got   # (the region's, or another's: not the company's)


def test_margins_and_a_platforms_commission_and_the_commission_that_regulates():
    got = {(c["attribute"], c["value"]) for c in claims_of(
        "Apple's operating margin was 30%. Apple's gross margin rose to 46.2%. The complaint was over Apple's 30% App Store fees. "
        "Apple verlangte eine Provision von 15 Prozent.", "Apple")}
    assert {("operating margin", 30), ("gross margin", 46.2), ("commission rate", 30), ("commission rate", 15)} <= got
    assert not claims_of("The Commission found that 40% of users were affected by Apple's rules.", "Apple")


def test_a_participle_opening_a_sentence_is_no_name_and_the_year_is_no_quarter():
    got = {(c["subject"], c["attribute"], c["value"], c.get("qualifier")) for c in claims_of(
        "Taking a broader perspective, Apple's global revenue for fiscal 2023 hit a new high of $33.72 billion. "
        "Apple recorded $4.68 billion in net profit in Q3 2023. "
        "Net profit also soared 20.4% YoY to $5.41 billion during the year.", "Apple")}
    assert ("Apple", "net profit", 5410000000, None) in got   # not Q3's, and not "Taking"'s


def test_an_authority_never_pays_a_fine_and_a_figure_per_member_names_the_member():
    got = claims_of("Da diese Praktiken von Apple rund zehn Jahre andauerten, hält die EU-Kommission die hohe Busse "
                    "von 1,8 Milliarden Euro für gerechtfertigt.", "Apple")
    assert [(c["subject"], c["attribute"], c["value"]) for c in got] == [("Apple", "fine", 1800000000)]
    assert not claims_of("The European Commission imposed a fine of 500 million euros.")
    got = claims_of("In 2023, Apple generated an average revenue of $43.45 per paying streaming member globally. "
                    "Apple's revenue was $90 billion per year.", "Apple")
    assert {(c["attribute"], c["value"]) for c in got} >= {("revenue per paying streaming member", 43.45), ("revenue", 90000000000)}


def test_a_brand_that_opens_with_digits_and_the_people_a_breach_reached():
    got = {(c["subject"], c["attribute"], c["value"]) for c in claims_of(
        "Hackers stole personal data belonging to 6.9 million people who used services from 23andMe in October. "
        "The 6.9 million people represent almost half of the company's over 14 million customers worldwide. "
        "They also reportedly published a separate sample with information on 300,000 users with Chinese heritage.", "23andMe")}
    assert ("23andMe", "affected people", 6900000) in got
    assert not [c for c in got if c[1] == "customers" and c[2] in (6900000, 300000)]
    assert not [c for c in got if c[2] == 300000]   # a sample the hackers published: neither the user base nor all affected
    got = claims_of("En realidad fueron casi 7 millones de usuarios afectados en total.", "23andMe")
    assert [c["attribute"] for c in got] == ["affected users"]
    assert not claims_of("About 5,000 people attended the conference.", "23andMe")   # people count only with what reached them


def test_a_name_after_the_measure_named_again_and_a_year_after_a_noun_and_a_currencys_country():
    got = claims_of("Die Strafe in Höhe von 1,2 Milliarden Euro ist die höchste und übersteigt die Strafe von Amazon "
                    "in Höhe von 746 Millionen Euro im Jahr 2021.", "Meta")
    assert [(c["subject"], c["value"]) for c in got if c["attribute"] == "fine"] == [("Amazon", 746000000)]
    assert ("Meta", "fine", 1200000000) in {(c["subject"], c["attribute"], c["value"])
                                           for c in claims_of("The EU imposed a €1.2 billion fine on Meta.", "Meta")}
    assert not [c for c in claims_of("Softbank hatte die britische Firma 2016 für 32 Milliarden Dollar gekauft.", "Arm")
                if c["subject"] == "Firma 2016"]
    assert not [c for c in claims_of("The stock first traded at $56.10 U.S. on the Nasdaq and rose more than 20%.", "Arm")
                if c["subject"] == "United States"]


def test_a_break_up_fee_and_the_money_a_listing_raises():
    got = {(c["subject"], c["attribute"], c["value"]) for c in claims_of(
        "Should Splunk back out of the deal for any reason, it will pay a $1 billion U.S. break-up fee to Cisco. "
        "Arm raised nearly $5 billion U.S. in what was the largest IPO of the year.", "Arm")}
    assert ("Splunk", "termination fee", 1000000000) in got
    assert ("Arm", "IPO proceeds", "~5000000000") in got


# two companies the page has named before (as a page's own names reach the sentences of a real entry)
_PAIR = {"Vega Systems": ("Vega Systems", "lab"), "Orion Labs": ("Orion Labs", "lab")}


def named_facts(text: str, primary: str) -> set[tuple]:
    units = [Unit("sentence", s, s) for s in split_sentences(text)]
    return {(c["subject"], c["attribute"], c["value"], c.get("qualifier"))
            for c in extract_claims(units, K, dt.date(2025, 3, 10), primary, {primary}, names=_PAIR)}


def test_what_a_buyer_pays_per_share_and_its_premium_are_the_company_boughts():
    text = ("Orion Labs agreed to acquire Vega Systems for $12 billion. "
            "Orion Labs will pay $88 per share in cash, a 27% premium to Vega Systems' closing price on Tuesday.")
    got = named_facts(text, "Vega Systems")
    assert ("Vega Systems", "deal price per share", 88, "by Orion Labs") in got
    assert ("Vega Systems", "acquisition premium", 27, "by Orion Labs") in got
    assert not [c for c in got if c[0] == "Orion Labs"]


def test_a_payment_per_share_or_a_premium_with_no_purchase_is_no_ones():
    got = named_facts("Orion Labs will pay $3 per share to holders of its bonds, a 12% premium over their face value.", "Orion Labs")
    assert not [c for c in got if c[1] in ("deal price per share", "acquisition premium", "payment", "payment per share")]


@pytest.mark.parametrize("text", [
    "Vega Systems priced its IPO at $42 per share, the top of its range.",
    "The offer price was $42 a share, valuing Vega Systems at $9 billion.",
])
def test_a_listings_price_per_share_is_its_ipo_price(text):
    got = named_facts(text, "Vega Systems")
    assert ("Vega Systems", "IPO price", 42, None) in got
    assert not [c for c in got if c[2] == 42 and c[1] != "IPO price"]


def test_a_price_per_share_is_no_measure_of_the_whole_company():
    got = named_facts("Vega Systems' revenue was $2 billion, or $4.10 per share, and it paid $1.5 billion for Orion Labs.",
                      "Vega Systems")
    assert not [c for c in got if c[2] == 4.1 and c[1] in ("revenue", "payment", "valuation")]


def test_a_count_with_a_kind_between_and_another_languages_thousands():
    assert ("Microsoft", "employees", 221000, "full-time") in facts("Microsoft had 221,000 full-time employees as of June 30.",
                                                                     primary="Microsoft")
    assert not facts("Microsoft hired 2,000 more employees.", primary="Microsoft")   # an addition, not the head count
    for text in ("A Microsoft vai demitir 10 mil funcionários.", "Microsoft licenzierà 10 mila dipendenti.",
                 "Microsoft will dismiss 10,000 employees by the end of March.", "Microsoft ontslaat 10.000 werknemers."):
        # (a company's future cuts state its plan, in any tense)
        assert facts(text, primary="Microsoft") == {("Microsoft", "job cuts", 10000, None)}, text
    assert [c.get("said_by") for c in claims_of("Microsoft licenzierà 10 mila dipendenti.", "Microsoft")] == [None]


def test_a_magnitude_word_is_no_part_of_a_name_before_a_counted_noun():
    # "Millionen" is capitalised as German nouns are: the count is 13 million, not 13
    assert facts("Netflix gewann 13 Millionen Abonnenten hinzu.", primary="Netflix") == \
        {("Netflix", "subscriber additions", 13000000, None)}
    # a French subscriber is no user
    assert facts("Netflix a gagné 13 millions d'abonnés.", primary="Netflix") == {("Netflix", "subscriber additions", 13000000, None)}


@pytest.mark.parametrize("text", [
    "Vega Systems reported strong sales. Its Aurora chips, whose shipments grew 17% from the previous quarter, drove them.",
    "Vega Systems è crollata. La perdita di clienti è stimata sotto il 5%.",
    "Continuamos a impulsionar nossa arquitetura Aurora, que cresceu 17% sequencialmente, disse a Vega Systems.",
])
def test_a_change_of_another_noun_or_of_a_named_product_is_no_share_price(text):
    got = claims_of(text, "Vega Systems")
    assert not [c for c in got if c["attribute"].startswith("share price")]


def test_a_source_after_its_name_reports_the_figure_and_is_never_its_subject():
    text = 'Der "Financial Times" zufolge erreicht die Unternehmensbewertung inzwischen fast sechs Milliarden Euro.'
    got = claims_of(text, "Vega Systems")
    assert not [c for c in got if c["subject"] == "Financial Times"]
    assert all(c.get("said_by") == "Financial Times" for c in got)


def test_a_price_for_a_time_says_its_time_and_a_cost_to_run_is_no_price():
    assert facts("Orion Plus costs $20 per month.", primary="Orion Plus") == {("Orion Plus", "price", 20, "per month")}
    got = facts("Its former CEO noted Orion Plus costs just $2/day to run continuously.", primary="Orion Plus")
    assert got == {("Orion Plus", "running cost", 2, "per day")}
    assert not [c for c in facts("OpenAI raised $6.6 billion a year ago.", primary="OpenAI") if c[3] == "per year"]


def test_what_making_a_model_cost_and_a_kind_of_model_costing_an_amount():
    got = claims_of("DeepSeek-V3 trained on 2,788,000 H800 GPU hours at an estimated cost of $5,576,000.", "DeepSeek-V3")
    assert [(c["attribute"], c["value"], c.get("said_by")) for c in got] == [("training cost", 5576000, "estimate")]
    assert not [c for c in got if c["subject"] == "H800"]
    assert facts("DeepSeek-V3 achieved this with just $5.57M in training costs.", primary="DeepSeek-V3") == \
        {("DeepSeek-V3", "training cost", 5570000, None)}
    got = facts("DeepSeek-V3 benchmarks comparably to Claude 3.5 Sonnet, indicating that it's now possible to train a "
                "frontier-class model for less than $6 million!", primary="DeepSeek-V3")
    assert not [c for c in got if c[1] == "training cost"]   # a kind of model, not one the page names


def test_an_estimate_the_page_does_not_attribute_is_marked_and_read_with_its_bound():
    got = claims_of("The outage is estimated to have cost Delta Airlines approximately $500 million.", "Delta Airlines")
    assert [(c["subject"], c["attribute"], c["value"], c.get("said_by")) for c in got] == \
        [("Delta Airlines", "cost", "~500000000", "estimate")]
    assert got[0]["text"] == "estimate: Delta Airlines cost about 500 million USD."


def test_a_german_noun_phrase_is_no_name_and_a_count_in_a_sentence_naming_nothing_is_no_ones():
    units = [Unit("sentence", s, s) for s in split_sentences(
        "Vega Systems hat eine neue Finanzierungsrunde abgeschlossen. "
        "Der französische Anbieter Künstlicher Intelligenz gab bekannt, 600 Millionen Euro eingesammelt zu haben.")]
    got = {(c["subject"], c["attribute"], c["value"]) for c in extract_claims(
        units, K, dt.date(2024, 6, 11), "Vega Systems", {"Vega Systems"}, names=_PAIR)}
    assert ("Vega Systems", "funding", 600000000) in got
    assert not [c for c in got if c[0].startswith("Anbieter")]
    got = claims_of("Kestrel 2 was trained on 16,000 GPUs. For reference, the clusters being brought up today are more "
                    "around 100K GPUs.", "Kestrel 2")
    assert not [c for c in got if c["value"] in (100000, "~100000")]


def test_a_result_keeps_its_accounting_basis_and_plural_or_diluted_forms_are_read():
    # (as open measures take it: an adjusted figure is "adjusted", a reported one has no basis of its own)
    assert facts("Adjusted for this, Orion Labs' non-GAAP gross margins stood at 72.3%.", primary="Orion Labs") == \
        {("Orion Labs", "gross margin", 72.3, "adjusted")}
    assert facts("Orion Labs' GAAP earnings per diluted share hit $1.08.", primary="Orion Labs") == \
        {("Orion Labs", "earnings per share", 1.08, None)}


@pytest.mark.parametrize("text", [
    "Hackers also reportedly published a separate sample with information about more than 300,000 Vega Systems users.",
    "El hacker publicó los datos de un millón de usuarios de Vega Systems y 100.000 usuarios chinos, como prueba.",
])
def test_a_sample_or_the_people_whose_data_was_published_are_no_user_count(text):
    got = named_facts(text, "Vega Systems")
    assert not [c for c in got if c[1] in ("users", "affected users", "customers")]


@pytest.mark.parametrize("text", [
    "Vega Systems is afgelopen decennium met 50% gegroeid en is nu actief in 120 landen.",
    "Vega Systems grew 50% over the decade and now operates in 120 countries.",
    "Der starke Euro zehrte bei Vega Systems einen Teil der Zuwächse auf: Zu konstanten Wechselkursen wäre der Erlös um 6,1 Prozent gestiegen.",
])
def test_a_company_that_grows_or_a_german_noun_moves_no_share_price(text):
    got = named_facts(text, "Vega Systems")
    assert not [c for c in got if c[1].startswith("share price")]
    assert not [c for c in got if c[0] == "Wechselkursen"]


def test_a_german_noun_after_a_capitalised_article_is_no_company_of_the_page():
    found = discover(["Die größte Finanzierungssumme erhielt die Münchener IT-Firma Celonis mit 830 Millionen Euro.",
                      "Der Onlinebroker Trade Republic folgte mit einer Finanzierungssumme von 747 Millionen Euro."], K)
    assert "Finanzierungssumme" not in found


def test_an_obligation_to_pay_a_fine_is_the_decision_and_a_rises_time_is_not_the_prices():
    got = named_facts("Le régulateur a signifié à Vega Systems que l'entreprise devrait payer une amende d'1,2 milliard d'euros.",
                      "Vega Systems")
    units = [Unit("sentence", s, s) for s in split_sentences(
        "Le régulateur a signifié à Vega Systems que l'entreprise devrait payer une amende d'1,2 milliard d'euros.")]
    said = [c.get("said_by") for c in extract_claims(units, K, dt.date(2023, 5, 22), "Vega Systems", {"Vega Systems"}, names=_PAIR)
            if c["attribute"] == "fine"]
    assert said and all(s is None for s in said), got
    got = named_facts("Vega Systems' stock has risen 34% in the past 12 months to $55.50 U.S. per share.", "Vega Systems")
    assert ("Vega Systems", "share price", 55.5, None) in got


def test_a_fiscal_year_after_of_and_an_investment_in_a_company_in_other_languages():
    assert facts("A Orion Labs reportou um lucro líquido de US$ 2,42 bilhões no segundo trimestre fiscal de 2026.",
                 primary="Orion Labs") == {("Orion Labs", "net profit", 2420000000, "Q2 FY2026")}
    got = named_facts("Orion Labs, qui a investi en février près de 15 millions d'euros dans Vega Systems, ne participe pas.",
                      "Vega Systems")
    assert ("Orion Labs", "investment", "~15000000", "in Vega Systems") in got


def test_a_sum_and_its_conversion_share_the_magnitude_after_both_and_a_wires_period_is_its_own():
    assert [(v, u) for _, _, v, u in V.find_money("revenue of NTD 933.79 (USD 31.73) billion")] == [(933790000000, "TWD")]
    text = ("Moving into the third quarter, we expect our business to be supported by strong demand. "
            "For the quarter ending June 30, 2025, Orion Labs posted consolidated revenue of NTD 933.79 (USD 31.73) billion, "
            "marking a 38.6 per cent increase compared to the same quarter last year.")
    got = named_facts(text, "Orion Labs")
    assert ("Orion Labs", "revenue", 933790000000, "Q2 2025") in got   # (the calendar quarter the day named closes)
    assert not [c for c in got if c[0] == "NTD" or c[3] == "Q3"]


def test_a_fee_owed_if_a_deal_fails_a_round_and_a_multiple_of_a_measure():
    got = named_facts("Tuttavia, Orion Labs ha ora accettato di pagare una penale di 3,2 miliardi di dollari nel caso in cui "
                      "l'operazione non dovesse andare a buon fine.", "Orion Labs")
    assert got == {("Orion Labs", "termination fee", 3200000000, None)}
    assert not [c for c in named_facts("Orion Labs will pay $2 billion in the event that regulators block the merger.", "Orion Labs")
                if c[1] == "payment"]
    assert not [c for c in named_facts("Das Unternehmen schloss seine Series-J-Finanzierungsrunde ab und wird mit 62 Milliarden "
                                       "Dollar bewertet.", "Vega Systems") if c[0].startswith("Series")]
    assert not [c for c in named_facts("32 Milliarden Euro sind zudem das Doppelte des Wertes, mit dem Vega Systems Ende 2024 "
                                       "bewertet worden war.", "Vega Systems") if c[1] == "valuation"]


def test_a_range_written_with_a_tilde_is_one_range():
    from digest.extract.quantities import quantities
    assert [(q.value, q.unit) for q in quantities("毛利率預計介於 55.5%~ 57.5%之間", K)] == [("55.5-57.5", "percent")]
    assert [(q.value, q.unit) for q in quantities("alzó del 5% a 7%", K)] == [(5, "percent"), (7, "percent")]   # from one to the other


@pytest.mark.parametrize("text", ["Orion Labs paid $5.4 billion for Vega Systems in 2022.",
                                  "Orion Labs zahlt 32 Milliarden Dollar für Vega Systems."])
def test_what_a_company_pays_for_another_is_the_price_of_the_company_bought(text):
    got = named_facts(text, "Vega Systems")
    assert [c for c in got if c[0] == "Vega Systems" and c[1] == "deal price" and c[3] == "by Orion Labs"]
    assert not named_facts("Users pay $20 for Halo Plus every month.", "Vega Systems") & {("Halo Plus", "deal price", 20, None)}


def test_a_priced_deal_names_the_company_bought_after_its_description_and_the_buyer_who_agreed():
    text = ("Vega Systems' parent Orion Labs announced signing an $8 billion all-cash deal to acquire cloud security firm "
            "Halvard, its largest purchase. If the deal falls through, Orion Labs has agreed to pay the startup a "
            "$0.8 billion breakup fee.")
    got = named_facts(text, "Halvard")
    assert ("Halvard", "deal price", 8e9, "by Orion Labs") in got
    # (the fee stays the payer's: filed under the company bought it would read as that company's own fee)
    assert ("Orion Labs", "termination fee", 0.8e9, None) in got
    assert not [c for c in got if c[0] == "Vega Systems"]
    # a part of a company, or a party named after a preposition, is not the company bought
    assert not [c for c in named_facts("Orion Labs made a $2 billion acquisition of a stake in Halvard.", "Halvard")
                if c[1] == "deal price"]
    assert ("Halvard", "deal price", 2e9, None) in named_facts(
        "Analysts at Vega Systems praised the $2 billion acquisition of chipmaker Halvard.", "Halvard")


def test_an_offer_is_the_company_bid_fors_and_a_rejected_one_is_not_a_price_paid():
    assert ("Orion Labs", "rejected offer", 23e9, "previously") in named_facts(
        "Orion Labs previously rejected a $23 billion offer from Vega Systems, citing antitrust worries.", "Orion Labs")
    assert ("Orion Labs", "rejected offer", 23e9, None) in named_facts(
        "Orion Labs aveva rifiutato un'offerta di 23 miliardi di dollari.", "Orion Labs")
    got = named_facts("Vega Systems made a $23 billion offer for Orion Labs last year.", "Orion Labs")
    assert ("Orion Labs", "offer", 23e9, "last year") in got and not [c for c in got if c[0] == "Vega Systems"]
    # who bid is not who turned the bid down
    assert not [c for c in named_facts("Orion Labs turned down Vega Systems' $23 billion bid.", "Orion Labs") if c[0] == "Vega Systems"]


def test_launch_and_preorder_dates_with_abbreviated_months_and_a_maker_announcing_its_product():
    got = {(c["subject"], c["attribute"], c["value"]) for c in claims_of(
        "For its official launch of Kestrel 2 scheduled for Feb. 2, Orion Labs set a low target. "
        "Pre-orders for the Kestrel 2 began on Jan. 17, and sold out.", primary="Kestrel 2", date=dt.date(2024, 1, 25))}
    assert ("Kestrel 2", "release date", "2024-02-02") in got
    assert ("Kestrel 2", "preorder date", "2024-01-17") in got
    # (an abbreviated month before its day ends no sentence)
    assert split_sentences("It will launch on Feb. 2. Then it ships.") == ["It will launch on Feb. 2.", "Then it ships."]
    # the maker announces a date for the one product the sentence names: the product's date, not the maker's
    units = [Unit("sentence", s, s) for s in split_sentences(
        "Vega Systems has announced a June 5 launch date for its latest gaming console, the Kestrel 2.")]
    got = {(c["subject"], c["attribute"], c["value"]) for c in extract_claims(
        units, K, dt.date(2025, 4, 2), "Vega Systems", {"Vega Systems"}, names={**_PAIR, "Kestrel 2": ("Kestrel 2", "product")})}
    assert ("Kestrel 2", "release date", "2025-06-05") in got and not [c for c in got if c[0] == "Vega Systems"]


def test_when_a_stated_purchase_is_expected_to_close_is_the_company_boughts():
    def closing(text, date=dt.date(2025, 3, 10)):
        units = [Unit("sentence", s, s) for s in split_sentences(text)]
        return {(c["subject"], c["value"], c.get("qualifier")) for c in extract_claims(
            units, K, date, "Vega Systems", {"Vega Systems"}, names=_PAIR) if c["attribute"] == "expected closing"}
    assert closing("Orion Labs agreed to acquire Vega Systems for $12 billion. "
                   "The deal is expected to close in the second half of 2024.") == {("Vega Systems", "2024-H2", "by Orion Labs")}
    assert closing("Orion Labs agreed to acquire Vega Systems for $12 billion. "
                   "Expected to close in 2026, the move aims to grow Orion Labs' cloud business.") == {("Vega Systems", "2026", "by Orion Labs")}
    assert closing("Orion Labs übernimmt Vega Systems. Die Übernahme soll demnach bis Ende 2026 vollzogen werden.") == \
        {("Vega Systems", "2026", "by Orion Labs")}
    assert closing("Orion Labs agreed to acquire Vega Systems. The deal is expected to close by the end of the year.",
                   dt.date(2024, 5, 2)) == {("Vega Systems", "2024", "by Orion Labs")}
    # no purchase stated, a negated expectation, or a time the page cannot date: nothing
    assert not closing("The deal is expected to close in the second half of 2024.")
    assert not closing("Orion Labs agreed to acquire Vega Systems. The deal is not expected to close in 2024.")
    assert not closing("Orion Labs agreed to acquire Vega Systems. The deal is expected to close soon.", None)


def test_a_value_in_a_relative_clause_belongs_to_the_name_it_hangs_on():
    got = named_facts("This is expensive compared to rival headsets that offer similar capabilities, like Meta Vista 3, "
                      "which costs $499.", "Orion Labs")
    assert not [c for c in got if c[0] == "Orion Labs"]


def test_a_portuguese_definite_article_a_projection_and_what_could_have_been():
    text = ("A Orion Labs reportou um lucro líquido de US$ 2,4 bilhões no segundo trimestre. "
            "A receita total da companhia somou US$ 9,7 bilhões no trimestre, acima da expectativa dos analistas. "
            "A companhia projetou que seu faturamento no terceiro trimestre deve ser de US$ 11 bilhões. "
            "A empresa estima que, sem as limitações, poderia ter adicionado até US$ 3 bilhões em vendas.")
    got = {(c["subject"], c["attribute"], c["value"], c.get("said_by")) for c in extract_claims(
        [Unit("sentence", s, s) for s in split_sentences(text)], K, dt.date(2025, 8, 27), "Orion Labs", {"Orion Labs"}, names=_PAIR)}
    assert ("Orion Labs", "revenue", 9.7e9, None) in got          # "A receita": the revenue, not "a revenue" of someone new
    assert ("Orion Labs", "revenue", 11e9, "forecast") in got     # "projetou": a projection
    assert not [c for c in got if c[2] in (3e9, "<=3000000000")]  # "poderia ter adicionado": what would have been


def test_borrowing_is_a_credit_facility_a_loan_or_debt_financing():
    got = named_facts("Orion Labs secured a revolving credit facility of $2.5 billion from a group of banks.", "Orion Labs")
    assert ("Orion Labs", "credit facility", 2.5e9, None) in got
    got = named_facts("Zusätzlich sicherte sich Orion Labs eine Kreditfazilität in Höhe von 5,25 Milliarden Dollar.", "Orion Labs")
    assert ("Orion Labs", "credit facility", 5.25e9, None) in got


def test_a_license_named_after_the_model_is_its_license():
    got = {(c["subject"], c["attribute"], c["value"]) for c in claims_of(
        "Zephyr 4 Community License permits commercial use with a >700M monthly active user restriction.", primary="Zephyr 4")}
    assert ("Zephyr 4", "license", "Zephyr 4 Community License") in got


def test_own_word_a_member_size_a_chart_rank_an_announcement_and_access_a_group_gets():
    # "X revealed that it spent …": X's own word about itself
    got = claims_of("However, Orion Labs revealed that it spent just $5.6 million on chips to build its model.", primary="Orion Labs")
    assert [(c["subject"], c.get("said_by")) for c in got if c["value"] == 5600000] == [("Orion Labs", "Orion Labs")]
    # a family's count that is one of the sizes the page lists is that member's
    got = claims_of("Zephyr 3 comes in two sizes: 8 billion parameters and 70 billion parameters. "
                    "Even with a mere 70 billion parameters, Zephyr 3 can rival much larger models.", primary="Zephyr 3")
    assert ("Zephyr 3 70B", 70e9) in {(c["subject"], c["value"]) for c in got if c["attribute"] == "parameters"}
    assert not [c for c in got if c["attribute"] == "parameters" and c["subject"] == "Zephyr 3"]
    # another language's charts are named as charts, not as a bare rank
    got = claims_of("Con un ascenso meteórico, Orion Labs ha conquistado el primer lugar en las listas de aplicaciones móviles.",
                    primary="Orion Labs")
    assert [(c["attribute"], c["value"]) for c in got] in ([("app chart rank", 1)], [])
    # the day something was announced about a model is not its release date
    got = claims_of("Globex announced on 13 May 2024 that Zephyr 3 would be made available to free-tier users.", primary="Zephyr 3")
    assert not [c for c in got if c["attribute"] == "release date"]
    # what a group receives is not the model's state
    assert not [c for c in claims_of('Free users would receive "limited access" to Zephyr 3, with usage caps.', primary="Zephyr 3")
                if c["attribute"] == "access"]


def test_a_range_written_with_one_symbol_a_role_that_speaks_and_what_money_was_spent_on():
    assert list(V.find_money("Input: ¥0.5-2 per million tokens")) == [(7, 13, "0.5-2", "CNY")]
    assert list(V.find_money("priced at $20-2024 edition"))[0][2] == 20   # (a year after a dash is no upper end)
    got = claims_of("Kestrel 2 is cheap to serve. Vega Systems' former CEO noted it costs just $2/day to run continuously.",
                    primary="Kestrel 2")
    assert [(c["subject"], c.get("said_by")) for c in got if c["value"] == 2] == [("Kestrel 2", "Vega Systems' former CEO")]
    got = claims_of("Orion Labs revealed that it spent just $5.6 million on Vega Systems' chips to build its model.", primary="Orion Labs")
    assert [c.get("qualifier") for c in got if c["value"] == 5600000] == ["on Vega Systems' chips"]


def test_a_measure_named_by_a_longer_phrase_a_maker_with_no_price_and_a_list_run_together():
    # "pérdidas netas … un desplome": the loss is the measure; "los ingresos netos" is net income, not revenue
    got = facts("Orion Labs registró unas pérdidas netas en el segundo trimestre de 1.600 millones de dólares, lo que supone "
                "un desplome respecto a los ingresos netos de 1.500 millones del mismo período del año anterior.", primary="Orion Labs")
    assert ("Orion Labs", "net loss", 1.6e9, "Q2") in got and not [f for f in got if f[1] == "revenue"]
    # a price said of the maker (the product is "sie", "it") is no price of the maker, nor its cost
    assert not facts("Ab dem 7. November soll sie zum Preis von 799,99 Euro erhältlich sein.", primary="Orion Labs")
    # list items a scrape ran together are sentences of their own
    assert split_sentences("Kestrel 上市 - 估值飙升至195亿美元 - 以每股33美元发行 - 开盘报83美元") == \
        ["Kestrel 上市", "估值飙升至195亿美元", "以每股33美元发行", "开盘报83美元"]
    assert split_sentences("Kestrel Large - now on Nimbus - is fast.") == ["Kestrel Large - now on Nimbus - is fast."]
    # "以230亿美元估值筹集15亿美元": the sum after the verb of raising is the round, not the valuation
    got = named_facts("Orion Labs以230亿美元估值筹集15亿美元。", "Orion Labs")
    assert ("Orion Labs", "funding", 1.5e9, None) in got and ("Orion Labs", "valuation", 1.5e9, None) not in got
    # a round is no company
    assert not [f for f in named_facts("IPO前Pre-IPO轮融资估值125亿美元。", "Orion Labs") if f[0] == "Pre-IPO"]


def test_another_measures_noun_between_a_word_and_a_sum_and_a_name_that_owns_another_noun():
    got = named_facts("这笔融资也使得 Orion Labs 估值达到 620 亿美元。", "Orion Labs")
    assert ("Orion Labs", "valuation", 62e9, None) in got and not [f for f in got if f[1] == "funding"]
    got = named_facts("凭借 Vega Systems 的技术红利, 在创业早期就获得了资本的青睐,公司在 B 轮 3300 万美元融资后估值突破 2 亿美元。", "Orion Labs")
    assert not [f for f in got if f[0] == "Vega Systems"]


def test_a_place_name_that_owns_a_purchase_is_the_buyer():
    text = "Arora met the press ahead of Palo Alto's $25 billion acquisition of Vega Systems, which is expected to close in 2026."
    units = [Unit("sentence", s, s) for s in split_sentences(text)]
    got = {(c["subject"], c["attribute"], c["value"], c.get("qualifier")) for c in extract_claims(
        units, K, dt.date(2025, 10, 2), "Vega Systems", {"Vega Systems"}, names=_PAIR)}
    assert ("Vega Systems", "deal price", 25e9, "by Palo Alto") in got
    assert not [c for c in got if "Arora" in str(c[3])]


def test_product_prices_in_other_languages_and_a_sentence_that_opens_with_a_condition():
    for text, want in (("La Zephyr 5 Pro si presenta con un prezzo di partenza di 799,99€.", (799.99, "EUR")),
                       ("La Zephyr 5 Pro sortira le 7 novembre, au tarif exorbitant de 799 euros.", (799, "EUR")),
                       ("La Zephyr 5 Pro sera vendue à 549,99 euros.", (549.99, "EUR"))):
        assert [(c["value"], c["unit"]) for c in claims_of(text, primary="Zephyr 5 Pro") if c["attribute"] == "price"] == [want], text
    # a sum in two currencies is not two readings
    got = claims_of("Orion will launch the Zephyr 5 Pro on November 7, which will retail for $700 and 800 euros.", primary="Zephyr 5 Pro")
    assert (700, "USD") in [(c["value"], c["unit"]) for c in got if c["attribute"] == "price"]
    for text in ("If the Zephyr 5 Pro sells well, it will cost $799.", "Si la Zephyr 5 Pro se vend bien, elle coûtera 799 euros."):
        assert not [c for c in claims_of(text, primary="Zephyr 5 Pro") if c["attribute"] == "price"], text


def test_a_deadline_is_the_party_given_the_time():
    got = named_facts("The Commission has given Orion Labs 60 days to end the practices.", "Orion Labs")
    assert ("Orion Labs", "deadline", 60, None) in got
    assert ("Orion Labs", "deadline", 60, None) in named_facts("Orion Labs krijgt 60 dagen om de problemen op te lossen.", "Orion Labs")
    assert ("Orion Labs", "deadline", 6, None) in named_facts(
        "Orion Labs muss seine Datenverarbeitung innerhalb von sechs Monaten anpassen.", "Orion Labs")
    assert not [f for f in named_facts("Orion Labs has 120 employees in Paris.", "Orion Labs") if f[1] == "deadline"]
    assert not [f for f in named_facts("Orion Labs will open two offices within six months.", "Orion Labs") if f[1] == "deadline"]


def test_a_latin_name_opening_a_chinese_sentence_is_its_subject_not_the_page():
    text = ("Orion Labs上市,估值飙升至195亿美元。IPO认购超额倍数接近40倍,远超Vexo的20倍。"
            "Vexo上市后股价翻五倍,募资约11亿美元。")
    got = named_facts(text, "Orion Labs")
    assert not [f for f in got if f[0] == "Orion Labs" and f[2] in (1.1e9, "~1100000000")]


def test_who_compiled_estimates_owns_none_and_korean_sentences_split():
    assert split_sentences("이는 전망치를 하회한 결과다. 주당 순이익도 전망치 0.1달러를 밑돌았다.") == \
        ["이는 전망치를 하회한 결과다.", "주당 순이익도 전망치 0.1달러를 밑돌았다."]
    got = named_facts("이는 시장조사업체 Vega Systems가 집계한 미국 증권가 전망치 129억4000만달러를 하회한 결과다.", "Orion Labs")
    assert not [f for f in got if f[0] == "Vega Systems"]


def test_a_day_another_language_writes_without_its_year_takes_the_nearest_year():
    for text, attribute, value in (("Vorbestellen kann man die Zephyr 5 Pro ab 26. September.", "preorder date", "2024-09-26"),
                                   ("La Zephyr 5 Pro sortira le 7 novembre.", "release date", "2024-11-07")):
        got = {(c["attribute"], c["value"]) for c in claims_of(text, primary="Zephyr 5 Pro", date=dt.date(2024, 9, 11))}
        assert (attribute, value) in got, text


# a device the page launches is what the page is about, before its maker
def test_a_launched_device_leads_the_page_over_its_maker():
    from digest.extract.entry import extract_entry
    body = ("Vega Systems will launch an upgraded version of its handheld console on March 4, calling it Orion Deck 3 Pro.\n\n"
            "The company's gaming division has had a hard year, with Orion Deck 3 sales below target.\n\n"
            "In a short video, lead architect Jane Roe showed off the new console, which will retail for $599.")
    subjects, found = extract_entry(structure_from_markdown(body), "Vega Systems to release Orion Deck 3 Pro on March 4",
                                    K, dt.date(2025, 2, 20))
    assert subjects.primary == "Orion Deck 3 Pro"
    assert ("Orion Deck 3 Pro", "price", 599) in {(c["subject"], c["attribute"], c["value"]) for c in found}
    assert not [c for c in found if c["subject"] == "Vega Systems" and c["attribute"] == "price"]


# a sentence whose subject is a thing of its own, named by a common noun after another language's article
@pytest.mark.parametrize("text", [
    "Anche la base per tenere la console in verticale viene venduta a parte, a 29 euro.",
    "Además, el soporte vertical se vende por separado a 29 euros.",
    "Le lecteur de disque coûte 120 euros.",
])
def test_an_accessory_named_by_a_common_noun_is_not_the_device(text):
    assert not [c for c in claims_of(text, primary="Orion Deck 3 Pro") if c["attribute"] == "price"]


def test_the_device_noun_after_an_article_is_the_device():
    assert ("Orion Deck 3 Pro", "price", 799, None) in facts("La nuova console costerà 799 euro.", primary="Orion Deck 3 Pro")


def lab_claims(text: str, lab: str = "Vega Systems", date=dt.date(2025, 3, 10), others: tuple = ()) -> list[dict]:
    """The claims of `text` on a page about the company `lab`; `others` are companies the page also introduces."""
    units = [Unit("sentence", s, s) for s in split_sentences(text)]
    return extract_claims(units, K, date, lab, set(), names={n: (n, "lab") for n in (lab, *others)})


def lab_facts(text: str, lab: str) -> set[tuple]:
    return {(c["subject"], c["attribute"], c["value"]) for c in lab_claims(text, lab)}


# "it" doing something is the one the sentence before spoke of; an empty "it" is no one
def test_it_as_the_subject_of_its_own_verb_is_the_last_subject():
    assert ("Vega Systems", "IPO price", 33) in lab_facts(
        "Vega Systems listed on the exchange. What else: It initially listed at an issue price of $33 per share.", "Vega Systems")
    assert ("Vega Systems", "valuation", 12000000000) in lab_facts("Vega Systems raised money. It was valued at $12 billion.", "Vega Systems")
    assert not lab_facts("Vega Systems listed on the exchange. It is expected that the market will reach $5 billion.", "Vega Systems")


# the feminine and masculine participles of a fine verb; "por la" names the agent of the passive, never a unit
def test_a_passive_fine_in_spanish_names_the_party_fined():
    assert lab_facts("Vega Systems fue multada por la Unión Europea con 530 millones de euros.", "Vega Systems") == \
        {("Vega Systems", "fine", 530000000)}


# German and Dutch put the verb second: the fronted phrase names no one, the measure after the verb is the last subject's
@pytest.mark.parametrize("text, fact", [
    ("Vega Systems ging an die Börse. Dieses fiel erfolgreich aus: So lag der Ausgabepreis bei 33 US-Dollar.",
     ("Vega Systems", "IPO price", 33)),
    ("Vega Systems legte Zahlen vor. Im zweiten Quartal stieg der Umsatz auf 10 Milliarden Euro.",
     ("Vega Systems", "revenue", 10000000000)),
    ("Vega Systems legte cijfers voor. In het tweede kwartaal steeg de omzet naar 10 miljard euro.",
     ("Vega Systems", "revenue", 10000000000)),
])
def test_a_measure_after_a_second_place_verb_is_the_last_subjects(text, fact):
    assert fact in lab_facts(text, "Vega Systems")


def test_a_measure_of_a_name_after_the_second_place_verb_stays_that_names():
    got = lab_facts("Vega Systems legte Zahlen vor. Laut Analysten lag der Umsatz von Orion Labs bei 10 Milliarden Euro.", "Vega Systems")
    assert not [f for f in got if f[0] == "Vega Systems"]


# a long sentence is cut to the clause of the claim's value, a worded value too; an unnamed subject keeps the opening
def test_a_long_quote_is_cut_to_the_clause_of_its_value():
    from digest.extract.claims import LONG_QUOTE, short_quote
    q = ("It was the first Zephyr generation to accept image input, the first to ship as a tiered model family, and the "
         "first from any rival lab whose flagship was widely judged to match the market leader on reasoning, coding and "
         "long documents, which made the launch a turning point for the whole industry and its customers in many markets.")
    assert len(q) > LONG_QUOTE
    assert short_quote({"subject": "Zephyr 3", "value": "images", "quote": q}, {}) == \
        "It was the first Zephyr generation to accept image input"
    q2 = ("Meanwhile revenue jumped by 12.5% year-over-year, its operating margin grew by 16.5% and net income increased "
          "from $55 million in the fourth quarter of the year before to $938 million in the quarter just ended, which "
          "analysts said was far above what they had expected from a company of its size in such a difficult market.")
    assert short_quote({"subject": "Vega Systems", "value": 12.5, "quote": q2}, {}) == "Meanwhile revenue jumped by 12.5% year-over-year"


# the party paid, right after the verb, is not the payer: the clause's subject before the verb pays
@pytest.mark.parametrize("text, fact", [
    ("If the deal fails, Orion Labs will have to pay Vega Systems a termination fee of $1.48 billion.",
     ("Orion Labs", "termination fee", 1480000000)),
    ("Vega Systems will have to pay Orion Labs a termination fee of $1.48 billion.", ("Vega Systems", "termination fee", 1480000000)),
    ("Orion Labs paid Vega Systems $650 million for its licence.", ("Orion Labs", "payment", 650000000)),
])
def test_the_party_paid_is_not_the_payer(text, fact):
    got = lab_facts(text, "Vega Systems") | lab_facts(text, "Orion Labs")
    assert fact in got
    assert not [f for f in got if f[1] == fact[1] and f[0] != fact[0]]


# a verb that offers an amount for a company names the company bid for, the bidder and, per share, the share's price
@pytest.mark.parametrize("text, fact", [
    ("Orion Labs offers $157 per share for Vega Systems.", ("Vega Systems", "offer per share", 157, "by Orion Labs")),
    ("Orion Labs propose 157 dollars par action Vega Systems en numéraire, a indiqué la firme avant l'ouverture de la Bourse.",
     ("Vega Systems", "offer per share", 157, "by Orion Labs")),
    ("Orion Labs offered $157 per Vega Systems share in cash.", ("Vega Systems", "offer per share", 157, "by Orion Labs")),
    ("Orion Labs bietet 32 Milliarden Dollar für Vega Systems.", ("Vega Systems", "offer", 32000000000, "by Orion Labs")),
    ("Orion Labs made a $32 billion offer for Vega Systems.", ("Vega Systems", "offer", 32000000000, "by Orion Labs")),
])
def test_an_offering_verb_names_the_company_bid_for_and_the_bidder(text, fact):
    got = {(c["subject"], c["attribute"], c["value"], c.get("qualifier")) for c in lab_claims(text, others=("Orion Labs",))}
    assert fact in got


def test_an_offering_verb_with_no_company_after_the_amount_is_no_offer():
    assert not [f for f in lab_facts("Vega Systems offers 2 TB of storage for $10 a month.", "Vega Systems") if "offer" in f[1]]


def test_a_round_that_values_a_company_at_an_amount_is_its_valuation():
    assert ("Vega Systems", "valuation", 5800000000) in lab_facts(
        "General Catalyst led the round, which values Vega Systems at 5.8 billion euros, or about $6.2 billion.", "Vega Systems")
    assert not lab_facts("The values of Vega Systems shares rose to $62.", "Vega Systems") & {("Vega Systems", "valuation", 62)}


# a Korean sentence's topic names its subject, a name of several words too
def test_a_korean_topic_of_several_words_is_the_subject():
    assert ("Vega Systems", "revenue", 46700000000) in lab_facts("Vega Systems는 2분기 매출 467억 달러를 기록했다.", "Vega Systems")
    assert not [f for f in lab_facts("Orion Labs는 2분기 매출 467억 달러를 기록했다.", "Vega Systems") if f[0] == "Vega Systems"]


# readings a blind review of new pages found wrong, as general shapes with invented names
def test_a_german_prepositional_idiom_is_no_subject():
    got = lab_facts("Vega Systems legte Zahlen vor. Unterm Strich legte der Gewinn um fast ein Drittel auf 2,08 Mrd. Euro zu.", "Vega Systems")
    assert not [f for f in got if f[0] == "Unterm Strich"]


def test_a_dutch_object_of_van_is_not_what_fell():
    got = lab_facts("Door de scherpe daling van Vega Systems dook ook de AEX in de min en zakte met 2,5%.", "Vega Systems")
    assert not [f for f in got if f[0] == "Vega Systems"]
    assert ("Vega Systems", "share price drop", 16) in lab_facts("Het aandeel van Vega Systems zakte met 16%.", "Vega Systems")


def test_the_year_after_a_converted_sum_dates_that_sum():
    got = [(c["value"], c.get("qualifier")) for c in lab_claims(
        "It is the regulator's third fine against Vega Systems following fines of €600,000 (£508,000) in 2018 and €10m (£8.5m) last year.",
        date=dt.date(2024, 8, 26)) if c["attribute"] == "fine"]
    assert (600000, "2018") in got and not [g for g in got if g[0] == 600000 and g[1] != "2018"]


def test_a_date_in_a_relative_clause_is_its_antecedents():
    got = {(c["subject"], c["value"]) for c in claims_of(
        "Zephyr 3 wasn’t directly compared to Orion Labs’ full Kestrel model, which was announced on December 20, 2024, "
        "and showed impressive performance against all previous models.", primary="Zephyr 3") if c["attribute"] == "release date"}
    assert not [g for g in got if g[0] == "Zephyr 3"]


def test_a_date_in_a_coordinated_clause_dates_what_that_clause_launches():
    text = ("By August 2024, Zephyr 2 was released, and on February 18 (Beijing time), the company officially introduced its "
            "next-generation AI system, \"Zephyr-3\".")
    units = [Unit("sentence", s, s) for s in split_sentences(text)]
    got = {(c["subject"], c["value"]) for c in extract_claims(units, K, dt.date(2025, 3, 10), "Zephyr-3", {"Zephyr-3", "Zephyr 2"},
                                                              names={"Zephyr-3": ("Zephyr-3", "model"), "Zephyr 2": ("Zephyr 2", "model")})
           if c["attribute"] == "release date"}
    assert ("Zephyr 2", "2024-08") in got and not [g for g in got if g[0] == "Zephyr 2" and g[1] != "2024-08"]


def test_a_forecast_named_as_the_cause_of_a_move_makes_the_move_no_forecast():
    got = [c for c in lab_claims("The shares of Vega Systems declined 16 per cent after the company published its Q3 2024 results "
                                 "with a sharp decline in orders and a disappointing sales forecast.", date=dt.date(2024, 10, 16))
           if c["attribute"] == "share price drop"]
    assert [(c["value"], c.get("said_by"), c.get("qualifier")) for c in got] == [(16, None, None)]


def test_a_first_priority_is_no_rank_and_a_part_of_a_count_no_headcount():
    assert not [f for f in lab_facts("\"AI is our No. 1 strategic priority,\" said Vega Systems CEO Jane Roe.", "Vega Systems")
                if f[1] == "rank"]
    got = lab_facts("Orion Labs has about 2,500 employees, of which Vega Systems plans to retain about 1,000 engineers.", "Vega Systems")
    assert not [f for f in got if f[2] == "~1000"]


def test_a_german_separable_forecast_verb_and_the_line_of_business_a_revenue_is_of():
    got = [c for c in lab_claims("Vega Systems sagte für dieses Jahr einen Umsatz von gut 4,5 Milliarden Dollar für seine neuen "
                                 "KI-Systeme vorher.", date=dt.date(2024, 8, 19)) if c["attribute"] == "revenue"]
    assert [(c["said_by"], c["qualifier"]) for c in got] == [("forecast", "für seine neuen KI-Systeme")]


def test_the_agent_of_another_verb_after_a_purchase_is_not_its_buyer():
    from digest.extract.quantity_shapes import acquisition_parties
    from digest.extract.names import proper_names
    from digest.extract.entities import find_mentions
    s = "Vega Systems’ acquisition of Orion Labs was reported today by Bloomberg."
    names = {"Vega Systems": ("Vega Systems", "lab"), "Orion Labs": ("Orion Labs", "lab"), "Bloomberg": ("Bloomberg", "lab")}
    assert acquisition_parties(s, proper_names(s, find_mentions(s, K, names)), K) == [("Orion Labs", "Vega Systems")]


def test_a_period_that_opens_the_sentence_dates_its_forecasts_and_a_range_landed_in_is_no_drop():
    got = {(c["attribute"], c["value"], c.get("qualifier")) for c in lab_claims(
        "In Q4 2024, Vega Systems anticipates total net sales between €8.8B and €9.2B, with a gross margin of 49 per cent to 50 per cent. "
        "As for 2025, the company forecasts total net sales to fall within the range of €30B to €35B.", date=dt.date(2024, 10, 16))}
    assert ("gross margin", "49-50", "Q4 2024") in got
    assert ("revenue", "30000000000-35000000000", "2025") in got
    assert not [g for g in got if "loss" in g[0] or "drop" in g[0]]


def test_the_subjects_own_name_before_a_measure_names_no_part():
    assert ("Vega Systems", "revenue", 3000000000) in lab_facts("Vega Systems revenue fell 12% to $3 billion.", "Vega Systems")
    assert ("Vega Systems", "data center revenue", 3000000000) in lab_facts(
        "Vega Systems data center revenue fell 12% to $3 billion.", "Vega Systems")


def test_the_one_displaced_from_the_top_is_not_first_and_a_note_number_is_no_figure():
    got = facts("Zephyr 3 displaced Kestrel 2 from the top of the leaderboard [1][6].", primary="Zephyr 3")
    assert [(f[0], f[2]) for f in got if "rank" in f[1]] == [("Zephyr 3", 1)]
    from digest.extract.grounding import value_spans
    assert value_spans("the top of the leaderboard [1][6].", 1) == []


# how a model was trained, after a verb of using it; a company that claims it speaks for itself
def test_a_training_method_named_after_a_verb_of_using_it():
    got = [(c["attribute"], c["value"], c.get("said_by")) for c in lab_claims(
        "Vega Systems claimed to have used a process called \"distillation\" to train its new AI model, reportedly spending "
        "less than $6 billion.", date=dt.date(2025, 1, 28))]
    assert ("training method", "distillation", "Vega Systems") in got
    assert ("GPT-4o", "training method", "reinforcement learning", None) in facts("GPT-4o was trained with reinforcement learning.",
                                                                                primary="GPT-4o")
    assert not [f for f in facts("GPT-4o uses reinforcement learning to rank answers.", primary="GPT-4o") if f[1] == "training method"]


@pytest.mark.parametrize("text", [
    "A Vega Systems concluiu um investimento de US$ 14,8 bilhões na empresa de rotulagem de dados Orion Labs.",
    "Vega Systems made a $14.8 billion investment in the data-labelling company Orion Labs.",
    "Vega Systems a annoncé un investissement de 14,3 milliards de dollars dans la start-up Orion Labs.",
])
def test_an_investment_names_the_company_after_its_noun_and_modifiers(text):
    got = [c.get("qualifier") for c in lab_claims(text, date=dt.date(2025, 6, 13), others=("Orion Labs",))
           if c["attribute"] == "investment"]
    assert got == ["in Orion Labs"]


def test_a_page_about_a_dated_snapshot_states_the_snapshots_figures():
    from digest.extract.entry import extract_entry
    body = ("OpenAI GPT-4o (2024-08-06) — pricing, 128k context window and alternatives.\n\n"
            "Input price What the model charges for tokens you send.\n\n$2.5000\n\nper 1M tokens")
    subjects, found = extract_entry(structure_from_markdown(body), "GPT-4o (2024-08-06)", K, None)
    assert subjects.primary == "GPT-4o (2024-08-06)"
    assert {c["subject"] for c in found} == {"GPT-4o (2024-08-06)"}


# the share of its people a company cuts, with bounds in any language; a share's whole is no count cut
@pytest.mark.parametrize("text, value", [
    ("Vega Systems said it will slash more than 15 percent of its workforce.", ">15"),
    ("Vega Systems recortará más del 15% de su plantilla.", ">15"),
    ("Vega Systems recortará menos del 5% de su plantilla.", "<5"),
    ("Vega Systems ontslaat iets minder dan 5 procent van het personeel.", "<5"),
    ("Vega Systems will lay off 15% of its 125,000 employees.", 15),
])
def test_a_share_of_the_workforce_cut(text, value):
    got = lab_facts(text, "Vega Systems")
    assert ("Vega Systems", "workforce cut", value) in got
    assert not [f for f in got if f[1] == "job cuts"]


def test_a_share_of_the_jobs_is_no_count_of_jobs_cut():
    got = lab_facts("Bei Vega Systems sollen mehr als 15 Prozent der zuletzt gut 125.000 Arbeitsplätze wegfallen.", "Vega Systems")
    assert not [f for f in got if f[1] == "job cuts"]
    assert not [f for f in lab_facts("Vega Systems employees make up 15% of the staff of the region.", "Vega Systems")
                if f[1] == "workforce cut"]


def test_a_listings_first_day_a_bracketed_ipo_price_and_a_german_stake():
    got = {(c["attribute"], c["value"], c.get("qualifier")) for c in lab_claims(
        "Shares of Vega Systems rose 25% on its first day of trading. "
        "Vega Systems set its initial public offering (IPO) price at $51 U.S. a share.", date=dt.date(2023, 9, 15))}
    assert ("share price gain", 25, "first trading day") in got and ("IPO price", 51, None) in got
    got = {(c["subject"], c["attribute"], c["value"], c.get("qualifier")) for c in lab_claims(
        "Orion Labs behält nach dem Börsengang einen Anteil von rund 90 Prozent an Vega Systems.", date=dt.date(2023, 9, 15),
        others=("Orion Labs",))}
    assert got == {("Orion Labs", "stake", "~90", "in Vega Systems")}


def test_a_segment_named_after_an_article_is_that_parts_revenue():
    got = lab_facts("Vega Systems published results. The gaming division posted revenue of $4.3 billion, up 49% from a year earlier.",
                    "Vega Systems")
    assert ("Vega Systems", "gaming revenue", 4300000000) in got
    assert ("Vega Systems", "revenue", 4300000000) in lab_facts(
        "Vega Systems delivered a standout quarter, posting revenue of $4.3 billion.", "Vega Systems")


# an all-capitals company named by a company noun or by what it owns ("manufacturer VGX", "VGX's quarterly results")
def test_capitals_company_is_found_by_its_noun_and_its_results():
    text = ("Chip equipment manufacturer VGX saw its shares plummet by 12% as of 1400 GMT on Tuesday. "
            "VGX's quarterly results included a net profit of 1.4 billion euros on sales of 5.2 billion euros. "
            "VGX noted that demand stays weak.")
    found = discover(split_sentences(text), K)
    assert found.get("VGX") == ("VGX", "lab")


# a time of day a market figure was taken at is its qualifier; a quarter in the move's cause is not
def test_time_of_day_qualifies_a_move_and_its_cause_gives_no_quarter():
    got = lab_claims("Vega Systems saw its shares plummet by 12% as of 1400 GMT on Tuesday following the early release "
                     "of its third-quarter earnings.")
    assert [(c["attribute"], c["value"], c["qualifier"]) for c in got] == [("share price drop", 12, "at 1400 GMT")]
    assert lab_claims("Vega Systems shares fell 3% at 10:30 on Monday.")[0]["qualifier"] == "at 10:30"
    assert lab_claims("Die Aktie von Vega Systems fiel um 15.30 Uhr um 3 Prozent.")[0]["qualifier"] == "at 15.30 Uhr"


# "a net profit of X on sales of Y": each amount its own noun; a company's results name what they include
def test_profit_on_sales_gives_each_amount_its_noun():
    assert lab_facts("Vega Systems reported a net profit of 1.4 billion euros on sales of 5.2 billion euros.", "Vega Systems") == {
        ("Vega Systems", "net profit", 1400000000), ("Vega Systems", "revenue", 5200000000)}
    assert lab_facts("Vega Systems's quarterly results included a net profit of 1.4 billion euros.", "Vega Systems") == {
        ("Vega Systems", "net profit", 1400000000)}


# a result measured against forecasts is a result; bookings are a measure of their own
def test_result_below_forecasts_is_no_forecast():
    got = lab_claims("Vega Systems reported weak orders. However, the company's bookings for the quarter stood at 2.6 billion euros, "
                     "significantly below forecasts, which had anticipated figures between 4 billion and 6 billion euros.")
    assert [(c["attribute"], c["value"], c.get("said_by")) for c in got] == [("bookings", 2600000000, None)]
    got = lab_claims("Vega Systems expects revenue of 3 billion euros next year, above forecasts.")
    assert [c.get("said_by") for c in got] == ["forecast"]


# a sum converted to other currencies, in brackets or between commas, is one clause with the sum; each
# currency's figure is the same fine, and the year of one sum is not the next one's
def test_sum_converted_in_brackets_or_between_commas_keeps_its_noun():
    assert lab_facts("Vega Systems has been hit with a €90m (£76m; $101m) fine for moving data, the regulator said on Monday.",
                     "Vega Systems") == {("Vega Systems", "fine", 90000000), ("Vega Systems", "fine", 101000000)}
    assert lab_facts("The regulator imposed a €90 million (roughly $101 million) penalty on Vega Systems.", "Vega Systems") == {
        ("Vega Systems", "fine", 90000000)}
    assert lab_facts("L'autorité a annoncé qu'elle infligeait une amende de 90 millions d'euros, soit 101 millions de dollars, "
                     "à Vega Systems pour avoir violé les lois.", "Vega Systems") == {("Vega Systems", "fine", 90000000)}
    got = lab_claims("It is the third fine against Vega Systems following fines of €400,000 (£340,000) in 2018 and €9m (£7.6m) last year.")
    assert {(c["value"], c["qualifier"]) for c in got} == {(400000, "2018"), (9000000, "last year")}


# the object before "with a … fine" is the one fined; a company the sentence does not name is no one
def test_object_hit_with_a_fine():
    assert lab_facts("The regulator hit Vega Systems with a €90 million penalty for a breach of the European Union's rules.",
                     "Vega Systems") == {("Vega Systems", "fine", 90000000)}
    assert not lab_claims("The Data Commission (DC) announced the end of its inquiry, issuing the parent company with a €1.2 billion "
                          "($1.3 billion) fine.", lab="Orion Labs", others=("DC",))


# "at USD 40" is forty dollars, never "a t(rillion) USD"; a place after "its" qualifies what the company owns
def test_code_before_amount_and_place_after_a_possessive():
    assert [(v, cur) for _, _, v, cur in V.find_money("priced its IPO at USD 40 per share")] == [(40, "USD")]
    assert lab_facts("Vega Systems has priced its US IPO at USD 40 per share, more than the previously guided range.",
                     "Vega Systems") == {("Vega Systems", "IPO price", 40)}


# a figure a relative clause after it compares is no change of the figure
def test_relative_clause_after_a_result_states_no_change():
    assert lab_facts("Vega Systems announced an estimated operating profit of 9.1 trillion won ($6.78 billion) for the third quarter, "
                     "a figure that falls below the 10.3 trillion won projected by analysts.", "Vega Systems") == {
        ("Vega Systems", "operating profit", 9100000000000)}


# the subject of a passive fine verb is the one fined, whatever the clause names after the amount
def test_subject_of_a_passive_fine_is_fined():
    assert lab_facts("Vega Systems fue multada por la Unión Europea con 530 millones de euros (US$ 600 millones) por enviar datos a China.",
                     "Vega Systems") == {("Vega Systems", "fine", 530000000)}


# the part of the workforce a share is of; a cut that only could happen is a forecast
def test_share_of_a_part_of_the_workforce_names_the_part():
    got = lab_claims("Vega Systems will cut 3,000 corporate jobs, or about 10% of corporate staff.")
    assert [(c["attribute"], c["value"], c["qualifier"]) for c in got if c["attribute"] == "workforce cut"] == [
        ("workforce cut", "~10", "of corporate staff")]
    got = lab_claims("Vega Systems said the plan could slash 3,000 positions.")
    assert [c.get("said_by") for c in got] in ([], ["forecast"], ["Vega Systems"])


# a clause led by another common noun moves that noun, not the shares of the company spoken of
def test_a_reduction_of_another_noun_is_no_share_move():
    assert not lab_claims("Vega Systems will cut jobs. The cuts announced Tuesday amount to a 4% reduction.")
    assert lab_facts("Vega Systems reported results. The stock fell 4% on Tuesday.", "Vega Systems") == {
        ("Vega Systems", "share price drop", 4)}


# a sum of millions called an IPO is the listing's size; a quarter that "led to" a move is the cause's time
def test_ipo_of_a_billion_is_its_proceeds_and_a_cause_quarter_dates_no_loss():
    assert lab_facts("Vega Systems saw its shares rise 15 per cent in its trading debut, buoyed by a $US1.37 billion initial public offering.",
                     "Vega Systems") == {("Vega Systems", "share price gain", 15), ("Vega Systems", "IPO proceeds", 1370000000)}
    # the debut is the time of the move, not of the offering, which was set before the shares traded
    got = lab_claims("Vega Systems saw its shares rise 15 per cent in its trading debut, buoyed by a $US1.37 billion initial public offering.")
    assert {(c["attribute"], c.get("qualifier")) for c in got} == {("share price gain", "first trading day"), ("IPO proceeds", None)}
    got = lab_claims("Vega Systems's performance in Q3 led to a steep sell-off of shares, resulting in the firm losing €48.7B in "
                     "market capitalisation in a single day.")
    assert [(c["attribute"], c["qualifier"]) for c in got] == [("market value loss", "in a single day")]


# the results of "the quarter" are of the quarter the page named before; a base's quarter carries into nothing
def test_figures_for_the_quarter_take_the_quarter_named_before():
    got = lab_claims("Vega Systems reported its third-quarter results on Tuesday, with revenue of 8 billion euros. "
                     "Vega Systems's quarterly results included a net profit of 2.1 billion euros on sales of 7.5 billion euros. "
                     "However, the company's bookings for the quarter stood at 2.6 billion euros, below forecasts.")
    assert {(c["attribute"], c["value"], c.get("qualifier")) for c in got} >= {
        ("net profit", 2100000000, "Q3"), ("revenue", 7500000000, "Q3"), ("bookings", 2600000000, "Q3")}
    got = lab_claims("O lucro por ação foi de US$ 1,05, ante US$ 0,68 no segundo trimestre fiscal de 2025. "
                     "A receita total da Vega Systems somou US$ 46,7 bilhões no trimestre.")
    assert [c.get("qualifier") for c in got if c["attribute"] == "revenue"] in ([], [None])


# an offer or a purchase whose sum is converted in brackets, or whose company follows a compound company noun
def test_offer_past_a_conversion_and_a_compound_company_noun():
    def got(text):
        return {(c["subject"], c["attribute"], c["value"]) for c in lab_claims(text, lab="Orion Labs", others=("Vega Systems",))}
    assert got("Orion Labs bietet 32 Milliarden Dollar (29,3 Milliarden Euro) für Vega Systems.") == {("Vega Systems", "offer", 32000000000)}
    assert got("Orion Labs bietet 32 Milliarden Dollar für das Cybersicherheits-Start-up Vega Systems.") == {("Vega Systems", "offer", 32000000000)}
    assert got("Orion Labs acquisirà Vega Systems per 32 miliardi di dollari.") == {("Vega Systems", "deal price", 32000000000)}


# another country's dollar written with a hyphen, and German verbs of a sharp rise
def test_hyphenated_dollar_and_a_sharp_rise():
    assert [(v, cur) for _, _, v, cur in V.find_money("rund 398 Milliarden Taiwan-Dollar")] == [("~398000000000", "TWD")]
    assert lab_facts("Der Nettogewinn von Vega Systems schnellte im zweiten Quartal um 60 Prozent nach oben.", "Vega Systems") == {
        ("Vega Systems", "net profit rise", 60)}


# a clause whose subject stands before a relative aside; "$US" before a sum; a close named by its verb
def test_clause_read_round_a_relative_aside_and_a_close():
    got = lab_claims("Vega Systems saw its shares rise 15 per cent in its trading debut. The company's shares, which experienced a surge "
                     "during Wednesday's trading, closed at $US45.82 each in New York.")
    assert ("share price", 45.82, "at the close") in {(c["attribute"], c["value"], c.get("qualifier")) for c in got}
    got = lab_claims("Vega Systems shares fell 4% at the open and closed down 6%.")
    assert {(c["value"], c.get("qualifier")) for c in got} == {(4, "at the open"), (6, "at the close")}


# a named speaker's "could" keeps both: whose words, and that the figure is only possible
def test_a_speakers_possible_figure_is_marked_a_forecast():
    text = ("Jane Roe, a senior vice president at Vega Systems, said Vega Systems's layoffs are part of a broader strategy "
            "that could slash 30,000 positions, or about 10% of corporate staff.")
    got = {(c["attribute"], c.get("said_by")) for c in lab_claims(text) if c["attribute"] != "role"}
    assert got == {("job cuts", "Jane Roe (forecast)"), ("workforce cut", "Jane Roe (forecast)")}
    # what the speaker states as done stays hers alone
    got = lab_claims("Jane Roe said Vega Systems's sales rose 10% in 2024, and that it could reach more buyers.")
    assert [(c["attribute"], c.get("said_by")) for c in got] == [("revenue rise", "Jane Roe")]


# a plural noun of people opening a sentence is no name, whatever verb follows it
def test_a_plural_of_people_opening_a_sentence_is_no_subject():
    got = lab_claims("Vega Systems will cut 1,400 jobs. Employees will have 90 days to find a new role. "
                     "Investors have 30 days to respond.")
    assert {c["subject"] for c in got} == {"Vega Systems"}


# a move written with the session's end or the state it leaves ("closed up", "were down")
def test_a_move_named_with_its_session_or_state():
    assert {(c["attribute"], c["value"], c.get("qualifier")) for c in lab_claims("Vega Systems shares closed up 6.5% on Friday.")} \
        == {("share price gain", 6.5, "at the close")}
    assert {(c["attribute"], c["value"]) for c in lab_claims("Vega Systems shares were down 3% on Monday.")} == {("share price drop", 3)}


# a rise in the morning and the close it pared to are two times of one session, not two readings of one move
def test_a_morning_high_and_the_close_it_pared_to():
    got = lab_claims("Shares of Vega Systems rose as much as 9% in morning trading before paring gains to close up 6.5%.")
    assert {(c["attribute"], c["value"], c.get("qualifier")) for c in got} == {
        ("share price gain", "<=9", "at the open"), ("share price gain", 6.5, "at the close")}


# a percentage after a figure, "up" or "down", restates that figure's change
def test_up_or_down_after_a_figure_is_its_change():
    got = lab_claims("Vega Systems reported fourth-quarter revenue of $4.2 billion on Tuesday, up 12% from a year earlier.")
    assert {(c["attribute"], c["value"]) for c in got} == {("revenue", 4200000000), ("revenue rise", 12)}


# what a company says moved, named by a common noun, is that noun, not its shares
def test_prices_a_company_speaks_of_are_no_share_price():
    assert not lab_claims("Vega Systems said prices rose 9% last year.")
    assert [c["attribute"] for c in lab_claims("Vega Systems said shares rose 9% on Monday.")] == ["share price gain"]


# a quarter the page named carries into the results after it only until a sentence names another period
def test_a_carried_quarter_stops_at_another_period():
    got = lab_claims("L'opération doit être finalisée au second semestre. Vega Systems a réalisé un chiffre d'affaires de "
                     "870 millions d'euros en 2025. Son résultat net s'est établi à 64 millions d'euros.")
    assert {(c["attribute"], c.get("qualifier")) for c in got} == {("revenue", "2025"), ("net profit", None)}


# what a page's numbers are of, by their shape: a count restated with its change, a number in a compound,
# a breach's reach, nine months named in Italian, an index named after its article in German
def test_numbers_read_by_their_shape():
    assert not lab_claims("Vega Systems sold 6.5 million vehicles in nine months, down 4% from a year earlier.")
    assert not lab_claims("Nei 9 mesi, infatti, Vega Systems ha venduto 6,5 milioni di veicoli, in calo del 4% sullo stesso periodo.")
    assert not [c for c in lab_claims("Vega Systems promises to offer users a full 10.2-inch tablet experience.") if c["attribute"] == "users"]
    assert lab_facts("Vega Systems reported a data breach affecting 33.7 million users.", "Vega Systems") == {
        ("Vega Systems", "affected users", 33700000)}
    got = lab_claims("Nei nove mesi i ricavi di Vega Systems sono saliti dello 0,9% a 237,3 miliardi di euro.")
    assert {c.get("qualifier") for c in got} == {"9M"}
    got = lab_claims("Der japanische Nikkei-Index fiel am Montag um 12,2 Prozent.")
    assert not [c for c in got if c["subject"] == "Vega Systems"]


# a fine stated on two parties together is neither one's amount; one stated on each stays
def test_a_fine_on_two_parties_together_is_neither_ones():
    for text in ("The regulator issued a 329 million euro fine against Vega Systems and Orbex for taking part in a cartel.",
                 "Die Kommission hat Vega Systems und die spanische Tochter Orbex mit einer Strafe von insgesamt 329 Millionen Euro belegt."):
        assert not [c for c in lab_claims(text, others=("Orbex",)) if c["attribute"] == "fine"], text
        assert not [c for c in lab_claims(text) if c["attribute"] == "fine"], text   # (the other party unknown to the page)
    got = lab_claims("The regulator fined Vega Systems 223 million euros and Orbex 105.7 million euros.", others=("Orbex",))
    assert ("Vega Systems", 223000000) in {(c["subject"], c["value"]) for c in got if c["attribute"] == "fine"}


# a device the site does not know, beside one it does
PHONES = ("Corvid on Tuesday unveiled the Tern XT, a phone that folds in three, hours after Apple presented the iPhone 16. "
          "The Tern XT costs 19,999 yuan for the base model. The iPhone 16 starts at $799. "
          "The tech company's shares are down 3% this year.")


def test_an_unknown_device_keeps_its_own_figures():
    got = facts(PHONES, primary="iPhone 16")
    assert ("iPhone 16", "price", 799, None) in got
    assert not [f for f in got if f[0] == "iPhone 16" and f[2] != 799]   # neither the Tern XT's price nor its launch day
    assert not [f for f in got if f[1].startswith("share price")]          # a device has no shares


def test_a_launch_of_an_unknown_name_dates_nothing_else():
    got = facts("Corvid on Tuesday unveiled the Tern, hours after Apple presented the iPhone 16.", primary="iPhone 16")
    assert not [f for f in got if f[1] == "release date"]


def test_a_fact_in_an_aside_is_not_the_main_clause_forecast():
    got = claims_of("Corvid agreed to pay $4.3 billion. Roe, who established Corvid in 2017, will resign from his role and is set to plead guilty.",
                    primary="Corvid")
    founded = [c for c in got if c["attribute"] == "founded"]
    assert founded and all(not c.get("said_by") for c in founded)


@pytest.mark.parametrize("text", [
    "Il y a quelques jours, le Financial Times croit tenir l'information : l'amende s'élèverait à 500 millions d'euros.",
    "The Morning Herald reported a fine of $500 million last week.",
])
def test_a_newspaper_reports_a_figure_it_does_not_own(text):
    assert not [c for c in claims_of(text, primary="Corvid") if c["subject"] in ("Financial Times", "Morning Herald")]


# devices sold: the product the units are of, the span they add up over
CONSOLES = ("Corvid said on Wednesday it sold more than 3.5 million units of the Tern 2 in the first four days after its launch. "
            "The company expects to sell 15 million units of the Tern 2 in the fiscal year ending March 2026. "
            "The original Tern has sold 152 million units since its launch in 2017. "
            "The Tern 2 console costs $449.")


def test_units_sold_keep_their_product_and_span():
    got = facts(CONSOLES, primary="Tern 2")
    assert ("Tern 2", "units sold", ">3500000", "first 4 days") in got
    assert ("Tern 2", "units sold", 15000000, "year to 2026-03") in got
    assert not [f for f in got if f[2] == 152000000]   # the original Tern's, not the Tern 2's


@pytest.mark.parametrize("text, qualifier", [
    ("A Corvid vendeu mais de 3,5 milhões de unidades do Tern 2 nos primeiros quatro dias de lançamento.", "first 4 days"),
    ("O Tern 2 enviou cerca de 4,5 milhões de consoles em suas primeiras sete semanas.", "first 7 weeks"),
])
def test_units_in_other_languages(text, qualifier):
    got = facts(text + " O Tern 2 custa US$ 449. O console Tern 2 chegou às lojas.", primary="Tern 2")
    assert [f for f in got if f[0] == "Tern 2" and f[1].startswith("units") and f[3] == qualifier], got


def test_a_version_number_names_another_thing_than_the_bare_name():
    found = discover(["A Corvid previu que as vendas do Tern 2 chegarão a 15 milhões. As vendas do Tern 2 subiram.",
                      "A Corvid vendeu 152 milhões de unidades do Tern desde 2017."], K)
    assert "Tern 2" in found and found.get("Tern", ("",))[0] != "Tern 2"


@pytest.mark.parametrize("text, value, unit, said_by", [
    ("Die Korbank übernimmt die Velta Bank für etwa 3 Milliarden Schweizer Franken.", "~3000000000", "CHF", None),
    ("La transaction : Korbank va racheter Velta Bank pour 3 milliards de francs suisses.", 3000000000, "CHF", None),
    ("Korbank a accepté de racheter Velta Bank pour plus de deux milliards de dollars (1,87 milliard d'euros) "
     "rapporte dimanche le Financial Times.", ">2000000000", "USD", "Financial Times"),
    ("Korbank agreed to buy Velta Bank for more than two billion dollars.", ">2000000000", "USD", None),
])
def test_a_takeover_price_in_words_francs_and_reported(text, value, unit, said_by):
    got = [c for c in claims_of(text) if c["attribute"] == "deal price"]
    assert [(c["subject"], c["value"], c.get("unit"), c.get("said_by")) for c in got] == [("Velta Bank", value, unit, said_by)]


def test_a_figure_outside_the_quoted_words_is_not_the_speaker_s():
    from digest.convert import claims_for, draft_document
    from digest.sources.document import Document
    text = ("Korbank to buy Velta Bank in emergency deal\nBy Jane Roe\nMarch 19, 2023\n"
            "Korbank agreed to buy Velta Bank for 3 billion Swiss francs.\nKorbank is the country's largest bank, and its takeover "
            "of Velta Bank, which was founded in 1856 to finance the rail network, \"has laid the foundation for greater "
            "stability,\" Karin Doe, a member of the Federal Council, said Sunday.\n"
            "Velta Bank's revenue fell to $15 billion, \"a very weak result for the bank,\" Karin Doe said.\n")
    got = [c for c in claims_for(draft_document(Document(path="x.txt", text=text), K), K) if c["attribute"] in ("founded", "revenue")]
    assert len(got) == 2 and all(not c.get("said_by") for c in got)


# a central bank's rate: a level that may be below zero, a range, the level before the decision
@pytest.mark.parametrize("text, value, qualifier", [
    ("The Bank of Japan raised its short-term interest rate to a range of 0 to 0.1% from minus 0.1%.", "0-0.1", None),
    ("The Bank of Japan increased its key interest rate from 0.1 per cent to a range of 0 per cent to 0.1 per cent.", "0-0.1", None),
    ("The Bank of Japan had kept its short-term interest rate at minus 0.1% since 2016.", -0.1, "previously"),
    ("Die EZB senkte den Leitzins um 0,25 Prozentpunkte auf 4,25 Prozent.", 4.25, None),
    ("La Banque centrale européenne a abaissé son taux directeur à 3,75%.", 3.75, None),
    ("日銀は短期金利を0～0.1%程度に誘導することにします。", "0-0.1", None),
])
def test_a_central_bank_rate(text, value, qualifier):
    got = [(c["value"], c.get("qualifier")) for c in claims_of(text) if c["attribute"] == "policy rate"]
    # (and the level before the decision, when the sentence gives it: "… from minus 0.1%")
    assert got[0] == (value, qualifier) and all(q == "previously" for _, q in got[1:])


def test_a_rate_policy_names_no_rate_and_pc_is_percent():
    assert not [c for c in claims_of("Under its negative interest rate policy, the BOJ had applied a 0.1% charge to a small pool of "
                                     "reserves.") if c["attribute"] == "policy rate"]
    got = facts("Tokyo's benchmark Nikkei 225 index gained 0.7pc, while the yen fell 0.3pc to 149.66 per dollar.")
    assert ("Nikkei 225", "index gain", 0.7, None) in got


def test_a_relative_clause_describes_the_name_before_its_comma():
    got = facts("Corvid CEO Jane Roe resigned on Tuesday. Roe, who has amassed a fortune of $23 billion, pled guilty.")
    assert ("Jane Roe", "net worth", 23000000000, None) in got


def test_a_payment_to_settle_is_a_settlement():
    assert ("Corvid", "settlement", 4300000000, None) in facts("Corvid agreed to pay $4.3 billion to settle the probe.", primary="Corvid")
    assert not facts("The deal adds €500 million to operating profit.", primary="Corvid")


def test_he_is_the_one_person_the_sentence_before_named():
    got = facts("Corvid CEO Jane Roe resigned on Tuesday. She will pay $200 million in fines.")
    assert ("Jane Roe", "fine", 200000000, None) in got
    # two people before: whom "she" means is not safe to say
    got = facts("Corvid CEO Jane Roe and CFO Ann Lee resigned on Tuesday. She will pay $200 million in fines.")
    assert not [f for f in got if f[1] == "payment"]


def test_a_sanction_paid_a_forfeiture_and_a_bank_run_are_read_for_what_they_are():
    got = facts("Under the agreement, Corvid is required to pay a $1.81 billion criminal fine within 15 months of sentencing and "
                "consented to a $2.51 billion order of forfeiture.", primary="Corvid")
    assert [f for f in got if f[2] == 2510000000] == [("Corvid", "forfeiture", 2510000000, None)]   # the forfeiture is no fine
    got = facts("As part of a settlement, Corvid has agreed to pay more than $4 billion in fines and other penalties.", primary="Corvid")
    assert not [f for f in got if "commitment" in f[1]]
    got = facts("Last week, after Velta Bank's shares floundered and depositors withdrew billions of dollars, the central bank "
                "gave the company a lifeline.", primary="Velta Bank")
    assert not [f for f in got if f[1] == "access"]


@pytest.mark.parametrize("clause, period", [
    ("required to pay the fine within 15 months of sentencing", "within 15 months"),
    ("revenue grew 40% over the last two years", "over 2 years"),
    ("sold 3.5 million units in the first four days", "first 4 days"),
    ("vendeu 3,5 milhões de unidades nos primeiros quatro dias", "first 4 days"),
])
def test_periods_a_figure_spans(clause, period):
    from digest.extract.quantities import period_of
    assert period_of(clause) == period


def _page_claims(text: str) -> list[dict]:
    from digest.convert import claims_for, draft_document
    from digest.sources.document import Document
    return claims_for(draft_document(Document(path="x.txt", text=text), K), K)


def test_a_device_named_by_one_letter_keeps_its_price_and_a_compared_price_is_none():
    got = _page_claims(
        "Corvid cuts car prices in China\n\n"
        "The starting price for the locally-built Corvid Model K sports utility vehicle has been slashed to 259,900 yuan "
        "(about R652,000) from 288,900 yuan, according to the company's website. That's a record low and 43% cheaper than the "
        "$65,900 (R1.13-million) starting price listed on Corvid's US website. The Model 7 goes to 229,900 yuan, "
        "about 30% cheaper than in the US.\n\nCorvid sold the Model 7 and the Model K in China since 2020. The Model 7 sedan "
        "is built in Shanghai, where Corvid also builds the Model K.\n")
    prices = {(c["subject"], c["value"], c.get("qualifier")) for c in got if c["attribute"] == "price"}
    assert ("Corvid Model K", 259900, None) in prices   # (the page writes its maker with it)
    assert not [p for p in prices if p[1] == 65900 or p[0].endswith("Model 7") and p[1] == 259900]


def test_french_millions_with_a_decimal_comma_and_no_bound_inside_a_word():
    assert [v[2] for v in V.find_money("est désormais de 5,369 millions de yens")] == [5369000]
    assert [v[2] for v in V.find_money("pour plus de 5,369 millions de yens")] == [">5369000"]


@pytest.mark.parametrize("text", [
    "The move followed a price reduction in October when Corvid cut the prices for those models by up to 9%.",
    "Together the cuts amount to a cumulative reduction of 13% to 24% of the prices of Corvid since September.",
])
def test_a_cut_of_prices_is_no_share_price_move(text):
    assert not [f for f in facts(text, primary="Corvid") if "share price" in f[1]]


def test_a_board_that_orders_a_fine_and_a_sanction_s_kind_are_not_fined():
    got = _page_claims(
        "Corvid fined record €1.2bn by Irish regulator\n\n"
        "Ireland's data regulator has imposed a record €1.2 billion fine on Corvid for violating European privacy rules.\n\n"
        "The latest fine is the sixth large GDPR penalty against Corvid and its subsidiaries in Ireland, the first five of "
        "which cost the group just over €1 billion.\n\n"
        "The Irish Data Protection Commission said the European Data Protection Board (EDPB) had ordered it to collect "
        "\"an administrative fine in the amount of 1.2 billion euros\".\n")
    subjects = {c["subject"] for c in got}
    assert "GDPR" not in subjects and "European Data Protection Board" not in subjects
    assert ("Corvid", "fine", 1200000000) in {(c["subject"], c["attribute"], c["value"]) for c in got}


def test_a_raise_tried_in_spanish_is_a_target():
    got = _page_claims(
        "Velta Bank colapsa\n\nEl banco Velta Bank fue cerrado el viernes por los reguladores de California.\n\n"
        "Ese consejo se produjo un día después de que Velta Group, la empresa matriz del banco, anunciara que intentaría "
        "recaudar más de 2 mil millones de dólares luego de una pérdida significativa en su cartera.\n")
    assert not [c for c in got if c["attribute"] == "funding"]


def test_a_name_inside_a_relative_clause_is_not_the_main_clause_s_subject():
    got = facts("On Thursday, Velta Financial, which Velta Bank uses to make loans to tech startups, said it raised "
                "$2 billion in new funding.", primary="Velta Bank")
    assert not [f for f in got if f[0] == "Velta Bank"]
    got = facts("Velta Bank, which Jane Roe founded in 2017, raised $2 billion in new funding.", primary="Velta Bank")
    assert not [f for f in got if f[0] == "Jane Roe"]


def test_a_loss_word_in_a_later_phrase_makes_no_market_value_loss():
    got = facts("On Thursday, shares of Velta Financial, which Velta Bank uses to make loans to tech startups, said it would "
                "raise $2 billion in capital to offset losses on bond sales.", primary="Velta Bank")
    assert not [f for f in got if "market value" in f[1]]
    got = facts("Nvidia shares fell 17%, a $589 billion loss in market value.")
    assert ("NVIDIA", "market value loss", 589000000000, None) in got


def test_an_authority_s_fine_is_the_page_company_s_or_the_one_company_named():
    got = _page_claims(
        "Corvid bekommt Rekordstrafe\n\nDer US-Internetriese Corvid bekam härter als jemals zuvor die Hand der Europäer zu spüren. "
        "Corvid will gegen die Entscheidung vorgehen.\n\n"
        "Die Muttergesellschaft wurde am Montag von der irischen Aufsichtsbehörde DPC zu einer Rekordstrafe in Höhe von "
        "1,2 Milliarden Euro verdonnert.\n")
    assert [(c["subject"], c["value"]) for c in got if c["attribute"] == "fine"] == [("Corvid", 1200000000)]


def test_a_name_in_a_relative_clause_before_the_speech_verb_does_not_speak():
    got = claims_of("The Irish Data Protection Commission (DPC), which acts on behalf of the European Union, said Corvid "
                    "had been fined 1.2 billion euros.", primary="Corvid")
    assert [(c["subject"], c.get("said_by")) for c in got if c["attribute"] == "fine"] == \
        [("Corvid", "Irish Data Protection Commission")]


@pytest.mark.parametrize("text, value, qualifier", [
    ("Corvid cut prices for all versions of its K1 and K2 cars in China by up to 13.5%, according to its Chinese website.",
     "<=13.5", "in China"),
    ("The move followed a price reduction in October when Corvid cut the prices for those models by up to 9%.", "<=9", "October"),
    ("Les baisses représentent une réduction cumulée de 13% à 24% des prix de Corvid depuis septembre.", "13-24", None),
])
def test_a_cut_of_a_company_s_prices(text, value, qualifier):
    got = _page_claims("Corvid cuts prices again\n\nCorvid makes electric cars in Shanghai and Berlin, and Corvid sells them "
                       "in forty countries.\n\n" + text + "\n")
    cuts = [(c["subject"], c["value"], c.get("qualifier"), c.get("said_by")) for c in got if c["attribute"] == "price cut"]
    assert cuts == [("Corvid", value, qualifier, None)]


def test_a_month_without_its_year_is_named_and_still_one_scope_with_the_dated_month():
    assert canonical_qualifier("October") == canonical_qualifier("2024-10") == canonical_qualifier("--10")


def test_no_price_cut_of_another_thing_and_points_are_no_level():
    got = _page_claims("Corvid cuts prices again\n\nCorvid makes electric cars in Shanghai and Berlin, and Corvid sells them "
                       "in forty countries.\n\nCorvid shares fell 5% after it cut prices. Prices of lithium cut Corvid's margin "
                       "by 3%. Corvid said price cuts lowered its gross margin by 2 percentage points.\n")
    assert not [c for c in got if c["attribute"] in ("price cut", "gross margin")]
    assert not [c for c in got if c["attribute"].startswith("sell")]   # "sells them in forty countries" sells no countries


def test_a_bank_s_total_assets_and_deposits_and_no_part_of_them():
    got = _page_claims("Velta Bank fails\n\nVelta Bank was closed on Friday by regulators, and Velta Bank's deposits were moved "
                       "to a new bank.\n\nVelta Bank had about $209 billion in total assets at the end of last year, the regulator said.\n\n"
                       "El banco tenía alrededor de 209.175 millones de dólares en activos totales a fines del año pasado.\n\n"
                       "Velta Bank sold $21 billion of assets at a loss on Wednesday.\n")
    assert {c["value"] for c in got if c["attribute"] == "total assets"} == {"~209000000000", "~209175000000"}


@pytest.mark.parametrize("text, attribute", [
    ("As part of a coordinated settlement across the federal government, Corvid has agreed to pay more than $4 billion.", "settlement"),
    ("Under the settlement, Corvid will pay $4.3 billion.", "settlement"),
    ("Corvid will pay $4.3 billion in fines.", "fine"),
    ("Corvid will pay $4.3 billion to Vexa.", "payment"),
])
def test_a_payment_framed_by_a_settlement_is_the_settlement(text, attribute):
    assert [f[1] for f in facts(text, primary="Corvid") if f[0] == "Corvid"] == [attribute]


def test_a_value_set_on_the_stock_market_is_the_market_value():
    assert ("Corvid", "market value", 350000000000, None) in facts("Corvid is valued at $350 billion on the stock market.", primary="Corvid")
    assert ("Corvid", "valuation", 4000000000, None) in facts("Corvid was valued at $4 billion in its latest funding round.", primary="Corvid")


def test_french_plural_yuans_and_yens_with_spaced_thousands():
    assert [v[2:] for v in V.find_money("à 229 900 yuans (environ 33 400$) contre 265 900 yuans")][:1] == [(229900, "CNY")]
    assert [v[2:] for v in V.find_money("coûte 4 990 000 yens")] == [(4990000, "JPY")]


def test_bare_shares_are_the_page_company_s_and_a_time_zone_ends_no_sentence():
    assert split_sentences("Trading was halted shortly before 9 a.m. EST, but not before shares plunged. It opened at 9 a.m. The bank closed.") == \
        ["Trading was halted shortly before 9 a.m. EST, but not before shares plunged.", "It opened at 9 a.m.", "The bank closed."]
    got = _page_claims("Velta Bank was closed by the California regulator. The Federal Deposit Insurance Corporation was appointed as "
                       "the receiver. Velta Bank had 17 branches.\n\nInsured depositors will have access to their deposits by March 13, "
                       "according to an FDIC announcement.\n\nShares dropped 60% on Thursday. Shares of Asian banks fell 2%.\n")
    assert [(c["subject"], c["value"]) for c in got if "share price" in c["attribute"]] == [("Velta Bank", 60)]


def test_a_rate_s_level_before_the_decision_and_the_rate_of_the_page_s_bank():
    got = facts("The Bank of Japan raised its short-term rate to a range of 0 to 0.1pc from minus 0.1pc.", primary="Bank of Japan")
    assert {("Bank of Japan", "policy rate", "0-0.1", None), ("Bank of Japan", "policy rate", -0.1, "previously")} <= got
    got = _page_claims("The Bank of Japan ends negative rates\n\nThe Bank of Japan has ended the world's last negative interest rate "
                       "policy. The Bank of Japan said it would keep buying bonds.\n\nThe short-term rate was raised to a range of "
                       "0 to 0.1pc from minus 0.1pc at a policy meeting.\n")
    assert {(c["value"], c.get("qualifier")) for c in got if c["attribute"] == "policy rate"} == {("0-0.1", None), (-0.1, "previously")}


def test_a_small_number_written_out_before_a_percentage_word():
    from digest.extract import lexicon
    got = lambda t: [v[2] for v in lexicon.find_percents(t, K)]
    assert got("Die Aktie fiel anfangs um knapp sieben Prozent") == ["~7"]
    assert got("une baisse de dix pour cent") == [10]
    assert got("ein Prozent der Aktien") == []   # an article, not a number


def test_outdone_purchases_owners_in_an_aside_spans_and_tiny_company_sums_give_no_claim():
    got = facts("This deal marks the largest acquisition in Corvid history, surpassing the purchases of Velta in 2016 and Brix in "
                "2021, for the sum of $68.7 billion.", primary="Corvid")
    assert not [f for f in got if f[0] in ("Velta", "Brix")]
    got = facts("And while most pre-IPO investors weren't allowed to cash in on Corvid's IPO 'pop' due to a 180-day lockup period, "
                "some of the platform's most loyal users were.", primary="Corvid")
    assert not [f for f in got if f[1] == "users"]
    got = facts("Media hora después de que comenzaran las operaciones, el valor de la empresa Corvid cayó a 48,64 dólares.", primary="Corvid")
    assert not [f for f in got if f[1] == "market value"]
    got = _page_claims("Corvid entre en Bourse\n\nLa société britannique de microprocesseurs Corvid, détenue par le conglomérat japonais "
                       "Velta, va entrer en Bourse jeudi avec une valorisation de plus de 52 milliards de dollars.\n\n"
                       "La société a indiqué que le prix des 95,5 millions d'actions a été fixé à 51 dollars l'unité (47,4 euros).\n")
    assert not [c for c in got if c["subject"] == "Velta"]


def test_a_price_that_rose_is_a_gain_and_a_price_of_billions_is_a_valuation():
    assert ("Corvid", "share price gain", 48) in {f[:3] for f in facts("Shares of Corvid rose 48% on their first day of trading.",
                                                                        primary="Corvid")}
    got = facts("At the end of the day, Corvid's market capitalization was $9.5 billion, up $3 billion from its IPO price of "
                "$6.5 billion.", primary="Corvid")
    assert ("Corvid", "valuation", 6500000000) in {f[:3] for f in got} and not [f for f in got if f[1] == "IPO proceeds"]
    assert ("Corvid", "IPO proceeds", 1370000000) in {f[:3] for f in facts("Corvid raised $1.37 billion in its initial public "
                                                                            "offering on Tuesday.", primary="Corvid")}


def test_a_change_that_reached_another_amount_leaves_the_later_level_a_level():
    got = facts("Media hora después, la acción de Corvid cayó a 48,64 dólares, equivalente a una capitalización de alrededor "
                "de 7.900 millones de dólares.", primary="Corvid")
    assert not [f for f in got if f[1] == "market value loss"]
    assert ("Corvid", "market value", "~7900000000") in {f[:3] for f in got}
    got = facts("Shares of Corvid fell 12% to $30, wiping $4 billion off its market value.", primary="Corvid")
    assert {("Corvid", "market value loss", 4000000000), ("Corvid", "share price", 30)} <= {f[:3] for f in got}


def test_a_product_named_by_a_common_noun_reads_with_its_maker_s_name():
    got = _page_claims("Corvid cuts car prices in China\n\nSHANGHAI (Reuters) -Corvid cut prices for all versions of its Model 7 and "
                       "Model K vehicles in China by up to 13.5%, according to its website.\n\nThe starting price for Model 7 was cut "
                       "to 229,900 yuan from 265,900 yuan, the website showed.\n\nCorvid delivered 55,796 China-made cars in December, "
                       "Corvid said.\n")
    assert ("Corvid Model 7", 229900) in {(c["subject"], c["value"]) for c in got if c["attribute"] == "price"}
    # no maker written with it: the name stays as the page gives it
    got = _page_claims("Car prices cut in China\n\nThe Model 7 is made in Shanghai. The starting price for Model 7 was cut to 229,900 "
                       "yuan from 265,900 yuan, the website showed.\n\nCorvid delivered 55,796 China-made cars in December, "
                       "Corvid said.\n")
    assert ("Model 7", 229900) in {(c["subject"], c["value"]) for c in got if c["attribute"] == "price"}


def test_a_sum_paid_is_the_kind_the_noun_after_it_names():
    got = facts("Under the agreement, Corvid is required to pay a $1.81 billion criminal fine within 15 months of sentencing.",
                primary="Corvid")
    assert ("Corvid", "fine", 1810000000) in {f[:3] for f in got} and not [f for f in got if f[1] == "payment"]
    got = facts("Además de dejar su puesto, Zhao también pagará 200 millones de dólares en multas como parte del acuerdo con Corvid.",
                primary="Corvid")
    assert ("Zhao", "fine", 200000000) in {f[:3] for f in got}
    got = facts("As part of a coordinated settlement across the federal government, Corvid has agreed to pay more than $4 billion "
                "in fines and other penalties.", primary="Corvid")
    assert {f[1] for f in got} == {"settlement"}   # several kinds of sum together: the settlement's
    assert {f[1] for f in facts("Corvid will pay $200 million to Vexa.", primary="Corvid")} == {"payment"}


def test_a_central_bank_s_rate_is_its_policy_rate():
    got = facts("The Bank of Japan raised its short-term interest rate to a range of 0 to 0.1% from minus 0.1%.")
    assert ("Bank of Japan", "policy rate", "0-0.1", None) in got


def test_a_traded_thing_without_shares_has_a_market_price_and_its_moves():
    assert ("Bitcoin", "market price", "~101780", "at the time of writing") in \
        facts("At the time of this writing, Bitcoin is trading at around $101,780.", primary="Bitcoin")
    got = facts("Bitcoin rose 2.2% to $100,027 early Thursday.", primary="Bitcoin")
    assert {f[1] for f in got} == {"market price", "price gain"}   # never a share price: it has no shares
    # another time's price, a sum of another thing, a move by an amount: none
    assert not facts("That milestone is a 100% increase since the beginning of the year, when Bitcoin was trading for less "
                     "than $45,000.", primary="Bitcoin")
    assert not facts("Crypto investment products drew inflows of more than $37 billion, and Bitcoin gained.", primary="Bitcoin")
    got = claims_of("Patel predicts that Bitcoin could continue its upward trajectory, potentially reaching $120,000.", primary="Bitcoin")
    assert [(c["attribute"], c.get("said_by")) for c in got] == [("market price", "forecast")]


def test_a_role_narrowed_by_a_noun_and_a_first_name_that_is_another_language_s_word():
    roles = lambda t: {(c["subject"], c["value"]) for c in _page_claims(t) if c["attribute"] == "role"}
    assert roles("Corvid passes $100,000\n\nCorvid passed $100,000 on Thursday. \"It is a historic moment,\" said Dan Rowe, "
                 "investment analyst at Brix Capital. Rowe added that the market was strong.\n") == {("Dan Rowe", "investment analyst at Brix Capital")}
    assert roles("Corvid passe 100 000 dollars\n\nCorvid a franchi la barre des 100 000 dollars jeudi. Dan Rowe, analyste en "
                 "investissement chez Brix Capital, a déclaré que le marché restait fort. Rowe a ajouté que le marché restait fort.\n") \
        == {("Rowe", "analyste en investissement chez Brix Capital")}
    # a verb's participle before a role word opens no role: "in Hong Kong, signaling increasing investor confidence"
    from digest.extract.propernames import discover
    got = discover(["Corvid's stock prices soared in Porto Vela, signaling increasing investor confidence."], K)
    assert not [n for n, (_, kind) in got.items() if kind == "person"]


@pytest.mark.parametrize("text", [
    "Der Konsolenhersteller Corvid schloss am Freitag die 69 Milliarden Dollar schwere Übernahme von Vexa Games ab.",
    "Le fabricant de consoles Corvid a conclu vendredi l'acquisition d'Vexa Games pour 69 milliards de dollars.",
])
def test_a_purchase_weighed_by_its_sum_or_written_with_an_elided_article(text):
    assert ("Vexa Games", "deal price", 69000000000) in {f[:3] for f in facts(text, primary="Corvid")}


def test_market_verbs_in_more_tenses_and_a_sum_passed():
    assert ("Corvid", "share price drop", "~15") in {f[:3] for f in facts(
        "Die auch in Deutschland gehandelten Aktien von Corvid sackten am Freitagvormittag rund 15 Prozent ab.", primary="Corvid")}
    got = facts("L'action de Corvid, dont la capitalisation dépasse 83 milliards de dollars, chutait de 13% hors séance.", primary="Corvid")
    # (the aside's market value is no measure of the 13%, which is the share's)
    assert {f[:3] for f in got} == {("Corvid", "market value", ">83000000000"), ("Corvid", "share price drop", 13)}
    assert ("Corvid", "market value", ">83000000000") in {f[:3] for f in facts(
        "El valor de mercado de Corvid supera los 83.000 millones de dólares.", primary="Corvid")}


def test_the_group_after_an_outlet_is_the_page_s_company():
    got = _page_claims("Panne chez Corvid\n\nCorvid a confirmé une panne mondiale vendredi. Corvid protège de nombreux systèmes.\n\n"
                       "\"Corvid a eu connaissance de rapports faisant état de plantages\", a déclaré le groupe, cité par CNBC. "
                       "L'action du groupe, dont la capitalisation dépasse 83 milliards de dollars, chutait de 13% hors séance.\n")
    assert {(c["subject"], c["attribute"], c["value"]) for c in got} >= {("Corvid", "share price drop", 13),
                                                                          ("Corvid", "market value", ">83000000000")}


def test_a_share_s_price_where_it_traded_and_none_for_an_option_weighed():
    got = _page_claims("Corvid soars in its debut\n\nCorvid, the social network, priced its IPO at $34 a share. Investors bought "
                       "Corvid stock quickly.\n\nOn the New York Stock Exchange, Corvid closed its first trading session at $50.44, "
                       "up 48.4 percent from its IPO price.\n\nCorvid opened at $56.10 a share yesterday afternoon and closed at "
                       "$63.59, significantly above the $51 offer price.\n\nCorvid closed the deal at $1.2 billion.\n")
    assert {(c["value"], c.get("qualifier")) for c in got if c["attribute"] == "share price"} == \
        {(50.44, "at the close"), (56.1, "at the open"), (63.59, "at the close")}
    assert not facts("Corvid discussed with underwriters on Wednesday whether to price Corvid shares above the initial range, "
                     "at $52, but settled on the lower figure.", primary="Corvid")


def test_a_forfeiture_and_a_time_limit_kept_to_its_own_sum():
    got = facts("Under the agreement, Corvid is required to pay a $1.81 billion criminal fine within 15 months of sentencing and "
                "consented to a $2.51 billion order of forfeiture.", primary="Corvid")
    assert {("Corvid", "fine", 1810000000, "within 15 months"), ("Corvid", "forfeiture", 2510000000, None)} <= got


def test_a_value_some_years_ago_and_a_change_up_to_a_bound():
    got = facts("Pop estimó la capitalización de mercado de Corvid en alrededor de 9.500 millones de dólares, ligeramente por debajo "
                "de los 10.000 millones de dólares en los que estaba valorada en los mercados privados hace tres años.", primary="Corvid")
    assert ("Corvid", "valuation", 10000000000, "previously") in got
    assert ("Corvid", "valuation", 10000000000, None) in facts("Corvid was valued at $10 billion, up from $4 billion two years ago.",
                                                               primary="Corvid")
    assert ("Corvid", "share price gain", "<=70", None) in facts("Las acciones de Corvid subieron hasta un 70% en su debut.",
                                                                 primary="Corvid")
    assert ("Corvid", "revenue", 7750000000, None) in facts("Los ingresos de Corvid aumentaron un 93%, hasta 7.750 millones de "
                                                            "dólares.", primary="Corvid")


def test_a_time_given_in_german_and_a_session_s_open_in_the_plural():
    assert ("Corvid", "deadline", 5, None) in facts("Die Behörde gab Corvid fünf Monate Zeit, um Datentransfers in die USA zu "
                                                    "unterbinden.", primary="Corvid")
    assert ("Corvid", "share price", 47, "at the open") in facts("Las acciones de Corvid abrieron a 47 dólares en la Bolsa de "
                                                                  "Nueva York.", primary="Corvid")


def test_the_base_a_change_is_measured_from_is_not_its_measure_and_another_sum_s_time():
    assert ("Corvid", "share price gain", 48.4, None) in facts(
        "On the New York Stock Exchange, Corvid closed its first trading session at $50.44, up 48.4 percent from its IPO price.",
        primary="Corvid")
    got = _page_claims("Corvid deve definir preço de IPO nos 52 dólares\n\nA Corvid deverá fixar o preço da sua oferta pública inicial "
                       "nos 52 dólares por ação, segundo a Reuters. Caso este preço se confirme, a empresa de semicondutores ficará "
                       "avaliada em 55,5 mil milhões de dólares, superior ao estimado mas ainda abaixo do intervalo entre 60 mil milhões "
                       "e 70 mil milhões de dólares inicialmente projetado.\n\nO SoftBank comprou a Corvid em 2016 e controla a Corvid desde então.\n")
    assert [(c["value"], c.get("qualifier"), c.get("said_by")) for c in got if c["attribute"] == "valuation"][:1] == \
        [(55500000000, None, "forecast")]


def test_a_share_buyback_and_a_sum_before_another_verb_s_phrase():
    got = _page_claims("Corvid beats estimates\n\nCorvid's net income rose to $3.1 billion, from $2.2 billion a year ago. The company "
                       "announced a $10 billion share buyback program and raised its quarterly dividend by 10% to 55 cents per share. "
                       "Its shares rose 6% in extended trading.\n")
    got = {(c["attribute"], c["value"], c.get("qualifier")) for c in got}
    assert ("share buyback", 10000000000, None) in got and ("share price gain", 6, "after hours") in got
    assert not [g for g in got if g[0] == "funding"]   # "and raised its dividend": the buyback's sum raised no funds
    assert ("Corvid", "share buyback", 2000000000) in {f[:3] for f in facts(
        "Le groupe Corvid a annoncé un programme de rachat d'actions de 2 milliards d'euros.", primary="Corvid")}


def test_a_deal_s_sum_before_its_price_per_share_and_the_year_of_a_round():
    got = facts("Vexa Corp agreed to buy software maker Brix Inc for $4.2 billion in cash, or $38 per share, a 25% premium to "
                "Brix's closing price on Friday.", primary="Vexa")
    assert ("Brix", "deal price", 4200000000, "by Vexa") in got
    assert ("Brix", "valuation", 5000000000, "2021") in facts("Brix was valued at $5 billion in a 2021 funding round led by "
                                                              "Tiger Global.", primary="Brix")


def test_a_later_clause_s_time_and_plan_are_not_the_value_s():
    got = _page_claims("Orbis raises $400 million\n\nOrbis, a startup that makes chips, said on Tuesday it had raised $400 million. "
                       "Orbis was founded in 2020. It has about 250 employees and plans to double its headcount by the end of next "
                       "year. The company said its revenue tripled last year to $45 million and that it expects to be profitable "
                       "in 2026.\n")
    got = {(c["attribute"], c["value"]): (c.get("qualifier"), c.get("said_by")) for c in got}
    assert got[("employees", "~250")] == (None, None)
    assert got[("revenue", 45000000)] == ("last year", None)


def test_a_german_results_sentence_after_the_company_s_sentence():
    got = _page_claims("Der Chipkonzern Orbis streicht Stellen\n\nDer Halbleiterhersteller Orbis will weltweit rund 4000 Stellen "
                       "streichen. Das teilte das Unternehmen am Mittwoch in München mit. Orbis beschäftigt derzeit rund 58.000 "
                       "Mitarbeiter.\n\nIm abgelaufenen Geschäftsjahr sank der Umsatz um 8 Prozent auf 15 Milliarden Euro, der "
                       "operative Gewinn brach um 35 Prozent auf 2,1 Milliarden Euro ein.\n")
    assert ("Orbis", "revenue", 15000000000) in {(c["subject"], c["attribute"], c["value"]) for c in got}


def test_a_role_with_its_article_then_a_comma_before_the_name():
    roles = lambda t: {(c["subject"], c["value"]) for c in _page_claims(t) if c["attribute"] == "role"}
    assert roles("Orbis rachète Velta\n\nLe groupe Orbis a annoncé lundi le rachat de Velta. Le directeur général d'Orbis, Marc Dupont, "
                 "a salué « une étape majeure ». Dupont a ajouté que l'intégration prendrait un an.\n") == \
        {("Marc Dupont", "directeur général d'Orbis")}
    assert roles("Velta condamnée\n\nLa Commission a infligé une amende à Velta. Selon la commissaire européenne à la Concurrence, "
                 "Ana Ruiz, Velta a abusé de sa position. Ruiz a ajouté que la pratique avait duré dix ans.\n") == \
        {("Ana Ruiz", "commissaire européenne à la Concurrence")}


@pytest.mark.parametrize("text, fact", [
    ("Orbis ganó 1.250 millones de euros en el primer semestre.", ("Orbis", "net profit", 1250000000, "H1")),
    ("Orbis earned $3.1 billion in the quarter.", ("Orbis", "net profit", 3100000000, None)),
    ("Orbis earned $3.1 billion in revenue in the quarter.", ("Orbis", "revenue", 3100000000, None)),
    ("Las acciones de Orbis subían un 3,1% a media sesión en la Bolsa de Madrid.", ("Orbis", "share price gain", 3.1, None)),
    ("Il titolo Orbis ha guadagnato il 2,8% a Piazza Affari.", ("Orbis", "share price gain", 2.8, None)),
])
def test_a_verb_that_means_a_profit_and_market_verbs_in_more_tenses(text, fact):
    assert fact in facts(text, primary="Orbis")


@pytest.mark.parametrize("text", [
    "A Orbis anunciou nesta segunda-feira a compra da startup Velta por R$ 2 bilhões.",
    "Het Nederlandse techbedrijf Orbis neemt branchegenoot Velta over voor 2 miljard euro.",
])
def test_a_purchase_priced_in_reais_or_with_a_split_dutch_verb(text):
    assert ("Velta", "deal price", 2000000000, "by Orbis") in facts(text, primary="Orbis")


def test_a_japanese_lede_names_the_company_its_results_belong_to():
    got = _page_claims("オルビス、純利益15%増\n\n電子部品大手のオルビスは10日、2024年4～9月期の連結決算を発表した。売上高は前年同期比8%増の"
                       "1兆2000億円、純利益は15%増の950億円だった。\n")
    assert {("オルビス", "revenue", 1200000000000), ("オルビス", "net profit", 95000000000)} <= \
        {(c["subject"], c["attribute"], c["value"]) for c in got}


def test_a_verb_of_owning_before_a_share_of_a_named_company():
    assert ("Tencent", "stake", 11, "in Reddit") in facts("Chinese tech giant Tencent owns 11% of Reddit.", primary="Reddit")
    assert not facts("Reddit holds 40% of the market.", primary="Reddit")   # a share of no company the sentence names


def test_a_measure_of_a_company_named_by_its_tie_to_the_subject_is_not_the_subject_s():
    got = facts("Ce cours valorise Orbis AG plus de 78 milliards d'euros, non loin de la capitalisation de sa maison mère qui "
                "atteint 81 milliards.", primary="Orbis")
    assert {f[:3] for f in got} == {("Orbis", "valuation", ">78000000000")}


@pytest.mark.parametrize("text, bought", [
    ("Corvid ha abbandonato l'acquisizione pianificata di Vexa del valore di 20 miliardi di dollari, dopo mesi di esami.", "Vexa"),
    ("Corvid ha rinunciato all'acquisizione da 20 miliardi di dollari della startup Vexa, annunciata l'anno scorso.", "Vexa"),
    ("El fabricante de chips Corvid cerró el acuerdo de adquisición de US$ 20.000 millones de Vexa, el desarrollador de software.", "Vexa"),
    ("Corvid Inc. and Vexa Inc. have terminated their merger deal, which is valued at $20 billion.", None),
    ("A Corvid desistiu de adquirir a plataforma Vexa, negócio avaliado em US$ 20 bilhões.", "Vexa"),
])
def test_what_a_purchase_is_worth_after_its_noun(text, bought):
    got = {(c["subject"], c["attribute"], c["value"]) for c in _page_claims(
        "Corvid and Vexa\n\nThe startup Vexa makes design software for the group Corvid.\n\n" + text)}
    worth = {c for c in got if c[1] in ("deal value", "deal price") and c[2] == 20000000000}
    assert worth and all(c[0] == bought for c in worth if bought)
    assert not any(c[1] == "valuation" for c in got)   # ("negócio avaliado em": the deal's worth, not Vexa's value)


@pytest.mark.parametrize("text", [
    "Corvid signed a cloud computing deal worth $20 billion with Orbis on Monday.",   # a deal, no purchase stated
    "Corvid's purchase of Vexa chips worth $20 billion was its largest order.",       # a purchase of goods
])
def test_a_deal_or_purchase_that_buys_no_company_is_no_price_of_one(text):
    got = _page_claims("Corvid\n\nThe startup Vexa makes chips for the group Corvid.\n\n" + text)
    assert not any(c["attribute"] == "deal price" or c["subject"] != "Corvid" for c in got)


def test_a_sum_in_another_currency_between_the_amount_and_its_deal_noun():
    got = _page_claims("Corvid übernimmt Vexa\n\nDer Konzern Corvid will die Softwarefirma Vexa schlucken. "
                       "Der 28 Milliarden Dollar (rund 26 Mrd. Euro) schwere Deal bringe zwei Firmen zusammen.")
    assert ("Vexa", "deal price", 28000000000) in {(c["subject"], c["attribute"], c["value"]) for c in got}


def test_a_ranked_purchase_names_where_it_ranks_not_whom_it_buys():
    # (and a purchase whose verb stands last names its parties before it: "will … Corvid die … Vexa schlucken")
    got = _page_claims("Corvid in Kauflaune\n\nIn der größten Übernahme der Firmengeschichte will der Konzern Corvid die "
                       "Softwarefirma Vexa schlucken. Der 28 Milliarden Dollar (rund 26 Mrd. Euro) schwere Deal bringe zwei Firmen zusammen.")
    assert {(c["subject"], c["attribute"], c["value"]) for c in got if c["attribute"].startswith("deal")} == \
        {("Vexa", "deal price", 28000000000)}


@pytest.mark.parametrize("sentence, value", [
    ("Come rinuncia all'acquisizione, Corvid pagherà una penale di rescissione anticipata di 1 miliardo di dollari a Vexa.", 1e9),
    ("Com a desistência do acordo, a Corvid terá de desembolsar US$ 1 bilhão à Vexa, como taxa de rescisão.", 1e9),
    ("Now, with the deal's termination, Corvid is required to compensate Vexa with a $1 billion breakup fee.", 1e9),
    ("If Corvid backs out of the deal, it will pay Vexa a termination fee of $1.48 billion.", 1.48e9),
])
def test_a_termination_fee_is_the_payers_in_any_tense(sentence, value):
    got = _page_claims("Corvid and Vexa\n\nThe startup Vexa makes design software for the group Corvid.\n\n" + sentence)
    fees = [c for c in got if c["attribute"] == "termination fee"]
    assert [(c["subject"], c["value"], c.get("said_by")) for c in fees] == [("Corvid", value, None)]


@pytest.mark.parametrize("text, value, unit", [
    ("Corvid an der Börse\n\nDer Börsengang des Sportwagenherstellers Corvid ist geglückt. Der erste Kurs wurde bei 84 Euro getaxt nach einem Ausgabepreis "
     "von 82,50 Euro, was am oberen Rand der Zeichnungsspanne von 76,50 bis 82,50 Euro lag.", "76.5-82.5", "EUR"),
    ("Corvid IPO\n\nCorvid priced its IPO at $51 a share, the top of the marketed range of $47 to $51.", "47-51", "USD"),
    # (a sentence that goes on from the offering's)
    ("Corvid an der Börse\n\nDer Börsengang des Sportwagenherstellers Corvid ist geglückt: der Ausgabepreis wurde auf 51 Dollar festgelegt. Er lag damit am oberen Ende "
     "der Preisspanne von 47 bis 51 Dollar.", "47-51", "USD"),
])
def test_the_range_an_ipo_was_marketed_in(text, value, unit):
    got = {(c["subject"], c["attribute"], c["value"], c["unit"]) for c in _page_claims(text)}
    assert ("Corvid", "IPO price range", value, unit) in got
    assert not any(a == "IPO price" and v == value.split("-")[0] for _, a, v, _ in got)   # (an end of the range is no price)


def test_a_price_range_outside_an_offering_is_no_ipos():
    got = _page_claims("Corvid phones\n\nThe company Corvid sells its phones in a price range of $500 to $700 in most markets.")
    assert not any(c["attribute"] == "IPO price range" for c in got)


@pytest.mark.parametrize("sentence, facts_expected", [
    ("Corvid opened at $47, 38% above its IPO price, and traded as high as $57.8 during the day before eventually closing at $50.44.",
     {("Corvid", "share price", 47, "at the open"), ("Corvid", "intraday high", 57.8, None), ("Corvid", "share price", 50.44, "at the close")}),
    ("Las acciones de Corvid alcanzaron un máximo de 57,80 dólares.", {("Corvid", "intraday high", 57.8, None)}),
])
def test_the_days_high_and_a_verb_joined_to_the_clause_before(sentence, facts_expected):
    got = {(c["subject"], c["attribute"], c["value"], c.get("qualifier"))
           for c in _page_claims("Corvid shares soar\n\nThe startup Corvid listed its shares on Thursday.\n\n" + sentence)}
    assert facts_expected <= got


def test_the_share_the_sentence_names_by_its_article_is_the_page_companys():
    got = _page_claims("Corvid an der Börse\n\nDer Börsengang des Sportwagenherstellers Corvid ist geglückt.\n\n"
                       "Im Tageshoch ging die Aktie für 86,76 Euro um.")
    assert ("Corvid", "intraday high", 86.76) in {(c["subject"], c["attribute"], c["value"]) for c in got}


def test_a_record_high_is_no_days_high():
    got = _page_claims("Corvid shares soar\n\nThe startup Corvid listed its shares on Thursday.\n\nCorvid hit a record high of $60 on Friday.")
    assert not any(c["attribute"].startswith("intraday") for c in got)


@pytest.mark.parametrize("sentence, expected", [
    ("En lo que va del 2024, las acciones de Corvid acumulan un crecimiento de más del 75%.", ("share price gain", ">75", "year-to-date")),
    ("Corvid's stock has risen 34% in the past 12 months.", ("share price gain", 34, "over 12 months")),
    ("Shares of Corvid shot up to about 1.8% in the pre-market.", ("share price gain", "~1.8", "premarket")),
    ("Depuis le début de l'année, l'action Corvid est en baisse de quasiment 25%.", ("share price drop", "~25", "year-to-date")),
])
def test_moves_since_the_year_began_and_more_verbs_of_change(sentence, expected):
    got = {(c["attribute"], c["value"], c.get("qualifier")) for c in _page_claims(
        "Corvid shares\n\nThe startup Corvid listed its shares last year.\n\n" + sentence) if c["subject"] == "Corvid"}
    assert expected in got


def test_a_fusion_startups_worth_is_its_valuation_not_a_deal():
    got = {(c["subject"], c["attribute"], c["value"]) for c in _page_claims(
        "Corvid\n\nThe fusion startup Corvid, worth $5 billion after its last round, said on Monday it had raised $425 million.")}
    assert ("Corvid", "valuation", 5000000000) in got and not any(a.startswith("deal") for _, a, _ in got)


@pytest.mark.parametrize("sentence, value, unit", [
    ("Der erste Kurs wurde bei 84 Euro getaxt nach einem Ausgabepreis von 82,50 Euro.", 84, "EUR"),
    ("Corvid's opening price was $88, above the offer price.", 88, "USD"),
])
def test_the_first_trades_price_named_by_its_noun(sentence, value, unit):
    got = {(c["subject"], c["attribute"], c["value"], c["unit"], c.get("qualifier")) for c in _page_claims(
        "Corvid an der Börse\n\nDer Börsengang des Sportwagenherstellers Corvid ist geglückt.\n\n" + sentence)}
    assert ("Corvid", "share price", value, unit, "at the open") in got


def test_a_verb_that_means_revenue_before_the_amount():
    got = {(c["subject"], c["attribute"], c["value"], c.get("qualifier")) for c in _page_claims(
        "Corvid\n\nLa startup Corvid desarrolla software.\n\nCorvid es una empresa que en 2023 ingresó 13 400 millones de dólares.\n\n"
        "Corvid ingresó al mercado chino en 2019.")}
    assert got == {("Corvid", "revenue", 13400000000, "2023")}


@pytest.mark.parametrize("text", [
    "Corvid an der Börse\n\nJetzt wird die Idee, den Sportwagenbauer Corvid an die Börse zu bringen, Wirklichkeit. Die Aktie war "
    "heillos überzeichnet, hieß es bei den Banken. Am Ende wurde der Preis bei 82,50 Euro pro Aktie festgelegt.",
    "Corvid en Bourse\n\nLe groupe Corvid a fait son entrée en Bourse jeudi. Son prix a été fixé à 82,50 euros par action.",
])
def test_the_price_per_share_an_offering_set(text):
    got = {(c["subject"], c["attribute"], c["value"], c["unit"]) for c in _page_claims(text)}
    assert ("Corvid", "IPO price", 82.5, "EUR") in got


def test_a_price_per_share_set_outside_an_offering_is_no_ipo_price():
    got = _page_claims("Corvid\n\nThe carmaker Corvid set the price of its dividend at 2.50 euros per share on Monday.")
    assert not any(c["attribute"] == "IPO price" for c in got)


def test_a_valuation_range_is_no_price_range():
    got = _page_claims("Corvid IPO\n\nCorvid is seeking a valuation range of $60 billion to $70 billion in its IPO.")
    assert not any(c["attribute"] == "IPO price range" for c in got)


def test_a_name_with_its_own_participle_of_worth_owns_the_figure():
    got = {(c["subject"], c["attribute"], c["value"]) for c in _page_claims(
        "Corvid\n\nLe groupe Corvid est coté à Francfort.\n\nLe groupe Corvid entre dans le top 5 des constructeurs mondiaux, "
        "devant Vexa Motors, valorisé 57 milliards d'euros.")}
    assert not any(s == "Corvid" and v == 57000000000 for s, _, v in got)


def test_a_price_before_the_announcement_is_previous():
    got = {(c["subject"], c["attribute"], c["value"], c.get("qualifier")) for c in _page_claims(
        "Corvid\n\nThe startup Corvid sells software.\n\nCorvid's stock was trading at $119.59 per share prior to the announcement.")}
    assert ("Corvid", "share price", 119.59, "previously") in got


def test_a_price_trading_ended_at_is_the_close():
    got = {(c["subject"], c["attribute"], c["value"], c.get("qualifier")) for c in _page_claims(
        "Corvid\n\nThe startup Corvid sells software.\n\nCorvid's stock ended trading at $50.44 on Monday.")}
    assert ("Corvid", "share price", 50.44, "at the close") in got


def test_a_figure_in_spaced_thousands_before_a_clause_of_consequence_is_stated():
    got = {(c["subject"], c["attribute"], c["value"], c.get("said_by")) for c in _page_claims(
        "Corvid\n\nLa empresa Corvid desarrolla software.\n\nCorvid es una empresa que en 2023 ingresó 13 400 millones de dólares, "
        "por lo que engordará notablemente la cifra de negocio de Vexa.")}
    assert ("Corvid", "revenue", 13400000000, None) in got


def test_a_time_that_opens_the_sentence_scopes_its_figure():
    got = {(c["subject"], c["attribute"], c["value"], c.get("qualifier")) for c in _page_claims(
        "Corvid\n\nLa empresa Corvid desarrolla software.\n\n"
        "Sin embargo, en lo que va del 2023, las acciones de Corvid acumulan un crecimiento de más del 75%.")}
    assert ("Corvid", "share price gain", ">75", "year-to-date") in got


def test_a_priced_purchase_of_a_company_described_in_four_words():
    got = {(c["subject"], c["attribute"], c["value"]) for c in _page_claims(
        "Corvid\n\nThe networking company Corvid sells routers.\n\n"
        "Corvid's most substantial acquisition was the $6.9 billion purchase of cable set-top box manufacturer Vexa Systems.")}
    assert ("Vexa Systems", "deal price", 6900000000) in got


@pytest.mark.parametrize("sentence, value, year", [
    ("C'est la plus grosse acquisition du groupe Corvid, qui a déjà racheté Vexa Systems pour 7 milliards de dollars en 2005.", 7e9, "2005"),
    ("Prior to Orbis, Corvid's most substantial acquisition was the $6.9 billion purchase of cable set-top box manufacturer "
     "Vexa Systems in 2006.", 6.9e9, "2006"),
])
def test_an_earlier_purchase_keeps_its_year(sentence, value, year):
    got = {(c["subject"], c["attribute"], c["value"], c.get("qualifier")) for c in _page_claims(
        "Corvid\n\nThe networking company Corvid sells routers.\n\n" + sentence)}
    assert any(s == "Vexa Systems" and a == "deal price" and v == value and (q or "").endswith(year) for s, a, v, q in got)


@pytest.mark.parametrize("text, value", [
    ("fino a superare i 600 milioni di dollari", ">600000000"),
    ("pour dépasser les 2 milliards de dollars", ">2000000000"),
    ("hasta superar los 3.000 millones de dólares", ">3000000000"),
])
def test_the_infinitive_of_passing_a_sum_is_a_lower_bound(text, value):
    from digest.extract import values as V
    assert [v for _, _, v, _ in V.find_money(text)] == [value]


@pytest.mark.parametrize("sentence, value", [
    ("Corvid had debts worth $328 billion.", 328e9),
    ("Its total liabilities exceed $300 billion, the company said.", ">300000000000"),
    ("La empresa Corvid tenía una deuda de 328.000 millones de dólares.", 328e9),
    ("Dívidas da Corvid totalizam 301 bilhões de dólares.", 301e9),
    ("Il gruppo era in difficoltà a causa dell'eccessivo indebitamento, che ha raggiunto i 333 miliardi di dollari.", 333e9),
    ("The judge ordered the liquidation of the company, which had debts of $12 billion.", 12e9),
    ("El tribunal ordenó la liquidación de la compañía, que tenía una deuda de 328.000 millones de dólares.", 328e9),
])
def test_what_a_company_owes_in_all_is_its_total_debt(sentence, value):
    got = {(c["subject"], c["attribute"], c["value"]) for c in _page_claims(
        "Corvid\n\nThe property developer Corvid builds flats.\n\n" + sentence)}
    assert ("Corvid", "total debt", value) in got
    assert not any(a == "valuation" for _, a, _ in got)


@pytest.mark.parametrize("sentence", [
    "Corvid raised $2 billion in debt last year.",
    "The company plans to refinance $5 billion of debt.",
    "Corvid took on $3 billion in new debt.",
    "Corvid issued debt of $1 billion.",
    "Corvid emitió deuda por 500 millones de dólares.",
])
def test_some_debt_borrowed_or_refinanced_is_no_total(sentence):
    got = _page_claims("Corvid\n\nThe property developer Corvid builds flats.\n\n" + sentence)
    assert not any(c["attribute"] == "total debt" for c in got)


def test_assets_valued_at_a_sum_are_total_assets_not_a_valuation():
    got = {(c["subject"], c["attribute"], c["value"]) for c in _page_claims(
        "Corvid\n\nThe property developer Corvid builds flats.\n\nIts assets were valued at $242 billion.")}
    assert got == {("Corvid", "total assets", 242e9)}


def test_a_period_german_writes_with_a_capital_is_no_name_and_the_subject_before_its_auxiliary_acts():
    got = {(c["subject"], c["attribute"], c["value"], c.get("qualifier")) for c in _page_claims(
        "Corvid kauft Vexa\n\nDer US-Konzern Corvid will den Rivalen Vexa kaufen. Corvid hat angesichts der angeschwollenen "
        "Energiepreise infolge des Krieges vergangenes Jahr einen Rekordgewinn von fast 56 Milliarden Dollar erzielt.")}
    assert got == {("Corvid", "profit", "~56000000000", "last year")}


def test_a_fall_after_an_offering_moves_the_shares_and_the_offering_raised_its_sum():
    got = {(c["subject"], c["attribute"], c["value"]) for c in _page_claims(
        "Corvid\n\nCorvid fabrica sandalias.\n\n"
        "El fabricante de sandalias Corvid Holding se hundió 12,6% tras su Oferta Pública Inicial (OPI) de US$ 1.480 millones.")}
    assert got == {("Corvid Holding", "share price drop", 12.6), ("Corvid Holding", "IPO proceeds", 1480000000)}


def test_each_of_two_moves_takes_its_own_verb():
    got = {(c["subject"], c["attribute"], c["value"]) for c in _page_claims(
        "Corvid\n\nLe groupe Corvid fabrique des voitures.\n\n"
        "L'action Corvid reculait de 5% vers 11h30 et celle de la holding familiale Vexa SE tombait de 7%.")}
    assert ("Corvid", "share price drop", 5) in got and ("Vexa SE", "share price drop", 7) in got


def test_a_company_given_its_seat_is_named_and_a_sentence_opening_on_it_makes_it_the_page_subject():
    got = {(c["subject"], c["attribute"], c["value"]) for c in _page_claims(
        "Der erste Preis wurde auf 41 US-Dollar festgelegt und lag damit elf Prozent unter dem Ausgabepreis von 46 US-Dollar.\n\n"
        "Etwa zwei Drittel davon gehen an den Haupteigentümer, der mit dem Luxuskonzern Vexa verbunden ist.\n\n"
        "Corvid mit Sitz im rheinland-pfälzischen Linz am Rhein wurde zum Ausgabepreis mit rund 8,6 Milliarden Dollar bewertet.")}
    assert ("Corvid", "IPO price", 46) in got
    assert ("Corvid", "valuation", "~8600000000") in got
    assert not {s for s, _, _ in got} & {"Vexa", "Linz"}


def test_a_dutch_page_names_its_companies_by_their_moves_and_a_passive_takeover_prices_the_one_spoken_of():
    got = {(c["subject"], c["attribute"], c["value"], c.get("qualifier")) for c in _page_claims(
        "Corvid Natural Resources behoorde woensdag tot de winnaars op de beurzen in New York. De Amerikaanse olieproducent "
        "wordt overgenomen door zijn grotere branchegenoot Vexa voor bijna 60 miljard dollar. Het aandeel Corvid klom 1 procent. "
        "Vexa daalde net geen 4 procent.")}
    assert ("Corvid", "deal price", "~60000000000", "by Vexa") in got
    assert ("Corvid", "share price gain", 1, None) in got
    assert ("Vexa", "share price drop", "<4", None) in got
    assert not any(s == "Amerikaanse" for s, *_ in got)


def test_a_french_page_that_names_its_company_once_keeps_its_figures():
    got = {(c["subject"], c["attribute"], c["value"], c.get("qualifier")) for c in _page_claims(
        "Corvid supprime des emplois\n\nLe fabricant de puces Corvid va supprimer des emplois.\n\n"
        "L'opération s'inscrit dans un grand plan social, a indiqué l'entreprise. La compagnie comptait près de 125.000 "
        "employés fin 2023.\n\nLe groupe américain a publié des pertes nettes d'1,6 milliard de dollars au deuxième trimestre.\n\n"
        "Corvid compte réduire ses dépenses. Il a aussi annoncé qu'il ne verserait pas de dividende. Son action perdait plus de "
        "19% lors des échanges électroniques après la clôture. La transaction, évaluée à 253 dollars par action, est la plus "
        "importante depuis 1998.")}
    assert ("Corvid", "employees", "~125000", "2023") in got
    assert ("Corvid", "net loss", 1600000000, "Q2") in got
    assert ("Corvid", "share price drop", ">19", "after hours") in got
    assert not any(a == "share price" for _, a, _, _ in got)


@pytest.mark.parametrize("sentence", [
    "The chipmaker Corvid said on Thursday it would cut more than 15% of its workforce, or about 17,500 people, and suspend "
    "its dividend from the fourth quarter.",
    "Le fabricant de puces Corvid a annoncé jeudi qu'il supprimerait plus de 15 % de ses effectifs, soit quelque 17 500 "
    "personnes, et suspendrait son dividende à partir du quatrième trimestre.",
])
def test_a_cut_share_of_the_workforce_restated_in_people_is_a_count_of_job_cuts(sentence):
    got = {(c["subject"], c["attribute"], c["value"], c.get("qualifier"), c.get("said_by")) for c in _page_claims(
        "Corvid\n\nThe chipmaker Corvid makes chips.\n\n" + sentence)}
    assert ("Corvid", "workforce cut", ">15", None, None) in got
    assert ("Corvid", "job cuts", "~17500", None, None) in got


def test_the_people_a_company_employs_are_its_employees_and_a_rumour_in_the_conditional_stays_one():
    got = {(c["subject"], c["attribute"], c["value"], c.get("said_by")) for c in _page_claims(
        "Corvid\n\nLe fabricant de puces Corvid, qui employait 116 500 personnes au 29 juin, a déclaré que la majorité des "
        "suppressions seraient achevées. Selon la presse, Corvid supprimerait 20 % de ses effectifs.")}
    assert ("Corvid", "employees", 116500, None) in got
    assert ("Corvid", "workforce cut", 20, "unnamed reports") in got


@pytest.mark.parametrize("sentence, value, qualifier", [
    ("Corvid shares closed at $40.20, down 12.6%.", 12.6, "at the close"),
    ("Il titolo Corvid ha chiuso a 40,20 dollari, in calo del 12,61%.", 12.61, "at the close"),
    ("Il titolo Corvid ha chiuso in calo del 12,61%.", 12.61, "at the close"),
    ("Alle prime battute il titolo Corvid ha corretto al ribasso, accusando cali che hanno superato l'11%.", ">11", "at the open"),
])
def test_a_move_stated_with_the_close_or_the_first_trades_keeps_that_time(sentence, value, qualifier):
    got = {(c["subject"], c["attribute"], c["value"], c.get("qualifier")) for c in _page_claims(
        "Corvid\n\nThe sandal maker Corvid listed its shares on Wednesday.\n\n" + sentence)}
    assert ("Corvid", "share price drop", value, qualifier) in got


def test_a_time_of_trading_dates_no_company_worth():
    got = {(c["attribute"], c.get("qualifier")) for c in _page_claims(
        "Corvid\n\nIl produttore Corvid ha debuttato in borsa.\n\nLa società Corvid è stata valutata 8,64 miliardi di dollari, "
        "ma alle prime battute il titolo ha corretto al ribasso.")}
    assert ("valuation", None) in got


def test_a_move_stated_for_each_company_goes_to_each_and_a_subsidiary_is_not_its_parent():
    got = {(c["subject"], c["attribute"], c["value"]) for c in _page_claims(
        "Corvid\n\nEl grupo Corvid se hundió en bolsa. Dicho desplome fue del 21% para Corvid Group, mientras que fue del 18% "
        "para Corvid New Energy Vehicle, y solo del 2,5% para Corvid Property Services Group Limited.")}
    assert got == {("Corvid", "share price drop", 21), ("Corvid New Energy Vehicle", "share price drop", 18),
                   ("Corvid Property Services Group Limited", "share price drop", 2.5)}


@pytest.mark.parametrize("sentence, role", [
    ("Judge Linda Chan's order came in response to the request.", "Judge"),
    ("La jueza Linda Chan falló en contra de la empresa.", "jueza"),
    ("A juíza Linda Chan decidiu liquidar a incorporadora.", "juíza"),
])
def test_a_judge_is_a_role(sentence, role):
    got = {(c["subject"], c["attribute"], c["value"]) for c in _page_claims("Corvid\n\nThe court wound up Corvid.\n\n" + sentence)}
    assert ("Linda Chan", "role", role) in got


@pytest.mark.parametrize("sentence", [
    "Das Gesamtvolumen der Transaktion beläuft sich einschliesslich Nettoverschuldung auf 64,5 Milliarden US-Dollar.",
    "The transaction value is $64.5 billion including net debt.",
])
def test_a_deal_worth_counted_with_debt_is_the_purchase_price_including_debt(sentence):
    got = {(c["subject"], c["attribute"], c["value"], c.get("qualifier")) for c in _page_claims(
        "Corvid kauft Vexa\n\nDer US-Konzern Corvid will den Schieferöl-Spezialisten Vexa Resources übernehmen. Die beiden "
        "Unternehmen hätten eine Vereinbarung getroffen, teilte Corvid am Mittwoch mit. " + sentence)}
    assert ("Vexa Resources", "deal price", 64500000000, "including debt") in got
    assert not any(a == "total debt" for _, a, _, _ in got)


def test_a_change_a_relative_clause_states_after_a_level_is_not_the_level_s():
    got = {(c["subject"], c["attribute"], c["value"]) for c in _page_claims(
        "Corvid sale a bolsa\n\nLa red social Corvid salió a bolsa.\n\nAl precio de la OPI, Corvid estaba valorada en alrededor "
        "de 6.500 millones de dólares, lo que marca una disminución en el valor de mercado de la empresa.")}
    assert ("Corvid", "valuation", "~6500000000") in got
    assert not any(a.endswith("loss") for _, a, _ in got)


def test_a_price_a_share_was_quoted_at_and_its_signed_move_in_brackets():
    got = {(c["subject"], c["attribute"], c["value"]) for c in _page_claims(
        "Corvid\n\nLe fabricant Corvid est entré en Bourse.\n\nVers 17H00, l'action Corvid cotait 41,72 dollars (-9,78%) "
        "au lieu du prix d'introduction de 46 dollars.")}
    assert ("Corvid", "share price", 41.72) in got and ("Corvid", "share price drop", 9.78) in got
    assert not any(s.startswith("Vers") for s, _, _ in got)


def test_a_price_the_shares_opened_at_a_day_between_is_at_the_open():
    got = {(c["subject"], c["attribute"], c["value"], c.get("qualifier")) for c in _page_claims(
        "Corvid\n\nEl fabricante de sandalias Corvid Holding salió a bolsa.\n\nLas acciones del fabricante alemán de calzado "
        "abrieron el miércoles a US$ 41.")}
    assert ("Corvid Holding", "share price", 41, "at the open") in got


@pytest.mark.parametrize("sentence, value", [
    ("Corvid shares closed at $40.20, giving the company a market value of $7.55 billion.", 7.55e9),
    ("Las acciones de Corvid cerraron a US$ 40,20, lo que da a la empresa un valor de mercado de US$ 7.550 millones.", 7.55e9),
    ("Al prezzo di chiusura delle azioni di mercoledì, Corvid aveva una capitalizzazione di mercato di oltre 8 miliardi di dollari.",
     ">8000000000"),
])
def test_a_market_value_at_the_closing_price_is_at_the_close(sentence, value):
    got = {(c["subject"], c["attribute"], c["value"], c.get("qualifier")) for c in _page_claims(
        "Corvid\n\nThe sandal maker Corvid listed its shares on Wednesday.\n\n" + sentence)}
    assert ("Corvid", "market value", value, "at the close") in got


def test_a_low_of_the_first_trades_is_not_the_day_s_low():
    got = {(c["attribute"], c["value"]) for c in _page_claims(
        "Corvid\n\nIl produttore Corvid ha debuttato in borsa.\n\nLa società Corvid è stata valutata 8,64 miliardi di dollari, "
        "ma alle prime battute il titolo ha corretto al ribasso, accusando cali che hanno superato l'11% e segnando un minimo a "
        "40,34 dollari.")}
    assert not any(a.startswith("intraday") for a, _ in got)


_LAUNCH = "Vexa unveils Corvid 3\n\nVexa, the Berlin-based AI startup, on Tuesday released Corvid 3, a large language model. "


def test_a_model_named_by_a_word_and_a_number_keeps_its_specs():
    # "Corvid 3" has a device's shape too ("Switch 2"); a context window says it is a model
    got = {(c["subject"], c["attribute"], c["value"]) for c in _page_claims(
        _LAUNCH + "Corvid 3 has a context window of 256,000 tokens.")}
    assert ("Corvid 3", "context window", 256000) in got


@pytest.mark.parametrize("sentence, speaker", [
    ("Corvid 3 scores 88.1% on MMLU, the company said.", "Vexa"),
    ("Corvid 3 costs $2 per million input tokens, said the startup.", "Vexa"),
    ("Corvid 3 tiene una ventana de contexto de 256.000 tokens, dijo la empresa.", "Vexa"),
    ("According to Vexa chief executive Lena Marsh, Corvid 3 scores 88.1% on MMLU.", "Lena Marsh"),
])
def test_the_company_noun_or_a_role_before_a_name_speaks(sentence, speaker):
    got = [c for c in _page_claims(_LAUNCH + sentence) if c["subject"] == "Corvid 3" and c["attribute"] != "release date"]
    assert got and {c.get("said_by") for c in got} == {speaker}


@pytest.mark.parametrize("sentence, attribute, value", [
    ("The company employs 450 people.", "employees", 450),
    ("The startup now has 450 employees.", "employees", 450),
    ("The startup now has more than 2 million users.", "users", ">2000000"),
    ("Vexa now has more than 2 million users.", "users", ">2000000"),
])
def test_a_company_that_opens_the_sentence_owns_its_counts_not_the_page_s_model(sentence, attribute, value):
    got = {(c["subject"], c["attribute"], c["value"]) for c in _page_claims(_LAUNCH + sentence)}
    assert ("Vexa", attribute, value) in got
    assert not any(s == "Corvid 3" and a == attribute for s, a, _ in got)


def test_the_gpus_a_model_was_trained_on_are_the_model_s():
    got = {(c["subject"], c["attribute"], c["value"]) for c in _page_claims(
        _LAUNCH + "It was trained on 20 trillion tokens using 16,000 GPUs.")}
    # (the startup keeps only what is its own: its seat, "the Berlin-based AI startup")
    assert ("Corvid 3", "training GPUs", 16000) in got and not any(s == "Vexa" and a != "headquarters" for s, a, _ in got)


def test_lines_under_a_label_naming_another_model_are_not_the_page_s_model_s():
    got = {(c["subject"], c["attribute"], c["value"]) for c in _page_claims(
        "Vexa launches Corvid 3\n\nVexa released Corvid 3 on Monday, replacing Corvid 2.\n\n"
        "Corvid 2 Voice Mode (before Corvid 3):\n\n- Latency: 2-5 seconds per exchange\n\n"
        "Corvid 3 Architecture:\n\n- Latency: 320ms average\n")}
    assert ("Corvid 3", "latency", 320) in got
    assert not [v for s, a, v in got if a == "latency" and v != 320]


_RESULTS_PAGE = (
    "Halcyon Systems shares slump after weak outlook\n\n"
    "NEW YORK, Nov 12 (Reuters) - Shares of Halcyon Systems fell 14% on Wednesday after the chipmaker forecast "
    "fourth-quarter revenue below Wall Street estimates.\n\n"
    "The company reported third-quarter revenue of $2.3 billion, up 18% from a year earlier. Net income rose to "
    "$410 million, or 92 cents per share, from $305 million.\n\n"
    "The stock closed at $48.20, wiping about $9 billion off its market value. Rival Orrin Semiconductor rose 2%.\n")


def test_a_company_named_with_a_word_like_systems_is_found_and_gets_its_results():
    got = {(c["subject"], c["attribute"], c["value"], c.get("said_by")) for c in _page_claims(_RESULTS_PAGE)}
    assert ("Halcyon Systems", "revenue", 2300000000, None) in got
    assert ("Halcyon Systems", "share price drop", 14, None) in got   # (Wall Street's estimates are a noun: no speaker)
    assert ("Halcyon Systems", "market value loss", "~9000000000", None) in got


def test_a_level_reached_then_where_it_started_is_one_change():
    got = {(c["attribute"], c["value"]) for c in _page_claims(_RESULTS_PAGE)}
    assert ("net profit", "from 305000000 to 410000000") in got
    assert not any(v == 305000000 for _, v in got)


def test_a_noun_before_a_name_at_a_sentence_s_opening_is_no_part_of_it():
    got = {c["subject"] for c in _page_claims(_RESULTS_PAGE)}
    assert "Orrin Semiconductor" in got and not any(s.startswith("Rival") for s in got)


def test_a_model_named_with_its_size_and_a_test_named_a_benchmark_are_found():
    got = {(c["subject"], c["attribute"], c["value"]) for c in _page_claims(
        "Kestrel AI unveils a small model\n\nKestrel AI on Thursday released Finch-8B, an open-weight model with 8 billion "
        "parameters.\n\nFinch-8B scored 72.1 on the GPQA-Lite benchmark. Kestrel, founded in 2022, has raised $310 million "
        "to date.\n")}
    assert ("Finch-8B", "parameters", 8e9) in got and ("Finch-8B", "GPQA-Lite", 72.1) in got
    assert ("Kestrel", "funding", 310000000) in got


def test_a_one_word_company_its_shares_name_is_found_and_a_count_lost_is_no_level():
    got = {(c["subject"], c["attribute"], c["value"]) for c in _page_claims(
        "Streaming service Tidewave loses subscribers\n\nTidewave said on Tuesday it lost 1.3 million paid subscribers "
        "in the first quarter.\n\nThe streaming service ended the quarter with 88.7 million subscribers.\n\n"
        "Tidewave shares dropped 22% in after-hours trading.\n")}
    assert ("Tidewave", "subscriber losses", 1300000) in got and ("Tidewave", "share price drop", 22) in got
    assert ("Tidewave", "subscribers", 1300000) not in got


def test_a_company_an_authority_fines_is_found_and_the_amount_is_no_part_of_its_name():
    got = {(c["subject"], c["attribute"], c["value"]) for c in _page_claims(
        "EU fines Ostrava Media\n\nThe European Commission on Wednesday fined Ostrava Media 780 million euros ($850 million) "
        "for abusing its dominance.\n\nOstrava Media said it would appeal the decision.\n")}
    assert got == {("Ostrava Media", "fine", 780000000)}


def test_a_company_before_a_relative_clause_and_its_verb_is_found():
    got = {(c["subject"], c["attribute"], c["value"]) for c in _page_claims(
        "Helix Grid secures debt\n\nHelix Grid, which builds data centers for AI companies, has secured $1.2 billion in debt "
        "financing from a group of banks led by Crestmoor Bank, the company said on Thursday.\n\n"
        "The startup raised $400 million in equity last year at a valuation of $3 billion.\n")}
    assert ("Helix Grid", "valuation", 3000000000) in got and not any(s == "Crestmoor Bank" for s, _, _ in got)


@pytest.mark.parametrize("sentence, value, speaker", [
    ("The brokerage raised its price target on the company's stock to $210 from $165.", "from 165 to 210", "analysts' estimate"),
    ("Morgan Ridge raised its price target on Vexa to $210.", 210, "Morgan Ridge"),
    ("Los analistas de Banco Ardales elevaron su precio objetivo para Vexa hasta 10,5 euros por acción.", 10.5, "Banco Ardales"),
    ("Gli analisti di Equita hanno alzato il prezzo obiettivo a 26 euro da 22 euro.", "from 22 to 26", "Equita"),
])
def test_a_price_target_is_the_company_s_said_by_who_set_it_and_no_share_price(sentence, value, speaker):
    got = [c for c in _page_claims("Vexa\n\nShares of Vexa, the software maker, rose 4% on Tuesday. " + sentence)
           if c["quote"].startswith(sentence[:20])]
    assert [(c["subject"], c["attribute"], c["value"], c.get("said_by")) for c in got] == [("Vexa", "price target", value, speaker)]


@pytest.mark.parametrize("page, expected", [
    ("Aurex übernimmt Datavia\n\nDer Industriekonzern Aurex kauft den Softwareanbieter Datavia. Datavia mit Sitz in Karlsruhe "
     "erzielte zuletzt einen Umsatz von 95 Millionen Euro und beschäftigt 480 Mitarbeiter.", ("Datavia", "revenue", 95000000)),
    ("Tessaron stellt Falke 4 vor\n\nDas Berliner Start-up Tessaron hat am Dienstag sein Sprachmodell Falke 4 vorgestellt. "
     "Das Modell verfügt über 180 Milliarden Parameter.", ("Falke 4", "parameters", 180000000000)),
    ("Halcyon reduce su deuda\n\nHalcyon SA obtuvo un beneficio neto de 312 millones de euros. La deuda neta se redujo en "
     "120 millones, hasta 1.050 millones de euros.", ("Halcyon", "net debt", 1050000000)),
    ("Arcadia AI presenta Solco 2\n\nLa startup milanese Arcadia AI ha presentato oggi il modello Solco 2, addestrato su 12 mila miliardi "
     "di token.", ("Solco 2", "training tokens", 12000000000000)),
    ("Marenzi crolla in Borsa\n\nMarenzi ha perso il 12,7% a 3,48 euro. Con il calo di ieri, la capitalizzazione di Marenzi "
     "scende sotto i 900 milioni di euro.", ("Marenzi", "market value", "<900000000")),
])
def test_words_that_look_like_bounds_or_seats_in_other_languages(page, expected):
    got = {(c["subject"], c["attribute"], c["value"]) for c in _page_claims(page)}
    assert expected in got
    assert not any(s in ("Karlsruhe",) for s, _, _ in got)


def test_whoever_founded_a_company_or_is_quoted_is_not_the_company():
    got = {(c["subject"], c["attribute"]) for c in _page_claims(
        "Rotafy capta US$ 60 milhões\n\nA Rotafy, startup paulistana de logística, captou US$ 60 milhões. Fundada em 2020 por "
        "Beatriz Lacerda e Caio Menezes, a Rotafy entrega cerca de 1,2 milhão de pacotes por mês. Segundo Lacerda, a companhia "
        "deve faturar R$ 410 milhões neste ano.")}
    assert ("Rotafy", "funding") in got and not any(s == "Lacerda" for s, _ in got)


@pytest.mark.parametrize("lede, sentence, value", [
    ("La empresa española Quenda, con sede en Madrid, presentó resultados.",
     "Quenda anunció un expediente de regulación de empleo que afectará a 850 trabajadores, el 12% de su plantilla.", 850),
    ("Il gruppo Sfera ha presentato il piano.", "Sfera ha annunciato 1.100 esuberi in Italia.", 1100),
    ("Il gruppo Sfera ha presentato il piano.", "Sfera taglierà 1.100 posti di lavoro.", 1100),
    ("Vexa, the software maker, reported results.", "Vexa announced 3,000 layoffs on Tuesday.", 3000),
])
def test_job_cuts_named_by_their_own_noun_or_a_future_verb(lede, sentence, value):
    got = {(c["attribute"], c["value"]) for c in _page_claims("Title\n\n" + lede + " " + sentence)}
    assert ("job cuts", value) in got


def test_a_town_s_adjective_and_a_company_noun_are_no_part_of_the_name():
    got = {c["subject"] for c in _page_claims(
        "Nordwind hebt Prognose an\n\nDer Hamburger Windanlagenbauer Nordwind AG hat im dritten Quartal mehr verdient. "
        "Der Umsatz stieg um 12 Prozent auf 2,7 Milliarden Euro.")}
    assert got in ({"Nordwind"}, {"Nordwind AG"})


def test_a_part_of_a_count_is_no_count_and_a_name_owning_what_is_said_does_not_say_it():
    got = [(c["subject"], c["attribute"], c["value"], c.get("said_by")) for c in _page_claims(
        "Northwind opens London office\n\nNorthwind Labs, the AI startup, opened a London office. Northwind, which now has "
        "around 400 employees, said Britain's talent pool was \"second to none\". About 12 million of those users pay for a "
        "subscription, she said.")]
    assert ("Northwind", "employees", "~400", None) in got
    assert not [c for c in got if c[1] == "users"]


def test_an_app_its_apposition_names_is_a_product_and_the_company_is_not_the_app():
    got = {(c["subject"], c["attribute"]) for c in _page_claims(
        "Murmur passes 300 million users\n\nMurmur, the chatbot app developed by Lumen Forge, now has more than 300 million "
        "weekly active users, Lumen Forge Chief Executive Priya Nandakumar said.\n\nThe company expects revenue to reach "
        "$2.4 billion this year, according to an internal projection.\n")}
    assert ("Murmur", "users") in got
    assert ("Lumen Forge", "users") not in got and ("Murmur", "revenue") not in got


@pytest.mark.parametrize("page, expected", [
    ("Granite Harbor Bank profit falls\n\nGranite Harbor Bank's first-quarter profit fell 15% to $412 million from $485 million.",
     ("Granite Harbor Bank", "profit")),
    ("Arden Motors results\n\nArden Motors Co's revenue rose 8% to $47.2 billion in the quarter.", ("Arden Motors", "revenue")),
    ("Quillon unveils Pax 4 Turbo\n\nQuillon released Pax 4 Turbo on Monday. Pax 4 Turbo costs $1.25 per million input tokens, "
     "half the price of Pax 4.", ("Pax 4 Turbo", "price per million input tokens")),
])
def test_a_bank_a_co_and_a_turbo_tier_belong_to_their_names(page, expected):
    got = {(c["subject"], c["attribute"]) for c in _page_claims(page)}
    assert expected in got
    assert not any(s == "Pax 4" for s, _ in got)


def test_an_index_that_added_points_and_a_country_speak_no_claim():
    got = [c for c in _page_claims(
        "Stocks rally\n\nThe Dow Jones Industrial Average rose 0.6% to 39,410 points, the S&P 500 gained 0.9% to 5,308, and "
        "the Nasdaq Composite added 1.4% to 16,742.")]
    assert got and not any(c.get("said_by") for c in got)


@pytest.mark.parametrize("sentence", [
    "Comisiones Obreras ha convocado una huelga de dos días para el 3 y 4 de octubre.",
    "Os trabalhadores exigem um aumento salarial de 8% para este ano.",
])
def test_a_strike_s_length_is_no_deadline_and_a_wage_rise_no_share_move(sentence):
    got = _page_claims("Portomar\n\nLa portuaria Portomar, con sede en Lisboa, presentó resultados. " + sentence)
    assert not [c for c in got if c["attribute"] in ("deadline", "share price gain")]


def test_dutch_adjectives_of_places_are_no_names_and_tot_leads_to_the_level():
    got = {(c["subject"], c["attribute"], c["value"], c.get("qualifier")) for c in _page_claims(
        "Brightwell koopt Korvane\n\nHet Britse Brightwell maakte cijfers bekend. Het Britse Brightwell neemt het Eindhovense "
        "technologiebedrijf Korvane over voor 2,8 miljard euro. De omzet van Brightwell steeg met 17 procent tot 1,64 miljard euro.")}
    assert ("Korvane", "deal price", 2800000000, "by Brightwell") in got
    assert ("Brightwell", "revenue", 1640000000, None) in got


def test_a_rival_a_company_noun_opens_is_its_sentence_s_subject_and_a_word_of_a_name_measures_nothing():
    got = {(c["subject"], c["attribute"], c["value"]) for c in _page_claims(
        "Loopline grows\n\nLoopline, the social app maker, said on Tuesday its users rose 20% to 40 million. Rival app Hushroom "
        "has about 22 million daily users, according to research firm AppMetrics. Federal regulators on Tuesday fined fintech "
        "company Zephyr Pay $45 million.")}
    assert not any(v == 22000000 or str(v) == "~22000000" for s, a, v in got if s == "Loopline")
    assert ("Zephyr Pay", "fine", 45000000) in got and not any(a == "payment" for _, a, _ in got)


def test_a_price_target_after_an_analyst_is_the_company_s_and_a_yield_is_no_share_price():
    got = {(c["subject"], c["attribute"]) for c in _page_claims(
        "Brightmoor jumps\n\nShares of Brightmoor Therapeutics jumped 27% on Monday. Analyst Anjali Deshmukh of Carver & Lowe "
        "called the data a game changer. She raised her price target to $88 from $64. The benchmark 10-year Treasury yield fell "
        "to 4.35% from 4.42%.")}
    assert ("Brightmoor Therapeutics", "price target") in got
    assert not any(a == "price target" and s != "Brightmoor Therapeutics" for s, a in got)
    assert not any(s == "Treasury" and a.startswith("share price") for s, a in got)


def test_a_noun_of_an_aside_measures_no_move_after_it_and_a_taiwan_dollar_is_no_us_dollar():
    got = {(c["subject"], c["attribute"], c["value"], c["unit"]) for c in _page_claims(
        "Chip stocks fall\n\nChip stocks fell on Tuesday. Tessaract Devices, which gets nearly a third of its sales from Asian "
        "customers, fell 7.9%. Kaimon, the Taiwanese chipmaker, said revenue was T$1.85 trillion.")}
    assert ("Tessaract Devices", "share price drop", 7.9, "percent") in got
    assert not any(u == "USD" for _, _, _, u in got)


@pytest.mark.parametrize("lede, sentence, expected, unexpected", [
    ("Pagolo, la fintech milanese, ha presentato i conti.",
     "Pagolo ha chiuso il 2024 con ricavi per 96 milioni di euro e una perdita di 18 milioni.", ("net loss", 18000000, "EUR"), "revenue loss"),
    ("Jandaia, a startup paulista, lançou o modelo Jaguar 2.",
     "O acesso via API custará R$ 10 por milhão de tokens de saída.", ("price per million output tokens", 10, "BRL"), None),
    ("Brightwater, the chipmaker, reported results.",
     "Brightwater said orders from its top five customers fell 22% from the previous quarter.", None, "rank"),
])
def test_a_loss_beside_revenue_a_real_per_token_and_a_group_named_by_rank(lede, sentence, expected, unexpected):
    got = {(c["attribute"], c["value"], c["unit"]) for c in _page_claims("Title\n\n" + lede + " " + sentence)}
    if expected:
        assert expected in got
    assert not any(a == unexpected or a == "customers" for a, _, _ in got)


def test_a_wish_or_an_aim_is_no_fact():
    got = [c for c in _page_claims("Yoomo cresce\n\nYoomo, la piattaforma di streaming, cresce. Yoomo punta a superare i 3 "
                                   "milioni di abbonati entro la fine del 2026. Investors want to see Yoomo's operating margin "
                                   "get back above 25%, analyst Raymond Teague said.") if c["attribute"] != "role"]
    assert got and all(c.get("said_by") and "forecast" in c["said_by"] for c in got)


@pytest.mark.parametrize("lede, sentence, expected", [
    ("Der Softwarekonzern Nordwerk legte am Dienstag Zahlen vor.", "Die Nordwerk-Aktie schloss 5,2 Prozent höher bei 84,30 Euro.",
     ("Nordwerk", "share price gain", 5.2, "at the close")),
    ("Het Eindhovense Omniflex presenteerde cijfers.", "Het aandeel Omniflex opende op het Damrak 8 procent hoger.",
     ("Omniflex", "share price gain", 8, "at the open")),
    ("A Ferrovia Atlântica apresentou resultados.", "As ações da Ferrovia Atlântica recuavam 2,7% para 3,41 euros.",
     ("Ferrovia Atlântica", "share price drop", 2.7, None)),
])
def test_share_moves_written_with_a_comparative_or_a_past_continuous(lede, sentence, expected):
    got = {(c["subject"], c["attribute"], c["value"], c.get("qualifier")) for c in _page_claims("Title\n\n" + lede + " " + sentence)}
    assert expected in got


def test_a_model_named_with_a_hyphen_and_its_size_and_a_post_a_company_names_someone_to():
    got = {(c["subject"], c["attribute"], c["value"]) for c in _page_claims(
        "Osprey Labs releases a coding model\n\nOsprey Labs released Osprey-Code 70B on Monday. The model scored 74.6 on the "
        "HumanEval+ benchmark. It was trained on 18 trillion tokens. Osprey Labs named Imogen Tate as its chief executive officer.")}
    assert ("Osprey-Code 70B", "training tokens", 18e12) in got
    assert not any(a == "HumanEval" for _, a, _ in got)   # (HumanEval+ is another test)
    assert any(s == "Imogen Tate" and a == "role" and "Osprey Labs" in v for s, a, v in got)


def test_a_figure_the_company_says_at_the_sentence_s_end_is_the_company_s():
    got = {(c["subject"], c["attribute"], c["value"]) for c in _page_claims(
        "Nimbara results\n\nNimbara Cloud Inc reported quarterly revenue of $2.1 billion on Tuesday. Data-center sales more than "
        "doubled to $1.1 billion, the company said.")}
    assert ("Nimbara Cloud", "data-center revenue", 1100000000) in got


def test_an_index_a_page_names_first_takes_no_company_s_share_move():
    got = {(c["subject"], c["attribute"]) for c in _page_claims(
        "Piazza Affari, Sirtel crolla del 14% dopo i conti. Ftse Mib in rialzo\n\nSeduta da dimenticare per Sirtel a Piazza Affari: "
        "il titolo della società di sistemi di telecomunicazione ha chiuso in calo del 14,2% a 6,81 euro, dopo che i conti del primo "
        "semestre sono risultati inferiori alle attese.\n\nIl Ftse Mib ha chiuso in rialzo dello 0,7% a 42.318 punti.")}
    assert ("Ftse Mib", "index gain") in got
    assert not any(s == "Ftse Mib" and not a.startswith("index") for s, a in got)


def test_what_things_counted_are_worth_is_no_company_s_valuation():
    got = {(c["subject"], c["attribute"], c["value"]) for c in _page_claims(
        "Rupeeloop files for IPO\n\nRupeeloop, the Indian payments startup, filed for an IPO. Rupeeloop processed 4.6 billion "
        "transactions worth 3.9 trillion rupees in September. The startup is now worth $9 billion.")}
    assert [v for s, a, v in got if a == "valuation"] == [9000000000]


def test_a_word_of_an_authority_s_name_and_a_charge_are_no_other_measure():
    got = {(c["subject"], c["attribute"], c["value"]) for c in _page_claims(
        "Zoomkart fined\n\nZoomkart, the ride-hailing app, was fined on Tuesday. The Competition Commission of India said Zoomkart "
        "controlled about 62% of the ride-hailing market. Aurelio Compute Inc. reported a 23% drop in second-quarter net income "
        "on Thursday, hurt by a $410 million charge tied to older graphics processors, even as revenue rose.")}
    assert not any(a == "commission rate" for _, a, _ in got)
    assert ("Aurelio Compute", "charge", 410000000) in got and not any(a == "revenue" for _, a, _ in got)


def test_a_dateline_with_a_date_names_no_company_and_a_year_ago_base_is_no_figure():
    got = {(c["subject"], c["attribute"], c["value"]) for c in _page_claims(
        "Cajuí capta R$ 850 milhões\n\nSÃO PAULO, 12 de março (Reuters) - A startup brasileira Cajuí captou R$ 850 milhões. Com o "
        "aporte, a companhia passa a ser avaliada em US$ 1,1 bilhão. A Cajuí registou um prejuízo de 27,5 milhões de euros, que "
        "compara com um lucro de 8,2 milhões de euros no período homólogo. As receitas caíram 11% para 318 milhões de euros.")}
    assert ("Cajuí", "valuation", 1100000000) in got and not any(s.isupper() for s, _, _ in got)
    assert not any(v == 8200000 for _, _, v in got)
    assert ("Cajuí", "revenue drop", 11) in got


def test_a_company_whose_relative_clause_states_its_move_is_found_and_owns_the_group_s_results():
    got = {(c["subject"], c["attribute"], c["value"]) for c in _page_claims(
        "Piazza Affari: vola Sintelia dopo i conti\n\nMILANO (Reuters) - Seduta positiva per Piazza Affari.\n\nIn evidenza Sintelia, "
        "che ha guadagnato il 9,6% a 17,85 euro dopo aver diffuso i risultati.\n\nIl gruppo di servizi IT ha registrato ricavi per "
        "486 milioni di euro.\n\nTra i peggiori del listino, invece, Orbitel ha ceduto il 2,3%.")}
    assert ("Sintelia", "revenue", 486000000) in got and not any(s == "Orbitel" and a == "revenue" for s, a, _ in got)


def test_a_german_developer_noun_introduces_the_company_and_nach_leads_to_the_year_before():
    got = {(c["subject"], c["attribute"], c["value"]) for c in _page_claims(
        "Tessaro kauft Vantik\n\nDas Münchner KI-Startup Tessaro kauft den Berliner Chipentwickler Vantik. Vantik hatte im "
        "vergangenen Jahr einen Umsatz von 11 Millionen Euro erzielt, nach 4 Millionen Euro im Jahr davor.")}
    assert ("Vantik", "revenue", 11000000) in got
    assert not any(v == 4000000 for _, _, v in got) and not any(s == "Tessaro" and a == "revenue" for s, a, _ in got)


def test_a_company_worth_an_amount_in_german_and_dutch_is_valued_at_it_and_an_order_worth_one_is_not():
    # the predicate after the amount: "… 4 Milliarden Euro wert", "… 3 miljard euro waard"
    de = _page_claims("Lindqvist Motoren an der Börse\n\nFRANKFURT (dpa-AFX) - Lindqvist Motoren war nach dem ersten Handelstag "
                      "rund 4 Milliarden Euro wert. Der neue Auftrag ist 300 Millionen Euro wert, teilte Lindqvist mit.")
    assert {(c["subject"], c["attribute"], c["value"]) for c in de} == {("Lindqvist Motoren", "valuation", "~4000000000")}
    nl = _page_claims("Veldhoven Optics naar de beurs\n\nAMSTERDAM (ANP) - Veldhoven Optics is na de beursgang ruim 3 miljard euro waard.")
    assert [(c["subject"], c["attribute"], c["value"]) for c in nl] == [("Veldhoven Optics", "valuation", ">3000000000")]


def test_a_label_and_its_figures_are_no_heading_and_the_expected_figure_is_the_analysts():
    got = _page_claims(
        "Tavora misses estimates\n\nTavora Inc shares fell 8% in extended trading on Tuesday after the retailer reported "
        "quarterly results.\n\nHere's how the company did compared with what Wall Street was expecting:\n\n"
        "Revenue: $4.2 billion vs. $4.5 billion expected\n\nThe company also cut its outlook for the year.\n")
    got = {(c["subject"], c["attribute"], c["value"], c.get("said_by")) for c in got}
    assert ("Tavora", "revenue", 4200000000, None) in got
    assert ("Tavora", "revenue", 4500000000, "analysts' estimate") in got


def test_a_model_written_with_a_space_before_its_version_is_found_beside_a_model_word():
    # "Falkenstein 2" is a device's shape; the model word beside it and a second mention make it a model, so the
    # specs after it are its own and not those of the rival named with a hyphen
    got = _page_claims(
        "Brennwald stellt Sprachmodell Korona 2 vor\n\nDas Kölner Start-up Brennwald hat mit Korona 2 die zweite Generation "
        "seines Sprachmodells veröffentlicht. Das Modell umfasst nach Angaben des Unternehmens 90 Milliarden Parameter. "
        "Im Benchmark MMLU erreicht Korona 2 laut Brennwald 81,5 Prozent, während das Konkurrenzmodell Vesta-3 auf "
        "78,2 Prozent komme. Das Unternehmen beschäftigt derzeit etwa 150 Mitarbeiter.")
    got = {(c["subject"], c["attribute"], c["value"]) for c in got}
    assert ("Korona 2", "parameters", 90000000000) in got and ("Korona 2", "MMLU", 81.5) in got
    assert not any(s == "Vesta-3" and a in ("parameters", "MMLU") and v != 78.2 for s, a, v in got)
    assert not any(s == "Korona 2" and a == "employees" for s, a, _ in got)


def test_a_rival_held_up_by_comparison_is_not_the_model_and_a_founding_is_dated_by_its_year():
    got = _page_claims(
        "Wrenfield launches Talon-4\n\nWrenfield, the Boston AI startup founded by former robotics engineers, on Tuesday "
        "released Talon-4, its largest model.\n\nThe company said the model scored 81.2% on GPQA, compared with 79.9% for "
        "Ostrich Labs' Plover-2. Plover-2, by comparison, costs $4 per million input tokens.\n\n"
        "He said the model was trained on roughly 12 trillion tokens.\n")
    got = {(c["subject"], c["attribute"], c["value"]) for c in got}
    assert ("Talon-4", "training tokens", "~12000000000000") in got
    assert not any(a == "founded" for _, a, _ in got)


def test_what_one_of_the_unnamed_people_said_is_reported_and_a_speaker_saying_it_on_a_call_keeps_it():
    got = {(c["attribute"], c["value"], c.get("said_by")) for c in _page_claims(
        "Brisa in talks\n\nBrisa AI is in talks to raise new funding, according to people familiar with the matter. "
        "Brisa's annualized revenue has reached about $1.2 billion, one of the people said.\n\n"
        "\"We think the app can reach 40 million users by the end of next year,\" chief executive Ana Ortiz said on a "
        "video call.\n")}
    assert ("annualized revenue", "~1200000000", "unnamed reports") in got
    assert ("users", 40000000, "Ana Ortiz") in got


def test_an_earlier_round_of_job_cuts_keeps_its_date_and_a_score_s_rise_is_no_score():
    got = {(c["subject"], c["attribute"], c["value"], c.get("qualifier")) for c in _page_claims(
        "Merrow cuts jobs\n\nMerrow Corp said on Monday it would cut 1,500 jobs. It previously cut 600 jobs in March 2024.\n\n"
        "Merrow's new model Kite-3 scored 77.4% on HumanEval, where the score rose by 9.2 points. Kite-3 scored 6.1 points "
        "higher than Kite-2 on MMLU.\n")}
    assert ("Merrow", "job cuts", 600, "2024-03") in got and ("Merrow", "job cuts", 1500, None) in got
    assert ("Kite-3", "HumanEval", 77.4, None) in got
    assert not any(v in (9.2, 6.1, 6) for _, _, v, _ in got)


def test_a_company_noun_after_its_article_names_no_one_and_a_supervisor_imposes_no_fine_on_itself():
    got = _page_claims(
        "Lindenbank streicht Stellen\n\nFRANKFURT (dpa-AFX) - Am selben Tag wurde bekannt, dass die Finanzaufsicht Bafin ein "
        "Bußgeld von 9,5 Millionen Euro gegen die Bank verhängt hat. Die Bank zählt nach eigenen Angaben 2,1 Millionen Kunden.")
    assert not any(c["subject"] in ("Bank", "Finanzaufsicht Bafin") for c in got)


def test_a_clause_that_opens_on_another_noun_moves_that_noun_and_german_soll_is_a_forecast():
    it = _page_claims(
        "Banca Velia, utile in crescita\n\nMILANO (Reuters) - Banca Velia ha chiuso il trimestre con un utile netto di 820 "
        "milioni di euro. Il margine d'interesse è salito del 3,7% a 2,1 miliardi. Il titolo è salito del 2,4%.")
    moves = {(c["attribute"], c["value"]) for c in it if c["attribute"].startswith("share price")}
    assert moves == {("share price gain", 2.4)}
    de = _page_claims(
        "Ostwerk hebt Margenziel an\n\nMÜNCHEN (dpa-AFX) - Der Maschinenbauer Ostwerk hat im zweiten Quartal mehr verdient als erwartet. "
        "Die bereinigte Ebit-Marge soll nun zwischen 7,5 und 8,0 Prozent liegen.")
    assert {(c["attribute"], c.get("said_by")) for c in de if "margin" in c["attribute"]} == {("operating margin", "forecast")}


def test_earnings_per_share_in_cents_and_restated_after_a_profit_and_a_dividend_cut_from_its_old_level():
    got = {(c["attribute"], c["value"], c.get("said_by")) for c in _page_claims(
        "Tavora results\n\nTavora Inc shares fell 6% in extended trading on Tuesday after the retailer reported quarterly "
        "results.\n\nEarnings per share: 52 cents adjusted vs. 57 cents expected\n\n"
        "Tavora reported a net loss of $120 million, or 31 cents a share. A year earlier it posted adjusted earnings of "
        "$1.05 per share.\n\nTavora said it would cut its quarterly dividend to 12 cents a share from 20 cents.\n")}
    assert ("earnings per share", 0.52, None) in got and ("earnings per share", 0.57, "analysts' estimate") in got
    assert ("net loss", 120000000, None) in got and ("loss per share", 0.31, None) in got
    assert ("dividend per share", 0.12, None) in got and not any(v == 0.2 for _, v, _ in got)


def test_management_acts_for_the_company_and_a_french_bound_and_a_portuguese_article_before_a_company_noun():
    fr = {(c["subject"], c["attribute"], c["value"]) for c in _page_claims(
        "Orvane supprime des postes\n\nPARIS (AFP) - L'éditeur de logiciels Orvane a publié jeudi un chiffre d'affaires de 410 "
        "millions d'euros. Pour redresser la barre, la direction prévoit la suppression de 600 postes. La marge opérationnelle "
        "devrait s'établir autour de 9 %.")}
    assert ("Orvane", "job cuts", 600) in fr and ("Orvane", "operating margin", "~9") in fr
    pt = {(c["subject"], c["attribute"], c["value"]) for c in _page_claims(
        "Varejista lucra mais\n\nSÃO PAULO (Reuters) - A varejista Casa Ipê registrou lucro líquido de R$ 210 milhões no "
        "terceiro trimestre.")}
    assert ("Casa Ipê", "net profit", 210000000) in pt


def test_a_portuguese_fine_by_an_authority_of_something_is_not_that_something_s_and_a_valuation_keeps_no_base_s_year():
    fine = _page_claims(
        "Coima a operadoras\n\nLISBOA (Lusa) - A Autoridade da Concorrência (AdC) aplicou uma coima de 12,4 milhões de euros "
        "a duas operadoras de telecomunicações.")
    assert not any(c["subject"] == "Concorrência" for c in fine)
    val = [(c["subject"], c["attribute"], c["value"], c.get("qualifier")) for c in _page_claims(
        "Fintech levanta US$ 90 milhões\n\nA fintech paulistana Arara Pay concluiu uma rodada de US$ 90 milhões. A operação "
        "avalia a empresa em US$ 1,4 bilhão, mais que o dobro dos US$ 600 milhões da rodada anterior, em 2022.")
        if c["attribute"] == "valuation"]
    assert val == [("Arara Pay", "valuation", 1400000000, None)]


def test_a_purchase_of_a_company_described_in_several_words_explains_its_premium():
    got = {(c["subject"], c["attribute"], c["value"]) for c in _page_claims(
        "Marlin se renforce dans la cybersécurité\n\nPARIS (AFP) - Le groupe Marlin a annoncé lundi le rachat de l'éditeur de logiciels de "
        "cybersécurité Quorvia pour 900 millions d'euros. Marlin lancera une offre au prix de 21 euros par action, ce qui "
        "représente une prime de 27 % par rapport au dernier cours.")}
    assert ("Quorvia", "deal price", 900000000) in got and ("Quorvia", "acquisition premium", 27) in got


def test_a_table_whose_first_column_names_the_kind_of_entity_lists_them_with_the_header_s_units():
    got = {(c["subject"], c["attribute"], c["value"], c.get("unit")) for c in _page_claims(
        "Quillo posts chip results\nBy Ana Ruiz, Ars Technica\n\nQuillo Systems on Thursday published inference figures for its "
        "new accelerator, measured on a 70-billion-parameter model.\n\n"
        "Accelerator Tokens/sec Power (W) Memory (GB)\nQuillo Heron 10400 550 160\nMarsh T7 8100 650 128\n\n"
        "The company also published scores for its models.\n\n"
        "| Model | MMLU | Context window |\n|---|---|---|\n| Quillo Wren-2 | 81.4 | 128K |\n| Marsh Lark-3 | 79.9 | 64K |\n\n"
        "Independent tests have not yet been published.\n")}
    assert ("Quillo Heron", "power", 550, "W") in got and ("Marsh T7", "memory", 128, "GB") in got
    assert ("Marsh Lark-3", "context window", 64000, "tokens") in got and ("Quillo Wren-2", "MMLU", 81.4, None) in got


def test_a_name_its_apposition_calls_a_model_is_one_and_a_metered_price_is_per_minute():
    got = {(c["subject"], c["attribute"], c["value"], c.get("qualifier")) for c in _page_claims(
        "Introducing Tern Speech\nThe Holloway Labs Blog | June 2, 2026\n\n"
        "Today we're launching Tern Speech, our real-time voice model, in public beta for all developers.\n\n"
        "Tern Speech responds in about 210 milliseconds on average. It understands 38 languages at launch.\n\n"
        "Tern Speech costs $0.05 per minute of audio input.\n")}
    assert ("Tern Speech", "latency", "~210", None) in got and ("Tern Speech", "price", 0.05, "per minute") in got


def test_a_sentence_that_opens_on_a_past_time_dates_its_figures_and_a_base_with_a_bound_is_no_figure():
    got = {(c["attribute"], c["value"], c.get("qualifier")) for c in _page_claims(
        "Privacy regulator fines Pellary\n\nDUBLIN, June 3 (Reuters) - Ireland's Data Protection Commission fined Pellary 310 "
        "million euros on Friday. In 2022 the DPC fined the company €190mn over a data leak.\n\n"
        "Pellary's annualised revenue has passed $400 million, up from about $90 million at the end of 2024, chief executive "
        "Ines Vidal said. That would more than triple Pellary's valuation from $2.5 billion in a round last October.\n")}
    assert ("fine", 190000000, "2022") in got and ("fine", 310000000, None) in got
    assert not any(v in ("~90000000", 90000000, 2500000000) for _, v, _ in got)


def test_an_index_s_own_move_the_consensus_and_guidance_in_several_languages():
    es = {(c["attribute"], c["value"]) for c in _page_claims(
        "Telmora sube en bolsa\n\nMADRID, 3 mar (EFE) - Telmora presentó este jueves sus resultados. Las acciones de Telmora "
        "cerraron con una subida del 2,7%, hasta 3,18 euros, en un Ibex 35 que avanzó un 0,4%.")}
    assert ("share price gain", 2.7) in es and ("share price gain", 0.4) not in es
    fr = {(c["value"], c.get("said_by")) for c in _page_claims(
        "Nuvéa publie ses résultats\n\nPARIS (Reuters) - L'éditeur de logiciels Nuvéa a publié jeudi un chiffre d'affaires annuel "
        "de 640 millions d'euros. Le consensus des analystes tablait sur un chiffre d'affaires de 620 millions d'euros.")}
    assert (640000000, None) in fr and (620000000, "analysts' estimate") in fr
    de = [c.get("said_by") for c in _page_claims(
        "Prognose gesenkt\n\nFRANKFURT (dpa-AFX) - Der Maschinenbauer Kessler Antriebe hat seine Prognose gesenkt. Der Umsatz "
        "werde 2024 nun bei 2,1 bis 2,3 Milliarden Euro liegen, teilte das Unternehmen am Donnerstag mit.") if c["attribute"] == "revenue"]
    assert de == ["forecast"]
    en = {(c["value"], c.get("said_by")) for c in _page_claims(
        "Corvane results\n\nNEW YORK (Reuters) - Corvane reported quarterly results on Tuesday. For the fiscal third quarter, "
        "Corvane called for revenue of $2.72 billion to $2.78 billion, while analysts had been expecting $2.85 billion.")}
    assert ("2720000000-2780000000", "forecast") in en and (2850000000, None) not in en


def test_an_office_names_no_organisation_a_country_s_short_name_as_an_adjective_and_a_base_quarter():
    ca = _page_claims(
        "Canada unveils AI plan\n\nOTTAWA (Reuters) - Canada will spend C$3.2 billion over five years on AI, Innovation Minister "
        "Claire Tremblay announced on Wednesday. The largest share, C$1.9 billion, will go toward a sovereign compute programme "
        "that aims to give Canadian researchers access to at least 20,000 GPUs by 2028, the government said in a statement.")
    assert not any(c["subject"] == "Innovation" for c in ca)
    us = _page_claims(
        "Cloud outage\n\nSEATTLE (Reuters) - A major outage at cloud provider Skyloom took down websites for nearly seven hours on "
        "Monday. Insurance analytics firm Covrisk estimated the outage could cost affected US businesses between $300 million "
        "and $550 million.")
    assert not any(c["subject"] == "United States" for c in us)
    q = {(c["attribute"], c["value"], c.get("qualifier")) for c in _page_claims(
        "Aperon results\n\nNEW YORK (Reuters) - Aperon reported quarterly results on Tuesday. GAAP gross margin was 62.4%, "
        "compared with 57.9% in the third quarter of fiscal 2024.")}
    assert ("gross margin", 62.4, "Q3 FY2024") not in q


def test_a_penalty_owed_only_on_a_failure_to_come_is_no_fine():
    got = {(c["attribute"], c["value"]) for c in _page_claims(
        "Regulator fines Pellary\n\nDUBLIN (Reuters) - Ireland's Data Protection Commission fined Pellary 210 million euros on "
        "Friday. Pellary also faces a further daily penalty of up to €1mn if it fails to comply.")}
    assert ("fine", 210000000) in got and not any(v == "<=1000000" for _, v in got)


def test_a_year_ago_base_after_ante_or_rispetto_ai_and_unnamed_people_close_to_a_deal():
    pt = {(c["attribute"], c["value"], c.get("said_by")) for c in _page_claims(
        "Operadora tem prejuízo\n\nSÃO PAULO (Reuters) - A operadora Vale Redes divulgou seus resultados. No terceiro trimestre, "
        "a Vale Redes teve prejuízo líquido de R$ 38 milhões, ante lucro de R$ 9 milhões um ano antes. Com a rodada, a Vale "
        "Redes passa a ser avaliada em cerca de R$ 1,4 bilhão, segundo pessoas próximas à negociação.")}
    assert ("net loss", 38000000, None) in pt and not any(v == 9000000 for _, v, _ in pt)
    assert ("valuation", "~1400000000", "unnamed reports") in pt
    it = {(c["attribute"], c["value"]) for c in _page_claims(
        "Utile in calo\n\nMILANO (Reuters) - Officine Varesine ha chiuso il 2023 con un utile netto di 142 milioni di euro, in "
        "calo del 9% rispetto ai 156 milioni dell'anno precedente.")}
    assert ("net profit", 142000000) in it and not any(v == 156000000 for _, v in it)


def test_a_price_a_share_closed_at_is_no_loss_and_an_exchange_called_by_its_street_owns_no_move():
    de = {(c["attribute"], c["value"]) for c in _page_claims(
        "Prognose gesenkt\n\nMÜNCHEN (Reuters) - Der Maschinenbauer Kessler Antriebe hat seine Prognose gesenkt. Die Aktie verlor "
        "im frühen Handel zeitweise mehr als 8 Prozent und schloss 6,1 Prozent im Minus bei 37,20 Euro.")}
    assert ("share price", 37.2) in de and ("share price loss", 37.2) not in de
    it = _page_claims(
        "Utile in calo\n\nMILANO (Reuters) - Officine Varesine ha chiuso il 2023 con un utile netto di 142 milioni di euro. "
        "A Piazza Affari il titolo ha ceduto fino al 4,8% in apertura, per poi chiudere in ribasso del 3,1% a 8,72 euro.")
    assert not any(c["subject"] == "Piazza Affari" for c in it)


def test_a_figure_we_expect_is_the_measure_forecast_not_a_measure_named_we_expect():
    got = _page_claims(
        "Orbis raises outlook as cloud demand grows\n\n"
        "Orbis Corp said revenue rose 8% to $14.2 billion in the third quarter.\n\n"
        "\"We project sales of $9 billion in 2027,\" chief executive Anna Berg said.\n\n"
        "Chief executive Anna Berg said: \"We expect revenue of about $4 billion next year.\"\n")
    assert not [c for c in got if c["attribute"].startswith("we ")]
    ahead = {(c["attribute"], c["value"], c.get("said_by")) for c in got if c["value"] in ("~4000000000", 9000000000)}
    assert ahead == {("revenue", "~4000000000", "Anna Berg (forecast)"), ("revenue", 9000000000, "forecast")}


def test_a_raise_in_talks_is_a_funding_target():
    got = _page_claims(
        "Kestrel Labs in talks to raise funds\n\n"
        "Kestrel Labs is in talks to raise $500 million at a valuation of $6 billion, according to people familiar "
        "with the matter.\n")
    assert {(c["attribute"], c["value"]) for c in got} == {("funding target", 500000000), ("valuation", 6000000000)}


def test_damages_are_sought_only_after_a_verb_of_asking():
    got = _page_claims(
        "Authors sue Orbis over AI training\n\n"
        "The lawsuit seeks $2.5 billion in damages from Orbis Corp.\n\n"
        "In a separate case, Orbis was ordered to pay $300 million in damages to the authors.\n")
    sought = [(c["subject"], c["value"], c.get("said_by")) for c in got if c["attribute"] == "damages sought"]
    assert sought == [("Orbis", 2500000000, None)]


def test_a_power_capacity_needs_its_owner_named_and_reads_a_hyphenated_unit():
    got = _page_claims(
        "Norvale to build Texas data center\n\n"
        "Norvale Systems will build a 1.2-gigawatt data center campus in Texas.\n\n"
        "The campus will have a capacity of 500 megawatts.\n\n"
        "Arcwright Compute has agreed with Tessaline Power to build a 2.4-gigawatt data-center campus near Pecos.\n\n"
        "Tessaline will build a 1.5GW gas-fired plant and 900MW of solar and battery storage, so the campus will not "
        "depend on the grid.\n")
    caps = {(c["subject"], c["value"], c["unit"]) for c in got if c["attribute"] == "power capacity"}
    assert caps == {("Norvale Systems", 1.2, "GW")}   # (whose campus of two, and what 900MW of solar sizes, is not said)


@pytest.mark.parametrize("sentence, value", [
    ("Halvor launched a tender offer for Brimont at $42 a share.", 42),
    ("Le groupe Halvor a lancé une offre publique d'achat sur Brimont au prix de 42 euros par action.", 42),
    ("Halvor lanzó una opa sobre Brimont a 12,50 euros por acción.", 12.5),
    ("Halvor ha lanciato un'Opa totalitaria su Brimont al prezzo di 4,20 euro per azione.", 4.2),
    ("Halvor's $42-a-share offer for Brimont values it at $3.1 billion.", 42),
])
def test_an_offer_for_a_company_named_before_its_price_per_share_is_that_companys(sentence, value):
    got = _page_claims(f"Halvor bids for Brimont\n\n{sentence}\n")
    assert [(c["subject"], c["attribute"], c["value"]) for c in got if c["attribute"] != "valuation"] == \
        [("Brimont", "offer per share", value)]
    assert not [c for c in got if c["subject"] == "Halvor"]   # (the bidder values nothing it bids for)


def test_an_offer_price_on_a_takeover_page_is_no_ipo_price():
    got = _page_claims("Halvor bids for Brimont\n\nHalvor agreed to buy Brimont last week.\n\n"
                       "Shares of Brimont jumped 30% to $41.50, just below the offer price of $42.\n")
    assert not [c for c in got if c["attribute"] == "IPO price"]


@pytest.mark.parametrize("sentence", [
    "Kestrel Labs raised $600 million, valuing the company at $24 billion.",
    "Kestrel Labs raised $600 million, valuing it at $24 billion.",
])
def test_a_valuing_participle_after_a_raise_values_at_the_amount_it_leads(sentence):
    got = _page_claims(f"Kestrel raises funds\n\n{sentence}\n")
    assert {(c["attribute"], c["value"]) for c in got} == {("funding", 600000000), ("valuation", 24000000000)}


@pytest.mark.parametrize("sentence, wrong", [
    # a month's abbreviation before its day is a date, not a company
    ("Revenue for the quarter ended Jan. 31 rose 18% to $4.82 billion from $4.08 billion a year earlier.", {"Jan"}),
    # a rate's level reached is no share move
    ("The DMA allows penalties of up to 10 per cent of annual worldwide turnover, rising to 20 per cent for repeat "
     "infringements.", {"share price gain"}),
    # a noun in apposition names what the value is not
    ("Remaining performance obligations, the contracted revenue Norvale hasn't recognised yet, climbed to $19.3 billion.",
     {"revenue"}),
    # savings are no cost
    ("Norvale expects the acquisition to generate about $250 million in annual cost savings by 2028.", {"cost"}),
])
def test_shapes_that_once_gave_wrong_claims_give_none(sentence, wrong):
    got = _page_claims(f"Norvale Systems beats estimates\n\nNorvale Systems reported results on Tuesday.\n\n{sentence}\n")
    assert not [c for c in got if c["quote"].startswith(sentence[:30]) and ({c["subject"], c["attribute"]} & wrong)]


def test_the_base_year_after_from_is_not_the_levels_and_half_a_trillion_is_half():
    got = _page_claims("Arcwright expands\n\nArcwright Compute is an AI cloud provider.\n\n"
                       "Its revenue rose to $3.6bn last year from $1.4bn in 2024.\n\n"
                       "Estimates put its model Kestrel-4 at around half a trillion parameters.\n")
    assert [c.get("qualifier") for c in got if c["attribute"] == "revenue"] == ["last year"]
    assert [c["value"] for c in got if c["attribute"] == "parameters"] == [500000000000]


def test_added_to_a_market_value_is_its_gain_and_slipped_is_a_drop():
    got = _page_claims("Norvale soars\n\nNorvale Systems shares jumped 9% on Wednesday.\n\n"
                       "The rally added $12 billion to its market value.\n\nCorvane's shares slipped 2% in premarket trading.\n")
    assert ("Norvale Systems", "market value gain", 12000000000) in {(c["subject"], c["attribute"], c["value"]) for c in got}
    assert ("Corvane", "share price drop", 2) in {(c["subject"], c["attribute"], c["value"]) for c in got}


def test_a_predecessor_compared_keeps_no_figure_and_no_price_is_relative_to_itself():
    got = _page_claims("Halcyon launches Kestrel-4\n\nKey highlights of Kestrel-4 include:\n\n"
                       "256,000-token context window, double that of its predecessor, Kestrel-3, allowing customers to "
                       "analyze entire codebases.\n\nThe caveat: Sable 3.5 is still less than a third of the price of "
                       "Kestrel-4 and is good enough for most jobs.\n")
    assert not [c for c in got if c["subject"] == "Kestrel-3" or c["attribute"].endswith("to " + c["subject"])]


def test_a_valuation_including_debt_is_kept_with_that_qualifier_and_a_backlog_is_its_own_measure():
    got = _page_claims("Corvane to buy Brightwater\n\nCorvane Holdings will buy Brightwater Analytics.\n\n"
                       "The deal values Brightwater at roughly $9.8 billion including debt.\n\n"
                       "Brightwater's remaining performance obligations, a measure of contracted future revenue, rose 27% "
                       "to $1.3 billion.\n")
    facts = {(c["subject"], c["attribute"], c["value"], c.get("qualifier")) for c in got}
    assert ("Brightwater", "valuation", "~9800000000", "including debt") in facts
    assert ("Brightwater", "remaining performance obligations", 1300000000, None) in facts


def test_an_acronym_a_common_noun_defines_and_a_sentence_opening_verb_name_no_one():
    got = _page_claims(
        "Telvia recortará 1.150 empleos\n\n"
        "El grupo de telecomunicaciones Telvia plantea un expediente de regulación de empleo (ERE) después de cerrar 2025 "
        "con un beneficio neto de 312 millones de euros.\n\n"
        "Pour 2025, l'entreprise de services du numérique (ESN) a publié un résultat net de 298 millions d'euros.\n\n"
        "Foi a maior alta do Ibovespa, que subiu 1,1%.\n")
    assert not [c for c in got if c["subject"] in ("ERE", "ESN", "Foi")]
    assert ("Telvia", "net profit", 312000000) in {(c["subject"], c["attribute"], c["value"]) for c in got}


def test_founders_joined_after_the_agent_word_and_a_subsidiary_in_apposition():
    got = _page_claims(
        "Korvell capta US$ 750 milhões\n\nA Korvell levantou US$ 750 milhões.\n\n"
        "Fundada em 2023 em Munique por Jonas Brandl e Lea Okafor, a Korvell é hoje uma das startups mais valiosas.\n\n"
        "Korvell's German subsidiary, Korvell Labs, employs about 850 people in Berlin.\n")
    assert not [c for c in got if c["subject"] in ("Lea Okafor", "Jonas Brandl")]
    assert ("Korvell Labs", "employees") in {(c["subject"], c["attribute"]) for c in got}


def test_early_access_customers_are_no_preview_and_a_valuing_verb_values_its_object():
    got = _page_claims(
        "Solvane lanza una opa sobre Lumentia\n\nEl grupo francés Solvane ha lanzado una opa sobre Lumentia Tecnologías.\n\n"
        "Solvane ofrece 12,50 euros por acción en efectivo, lo que valora Lumentia en unos 2.150 millones de euros.\n\n"
        "Early access customers have reported significant productivity gains.\n")
    assert [(c["subject"], c["value"]) for c in got if c["attribute"] == "valuation"] == [("Lumentia", "~2150000000")]
    assert not [c for c in got if c["attribute"] == "access"]


def test_a_group_noun_apposition_names_a_company_and_where_shares_trade_owns_none():
    got = _page_claims(
        "Data center, Retelia investe 1,2 miliardi\n\n"
        "Retelia, il gruppo milanese delle infrastrutture digitali, investirà 1,2 miliardi di euro in un campus.\n\n"
        "A Piazza Affari il titolo ha chiuso in rialzo del 5,8% a 22,46 euro.\n\n"
        "Gli analisti di Banca Aurelia hanno alzato il prezzo obiettivo a 25 euro da 21,50 euro.\n")
    facts = {(c["subject"], c["attribute"]) for c in got}
    assert ("Retelia", "share price gain") in facts and ("Retelia", "price target") in facts
    assert not [c for c in got if c["subject"] in ("Banca Aurelia", "Piazza Affari")]


def test_an_index_falls_by_a_percent_to_a_level_in_points():
    got = _page_claims("Cartavia abaisse ses objectifs\n\nCartavia SA a publié ses comptes.\n\n"
                       "Le CAC 40 reculait de 0,4 % à 8 112,45 points.\n")
    assert ("CAC 40", "index drop", 0.4) in {(c["subject"], c["attribute"], c["value"]) for c in got}


def test_german_earnings_per_share_fronted_and_a_year_fronted_before_the_verb():
    got = _page_claims("Halbtech streicht 600 Stellen\n\nDer Chipausrüster Halbtech AG hat am Mittwoch Zahlen vorgelegt.\n\n"
                       "Im Gesamtjahr 2025 lag der Umsatz bei 1,71 Mrd. Euro.\n\n"
                       "Je Aktie verdiente Halbtech 0,36 Euro, Analysten hatten im Schnitt mit 0,52 Euro gerechnet.\n")
    facts = {(c["attribute"], c["value"]) for c in got}
    assert ("revenue", 1710000000) in facts and ("earnings per share", 0.36) in facts
    assert not [c for c in got if c["value"] == 0.52 and c["attribute"] == "earnings per share"]
    assert {c["subject"] for c in got} <= {"Halbtech", "Halbtech AG"}


@pytest.mark.parametrize("sentence, unit", [
    ("Atlas 3 est proposé via API au prix de 0,90 dollar par million de tokens en entrée et de 3,60 dollars par million "
     "de tokens en sortie.", "USD"),
    ("Atlas 3 kostet 0,90 Euro je Million Eingabe-Token und 3,60 Euro je Million Ausgabe-Token.", "EUR"),
    ("O preço do Atlas 3 na API é de US$ 0,90 por milhão de tokens de entrada e US$ 3,60 por milhão de tokens de saída.", "USD"),
])
def test_token_prices_with_the_currency_word_after_the_amount(sentence, unit):
    got = _page_claims(f"Korvell dévoile Atlas 3\n\nKorvell lance Atlas 3, son grand modèle de langage.\n\n{sentence}\n")
    assert {(c["subject"], c["attribute"], c["value"], c["unit"]) for c in got if "tokens" in c["attribute"]} == {
        ("Atlas 3", "price per million input tokens", 0.9, unit), ("Atlas 3", "price per million output tokens", 3.6, unit)}


def test_parameters_and_a_context_window_in_other_languages():
    got = _page_claims("Korvell sammelt 650 Mio. Euro ein\n\nDas Münchner Start-up Korvell stellt sein Sprachmodell Atlas 3 vor.\n\n"
                       "Atlas 3 umfasst nach Firmenangaben 120 Mrd. Parameter und verarbeitet ein Kontextfenster von 256.000 Token.\n")
    assert {("Atlas 3", "parameters", 120000000000), ("Atlas 3", "context window", 256000)} <= \
        {(c["subject"], c["attribute"], c["value"]) for c in got}


def test_shares_sent_up_in_a_participle_and_a_deal_gives_equity_and_enterprise_values():
    got = _page_claims("Corvane to buy Brightwater\n\n"
                       "Corvane Holdings said it will buy Brightwater Analytics for $48.50 a share, sending its shares up about 7% "
                       "in extended trading.\n\n"
                       "The deal gives Brightwater an equity value of about $9.2 billion, or roughly $10.4 billion including debt.\n\n"
                       "The companies expect the deal to close in the second half of 2026, subject to regulatory approvals.\n")
    facts = {(c["attribute"], c["value"]) for c in got}
    assert {("share price gain", "~7"), ("equity value", "~9200000000"), ("enterprise value", "~10400000000"),
            ("expected closing", "2026-H2")} <= facts


def test_one_input_beside_text_after_a_verb_of_taking_in_is_a_modality():
    got = _page_claims("Claude 3 benchmarks\n\nAnthropic released Claude 3.\n\n"
                       "All three Claude 3 models now support multimodal input — they can process images, too.\n\n"
                       "The Vega 2 chip handles video encoding workloads.\n")
    assert [(c["subject"], c["value"]) for c in got if c["attribute"] == "modalities"] == [("Claude 3", "images")]


def test_a_restructuring_charge_is_a_level_and_a_price_charged_is_none():
    got = _page_claims("Norvale beats\n\nNorvale Systems reported results.\n\n"
                       "The company expects to record restructuring charges of $180 million to $220 million, mostly in the first quarter.\n\n"
                       "Orbis will charge $20 a month for the service.\n")
    assert [(c["attribute"], c["value"], c.get("said_by")) for c in got if c["attribute"] == "charge"] == \
        [("charge", "180000000-220000000", "forecast")]


def test_a_count_in_a_relative_clause_is_its_antecedents():
    got = _page_claims("Solvane lancia opa su Lumentia\n\nSolvane lancia un'opa su Lumentia Tecnologías.\n\n"
                       "L'operazione interessa anche l'Italia: Lumentia controlla dal 2022 la milanese Datalogica, che conta "
                       "circa 420 dipendenti e ha sede a Milano.\n")
    assert [(c["subject"], c["value"]) for c in got if c["attribute"] == "employees"] == [("Datalogica", "~420")]


def test_a_place_with_its_state_a_court_after_ante_a_broker_and_a_rating_are_no_subjects():
    got = _page_claims("Corvantis jumps in debut\n\nCorvantis Silicon shares jumped 31% in their Nasdaq debut.\n\n"
                       "The Santa Clara, California-based company sold 18.5 million shares at $27 apiece late Wednesday.\n\n"
                       "Fenwick Hale Securities upgraded Corvantis Silicon to Buy from Hold and raised its price target to $40 "
                       "from $32.\n")
    assert not [c for c in got if c["subject"] == "Santa Clara" or c.get("said_by") == "Hold"]
    got = _page_claims("La CNMC multa a Telvia\n\nLa CNMC ha multado a Telvia SA con 14,7 millones de euros.\n\n"
                       "La operadora anuncia que recurrirá la sanción ante la Audiencia Nacional y sus acciones caen más de un 3% "
                       "en Bolsa.\n")
    assert not [c for c in got if c["subject"] == "Audiencia Nacional"]
    got = _page_claims("Siderion investe\n\nSiderion SpA costruirà una fabbrica di chip.\n\n"
                       "Gli analisti di Banca Alpina hanno alzato il prezzo obiettivo da 24 a 27,50 euro.\n")
    assert not [c for c in got if c["subject"] == "Banca Alpina"]


def test_a_group_by_its_share_a_portion_of_debt_and_a_count_of_chips_are_no_levels():
    got = _page_claims("Borvik files for IPO\n\nBorvik Systems filed for an initial public offering.\n\n"
                       "Two customers accounted for 61% of Borvik's sales in 2025, the filing shows.\n\n"
                       "Tamsin Bank has offered to credit-bid $340 million of its secured debt for the plant.\n\n"
                       "Borvik has 4,000 customers in Europe.\n")
    assert [(c["attribute"], c["value"]) for c in got if c["attribute"] in ("customers", "total debt")] == [("customers", 4000)]
    got = _page_claims("Aurelle lance Sirocco 2\n\nAurelle a présenté Sirocco 2.\n\n"
                       "Sirocco 2 a été entraîné sur une grappe de 6 144 GPU hébergée près de Grenoble.\n\n"
                       "Sirocco 2 a été entraîné sur 9 000 milliards de tokens.\n")
    assert [c["value"] for c in got if c["attribute"] == "training tokens"] == [9000000000000]


def test_a_record_span_a_founding_opener_and_a_year_earlier_are_read_as_their_times():
    got = _page_claims("Markets\n\nStocks rose on Friday.\n\n"
                       "The Dow Jones Transportation Average climbed 1.9%, its best day in four weeks.\n")
    assert [(c["attribute"], c.get("qualifier")) for c in got] == [("index gain", None)]
    got = _page_claims("Corvid lève 120 millions\n\nCorvid Labs a présenté son modèle.\n\n"
                       "Fondée en 2021 par d'anciens chercheurs, Corvid Labs avait levé 120 millions d'euros en mars 2024.\n")
    assert [c.get("qualifier") for c in got if c["attribute"] == "funding"] == ["2024-03"]
    got = _page_claims("Borvik results\n\nBorvik Systems published its annual report.\n\n"
                       "Borvik reported revenue of $410 million for 2025, up from the $300 million it booked a year earlier.\n")
    assert {(c["value"], c.get("qualifier")) for c in got if c["attribute"] == "revenue"} == \
        {(410000000, "2025"), (300000000, "2024")}


def test_a_company_figure_is_never_a_persons_and_savings_are_no_cost():
    got = _page_claims("Vorlan streicht 800 Stellen\n\nDer Münchner Softwarekonzern Vorlan streicht 800 Stellen. "
                       "Der Umsatz stieg im dritten Quartal um 4 Prozent auf 610 Millionen Euro. Für das Jahr erwartet "
                       "Vorstandschef Jens Albers einen Umsatz von 2,1 Milliarden Euro.\n\n"
                       "Die Kosten für den Umbau beziffert der Konzern auf 90 bis 110 Millionen Euro.\n")
    assert {c["subject"] for c in got if c["attribute"] in ("revenue", "cost")} == {"Vorlan"}
    got = _page_claims("Ravelli compra Lumex\n\nIl gruppo Ravelli ha lanciato un'offerta su Lumex.\n\n"
                       "Ravelli stima sinergie di costo per circa 90 milioni di euro all'anno.\n")
    assert not [c for c in got if c["attribute"] == "cost"]
    got = _page_claims("Grid weekly\n\nBy Ann Lee\n\n1. GAS PRICES\nGas prices rose again this week in most regions.\n\n"
                       "2. TURBINE LEAD TIMES\nHeavy-duty gas turbine slots are now quoted at 5 to 7 years.\n")
    assert not [c for c in got if c["attribute"] == "role"]


@pytest.mark.parametrize("sentence", [
    "Tamsin offers $14.20 per share in cash for Borvik, a premium of 28% over Friday's close.",
    "Tamsin ofrece 14,20 euros por acción en efectivo por Borvik, lo que supone una prima del 28 % sobre el cierre.",
    "Tamsin propose 14,20 euros par action pour Borvik, soit une prime de 28 % sur le dernier cours.",
    "Tamsin biedt 14,20 euro per aandeel in cash voor Borvik, een premie van 28 procent op de slotkoers.",
])
def test_an_offer_per_share_paid_in_cash_names_the_company_bid_for(sentence):
    got = _page_claims(f"Tamsin bid for Borvik\n\nTamsin Group made a takeover bid for Borvik AG.\n\n{sentence}\n")
    # (the premium over the close, where it is read, is the company bid for's too)
    assert [(c["subject"], c["attribute"], c["value"]) for c in got if c["attribute"] != "acquisition premium"] \
        == [("Borvik", "offer per share", 14.2)]
    assert all((c["subject"], c["value"]) == ("Borvik", 28) for c in got if c["attribute"] == "acquisition premium")


def test_a_case_number_a_place_and_a_noun_after_said_speak_nothing_and_a_guess_between_counts_is_none():
    got = _page_claims("Strata sues Parallax\n\nStrata Vision sued Parallax Minds.\n\n"
                       "Strata Vision, based in Palo Verde Springs, California, said it employs 240 people.\n\n"
                       "The case is Strata Vision Inc. v. Parallax Minds Inc. et al., No. 1:25-cv-01388.\n")
    assert {(c["attribute"], str(c["value"]), c.get("said_by")) for c in got if c["attribute"] != "sued by"} == \
        {("employees", "240", None), ("headquarters", "Palo Verde Springs", None)}
    got = _page_claims("Fenwick outage\n\nFenwick Cloud published a review of the outage.\n\n"
                       "Fenwick Cloud, which employs around 1,300 people and runs three data centre regions, said the "
                       "Harrowgate region had now been operating normally for 72 hours.\n")
    assert [(c["attribute"], c.get("said_by")) for c in got if c["attribute"] == "employees"] == [("employees", None)]
    got = _page_claims("Velmora results\n\nVelmora raised its guidance.\n\n"
                       "The guidance rests on three or four customers, said Hannah Whitlow, a portfolio manager at Larchmont Vale.\n")
    assert not [c for c in got if c["attribute"] == "customers"]


def test_the_role_of_a_source_stays_the_sources():
    got = _page_claims("Multa ad Astrel\n\nL'Antitrust ha multato Astrel per 40 milioni di euro.\n\n"
                       "Secondo Federica Santangelo, analista di Banca Collinare, l'impatto finanziario è gestibile.\n")
    assert [(c["subject"], c["value"]) for c in got if c["attribute"] == "role"] == \
        [("Federica Santangelo", "analista di Banca Collinare")]


def test_what_a_name_stands_for_and_a_relation_in_a_relative_clause_after_the_name():
    got = _page_claims("Corvid releases Heron 2\n\nCorvid Labs released Heron 2 on Tuesday.\n\n"
                       "Heron, which stands for Hierarchical Episodic Reasoning Network, is a model developed by Corvid Labs.\n\n"
                       "Heron 2, which is now available on Android and iOS, costs $20 a month.\n")
    facts = {(c["subject"], c["attribute"], c["value"]) for c in got}
    assert ("Heron", "name expansion", "Hierarchical Episodic Reasoning Network") in facts
    assert ("Heron 2", "availability", "Android, iOS") in facts


def test_rate_limits_not_disclosed_are_not_users_not_disclosed():
    got = _page_claims("Orbis free tier\n\nOrbis Labs released Kestrel-4 to free users.\n\n"
                       "Orbis Labs did not disclose specific rate limits for free users.\n")
    assert [(c["attribute"], c["value"]) for c in got] == [("rate limits", "undisclosed")]


def test_what_orders_are_worth_is_no_valuation():
    got = _page_claims("Velmora streicht Stellen\n\nDer Chipkonzern Velmora hat Zahlen vorgelegt.\n\n"
                       "Nach Schätzungen der Analystin beziehen österreichische Betriebe jährlich Aufträge im Wert von rund "
                       "180 Mio. Euro von dem Konzern.\n")
    assert not [c for c in got if c["attribute"] == "valuation"]


def test_bare_shares_under_a_heading_that_opens_with_a_company_are_that_companys():
    got = _page_claims("Markets live: stocks slide as Tallowgate drags miners lower\n\nBy Ann Lee\n\n"
                       "Tallowgate Resources cut its guidance on Thursday morning.\n\n"
                       "2.48pm AEDT\nKestrel Health confirms private equity approach\n\n"
                       "Private hospital operator Kestrel Health has confirmed it received a non-binding proposal from "
                       "Banksia Peak Partners.\n\nShares trading up 6.4 per cent.\n\n"
                       "1.05pm AEDT\nTallowgate cuts guidance\n\nTallowgate Resources lowered its full-year output guidance.\n\n"
                       "Shares fell 9.3 per cent.\n")
    assert {(c["subject"], c["value"]) for c in got if c["attribute"].startswith("share price")} == \
        {("Kestrel Health", 6.4), ("Tallowgate", 9.3)}


def test_a_backlog_said_after_a_product_is_its_makers():
    got = _page_claims("Velmora beats estimates\n\nVelmora Semiconductor reported third-quarter revenue of $4.8 billion.\n\n"
                       "Velmora said four of the five largest cloud providers were now customers for its Tarn X1 accelerator, "
                       "and that its backlog of firm orders stood at $11.8 billion at the end of the quarter.\n")
    assert [c["subject"] for c in got if c["attribute"] == "remaining performance obligations"] == ["Velmora"]


def test_an_adverb_opening_a_germanic_sentence_is_no_name_and_costs_saved_are_no_cost():
    got = _page_claims("Ashcombe koopt Klaverpoort\n\nAshcombe koopt Klaverpoort voor 2,4 miljard pond.\n\n"
                       "Wel verwacht het Britse bedrijf jaarlijks zo'n € 65 miljoen aan kosten te besparen.\n")
    assert not [c for c in got if c["subject"] == "Wel" or c["attribute"] == "cost"]


def test_opinion_in_a_menu_labels_nothing():
    got = _page_claims("Tickerline Daily\nMarkets\nDeals\nOpinion\nPodcasts\nSign In\n\n"
                       "Orbisca prices IPO above range\n\nBy Ann Lee\n\n"
                       "Orbisca Systems sold 14.5 million shares at $21 each, raising $304.5 million.\n")
    assert got and not [c for c in got if c.get("said_by") == "opinion"]


def test_a_bare_dollar_on_a_page_about_one_countrys_market_is_that_countrys():
    page = ("Borealis raises outlook\n\nBorealis Telecom reported third-quarter results on Thursday.\n\n"
            "Revenue rose 4 per cent to $2.6 billion.\n\nBorealis kept its quarterly dividend at 54.5 cents a share.\n\n"
            "Shares of Borealis rose 3.6 per cent to $39.85 on the Toronto Stock Exchange, outpacing the S&P/TSX "
            "Composite Index.\n")
    got = _page_claims(page)
    assert {c["unit"] for c in got if c["attribute"] in ("revenue", "dividend per share", "share price")} == {"CAD"}
    got = _page_claims(page.replace("on the Toronto Stock Exchange, outpacing the S&P/TSX Composite Index",
                                    "on the Nasdaq, outpacing the S&P 500"))
    assert {c["unit"] for c in got if c["attribute"] in ("revenue", "share price")} == {"USD"}


def test_a_flattened_table_whose_label_swallowed_a_column_of_names_gives_no_claims():
    got = _page_claims("Nimbara cuts prices\n\nNimbara Cloud cut the price of Kestrel-4 on Monday.\n\nHow the models compare\n\n"
                       "Model Developer MMLU-Pro GPQA SWE-bench Verified Input price (US$/M tokens)\n"
                       "Kestrel-4 Nimbara Cloud 78.4 61.2 54.0 1.10\nOrin-2 Pro Vantor AI 80.1 63.5 49.8 3.00\n"
                       "Sable 70B Lumo Labs 71.6 52.9 41.3 0.65\n")
    assert not [c for c in got if c["quote"].startswith(("Kestrel-4 Nimbara", "Orin-2 Pro", "Sable 70B", "|"))]


def test_customers_an_outage_knocked_out_are_affected_customers():
    got = _page_claims("Orbis outage review\n\nOrbis Cloud admitted that a bad update knocked out services for about 2,400 "
                       "business customers.\n")
    assert not [c for c in got if c["attribute"] == "customers"]


def test_a_count_that_names_its_own_noun_is_not_the_count_of_a_noun_before_it():
    got = _page_claims("Corvane bids for Tessaro\n\nTessaro Systems said its orders rose.\n\n"
                       "The review would focus on Tessaro's work for hospital clients and on "
                       "guarantees for the roughly 3,200 people it employs, about half of them in Spain.\n")
    assert not [c for c in got if c["attribute"] == "customers"]


def test_shares_a_person_buys_are_worth_no_valuation_of_the_company():
    got = _page_claims("Tessaro results\n\nTessaro Systems reported lower orders on Thursday.\n\n"
                       "Lindqvist bought shares worth SEK3.1m the day before the results, the regulator said.\n")
    assert not [c for c in got if c["attribute"] == "valuation"]


def test_synergies_are_no_revenue_and_what_futures_point_to_is_no_move_yet():
    got = _page_claims("Corvane bids for Tessaro\n\nCorvane expects annual cost and revenue synergies of 80 million euros by 2030.\n\n"
                       "Markets live\n\nASX futures are pointing to a rise of 0.4 per cent at the open.\n")
    assert not [c for c in got if c["attribute"] in ("revenue", "cost")]
    assert not [c for c in got if "gain" in c["attribute"]]


def test_a_cost_booked_in_the_second_quarter_is_no_rank():
    got = _page_claims("Tessaro to cut jobs\n\nTessaro Systems said it would cut 900 jobs.\n\nThe cuts are expected to save "
                       "SEK500m a year once fully in place in 2027, at a one-off cost of SEK300m that will be booked in the "
                       "second quarter.\n")
    assert not [c for c in got if "rank" in c["attribute"]]


def test_a_pronoun_that_opens_the_sentence_is_not_who_sets_a_price_target():
    got = _page_claims("Corvane bietet für Tessaro\n\nAnalyst Jonas Weißhaupt vom Bankhaus Orla zeigte sich skeptisch. "
                       "Er senkte sein Kursziel für Corvane von 70 auf 64 Euro, bestätigte aber seine Kaufempfehlung.\n")
    targets = [c for c in got if c["attribute"] == "price target"]
    assert targets and all(c.get("said_by") != "Er" for c in targets)


def test_a_premium_and_the_close_it_is_over_are_the_company_bought_on_a_tender_offer_page():
    got = _page_claims("OPA di Corvane su Tessaro Robotica: 12,40 euro per azione\n\n"
                       "Il gruppo tedesco Corvane Industrie AG ha lanciato un'offerta pubblica di acquisto totalitaria su "
                       "Tessaro Robotica, la società quotata su Euronext Milan.\n\n"
                       "Il prezzo incorpora un premio del 29,5% rispetto alla chiusura di venerdì, quando il titolo aveva "
                       "terminato la seduta a 9,58 euro.\n")
    premium = [c for c in got if c["attribute"] == "acquisition premium"]
    assert [(c["subject"], c["value"]) for c in premium] == [("Tessaro Robotica", 29.5)]
    assert {c["subject"] for c in got if c["attribute"] == "share price"} == {"Tessaro Robotica"}


def test_a_place_inside_an_aside_with_a_number_does_not_speak_for_the_company():
    got = _page_claims("Tessaro to cut jobs\n\nTessaro Systems will cut 900 jobs.\n\n"
                       "The Gothenburg-based company, which employs about 7,400 people and has a plant in Dunmere, said on "
                       "Thursday that operating profit fell to SEK402m from SEK611m a year earlier.\n")
    assert [c for c in got if c["attribute"] == "operating profit"]
    assert all(c.get("said_by") != "Dunmere" for c in got)


def test_a_company_that_says_a_model_is_faster_is_not_the_faster_one_and_a_model_behind_is_compared():
    got = _page_claims("Orla launches Tern-3 Max\n\nOrla released Tern-3 Max and Tern-3 Mini on Monday.\n\n"
                       "Tern-3 Mini is the cheaper model. At 71.2% on MMLU-Pro it is slightly behind the old Tern-2 Pro, but "
                       "Orla says it is about three times faster than Max, and it costs a tenth as much.\n")
    assert not [c for c in got if c["attribute"].startswith("speed relative") and c["subject"] == "Orla"]
    assert not [c for c in got if c["subject"] == "Tern-2 Pro"]
    assert [(c["subject"], c["value"]) for c in got if c["attribute"] == "MMLU-Pro"] == [("Tern-3 Mini", 71.2)]


def test_two_companies_added_together_have_no_one_companys_revenue_and_together_with_keeps_it():
    got = _page_claims("Corvane bietet für Tessaro\n\nDie Corvane AG hatte 2025 einen Umsatz von 6,9 Milliarden Euro, teilte "
                       "Corvane mit.\n\nZusammen komme man auf einen Umsatz von gut 8,3 Milliarden Euro, sagte Corvane.\n")
    assert [c["value"] for c in got if c["attribute"] == "revenue"] == [6900000000]
    got = _page_claims("Tessaro investe in Sardegna\n\nTessaro Energia ha annunciato un investimento.\n\n"
                       "L'annuncio è arrivato insieme ai conti del 2025, chiusi con ricavi per 1,08 miliardi di euro.\n")
    assert [c["value"] for c in got if c["attribute"] == "revenue"] == [1080000000]


def test_a_bridge_loan_that_funds_an_offer_is_a_loan_not_the_offer():
    got = _page_claims("Corvane bids for Tessaro\n\nCorvane made a takeover offer for Tessaro.\n\n"
                       "Corvane will fund the offer with cash on hand and a 1.6 billion euro bridge facility from a group of banks.\n")
    assert [(c["attribute"], c["value"]) for c in got if c["value"] == 1600000000] == [("loan", 1600000000)]


def test_a_year_before_the_measure_dates_its_amount():
    got = _page_claims("Corvane buys Tessaro\n\nCorvane Inc. had 2025 sales of 6.9 billion euros.\n\n"
                       "Tessaro Inc. expects 2026 revenue of $1.5 billion.\n")
    assert sorted((c["subject"], c["qualifier"]) for c in got if c["attribute"] == "revenue") == [("Corvane", "2025"), ("Tessaro", "2026")]


def test_three_months_to_a_quarter_end_is_that_quarter_and_a_place_in_an_aside_says_nothing():
    got = _page_claims("Tessaro to cut jobs\n\nTessaro Systems will cut 900 jobs.\n\n"
                       "The Gothenburg-based company, which employs about 7,400 people and has a plant in Dunmere, said on "
                       "Thursday that operating profit for the three months to the end of March fell to SEK402m.\n")
    profit = [c for c in got if c["attribute"] == "operating profit"]
    assert [(c["qualifier"], c.get("said_by")) for c in profit] == [("Q1", None)]


def test_a_currency_sign_with_its_country_letter_keeps_a_level_and_a_stake_worth_is_no_valuation():
    got = _page_claims("Sunbird results\n\nSunbird Cold Chain Holdings said revenue rose 17 per cent to S$286.5 million in 2025.\n\n"
                       "Founder Desmond Quah owns 40 per cent of Sunbird Cold Chain Holdings. At Monday's closing price, his stake "
                       "is worth about S$504 million.\n")
    assert [(c["attribute"], c["value"]) for c in got if c.get("unit") == "SGD"] == [("revenue", 286500000)]


def test_a_quarter_named_by_its_last_day_without_a_year_is_that_quarter():
    got = _page_claims("Northvale results\n\nFor the quarter ended Dec. 31, Northvale's revenue rose 14% to C$312.4 million.\n")
    assert {c["qualifier"] for c in got if c["attribute"] == "revenue"} == {"Q4"}


def test_a_percent_that_reaches_a_sum_is_no_share_price_and_a_peoples_word_before_the_company_bought_is_no_party():
    got = _page_claims("Veldkrans results\n\nVeldkrans Group on Tuesday reported a 16% rise in normalised headline earnings for "
                       "the year to December to R6.84bn.\n\nVeldkrans Group shares rose 4.6% to R92.40 by midday.\n")
    assert [c["value"] for c in got if c["attribute"] == "share price gain"] == [4.6]
    got = _page_claims("Northvale agrees deal\n\nNorthvale Systems Inc said it had agreed to buy Dutch logistics-software maker "
                       "Kempering Data NV for about C$2.8 billion.\n\nNorthvale expects the deal to close in the third quarter "
                       "of 2026.\n")
    assert {c["subject"] for c in got if c["attribute"] == "expected closing"} == {"Kempering Data NV"}
