"""Escaping at the site's outputs: an allow-list for entry pages' HTML (nh3, defence in depth behind
Markdown escaping), front-matter values the theme prints raw, and link targets in Markdown."""

from __future__ import annotations

import html
import re

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


_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):", re.I)
_URL_NOISE = re.compile(r"[\x00-\x20\x7f]")   # browsers drop these inside a URL ("jav\tascript:")
SCHEMES = {"http", "https", "mailto"}


def _filter(tag: str, attr: str, value: str):
    if attr in ("href", "src"):
        bare = _URL_NOISE.sub("", value)
        m = _SCHEME.match(bare)
        if m and m.group(1).lower() not in SCHEMES:
            return None
        # The site works offline: no remote images.
        if tag == "img" and attr == "src" and ("://" in bare or bare.startswith(("//", "\\", "/\\", "\\/"))):
            return None
    return value


def sanitize(html: str) -> str:
    return nh3.clean(html, tags=TAGS, attributes=ATTRIBUTES, url_schemes=SCHEMES,
                     link_rel=None, attribute_filter=_filter, strip_comments=True)


# --- values the theme prints without escaping ------------------------------------------------------

# Material prints these front-matter values into pages unescaped (`<meta name="author">`, tag chips,
# the description meta tag) and the RSS plugin puts author and tags into the feed's XML as they are
# and the description as the item's HTML: each is text, so it is escaped once, here.
THEME_TEXT_KEYS = ("author", "tags", "description")


def theme_safe_meta(meta: dict) -> dict:
    """The front-matter values the theme and the feed print raw, as escaped text.

    The title is escaped for markup only (`<`, `>`): the tags index prints it raw, while the feed
    escapes it again as XML, where an escaped `&` would show as "&amp;" in every reader."""
    out = {}
    for key in THEME_TEXT_KEYS:
        value = meta.get(key)
        if isinstance(value, (list, tuple)):
            out[key] = [html.escape(str(v)) for v in value if v is not None]
        elif value is not None:
            out[key] = html.escape(str(value))
    if isinstance(meta.get("title"), str):
        out["title"] = meta["title"].replace("<", "&lt;").replace(">", "&gt;")
    return out


# Characters that end or extend a Markdown link target, or start an attribute list after it.
_URL_UNSAFE = re.compile(r"[\s()\[\]{}<>\"'`\\*_|]")


def markdown_url(url: str) -> str:
    """A URL as a Markdown link target that stays one link: what Markdown or `attr_list` would
    read as syntax is percent-encoded (`https://x/1){:onclick=…}` keeps its braces inside the URL)."""
    return _URL_UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode("utf-8")), url)
