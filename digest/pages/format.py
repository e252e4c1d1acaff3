"""Shared bits for page text: relative links, value display, kind badges."""

from __future__ import annotations

import posixpath
from functools import lru_cache

from digest.extract.markdown import escape_inline

KIND_LABEL = {"conflicts": "conflicts", "agrees": "agrees", "related": "related"}
KIND_ICON = {"conflicts": "✗", "agrees": "✓", "related": "↔"}


@lru_cache(maxsize=262144)
def rel(from_src: str, to_src: str) -> str:
    """A relative Markdown link target from one source file to another (MkDocs resolves .md links)."""
    base = posixpath.dirname(from_src)
    return posixpath.relpath(to_src, base or ".")


def link(text: str, from_src: str, to_src: str, anchor: str | None = None) -> str:
    if from_src == to_src and anchor:
        return f"[{escape_inline(text)}](#{anchor})"
    target = rel(from_src, to_src) + (f"#{anchor}" if anchor else "")
    return f"[{escape_inline(text)}]({target})"


def human_number(v: float | int) -> str:
    if isinstance(v, bool):
        return str(v).lower()
    for div, word in ((1e12, "T"), (1e9, "B"), (1e6, "M")):
        if abs(v) >= div and (v / div) == round(v / div, 3):
            return f"{v / div:g}{word}"
    if isinstance(v, int) or float(v).is_integer():
        return f"{int(v):,}"
    return f"{v:g}"


def show_value(value, unit: str | None) -> str:
    """A value as a reader wants it: 2M tokens, 40%, 3 USD, 2027-Q1."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        text = human_number(value)
    else:
        text = str(value)
    if unit == "percent":
        return f"{text}%"
    if unit in ("USD",):
        return f"${text}"
    if unit in ("EUR",):
        return f"€{text}"
    if unit and unit not in ("points",) and text != "undisclosed":
        return f"{text} {unit}"
    if unit == "points":
        return f"{text} points"
    return text


def badge(kind: str) -> str:
    """The kind in text and colour (the icon and the word, never colour alone)."""
    return f'<span class="digest-kind digest-kind--{kind}">{KIND_ICON[kind]} {KIND_LABEL[kind]}</span>'
