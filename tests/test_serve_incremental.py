"""Serving rebuilds only what changed, and no page is ever stale.

A real serve sequence: one set of plugin instances, dirty builds in one process as `mkdocs serve
--dirty` runs them, through edits (a value that flips a verdict, a title), an added entry that
joins a story, a deleted entry and a renamed one. After each step every file of the served site
equals a clean `mkdocs build` of the same content, byte for byte apart from build dates.
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig

from conftest import make_project, run

MODELS = ["Nimbus-3", "Corvid-2", "Halyard-7", "Petrel-5", "Quokka-1", "Sable-4"]
OUTLETS = ["Example Wire", "Daily Circuit", "Model Watch", "Token Times", "Bench Report", "Signal Post"]


def entry_text(model: str, outlet: str, day: int, tokens: int, params: int, title: str | None = None) -> str:
    slug = model.lower().replace(" ", "-")
    return f"""---
title: {title or f"{outlet} on the {model} launch"}
date: 2026-03-{day:02d}
source:
  publisher: {outlet}
story: {slug}-launch
entities: [{model}]
claims:
  - id: context-window
    text: {model} supports a {tokens}-million-token context window.
    subject: {model}
    attribute: context window
    value: {tokens}000000
    unit: tokens
    quote: {model} supports a context window of {tokens} million tokens
  - id: parameters
    text: {model} has {params} billion parameters.
    subject: {model}
    attribute: parameters
    value: {params}000000000
    quote: {model} has {params} billion parameters
---

{model} supports a context window of {tokens} million tokens, {outlet} reported after the company
briefed developers on the launch.

