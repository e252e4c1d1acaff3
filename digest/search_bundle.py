"""Search split into fragments: Material's search index turned into a Pagefind bundle.

Material's search plugin writes one `search/search_index.json` that the browser downloads whole
on the first search (7 MB at 5,000 entries). After the build (or, with `BundleJob`, as soon as
every page is rendered, while MkDocs writes them), this module hands the same
documents (what the digest plugin let search read: titles, ledes, claims, story summaries,
entity names as tags) to Pagefind, which writes an index split into fragments that the browser
loads per query, and leaves Material a search index with no documents, so that the page load
fetches a few hundred bytes. The theme's search worker (site_config/overrides) answers Material's
search box from the Pagefind bundle.
"""

from __future__ import annotations

import gzip
import hashlib
import html
import json
import os
import posixpath
import re
import shutil
import stat
import subprocess
import tempfile
import threading
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

from digest.site_folder import files_under, move_if_free, remove_empty_folders

BUNDLE_DIR = "pagefind"
WORKER = "assets/javascripts/digest-search.js"     # the theme's worker (site_config/overrides)
INDEX_PATH = Path("search") / "search_index.json"

_TAG = re.compile(r"<[^>]*>")
# Pagefind's own search interfaces: the site answers from Material's search box instead
_UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-component-ui.js", "pagefind-component-ui.css",
           "pagefind-modular-ui.js", "pagefind-modular-ui.css", "pagefind-highlight.js")


class SearchBundleError(Exception):
    """Pagefind could not be run or failed."""


@dataclass(frozen=True)
class SearchPage:
    """One page as search sees it: its URL (site-relative), title, text and sections."""
    url: str
    title: str
    text: str
    sections: tuple[tuple[str, str, str], ...]   # (anchor, heading, text)
    tags: tuple[str, ...]
    boost: float


def _plain(fragment: str) -> str:
    """Material's index text is HTML (paragraphs, escaped source text): as text, except that
    angle brackets stay escaped, so that the bundle never holds anything a browser would take
    for markup (the worker decodes them for display and escapes again)."""
    text = " ".join(html.unescape(_TAG.sub(" ", fragment or "")).split())
    return text.replace("<", "&lt;").replace(">", "&gt;")


def pages_from_index(index: dict) -> list[SearchPage]:
    """Group Material's documents (one per page and one per section) into pages, in order."""
    pages: dict[str, dict] = {}
    for doc in index.get("docs") or []:
        location = doc.get("location") or ""
        url, _, anchor = location.partition("#")
        page = pages.setdefault(url, {"title": "", "text": "", "sections": [], "tags": [], "boost": 1.0})
        if "boost" in doc:
            page["boost"] = float(doc["boost"])
        for tag in map(_plain, doc.get("tags") or []):
            if tag not in page["tags"]:
                page["tags"].append(tag)
        if anchor:
            page["sections"].append((anchor, _plain(doc.get("title")), _plain(doc.get("text"))))
        else:
            page["title"], page["text"] = _plain(doc.get("title")), _plain(doc.get("text"))
    return [SearchPage(url, p["title"], p["text"], tuple(p["sections"]), tuple(p["tags"]), p["boost"])
            for url, p in pages.items()]


def page_html(page: SearchPage) -> str:
    """The page as Pagefind reads it: every piece of text escaped, headings with their anchors
    (Pagefind's sub-results), entity names as a line of text, the boost and title as metadata."""
    e = html.escape
    parts = [f'<html lang="en"><head><title>{e(page.title)}</title></head><body>',
             f'<h1 data-pagefind-meta="title">{e(page.title)}</h1>',
             f'<span data-pagefind-meta="boost:{page.boost:g}"></span>' if page.boost != 1.0 else "",
             f"<p>{e(page.text)}</p>" if page.text else ""]
    for anchor, heading, text in page.sections:
        parts.append(f'<h2 id="{e(anchor)}">{e(heading)}</h2>')
        if text:
            parts.append(f"<p>{e(text)}</p>")
    if page.tags:
        parts.append(f"<p>{e(', '.join(page.tags))}</p>")
    parts.append("</body></html>")
    return "".join(parts)


