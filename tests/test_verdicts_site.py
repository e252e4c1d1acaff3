"""One verdict per question on every page: a real `mkdocs build --strict` of hand-made entries
that conflict, agree, forecast differently and leave a value undisclosed, plus an undated entry."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

import pytest

from conftest import make_project, run

STORY = "nova-3-launch"

ENTRIES = {
    "alpha.md": ("Nova-3 arrives with a million-token window", "2026-03-02", "Alpha Wire", "", """
  - id: context-window
    text: Nova-3 has a 1-million-token context window.
    subject: Nova-3
    attribute: context window
    value: 1000000
    unit: tokens
    quote: Nova-3 reads 1 million tokens at once
  - id: parameters
    text: Nova-3 has 70 billion parameters.
    subject: Nova-3
    attribute: parameters
    value: 70000000000
    quote: The model has 70 billion parameters
  - id: license
    text: Nova-3 is released under the MIT license.
    subject: Nova-3
    attribute: license
    value: MIT
    quote: Nova-3 ships under the MIT license
  - id: price
    text: Nova-3 costs 3 USD per million input tokens.
    subject: Nova-3
    attribute: price per million input tokens
    value: 3
    unit: USD
    quote: Input costs $3 per million tokens
  - id: parity
    text: Ada Stone predicts parity with the leading labs in 2027-Q1.
    subject: Nova Labs
    attribute: prediction
    value: 2027-Q1
    said_by: Ada Stone
    quote: Ada Stone expects parity with the leading labs by early 2027
""", "Nova-3 reads 1 million tokens at once. The model has 70 billion parameters. Nova-3 ships under "
     "the MIT license. Input costs $3 per million tokens. Ada Stone expects parity with the leading labs by "
     "early 2027."),
    "beta.md": ("Nova-3 doubles the window, says Beta", "2026-03-03", "Beta Times", "", """
  - id: context-window
    text: Nova-3 has a 2-million-token context window.
    subject: Nova-3
    attribute: context window
    value: 2000000
    unit: tokens
    quote: Nova-3 handles 2 million tokens of context
  - id: parameters
    text: Nova-3 has 70 billion parameters.
    subject: Nova-3
    attribute: parameters
    value: 70000000000
    quote: Nova-3 packs 70 billion parameters
  - id: parity
    text: Bo Chen predicts parity in 2026-Q4.
    subject: Nova-3
    attribute: prediction
    value: 2026-Q4
    said_by: Bo Chen
    quote: Bo Chen said parity would come in the fourth quarter of 2026
""", "Nova-3 handles 2 million tokens of context. Nova-3 packs 70 billion parameters. Bo Chen said parity "
     "would come in the fourth quarter of 2026."),
    "gamma.md": ("Nova Labs keeps Nova-3 pricing quiet", "2026-03-04", "Gamma Post", "", """
  - id: price
    text: Nova Labs has not disclosed Nova-3's price.
    subject: Nova-3
    attribute: price per million input tokens
    value: undisclosed
    quote: Nova Labs did not say what Nova-3 costs
""", "Nova Labs did not say what Nova-3 costs."),
    # the converter's `date: null`: the source states no date
    "delta.md": ("Nova-3 is proprietary, Delta finds", None, "Delta Review", "generated:\n  fingerprint: x\n", """
  - id: license
    text: Nova-3 is proprietary.
    subject: Nova-3
    attribute: license
    value: proprietary
    quote: Nova-3 remains a proprietary model
""", "Nova-3 remains a proprietary model, with no weights to download."),
    # another story, the same question: the verdict counts every story's sources
    "epsilon.md": ("Benchmarks put Nova-3 to the test", "2026-03-05", "Epsilon Lab", "story: nova-3-benchmarks\n", """
  - id: context-window
    text: Nova-3 has a 1-million-token context window.
    subject: Nova-3
    attribute: context window
    value: 1000000
    unit: tokens
    quote: We fed Nova-3 1 million tokens
