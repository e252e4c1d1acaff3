"""Quantities in sentence shapes the vocabulary alone does not read: relative prices and speeds,
the sizes a model comes in, a further or first tranche of money. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import ROOT
from digest.config import load_knowledge
from digest.extract.claims import Unit, extract_claims, split_sentences

K = load_knowledge(ROOT / "site_config")


def facts(text: str, primary: str | None = None) -> set[tuple]:
    units = [Unit("sentence", s, s) for s in split_sentences(text)]
    got = extract_claims(units, K, dt.date(2025, 3, 10), primary, {primary} if primary else set())
    return {(c["subject"], c["attribute"], c["value"], c.get("unit"), c.get("said_by")) for c in got}


def test_times_cheaper_than_another_model_keeps_the_stated_range_and_the_hedge():
    got = facts("The new Zephyr-7 model is claimed to be 10 to 30 times cheaper than Orca-3.", "Zephyr-7")
    assert ("Zephyr-7", "price relative to Orca-3", "10-30", "times cheaper", "unnamed reports") in got


def test_percent_less_than_is_the_share_of_the_other_price():
    got = facts("Zephyr-7 arrived last week. It is priced at roughly 70-90% less than Orca-3.", "Zephyr-7")
    assert ("Zephyr-7", "price relative to Orca-3", "10-30", "percent", None) in got


def test_percent_less_without_a_price_word_is_no_price():
    assert not [f for f in facts("Zephyr-7 hallucinates 40% less than Orca-3.", "Zephyr-7") if "price" in f[1]]


def test_speed_and_cost_against_the_object_of_a_comparison_verb():
    got = facts("Zephyr-7 matched Orca-3 on reasoning at 3x speed and 40% lower cost.", "Zephyr-7")
    assert ("Zephyr-7", "speed relative to Orca-3", 3, "times", None) in got
    assert ("Zephyr-7", "price relative to Orca-3", 60, "percent", None) in got


def test_coordinated_sizes_are_one_claim_not_the_model_parameters():
    for text in ("Zephyr-7 ships in two sizes: one with 9 billion parameters, and one with 40 billion parameters.",
                 "Users can download Zephyr-7's nine billion and 40 billion parameter variants.",
                 "Zephyr-7 comes in 9B and 40B sizes."):
        got = facts(text, "Zephyr-7")
        assert ("Zephyr-7", "sizes", "9B, 40B", "parameters", None) in got, text
        assert not [f for f in got if f[1] == "parameters"], text


def test_one_size_stays_a_parameter_count():
    got = facts("Zephyr-7 has 40 billion parameters.", "Zephyr-7")
    assert ("Zephyr-7", "parameters", 40000000000, "parameters", None) in got
    assert not [f for f in got if f[1] == "sizes"]


def test_a_further_tranche_is_an_additional_investment_and_the_total_stays():
    got = facts("Microsoft has committed a further $1.5 billion to Mistral AI, bringing its total investment "
                "in the startup to $3 billion.")
    assert ("Microsoft", "additional investment", 1500000000, "USD", None) in got
    assert ("Microsoft", "investment", 3000000000, "USD", None) in got


def test_a_first_tranche_is_the_initial_investment():
    got = facts("Microsoft initially invested $500 million in Mistral AI two years ago.")
    assert ("Microsoft", "initial investment", 500000000, "USD", None) in got
    assert not [f for f in got if f[1] == "investment"]


def test_shares_up_over_a_period_is_a_rise_with_that_period():
    units = [Unit("sentence", s, s) for s in split_sentences("Nvidia's shares are still up nearly 300% over the last three years.")]
    got = {(c["subject"], c["attribute"], c["value"], c.get("qualifier"))
           for c in extract_claims(units, K, dt.date(2025, 3, 10), None, set())}
    assert ("NVIDIA", "share price gain", "~300", "over 3 years") in got


def test_a_speaker_is_not_what_the_company_means():
    got = facts("Nvidia lost ground on Monday, reports Wire Daily, which adds that the company's shares are "
                "still up nearly 300% over the last three years.")
    rises = [f for f in got if f[1] == "share price gain"]
    assert rises and all(f[0] == "NVIDIA" for f in rises)


def test_a_rank_is_named_for_what_is_ranked():
    assert ("Zephyr-7", "download rank", 1, None, None) in facts(
        "The Zephyr-7 app is now the No. 1 download for iPhones.", "Zephyr-7")
    assert ("Zephyr-7", "Chatbot Arena rank", 1, None, None) in facts(
        "Zephyr-7 climbed to #1 on the Chatbot Arena leaderboard last week.", "Zephyr-7")
    assert ("Zephyr-7", "rank", 3, None, None) in facts("Zephyr-7 finished in third place in the race.", "Zephyr-7")


def test_a_hashtag_is_no_rank():
    assert not [f for f in facts("Zephyr-7 trended under #1 hashtags.", "Zephyr-7") if "rank" in f[1]]


def test_what_training_a_model_cost():
    got = facts("Its Zephyr-7 model was trained using Orbital's chips, a cheaper option, at a cost of under $4 million.",
                "Zephyr-7")
    assert ("Zephyr-7", "training cost", "<4000000", "USD", None) in got


def test_a_record_since_a_date():
    got = facts("Shares of Orbital Corp fell 12% on Tuesday, marking its worst single-day loss since the start of "
                "the war in August 2022.")
    assert [f for f in got if f[1] == "worst single-day loss since" and f[2] == "2022-08"]
    got = facts("The Lisbon Tech Index recorded a 4.1% decline, its worst since October 2021.")
    assert ("Lisbon Tech Index", "worst since", "2022-08") not in got
    assert [f for f in got if f[0] == "Lisbon Tech Index" and f[1] == "worst since" and f[2] == "2021-10"]


def test_a_duration_keeps_its_bound():
    got = facts("Zephyr-7 can take up to an hour of video in one prompt.", "Zephyr-7")
    assert ("Zephyr-7", "video length per prompt", "<=1", "hours", None) in got


def test_the_time_a_task_takes_names_the_task():
    units = [Unit("sentence", s, s) for s in split_sentences(
        "Zephyr-7 is built for quick answers. Mistral AI claims it can read a 50-page contract with tables in under "
        "five seconds. Zephyr-7 responds in 250 milliseconds on average. Zephyr-7 processes data in 2 seconds.")]
    got = {(c["subject"], c["attribute"], c["value"], c.get("unit"), c.get("qualifier"), c.get("said_by"))
           for c in extract_claims(units, K, dt.date(2025, 3, 10), "Zephyr-7", {"Zephyr-7"})}
    assert ("Zephyr-7", "processing time", "<5", "seconds", "a 50-page contract", "Mistral AI") in got
    assert ("Zephyr-7", "latency", 250, "ms", None, None) in got
    assert not [c for c in got if c[2] == 2]


def test_one_duration_in_two_units_agrees():
    from digest.link.compare import compare
    assert compare(250, "0.25", "ms", "seconds") == "agrees"
    assert compare(1, 60, "hours", "minutes") == "agrees"
    assert compare(1, "10-11", "hours", "hours") == "conflicts"
    assert compare("<3", 2500, "seconds", "ms") == "agrees"
    assert compare(2, 300, "seconds", "ms") == "conflicts"


def test_a_model_named_only_with_its_own_figure_is_not_what_it_means_next():
    units = [Unit("sentence", s, s) for s in split_sentences(
        "Zephyr-7 has a huge context window. The window holds 2 million tokens, compared to 64,000 for the current "
        "Orca-3. Tom Reyes puts it simply: “It's about 20 hours of video.”")]
    got = {(c["subject"], c["attribute"], c["value"], c.get("said_by"))
           for c in extract_claims(units, K, dt.date(2025, 3, 10), "Zephyr-7", {"Zephyr-7", "Orca-3"})}
    assert ("Zephyr-7", "video length per prompt", "~20") in {g[:3] for g in got}
    assert not [g for g in got if g[0] == "Orca-3" and g[1] == "video length per prompt"]


def test_first_place_in_another_language_is_rank_one_of_the_company_that_took_it():
    got = facts("Con un ascenso fulgurante, Mistral AI ha conquistado el primer lugar en las listas de descargas de Francia.")
    assert ("Mistral AI", "chart rank", 1, None, None) in got   # (the charts it names, in English)


def test_a_company_possessive_does_not_take_its_model_rank():
    got = facts("Zhipu's milestone makes it the first Chinese model to rank within the global top three.", "GLM-5.2")
    assert not [f for f in got if f[0] == "Zhipu AI"]


def test_label_then_value_lines_under_a_model():
    for text, want in (("Input price: $4.00 / 1M tokens", ("price per million input tokens", 4, "USD")),
                       ("Output price: $12.00 per 1M tokens", ("price per million output tokens", 12, "USD")),
                       ("Context: 64K", ("context window", 64000, "tokens"))):
        got = {f[1:4] for f in facts(text, "Zephyr-7") if f[0] == "Zephyr-7"}
        assert want in got, text


def test_a_label_word_inside_a_line_is_no_label():
    got = facts("2M Context: a far larger context window, managing up to 2 million tokens.", "Zephyr-7")
    assert ("Zephyr-7", "context window", "<=2000000", "tokens", None) in got


def test_a_rise_over_a_span_without_the_last():
    units = [Unit("sentence", s, s) for s in split_sentences("Nvidia's shares rose nearly 300% in three years.")]
    got = {(c["subject"], c["attribute"], c["value"], c.get("qualifier"))
           for c in extract_claims(units, K, dt.date(2025, 3, 10), None, set())}
    assert ("NVIDIA", "share price gain", "~300", "over 3 years") in got


def test_an_unnamed_source_the_sentence_opens_with_is_its_speaker():
    got = facts("According to a technical report, its Zephyr-7 model was trained on Orbital chips at a cost of "
                "under $3 million.", "Zephyr-7")
    assert ("Zephyr-7", "training cost", "<3000000", "USD", "a technical report") in got


def test_a_range_of_versions_is_the_family_size_range():
    got = facts("Zephyr-7 is available in versions ranging from nine billion to over 300 billion parameters.", "Zephyr-7")
    assert ("Zephyr-7", "size range", "9B to >300B", "parameters", None) in got
    assert not [f for f in got if f[1] == "parameters"]


def test_a_figure_its_owner_claims_but_others_report_is_a_report():
    got = facts("Mistral AI claimed to have used a cheap process, reportedly spending less than $9 million.")
    assert [f for f in got if f[2] == "<9000000" and f[4] == "unnamed reports"]
    got = facts("Mistral AI is raising funds that could value the company at more than $9 billion, the report claimed.")
    assert [f for f in got if f[1] == "valuation" and f[4] == "unnamed reports"]


def test_a_money_commitment_is_named_by_what_it_buys():
    got = facts("Mistral AI has committed to purchase $5 billion of Azure compute capacity and to contract more later.")
    assert ("Mistral AI", "Azure compute capacity commitment", 5000000000, "USD", None) in got
