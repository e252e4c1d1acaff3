"""HTML pages and RSS/Atom feeds to Documents: gold fixtures, own fixtures, hostile inputs, metadata accuracy."""

from __future__ import annotations

import io
import re
import time
from pathlib import Path

import feedparser
import markdown
import pytest
import trafilatura
import yaml
from lxml import html as lxml_html

from digest.errors import RejectedInput
from digest.extract.markdown import unescape
from digest.sources.feed import read_feed, sniff_feed
from digest.sources.blocks import html_to_markdown
from digest.sources.html import read_html
from digest.sources.markup import decode_markup

DATA = Path(__file__).parent / "data"
FIXTURES = DATA / "fixtures"
FORMATS = DATA / "formats"


def _read(path: Path) -> bytes:
    return path.read_bytes()


def _render(md: str) -> str:
    """The HTML the site would make, with the extensions that turn text into markup when unescaped."""
    return markdown.markdown(md, extensions=["tables", "attr_list", "md_in_html", "pymdownx.snippets"],
                             extension_configs={"pymdownx.snippets": {
                                 "base_path": ["/"], "restrict_base_path": False, "check_paths": False}})


def assert_inert(md: str) -> None:
    """No script, frame, image, link, event handler, javascript: URL or file include survives."""
    for raw in ("<script", "<iframe", "<img", "<object", "onerror=", "javascript:"):
        assert raw not in md.lower(), raw
    rendered = _render(md)
    assert "root:" not in rendered
    root = lxml_html.fragment_fromstring(rendered or "<p></p>", create_parent="div")
    for el in root.iter():
        assert el.tag not in ("script", "iframe", "object", "embed", "img", "a", "style", "form"), el.tag
        for name, value in el.attrib.items():
            assert not name.lower().startswith("on"), name
            assert "javascript:" not in value.lower()


def test_render_harness_is_not_vacuous():
    assert "root:" in _render('--8<-- "/etc/passwd"')
    assert 'onclick="alert(1)"' in _render('para\n{: onclick="alert(1)" }')
    with pytest.raises(AssertionError):
        assert_inert("[x](https://example.org)")


# --- the gold fixtures ------------------------------------------------------------------------------

def test_qq_page_matches_gold():
    gold = yaml.safe_load((FIXTURES / "gold" / "021_deepmind-dnc-qq-zh.yml").read_text(encoding="utf-8"))
    doc = read_html(_read(FIXTURES / gold["file"]), gold["file"])
    assert doc.is_markdown
    assert doc.title == gold["title"]
    assert doc.publisher == gold["publisher"]
    assert doc.author == gold["author"]
    assert doc.date == str(gold["date"])
    assert doc.language == gold["language"]
    assert doc.extra.get("original") == gold["original"]  # the reprint's credited source
    seen = unescape(doc.text)
    for line in gold["boilerplate"]:
        assert line not in seen and line not in doc.text, line
    for claim in gold["claims"]:
        assert claim["quote"] in seen, claim["quote"]
    # The gold note: an inline <a> around 科学 splits that sentence in the HTML; it must read as one here.
    assert "发表在科学刊物《自然》（Nature）上" in seen
    assert "\ufffd" not in doc.text and "è" not in doc.text  # gb2312 declared, UTF-8 bytes: no mojibake
    assert_inert(doc.text)


def test_anthropic_feed_matches_gold():
    gold = yaml.safe_load((FIXTURES / "gold" / "022_anthropic-news-feed.yml").read_text(encoding="utf-8"))
    docs = read_feed(_read(FIXTURES / gold["file"]), gold["file"])
    assert len(docs) == len(gold["items"]) == 11
    for doc, item in zip(docs, gold["items"]):
        assert (doc.title, doc.url, doc.date) == (item["title"], item["link"], str(item["pubDate"]))
        assert doc.publisher == gold["publisher"] == "Anthropic"
        assert doc.author == gold["author"]  # <author>Anthropic</author> credits the site, not a person
        assert doc.language == gold["language"]
        assert doc.item_id == item["link"]
        assert doc.is_markdown and doc.text.strip()
        assert_inert(doc.text)
    texts = [unescape(d.text) for d in docs]
    for claim in gold["claims"]:
        assert any(claim["quote"] in t for t in texts), claim["quote"]


# --- own fixtures -----------------------------------------------------------------------------------

