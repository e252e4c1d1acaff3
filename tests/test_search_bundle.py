"""Search as a Pagefind bundle: Material's documents grouped by page, escaped, indexed in
fragments; Material left an index with no documents; Material's own search while serving."""

from __future__ import annotations

import json
import os
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from mkdocs.config import load_config

from conftest import run
from digest import search_bundle
from digest.search_bundle import SearchPage, build_bundle, page_html, pages_from_index, read_bundle

# Material's index of a small site, written in the shape its search plugin writes: a document
# per page and per section, text as HTML with the source text escaped, entity names as tags.
INDEX = {
    "config": {"lang": ["en"], "separator": r"[\s\-]+", "pipeline": ["stopWordFilter"]},
    "docs": [
        {"location": "", "title": "Harbour Digest", "text": "<p>Stories from the harbour's labs.</p>"},
        {"location": "entries/kestrel-ships/", "title": "Kestrel-7 ships &lt;img src=x onerror=alert(1)&gt;",
         "text": "<p>Kestrel-7 ships under the Apache-2.0 license with a 512K-token window &amp; more.</p>",
         "tags": ["Kestrel-7", "Northwind Labs"]},
        {"location": "entries/kestrel-ships/#claims", "title": "Claims",
         "text": "<p>Kestrel-7 · license: Apache-2.0.</p> <p>Kestrel-7 · context window: 512K tokens.</p>"},
        {"location": "entries/kestrel-ships/#comparison", "title": "Comparison",
         "text": "Attribute Kestrel-7 Osprey-2  license Apache-2.0 proprietary"},
        {"location": "stories/kestrel-launch/", "title": "Kestrel Launch",
         "text": "<ul><li>Sources disagree on Kestrel-7's context window: 512K tokens against 1M tokens.</li></ul>"},
        {"location": "contributing/", "title": "Contributing", "boost": 0.3,
         "text": "<p>Add an entry with its context window and license.</p>"},
    ],
}


def test_documents_are_grouped_by_page_with_their_sections():
    pages = {p.url: p for p in pages_from_index(INDEX)}
    assert list(pages) == ["", "entries/kestrel-ships/", "stories/kestrel-launch/", "contributing/"]
    entry = pages["entries/kestrel-ships/"]
    assert [s[0] for s in entry.sections] == ["claims", "comparison"]
    assert entry.tags == ("Kestrel-7", "Northwind Labs")
    assert "Kestrel-7 · license: Apache-2.0. Kestrel-7 · context window: 512K tokens." == entry.sections[0][2]
    # source text stays text: entities decoded, angle brackets kept escaped, no markup left
    assert entry.title == "Kestrel-7 ships &lt;img src=x onerror=alert(1)&gt;"
    assert "window & more." in entry.text and "<" not in entry.text + entry.title
    assert pages["contributing/"].boost == 0.3 and entry.boost == 1.0


