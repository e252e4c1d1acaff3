"""Search split into fragments: Material's search index turned into a Pagefind bundle.

Material's search plugin writes one `search/search_index.json` that the browser downloads whole
on the first search (7 MB at 5,000 entries). After the build, this module hands the same
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
import re
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

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


def write_bundle(pages: list[SearchPage], out: Path) -> None:
    """Index the pages with Pagefind's command (its Rust binary, shipped by pagefind-bin) into
    `out`, replacing what was there. The pages are written as small HTML files to a temporary
    folder first: the binary reads a folder far faster than the pipe of its Python API."""
    with tempfile.TemporaryDirectory(prefix="digest-search-") as tmp:
        root = Path(tmp) / "site"
        for page in pages:
            # `entries/x/` is read as entries/x/index.html and `entries/x.html` (without
            # use_directory_urls) as itself: Pagefind gives each back the URL it came from
            path = root / page.url if page.url.endswith(".html") else root / page.url / "index.html"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(page_html(page), encoding="utf-8")
        staged = Path(tmp) / BUNDLE_DIR
        args = [_executable(), "--site", str(root), "--output-path", str(staged), "--force-language", "en", "--silent"]
        if any(p.url.endswith(".html") for p in pages):
            args.append("--keep-index-url")   # URLs end in .html: the home page is index.html too
        proc = subprocess.run(args, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            raise SearchBundleError(f"Pagefind failed: {(proc.stderr or proc.stdout).strip()[-300:]}")
        for name in _UNUSED:
            (staged / name).unlink(missing_ok=True)
        if out.exists():
            shutil.rmtree(out)
        shutil.move(str(staged), str(out))


def build_bundle(site_dir: str | Path, kept: Path | None = None) -> dict:
    """Read the search index Material wrote into `site_dir`, write the Pagefind bundle beside it
    and leave Material an index with no documents. Returns figures for the build log and bench.
    With `kept` (a folder of the plugin's cache), a bundle made from the same pages by the same
    Pagefind is copied from there instead of indexed again, and a new one is kept there."""
    site = Path(site_dir)
    path = site / INDEX_PATH
    index = json.loads(path.read_text(encoding="utf-8"))
    pages = pages_from_index(index)
    started = time.perf_counter()
    key = bundle_key(pages)
    reused = kept is not None and _kept_key(kept) == key
    if reused:
        try:
            if (site / BUNDLE_DIR).exists():
                shutil.rmtree(site / BUNDLE_DIR)
            shutil.copytree(kept / BUNDLE_DIR, site / BUNDLE_DIR, copy_function=shutil.copyfile)
        except OSError:     # the kept copy went away meanwhile: index as if there were none
            reused, kept = False, None
    if not reused:
        write_bundle(pages, site / BUNDLE_DIR)
        if kept is not None:
            _keep(site / BUNDLE_DIR, kept, key)
    path.write_text(json.dumps(empty_index(index), separators=(",", ":")), encoding="utf-8")
    return {"pages": len(pages), "seconds": time.perf_counter() - started, "reused": reused}


def bundle_key(pages: list[SearchPage]) -> str:
    """What a bundle is made from: Pagefind's version and every page as Pagefind reads it."""
    try:
        from importlib import metadata

        version = metadata.version("pagefind-bin")
    except Exception:
        version = "-"
    h = hashlib.sha256(version.encode())
    for page in pages:
        h.update(b"\0" + page.url.encode() + b"\0" + page_html(page).encode())
    return h.hexdigest()


def _kept_key(kept: Path) -> str | None:
    try:
        return (kept / "key").read_text(encoding="ascii").strip() if (kept / BUNDLE_DIR).is_dir() else None
    except (OSError, UnicodeDecodeError):
        return None


def _keep(bundle: Path, kept: Path, key: str) -> None:
    """A copy of the bundle, put in place whole with its key written last; the old key goes first,
    so a copy half removed is never taken for a bundle. A failed copy only costs an indexing."""
    new = None
    try:
        new = Path(tempfile.mkdtemp(dir=kept.parent, prefix=".pagefind-"))
        shutil.copytree(bundle, new / BUNDLE_DIR, copy_function=shutil.copyfile)
        (kept / "key").unlink(missing_ok=True)
        shutil.rmtree(kept, ignore_errors=True)
        if kept.exists():
            raise OSError(f"{kept} could not be removed")
        os.replace(new, kept)
        new = None
        tmp = kept / ".key"
        tmp.write_text(key + "\n", encoding="ascii")
        os.replace(tmp, kept / "key")
    except OSError:
        pass
    finally:
        if new is not None:
            shutil.rmtree(new, ignore_errors=True)


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
