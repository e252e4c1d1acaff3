"""Shared bits for page text: relative links, value display, kind badges."""

from __future__ import annotations

import posixpath
import re
from functools import lru_cache

from digest.bounds import BOUND_WORDS, change_ends
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


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def timeline_date(date: str) -> str:
    """A timeline date as readers see it: an ISO date, month, quarter or year as it is; a day whose
    year the source does not state ("--09-04") in words ("4 September, year not stated")."""
    m = re.fullmatch(r"--(\d\d)-(\d\d)", date)
    if m is None or not 1 <= int(m.group(1)) <= 12:
        return date
    return f"{int(m.group(2))} {_MONTHS[int(m.group(1)) - 1]}, year not stated"


def timeline_order(date: str) -> tuple[bool, str]:
    """Dated events in date order, then those on a day with no year (they cannot be placed)."""
    return date.startswith("--"), date


def human_number(v: float | int) -> str:
    if isinstance(v, bool):
        return str(v).lower()
    for div, word in ((1e12, "T"), (1e9, "B"), (1e6, "M")):
        if abs(v) >= div and (v / div) == round(v / div, 3):
            return f"{v / div:g}{word}"
    if isinstance(v, int) or float(v).is_integer():
        return f"{int(v):,}"
    return f"{v:g}"


# a bound or a range as front matter writes them: "~4600000000", ">=1000000", "5400000000-6000000000"
_BOUNDED = re.compile(r"(~|>=|<=|>|<)?(\d+(?:\.\d+)?)(?:-(\d+(?:\.\d+)?))?")


def _number(text: str) -> int | float:
    return float(text) if "." in text else int(text)


def show_value(value, unit: str | None) -> str:
    """A value as a reader wants it: 2M tokens, 40%, 3 USD, 2027-Q1, about $4.6B, $5.4B–6B (a bound in
    the words of the claim's own sentence, `digest.bounds`)."""
    ends = change_ends(value)
    if ends:   # "from 1500000000 to 4000000000" reads "from $1.5B to $4B"
        return f"from {show_value(ends[0], unit)} to {show_value(ends[1], unit)}"
    bound = ""
    m = _BOUNDED.fullmatch(value) if isinstance(value, str) else None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        text = human_number(value)
    elif m and not m.group(1) and not m.group(3) and unit:
        text = human_number(_number(m.group(2)))   # one end of a change, written as text
    elif m and (m.group(1) or (m.group(3) and unit)):
        # (a range only with a unit: "2024-05" and "2024-2025" are dates)
        bound = BOUND_WORDS[m.group(1)] + " " if m.group(1) else ""
        text = "–".join(human_number(_number(n)) for n in m.groups()[1:] if n)
    else:
        text = str(value)
    if unit == "percent":
        return f"{bound}{text}%"
    if unit in ("USD",):
        return f"{bound}${text}"
    if unit in ("EUR",):
        return f"{bound}€{text}"
    if unit and unit not in ("points",) and text != "undisclosed":
        return f"{bound}{text} {unit}"
    if unit == "points":
        return f"{bound}{text} points"
    return bound + text


def badge(kind: str) -> str:
    """The kind in text and colour (the icon and the word, never colour alone)."""
    return f'<span class="digest-kind digest-kind--{kind}">{KIND_ICON[kind]} {KIND_LABEL[kind]}</span>'
