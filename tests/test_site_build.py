"""A real `mkdocs build --strict` of the seeds: claims.json and HTML against the gold relations."""

from __future__ import annotations

import itertools
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import DATA, load_yaml, make_project, run
from digest.search_bundle import read_bundle
from goldutil import overlaps


def _same(a, b) -> bool:
    a = a if isinstance(a, list) else [a]
    b = b if isinstance(b, list) else [b]
    return any(str(x) == str(y) for x in a for y in b)


def _gold_claim(gold: dict, subject: str | None, attribute: str, value) -> dict:
    for c in gold["claims"]:
        if c["attribute"] == attribute and (subject is None or c["subject"] == subject) and _same(c["value"], value):
            return c
    for c in gold["claims"]:  # "Artificial Analysis score 51": another attribute's claim stands for it
        if (subject is None or c["subject"] == subject) and _same(f"{c['attribute']} {c['value']}", value):
            return c
    raise LookupError((subject, attribute, value))


@pytest.fixture(scope="session")
def claims_json(seeds_project) -> dict:
    return json.loads((seeds_project / "site" / "claims.json").read_text(encoding="utf-8"))


def _ours(claims: list[dict], file: str, quote: str, attribute: str) -> list[dict]:
    words = set(re.findall(r"[a-z0-9]+", attribute.lower()))
    hits = [c for c in claims if c["source_file"].endswith(file) and overlaps(c["quote"], quote)]
    # several claims can share one sentence: prefer the one about the gold attribute
    best = [c for c in hits if set(re.findall(r"[a-z0-9]+", c["attribute"].lower())) <= words]
    return best or hits


def _relation_pairs(kind: str):
    rel = load_yaml(DATA / "gold" / "relations.yml")
    golds = {load_yaml(p)["file"]: load_yaml(p) for p in (DATA / "gold").glob("0*.yml")}
    for group in rel.get(kind) or []:
        items = []
        for v in group["values"]:
            g = _gold_claim(golds[v["file"]], v.get("subject", group.get("subject")), group["attribute"], v["value"])
            items.append((v["file"], g))
        for a, b in itertools.combinations(items, 2):
            yield pytest.param(a, b, id=f"{group['attribute']}:{a[0][:3]}-{b[0][:3]}")


def _kinds_between(claims_json, a, b) -> set[str]:
    ours_a = _ours(claims_json["claims"], a[0], a[1]["quote"], a[1]["attribute"])
    ours_b = _ours(claims_json["claims"], b[0], b[1]["quote"], b[1]["attribute"])
    assert ours_a, f"no claim for {a[1]['quote']!r} in {a[0]}"
    assert ours_b, f"no claim for {b[1]['quote']!r} in {b[0]}"
    urls_b = {c["url"] for c in ours_b}
    return {r["kind"] for c in ours_a for r in c["relations"] if r["target"] in urls_b}


@pytest.mark.parametrize("a,b", list(_relation_pairs("conflicts")))
def test_gold_conflicts_present(claims_json, a, b):
    kinds = _kinds_between(claims_json, a, b)
    if a[1]["attribute"] != b[1]["attribute"]:
        # "no specs published" beside a benchmark score: two questions, so a link, not a verdict
        # (DESIGN.md, "A question": undisclosed conflicts with a stated value of its own question)
        assert kinds == {"related"}, kinds
    else:
        assert "conflicts" in kinds


@pytest.mark.parametrize("a,b", list(_relation_pairs("agrees")))
def test_gold_agreements_present(claims_json, a, b):
    assert "agrees" in _kinds_between(claims_json, a, b)


@pytest.mark.parametrize("a,b", list(_relation_pairs("related")))
def test_gold_related_linked(claims_json, a, b):
    kinds = _kinds_between(claims_json, a, b)
    assert kinds & {"related", "conflicts"}, kinds
    if a[1]["attribute"].startswith("prediction"):
        assert "conflicts" not in kinds  # forecasts by different speakers are not called false


def test_claims_json_contract(claims_json):
    keys = {"url", "entry", "source_file", "publisher", "story", "subject", "attribute", "value", "unit",
            "text", "quote", "relations"}
    assert claims_json["claims"]
    for c in claims_json["claims"]:
        assert keys <= set(c)
        assert re.fullmatch(r"entries/[^#]+/#claim-[a-z0-9-]+", c["url"]), c["url"]
        assert not c["url"].startswith("/")
        assert len(c["relations"]) <= 20
        for r in c["relations"]:
            assert r["kind"] in ("agrees", "conflicts", "related")


def test_relations_are_symmetric(claims_json):
    rel = {(c["url"], r["target"], r["kind"]) for c in claims_json["claims"] for r in c["relations"]}
    for a, b, kind in rel:
        assert (b, a, kind) in rel


