"""Hostile inputs found by an attack run: no script reaches a page, no input hangs, nothing is lost.

Each test reproduces one defect on text written for it and asserts the behaviour that must hold.
"""

from __future__ import annotations

import time

import pytest

from digest.clean.mojibake import fix_text
from digest.config import load_knowledge
from digest.convert import claims_for, draft_document
from digest.entryfile import parse_entry
from digest.extract import values as V
from digest.sources.document import Document
from digest.sources.feed import read_feed, sniff_feed
from digest.sources.html import html_to_markdown, read_html

from conftest import ROOT


@pytest.fixture(scope="module")
def k():
    return load_knowledge(ROOT / "site_config")


def draft(text: str, k):
    d = draft_document(Document(path="in/x.txt", text=text), k)
    return d, claims_for(d, k)


def timed(fn, *args, repeat: int = 1):
    """Best of `repeat` runs: the machine is shared, so one slow run says little."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(*args)
        best = min(best, time.perf_counter() - t0)
    return best


# --- 3, 8: impossible dates date nothing --------------------------------------------------------

def test_impossible_day_in_a_sentence_is_no_timeline_date(k):
    d, _ = draft("Lab news of the week\nOn February 30, 2024, Northwind unveiled its Atlas-3 model.\n"
                 "Northwind said Atlas-3 has 40 billion parameters in a statement on Monday.\n", k)
    assert all(t["date"] != "2024-02-30" for t in d.structure.timeline)


def test_impossible_day_without_a_year_is_no_date(k):
    d, _ = draft("Lab news of the week\n2/30\nNorthwind said its Atlas-3 model has 40 billion parameters.\n", k)
    assert d.date is None


def test_separator_only_table_is_no_table(k):
    d, _ = draft("Lab news of the week\n|--|\nNorthwind said its Atlas-3 model has 40 billion parameters.\n", k)
    assert all(b.kind != "table" for b in d.structure.blocks)


# --- 7, 9: numbers of any length ----------------------------------------------------------------

def test_a_309_digit_number_does_not_drop_the_article_claims(k):
    huge = "9" * 320
    _, claims = draft("Lab news of the week\nGPT-4 was trained with " + huge + " parameters, a leak said. "
                      "GPT-4 has a 128,000 token context window, OpenAI said.\n", k)
    assert claims, "the other sentence's claim must survive"
    assert all(len(str(c["value"])) < 40 for c in claims)


@pytest.mark.parametrize("finder", [V.find_percents, V.find_points, V.find_money, V.find_multiples,
                                    V.find_durations, V.find_tokens, lambda s: V.find_counts(s, 1, True)])
def test_value_finders_are_linear_on_long_runs(finder):
    for unit in ("7", " ", "1.", "1,", "MMLU 90% "):
        small, big = unit * (10_000 // len(unit)), unit * (100_000 // len(unit))
        run = lambda s: list(finder(s))  # noqa: E731
        # 10x the text may cost about 10x the time, never the 100x of a quadratic pattern
        assert timed(run, big, repeat=3) < max(0.1, 30 * timed(run, small, repeat=3))
        assert all(len(str(v[2])) < 40 for v in finder("9" * 400 + " percent"))


# --- 4: patterns that backtracked -----------------------------------------------------------------

def test_feed_prolog_with_many_brackets_is_read_at_once():
    assert timed(sniff_feed, b"<?xml version='1.0'?><!DOCTYPE x " + b"[]" * 30) < 0.5
    assert sniff_feed(b'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ELEMENT x ANY>]>\n<rss version="2.0"><channel/></rss>')


def test_lossy_thai_damage_repair_is_linear():
    assert timed(fix_text, "a \u0e50" * 500) < 1.0
    # the repair itself still works: "•" read as cp874 loses 0x80 and 0xA2 shows as "ข"
    assert fix_text("Points \u0e42\u0e02 one") == "Points • one"


def test_long_lines_of_spaces_and_score_lists_stay_fast(k):
    for text in ("GPT-4 has 1" + " " * 50_000 + "million tokens.",
                 "GPT-4 scored " + "MMLU 90% " * 5_000,
                 "log in to register " * 3_000):
        assert timed(draft, text, k) < 3.0


# --- 5: brackets inside strings are not nesting -------------------------------------------------

def test_citation_markers_in_a_quoted_value_do_not_reject_the_entry():
    lede = "A lede " + " ".join(f"[{i}]" for i in range(1, 71))
    p = parse_entry("e.md", f"---\ntitle: T\ndate: 2024-06-03\nsource:\n  publisher: P\nsummary: '{lede}'\n---\nx\n")
    assert p.problems == [] and p.entry.summary == lede


def test_deep_flow_nesting_is_still_refused():
    for opener in ("a: ", "a: !!seq ", "- ", "a: &x "):
        p = parse_entry("e.md", "---\n" + opener + "[" * 200 + "]" * 200 + "\n---\n")
        assert p.problems and "too deeply" in p.problems[0].message


# --- 7: a tag the parser cannot build is a problem, not a crash -----------------------------------

@pytest.mark.parametrize("value", ["!!timestamp x", "!!float x", "!!int x", "!!bool [1]"])
def test_odd_yaml_tags_are_reported_with_their_line(value):
    p = parse_entry("e.md", f"---\ntitle: T\ndate: {value}\nsource:\n  publisher: P\n---\nx\n")
    assert p.entry is None and p.problems and p.problems[0].line == 3


# --- 8: one bad feed item or page field rejects that alone ---------------------------------------

FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>https://w.example/</link>
<item><title>Far future</title><link>https://w.example/a</link><pubDate>1 Jan 9999999999 0:0</pubDate>
<description>Northwind released Atlas-3 with 40 billion parameters.</description></item>
<item><title>Broken host</title><link>http://[x</link><description>Northwind shipped Atlas-4.</description></item>
</channel></rss>"""


def test_feed_items_with_odd_dates_and_links_still_convert():
    rejected: list[str] = []
    docs = read_feed(FEED, "w.xml", rejected)
    assert [d.title for d in docs] == ["Far future", "Broken host"]
    assert docs[0].date is None and docs[1].url is None and rejected == []


def test_a_feed_item_that_fails_is_reported_alone(monkeypatch):
    import digest.sources.feed as feed_mod

    real = feed_mod._item_text

    def fails_on_second(entry):
        if "Atlas-4" in (entry.get("summary") or ""):
            raise RuntimeError("boom")
        return real(entry)

    monkeypatch.setattr(feed_mod, "_item_text", fails_on_second)
    rejected: list[str] = []
    docs = read_feed(FEED, "w.xml", rejected)
    assert [d.title for d in docs] == ["Far future"]
    assert len(rejected) == 1 and rejected[0].startswith("w.xml: feed item 2 ")


def test_json_ld_nested_a_thousand_deep_is_ignored():
    deep = '{"a":' * 3000 + "1" + "}" * 3000
    page = (f'<html><head><title>Atlas-3 ships</title><script type="application/ld+json">{deep}</script></head>'
            "<body><article><p>Northwind released Atlas-3 with 40 billion parameters on Monday.</p></article>"
            "</body></html>").encode()
    assert "Atlas-3" in read_html(page, "p.html").text


# --- 16 ----------------------------------------------------------------------------------------

def test_html_to_markdown_takes_whole_documents():
    assert html_to_markdown("<html>").strip() in ("", "&lt;html&gt;")
    assert html_to_markdown("<html><body><p>Plain words</p></body></html>").strip() == "Plain words"