{model} has {params} billion parameters, according to the model card the company published.
"""


def write_entries(entries: Path) -> None:
    """Six stories of five entries each: every source agrees on the context window and the
    parameter count, except story 2 where one source gives a different parameter count."""
    for i in range(30):
        m, k = divmod(i, 5)
        model, outlet = MODELS[m], OUTLETS[k]
        params = 70 if not (m == 2 and k == 4) else 80
        (entries / f"e{i:02d}.md").write_text(entry_text(model, outlet, 1 + i % 28, 1, params), encoding="utf-8")


def _mkdocs_options():
    return dict(MkDocsConfig._schema)["plugins"]


def normalised(path: Path) -> bytes:
    """A built file with its build dates taken out (sitemap, feeds)."""
    data = path.read_bytes()
    if path.name.endswith(".gz"):
        data = gzip.decompress(data)
    if path.name.startswith("sitemap"):
        data = re.sub(rb"<lastmod>[^<]*</lastmod>", b"", data)
    if path.name == "feed_rss_created.xml":
        data = re.sub(rb"<(lastBuildDate|pubDate)>[^<]*</\1>", b"", data, count=2)
    if path.name == "feed_rss_updated.xml":
        # without git, an entry's update date is when it was built, and the feed lists the latest
        # first: the same items, the pages rebuilt last on top
        data = re.sub(rb"<(lastBuildDate|pubDate)>[^<]*</\1>", b"", data)
        head, *items = data.split(b"<item>")
        tail = items[-1].split(b"</item>")[-1] if items else b""
        data = head + b"".join(sorted(i.split(b"</item>")[0] for i in items)) + tail
    return data


def differences(served: Path, clean: Path) -> list[str]:
    a = {p.relative_to(served).as_posix(): p for p in served.rglob("*") if p.is_file()}
    b = {p.relative_to(clean).as_posix(): p for p in clean.rglob("*") if p.is_file()}
    out = [f"only served: {k}" for k in sorted(set(a) - set(b))]
    out += [f"only in the clean build: {k}" for k in sorted(set(b) - set(a))]
    out += [f"differs: {k}" for k in sorted(set(a) & set(b)) if normalised(a[k]) != normalised(b[k])]
    return out


class Server:
    """Dirty rebuilds in this process with the plugin instances kept, as `mkdocs serve --dirty`."""

    def __init__(self, project: Path, site: Path):
        self.project, self.site = project, site
        _mkdocs_options().plugin_cache.clear()   # instances of earlier tests in this process
        config = self._config()
        config.plugins.on_startup(command="serve", dirty=True)
        self.plugin = config.plugins["digest"]
        self.pages = 0
        self.build(config)

    def _config(self):
        return load_config(config_file=str(self.project / "mkdocs.yml"), site_dir=str(self.site))

    def build(self, config=None) -> int:
        build(config or self._config(), dirty=True)
        self.pages = len(self.plugin.fingerprints)
        return len(self.plugin.rebuilt)

    def close(self) -> None:
        self.plugin.on_shutdown()   # as `mkdocs serve` ends: the collector is on again
        _mkdocs_options().plugin_cache.clear()


@pytest.fixture
def served(tmp_path, monkeypatch):
    proj = make_project(tmp_path / "proj")
    # serving searches with Material's index (a Pagefind bundle is made by full builds only): the
    # clean builds compared with the served site use the same search
    cfg = proj / "mkdocs.yml"
    text = cfg.read_text(encoding="utf-8")
    assert "\n  - digest\n" in text
    cfg.write_text(text.replace("\n  - digest\n", "\n  - digest:\n      search: material\n"), encoding="utf-8")
    write_entries(proj / "content" / "entries")
    monkeypatch.chdir(proj)
    server = Server(proj, tmp_path / "served")
    yield server
    server.close()


def assert_same_as_clean(server: Server, tmp_path: Path, name: str) -> None:
    clean = tmp_path / f"clean-{name}"
    run(["mkdocs", "build", "-d", str(clean)], server.project)
    diff = differences(server.site, clean)
    assert not diff, f"after {name}: " + "; ".join(diff[:12])


def test_served_site_matches_a_clean_build_after_every_change(served, tmp_path):
    entries = served.project / "content" / "entries"
    assert_same_as_clean(served, tmp_path, "start")
    total = served.pages

    # an edit that flips a verdict: story 0 agreed on 1M tokens, now one source says 2M
    e03 = entries / "e03.md"
    e03.write_text(entry_text(MODELS[0], OUTLETS[3], 4, 2, 70), encoding="utf-8")
    rebuilt = served.build()
    assert_same_as_clean(served, tmp_path, "verdict-flip")
    assert 5 <= rebuilt < total // 2, (rebuilt, total)
    assert "entries/e01.md" in served.plugin.rebuilt          # its panel now names a conflict
    # search reads the claims' statements, not the panels: e01 keeps its search items unread
    # (the index is still byte for byte a clean build's, above); e03's text changed and is read
    assert "entries/e01.md" in served.plugin.search_kept and "entries/e03.md" not in served.plugin.search_kept
    # nor does Markdown: e01's Markdown and the files it links to (its story page) are as they were
    assert "entries/e01.md" in served.plugin.renders_reused and "entries/e03.md" not in served.plugin.renders_reused
    assert "entries/e12.md" not in served.plugin.rebuilt      # another story: untouched
    assert "conflicts.md" in served.plugin.rebuilt

    # a title changed: the story's pages and panels naming it change, the other stories' do not
    (entries / "e07.md").write_text(entry_text(MODELS[1], OUTLETS[2], 8, 1, 70, title="Corvid-2 renamed headline"),
                                    encoding="utf-8")
    rebuilt = served.build()
    assert_same_as_clean(served, tmp_path, "title")
    # the tags listing (compared with the clean build's above): the trees that list the renamed
    # entry are rendered again, the others keep their HTML of the last rebuild
    assert served.plugin.tag_fragments.hits > 0 and served.plugin.tag_fragments.renders > 0
    # a tree rendered again is put together from its pages' items, each kept while its page's URL and title are
    assert served.plugin.tag_fragments.splice is True
    assert rebuilt < total // 2
    assert "entries/e20.md" not in served.plugin.rebuilt
    # panels name that source by its outlet, not its title: no other entry's page is written again
    assert {src for src in served.plugin.rebuilt if src.startswith("entries/")} == {"entries/e07.md"}
    # a new headline that keeps the entry's place in its tags' lists: the tree is rendered again all the same
    (entries / "e09.md").write_text(entry_text(MODELS[1], OUTLETS[4], 10, 1, 70,
                                               title="Bench Report on the Corvid-2 launch, updated"), encoding="utf-8")
    served.build()
    assert_same_as_clean(served, tmp_path, "title-same-place")

    # a source without a publisher: panels name it by its title, so a new headline there rewrites
    # the pages whose panels show one of its claims (story 1's other entries), not the others
    e08 = entries / "e08.md"
    e08.write_text(entry_text(MODELS[1], OUTLETS[3], 9, 1, 70).replace(f"  publisher: {OUTLETS[3]}\n", "  publisher: null\n"),
                   encoding="utf-8")
    served.build()
    assert_same_as_clean(served, tmp_path, "no-publisher")
    e08.write_text(entry_text(MODELS[1], OUTLETS[3], 9, 1, 70, title="Corvid-2 headline of a source with no publisher")
                   .replace(f"  publisher: {OUTLETS[3]}\n", "  publisher: null\n"), encoding="utf-8")
    served.build()
    assert_same_as_clean(served, tmp_path, "no-publisher-title")
    rewritten = {src for src in served.plugin.rebuilt if src.startswith("entries/")}
    assert {"entries/e08.md", "entries/e05.md", "entries/e09.md"} <= rewritten
    assert not rewritten & {"entries/e00.md", "entries/e12.md", "entries/e20.md"}

    # a new entry joins story 4
    (entries / "e30.md").write_text(entry_text(MODELS[4], "New Outlet", 20, 1, 70), encoding="utf-8")
    rebuilt = served.build()
    assert_same_as_clean(served, tmp_path, "addition")
    assert rebuilt < total // 2
    assert "entries/e21.md" in served.plugin.rebuilt and "entries/e02.md" not in served.plugin.rebuilt

    # a hand-written entry without a story: the build finds its story and claims from the body
    (entries / "hand.md").write_text(
        "---\ntitle: Hand-written note on Petrel-5\ndate: 2026-03-21\nsource:\n  publisher: Note Desk\n---\n\n"
        "Petrel-5 supports a context window of 2 million tokens, the company told developers on Friday.\n",
        encoding="utf-8")
    served.build()
    assert_same_as_clean(served, tmp_path, "hand-written")

    # an entry whose text links to another entry (the link is made relative to its page)
    (entries / "linker.md").write_text(
        "---\ntitle: A note on the Halyard-7 report\ndate: 2026-03-22\nsource:\n  publisher: Note Desk\n---\n\n"
        "See [the Halyard-7 report](e11.md) for what the company told developers on Friday about the launch.\n",
        encoding="utf-8")
    served.build()
    assert_same_as_clean(served, tmp_path, "linker")

    # a deleted entry: its page goes, and so do the links to it (the note's link is left as written)
    (entries / "e11.md").unlink()
    served.build()
    assert not (served.site / "entries" / "e11").exists()
    assert "entries/linker.md" in served.plugin.rebuilt
    assert_same_as_clean(served, tmp_path, "deletion")

    # a renamed entry, and a story that loses its last entries
    (entries / "e13.md").rename(entries / "e13-renamed.md")
    for i in range(25, 30):
        (entries / f"e{i:02d}.md").unlink()
    served.build()
    assert_same_as_clean(served, tmp_path, "rename")

    # nothing changed: nothing but the pages that list the whole site is written again
    assert served.build() <= 3
    assert_same_as_clean(served, tmp_path, "no-change")

    # a stylesheet edited: pages link to it, so no page is written again, and the file is copied
    css = served.project / "site_config" / "overrides" / "assets" / "digest.css"
    css.write_text(css.read_text(encoding="utf-8") + "\n.digest-note { color: inherit; }\n", encoding="utf-8")
    assert served.build() == 0
    assert served.plugin.relinked == 0 and not served.plugin.rendered
    assert_same_as_clean(served, tmp_path, "stylesheet")

    # a new file in the project's theme folder: listed anew on each rebuild (the installed theme's
    # list is kept), and copied
    (css.parent / "digest-extra.css").write_text(".digest-extra { color: inherit; }\n", encoding="utf-8")
    served.build()
    assert (served.site / "assets" / "digest-extra.css").is_file()
    assert_same_as_clean(served, tmp_path, "theme-file")


# --- the pure core: which pages change, and what pages not rebuilt keep -------------------------

def _info(i: int, model: str, tokens: int, outlet: str):
    import datetime as dt

    from digest.sitedata import EntryInfo

    claim = {"id": "context-window", "subject": model, "attribute": "context window", "value": tokens,
             "unit": "tokens", "text": "…", "quote": f"{model} reads {tokens} tokens."}
    return EntryInfo(src=f"entries/e{i}.md", title=f"{outlet} on {model}", date=dt.date(2026, 3, 1 + i),
                     date_inferred=False, source={"publisher": outlet}, story=model.lower(), entities=[model],
                     claims=[claim], timeline=[])


def _fingerprints(infos):
    from conftest import ROOT

    from digest import rebuild
    from digest.config import load_knowledge
    from digest.sitedata import build_site_data

    from digest.pageplan import Tokens

    site = build_site_data(infos, load_knowledge(str(ROOT / "site_config")))
    return {i.src: rebuild.entry_fingerprint(i, site, (1, 1), None, Tokens()) for i in infos}


def test_an_entry_changes_when_a_claim_its_panel_names_changes():
    from digest import rebuild

    before = _fingerprints([_info(0, "Nimbus-3", 1_000_000, "A"), _info(1, "Nimbus-3", 1_000_000, "B"),
                            _info(2, "Corvid-2", 5_000, "C")])
    # entry 1 now says 2M: entry 0's panel and verdict change; entry 2 (another model) does not
    after = _fingerprints([_info(0, "Nimbus-3", 1_000_000, "A"), _info(1, "Nimbus-3", 2_000_000, "B"),
                           _info(2, "Corvid-2", 5_000, "C")])
    assert rebuild.changed_pages(before, after) == ({"entries/e0.md", "entries/e1.md"}, set())
    # entry 1 is gone: entry 0 loses its panel link
    gone = _fingerprints([_info(0, "Nimbus-3", 1_000_000, "A"), _info(2, "Corvid-2", 5_000, "C")])
    assert rebuild.changed_pages(before, gone) == ({"entries/e0.md"}, {"entries/e1.md"})


def test_carry_over_keeps_site_order_and_drops_pages_gone():
    from digest.rebuild import carry_over

    previous = {"a/": ["a1"], "b/": ["b1", "b2"], "gone/": ["g"]}
    fresh = {"b/": ["b3"], "c/": ["c1"]}
    out = carry_over(["c/", "a/", "b/"], {"b/", "c/"}, fresh, previous)
    assert list(out.items()) == [("c/", ["c1"]), ("a/", ["a1"]), ("b/", ["b3"])]
    # a page rebuilt that yields nothing (now excluded from search, or a draft) keeps nothing
    assert carry_over(["a/", "b/"], {"b/"}, {}, previous) == {"a/": ["a1"]}
