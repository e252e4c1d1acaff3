"""The parse cache between builds (digest/parsecache.py): used, and never changes the site."""

from __future__ import annotations

import json
import logging
import os
import pickle
import re
import shutil
import sqlite3
import subprocess
import sys
from collections import Counter
from contextlib import closing
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig

from conftest import ROOT, make_project, run
from digest.parsecache import BLOCKS, CACHE_DIR, DB_FILE, ENTRIES as PARSED, PAGES, RENDERS, SEARCH
from digest.search_bundle import read_bundle

ENTRIES = {
    "lumen-launch.md": ("Lumen-7 arrives with a long memory", "2026-03-02", "Orbit Daily",
                        "Halcyon Labs released Lumen-7 on Monday. Lumen-7 supports a 512,000-token context "
                        "window, the company said in its announcement. The model costs $3 per million input "
                        "tokens through the company's API, and Halcyon Labs said it scores 88.1 on MMLU."),
    "lumen-review.md": ("Hands-on with Lumen-7", "2026-03-04", "Bench Notes",
                        "We spent two days with Lumen-7 from Halcyon Labs. Lumen-7 supports a 256,000-token "
                        "context window in our tests, half of what the launch post claimed. The model costs "
                        "$3 per million input tokens, as announced."),
    "lumen-pricing.md": ("Halcyon Labs prices Lumen-7 for business", "2026-03-05", "Ledger Tech",
                         "Halcyon Labs set the price of Lumen-7 for its business customers this week. Lumen-7 "
                         "costs $4 per million input tokens for business accounts, according to the price list."),
}


def _write_entries(proj: Path) -> None:
    for name, (title, date, publisher, body) in ENTRIES.items():
        (proj / "content" / "entries" / name).write_text(
            f"---\ntitle: {title}\ndate: {date}\nsource:\n  publisher: {publisher}\n---\n\n{body}\n", encoding="utf-8")


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    proj = make_project(tmp_path / "proj")
    _write_entries(proj)
    monkeypatch.chdir(proj)
    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    return proj


def build_site(proj: Path, out: Path, **options):
    """One `mkdocs build` in this process, with new plugin instances as the command makes (MkDocs
    keeps instances of plugins with `on_startup` for `mkdocs serve`; a new process has none).
    `options` as the command line gives them (`use_directory_urls=False` for --no-directory-urls)."""
    dict(MkDocsConfig._schema)["plugins"].plugin_cache.clear()
    cfg = load_config(config_file=str(proj / "mkdocs.yml"), site_dir=str(out), **options)
    cfg.plugins.on_startup(command="build", dirty=False)
    build(cfg)
    return cfg.plugins["digest"]


# when the feeds were built (and, in the feed of updates, when each entry was: the build's time)
_BUILT = re.compile(rb"<(pubDate|lastBuildDate)>[^<]*</\1>\s*(?=<(?:lastBuildDate|generator|docs|ttl|image|item)\b)")
_ANY_DATE = re.compile(rb"<(pubDate|lastBuildDate)>[^<]*</\1>")


def site_files(site: Path) -> dict[str, bytes]:
    out = {}
    for p in sorted(site.rglob("*")):
        if p.is_file() and not p.name.endswith(".gz"):
            out[p.relative_to(site).as_posix()] = (_ANY_DATE if "updated" in p.name else _BUILT).sub(b"", p.read_bytes())
    return out


def assert_same_as_clean_build(proj: Path, site: Path, tmp_path: Path, entries: int = len(ENTRIES), **options) -> None:
    """The site a build made with the cache is the one a build without any cache makes."""
    kept = tmp_path / "kept-cache"
    shutil.move(proj / CACHE_DIR, kept)
    try:
        clean = tmp_path / "clean-site"
        shutil.rmtree(clean, ignore_errors=True)
        plugin = build_site(proj, clean, **options)
        assert plugin.parsed_count == entries
        built, expected = site_files(site), site_files(clean)
        assert sorted(built) == sorted(expected)
        assert [name for name in expected if built[name] != expected[name]] == []
    finally:
        shutil.rmtree(proj / CACHE_DIR, ignore_errors=True)
        shutil.move(kept, proj / CACHE_DIR)


def kept(proj: Path, kind: str = PARSED) -> dict[str, bytes]:
    """What the cache holds of one kind: page -> its stored value (pickled)."""
    rows: dict[str, bytes] = {}
    for path in (proj / CACHE_DIR).glob(f"*/{DB_FILE}"):
        with closing(sqlite3.connect(path)) as db:
            rows.update(db.execute("SELECT src, value FROM kept WHERE kind = ?", (kind,)).fetchall())
    return rows


def replace_kept(proj: Path, kind: str, src: str, value: bytes) -> None:
    (path,) = (proj / CACHE_DIR).glob(f"*/{DB_FILE}")
    with closing(sqlite3.connect(path)) as db, db:
        assert db.execute("UPDATE kept SET value = ? WHERE kind = ? AND src = ?", (value, kind, src)).rowcount == 1


