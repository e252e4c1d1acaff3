"""Lines a scrape broke inside a sentence, joined again.

Some pages reach us with their text cut at a fixed width or at the inline links a scraper dropped:
"Die 69 Milliarden Dollar schwere Übernahme von" / "Vmware durch" / "Broadcom stand bis zuletzt …".
Read line by line, the first piece looks like a title and the second like a heading. A line is
joined to the one right below it (no blank line between) when it cannot end there: its last word
is an article, a preposition or a conjunction that never closes a clause (`grammar.unfinished_ends`
in site_config/languages.yml), it ends on an opening bracket or a comma, or the next line goes on
in lower case after a line with no closing punctuation (unless it is a line that stands alone, such
as a month and its year under a headline: "febrero 2025"). A page wrapped at a fixed width as a whole
(`wrapped_at_width`) is left to structure building, which joins its paragraphs by their lengths.
"""

from __future__ import annotations

import re

from digest.clean.mojibake import MARK

_FULL_STOPS = (".", "!", "?", ":", ";", "。", "！", "？", "…")
_QUOTES = '"”»」)]' + "'’"
_LIST_OR_TABLE = re.compile(r"^\s*(?:[-*•·|]|\d{1,2}[.)]\s)")
_LAST_WORD = re.compile(r"(?:^|(?<=\s))([^\W\d_][\w'’]*)$")   # (a whole word: not the "com" of an address)
# a byline under a caption or a headline ("par Claire Dumas", "by Jane Roe"): a line of its own
_BYLINE = re.compile(r"^(?:by|par|por|von|di|da|door|de|pelo|pela)\s+(?-i:[A-ZÀ-ÖØ-Þ])", re.I)


def _opens_next(line: str, nxt: str, ends: frozenset[str], alone=None) -> bool:
    if not line or not nxt or _LIST_OR_TABLE.match(nxt) or _LIST_OR_TABLE.match(line):
        return False
    if line.endswith(("(", "[", "„", "«", "“")) or (line.endswith(",") and len(line.split()) >= 4):
        return True
    last = _LAST_WORD.search(line)
    if last and last.group(1) in ends and len(line.split()) >= 3:
        return True
    # "Vmware kaufen zu wollen ("Swiss IT Reseller"" / "berichtete). …": a sentence going on in lower case
    return len(line.split()) >= 4 and len(nxt.split()) >= 2 and nxt[:1].islower() and nxt[:1].isalpha() \
        and not _BYLINE.match(nxt) \
        and not line.rstrip(_QUOTES).endswith(_FULL_STOPS) \
        and not (alone and alone(nxt))   # ("febrero 2025" under a headline stands alone; after "publicado en" it goes on)


def wrapped_at_width(lines: list[str]) -> bool:
    """Most of the page cut at a fixed width: more than one line in seven goes on in lower case
    below a line with no closing punctuation (structure building then joins its paragraphs)."""
    nonempty = [ln.strip() for ln in lines if ln.strip()]
    if len(nonempty) < 6:
        return False
    breaks = sum(
        1 for a, b in zip(nonempty, nonempty[1:])
        if not a.endswith((".", "!", "?", ":", '"', "”")) and b[:1].islower()
    )
    return breaks / len(nonempty) > 0.15


def join_broken_lines(raw: list[str], ends: frozenset[str], alone=None) -> list[str]:
    """`raw` with each line that cannot end where it does joined to the next one (see the module's
    docstring). A line that lost a decorative mark (a heading hint) is left as it is, and so is a
    page wrapped at a fixed width as a whole: structure building unwraps those by their own rules
    (which must see the page's lines as the source has them). `alone(line)`: a line in lower case
    that does not go on from a line above it with no closing punctuation (it still ends a line cut
    after a preposition)."""
    if wrapped_at_width(raw):
        return raw
    out: list[str] = []
    for line in raw:
        prev = out[-1] if out else ""
        # (an indented line is code or a nested list, never a sentence broken by a scrape)
        if out and not prev.startswith((MARK, " ", "\t")) and not line.startswith((MARK, " ", "\t")) \
                and _opens_next(prev.strip(), line.strip(), ends, alone):
            out[-1] = prev.rstrip() + " " + line.strip()   # (a space even after "(": quotes stay the source's words)
            continue
        out.append(line)
    return out
