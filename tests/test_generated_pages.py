"""Generated pages from plain data: every block is HTML with escaped text and working links, and
the conflicts page stays bounded however many stories disagree."""

from __future__ import annotations

import datetime as dt
import re

from conftest import ROOT

from digest.config import load_knowledge
from digest.pages.links import Links, fill
from digest.pages.overview import conflicts_page
from digest.sitebuild import generated_pages
from digest.sitedata import EntryInfo, build_site_data


def _entry(i: int, story: int, tokens: int, outlet: str) -> EntryInfo:
    day = dt.date(2026, 1, 1) + dt.timedelta(days=story)
    claim = {"id": "nova-context-window", "subject": f"Nova-{story}", "attribute": "context window",
             "value": tokens, "unit": "tokens", "text": "…", "quote": f"Nova-{story} reads {tokens} tokens."}
    return EntryInfo(src=f"entries/e{i}.md", title=f"Nova-{story} <b>launch</b> {i}", date=day, date_inferred=False,
                     source={"publisher": outlet}, story=f"nova-{story}", entities=[f"Nova-{story}"],
                     claims=[claim], timeline=[{"date": day.isoformat(), "event": "Launch <script>x</script>"}])


def _site(stories: int):
    entries = []
    for s in range(stories):
        entries.append(_entry(2 * s, s, 1_000_000, "Outlet & Co"))
        entries.append(_entry(2 * s + 1, s, 2_000_000, "Other <i>Outlet</i>"))
    return build_site_data(entries, load_knowledge(str(ROOT / "site_config")))


def test_conflicts_page_is_bounded():
    site = _site(100)
    page = conflicts_page(site, Links(), stories_in_full=10)
    html = fill(page.markdown, page.html)
    assert html.count("\n## ") == 11  # ten stories in full, then the older ones
    assert "Nova-99" in html.split("## Older stories")[0]  # newest first
    older = page.html["older"]
    assert older.count("<li>") == 90 and "stories/nova-0/" in older


def test_generated_blocks_escape_text_and_fill_every_slot():
    site = _site(3)
    for page in generated_pages(site, Links()):
        html = fill(page.markdown, page.html)
        assert "digest-slot-" not in html, page.src
        assert "<script>" not in html and "<b>launch" not in html and "<i>Outlet" not in html, page.src
        for href in re.findall(r'href="([^"]+)"', html):
            assert not href.startswith(("javascript:", "/")), (page.src, href)
    story = next(p for p in generated_pages(site, Links()) if p.src == "stories/nova-1.md")
    assert 'href="../../entries/e2/#claim-nova-context-window"' in story.html["matrix"]
    assert "Outlet &amp; Co" in story.html["matrix"]


def test_bounds_and_ranges_read_as_words_and_short_numbers_never_as_raw_digits():
    from digest.extract.claims import _display
    from digest.pages.format import show_value

    assert show_value(">22000000000", "USD") == "more than $22B"
    assert show_value("~4600000000", "EUR") == "about €4.6B"
    assert show_value(">=1000000", "tokens") == "at least 1M tokens"
    assert show_value("<=3000000000", "USD") == "up to $3B"
    assert show_value("<5", "percent") == "less than 5%"
    assert show_value("5400000000-6000000000", "USD") == "$5.4B–6B"
    assert show_value("20-40", "percent") == "20–40%"
    # a date, a quarter, a span of years and a word stay as written
    assert [show_value(v, None) for v in ("2024-05", "2027-Q1", "2024-2025")] == ["2024-05", "2027-Q1", "2024-2025"]
    assert show_value("undisclosed", "tokens") == "undisclosed"
    # the claim's own sentence in front matter says the same
    assert _display("5400000000-6000000000", "USD") == "5.4 billion to 6 billion USD"
    assert _display("2024-2025", None) == "2024-2025"