def test_second_build_parses_nothing_and_builds_the_same_site(project, tmp_path):
    first = build_site(project, tmp_path / "first")
    assert first.parsed_count == len(ENTRIES)
    assert len(kept(project)) == len(ENTRIES)
    second = build_site(project, tmp_path / "second")
    assert second is not first
    assert second.parsed_count == 0
    assert site_files(tmp_path / "first") == site_files(tmp_path / "second")
    claims = (tmp_path / "second" / "claims.json").read_text(encoding="utf-8")
    assert "context window" in claims and '"conflicts"' in claims


def test_an_edited_entry_is_parsed_again(project, tmp_path):
    build_site(project, tmp_path / "first")
    path = project / "content" / "entries" / "lumen-review.md"
    path.write_text(path.read_text(encoding="utf-8").replace("256,000-token", "512,000-token"), encoding="utf-8")
    plugin = build_site(project, tmp_path / "edited")
    assert plugin.parsed_count == 1
    assert "256000" not in (tmp_path / "edited" / "claims.json").read_text(encoding="utf-8")
    assert_same_as_clean_build(project, tmp_path / "edited", tmp_path)


def test_a_changed_site_config_parses_every_entry_again(project, tmp_path):
    build_site(project, tmp_path / "first")
    old_folders = {p.name for p in (project / CACHE_DIR).iterdir() if p.is_dir()}
    entities = project / "site_config" / "entities.yml"
    text = entities.read_text(encoding="utf-8")
    assert text.startswith("entities:") or "\nentities:" in text
    entities.write_text(text.replace("entities:", "entities:\n  - name: Lumen-7\n    kind: model\n"
                                     "    aliases: [Lumen 7]\n", 1), encoding="utf-8")
    plugin = build_site(project, tmp_path / "changed")
    assert plugin.parsed_count == len(ENTRIES)
    # the folder of the old knowledge is gone: it could never be used again
    assert not old_folders & {p.name for p in (project / CACHE_DIR).iterdir() if p.is_dir()}
    assert_same_as_clean_build(project, tmp_path / "changed", tmp_path)


def test_a_corrupt_cache_value_is_ignored_and_rewritten(project, tmp_path):
    build_site(project, tmp_path / "first")
    (broken, _), (truncated, value), *_ = sorted(kept(project).items())
    replace_kept(project, PARSED, broken, b"not a pickle at all")
    replace_kept(project, PARSED, truncated, value[:40])
    plugin = build_site(project, tmp_path / "repaired")
    assert plugin.parsed_count == 2
    assert_same_as_clean_build(project, tmp_path / "repaired", tmp_path)
    assert build_site(project, tmp_path / "again").parsed_count == 0


def test_a_cache_file_sqlite_cannot_read_is_made_anew(project, tmp_path):
    build_site(project, tmp_path / "first")
    (path,) = (project / CACHE_DIR).glob(f"*/{DB_FILE}")
    path.write_bytes(b"not a database, whatever its name says" * 100)
    plugin = build_site(project, tmp_path / "repaired")
    assert plugin.parsed_count == len(ENTRIES)
    assert_same_as_clean_build(project, tmp_path / "repaired", tmp_path)
    assert build_site(project, tmp_path / "again").parsed_count == 0


class _Trap:
    def __reduce__(self):
        return (Path.touch, (Path("trap-was-sprung"),))


def test_a_cache_file_is_data_never_code(project, tmp_path):
    build_site(project, tmp_path / "first")
    replace_kept(project, PARSED, min(kept(project)), pickle.dumps(_Trap()))
    plugin = build_site(project, tmp_path / "second")
    assert plugin.parsed_count == 1
    assert not (project / "trap-was-sprung").exists()


def test_a_rejected_entry_is_never_cached(project, tmp_path):
    (project / "content" / "entries" / "future.md").write_text(
        "---\ntitle: A column from next decade\ndate: 2099-01-01\nsource:\n  publisher: Orbit Daily\n---\n\n"
        "Halcyon Labs will release Lumen-9 with a 2,000,000-token context window, the column says.\n",
        encoding="utf-8")
    assert build_site(project, tmp_path / "first").parsed_count == len(ENTRIES) + 1
    # reported again on every build (whether a date is in the future depends on the day)
    plugin = build_site(project, tmp_path / "second")
    assert plugin.parsed_count == 1
    assert "entries/future.md" not in plugin.infos
    assert len(kept(project)) == len(ENTRIES)


def test_cache_folder_is_git_ignored_and_documented(project):
    build_site(project, project / "site")
    assert (project / CACHE_DIR / ".gitignore").is_file()
    proc = subprocess.run(["git", "check-ignore", "-q", str(CACHE_DIR / "0" / DB_FILE)], cwd=ROOT)
    assert proc.returncode == 0, ".cache/digest/ is not in .gitignore"
    assert ".cache/digest/" in (ROOT / "README.md").read_text(encoding="utf-8")


# --- Entries' Markdown as HTML, kept beside the parsed entries ------------------------------------

def test_second_build_puts_no_entry_through_markdown(project, tmp_path):
    first = build_site(project, tmp_path / "first")
    assert first.renders_reused == set()
    assert len(kept(project, RENDERS)) == len(ENTRIES)
    second = build_site(project, tmp_path / "second")
    assert second.renders_reused == {f"entries/{name}" for name in ENTRIES}
    assert site_files(tmp_path / "first") == site_files(tmp_path / "second")