def test_news_page_metadata_and_body():
    doc = read_html(_read(FORMATS / "news_page.html"), "news_page.html")
    assert doc.title == "Mistral AI launches Mistral Large and a Microsoft Azure partnership"
    assert doc.author == "Jane Okafor, Tomás Rivera"
    assert doc.publisher == "The Harbour Ledger"
    assert doc.date == "2024-02-26"  # 23:40 -08:00: the day the page states, not the UTC day
    assert doc.url == "https://www.harbourledger.example/tech/2024/02/26/mistral-large-azure"
    assert doc.language == "en"
    assert "original" not in doc.extra
    text = doc.text
    assert not text.startswith("#"), "the headline is the title, not repeated as a heading"
    assert "## A second cloud home" in text and "## How the scores compare" in text
    assert "- supercomputing infrastructure on Azure for training and serving Mistral's models;" in text
    assert "| Model | MMLU (%) |\n|---|---|\n| GPT-4 | 86.4 |\n| Mistral Large | 81.2 |" in text
    assert "Readers can open the pricing calculator to compare." in text
    for furniture in ("Skip to content", "Subscribe for", "Share on X", "Email this story", "Wake me up",
                      "Comments (3)", "Privacy policy", "All rights reserved", "Mistral raises", "Port strike",
                      "morning briefing", "Artificial intelligence"):
        assert furniture not in text, furniture
    assert "alert(" not in text
    assert_inert(text)
    rendered = _render(text)
    assert "<table>" in rendered and "<h2>A second cloud home</h2>" in rendered and "<li>" in rendered


def test_rss_feed_with_content_encoded():
    docs = read_feed(_read(FORMATS / "rss_content.xml"), "rss_content.xml")
    assert [d.title for d in docs] == [
        "OpenAI previews Sora, a model that turns text into minute-long videos",
        "Google pauses Gemini’s image generation of people after criticism",
        "Mistral AI releases Mistral Large & signs Azure partnership"]
    # -0800 evening items keep their stated day; feedparser's *_parsed fields would move them to the next day
    assert [d.date for d in docs] == ["2024-02-15", "2024-02-26", "2024-02-27"]
    assert [d.author for d in docs] == ["Maya Lindqvist", "Omar Haddad", "Maya Lindqvist"]
    assert [d.publisher for d in docs] == ["The Gradient Ledger", "Partner Desk Wire", "The Gradient Ledger"]
    assert [d.item_id for d in docs] == ["https://www.gradientledger.example/?p=48211",
                                         "https://www.gradientledger.example/?p=48377",
                                         "https://www.gradientledger.example/2024/02/27/mistral-large/"]
    assert all(d.language == "en" and d.is_markdown for d in docs)
    sora, gemini, mistral = (d.text for d in docs)
    assert "## Who can use it" in sora and "- red teamers assessing harms and risks;" in sora
    assert "Share this article" not in sora
    assert "re-release an improved version soon." in gemini
    assert "evil.example" not in gemini and "document.cookie" not in gemini
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in gemini  # quoted markup stays visible, as text
    assert "\\# not a heading, \\[not a link\\](https://evil.example)" in mistral
    assert "| GPT-4 \\| leaked | 86.4% |" in mistral
    for text in (sora, gemini, mistral):
        assert_inert(text)
    assert "<h1>" not in _render(mistral)  # "# not a heading" stays a paragraph


def test_atom_feed():
    docs = read_feed(_read(FORMATS / "atom.xml"), "atom.xml")
    assert len(docs) == 2
    report, office = docs
    assert report.title == "Kiroku-2 technical report"  # type="html" title reduced to text
    assert (report.date, office.date) == ("2024-05-14", "2024-04-30")  # 01:30 +09:00 stays on the 14th
    assert (report.author, office.author) == ("Aiko Tanaka", None)  # "Kiroku Labs" is the site, not a person
    assert report.publisher == office.publisher == "Kiroku Labs"
    assert report.url == "https://blog.kirokulabs.example/posts/kiroku-2-report/"
    assert report.item_id == "tag:blog.kirokulabs.example,2024:/posts/kiroku-2-report"
    assert "## Training data" in report.text and "- code from permissively licensed repositories" in report.text
    assert "| Benchmark | Kiroku-1 | Kiroku-2 |\n|---|---|---|\n| JGLUE (avg) | 71.4 | 78.9 |" in report.text
    assert "> Bilingual pre-training from the start beat adding Japanese later." in report.text
    assert office.text == ("Our second office opens in Osaka in June and will host the evaluation team.\n\n"
                           "We are hiring research engineers &lt;and&gt; annotators for the new office.\n")
    for doc in docs:
        assert_inert(doc.text)


def test_item_ids_are_stable_across_runs():
    for name in ("rss_content.xml", "atom.xml"):
        first = [d.item_id for d in read_feed(_read(FORMATS / name), name)]
        again = [d.item_id for d in read_feed(_read(FORMATS / name), name)]
        assert first == again and len(set(first)) == len(first) and all(first)
    bare = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>No guid, no link'
            b'</title><pubDate>Fri, 01 Mar 2024 10:00:00 +0000</pubDate><description>Body.</description></item>'
            b'</channel></rss>')
    ids = {read_feed(bare, "bare.xml")[0].item_id for _ in range(2)}
    assert len(ids) == 1 and ids.pop().startswith("sha1:")


