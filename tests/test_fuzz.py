"""Fuzzing every pure entry point: hostile bytes, text, HTML, feeds and front matter never crash
anything and never take long.

The normal run tries a few dozen inputs per entry point. `make fuzz` (bench/fuzz.py) runs the same
tests with the `fuzz` profile, over 100,000 inputs in all, and reports the worst time per call.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import time
from collections import defaultdict
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html

from digest.clean.boilerplate import clean_lines
from digest.clean.mojibake import fix_text
from digest.config import load_knowledge
from digest.convert import claims_for, draft_document
from digest.entryfile import parse_entry
from digest.errors import RejectedInput
from digest.extract import dates, headline, metadata, values as V
from digest.extract.duplicates import DuplicateIndex, shingles
from digest.extract.entities import find_mentions
from digest.extract.markdown import escape_inline, escape_line, unescape
from digest.extract.stories import StoryItem, assign_stories
from digest.extract.timeline import find_mentions as dated_mentions, resolve as resolve_dates
from digest.extract.structure import build_structure, iso_from_text_date, render_body
from digest.sanitize import markdown_url, sanitize, theme_safe_meta
from digest.sources.decode import decode
from digest.sources.document import Document
from digest.sources.feed import read_feed, sniff_feed
from digest.extract.dates import iso_day
from digest.sources.blocks import html_to_markdown
from digest.sources.html import read_html

from conftest import ROOT

_SETTINGS = dict(deadline=None, derandomize=False, database=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                        HealthCheck.filter_too_much, HealthCheck.function_scoped_fixture])
settings.register_profile("short", max_examples=int(os.environ.get("DIGEST_FUZZ_EXAMPLES", 20)), **_SETTINGS)
settings.register_profile("fuzz", max_examples=int(os.environ.get("DIGEST_FUZZ_EXAMPLES", 5000)), **_SETTINGS)
FUZZ = settings.get_profile(os.environ.get("DIGEST_FUZZ_PROFILE", "short"))
MAX_SECONDS = float(os.environ.get("DIGEST_FUZZ_MAX_SECONDS", 5))   # no single input may take longer

K = load_knowledge(ROOT / "site_config")
CALLS: dict[str, list[float]] = {}                 # target -> [calls, worst seconds per call]
INPUTS: dict[str, int] = defaultdict(int)          # entry point -> generated inputs tried


def timed(target: str, fn, *args):
    """Run one call, record its time; a call past MAX_SECONDS fails the test like a crash."""
    t0 = time.perf_counter()
    try:
        return fn(*args)
    finally:
        took = time.perf_counter() - t0
        seen = CALLS.setdefault(target, [0, 0.0])
        seen[0] += 1
        seen[1] = max(seen[1], took)
        assert took < MAX_SECONDS, f"{target} took {took:.1f} s on one input"


@pytest.fixture(scope="module", autouse=True)
def warm_up():
    # dateparser loads every locale on its first failed parse (seconds, once per process): a start-up
    # cost, paid here so the worst time per call below is what one input costs
    iso_day("no date in 2024 in any language at all")


@pytest.fixture(autouse=True)
def report():
    yield
    out = os.environ.get("DIGEST_FUZZ_REPORT")
    if out:  # after each entry point, so a long run that is stopped still tells what it did
        Path(out).write_text(json.dumps({"inputs": INPUTS, "calls": CALLS}, indent=1), encoding="utf-8")


# --- strategies ---------------------------------------------------------------------------------

WORDS = ["GPT-4", "GLM-5.2", "Zhipu AI", "OpenAI", "Elon Musk", "MMLU", "90%", "1,000", "$2.5 billion",
         "128K", "tokens", "context window", "parameters", "said", "On", "February 30, 2024", "2/30",
         "Q1 2027", "early next year", "by 2027", "No. 2", "Apache 2.0", "not disclosed", "Updated:",
         "By John Smith", "log in to register", "Source:", "1.5", "3x", "two hours", "first", "the model"]
MARKS = ["\n", "\n\n", " ", "  ", ".", ",", ";", "|", "|--|", "| a | b |", "[", "]", "{", "}", "(", ")",
         "<script>", "</p>", "&lt;", "&amp;", "#", "- ", "1. ", "!!! danger", "{: onclick=x}", "--8<--",
         "\u0e50", "\u0e42\u0e02", "\u0e44\u0e17\u0e22", "\u0e51\u0e52\u0e53", "\u0301", "\u202e", "\u200b",
         "\u200d", "\ufeff", "\u00a0", "\t", "\r", "\x00", "\x0b", "9" * 40, "7" * 400, "." * 60, "\U0001f680",
         "\u4e2d\u6587", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629", "e\u0301", "\ud7ff", "\uffff"]
fragments = st.lists(st.sampled_from(WORDS + MARKS), max_size=60).map(" ".join)
text_like = st.one_of(st.text(max_size=400), fragments,
                      st.tuples(fragments, st.sampled_from(MARKS), st.integers(1, 400)).map(
                          lambda t: t[0] + t[1] * t[2]))
raw_bytes = st.one_of(st.binary(max_size=600), text_like.map(lambda s: s.encode("utf-8", "surrogatepass")),
                      text_like.map(lambda s: s.encode("utf-16")),
                      text_like.map(lambda s: s.encode("cp1252", "replace")))

TAGS = ["<html>", "<body>", "<head>", "<title>", "</title>", "<article>", "<p>", "</p>", "<div>", "</div>",
        "<h1>", "</h1>", "<table><tr><td>", "</td></tr></table>", "<ul><li>", "<script>", "</script>",
        '<script type="application/ld+json">', '{"@type":"NewsArticle","headline":"x","author":{"name":"A"}}',
        "[" * 50, "{\"a\":" * 50, '<meta property="og:title" content="', '">', '<meta name="author" content="',
        "<!--", "-->", "<![CDATA[", "]]>", "<img src=x onerror=alert(1)>", "<a href='javascript:x'>",
        "<br>", "&nbsp;", "&#0;", "&#x110000;", "<svg>", "<math>", "<template>", "<noscript>"]
html_like = st.lists(st.one_of(st.sampled_from(TAGS), fragments), max_size=40).map("".join)
deep_html = st.integers(1, 1500).map(lambda n: "<div>" * n + "Atlas-1 has 10 billion parameters." + "</div>" * n)
html_docs = st.one_of(html_like, deep_html)


@st.composite
def feeds(draw):
    def field():
        return draw(st.one_of(fragments, st.sampled_from(["http://[x", "https://t.example/1){:onclick=x}",
                                                          "1 Jan 9999999999 0:0", "Mon, 30 Feb 2024 10:00:00 GMT",
                                                          "&lt;script&gt;", "", "javascript:alert(1)"])))
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")  # noqa: E731
    items = "".join(f"<item><title>{esc(field())}</title><link>{esc(field())}</link><pubDate>{esc(field())}"
                    f"</pubDate><description>{esc(field())}</description><author>{esc(field())}</author></item>"
                    for _ in range(draw(st.integers(0, 4))))
    head = draw(st.sampled_from(['<?xml version="1.0"?>', "<?xml version='1.0'?><!DOCTYPE x " + "[]" * 30 + ">",
                                 "", "\ufeff<?xml version=\"1.0\" encoding=\"latin-1\"?>"]))
    kind = draw(st.sampled_from(["rss", "atom"]))
    if kind == "rss":
        body = f'<rss version="2.0"><channel><title>{esc(field())}</title><link>https://w.example/</link>{items}</channel></rss>'
    else:
        body = (f'<feed xmlns="http://www.w3.org/2005/Atom"><title>{esc(field())}</title>'
                + items.replace("<item>", "<entry>").replace("</item>", "</entry>") + "</feed>")
    if draw(st.booleans()):
        body = body[:draw(st.integers(0, len(body)))]   # cut short
    return (head + body).encode("utf-8", "surrogatepass")


YAML_BITS = ["title: ", "date: ", "source:", "\n", "  ", "- ", "? ", ": ", "[", "]", "{", "}", ",", "&a ", "*a",
             "!!timestamp x", "!!float x", "!!binary", "!!python/name:os.system", "'", '"', "|", "#",
             "2026-02-30", "2024-06-03", "null", "1e999", "9" * 400, "claims:", "  - id: x\n", "\t", "\x00",
             "---", "<<: *a\n", "template: redirect.html\n", "location: x\n", "tags: [", "[1] [2] [3]"]
front_matter = st.one_of(st.lists(st.sampled_from(YAML_BITS), max_size=50).map("".join), st.text(max_size=300))


# --- targets ------------------------------------------------------------------------------------

@FUZZ
@given(data=raw_bytes)
def test_decode(data):
    INPUTS['decode'] += 1
    try:
        text = timed("decode", decode, data, "x.txt")
    except RejectedInput as err:
        assert "\n" not in str(err)
        return
    assert "\r" not in text and "\x00" not in text


@FUZZ
@given(text=text_like)
def test_mojibake(text):
    INPUTS['mojibake'] += 1
    timed("mojibake", fix_text, text)


@FUZZ
@given(text=text_like)
def test_boilerplate(text):
    INPUTS['boilerplate'] += 1
    timed("boilerplate", clean_lines, text, K)


@FUZZ
@given(text=text_like, title=st.one_of(st.none(), fragments))
def test_structure(text, title):
    INPUTS['structure'] += 1
    s = timed("structure", build_structure, text.split("\n"), title, [])
    assert render_body(s).endswith("\n")


@FUZZ
@given(text=text_like)
def test_values(text):
    INPUTS['values'] += 1
    for name, fn in (("percents", V.find_percents), ("points", V.find_points), ("money", V.find_money),
                     ("multiples", V.find_multiples), ("durations", V.find_durations), ("tokens", V.find_tokens),
                     ("ranks", V.find_ranks), ("licenses", V.find_licenses), ("dates", V.find_dates)):
        for found in timed("values", lambda s: list(fn(s)), text):
            assert len(str(found[2])) < 60, (name, found)
    timed("values", lambda s: list(V.find_counts(s, 1, True)), text)
    timed("values", lambda s: list(V.find_quarters(s, dt.date(2026, 6, 19))), text)
    timed("values", V.parse_quantity, text)


@FUZZ
@given(text=text_like)
def test_dates(text):
    INPUTS['dates'] += 1
    for fn in (dates.parse_date, iso_from_text_date, iso_day):
        timed("dates", fn, text)
    day, partial = dates.parse_date(text)
    if day is not None and partial:
        done = dates.complete_year(day, [dt.date(2024, 2, 29), dt.date(2023, 12, 31)])
        assert done is None or isinstance(done, dt.date)
    iso = iso_from_text_date(text)
    if iso and len(iso) == 10:
        dt.date.fromisoformat(iso)   # a full date is a real day


@FUZZ
@given(text=text_like)
def test_metadata(text):
    INPUTS['metadata'] += 1
    timed("metadata", headline.headline_shaped, text, K)
    timed("metadata", headline.is_crumb, text)
    timed("metadata", headline.read_head, text.split("\n"), K)
    mentions = timed("metadata", dated_mentions, [text])
    for item in resolve_dates(mentions, dt.date(2024, 2, 29), True):
        assert re.fullmatch(r"\d{4}(?:-(?:\d{2}(?:-\d{2})?|Q[1-4]))?", item["date"])
    timed("metadata", metadata.title_from_lede, text)
    timed("metadata", metadata.first_sentence, text)


@FUZZ
@given(text=text_like)
def test_entities(text):
    INPUTS['entities'] += 1
    for m in timed("entities", find_mentions, text, K):
        assert 0 <= m.start <= m.end <= len(text)


@FUZZ
@given(text=text_like)
def test_claims(text):
    INPUTS['claims'] += 1
    d = timed("claims", draft_document, Document(path="x.txt", text=text), K)
    for c in timed("claims", claims_for, d, K):
        assert c["quote"] and c["subject"] and len(str(c["value"])) < 200


@FUZZ
@given(items=st.lists(st.tuples(st.sampled_from([None, "GPT-4", "GLM-5.2", "Atlas"]),
                                st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2100, 1, 1))),
                                fragments, st.one_of(st.none(), st.sampled_from(["index", "a-story", "x"]))),
                      max_size=12))
def test_stories(items):
    INPUTS['stories'] += 1
    got = timed("stories", assign_stories,
                [StoryItem(f"k{i}", p, d, t, s) for i, (p, d, t, s) in enumerate(items)])
    assert all(v is None or isinstance(v, str) for v in got.values())


@FUZZ
@given(texts=st.lists(text_like, max_size=6))
def test_duplicates(texts):
    INPUTS['duplicates'] += 1
    index = DuplicateIndex()
    for i, t in enumerate(texts):
        sh = timed("duplicates", shingles, t)
        timed("duplicates", index.find, sh)
        index.add(i, sh)


@FUZZ
@given(page=html_docs)
def test_html(page):
    INPUTS['html'] += 1
    timed("html", html_to_markdown, page)
    try:
        doc = timed("html", read_html, page.encode("utf-8", "surrogatepass"), "p.html")
    except RejectedInput as err:
        assert "\n" not in str(err)
        return
    assert "<script" not in doc.text.lower()


@FUZZ
@given(data=feeds())
def test_feeds(data):
    INPUTS['feeds'] += 1
    timed("feeds", sniff_feed, data)
    rejected: list[str] = []
    try:
        timed("feeds", read_feed, data, "f.xml", rejected)
    except RejectedInput as err:
        assert "\n" not in str(err)
    assert all("\n" not in line for line in rejected)


@FUZZ
@given(fm=front_matter, body=text_like)
def test_entry_parsing(fm, body):
    INPUTS['entry_parsing'] += 1
    parsed = timed("entry_parsing", parse_entry, "x.md", "---\n" + fm + "\n---\n\n" + body)
    assert all("\n" not in p.message for p in parsed.problems)
    assert parsed.entry is None or not (set(parsed.meta) & {"template", "location"})


def _attributes(html_text: str):
    # lxml refuses control characters that browsers ignore
    root = lxml_html.fragment_fromstring(re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]", "", html_text),
                                         create_parent="div")
    return [(el.tag, k, v) for el in root.iter() if isinstance(el.tag, str) for k, v in el.attrib.items()]


@FUZZ
@given(text=st.one_of(text_like, html_like))
def test_escaping(text):
    INPUTS['escaping'] += 1
    line = timed("escaping", escape_line, text.replace("\n", " "))
    assert "<" not in line and unescape(line) == text.replace("\n", " ")
    assert "<" not in timed("escaping", escape_inline, text)
    url = timed("escaping", markdown_url, "https://x.example/" + text)
    assert not set(url) & set(" ()[]{}<>\"'`")
    meta = timed("escaping", theme_safe_meta, {"title": text, "author": text, "tags": [text], "description": text})
    assert all("<" not in str(v) for v in meta.values())
    clean = timed("escaping", sanitize, text)
    if clean.strip():
        for tag, name, value in _attributes(clean):
            assert not name.lower().startswith("on") and tag not in ("script", "iframe", "style")
            assert not value.replace(" ", "").lower().startswith(("javascript:", "data:"))