def test_a_render_is_made_again_when_its_markdown_or_a_linked_file_changes(project, tmp_path):
    entries = project / "content" / "entries"
    review = entries / "lumen-review.md"
    review.write_text(review.read_text(encoding="utf-8").rstrip() + " See [the pricing](lumen-pricing.md).\n",
                      encoding="utf-8")
    build_site(project, tmp_path / "first")
    launch = entries / "lumen-launch.md"
    launch.write_text(launch.read_text(encoding="utf-8").replace("on Monday", "on Tuesday"), encoding="utf-8")
    plugin = build_site(project, tmp_path / "edited")
    assert plugin.renders_reused == {"entries/lumen-review.md", "entries/lumen-pricing.md"}
    assert "on Tuesday" in (tmp_path / "edited" / "entries" / "lumen-launch" / "index.html").read_text(encoding="utf-8")
    assert_same_as_clean_build(project, tmp_path / "edited", tmp_path)
    # the file the review links to is renamed: its link must point at nothing found, as MkDocs says
    (entries / "lumen-pricing.md").rename(entries / "lumen-prices.md")
    plugin = build_site(project, tmp_path / "renamed")
    assert "entries/lumen-review.md" not in plugin.renders_reused
    page = (tmp_path / "renamed" / "entries" / "lumen-review" / "index.html").read_text(encoding="utf-8")
    assert 'href="../lumen-pricing/"' not in page
    assert_same_as_clean_build(project, tmp_path / "renamed", tmp_path)


def test_changed_markdown_settings_render_every_entry_again(project, tmp_path):
    build_site(project, tmp_path / "first")
    cfg = project / "mkdocs.yml"
    text = cfg.read_text(encoding="utf-8")
    assert "permalink: true" in text
    cfg.write_text(text.replace("permalink: true", "permalink: false"), encoding="utf-8")
    plugin = build_site(project, tmp_path / "changed")
    assert plugin.renders_reused == set()
    assert 'class="headerlink"' not in (tmp_path / "changed" / "entries" / "lumen-launch" / "index.html").read_text(
        encoding="utf-8").split('id="claims"')[0]
    assert_same_as_clean_build(project, tmp_path / "changed", tmp_path)


def test_a_render_file_is_data_never_code(project, tmp_path):
    build_site(project, tmp_path / "first")
    for src in kept(project, RENDERS):
        replace_kept(project, RENDERS, src, pickle.dumps(_Trap()))
    plugin = build_site(project, tmp_path / "second")
    assert plugin.renders_reused == set()
    assert not (project / "trap-was-sprung").exists()
    assert_same_as_clean_build(project, tmp_path / "second", tmp_path)


def test_an_unchanged_search_index_reuses_the_last_pagefind_bundle(project, tmp_path, monkeypatch):
    from digest import search_bundle

    build_site(project, tmp_path / "first")
    assert (tmp_path / "first" / "pagefind" / "pagefind.js").is_file()

    def no_indexing(pages, out, **options):
        raise AssertionError("Pagefind ran again on the same pages")

    with monkeypatch.context() as m:
        m.setattr(search_bundle, "write_bundle", no_indexing)
        build_site(project, tmp_path / "second")
    assert site_files(tmp_path / "first") == site_files(tmp_path / "second")
    # an edit changes what search reads: Pagefind indexes again, and the bundle is a clean build's
    path = project / "content" / "entries" / "lumen-pricing.md"
    path.write_text(path.read_text(encoding="utf-8").replace("this week", "on Friday"), encoding="utf-8")
    calls = []
    real = search_bundle.write_bundle
    monkeypatch.setattr(search_bundle, "write_bundle",
                        lambda pages, out, **options: calls.append(len(pages)) or real(pages, out, **options))
    build_site(project, tmp_path / "edited")
    assert len(calls) == 1
    assert_same_as_clean_build(project, tmp_path / "edited", tmp_path)


def test_a_build_into_the_same_folder_writes_only_the_bundle_files_that_changed(project, tmp_path):
    """MkDocs empties the site folder before a build; the last Pagefind bundle is set aside first
    and brought up to date, so that its unchanged files are not deleted and written again."""
    site = tmp_path / "site"
    build_site(project, site)
    bundle = site / "pagefind"
    for path in bundle.rglob("*"):
        os.utime(path, (946684800, 946684800))
    path = project / "content" / "entries" / "lumen-pricing.md"
    path.write_text(path.read_text(encoding="utf-8").replace("this week", "on Friday"), encoding="utf-8")
    build_site(project, site)
    files = [p for p in bundle.rglob("*") if p.is_file()]
    old = [p for p in files if p.stat().st_mtime == 946684800]
    assert old and len(old) < len(files)
    assert not list((project / CACHE_DIR).glob("site-*"))
    assert_same_as_clean_build(project, site, tmp_path)


