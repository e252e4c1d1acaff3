"""Writing source text as Markdown that renders as text: no HTML, links, attribute lists or includes."""

from __future__ import annotations

import re

_BLOCK_START = re.compile(r"^(\s*)(#|>|[-*+](?=\s)|=+\s*$|-+\s*$|~~~|```|!!!)")  # "!!!" opens an admonition
_ORDERED = re.compile(r"^(\s*\d+)([.)])(?=\s)")
_ESCAPES = {"\\": "\\\\", "[": "\\[", "]": "\\]", "{": "\\{", "}": "\\}", "`": "\\`",
            "<": "&lt;", ">": "&gt;", "&": "&amp;", "|": "\\|", "!": "!", "*": "\\*", "_": "_"}
_ESCAPE_RE = re.compile(r"[\\\[\]{}`<>&|*]")


def escape_inline(text: str) -> str:
    """Escape text so Markdown shows it literally (inside a paragraph, list item or table cell)."""
    return _ESCAPE_RE.sub(lambda m: _ESCAPES[m.group()], text)


def escape_line(text: str) -> str:
    """Escape a whole line, including what would start a block (heading, quote, list, rule)."""
    out = escape_inline(text)
    m = _BLOCK_START.match(out)
    if m:
        out = m.group(1) + "\\" + out[len(m.group(1)):]
    # "1. text" would start an ordered list: escape the period, not the digit
    return _ORDERED.sub(lambda m: m.group(1) + "\\" + m.group(2), out)


_UNESCAPE_RE = re.compile(r"\\([\\\[\]{}`|*#>+\-=~.)!])")


def unescape(markdown: str) -> str:
    """The text a reader sees, for checking that quotes stand verbatim in a body."""
    text = _UNESCAPE_RE.sub(r"\1", markdown)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def table(rows: list[list[str]], header: list[str]) -> str:
    def row(cells):
        return "| " + " | ".join(escape_inline(c).replace("\n", " ") for c in cells) + " |"

    lines = [row(header), "|" + "|".join("---" for _ in header) + "|"]
    lines.extend(row(r + [""] * (len(header) - len(r))) for r in rows)
    return "\n".join(lines)
