"""The five seeds converted by the real CLI, checked against the hand labels in tests/data/gold."""

from __future__ import annotations

import re

import pytest

from conftest import DATA, load_yaml
from digest.extract.markdown import unescape
from goldutil import fold

GOLDS = sorted((DATA / "gold").glob("0*.yml"))


def gold_for(path):
    return load_yaml(path)


@pytest.fixture(params=GOLDS, ids=lambda p: p.stem)
def pair(request, converted):
    gold = gold_for(request.param)
    return gold, converted[gold["file"]]


def test_every_seed_converted(converted):
    assert sorted(converted) == sorted(load_yaml(p)["file"] for p in GOLDS)


def test_title(pair):
    gold, entry = pair
    want = gold.get("title") or gold.get("title_from_lede")
    assert fold(entry["meta"]["title"]) == fold(want)


def test_source_fields(pair):
    gold, entry = pair
    src = entry["meta"]["source"]
    for key in ("publisher", "via", "original", "author"):
        if key in gold:
            assert src.get(key) == gold[key], key
    assert src["file"] == f"seeds/{gold['file']}"


def test_date(pair):
    gold, entry = pair
    meta = entry["meta"]
    if gold["date"] is None:
        assert meta.get("date_inferred") is True
    else:
        assert meta["date"] == gold["date"]
        assert bool(meta.get("date_inferred")) == bool(gold.get("date_inferred"))


def test_language(pair):
    gold, entry = pair
    assert entry["meta"]["language"] == gold["language"]


def test_boilerplate_gone(pair):
    gold, entry = pair
    body = fold(unescape(entry["body"]))
    for line in gold["boilerplate"]:
        line = str(line)
        if len(line) <= 5:  # a short label ("Show") must not stand as a line of its own
            assert not re.search(rf"(?m)^\s*{re.escape(fold(line))}\s*$", body), line
        else:
            assert fold(line) not in body, line


def test_no_thai_damage(converted):
    for entry in converted.values():
        text = entry["body"] + str(entry["meta"])
        assert not re.search("[\u0e00-\u0e7f]", text)


def test_sections(converted):
    wanted = present = 0
    for path in GOLDS:
        gold = gold_for(path)
        body = unescape(converted[gold["file"]]["body"])
        headings = [fold(h) for h in re.findall(r"(?m)^#{1,6}\s+(.*)$", body)]
        for s in gold["sections"]:
            wanted += 1
            present += fold(s) in headings
    assert present / wanted >= 0.9, f"{present}/{wanted} gold section headings"


def test_tables_and_timeline(pair):
    gold, entry = pair
    body = unescape(entry["body"])
    tables = len(re.findall(r"(?m)^\|[-| :]+\|$", body))
    timeline_tables = 1 if gold["timeline"] else 0
    assert tables == gold["tables"] + timeline_tables
    events = entry["meta"]["timeline"]
    for g in gold["timeline"]:
        assert any(str(e["date"]) == str(g["date"]) and fold(g["event"]) in fold(e["event"]) for e in events), g


def test_gold_quotes_in_body(pair):
    gold, entry = pair
    body = fold(unescape(entry["body"]))
    for c in gold["claims"]:
        assert fold(c["quote"]) in body, c["quote"]


def test_story_shared(converted):
    stories = {e["meta"]["story"] for e in converted.values()}
    assert len(stories) == 1


def test_entities(pair):
    gold, entry = pair
    ents = set(entry["meta"]["entities"])
    want = set(gold["entities"])
    assert len(ents & want) / len(want) >= 0.6, sorted(want - ents)


def test_rerun_is_byte_identical(seeds_project):
    from conftest import run

    entries = sorted((seeds_project / "content" / "entries").glob("*.md"))
    before = {p: p.read_bytes() for p in entries}
    proc = run(["digest", "convert", "seeds"], seeds_project)
    assert "0 written" in proc.stdout
    assert {p: p.read_bytes() for p in entries} == before


def test_committed_entries_are_current(converted):
    """content/entries/ holds exactly what `digest convert seeds` writes today (make site is a no-op)."""
    from conftest import ROOT

    committed = {p.name: p.read_bytes() for p in (ROOT / "content" / "entries").glob("*.md")
                 if b"generated:" in p.read_bytes()}
    fresh = {e["path"].name: e["path"].read_bytes() for e in converted.values()}
    assert committed == fresh
