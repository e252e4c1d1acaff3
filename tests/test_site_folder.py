"""The last site kept through MkDocs' emptying of the site folder: what is moved back to be
written over, what is deleted, and what a failed or dirty build leaves."""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.utils import clean_directory

from digest import site_folder


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    for rel, data in {"index.html": b"home", "404.html": b"missing", "a/index.html": b"a", "b/index.html": b"b",
                      "assets/app.js": b"js", "pagefind/pagefind.js": b"pf"}.items():
        (site / rel).parent.mkdir(parents=True, exist_ok=True)
        (site / rel).write_bytes(data)
    return site


def _aside(site: Path, place: Path) -> None:
    """What a build does up to `on_env`: the site set aside, then emptied by MkDocs."""
    assert site_folder.set_aside(site, place) == place
    clean_directory(str(site))
    assert site_folder.cleaned(site)


def test_the_files_a_build_writes_again_are_moved_back_and_the_rest_deleted(tmp_path):
    site, place = _site(tmp_path), tmp_path / "cache" / "site-x"
    inode = (site / "a" / "index.html").stat().st_ino
    _aside(site, place)
    assert os.listdir(site) == []
    kept = site_folder.move_back(place, site, {"index.html", "404.html", "a/index.html", "assets/app.js"},
                                 leave=frozenset({"pagefind"}))
    assert _files(site) == {"index.html": b"home", "404.html": b"missing", "a/index.html": b"a", "assets/app.js": b"js"}
    assert (site / "a" / "index.html").stat().st_ino == inode      # the same file, to be written over
    assert not (site / "b").exists()
    assert _files(place) == {"pagefind/pagefind.js": b"pf"}         # left for the bundle's own move
    assert sorted(kept) == sorted(str(site / rel) for rel in ("index.html", "404.html", "a/index.html", "assets/app.js"))
    # the build writes two of them, the same bytes or new ones, in the same instant as the move;
    # those nothing wrote again, at the top or deeper, are not the build's
    (site / "index.html").write_bytes(b"new home")
    with open(site / "a" / "index.html", "wb") as f:
        f.write(b"a")
    dropped = site_folder.drop_unwritten(kept, site)
    assert sorted(dropped) == [str(site / "404.html"), str(site / "assets" / "app.js")]
    assert _files(site) == {"index.html": b"new home", "a/index.html": b"a"}
    assert not (site / "assets").exists()


def test_hidden_entries_stay_where_they_are(tmp_path):
    site, place = _site(tmp_path), tmp_path / "cache" / "site-x"
    (site / ".git").mkdir()
    (site / ".git" / "HEAD").write_bytes(b"ref: refs/heads/gh-pages")
    (site / ".nojekyll").write_bytes(b"")
    _aside(site, place)
    site_folder.move_back(place, site, {"index.html"})
    assert _files(site) == {".git/HEAD": b"ref: refs/heads/gh-pages", ".nojekyll": b"", "index.html": b"home"}


def test_nothing_is_written_through_a_link_or_over_a_file_with_another_name(tmp_path):
    site, place = _site(tmp_path), tmp_path / "cache" / "site-x"
    outside = tmp_path / "outside.html"
    outside.write_bytes(b"not the site's")
    (site / "b" / "index.html").unlink()
    (site / "b" / "index.html").symlink_to(outside)
    snapshot = tmp_path / "snapshot.html"
    os.link(site / "a" / "index.html", snapshot)
    (site / "linked").symlink_to(tmp_path, target_is_directory=True)
    (site / "404.html").chmod(0o600 if (site / "404.html").stat().st_mode & 0o044 else 0o644)
    (site / "c").mkdir()
    (site / "c" / "index.html").write_bytes(b"c")
    if os.geteuid() == 0:       # another user's file: written over, it would stay theirs
        os.chown(site / "c" / "index.html", 54321, 54321)
    else:
        (site / "c" / "index.html").unlink()
    _aside(site, place)
    keep = {"index.html", "404.html", "a/index.html", "b/index.html", "c/index.html", "linked/outside.html"}
    kept = site_folder.move_back(place, site, keep)
    assert kept == [str(site / "index.html")]
    assert _files(site) == {"index.html": b"home"}
    assert outside.read_bytes() == b"not the site's" and snapshot.read_bytes() == b"a"


def test_a_name_taken_since_is_left_to_what_took_it(tmp_path):
    site, place = _site(tmp_path), tmp_path / "cache" / "site-x"
    _aside(site, place)
    (site / "a").mkdir()
    (site / "a" / "index.html").write_bytes(b"made since")
    kept = site_folder.move_back(place, site, {"index.html", "a/index.html"})
    assert kept == [str(site / "index.html")]
    assert (site / "a" / "index.html").read_bytes() == b"made since"


def test_a_failed_or_dirty_build_gets_back_what_was_set_aside(tmp_path):
    site, place = _site(tmp_path), tmp_path / "cache" / "site-x"
    before = _files(site)
    _aside(site, place)
    site_folder.put_back(place, site)
    assert _files(site) == before and not place.exists()
    # a build that does not empty the site folder (--dirty) is told by the mark left in it
    assert site_folder.set_aside(site, place) == place
    assert not site_folder.cleaned(site)
    site_folder.put_back(place, site)
    assert _files(site) == before and not place.exists()


def test_what_cannot_be_set_aside_is_left_for_mkdocs_to_empty(tmp_path):
    site = _site(tmp_path)
    assert site_folder.set_aside(tmp_path / "none", tmp_path / "cache" / "a") is None
    assert site_folder.set_aside(site, site / "cache") is None          # inside the site itself
    empty = tmp_path / "empty"
    empty.mkdir()
    assert site_folder.set_aside(empty, tmp_path / "cache" / "b") is None
    link = tmp_path / "link"
    link.symlink_to(site, target_is_directory=True)
    assert site_folder.set_aside(link, tmp_path / "cache" / "c") is None
    # what a build that was stopped left aside is not taken for the last site
    stale = tmp_path / "cache" / "d"
    (stale / "old").mkdir(parents=True)
    assert site_folder.set_aside(site, stale) == stale
    assert not (stale / "old").exists() and (stale / "index.html").is_file()