def test_a_build_into_the_same_folder_writes_its_files_over_the_last_ones(project, tmp_path):
    """MkDocs empties the site folder before a build; the last site is set aside first, and the
    files this build writes again are moved back to be written over rather than made anew. What
    the build does not write is gone, hidden entries stay, and nothing is written through a link."""
    site = tmp_path / "site"
    build_site(project, site)
    page = site / "entries" / "lumen-launch" / "index.html"
    # held open, so that no new file can take the number of one deleted
    held = [open(p, "rb") for p in (site / "index.html", site / "404.html", next((site / "assets").rglob("*.css")))]
    (site / "stray").mkdir()
    (site / "stray" / "index.html").write_text("left by hand", encoding="utf-8")
    (site / ".git").mkdir()
    (site / ".git" / "HEAD").write_text("ref: refs/heads/gh-pages", encoding="utf-8")
    snapshot, outside = tmp_path / "snapshot.html", tmp_path / "outside.html"
    os.link(page, snapshot)
    outside.write_text("not the site's", encoding="utf-8")
    review = site / "entries" / "lumen-review" / "index.html"
    review.unlink()
    review.symlink_to(outside)
    pricing = project / "content" / "entries" / "lumen-pricing.md"
    text = pricing.read_text(encoding="utf-8")
    pricing.unlink()
    try:
        build_site(project, site)
        for f in held:
            assert os.fstat(f.fileno()).st_ino == os.stat(f.name).st_ino
    finally:
        for f in held:
            f.close()
    assert not (site / "stray").exists() and not (site / "entries" / "lumen-pricing").exists()
    assert (site / ".git" / "HEAD").read_text(encoding="utf-8") == "ref: refs/heads/gh-pages"
    assert not review.is_symlink() and outside.read_text(encoding="utf-8") == "not the site's"
    assert snapshot.read_bytes() != b"" and snapshot.stat().st_ino != page.stat().st_ino
    assert not list((project / CACHE_DIR).glob("site-*"))
    shutil.rmtree(site / ".git")
    assert_same_as_clean_build(project, site, tmp_path, entries=len(ENTRIES) - 1)
    pricing.write_text(text, encoding="utf-8")
    build_site(project, site)
    assert_same_as_clean_build(project, site, tmp_path)


def test_a_build_that_fails_leaves_the_site_as_it_was(project, tmp_path):
    site = tmp_path / "site"
    build_site(project, site)
    before = {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    hook = tmp_path / "fails.py"
    hook.write_text("def on_nav(nav, config, files):\n    raise RuntimeError('a hook failed')\n", encoding="utf-8")
    with pytest.raises(Exception, match="a hook failed"):
        build_site(project, site, hooks=[str(hook)])
    assert {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()} == before
    assert not list((project / CACHE_DIR).glob("site-*"))
    # failing once the last site's files are back and pages are being written: its search bundle is put back
    hook.write_text("def on_post_page(output, page, config):\n"
                    "    if page.file.src_uri.startswith('entries/'):\n        raise RuntimeError('a hook failed')\n"
                    "    return output\n", encoding="utf-8")
    with pytest.raises(Exception, match="a hook failed"):
        build_site(project, site, hooks=[str(hook)])
    assert ({p.relative_to(site).as_posix(): p.read_bytes() for p in (site / "pagefind").rglob("*") if p.is_file()}
            == {k: v for k, v in before.items() if k.startswith("pagefind/")})
    assert not list((project / CACHE_DIR).glob("site-*"))
    assert not (site / "digest-site-set-aside").exists()


def test_a_dirty_build_without_the_command_line_keeps_the_site(project, tmp_path):
    """MkDocs' build called with dirty=True by a script that told the plugins otherwise: the
    folder is not emptied, so everything set aside goes back as it was."""
    site = tmp_path / "site"
    build_site(project, site)
    before = {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}
    dict(MkDocsConfig._schema)["plugins"].plugin_cache.clear()
    cfg = load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(site))
    cfg.plugins.on_startup(command="build", dirty=False)
    build(cfg, dirty=True)
    assert {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()} == before
    assert not list((project / CACHE_DIR).glob("site-*"))


def test_claims_blocks_are_kept_and_follow_what_their_panels_show(project, tmp_path):
    build_site(project, tmp_path / "first")
    assert len(kept(project, BLOCKS)) == len(ENTRIES)
    second = build_site(project, tmp_path / "second")
    assert second.disk_cache.stored[BLOCKS] == 0    # read, none made again
    assert site_files(tmp_path / "first") == site_files(tmp_path / "second")
    # the review's own file is unchanged, but a claim its panel shows is not: its block is made again
    launch = project / "content" / "entries" / "lumen-launch.md"
    launch.write_text(launch.read_text(encoding="utf-8").replace("512,000-token", "384,000-token"), encoding="utf-8")
    build_site(project, tmp_path / "edited")
    page = (tmp_path / "edited" / "entries" / "lumen-review" / "index.html").read_text(encoding="utf-8")
    assert "384" in page and "512,000" not in page.split('id="claims"')[-1]
    assert_same_as_clean_build(project, tmp_path / "edited", tmp_path)
    # a fragment of the theme changed: every block is drawn again
    fragment = project / "site_config" / "overrides" / "fragments" / "digest" / "claims.html"
    fragment.write_text(fragment.read_text(encoding="utf-8") + "\n{# edited #}\n", encoding="utf-8")
    theme = build_site(project, tmp_path / "theme")
    assert theme.disk_cache.stored[BLOCKS] == len(ENTRIES)
    assert_same_as_clean_build(project, tmp_path / "theme", tmp_path)
    assert second.parsed_count == 0