class _Elements(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.text = ""

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text += data


def test_page_html_carries_source_text_as_text():
    page = SearchPage("entries/x/", "<script>alert(1)</script>", "a <b>bold</b> claim", (("s", "<i>h</i>", "t"),),
                      ("<svg onload=alert(1)>",), 1.0)
    parsed = _Elements()
    parsed.feed(page_html(page))
    assert set(parsed.tags) <= {"html", "head", "title", "body", "h1", "h2", "p", "span"}
    assert "<script>alert(1)</script>" in parsed.text and "<svg onload=alert(1)>" in parsed.text


@pytest.fixture(scope="module")
def bundle_site(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("bundle") / "site"
    (site / "search").mkdir(parents=True)
    (site / "search" / "search_index.json").write_text(json.dumps(INDEX), encoding="utf-8")
    build_bundle(site)
    return site


def test_bundle_holds_every_page_and_material_keeps_an_empty_index(bundle_site):
    index = json.loads((bundle_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index == {"config": INDEX["config"], "docs": []}
    bundle = bundle_site / "pagefind"
    assert (bundle / "pagefind.js").is_file() and list(bundle.glob("wasm.*.pagefind"))
    assert not list(bundle.glob("pagefind-*ui*")), "Pagefind's own interfaces are not used"
    docs = {d["location"]: d for d in read_bundle(bundle_site)}
    assert set(docs) == {"", "entries/kestrel-ships/", "entries/kestrel-ships/#claims",
                         "entries/kestrel-ships/#comparison", "stories/kestrel-launch/", "contributing/"}
    assert "context window: 512K tokens" in docs["entries/kestrel-ships/#claims"]["text"]
    assert re.search(r"license Apache-2\.0 proprietary", docs["entries/kestrel-ships/#comparison"]["text"])
    assert "Northwind Labs" in docs["entries/kestrel-ships/#comparison"]["text"]  # entity names, last
    assert "Sources disagree on Kestrel-7's context window" in docs["stories/kestrel-launch/"]["text"]
    assert docs["contributing/"]["boost"] == "0.3"
    for doc in docs.values():
        assert "<" not in doc["title"] + doc["text"], doc


def test_pages_keep_their_urls_with_or_without_directory_urls(tmp_path):
    site = tmp_path / "site"
    (site / "search").mkdir(parents=True)
    docs = [{"location": "index.html", "title": "Home", "text": "<p>Harbour news.</p>"},
            {"location": "entries/kestrel.html", "title": "Kestrel-7 ships", "text": "<p>Kestrel-7 ships today.</p>"},
            {"location": "entries/kestrel.html#claims", "title": "Claims", "text": "<p>Kestrel-7 · license: MIT.</p>"}]
    (site / "search" / "search_index.json").write_text(json.dumps({"config": {}, "docs": docs}), encoding="utf-8")
    build_bundle(site)
    assert sorted(d["location"] for d in read_bundle(site)) == ["entries/kestrel.html", "entries/kestrel.html#claims",
                                                                "index.html"]


def test_same_index_gives_the_same_bundle(bundle_site, tmp_path):
    again = tmp_path / "site"
    (again / "search").mkdir(parents=True)
    (again / "search" / "search_index.json").write_text(json.dumps(INDEX), encoding="utf-8")
    build_bundle(again)

    def files(root: Path) -> dict[str, bytes]:
        return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}

    assert files(again / "pagefind") == files(bundle_site / "pagefind")


def test_built_site_searches_through_the_bundle(seeds_project):
    site = seeds_project / "site"
    assert json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"] == []
    page = (site / "stories" / "index.html").read_text(encoding="utf-8")
    config = json.loads(re.search(r'<script id="__config" type="application/json">(.*?)</script>', page, re.S).group(1))
    assert config["search"] == "../" + search_bundle.WORKER
    assert (site / search_bundle.WORKER).is_file()
    docs = read_bundle(site)
    assert any(d["location"] == "entities/tang-jie/" and d["title"] == "Tang Jie" for d in docs)


def test_serving_and_material_option_keep_materials_search(seeds_project, tmp_path):
    cfg = load_config(str(seeds_project / "mkdocs.yml"))
    plugin = cfg.plugins["digest"]
    plugin.on_startup(command="serve", dirty=False)
    assert not plugin._pagefind(cfg)
    plugin.on_startup(command="build", dirty=False)
    assert plugin._pagefind(cfg)

    proj = tmp_path / "p"
    shutil.copytree(seeds_project, proj, ignore=shutil.ignore_patterns("site"))
    yml = proj / "mkdocs.yml"
    yml.write_text(yml.read_text(encoding="utf-8").replace("\n  - digest\n", "\n  - digest:\n      search: material\n"),
                   encoding="utf-8")
    run(["mkdocs", "build", "--strict"], proj)
    site = proj / "site"
    assert not (site / "pagefind").exists()
    assert json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    page = (site / "stories" / "index.html").read_text(encoding="utf-8")
    assert "workers/search." in page and search_bundle.WORKER not in page


def test_a_bundle_pagefind_could_not_finish_is_made_again_elsewhere(tmp_path, monkeypatch):
    """Pagefind exits 0 with empty files when its folder runs out of room (a small /dev/shm): that
    bundle is never used; the pages are indexed again in the usual temporary folder."""
    pages = [SearchPage(f"entries/e{i}/", f"Entry {i}", f"Lumen-{i} supports a {i}00,000-token context window.",
                        (("claims", "Claims", f"Lumen-{i} · context window: {i}00,000 tokens"),), (), 1.0)
             for i in range(12)]
    real = search_bundle._executable()
    small = tmp_path / "small"
    small.mkdir()
    fake = tmp_path / "pagefind-out-of-room"
    fake.write_text(f'#!/bin/sh\n"{real}" "$@" || exit $?\n'
                    f'case "$*" in *"{small}"*) for f in "{small}"/*/pagefind/fragment/*; do : > "$f"; done ;; esac\n',
                    encoding="utf-8")
    fake.chmod(0o755)
    monkeypatch.setattr(search_bundle, "_executable", lambda: str(fake))
    monkeypatch.setattr(search_bundle, "_staging_places", lambda size: [str(small), None])
    files = search_bundle.write_bundle(pages, tmp_path / "site" / "pagefind")
    assert all(files.values()) and any(name.startswith("fragment/") for name in files)
    assert list(small.iterdir()) == []
    docs = read_bundle(tmp_path / "site")
    assert any("Lumen-7" in d["text"] for d in docs)
    # and where every place fails, the build says so
    monkeypatch.setattr(search_bundle, "_staging_places", lambda size: [None])
    fake.write_text(f'#!/bin/sh\n"{real}" "$@" || exit $?\n'
                    'out=$(printf "%s\\n" "$@" | sed -n "/--output-path/{n;p}")\nfor f in "$out"/fragment/*; do : > "$f"; done\n',
                    encoding="utf-8")
    with pytest.raises(search_bundle.SearchBundleError, match="incomplete"):
        search_bundle.write_bundle(pages, tmp_path / "other" / "pagefind")


def test_a_bundle_started_on_other_pages_is_never_the_one_kept(bundle_site, tmp_path):
    """Pagefind may start on the index before the pages are written (`BundleJob`); the bundle a
    build keeps is always the one of the index search wrote in the end."""
    site = tmp_path / "site"
    (site / "search").mkdir(parents=True)
    (site / "search" / "search_index.json").write_text(json.dumps(INDEX), encoding="utf-8")
    other = [dict(d, text=d["text"].replace("512K", "2M")) for d in INDEX["docs"]]
    job = search_bundle.BundleJob(other, site / "pagefind")
    figures = build_bundle(site, None, job)
    assert not figures["ahead"]
    docs = read_bundle(site)
    assert any("512K" in d["text"] for d in docs) and not any("2M" in d["text"] for d in docs)
    assert _files(site / "pagefind") == _files(bundle_site / "pagefind")
    # started on the same pages, its bundle is the one a build after the pages makes
    again = tmp_path / "again"
    (again / "search").mkdir(parents=True)
    (again / "search" / "search_index.json").write_text(json.dumps(INDEX), encoding="utf-8")
    figures = build_bundle(again, None, search_bundle.BundleJob(INDEX["docs"], again / "pagefind"))
    assert figures["ahead"]
    assert _files(again / "pagefind") == _files(bundle_site / "pagefind")


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_a_bundle_written_over_an_earlier_one_keeps_what_is_the_same(tmp_path):
    """What is already there with the same bytes is not written again; everything else is made
    exactly the bundle, and nothing is written through a link."""
    out, outside = tmp_path / "site" / "pagefind", tmp_path / "outside.txt"
    outside.write_text("not the site's", encoding="utf-8")
    before = {"pagefind.js": b"js", "fragment/a.pf_fragment": b"same", "fragment/b.pf_fragment": b"old",
              "index/gone.pf_index": b"gone", "old/deep/x": b"x"}
    for name, data in before.items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_bytes(data)
    (out / "fragment" / "c.pf_fragment").symlink_to(outside)
    for path in out.rglob("*"):
        os.utime(path, (946684800, 946684800), follow_symlinks=False)
    files = {"pagefind.js": b"js", "fragment/a.pf_fragment": b"same", "fragment/b.pf_fragment": b"new",
             "fragment/c.pf_fragment": b"c", "index/d.pf_index": b"d"}
    search_bundle._write_tree(files, out)
    assert _files(out) == files
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_dir()) == ["fragment", "index"]
    assert not (out / "fragment" / "c.pf_fragment").is_symlink()
    assert outside.read_text(encoding="utf-8") == "not the site's"
    untouched = {name for name in files if (out / name).stat().st_mtime == 946684800}
    assert untouched == {"pagefind.js", "fragment/a.pf_fragment"}


def test_a_changed_bundle_file_is_a_new_file_and_a_folder_in_its_way_goes(tmp_path):
    """A file of the bundle with another name elsewhere (a hard link in a snapshot of the site)
    keeps its bytes there; a read-only file and a folder where a file goes are replaced."""
    out, snapshot = tmp_path / "site" / "pagefind", tmp_path / "snapshot.pf_index"
    (out / "index").mkdir(parents=True)
    (out / "index" / "a.pf_index").write_bytes(b"old")
    os.link(out / "index" / "a.pf_index", snapshot)
    (out / "pagefind.js").write_bytes(b"old js")
    (out / "pagefind.js").chmod(0o444)
    (out / "fragment" / "x.pf_fragment").mkdir(parents=True)
    (out / "fragment" / "x.pf_fragment" / "inside").write_bytes(b"?")
    files = {"index/a.pf_index": b"new", "pagefind.js": b"js", "fragment/x.pf_fragment": b"x"}
    search_bundle._write_tree(files, out)
    assert _files(out) == files
    assert snapshot.read_bytes() == b"old"


def test_a_bundle_set_aside_is_moved_back_and_brought_up_to_date(tmp_path):
    site, place = tmp_path / "site", tmp_path / "cache" / "site-x" / "pagefind"
    (place / "fragment").mkdir(parents=True)
    (place / "fragment" / "a.pf_fragment").write_bytes(b"a")
    inode = (place / "fragment" / "a.pf_fragment").stat().st_ino
    search_bundle._write_tree({"fragment/a.pf_fragment": b"a", "pagefind.js": b"js"}, site / "pagefind", place)
    assert not place.exists()
    assert _files(site / "pagefind") == {"fragment/a.pf_fragment": b"a", "pagefind.js": b"js"}
    assert (site / "pagefind" / "fragment" / "a.pf_fragment").stat().st_ino == inode