def empty_index(index: dict) -> dict:
    """What Material's scripts still fetch on every page: its configuration, no documents."""
    return {"config": index.get("config") or {}, "docs": []}


def _executable() -> str:
    try:
        from pagefind_bin import get_executable
    except ImportError:
        raise SearchBundleError("the pagefind-bin package is missing: run `make install` "
                                "(or set the digest plugin's `search: material`)") from None
    return str(get_executable())


def write_bundle(pages: list[SearchPage], out: Path, *, threads: int | None = None,
                 previous: Path | None = None) -> dict[str, bytes]:
    """Index the pages with Pagefind's command (its Rust binary, shipped by pagefind-bin) into
    `out`, replacing what was there; returns the bundle's files (path within it -> bytes). The
    pages are written as small HTML files to a temporary folder first (the binary reads a folder
    far faster than the pipe of its Python API), in memory when the system has a memory-backed
    folder with room for them (`/dev/shm`): making a thousand files on a disk costs more than
    indexing them. `threads`: how many Pagefind may use (default: one per core); `previous`: an
    earlier bundle set aside with the last site (`site_folder.set_aside`), brought up to date as `out`."""
    # `entries/x/` is read as entries/x/index.html and `entries/x.html` (without
    # use_directory_urls) as itself: Pagefind gives each back the URL it came from
    staged = [(page.url if page.url.endswith(".html") else posixpath.join(page.url, "index.html"), page_html(page))
              for page in pages]
    keep_index_url = any(p.url.endswith(".html") for p in pages)
    for where in _staging_places(sum(len(text) for _, text in staged)):
        try:
            with tempfile.TemporaryDirectory(prefix="digest-search-", dir=where) as tmp:
                files = _index(staged, Path(tmp), keep_index_url, threads)
            break
        except (OSError, SearchBundleError):
            if where is None:     # the system's usual temporary folder: nowhere else to try
                raise
    _write_tree(files, out, previous)
    return files


def _staging_places(size: int) -> list[str | None]:
    """Memory first, when it has room for the pages, the bundle and a margin; then the usual place."""
    shm = "/dev/shm"
    try:
        roomy = os.access(shm, os.W_OK | os.X_OK) and shutil.disk_usage(shm).free > 4 * size + (32 << 20)
    except OSError:
        roomy = False
    return ([shm] if roomy else []) + [None]


def _index(staged_pages: list[tuple[str, str]], tmp: Path, keep_index_url: bool,
           threads: int | None = None) -> dict[str, bytes]:
    """Pagefind run on the pages (path within the site, HTML) written under `tmp`: its bundle's files."""
    root = tmp / "site"
    for rel, html_text in staged_pages:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html_text, encoding="utf-8")
    staged = tmp / BUNDLE_DIR
    args = [_executable(), "--site", str(root), "--output-path", str(staged), "--force-language", "en", "--silent"]
    if keep_index_url:
        args.append("--keep-index-url")   # URLs end in .html: the home page is index.html too
    env = None if threads is None else {**os.environ, "RAYON_NUM_THREADS": str(threads)}   # its indexing's pool
    proc = subprocess.run(args, capture_output=True, text=True, check=False, env=env)
    if proc.returncode != 0:
        raise SearchBundleError(f"Pagefind failed: {(proc.stderr or proc.stdout).strip()[-300:]}")
    if not staged.is_dir():
        raise SearchBundleError(f"Pagefind wrote no bundle to {staged}")
    files = {path.relative_to(staged).as_posix(): path.read_bytes()
             for path in sorted(staged.rglob("*")) if path.is_file() and path.name not in _UNUSED}
    _check(files)
    return files