def test_generated_pages_are_drawn_again_only_where_an_edit_reaches(project, tmp_path):
    first = build_site(project, tmp_path / "first")
    drawn = set(first.rendered)
    assert "conflicts.md" in drawn and any(src.startswith("stories/") for src in drawn)
    second = build_site(project, tmp_path / "second")
    assert second.rendered == set()
    assert site_files(tmp_path / "first") == site_files(tmp_path / "second")
    review = project / "content" / "entries" / "lumen-review.md"
    review.write_text(review.read_text(encoding="utf-8").replace("256,000-token", "512,000-token"), encoding="utf-8")
    edited = build_site(project, tmp_path / "edited")
    assert "conflicts.md" in edited.rendered and edited.rendered < drawn
    assert_same_as_clean_build(project, tmp_path / "edited", tmp_path)


def test_settings_from_the_command_line_are_part_of_every_key(project, tmp_path):
    build_site(project, tmp_path / "first")
    plugin = build_site(project, tmp_path / "plain-urls", use_directory_urls=False)
    assert plugin.renders_reused == set() and "conflicts.md" in plugin.rendered
    conflicts = (tmp_path / "plain-urls" / "conflicts.html").read_text(encoding="utf-8")
    assert "entries/lumen-launch.html" in conflicts and "entries/lumen-launch/" not in conflicts
    assert_same_as_clean_build(project, tmp_path / "plain-urls", tmp_path, use_directory_urls=False)


def test_link_validation_settings_are_part_of_the_render_key(project, tmp_path):
    review = project / "content" / "entries" / "lumen-review.md"
    review.write_text(review.read_text(encoding="utf-8").rstrip() + " See [the pricing](/entries/lumen-pricing.md).\n",
                      encoding="utf-8")
    cfg = project / "mkdocs.yml"
    text = cfg.read_text(encoding="utf-8")
    assert "    absolute_links: info\n    unrecognized_links:" in text
    build_site(project, tmp_path / "first")
    cfg.write_text(text.replace("    absolute_links: info\n    unrecognized_links:",
                                "    absolute_links: relative_to_docs\n    unrecognized_links:", 1), encoding="utf-8")
    plugin = build_site(project, tmp_path / "relative")
    assert "entries/lumen-review.md" not in plugin.renders_reused
    page = (tmp_path / "relative" / "entries" / "lumen-review" / "index.html").read_text(encoding="utf-8")
    assert 'href="../lumen-pricing/"' in page
    assert_same_as_clean_build(project, tmp_path / "relative", tmp_path)


def test_a_quiet_build_keeps_no_render_that_would_warn(project, tmp_path, caplog):
    review = project / "content" / "entries" / "lumen-review.md"
    # an absolute link: MkDocs says so while rendering (validation: absolute_links: info)
    review.write_text(review.read_text(encoding="utf-8").rstrip() + " See [the pricing](/entries/lumen-pricing.md).\n",
                      encoding="utf-8")
    logging.getLogger("mkdocs").setLevel(logging.ERROR)      # as `mkdocs build -q`: it goes unsaid
    with caplog.at_level(logging.ERROR, logger="mkdocs"):
        build_site(project, tmp_path / "quiet")
    assert not any("/entries/lumen-pricing.md" in r.getMessage() for r in caplog.records)
    assert len(kept(project, RENDERS)) == len(ENTRIES) - 1
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="mkdocs"):
        plugin = build_site(project, tmp_path / "usual")
    assert "entries/lumen-review.md" not in plugin.renders_reused
    assert any("/entries/lumen-pricing.md" in r.getMessage() for r in caplog.records)


def test_a_cache_folder_that_cannot_be_made_costs_speed_only(project, tmp_path):
    (project / ".cache").write_text("a file where the cache folder would be\n", encoding="utf-8")
    plugin = build_site(project, tmp_path / "no-cache")
    assert plugin.parsed_count == len(ENTRIES)
    assert (tmp_path / "no-cache" / "pagefind" / "pagefind.js").is_file()
    assert "Lumen-7" in (tmp_path / "no-cache" / "entries" / "lumen-launch" / "index.html").read_text(encoding="utf-8")