""", "We fed Nova-3 1 million tokens and it kept up."),
}

EXPECTED = {"Nova-3 · context window": "conflict", "Nova-3 · license": "conflict",
            "Nova-3 · parameters": "agree", "Nova-3 · price per million input tokens": "stated vs undisclosed"}


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    proj = make_project(tmp_path_factory.mktemp("verdicts"))
    for name, (title, date, publisher, extra, claims, body) in ENTRIES.items():
        (proj / "content" / "entries" / name).write_text(
            f"---\ntitle: {title}\ndate: {date or 'null'}\nsource:\n  publisher: {publisher}\n"
            f"{extra if 'story:' in extra else extra + 'story: ' + STORY + chr(10)}claims:{claims}---\n\n{body}\n",
            encoding="utf-8")
    run(["mkdocs", "build", "--strict"], proj)
    return proj / "site"


def _text(html: str) -> str:
    return unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)))


def _page(site: Path, rel: str) -> str:
    return (site / rel / "index.html").read_text(encoding="utf-8")


def test_claims_json_one_verdict_per_question(site):
    claims = json.loads((site / "claims.json").read_text(encoding="utf-8"))["claims"]
    verdicts: dict[str, set] = {}
    for c in claims:
        verdicts.setdefault(c["question"], set()).add(c["verdict"])
    assert all(len(v) == 1 for v in verdicts.values()), verdicts
    for question, verdict in EXPECTED.items():
        assert verdicts[question] == {verdict}, question
    forecasts = [c for c in claims if c["attribute"] == "prediction"]
    assert len({c["question"] for c in forecasts}) == 1 and forecasts[0]["verdict"] == "forecasts differ"
    # relations say what the verdicts say: both sides of a conflict, both forecasts only related
    by_url = {c["url"]: c for c in claims}
    for c in claims:
        for r in c["relations"]:
            other = by_url[r["target"]]
            if other["question"] != c["question"]:
                assert r["kind"] == "related", (c["url"], r)
            elif c["verdict"] == "agree":
                assert r["kind"] == "agrees"
    window = [c for c in claims if c["question"] == "Nova-3 · context window"]
    assert len(window) == 3
    for c in window:
        kinds = {by_url[r["target"]]["value"]: r["kind"] for r in c["relations"]}
        others = {o["value"] for o in window if o is not c}
        assert kinds == {v: ("agrees" if v == c["value"] else "conflicts") for v in others}, c["url"]
    assert {r["kind"] for c in forecasts for r in c["relations"]} == {"related"}


def test_every_page_shows_the_same_verdicts_and_counts(site):
    story = _page(site, f"stories/{STORY}")
    rows = dict((unescape(q), v) for v, q in re.findall(r'digest-row--(\w+)">([^<]+)</span>', story))
    label = {"conflict": "conflict", "agree": "agree", "undisclosed": "stated vs undisclosed", "forecasts": "forecasts differ"}
    assert {q: label[v] for q, v in rows.items() if q in EXPECTED} == EXPECTED
    assert sum(v == "forecasts" for v in rows.values()) == 1
    text = _text(story)
    assert "2 questions in conflict" in text
    summary = text.split("GLM", 1)[0]
    assert "Sources disagree on Nova-3's context window: 1M tokens (Alpha Wire, Epsilon Lab) against 2M tokens (Beta Times)" in summary
    assert "Alpha Wire and Beta Times agree on Nova-3's parameters: 70B." in summary
    assert "Forecasts differ on" in summary and "Ada Stone in Alpha Wire" in summary
    # the same summary and count on the home page, the stories index and the week's page
    home, index, week = _text(_page(site, "")), _text(_page(site, "stories")), _text(_page(site, "digest/2026-W10"))
    first = re.search(r"Sources disagree on Nova-3's context window[^.]*\.", text).group(0)
    assert first in home and first in week
    assert "2 questions in conflict" in home and "2 questions in conflict" in index and "2 questions in conflict" in week
    # the conflicts page (under each story) and the week's new conflicts: exactly the questions in conflict
    conflicts = _page(site, "conflicts")
    sections = {m.group(1): m.group(0)
                for m in re.finditer(r'<h2 id="([\w-]+)">.*?(?=<h2 id=|</article>)', conflicts, re.S)}
    want = sorted(q for q, v in EXPECTED.items() if v == "conflict")
    for section, expected in ((sections["nova-3-launch"], want),
                              (sections["nova-3-benchmarks"], ["Nova-3 · context window"]),
                              (_page(site, "digest/2026-W10"), want)):
        listed = re.findall(r'digest-verdict--(\w+)">[^<]*</span> ([^<]+)</td>', section)
        assert sorted(unescape(q) for _, q in listed) == expected
        assert {v for v, _ in listed} == {"conflict"}
    other = _page(site, "stories/nova-3-benchmarks")
    assert "1 question in conflict" in _text(other)
    assert "Other stories" in other and "Beta Times" in other
    # the entity page: each claim beside its question's verdict
    entity = _page(site, "entities/nova-3")
    for tr in re.findall(r"<tr>(.*?)</tr>", entity, re.S):
        cells = re.findall(r"<td[^>]*>(.*?)</td>", tr, re.S)
        if not cells:
            continue
        question = "Nova-3 · " + _text(cells[0]).strip()
        if question in EXPECTED:
            assert _text(cells[3]).strip().endswith(EXPECTED[question]), (question, cells[3])


def test_panels_show_the_verdict_and_name_the_other_claim(site):
    alpha = _page(site, "entries/alpha")
    claim = alpha.split('id="claim-context-window"', 1)[1].split("</aside>", 1)[0]
    assert "digest-verdict--conflict" in claim
    assert "Beta Times: context window 2M tokens" in _text(claim)
    parity = _text(alpha.split('id="claim-parity"', 1)[1].split("</aside>", 1)[0])
    assert "forecasts differ" in parity and "(Bo Chen)" in parity


def test_undated_entry_in_its_story_and_the_undated_list_not_the_feed(site):
    import feedparser

    story = _text(_page(site, f"stories/{STORY}"))
    assert "undated · Delta Review" in story
    undated = _page(site, "undated")
    assert "entries/delta/" in undated.replace("../", "")
    assert "undated.md" not in _page(site, "digest") and "undated/" in _page(site, "digest")
    feed = feedparser.parse(str(site / "feed_rss_created.xml"))
    titles = {item.title for item in feed.entries}
    assert len(titles) == 4 and not any("Delta" in t for t in titles)
    week_entries = _page(site, "digest/2026-W10").split('id="entries"', 1)[1]
    assert "Alpha Wire" in week_entries and "Delta" not in week_entries
    assert "undated (the source states no date)" in _text(_page(site, "entries/delta"))
