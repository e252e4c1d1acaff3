"""An allow-list for entry pages' HTML (nh3): defence in depth behind Markdown escaping."""

from __future__ import annotations

import nh3

TAGS = {
    "a", "abbr", "aside", "b", "blockquote", "br", "code", "dd", "del", "details", "div", "dl", "dt",
    "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p",
    "pre", "q", "s", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td",
    "tfoot", "th", "thead", "tr", "u", "ul",
}
COMMON = {"class", "id", "title", "aria-label", "aria-hidden", "role", "lang", "dir", "data-search-exclude",
          "tabindex"}
ATTRIBUTES = {
    "*": COMMON,
    "a": {"href"},
    "img": {"src", "alt", "width", "height", "loading"},
    "td": {"align", "colspan", "rowspan"},
    "th": {"align", "colspan", "rowspan"},
    "ol": {"start"},
}


def _filter(tag: str, attr: str, value: str):
    # The site works offline: no remote images.
    if tag == "img" and attr == "src" and ("://" in value or value.startswith("//")):
        return None
    return value


def sanitize(html: str) -> str:
    return nh3.clean(html, tags=TAGS, attributes=ATTRIBUTES, url_schemes={"http", "https", "mailto"},
                     link_rel=None, attribute_filter=_filter, strip_comments=True)
