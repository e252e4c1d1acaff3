"""Links between pages as HTML, and slots: places in a page's Markdown that HTML fills after
Markdown has run.

Generated pages hold thousands of links; as Markdown, their inline processing cost more than the
rest of a build. So a page's Markdown keeps its headings and prose (for the table of contents and
search) and a slot for each large block; the block is built here as HTML, with links relative to
the page's URL, and put in the slot after Markdown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from html import escape

from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

SLOT_PREFIX = "digest-slot-"


def slot_element(name: str) -> str:
    return f'<div id="{SLOT_PREFIX}{name}"></div>'


def slot(name: str) -> str:
    """The Markdown for a slot: an empty element that Markdown and the sanitiser pass through."""
    return f"\n{slot_element(name)}\n"


def fill(page_html: str, parts: dict[str, str], last: bool = False) -> str:
    """Put each part into its slot. With `last`, the last matching element is used: on entry pages
    the slots come after the contributor's text, which could hold a look-alike."""
    for name, html in parts.items():
        marker = slot_element(name)
        at = page_html.rfind(marker) if last else page_html.find(marker)
        if at >= 0:
            page_html = page_html[:at] + html + page_html[at + len(marker):]
    return page_html


def default_url(src: str) -> str:
    """A page's URL as MkDocs gives it with `use_directory_urls` on (the plugin passes its own)."""
    return File(src, "", "", True).url


class Links:
    """Relative links between pages, given each page's URL (from MkDocs in the plugin)."""

    def __init__(self, url_of: Callable[[str], str] = default_url):
        self.url = lru_cache(maxsize=None)(url_of)
        self._rel = lru_cache(maxsize=262144)(lambda a, b: get_relative_url(self.url(b), self.url(a)))

    def href(self, from_src: str, to_src: str, anchor: str | None = None) -> str:
        if from_src == to_src and anchor:
            return f"#{anchor}"
        return self._rel(from_src, to_src) + (f"#{anchor}" if anchor else "")

    def a(self, text: str, from_src: str, to_src: str, anchor: str | None = None) -> str:
        return f'<a href="{escape(self.href(from_src, to_src, anchor))}">{escape(text)}</a>'


@dataclass
class PageParts:
    """A generated page: Markdown with slots, and the HTML for each slot."""

    src: str
    markdown: str
    html: dict[str, str] = field(default_factory=dict)


def html_table(header: list[str], rows: list[list[str]], labelled: bool = False) -> str:
    """An HTML table of already-escaped cells; no class, so the theme styles it as its own.
    With `labelled`, each cell carries its column's name (`data-label`, escaped text), which the
    phone layout shows when it lays each row out as a card."""
    head = "".join(f"<th>{h}</th>" for h in header)
    if labelled:
        body = "\n".join("<tr>" + "".join(f'<td data-label="{h}">{c}</td>' for h, c in zip(header, r)) + "</tr>"
                         for r in rows)
    else:
        body = "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>"


def bullets(items: list[str], cls: str | None = None) -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<ul{attr}>\n" + "\n".join(f"<li>{i}</li>" for i in items) + "\n</ul>"


def unsearched(html: str) -> str:
    """A block search skips (Material's `data-search-exclude`): lists that repeat what entries
    already put in the index, which the browser loads whole on the first search."""
    return f"<div data-search-exclude>\n{html}\n</div>"


def is_unsearched(html: str) -> bool:
    """A block made by `unsearched`: the plugin puts it in once search has read the page."""
    return html.startswith("<div data-search-exclude>\n")
