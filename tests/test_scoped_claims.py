"""Claims whose subject or attribute comes from the page's structure: a list label or heading
above a line, the headers of a table, the size label before a score, and sibling tiers of a
family the page names once in full. Text written for these tests, in the shapes pages use."""

from __future__ import annotations

import datetime as dt

from conftest import ROOT
from digest.config import load_knowledge
from digest.extract.claims import extract_claims
from digest.extract.units import structure_from_markdown, units_from_structure

K = load_knowledge(ROOT / "site_config")


def claims_of(body: str, models: set[str], primary: str | None = None) -> list[dict]:
    units = units_from_structure(structure_from_markdown(body))
    return extract_claims(units, K, dt.date(2025, 3, 10), primary, models)


def facts(body: str, models: set[str], primary: str | None = None) -> set[tuple]:
    return {(c["subject"], c["attribute"], c["value"], c.get("qualifier")) for c in claims_of(body, models, primary)}


TIERS = """Skyline released three models, Flash, Pro and Ultra, and the flagship Zephyr-4 Ultra leads.

## Prices

Flash — quickest and cheapest:

- Price: $0.10 / 1M input tokens, $0.40 / 1M output.
- Context: 64k tokens.

Ultra — strongest:

- Price: $9 / 1M input, $30 / 1M output.
"""


def test_a_line_under_a_list_label_is_about_the_labelled_tier():
    got = facts(TIERS, {"Zephyr-4 Ultra"}, "Zephyr-4 Ultra")
    assert ("Zephyr-4 Flash", "price per million input tokens", 0.1, None) in got
    assert ("Zephyr-4 Flash", "price per million output tokens", 0.4, None) in got
    assert ("Zephyr-4 Ultra", "price per million input tokens", 9, None) in got
    assert ("Zephyr-4 Ultra", "price per million output tokens", 30, None) in got
    # the cheap tier's price is never the flagship's
    assert ("Zephyr-4 Ultra", "price per million input tokens", 0.1, None) not in got


def test_a_bare_tier_word_without_a_family_named_in_full_names_nothing():
    body = "Flash, Pro and Ultra are the tiers.\n\nFlash — quickest:\n\n- Price: $0.10 / 1M input tokens.\n"
    got = claims_of(body, set())
    assert not [c for c in got if c["attribute"].startswith("price")]


BENCH = """Skyline compared Flash, Pro and Ultra with Orca-3; Zephyr-4 Ultra leads. Orca-3 mini is smaller.

| Benchmark | Ultra | Pro | Orca-3 |
|---|---|---|---|
| MMLU (5-shot) | 88.1 | 80.2 | 85.0 |
| Multilingual MMLU | 81% | 75% | 79% |
| Speed | High (SOTA) | Tiered/API | Fast |
"""


def test_table_cells_take_subject_from_column_and_benchmark_from_row():
    got = facts(BENCH, {"Zephyr-4 Ultra", "Orca-3", "Orca-3 mini"}, "Zephyr-4 Ultra")
    assert ("Zephyr-4 Ultra", "MMLU", 88.1, "5-shot") in got
    assert ("Zephyr-4 Pro", "MMLU", 80.2, "5-shot") in got
    # a column headed "Orca-3" is Orca-3, not the longer name the page also mentions
    assert ("Orca-3", "MMLU", 85, "5-shot") in got
    assert not [f for f in got if f[0] == "Orca-3 mini"]


def test_a_longer_benchmark_name_is_not_the_benchmark_inside_it():
    got = facts(BENCH, {"Zephyr-4 Ultra", "Orca-3"}, "Zephyr-4 Ultra")
    assert ("Zephyr-4 Ultra", "multilingual mmlu", 81, None) in got
    assert ("Zephyr-4 Ultra", "MMLU", 81, None) not in got


def test_qualitative_cells_are_not_claims():
    got = claims_of(BENCH, {"Zephyr-4 Ultra", "Orca-3"}, "Zephyr-4 Ultra")
    assert not [c for c in got if c["attribute"] == "speed"]
    assert not [c for c in got if isinstance(c["value"], str) and "API" in c["value"]]


def test_rows_name_the_subject_when_no_column_does():
    body = "| Model | Parameters | Release |\n|---|---|---|\n| Orca-3 | 70B | Open |\n| Zephyr-4 | 400B | Closed |\n"
    got = claims_of(body, {"Orca-3", "Zephyr-4"})
    assert {(c["subject"], c["value"]) for c in got if c["attribute"] == "parameters"} == {
        ("Orca-3", 70_000_000_000), ("Zephyr-4", 400_000_000_000)}
    assert not [c for c in got if c["attribute"] == "release"]


def test_size_labels_give_each_score_its_model_size():
    body = "Zephyr-4 comes in two sizes.\n\n- MMLU: 8B 66.1%, 70B 80.3%.\n"
    got = facts(body, {"Zephyr-4"}, "Zephyr-4")
    assert ("Zephyr-4 8B", "MMLU", 66.1, None) in got
    assert ("Zephyr-4 70B", "MMLU", 80.3, None) in got
    assert not [f for f in got if f[0] == "Zephyr-4"]


def test_the_family_is_not_its_one_named_model():
    body = "Skyline launched the Zephyr-4 family on March 4, 2025, and Zephyr-4 Ultra leads it."
    got = claims_of(body, {"Zephyr-4", "Zephyr-4 Ultra"}, "Zephyr-4 Ultra")
    assert {c["subject"] for c in got if c["attribute"] == "release date"} == {"Zephyr-4"}


def test_all_of_the_listed_tiers_is_the_family():
    body = "Skyline released Flash, Pro and Ultra; Zephyr-4 Ultra leads.\n\n- All three have a 64k token context window.\n"
    got = claims_of(body, {"Zephyr-4 Ultra"}, "Zephyr-4 Ultra")
    assert {c["subject"] for c in got if c["attribute"] == "context window"} == {"Zephyr-4"}


def test_a_point_release_is_its_own_model_when_the_page_sets_its_longer_form_apart_as_a_tier():
    """"Zephyr 4.5 scores 88.7% … the Zephyr 4.5 Pro tier costs $30": Zephyr 4.5 is the base model, not its
    Pro tier; a page whose one 4.5 model is the Pro ("Zephyr 4.5 … the first 4.5 model is Zephyr 4.5 Pro") reads
    the bare name as it."""
    body = ("Zephyr 4.5 scores 88.7% on SWE-bench Verified.\n\n"
            "API pricing is $5 per million input tokens; the Zephyr 4.5 Pro tier costs $30 per million input tokens.\n\n"
            "On MMLU Zephyr 4.5 reaches 92.4%.\n")
    got = {(c["subject"], c["attribute"]) for c in claims_of(body, {"Zephyr 4.5", "Zephyr 4.5 Pro"}, "Zephyr 4.5")}
    assert ("Zephyr 4.5", "SWE-bench") in got and ("Zephyr 4.5", "MMLU") in got
    assert not {a for s, a in got if s == "Zephyr 4.5 Pro"} & {"SWE-bench", "MMLU"}
    one = ("Skyline is launching Zephyr 4.5 today. The first Zephyr 4.5 model it releases is Zephyr 4.5 Pro.\n\n"
           "Zephyr 4.5 scores 88.7% on SWE-bench Verified.\n")
    got = {(c["subject"], c["attribute"]) for c in claims_of(one, {"Zephyr 4.5", "Zephyr 4.5 Pro"}, "Zephyr 4.5 Pro")}
    assert got == {("Zephyr 4.5 Pro", "SWE-bench")}
