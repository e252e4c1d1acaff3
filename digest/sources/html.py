"""Saved news pages: the article as escaped Markdown, metadata from JSON-LD, meta tags and the page.

The page is parsed once (markup.py); its main text becomes blocks (blocks.py), and each field
(title, publisher, author, date, URL) has its own function over the evidence gathered from that
one tree (evidence.py), as trafilatura's metadata module does.
"""

from __future__ import annotations

import re

from digest.config import Knowledge, load_knowledge
from digest.errors import RejectedInput
from digest.sources import evidence as ev
from digest.sources.blocks import drop_furniture, extract_blocks, fallback_blocks, render_blocks, text_size
from digest.sources.document import Document
from digest.sources.markup import decode_markup, parse_page


def read_html(data: bytes, path: str, k: Knowledge | None = None) -> Document:
    """A saved news page: main text as escaped Markdown and the best metadata the page offers."""
    text = decode_markup(data, path)
    if not re.search(r"<(?:html|head|body|p|div|article|title)\b", text[:200000], re.I):
        raise RejectedInput(path, "no HTML markup found; save the page as HTML or convert it as a text dump")
    tree = parse_page(text, path)
    blocks = extract_blocks(tree) or extract_blocks(tree, favor_recall=True)
    if text_size(blocks) < 40:
        blocks = fallback_blocks(tree)
    if text_size(blocks) < 40:
        raise RejectedInput(path, "no article text found in the page; save the article page itself, "
                                  "not an index, a log-in wall or a script-only shell")
    pg = ev.gather(tree)
    title, site = ev.title_and_site(pg)
    publisher = ev.publisher_of(pg, site)
    author = ev.author_of(pg, blocks, publisher)
    if blocks and blocks[0][0] in ("h", "p") and title and ev.squash(blocks[0][1]) == ev.squash(title):
        blocks = blocks[1:]  # the headline is the entry's title, not body text
    blocks = drop_furniture(blocks, k or load_knowledge())
    body = render_blocks(blocks)
    plain = " ".join(b[1] for b in blocks if isinstance(b[1], str))
    extra = {key: v for key, v in (("original", ev.original_source(tree, publisher)),
                                   ("description", pg.meta.get("description") or pg.meta.get("og:description")))
             if v}
    return Document(path=path, text=body, is_markdown=True, title=title or None, author=author,
                    publisher=publisher, date=ev.date_of(pg), url=ev.url_of(pg), language=ev.language_of(tree, pg.meta, plain),
                    extra=extra)
