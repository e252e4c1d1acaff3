"""Hostile inputs found by an attack run: no script reaches a page, no input hangs, nothing is lost.

Each test reproduces one defect on text written for it and asserts the behaviour that must hold.
"""

from __future__ import annotations

import json
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from lxml import etree
from lxml import html as lxml_html

from digest.clean.mojibake import fix_text
from digest.config import load_knowledge
from digest.convert import claims_for, draft_document
from digest.entryfile import parse_entry
from digest.extract import values as V
from digest.search_bundle import WORKER, read_bundle
from digest.sources.document import Document
from digest.sources.feed import read_feed, sniff_feed
from digest.extract.dates import iso_day
from digest.sources.blocks import html_to_markdown
from digest.sources.html import read_html

from conftest import BIN, ROOT, make_project, run


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
        small, big = unit * (50_000 // len(unit)), unit * (200_000 // len(unit))
        run = lambda s: list(finder(s))  # noqa: E731
        # 4x the text costs about 4x the time (a quadratic pattern: 16x, and minutes at this size)
        assert timed(run, big, repeat=2) < max(0.5, 10 * timed(run, small, repeat=2))
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
    draft("GPT-4 has a 1 million token context window and scored 90% on MMLU.", k)  # compiles the patterns once
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


# --- the CLI: symlinks, devices, concurrent runs, write errors, killed runs ----------------------

ARTICLE = ("Northwind ships Atlas-{n}\nJune 3, 2024\n"
           "Northwind released Atlas-{n} on Monday. The model has {n}0 billion parameters, the company said.\n")


@pytest.fixture
def proj(tmp_path) -> Path:
    p = make_project(tmp_path / "proj")
    (p / "in").mkdir()
    return p


def convert(proj: Path, *args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([str(BIN / "digest"), "convert", *args], cwd=proj, capture_output=True, text=True,
                          timeout=300, **kw)


def entry_files(proj: Path) -> list[Path]:
    return sorted((proj / "content" / "entries").glob("*.md"))


def test_links_out_of_the_folder_and_devices_are_refused(proj):
    (proj / "in" / "a.txt").write_text(ARTICLE.format(n=1), encoding="utf-8")
    os.symlink("/etc/passwd", proj / "in" / "passwd.txt")
    os.symlink("/proc/self/environ", proj / "in" / "environ.txt")
    os.mkfifo(proj / "in" / "pipe.txt")
    proc = convert(proj, "in")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    refused = [ln for ln in proc.stderr.splitlines() if "not read" in ln]
    assert len(refused) == 3 and {ln.split(":")[0] for ln in refused} == {"in/passwd.txt", "in/environ.txt",
                                                                          "in/pipe.txt"}
    [entry] = entry_files(proj)
    assert "root:" not in entry.read_text(encoding="utf-8")


def test_a_link_inside_the_folder_is_read(proj):
    (proj / "in" / "real").mkdir()
    (proj / "in" / "real" / "a.txt").write_text(ARTICLE.format(n=1), encoding="utf-8")
    os.symlink("real/a.txt", proj / "in" / "alias.txt")
    proc = convert(proj, "in")
    assert proc.returncode == 0, proc.stderr


def test_two_runs_into_one_folder_keep_every_entry(proj):
    # two people convert their own in/ folders (same file names, same headline) into one content/
    for side in ("a", "b"):
        (proj / side / "in").mkdir(parents=True)
        for n in range(40):
            (proj / side / "in" / f"{n}.txt").write_text(
                # one slug for all; the lines differ, so none is dropped as a line every file repeats
                f"Northwind Labs Ships A New Model To Everyone{'!' * n}\nJune 3, 2024\n"
                f"Lab {side.upper()}{n} released Model-{side}{n} with {n + 1} billion parameters on Monday. It costs {n + 7} dollars per month, a {side} note said "
                f"on day {n} of the {side}-side tests.\n", encoding="utf-8")
    procs = [subprocess.Popen([str(BIN / "digest"), "convert", "in", "--out", "../content", "--config",
                               "../site_config", "-q"], cwd=proj / side, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for side in ("a", "b")]
    for p in procs:
        p.communicate(timeout=300)
    texts = [p.read_text(encoding="utf-8") for p in entry_files(proj)]
    sides = [re.search(r"Lab ([AB]\d+) released", t).group(1) for t in texts]
    assert len(set(sides)) == 80, f"{80 - len(set(sides))} entries lost"


def test_a_full_disk_is_one_line_and_leaves_nothing_half_written(proj):
    (proj / "in" / "a.txt").write_text(ARTICLE.format(n=1), encoding="utf-8")

    def small_files():  # writes past 200 bytes fail as they would on a full disk
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (200, 200))

    proc = convert(proj, "in", preexec_fn=small_files)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    [line] = proc.stderr.strip().splitlines()
    assert line.startswith("content/entries: cannot write entries"), line
    assert os.listdir(proj / "content" / "entries") == []


def test_an_out_folder_that_cannot_hold_entries_is_one_line(proj):
    (proj / "in" / "a.txt").write_text(ARTICLE.format(n=1), encoding="utf-8")
    (proj / "blocked").mkdir()
    (proj / "blocked" / "entries").write_text("a file where the folder should be", encoding="utf-8")
    proc = convert(proj, "in", "--out", "blocked")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.strip().splitlines() == [l for l in proc.stderr.strip().splitlines()
                                                if l.startswith("blocked/entries: cannot write entries")]


def test_temp_files_of_a_killed_run_are_removed_by_the_next(proj):
    (proj / "in" / "a.txt").write_text(ARTICLE.format(n=1), encoding="utf-8")
    entries_dir = proj / "content" / "entries"
    dead = subprocess.Popen(["true"])
    dead.wait()
    (entries_dir / f".atlas.md.{dead.pid}.k3j2h1g0.tmp").write_text("half", encoding="utf-8")
    live = entries_dir / f".other.md.{os.getpid()}.a1b2c3d4.tmp"   # a run still writing
    live.write_text("half", encoding="utf-8")
    assert convert(proj, "in").returncode == 0
    assert [p.name for p in entries_dir.iterdir() if p.name.startswith(".")] == [live.name]


def test_an_impossible_date_does_not_stop_the_run(proj):
    (proj / "in" / "a.txt").write_text("Northwind ships Atlas-1\nOn February 30, 2024, Northwind unveiled Atlas-1.\n"
                                       "Northwind said Atlas-1 has 10 billion parameters.\n", encoding="utf-8")
    (proj / "in" / "b.txt").write_text(ARTICLE.format(n=2), encoding="utf-8")
    proc = convert(proj, "in")
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    assert len(entry_files(proj)) == 2


def test_admonition_markers_in_a_dump_stay_text(proj):
    (proj / "in" / "a.txt").write_text(ARTICLE.format(n=1) + '!!! danger "Injected"\nMore text follows here.\n',
                                       encoding="utf-8")
    assert convert(proj, "in").returncode == 0
    [entry] = entry_files(proj)
    assert not any(ln.startswith("!!!") for ln in entry.read_text(encoding="utf-8").splitlines())
    run(["mkdocs", "build"], proj)
    page = next((proj / "site" / "entries").glob("*/index.html")).read_text(encoding="utf-8")
    assert 'class="admonition' not in page and '!!! danger "Injected"' in lxml_html.fromstring(page).text_content()


def test_citation_markers_convert_into_an_entry_that_checks_clean(proj):
    markers = " ".join(f"[{i}]" for i in range(1, 71))
    (proj / "in" / "cited.txt").write_text(
        f"Northwind ships Atlas-1\nJune 3, 2024\nNorthwind released Atlas-1 on Monday {markers}. "
        "The model has 10 billion parameters, the company said.\n", encoding="utf-8")
    assert convert(proj, "in").returncode == 0
    proc = run(["digest", "check"], proj, check=False)
    assert proc.returncode == 0, proc.stderr


# --- generated pages cannot be taken by entry values ----------------------------------------------

def hand_entry(proj: Path, name: str, meta: dict, body: str = "Northwind said Atlas-1 has 10 billion parameters.\n"):
    meta = {"title": "Hand entry", "date": "2024-06-03", "source": {"publisher": "Wire"}, **meta}
    (proj / "content" / "entries" / name).write_text(
        "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n\n" + body, encoding="utf-8")


def test_entry_values_do_not_replace_index_pages(proj):
    hand_entry(proj, "a.md", {"story": "index", "entities": ["Index", "智谱", "深度求索"]})
    run(["mkdocs", "build"], proj)
    site = proj / "site"
    stories = lxml_html.parse(str(site / "stories" / "index.html")).getroot().text_content()
    entities = lxml_html.parse(str(site / "entities" / "index.html")).getroot().text_content()
    assert "Hand entry" not in stories.split("Stories", 1)[0] or "Index" in stories
    assert "智谱" in entities and "深度求索" in entities and "Index" in entities
    pages = {p.parent.name for p in (site / "entities").glob("*/index.html")}
    assert len({n for n in pages if n != "index"}) >= 3   # each entity has its own page


# --- keys that steer the theme are refused ---------------------------------------------------------

def test_theme_keys_are_refused_by_check(proj):
    hand_entry(proj, "redirect.md", {"template": "redirect.html", "location": '"+alert(3)+"'})
    proc = run(["digest", "check"], proj, check=False)
    assert proc.returncode == 1
    assert any(ln.startswith("content/entries/redirect.md:") and "template" in ln for ln in proc.stderr.splitlines())
    assert any("location" in ln for ln in proc.stderr.splitlines())


# --- end to end: OWASP payloads through every input kind, a real build, every output parsed ----------

PAYLOADS = [
    "<script>alert(1)</script>",
    "<IMG SRC=\"javascript:alert('XSS');\">",
    "<IMG SRC=JaVaScRiPt:alert('XSS')>",
    "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\">",
    "<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
    "<IMG SRC=\"jav\tascript:alert('XSS');\">",
    "<SCRIPT/XSS SRC=\"http://xss.example/xss.js\"></SCRIPT>",
    "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>",
    "<<SCRIPT>alert(\"XSS\");//<</SCRIPT>",
    "<iframe src=http://xss.example/scriptlet.html <",
    "<svg/onload=alert('XSS')>",
    "<a href=\"javascript:alert(1)\">click</a>",
    "<details open ontoggle=alert(1)>",
    "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<base href=\"javascript:alert('XSS');//\">",
    "<div style=\"background-image: url(javascript:alert('XSS'))\">x</div>",
    "<style>@import'http://xss.example/xss.css';</style>",
    "\"><script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    "[click](javascript:alert(1))",
    "![pixel](https://tracker.example/p.png)",
    "text {: onclick=\"alert(1)\" }",
    "--8<-- \"/etc/passwd\"",
    "!!! danger \"Injected\"",
]
_BAD_SCHEME = re.compile(r"^(?:javascript|data|vbscript):", re.I)
_URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "poster", "background", "data", "srcset",
              "cite", "longdesc", "content"}


def _scheme(value: str) -> str:
    return re.sub(r"[\x00-\x20]", "", value)


def unsafe_in_html(text: str, where: str) -> list[str]:
    """Everything in an HTML document or fragment that could run script or fetch a remote file."""
    if not text.strip():
        return []
    whole = "<html" in text[:1000].lower()
    root = lxml_html.document_fromstring(text) if whole else lxml_html.fragment_fromstring(text, create_parent="div")
    found = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.lower()
        if tag in ("iframe", "object", "embed", "frame", "frameset", "base", "applet"):
            found.append(f"{where}: <{tag}>")
        if tag == "script":
            src = el.get("src") or ""
            if "alert" in (el.text or "") or "xss" in (el.text or "").lower() or "//" in src or _BAD_SCHEME.match(src):
                found.append(f"{where}: <script src={src!r}>{(el.text or '')[:40]}")
        if tag == "meta" and (el.get("http-equiv") or "").lower() == "refresh":
            found.append(f"{where}: <meta http-equiv=refresh>")
        if tag == "style" and re.search(r"@import|url\(", el.text or ""):
            found.append(f"{where}: <style> fetching {el.text[:40]!r}")
        for name, value in el.attrib.items():
            name = name.lower()
            if name.startswith("on"):
                found.append(f"{where}: <{tag} {name}>")
            if name in _URL_ATTRS and _BAD_SCHEME.match(_scheme(value)) and not (tag == "meta" and name == "content"):
                found.append(f"{where}: <{tag} {name}={value[:40]!r}>")
            if name == "style" and re.search(r"url\(|expression\(|javascript:", value, re.I):
                found.append(f"{where}: <{tag} style={value[:40]!r}>")
            if tag in ("img", "video", "audio", "source", "track", "input", "image") and name in ("src", "srcset", "poster") \
                    and ("://" in value or value.startswith("//")):
                found.append(f"{where}: remote <{tag} {name}={value[:40]!r}>")
            if tag == "link" and name == "href" and ("://" in value or value.startswith("//")) \
                    and (el.get("rel") or "").lower() not in ("canonical", "alternate"):
                found.append(f"{where}: remote <link href={value[:40]!r}>")
        if tag == "p" and (el.text or "").lstrip().startswith("Injected") and "admonition" in (el.getparent().get("class") or ""):
            found.append(f"{where}: an admonition made from source text")
    for box in root.find_class("admonition"):
        if "Injected" in box.text_content():
            found.append(f"{where}: an admonition made from source text")
    return found


def unsafe_in_site(site: Path) -> list[str]:
    found = []
    for page in sorted(site.rglob("*.html")):
        found += unsafe_in_html(page.read_text(encoding="utf-8"), str(page.relative_to(site)))
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    # Material's index, or (after a build with the Pagefind bundle) none and the bundle's fragments,
    # which the theme's worker escapes again before Material's search box prints them
    for doc in index["docs"] + read_bundle(site):
        for key in ("title", "text"):
            found += unsafe_in_html(doc.get(key) or "", f"search index {doc['location']} {key}")
        for tag in doc.get("tags") or []:
            found += unsafe_in_html(tag, f"search index {doc['location']} tag")
    worker = site / WORKER
    if worker.is_file() and "://" in worker.read_text(encoding="utf-8"):
        found.append(f"{WORKER}: the search worker names an address outside the site")
    feeds = sorted(site.glob("feed_*.xml"))
    assert feeds
    for feed in feeds:
        root = etree.fromstring(feed.read_bytes())   # raises when a value broke the XML
        for el in root.iter("description", "{http://purl.org/rss/1.0/modules/content/}encoded"):
            found += unsafe_in_html(el.text or "", f"{feed.name} <{el.tag}>")
        for el in root.iter("enclosure"):
            found.append(f"{feed.name}: enclosure {el.get('url')}")
    return found


def hostile_inputs(proj: Path) -> None:
    lines = [f"Reporters say {p} and Northwind shipped Atlas-1 with 10 billion parameters." for p in PAYLOADS]
    (proj / "in" / "dump.txt").write_text(
        "<script>alert(2)</script> Northwind ships Atlas-1\nJune 3, 2024\n" + "\n".join(PAYLOADS) + "\n"
        + "\n".join(lines) + "\n", encoding="utf-8")
    escaped = [p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") for p in PAYLOADS]
    (proj / "in" / "page.html").write_text(
        "<!doctype html><html><head><title>&lt;img src=x onerror=alert(3)&gt; Atlas-2 ships | Wire</title>"
        "<meta property=\"og:title\" content=\"&lt;svg onload=alert(4)&gt; Atlas-2 ships\">"
        "<meta name=\"author\" content=\"&quot;&gt;&lt;script&gt;alert(5)&lt;/script&gt;\">"
        "<meta property=\"article:published_time\" content=\"2024-06-03T10:00:00Z\">"
        "<link rel=\"canonical\" href=\"https://w.example/a){:onclick=alert(6)}\"></head><body><article>"
        "<h1>&lt;svg onload=alert(4)&gt; Atlas-2 ships</h1>"
        + "".join(f"<p>Northwind released Atlas-2 with 20 billion parameters. {p}</p>" for p in PAYLOADS)
        + "".join(f"<p>Northwind said Atlas-2 has a 32,000 token context window. {e}</p>" for e in escaped)
        + "</article></body></html>", encoding="utf-8")
    items = "".join(
        f"<item><title>{e} Atlas-{n + 3} ships</title><link>https://t.example/{n}){{:onclick=alert(1)}}</link>"
        f"<pubDate>Mon, 03 Jun 2024 10:00:00 GMT</pubDate><author>{e}</author><category>{e}</category>"
        f"<description>&lt;p&gt;Northwind released Atlas-{n + 3} with {n + 3}0 billion parameters. "
        f"{e.replace('&', '&amp;')}&lt;/p&gt;{e}</description></item>"
        for n, e in enumerate(escaped[:8]))
    (proj / "in" / "feed.xml").write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>https://t.example/</link>'
        f"{items}</channel></rss>", encoding="utf-8")


QUOTE = "Atlas-9 offers a 1,000,000-token context window"


def hostile_hand_entry(proj: Path) -> None:
    p = PAYLOADS
    meta = {
        "title": p[0] + " Atlas-9 " + p[19], "date": "2024-06-04", "author": p[18], "description": p[4],
        "summary": p[10], "tags": p[:6], "entities": p[6:12],
        "source": {"publisher": p[1], "via": p[2], "original": p[3], "author": p[18],
                   "url": "https://h.example/x){:onclick=alert(7)}", "file": p[12]},
        # a claim coherent enough for `digest check` (an unknown attribute or a value its quote does
        # not state keeps the entry off the site), hostile wherever free text is allowed
        "claims": [{"id": "c1", "text": p[13], "subject": p[14], "attribute": "context window",
                    "value": 1000000, "unit": "tokens", "said_by": p[20], "quote": QUOTE}],
        "timeline": [{"date": "2024-06", "event": p[22]}],
        "hide": ["toc"],
    }
    hand_entry(proj, "hostile.md", meta, "\n\n".join(PAYLOADS + [QUOTE]) + "\n")


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    proj = make_project(tmp_path_factory.mktemp("xss") / "proj")
    (proj / "in").mkdir()
    hostile_inputs(proj)
    proc = convert(proj, "in")
    assert proc.returncode == 0, proc.stderr
    hostile_hand_entry(proj)
    build = run(["mkdocs", "build"], proj, check=False)
    assert build.returncode == 0, build.stderr
    problems = [ln for ln in build.stderr.splitlines() if "WARNING" in ln and "hostile.md" in ln]
    assert problems == []    # the hand-written entry was built, not dropped
    return proj


def test_no_script_on_any_page_search_index_or_feed(hostile_site):
    assert unsafe_in_site(hostile_site / "site") == []


def test_hostile_titles_show_as_text_on_the_tags_page(hostile_site):
    tags = lxml_html.parse(str(hostile_site / "site" / "tags" / "index.html")).getroot().text_content()
    assert f"{PAYLOADS[0]} Atlas-3 ships" in tags and f"{PAYLOADS[3]} Atlas-6 ships" in tags


def test_hostile_author_is_text_in_the_meta_tag(hostile_site):
    page = lxml_html.parse(str(hostile_site / "site" / "entries" / "hostile" / "index.html")).getroot()
    [author] = page.xpath("//meta[@name='author']/@content")
    assert author == PAYLOADS[18]


def test_without_the_html_sanitiser_converted_entries_are_still_safe(hostile_site, tmp_path):
    proj = tmp_path / "proj"
    shutil.copytree(hostile_site, proj, ignore=shutil.ignore_patterns("site", "hostile.md"))
    cfg = (proj / "mkdocs.yml").read_text(encoding="utf-8").replace("  - digest\n",
                                                                     "  - digest:\n      sanitize_entries: false\n")
    assert "sanitize_entries: false" in cfg
    (proj / "mkdocs.yml").write_text(cfg, encoding="utf-8")
    run(["mkdocs", "build"], proj)
    assert unsafe_in_site(proj / "site") == []


# --- found by `make fuzz` ----------------------------------------------------------------------------

def test_a_sixty_digit_rank_is_no_rank():
    assert list(V.find_ranks("No." + "1" * 60)) == []
    assert [r[2] for r in V.find_ranks("It took the No. 2 spot")] == [2]


def test_a_long_run_of_digits_is_no_date_and_quick():
    from digest.extract.dates import parse_date

    assert timed(parse_date, "7" * 22_000) < 0.5
    assert parse_date("7" * 22_000) == (None, False)


def test_html_that_trips_the_date_finder_still_reads():
    page = b"<svg><html><p>" + b"9" * 40 + b" Northwind released Atlas-1 with 10 billion parameters on Monday.</p>"
    assert "Atlas-1" in read_html(page, "p.html").text


def test_a_huge_date_field_is_no_date_and_quick():
    assert timed(iso_day, "Updated 2024 " + "7" * 100_000) < 0.5
    assert iso_day("Updated 2024 " + "7" * 100_000) is None and iso_day("Mon, 03 Jun 2024 10:00:00 GMT") == "2024-06-03"


def test_an_undated_converted_entry_does_not_stop_the_build(proj):
    (proj / "in" / "a.txt").write_text("Northwind ships Atlas-1\nNorthwind said Atlas-1 has 10 billion parameters.\n",
                                       encoding="utf-8")
    (proj / "in" / "b.txt").write_text(ARTICLE.format(n=2), encoding="utf-8")
    assert convert(proj, "in").returncode == 0
    assert "date: null" in "".join(p.read_text(encoding="utf-8") for p in entry_files(proj))
    assert run(["digest", "check"], proj, check=False).returncode == 0
    run(["mkdocs", "build"], proj)


def test_a_multi_line_value_under_an_odd_tag_is_a_one_line_problem():
    p = parse_entry("e.md", "---\n!!timestamp x\n\n- \n---\n\n")
    assert p.problems and all("\n" not in q.message for q in p.problems)


def test_language_guess_is_linear_on_a_long_run_without_spaces():
    import time
    from digest.extract.language import guess_language
    t0 = time.process_time()
    guess_language("," + "7" * 50_000)
    assert time.process_time() - t0 < 1.0   # the address pattern once rescanned the run from every start


def test_brackets_in_a_block_scalar_do_not_count_as_nesting():
    # the line that opens the block scalar has no bracket itself: it must still be seen as one
    for opener in ("|", ">-", "|2", "| # the lede"):
        text = "[" * 70
        p = parse_entry("e.md", f"---\ntitle: T\ndate: 2024-06-03\nsource:\n  publisher: P\nsummary: {opener}\n  {text}\n---\nx\n")
        assert p.problems == [] and p.entry.summary.strip() == text, opener


# Front matter shaped to hide its depth from the quick count on the raw text: a comment that reads
# like a block scalar's header, and double-quoted strings that span lines with brackets on both
# sides. Given to libyaml, either one crashed the process (it recurses on the C stack).
_HIDDEN_DEPTH = {
    "comment": "a: # x: |\n  - " + "[" * 100_000 + "]" * 100_000 + "\n",
    "quotes across lines": "k: " + "[" * 60 + ' "' + "]" * 60 + "\n"
    + ('  ", ' + "[" * 60 + ' "' + "]" * 60 + "\n") * 1000 + '  "' + "]" * 60_060 + "\n",
}


@pytest.mark.parametrize("shape", sorted(_HIDDEN_DEPTH))
def test_depth_hidden_from_the_quick_count_is_refused_not_a_crash(shape, tmp_path):
    entry = tmp_path / "e.md"
    entry.write_text("---\ntitle: T\n" + _HIDDEN_DEPTH[shape] + "---\nbody\n", encoding="utf-8")
    code = ("import sys; from digest.entryfile import parse_entry; "
            "p = parse_entry('e.md', open(sys.argv[1], encoding='utf-8').read()); "
            "print(p.problems[0] if p.problems else 'accepted')")
    run = subprocess.run([sys.executable, "-c", code, str(entry)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, f"parsing crashed the process (exit {run.returncode}): {run.stderr[-300:]}"
    assert "too deeply" in run.stdout, run.stdout
