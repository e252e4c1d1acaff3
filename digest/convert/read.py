"""Reading inputs: each format's reader, chosen by file extension or by the first bytes."""

from __future__ import annotations

from pathlib import Path

from digest.config import Knowledge
from digest.sources.decode import DEFAULT_MAX_BYTES, decode, read_input
from digest.sources.document import Document

TEXT_EXT = {".txt", ".text", ".md", ""}
HTML_EXT = {".html", ".htm", ".xhtml"}
FEED_EXT = {".xml", ".rss", ".atom", ".feed"}
INPUT_EXT = TEXT_EXT | HTML_EXT | FEED_EXT


def _read_feed(data: bytes, ext: str, head: bytes, shown: str, k, rejected) -> list[Document] | None:
    if ext in FEED_EXT or head.startswith((b"<?xml", b"<rss", b"<feed")):
        from digest.sources import feed

        if ext in FEED_EXT or feed.sniff_feed(data):
            return feed.read_feed(data, shown, rejected)
    return None


def _read_html(data: bytes, ext: str, head: bytes, shown: str, k, rejected) -> list[Document] | None:
    if ext in HTML_EXT or head.startswith((b"<!doctype html", b"<html")):
        from digest.sources import html

        return [html.read_html(data, shown, k)]
    return None


# tried in order; page text is what remains
READERS = (_read_feed, _read_html)


def read_documents(path: Path, shown: str, max_bytes: int = DEFAULT_MAX_BYTES,
                   k: Knowledge | None = None, rejected: list[str] | None = None) -> list[Document]:
    """The documents in one input; a feed item that cannot be read gets a line in `rejected`."""
    data = read_input(path, max_bytes)
    ext = path.suffix.lower()
    head = data[:2048].lstrip().lower()
    for reader in READERS:
        docs = reader(data, ext, head, shown, k, rejected)
        if docs is not None:
            return docs
    return [Document(path=shown, text=decode(data, shown))]


def doc_key(doc: Document) -> str:
    """The identity of an input: its file, plus the item's id for a feed item."""
    return doc.path + (f"#{doc.item_id}" if doc.item_id else "")