def _check(files: dict[str, bytes]) -> None:
    """Pagefind says nothing and exits 0 when its writes fail for want of room, leaving empty
    files: a bundle is used (and kept) only if every file has content, its entry file parses and
    every index file unpacks."""
    try:
        json.loads(files["pagefind-entry.json"])
        for name, data in files.items():
            if not data:
                raise ValueError(f"{name} is empty")
            if name.rsplit(".", 1)[-1] in ("pf_fragment", "pf_index", "pf_meta", "pf_filter"):
                gzip.decompress(data)
    except (KeyError, ValueError, EOFError, OSError, zlib.error) as err:
        raise SearchBundleError(f"Pagefind wrote an incomplete bundle ({err})") from None


def _write_tree(files: dict[str, bytes], out: Path, previous: Path | None = None) -> None:
    """Make `out` hold exactly `files`. A file already there with the same bytes is left as it is:
    a build's bundle is most often the last one, or differs from it in a few index files, and
    making a thousand files again costs the kernel more than reading them (on a file system that
    avoids reusing the inodes it has just freed, each new file costs more the more were deleted).
    Nothing is written through a link: a symbolic link is removed, a changed file is replaced by a
    new one. `previous`: an earlier bundle set aside before MkDocs emptied the site folder
    (`site_folder.set_aside`), moved back first."""
    if previous is not None and previous.is_dir() and not previous.is_symlink() and not move_if_free(previous, out):
        shutil.rmtree(previous, ignore_errors=True)
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        out.unlink()
    have: dict[str, int] = {}
    if out.is_dir():
        for path, rel in files_under(str(out)):
            st = os.lstat(path)
            if rel in files and stat.S_ISREG(st.st_mode):
                have[rel] = st.st_size
            else:           # not in this bundle, or a link: nothing is written through a link
                os.unlink(path)
    made = set()
    for name, data in files.items():
        path = out / name
        if have.get(name) == len(data) and path.read_bytes() == data:
            continue
        if path.parent not in made:
            path.parent.mkdir(parents=True, exist_ok=True)
            made.add(path.parent)
        if name in have:
            # a new file in its place: another name for the old one (a hard link in a snapshot)
            # keeps the old bytes, and a read-only file is replaced as it was deleted before
            part = path.with_name(f".{path.name}.part")
            part.write_bytes(data)
            os.replace(part, path)
        else:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            path.write_bytes(data)
    remove_empty_folders(str(out))


class BundleJob:
    """Pagefind run by a thread on a search index known before MkDocs writes the pages (the plugin
    reads every page for search once they are rendered): it indexes on another core while MkDocs
    renders the pages' templates and writes them. `build_bundle` uses what it made only if the
    index it finds at the build's end is the one the job was given; otherwise it waits for the
    job and indexes again. A bundle kept for the same pages (`kept`) is reused, as in `build_bundle`."""

    def __init__(self, docs: list[dict], out: Path, kept=None, previous: Path | None = None) -> None:
        pages = pages_from_index({"docs": docs})
        self.docs, self.key, self.pages, self.out = docs, bundle_key(pages), len(pages), Path(out)
        self.previous = previous
        self.files: dict[str, bytes] | None = kept.get_bundle(self.key) if kept is not None else None
        self.reused = self.files is not None
        self.error: BaseException | None = None
        self.seconds = 0.0
        self.thread: threading.Thread | None = None
        if not self.reused:
            self.thread = threading.Thread(target=self._run, args=(pages,), name="digest-pagefind", daemon=True)
            self.thread.start()

    def _run(self, pages: list[SearchPage]) -> None:
        started = time.perf_counter()
        try:
            # one thread: MkDocs keeps a core for the pages (Pagefind on every core slows both)
            self.files = write_bundle(pages, self.out, threads=1, previous=self.previous)
        except BaseException as err:  # noqa: BLE001 - raised in the build's thread by result()
            self.error = err
        self.seconds = time.perf_counter() - started

    def wait(self) -> None:
        """Until Pagefind is done (its errors are for `result`)."""
        if self.thread is not None:
            self.thread.join()

    def result(self) -> dict[str, bytes]:
        self.wait()
        if self.error is not None:
            raise self.error
        assert self.files is not None
        return self.files