class _Ids(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.links = set(), []

    def handle_starttag(self, tag, attrs):
        d = dict(attrs)
        if d.get("id"):
            self.ids.add(d["id"])
        if tag == "a" and d.get("href"):
            self.links.append(d["href"])


def _parse(path: Path) -> _Ids:
    p = _Ids()
    p.feed(path.read_text(encoding="utf-8"))
    return p


def test_panel_links_resolve_to_anchors(seeds_project, claims_json):
    site = seeds_project / "site"
    checked = 0
    for c in claims_json["claims"]:
        page = site / c["url"].split("#")[0] / "index.html"
        parsed = _parse(page)
        assert c["url"].split("#")[1] in parsed.ids
        for href in parsed.links:
            if "#claim-" not in href or href.startswith("#"):
                continue
            target_page, anchor = href.split("#")
            target = (page.parent / target_page / "index.html").resolve()
            assert anchor in _parse(target).ids, href
            checked += 1
    assert checked > 10


def test_every_internal_link_resolves(seeds_project):
    """Generated blocks and panels are HTML put in after Markdown, so MkDocs does not check their
    links: every relative link on every page must reach a built page, and its anchor an id there."""
    site = seeds_project / "site"
    pages = {p: _parse(p) for p in site.rglob("*.html")}
    checked = 0
    for page, parsed in pages.items():
        text = page.read_text(encoding="utf-8")
        assert "digest-slot-" not in text, f"{page}: a slot was left unfilled"
        for href in parsed.links:
            if re.match(r"^[a-z]+:|^/", href) or href == "#" or page.name == "404.html":
                continue  # other sites, and 404.html's links from the site root
            path, _, anchor = href.partition("#")
            target = (page.parent / path).resolve() if path else page
            if target.is_dir() or path.endswith("/"):
                target = target / "index.html"
            if target.suffix not in (".html", ""):
                assert target.is_file(), f"{page.relative_to(site)}: {href}"
                continue
            assert target in pages, f"{page.relative_to(site)}: {href} leads nowhere"
            if anchor:
                assert anchor in pages[target].ids, f"{page.relative_to(site)}: {href} has no such anchor"
            checked += 1
    assert checked > 500


def test_generated_pages_exist(seeds_project):
    site = seeds_project / "site"
    for rel in ("index.html", "stories/index.html", "entities/index.html", "timeline/index.html",
                "conflicts/index.html", "stories/glm-5-2-launch/index.html", "entities/glm-5-2/index.html"):
        assert (site / rel).is_file(), rel
    story = (site / "stories/glm-5-2-launch/index.html").read_text(encoding="utf-8")
    row = re.search(r'digest-row--(\w+)">GLM-5\.2 · context window', story)
    assert row and row.group(1) == "conflict"
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "stories/glm-5-2-launch/" in home


def test_hand_written_entry_gets_linked(tmp_path):
    """A file with only title, date and publisher: its claim is found and linked from a seed's panel."""
    proj = make_project(tmp_path / "proj")
    import shutil

    shutil.copytree(Path(__file__).resolve().parent.parent / "seeds", proj / "seeds")
    run(["digest", "convert", "seeds"], proj)
    (proj / "content" / "entries" / "hand-written.md").write_text(
        "---\ntitle: Zhipu's GLM-5.2 reviewed\ndate: 2026-06-21\nsource:\n  publisher: Hand Weekly\n---\n\n"
        "Zhipu AI shipped GLM-5.2 this month. GLM-5.2 supports a 1 million-token context window, "
        "according to the company's model card.\n",
        encoding="utf-8",
    )
    run(["mkdocs", "build", "--strict"], proj)
    data = json.loads((proj / "site" / "claims.json").read_text(encoding="utf-8"))
    mine = [c for c in data["claims"] if c["entry"] == "entries/hand-written.md" and c["attribute"] == "context window"]
    assert mine and mine[0]["value"] == 1000000 and mine[0]["story"] == "glm-5-2-launch"
    linked_from = [c for c in data["claims"] if c["entry"] != "entries/hand-written.md"
                   and any(r["target"] == mine[0]["url"] for r in c["relations"])]
    assert any(r_kind == "conflicts" for c in linked_from for r_kind in
               [r["kind"] for r in c["relations"] if r["target"] == mine[0]["url"]])
    page = (proj / "site" / linked_from[0]["url"].split("#")[0] / "index.html").read_text(encoding="utf-8")
    assert "hand-written/#claim-" in page
    # the plugin never writes to the hand-written file
    assert "claims:" not in (proj / "content" / "entries" / "hand-written.md").read_text(encoding="utf-8")


def test_feed_lists_every_entry(seeds_project):
    import feedparser

    feed = feedparser.parse(str(seeds_project / "site" / "feed_rss_created.xml"))
    assert not feed.bozo, feed.bozo_exception
    entries = list((seeds_project / "content" / "entries").glob("*.md"))
    assert len(feed.entries) == len(entries)
    for item in feed.entries:
        assert item.title and item.link and item.published_parsed
        assert "/entries/" in item.link
        # the lede as text, not the page's Markdown with the attribution block
        assert item.summary and "digest-attribution" not in item.summary and "**" not in item.summary
    home = (seeds_project / "site" / "index.html").read_text(encoding="utf-8")
    assert "feed_rss_created.xml" in home


def test_tags_from_entities(seeds_project):
    tags = (seeds_project / "site" / "tags" / "index.html").read_text(encoding="utf-8")
    assert "GLM-5.2" in tags and "Zhipu AI" in tags


def test_comparison_table_from_prose(tmp_path):
    """Three models on three benchmarks in prose give a 3x3 table whose cells link to the claims."""
    proj = make_project(tmp_path / "p")
    run(["digest", "convert", str(DATA / "stories" / "a5_comparison.txt")], proj)
    run(["mkdocs", "build", "--strict"], proj)
    page = next((proj / "site" / "entries").rglob("index.html")).read_text(encoding="utf-8")
    table = page.split('id="comparison"', 1)[1].split("</table>", 1)[0]
    header = re.findall(r"<th[^>]*>(.*?)</th>", table)
    assert header[1:] == ["Nova-2", "Orion-4", "Vega-1.5"]
    rows = {re.sub("<[^>]+>", "", r[0]): [re.sub("<[^>]+>", "", c) for c in r[1:]]
            for r in (re.findall(r"<td[^>]*>(.*?)</td>", tr) for tr in re.findall(r"<tr>(.*?)</tr>", table, re.S)) if r}
    assert rows == {"GPQA": ["72%", "70.4%", "69.9%"], "HumanEval": ["90.1%", "88.3%", "91.7%"],
                    "MMLU": ["81.5%", "79%", "83.2%"]}
    assert 'href="#claim-nova-2-mmlu"' in table


def test_source_table_kept_and_not_repeated(seeds_project):
    page = (seeds_project / "site" / "entries" / "musk-and-zhipu-ai-debate-chinese-llm-progress" / "index.html").read_text(encoding="utf-8")
    assert page.count("<td>Primary Market</td>") == 1  # the source's table, not a generated copy
    assert "<th>Zhipu AI (GLM-5.2)</th>" in page


def test_weekly_pages(seeds_project):
    site = seeds_project / "site"
    week = (site / "digest" / "2026-W25" / "index.html").read_text(encoding="utf-8")
    assert "stories/glm-5-2-launch/" in week
    assert "New conflicts" in week and "digest-verdict--conflict" in week
    archive = (site / "digest" / "index.html").read_text(encoding="utf-8")
    assert "2026-W25/" in archive
    assert "digest/2026-W25/" in (site / "index.html").read_text(encoding="utf-8")


def test_large_digest_indexes_lede_and_claims(seeds_project, tmp_path):
    """Above `search_full_text` entries, search reads an entry's lede and claims, not its body;
    the pages themselves are unchanged."""
    import shutil

    def index(proj: Path) -> list[dict]:
        return read_bundle(proj / "site")   # what search reads, from the Pagefind bundle

    proj = tmp_path / "p"
    shutil.copytree(seeds_project, proj, ignore=shutil.ignore_patterns("site"))
    cfg = proj / "mkdocs.yml"
    cfg.write_text(cfg.read_text(encoding="utf-8").replace("\n  - digest\n", "\n  - digest:\n      search_full_text: 3\n"),
                   encoding="utf-8")
    run(["mkdocs", "build", "--strict"], proj)
    full, small = index(seeds_project), index(proj)
    body_sections = [d for d in full if d["location"].startswith("entries/") and "#" in d["location"]
                     and not d["location"].endswith(("#claims", "#comparison"))]
    assert body_sections, "the seeds' entries have sections of their own"
    assert not [d for d in small if d["location"] in {b["location"] for b in body_sections}]
    claims = [d for d in small if d["location"].endswith("#claims")]
    assert len(claims) == 5 and any("GLM-5.2 · context window" in d["text"] for d in claims)
    assert len(json.dumps(small)) < 0.7 * len(json.dumps(full))
    # readers see the same pages: body, claims and panels
    for page in (proj / "site" / "entries").rglob("index.html"):
        same = seeds_project / "site" / page.relative_to(proj / "site")
        assert page.read_text(encoding="utf-8") == same.read_text(encoding="utf-8")


def _built_entry(tmp_path: Path, fields: str, body: str) -> str:
    """The built page of one hand-written entry (`fields`: extra front matter lines) in a fresh site."""
    proj = make_project(tmp_path / "p")
    (proj / "content" / "entries" / "hand.md").write_text(
        f"---\n{fields}\ndate: 2026-06-21\nsource:\n  publisher: Hand Weekly\n---\n\n{body}", encoding="utf-8")
    run(["mkdocs", "build", "--strict"], proj)
    return (proj / "site" / "entries" / "hand" / "index.html").read_text(encoding="utf-8")


def test_look_alike_slot_in_an_entry_stays_empty(tmp_path):
    """A contributor's text holding the claims slot's own markup: the claims still go under the
    plugin's Claims heading, once, and the look-alike stays an empty element."""
    page = _built_entry(tmp_path, "title: Orion-4 ships",
                        '<div id="digest-slot-claims"></div>\n\n'
                        "Orion-4 has a 400,000-token context window, the company said on Friday.\n")
    article = page.split('<article', 1)[1].split("</article>", 1)[0]
    assert article.count('class="digest-claims"') == 1
    assert article.index('id="claims"') < article.index('class="digest-claims"')
    assert article.index('id="digest-slot-claims"') < article.index('id="claims"')


def test_description_from_source_text_is_escaped(tmp_path):
    """The lede becomes the page's meta description, which the theme prints into an attribute."""
    page = _built_entry(tmp_path, 'title: A quote\nsummary: \'He said "hi"><script>alert(1)</script> & left.\'',
                        "Some words about a model and its launch this week.\n")
    meta = re.search(r'<meta name="description" content="([^"]*)"', page)
    assert meta and "&lt;script&gt;" in meta.group(1) and "<script>alert" not in page


def test_search_index_reads_cells_apart_and_stays_small(seeds_project):
    """Search reads table cells as separate words, indexes story summaries and entity names, keeps
    repeated blocks (matrix, source lists, entity tables, panels) out, and costs no more per entry
    than before story and entity pages joined it (53,143 bytes for the five seeds)."""
    docs = read_bundle(seeds_project / "site")   # what search reads, from the Pagefind bundle
    tables = [d["text"] for d in docs if d["location"].endswith("#comparison")]
    assert tables and all(re.search(r"Attribute \S+", t) for t in tables), tables
    story = next(d for d in docs if d["location"] == "stories/glm-5-2-launch/")
    assert "Sources disagree on GLM-5.2's context window" in story["text"]
    assert any(d["location"] == "entities/glm-5-2/" and d["title"] == "GLM-5.2" for d in docs)
    assert not [d for d in docs if re.match(r"entities/[^/#]+/#", d["location"])]
    assert not [d for d in docs if "digest-panel" in d["text"] or "Other sources (" in d["text"]]
    entries = len(list((seeds_project / "content" / "entries").glob("*.md")))
    size = len(json.dumps(docs, ensure_ascii=False).encode())
    assert size / entries <= 53_143 / 5, size


def test_seeds_pages_agree_on_every_verdict(seeds_project, claims_json):
    """On the seeds, each question has one verdict in claims.json, and the story matrix, the
    conflicts page and the home page's count say the same."""
    from html import unescape

    site = seeds_project / "site"
    verdicts: dict[str, set] = {}
    for c in claims_json["claims"]:
        verdicts.setdefault(c["question"], set()).add(c["verdict"])
    assert all(len(v) == 1 for v in verdicts.values()), verdicts
    label = {"conflict": "conflict", "agree": "agree", "undisclosed": "stated vs undisclosed",
             "forecasts": "forecasts differ", "related": "not comparable"}
    story = (site / "stories" / "glm-5-2-launch" / "index.html").read_text(encoding="utf-8")
    rows = [(unescape(q), v) for v, q in re.findall(r'digest-row--(\w+)">([^<]+)</span>', story)]
    assert rows
    for question, verdict in rows:
        if question in verdicts:  # forecast questions are named for their most common subject
            assert verdicts[question] == {label[verdict]}, question
    in_conflict = sorted(q for q, v in rows if v == "conflict")
    conflicts = (site / "conflicts" / "index.html").read_text(encoding="utf-8")
    listed = sorted(unescape(q) for q in re.findall(r'digest-verdict--conflict">[^<]*</span> ([^<]+)</td>', conflicts))
    assert listed == in_conflict
    home = (site / "index.html").read_text(encoding="utf-8")
    n = len(in_conflict)
    assert f"{n} {'question' if n == 1 else 'questions'} in conflict" in home


def test_the_plugin_loads_without_the_converter():
    """Every build and every `mkdocs serve` imports the plugin: the converter's modules (half a
    second of compiled patterns) are for `digest convert`, never loaded by a build."""
    import subprocess
    import sys

    code = ("import sys, digest.plugin; "
            "print(sorted(m for m in sys.modules if m.startswith(('digest.convert', 'digest.extract.claims'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