def test_search_items_are_kept_and_follow_what_search_reads(project, tmp_path, monkeypatch):
    """Material's search reads only pages whose search view changed; the index is a clean build's."""
    from material.plugins.search import plugin as material_search

    yml = project / "mkdocs.yml"
    yml.write_text(yml.read_text(encoding="utf-8").replace("\n  - digest\n", "\n  - digest:\n      search: material\n"),
                   encoding="utf-8")
    read = []
    real = material_search.SearchIndex.add_entry_from_context

    def counted(index, page):
        if not (page.meta.get("search") or {}).get("exclude"):
            read.append(page.file.src_uri)
        return real(index, page)

    monkeypatch.setattr(material_search.SearchIndex, "add_entry_from_context", counted)
    build_site(project, tmp_path / "first")
    pages = set(read)
    assert {"index.md", "entries/lumen-review.md", "entries/lumen-pricing.md"} <= pages
    assert len(kept(project, SEARCH)) >= len(pages)       # and the pages search leaves out
    index = json.loads((tmp_path / "first" / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert any("256,000" in doc["text"] for doc in index["docs"])

    read.clear()
    build_site(project, tmp_path / "second")
    assert read == []
    assert site_files(tmp_path / "first") == site_files(tmp_path / "second")

    # a sentence of one entry changed: search reads that page again, and the pages it reaches
    review = project / "content" / "entries" / "lumen-review.md"
    review.write_text(review.read_text(encoding="utf-8").replace("in our tests", "in our own tests"), encoding="utf-8")
    read.clear()
    build_site(project, tmp_path / "edited")
    assert "entries/lumen-review.md" in read and "entries/lumen-pricing.md" not in read
    index = (tmp_path / "edited" / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "in our own tests" in index
    assert_same_as_clean_build(project, tmp_path / "edited", tmp_path)

    # a page's front matter tells search to leave it out: its kept items go too
    text = review.read_text(encoding="utf-8")
    review.write_text(text.replace("---\n\n", "search:\n  exclude: true\n---\n\n", 1), encoding="utf-8")
    build_site(project, tmp_path / "excluded")
    index = (tmp_path / "excluded" / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "in our own tests" not in index
    assert_same_as_clean_build(project, tmp_path / "excluded", tmp_path)


def test_search_turned_off_and_on_again_gives_a_clean_builds_index(project, tmp_path):
    yml = project / "mkdocs.yml"
    text = yml.read_text(encoding="utf-8").replace("\n  - digest\n", "\n  - digest:\n      search: material\n")
    assert "\n  - search\n" in text
    yml.write_text(text.replace("\n  - search\n", "\n  - search:\n      enabled: false\n"), encoding="utf-8")
    build_site(project, tmp_path / "off")
    assert not (tmp_path / "off" / "search" / "search_index.json").exists()
    yml.write_text(text, encoding="utf-8")
    build_site(project, tmp_path / "on")
    index = json.loads((tmp_path / "on" / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert any("256,000" in doc["text"] for doc in index["docs"])
    assert_same_as_clean_build(project, tmp_path / "on", tmp_path)


def test_a_cache_another_process_holds_costs_speed_only_and_is_kept(project, tmp_path):
    build_site(project, tmp_path / "first")
    (path,) = (project / CACHE_DIR).glob(f"*/{DB_FILE}")
    rows = len(kept(project))
    review = project / "content" / "entries" / "lumen-review.md"
    review.write_text(review.read_text(encoding="utf-8").replace("in our tests", "in our own tests"), encoding="utf-8")
    with closing(sqlite3.connect(path, isolation_level=None)) as other:
        other.execute("BEGIN EXCLUSIVE")       # another build writing, for longer than this one waits
        plugin = build_site(project, tmp_path / "locked")
        other.execute("ROLLBACK")
    assert plugin.parsed_count == 1
    assert path.is_file() and len(kept(project)) == rows
    assert_same_as_clean_build(project, tmp_path / "locked", tmp_path)
    assert build_site(project, tmp_path / "after").parsed_count == 1    # stored now


def test_a_cache_file_that_cannot_be_written_is_left_as_it_is(project, tmp_path, monkeypatch):
    """Read-only or busy is not damaged: the file stays for the builds that can use it."""
    from digest import parsecache

    build_site(project, tmp_path / "first")
    (path,) = (project / CACHE_DIR).glob(f"*/{DB_FILE}")
    before = path.read_bytes()
    real = sqlite3.connect

    class ReadOnly:
        def __init__(self, *args, **kwargs):
            self.db = real(*args, **kwargs)

        def execute(self, sql, *args):
            if not sql.lstrip().upper().startswith("SELECT"):
                raise sqlite3.OperationalError("attempt to write a readonly database")
            return self.db.execute(sql, *args)

        def close(self):
            self.db.close()

    monkeypatch.setattr(parsecache.sqlite3, "connect", ReadOnly)
    review = project / "content" / "entries" / "lumen-review.md"
    review.write_text(review.read_text(encoding="utf-8").replace("in our tests", "in our own tests"), encoding="utf-8")
    plugin = build_site(project, tmp_path / "read-only")
    assert plugin.parsed_count == len(ENTRIES)        # the file could not be opened for this build
    assert path.read_bytes() == before
    assert_same_as_clean_build(project, tmp_path / "read-only", tmp_path)


def test_a_cache_file_damaged_within_is_set_aside_and_made_anew(project, tmp_path):
    build_site(project, tmp_path / "first")
    (path,) = (project / CACHE_DIR).glob(f"*/{DB_FILE}")
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(page, len(data), page):       # every page but the header: SQLite's b-trees too
        data[start:start + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    plugin = build_site(project, tmp_path / "damaged")
    assert plugin.parsed_count == len(ENTRIES)
    assert_same_as_clean_build(project, tmp_path / "damaged", tmp_path)
    build_site(project, tmp_path / "again")
    assert build_site(project, tmp_path / "third").parsed_count == 0
    assert_same_as_clean_build(project, tmp_path / "third", tmp_path)


def test_search_read_before_the_pages_are_written_gives_the_same_site(project, tmp_path, monkeypatch):
    """`mkdocs build` reads every page for search once they are rendered and starts Pagefind while
    MkDocs writes them: the site is the one a build reading each page as it is written makes."""
    from digest import plugin as digest_plugin, search_bundle

    calls = []
    real = search_bundle.write_bundle
    with monkeypatch.context() as m:
        m.setattr(search_bundle, "write_bundle",
                  lambda pages, out, **options: calls.append(options) or real(pages, out, **options))
        plugin = build_site(project, tmp_path / "ahead")
    assert len(plugin.searched_ahead) > len(ENTRIES)      # every page, generated ones too
    assert [o["threads"] for o in calls] == [1], "the bundle made while the pages were written was not the one used"
    shutil.move(project / CACHE_DIR, tmp_path / "kept-cache")
    with monkeypatch.context() as m:
        m.setattr(digest_plugin, "_search_reads_ahead", lambda config, plugin, search: False)
        plain = build_site(project, tmp_path / "as-written")
    assert plain.searched_ahead == set()
    assert site_files(tmp_path / "ahead") == site_files(tmp_path / "as-written")


def test_a_hook_that_changes_pages_before_search_keeps_search_reading_them_as_written(project, tmp_path):
    """Something other than this plugin and Material's tags changes pages at on_page_context
    before search reads them: search reads each page as it is written, with that change."""
    hook = tmp_path / "hook.py"
    hook.write_text("from mkdocs.plugins import event_priority\n\n"
                    "@event_priority(50)\n"
                    "def on_page_context(context, page, config, nav):\n"
                    "    page.content += '<p>Quillwort appears on every page.</p>'\n"
                    "    return context\n", encoding="utf-8")
    plugin = build_site(project, tmp_path / "hooked", hooks=[str(hook)])
    assert plugin.searched_ahead == set()
    docs = read_bundle(tmp_path / "hooked")
    pages = {d["location"] for d in docs if "#" not in d["location"]}
    assert pages and all(any("Quillwort" in d["text"] for d in docs if d["location"].split("#")[0] == url)
                         for url in pages)


# A build in a process of its own (one thread: processes are forked only then), noting the
# process each entry is parsed in.
_RECORDING_BUILD = """
import collections, os, sys
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.structure.pages import Page
from digest import pageplan, plugin, sitebuild
from digest.pages import entry as entry_pages
plugin._FORK_AT_LEAST = 4      # renders and claims blocks made in other processes from 4 on
def recorded(what, real, src):
    def call(*args):
        with open(sys.argv[3], "a", encoding="utf-8") as f:
            f.write(f"{what} {os.getpid()} {src(*args)}\\n")
        return real(*args)
    return call
sitebuild.checked_entry = recorded("parse", sitebuild.checked_entry, lambda *a: "-")
entry_pages.claims_html = recorded("block", entry_pages.claims_html, lambda info, *a: info.src)
Page.render = recorded("render", Page.render, lambda page, *a: page.file.src_uri)
planned_pages = pageplan.planned_pages
pageplan.planned_pages = lambda *a, **k: [pageplan.PlannedPage(p.src, p.inputs, recorded("page", p.render, lambda p=p: p.src))
                                          for p in planned_pages(*a, **k)]
if os.environ.get("OTHER_KEYS"):     # what the children make is made under keys the build never finds
    made_ahead = plugin.DigestPlugin._made_ahead
    def other_keys(self, job):
        self.settings_key = "not the build's settings"
        return made_ahead(self, job)
    plugin.DigestPlugin._made_ahead = other_keys
os.chdir(sys.argv[1])
cfg = load_config(config_file="mkdocs.yml", site_dir=sys.argv[2])
cfg.plugins.on_startup(command="build", dirty=False)
build(cfg)
print(os.getpid(), cfg.plugins["digest"].parsed_count)
"""


def test_a_first_build_parses_in_worker_processes_as_one_process_would(tmp_path):
    """`mkdocs build` with many entries to parse uses `jobs` processes: the same site, the same
    problems reported once each in the files' order, each entry parsed, rendered and its claims
    drawn once, partly outside the build's own process, and the same values kept for the next
    build; `jobs: 1` does it all in its own. What a child made under settings the build does not
    have is never used."""
    proj = make_project(tmp_path / "proj")
    for i in range(40):
        name, (title, date, publisher, body) = list(ENTRIES.items())[i % len(ENTRIES)]
        (proj / "content" / "entries" / f"{i:02d}-{name}").write_text(
            f"---\ntitle: {title} ({i})\ndate: {date}\nsource:\n  publisher: {publisher}\n---\n\n{body}\n",
            encoding="utf-8")
    (proj / "content" / "entries" / "17-broken.md").write_text("---\ntitle: [unclosed\n---\n\nText.\n", encoding="utf-8")
    (proj / "content" / "entries" / "33-broken.md").write_text("---\ntitle: Fine\ndate: someday\n---\n\nText.\n",
                                                                encoding="utf-8")
    yml = proj / "mkdocs.yml"
    base = yml.read_text(encoding="utf-8")
    assert "\n  - digest\n" in base
    pids = tmp_path / "pids"
    made = {}
    for run_name, jobs, env in (("two", 2, {}), ("one", 1, {}), ("other keys", 2, {"OTHER_KEYS": "1"})):
        yml.write_text(base.replace("\n  - digest\n", f"\n  - digest:\n      jobs: {jobs}\n"), encoding="utf-8")
        shutil.rmtree(proj / CACHE_DIR, ignore_errors=True)
        pids.unlink(missing_ok=True)
        site = tmp_path / f"site-{jobs}-{bool(env)}"
        proc = subprocess.run([sys.executable, "-c", _RECORDING_BUILD, str(proj), str(site), str(pids)], cwd=proj,
                              capture_output=True, text=True, timeout=600, env={**os.environ, **env})
        assert proc.returncode == 0, proc.stderr
        own, parsed = proc.stdout.split()
        done = [line.split() for line in pids.read_text().splitlines()]
        made[run_name] = {
            "site": site_files(site), "parsed": int(parsed), "own": own,
            "warned": [line for line in proc.stderr.splitlines() if "digest:" in line],
            **{what: Counter((pid, src) for w, pid, src in done if w == what)
               for what in ("parse", "render", "block", "page")},
            "blocks kept": {src: pickle.loads(v) for src, v in kept(proj, BLOCKS).items()},
            "renders kept": {src: pickle.loads(v) for src, v in kept(proj, RENDERS).items()},
            "pages kept": {src: pickle.loads(v) for src, v in kept(proj, PAGES).items()},
        }

    def entries(counts: Counter, pid=None) -> Counter:
        return Counter(src for (p, src), n in counts.items() for _ in range(n)
                       if src.startswith("entries/") and (pid is None or p == pid))

    two, one, other = made["two"], made["one"], made["other keys"]
    assert two["parsed"] == one["parsed"] == other["parsed"] == 42
    assert {pid for pid, _ in one["parse"]} == {one["own"]}
    assert {pid for pid, _ in two["parse"]} - {two["own"]}, "no entry was parsed in a worker process"
    # each entry rendered and its claims drawn once: by the build or by another process
    rendered, drawn = entries(two["render"]), entries(two["block"])
    assert len(rendered) == 40 and set(rendered.values()) == {1}
    assert len(drawn) > 30 and set(drawn.values()) == {1}
    assert 0 < len(entries(two["render"], two["own"])) < 40, "the build and another process both render"
    assert not entries(two["block"], two["own"]), "claims blocks were drawn by the build"
    # the generated pages too, each once, drawn by another process when MkDocs reads them
    pages = Counter(src for (_, src), n in two["page"].items() for _ in range(n))
    assert len(pages) > 10 and set(pages.values()) == {1}
    assert {pid for pid, _ in two["page"]} - {two["own"]}, "no generated page was drawn by another process"
    assert Counter(src for (pid, src) in one["page"] if pid == one["own"]) == pages
    assert entries(one["render"], one["own"]) == rendered and entries(one["block"], one["own"]) == drawn
    # made under other keys: the build makes each itself, and the same site
    assert entries(other["render"], other["own"]) == rendered and entries(other["block"], other["own"]) == drawn
    for run_name in ("two", "other keys"):
        assert made[run_name]["site"] == one["site"], run_name
        assert made[run_name]["warned"] == one["warned"], run_name
        assert made[run_name]["blocks kept"] == one["blocks kept"], run_name
        assert made[run_name]["renders kept"] == one["renders kept"], run_name
        assert made[run_name]["pages kept"] == one["pages kept"] and one["pages kept"], run_name
    assert len(one["renders kept"]) == 40
    broken = [w.split("-broken.md")[0][-2:] for w in one["warned"] if "broken.md" in w]
    assert broken[0] == "17" and set(broken) == {"17", "33"} and broken == sorted(broken)
    assert len(one["warned"]) == len(set(one["warned"]))


def test_generated_pages_are_kept_when_exclude_docs_leaves_some_out(tmp_path):
    """A first build with processes to spare draws each generated page when MkDocs reads it; a
    page `exclude_docs` leaves out is never read, and the others are still kept for the next build."""
    proj = make_project(tmp_path / "proj")
    _write_entries(proj)
    yml = proj / "mkdocs.yml"
    yml.write_text(yml.read_text(encoding="utf-8").replace("\n  - digest\n", "\n  - digest:\n      jobs: 2\n")
                   + "\nexclude_docs: |\n  entities/*\n", encoding="utf-8")
    site = tmp_path / "site"
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(site)], cwd=proj,
                          capture_output=True, text=True, timeout=600, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert proc.returncode == 0, proc.stderr
    assert (site / "stories").is_dir() and not (site / "entities").exists()
    (stored,) = kept(proj, PAGES).values()
    pages = pickle.loads(stored)
    assert any(src.startswith("stories/") for src in pages)
    assert not any(src.startswith("entities/") for src in pages)