def build_bundle(site_dir: str | Path, kept=None, job: BundleJob | None = None,
                 previous: Path | None = None) -> dict:
    """Read the search index Material wrote into `site_dir`, write the Pagefind bundle beside it
    and leave Material an index with no documents. Returns figures for the build log and bench.
    With `kept` (the plugin's parse cache: `get_bundle(key)`, `put_bundle(key, files)`), a bundle
    made from the same pages by the same Pagefind is written from there instead of indexed again,
    and a new one is kept there. With `job`, Pagefind started earlier on the same pages: its bundle
    is used as it is (made from other pages, it is replaced). `previous`: the last build's bundle,
    set aside before the site folder was emptied (`site_folder.set_aside`): what is the same is not written again."""
    site = Path(site_dir)
    path = site / INDEX_PATH
    index = json.loads(path.read_text(encoding="utf-8"))
    if job is not None:
        if index.get("docs") == job.docs and job.out == site / BUNDLE_DIR:   # the same pages: the same key
            files, reused = job.result(), job.reused
            if reused:
                _write_tree(files, site / BUNDLE_DIR, previous)
            elif kept is not None:
                kept.put_bundle(job.key, files)
            path.write_text(json.dumps(empty_index(index), separators=(",", ":")), encoding="utf-8")
            return {"pages": job.pages, "seconds": job.seconds, "reused": reused, "ahead": True}
        job.wait()     # it writes where this bundle goes
    pages = pages_from_index(index)
    started = time.perf_counter()
    key = bundle_key(pages)
    files = kept.get_bundle(key) if kept is not None else None
    reused = files is not None
    if reused:
        _write_tree(files, site / BUNDLE_DIR, previous)
    else:
        files = write_bundle(pages, site / BUNDLE_DIR, previous=previous)
        if kept is not None:
            kept.put_bundle(key, files)
    path.write_text(json.dumps(empty_index(index), separators=(",", ":")), encoding="utf-8")
    return {"pages": len(pages), "seconds": time.perf_counter() - started, "reused": reused, "ahead": False}


def bundle_key(pages: list[SearchPage]) -> bytes:
    """What a bundle is made from: Pagefind's version and every page as Pagefind reads it."""
    from digest.parsecache import package_version

    h = hashlib.sha256(package_version("pagefind-bin").encode())
    for page in pages:
        h.update(b"\0" + page.url.encode() + b"\0" + page_html(page).encode())
    return h.digest()


def read_bundle(site_dir: str | Path) -> list[dict]:
    """What the bundle lets readers find, shaped as Material's documents (`location`, `title`,
    `text`): one per page and one per section, rebuilt from Pagefind's fragments (a fragment is
    `pagefind_dcd` and JSON, gzipped; its content is the page's words, its anchors the word
    positions of the headings)."""
    docs = []
    for path in sorted((Path(site_dir) / BUNDLE_DIR / "fragment").glob("*.pf_fragment")):
        raw = gzip.decompress(path.read_bytes())
        fragment = json.loads(raw[raw.index(b"{"):])
        words = fragment.get("content", "").split(" ")
        title = (fragment.get("meta") or {}).get("title", "")
        anchors = sorted(fragment.get("anchors") or [], key=lambda a: a["location"])
        url = fragment["url"].lstrip("/")
        ends = [a["location"] for a in anchors] + [len(words)]
        docs.append({"location": url, "title": title,
                     "text": " ".join(words[len(title.split()):ends[0]]), "boost": (fragment.get("meta") or {}).get("boost")})
        for anchor, end in zip(anchors, ends[1:]):
            start = anchor["location"] + len(anchor.get("text", "").split())
            docs.append({"location": f"{url}#{anchor['id']}", "title": anchor.get("text", ""),
                         "text": " ".join(words[start:end])})
    return docs