def test_sniff_feed():
    for path in (FORMATS / "rss_content.xml", FORMATS / "atom.xml", FIXTURES / "022_anthropic-news-feed.xml",
                 FORMATS / "hostile_xxe.xml", FORMATS / "billion_laughs.xml"):
        assert sniff_feed(_read(path)), path.name
    assert sniff_feed(_read(FORMATS / "atom.xml").decode("utf-8").encode("utf-16"))
    rdf = (b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
           b'xmlns="http://purl.org/rss/1.0/"><channel/></rdf:RDF>')
    assert sniff_feed(rdf)
    for path in (FORMATS / "news_page.html", FIXTURES / "021_deepmind-dnc-qq-zh.html"):
        assert not sniff_feed(_read(path)), path.name
    assert not sniff_feed(b"Plain text about <rss> feeds.")
    assert not sniff_feed(b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>')
    assert not sniff_feed(b'<?xml version="1.0"?><feed><entry/></feed>')  # <feed> without the Atom namespace


# --- hostile and unusable inputs ---------------------------------------------------------------------

def test_html_fragment_hostile_markup_becomes_text():
    md = html_to_markdown('<p>Hi <script>alert(1)</script><img src=x onerror="alert(2)">'
                          '<a href="javascript:alert(3)">there</a><iframe src="https://evil.example"></iframe></p>'
                          '<p>{: .x onclick="y" } [a](b) ![i](j) <!-- c --></p><style>p{}</style>')
    assert md == "Hi there\n\n\\{: .x onclick=\"y\" \\} \\[a\\](b) !\\[i\\](j)\n"
    assert_inert(md)


def _feed_with_entities(doctype: str) -> bytes:
    return (f'<?xml version="1.0"?>\n{doctype}\n<rss version="2.0"><channel><title>T</title>'
            '<link>https://x.example/</link><item><title>a &xxe;</title><link>https://x.example/a</link>'
            '<description>b &xxe;</description></item></channel></rss>').encode("utf-8")


@pytest.mark.parametrize("data", [
    _read(FORMATS / "hostile_xxe.xml"),
    _feed_with_entities('<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'),
    _feed_with_entities('<!DOCTYPE rss [\n<!ENTITY % p SYSTEM "file:///etc/passwd">\n%p;\n]>'),
    _feed_with_entities('<!-- <x -->\n<!DOCTYPE rss [\n<!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>'),
    _feed_with_entities('<!DOCTYPE rss [\n<!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>').decode().encode("utf-16"),
], ids=["fixture", "one-line", "parameter-entity", "after-comment", "utf-16"])
def test_external_entity_feed_is_refused(data):
    assert Path("/etc/passwd").read_text().startswith("root:")  # the secret this test guards
    with pytest.raises(RejectedInput) as err:
        read_feed(data, "hostile.xml")
    assert "entities" in str(err.value) and "root:" not in str(err.value)


def _quadratic(size: int, refs: int) -> bytes:
    return (f'<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY a "{"A" * size}">\n]>\n<rss version="2.0"><channel>'
            f'<title>Q</title><item><title>q</title><link>https://q.example/</link><description>{"&a;" * refs}'
            '</description></item></channel></rss>').encode("utf-8")


@pytest.mark.parametrize("data", [_read(FORMATS / "billion_laughs.xml"), _quadratic(50_000, 50_000)],
                         ids=["billion-laughs", "quadratic-2.5GB"])
def test_entity_bombs_are_refused_fast(data):
    start = time.monotonic()
    with pytest.raises(RejectedInput):
        read_feed(data, "bomb.xml")
    assert time.monotonic() - start < 2


def test_feedparser_alone_on_hostile_feeds():
    """What feedparser 6.0.14 itself does, and why read_feed refuses entity declarations before it."""
    xxe = feedparser.parse(io.BytesIO(_read(FORMATS / "hostile_xxe.xml")))
    assert xxe.bozo and "root:" not in repr(xxe)  # external entities are never fetched
    start = time.monotonic()
    lol = feedparser.parse(io.BytesIO(_read(FORMATS / "billion_laughs.xml")))
    assert time.monotonic() - start < 2 and "lollol" not in repr(lol)  # nested entities are dropped
    small = feedparser.parse(io.BytesIO(_quadratic(1000, 1000)))
    assert len(small.entries[0].summary) >= 1_000_000  # but a "safe" entity is expanded without limit


def test_unusable_inputs_are_rejected():
    cases = [
        (read_html, b"", "empty"),
        (read_html, b"<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>", "no article"),
        (read_html, b"Just a line of text with no markup at all.", "no HTML"),
        (read_feed, b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>', "no items"),
        (read_feed, _read(FORMATS / "news_page.html"), "not a readable"),
    ]
    for reader, data, message in cases:
        with pytest.raises(RejectedInput) as err:
            reader(data, "bad.input")
        assert message in str(err.value), (message, str(err.value))


def test_declared_charset_is_used_only_when_the_bytes_are_not_utf8():
    latin = '<html><head><meta charset="iso-8859-1"><title>x</title></head><body>Caf\xe9 \x93q\x94</body></html>'
    assert "Café “q”" in decode_markup(latin.encode("latin-1"), "p.html")  # WHATWG: iso-8859-1 means cp1252
    utf8 = '<meta charset="gb2312"><p>人工智能</p>'.encode("utf-8")
    assert "人工智能" in decode_markup(utf8, "p.html")
    gbk = '<meta charset="gb2312"><p>人工智能</p>'.encode("gb18030")
    assert "人工智能" in decode_markup(gbk, "p.html")


# --- metadata quality: plain trafilatura vs read_html ---------------------------------------------------

# Real-world page shapes; values are what each page states.
META_PAGES = {
    "jsonld_only.html": ("Stability AI announces Stable Diffusion 3 in early preview", "Rhea Castellanos",
                         "2024-02-22", "Pixel Bulletin", "en"),
    "jsonld_graph_ref.html": ("Nvidia unveils Blackwell B200 GPU at GTC", "Julia Brandt", "2024-03-18",
                              "Compute Chronicle", "en"),
    "opengraph_only.html": ("Google opens Gemini 1.5 Pro to developers", "Dev Patel", "2024-02-15",
                            "Circuit Weekly", "en"),
    "title_suffix.html": ("Meta releases Llama 3 with 8B and 70B models", "Lena Fischer", "2024-04-18",
                          "Open Source Daily", "en"),
    "byline_in_text.html": ("Anthropic unveils Claude 3 model family", "Priya Raman", "2024-03-04",
                            "The Wire Desk", "en"),
    "time_only.html": ("Google DeepMind unveils Gemini, its most capable model", "Marcus Webb", "2023-12-06",
                       "Bytes & Bots", "en"),
    "cn_portal.html": ("百度发布文心大模型4.0", "王磊", "2023-10-17", "星河网", "zh"),
    "microdata.html": ("Meta's Llama 3.1 405B arrives as its largest open model", "Hannah Okoye", "2024-07-23",
                       "Signal & Noise", "en"),
    "wordpress.html": ("Mistral releases Codestral, its first code model", "Sofia Marchetti", "2024-05-29",
                       "Deep Learning Digest", "en"),
}
FIELDS = ("headline", "byline", "date")


def _names(author) -> set[str]:
    return {n.strip().casefold() for n in re.split(r"[;,、]|\band\b", author or "") if n.strip()}


def _scores(title, author, date, expected) -> dict[str, bool]:
    return {"headline": (title or "").strip() == expected[0], "byline": _names(author) == _names(expected[1]),
            "date": date == expected[2]}


def _both(name: str):
    data = _read(FORMATS / "meta" / name)
    doc = read_html(data, name)
    plain = trafilatura.extract_metadata(decode_markup(data, name))
    expected = META_PAGES[name]
    return (_scores(plain.title, plain.author, plain.date, expected),
            _scores(doc.title, doc.author, doc.date, expected), doc)


@pytest.mark.parametrize("name", sorted(META_PAGES))
def test_read_html_metadata_on_page_shapes(name):
    plain, ours, doc = _both(name)
    expected = META_PAGES[name]
    assert all(ours.values()), (name, doc.title, doc.author, doc.date)
    assert (doc.publisher, doc.language) == expected[3:]
    assert all(ours[f] >= plain[f] for f in FIELDS)
    assert doc.text.strip() and expected[0] not in doc.text.split("\n")[0]
    assert_inert(doc.text)


def test_metadata_accuracy_report():
    totals = {"trafilatura": dict.fromkeys(FIELDS, 0), "read_html": dict.fromkeys(FIELDS, 0)}
    for name in sorted(META_PAGES):
        plain, ours, _ = _both(name)
        for field in FIELDS:
            totals["trafilatura"][field] += plain[field]
            totals["read_html"][field] += ours[field]
    n = len(META_PAGES)
    print(f"\nmetadata accuracy on {n} page shapes")
    for who, counts in totals.items():
        print(f"  {who:12} " + "  ".join(f"{f} {counts[f]}/{n}" for f in FIELDS))
    for field in FIELDS:
        assert totals["read_html"][field] >= totals["trafilatura"][field]
        assert totals["read_html"][field] == n
