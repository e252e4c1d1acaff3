"""What a figure is, read from the words around it: a level a change started from, a price per
thousand tokens, a worked example, a number inside a name, a sum over a span of time, a model
compared with, a speech tag that is no apposition, and a change from one value to another as a
reader sees it. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from digest.config import load_knowledge
from digest.extract.claims import _display, split_sentences
from digest.extract.entry import extract_entry
from digest.extract.units import structure_from_markdown
from digest.pages.format import show_value

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
