"""Tables that lost their markup in a dump (cells split by space runs, numbers under a header row,
numbers glued together) rebuilt as pipe rows, one row per source line; anything unsure stays text."""

from __future__ import annotations

import re

from digest.clean.mojibake import MARK

_RUN = re.compile(r"\s{2,}|\t")
_NUMBER = re.compile(r"^[-+~≈]?[$€£¥]?\d[\d,]*(?:\.\d+)?(?:%|x|×|[kKmMbB]|ms|s)?$")
_GLUED_ROW = re.compile(r"^(?P<label>.*?[^\d.,\s])\s*(?P<nums>(?:[-+]?\d+(?:\.\d+)?%){2,})$")
_GLUED_NUM = re.compile(r"[-+]?\d+(?:\.\d+)?%")
_VERSION = re.compile(r"^(?:[A-Z]|\d+(?:\.\d+)?[A-Za-z]?)$")   # "Arm A", "Claude 3", "Gemini 1.5", "Llama 8B"
_CASE_JOIN = re.compile(r"(?<=[a-z])(?=[A-Z])")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]+$")   # "GPQA", "MMLU": a column of its own, no word of the name before it


def _plain(line: str) -> str:
    return line.replace(MARK, "").strip()


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(c.replace("|", "/").strip() for c in cells) + " |"


def _as_table(header: list[str], rows: list[list[str]]) -> list[str]:
    """One pipe line per input line (header first, no rule line), so line indexes stay put."""
    width = len(header)
    return [_row(header)] + [_row(r + [""] * (width - len(r))) for r in rows]


def _spaced(line: str) -> list[str] | None:
    cells = [c for c in _RUN.split(line.strip()) if c]
    return cells if len(cells) >= 2 else None


# a cell a results table leaves empty ("-", "n/a"), and a unit written apart from its figure ("+10.5 pp")
_EMPTY_CELL = re.compile(r"^(?:[-–—]|n/?a|N/?A|n\.a\.)$")
_UNIT_APART = re.compile(r"^(?:pp|p\.p\.|pts?|bps?)$")


def _value_tokens(line: str) -> list[str]:
    out: list[str] = []
    for t in line.split():
        if out and _UNIT_APART.match(t) and _NUMBER.match(out[-1]):
            out[-1] += " " + t
        else:
            out.append(t)
    return out


def _numeric_row(line: str) -> tuple[str, list[str]] | None:
    """A label, then two or more figures; an empty cell ("-") counts among them, not as one of the two."""
    tokens = _value_tokens(line)
    if not 3 <= len(tokens) <= 14:
        return None
    first = next((i for i, t in enumerate(tokens) if _NUMBER.match(t.split()[0])), None)
    if not first or not all(_NUMBER.match(t.split()[0]) or _EMPTY_CELL.match(t) for t in tokens[first:]) \
            or sum(not _EMPTY_CELL.match(t) for t in tokens[first:]) < 2:
        return None
    return " ".join(tokens[:first]), tokens[first:]


def _split_header(line: str, width: int) -> list[str] | None:
    """A header line cut into `width` cells: words joined where a name goes on ("GPT-4 Turbo")."""
    tokens = line.split()
    if len(tokens) < width:
        return None
    while len(tokens) > width:
        # join a name to its continuation: after a token with a digit or hyphen, or before "(…)"
        at = next((i for i in range(1, len(tokens) - 1)
                   if (re.search(r"[\d-]", tokens[i]) and not re.search(r"[\d-]", tokens[i + 1]) and not _ACRONYM.match(tokens[i + 1]))
                   or tokens[i + 1].startswith("(") or _VERSION.match(tokens[i + 1])), None)
        if at is None:
            return None
        tokens[at:at + 2] = [tokens[at] + " " + tokens[at + 1]]
    if any(t.count("(") != t.count(")") for t in tokens) or any(t.startswith("(") for t in tokens[1:]):
        return None   # "Input price (US$/M" and "tokens)", "(%)": a column's words cut apart, the columns unsure
    return tokens


_PERIOD_HEAD = re.compile(r"^\(?(?:Q[1-4]|H[12]|FY|[1-4]Q|9M)$")
_YEAR_TAIL = re.compile(r"^(?:19|20)\d\d\)?$")


def _words_only(token: str) -> bool:
    return not re.search(r"\d", re.sub(r"\([^()]*\)", "", token))


def _split_header_words(line: str, width: int) -> list[str] | None:
    """A results table's header cut into `width` cells where only one cut is possible: a period stays
    whole ("Q2 2024"), a bracketed part stays with the word before it ("Change (%)") and ends its
    cell, and two words go together only where the number of cells asks for every such join
    ("Metric Q2 2024 Q2 2023 YoY Change (%) Consensus Estimates (Q2 2024)": five cells)."""
    units: list[str] = []
    for t in line.split():
        if units and (units[-1].count("(") > units[-1].count(")") or t.startswith("(")
                      or (_YEAR_TAIL.match(t) and _PERIOD_HEAD.match(units[-1].rsplit(" ", 1)[-1]))):
            units[-1] += " " + t
        else:
            units.append(t)
    # a word that follows every period alike is part of each period's cell ("Q2 2024 Revenue Q2 2023 Revenue")
    periods = [i for i, u in enumerate(units) if _YEAR_TAIL.match(u.rsplit(" ", 1)[-1]) and " " in u]
    if len(periods) >= 2 and all(i + 1 < len(units) and _words_only(units[i + 1]) and units[i + 1] == units[periods[0] + 1]
                                 and not units[i + 1].startswith("(") for i in periods) and len(units) - len(periods) >= width:
        for i in reversed(periods):
            units[i:i + 2] = [units[i] + " " + units[i + 1]]
    need = len(units) - width
    joins = [i for i in range(len(units) - 1)
             if _words_only(units[i]) and _words_only(units[i + 1]) and not units[i].endswith(")")]
    if need < 0 or len(joins) != need or any(b == a + 1 for a, b in zip(joins, joins[1:])):
        return None   # (a run of three words could be cut in two places)
    for i in reversed(joins):
        units[i:i + 2] = [units[i] + " " + units[i + 1]]
    if any(u.count("(") != u.count(")") for u in units):
        return None
    return units


_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


def _groups(tokens: list[str], width: int) -> list[str] | None:
    """`tokens` cut into `width` groups of as many tokens, each with a figure, all of one shape once
    their figures are set aside: "72.5% 72.7%", "200K tokens 200K tokens", "$15 / $75 per MTok $3 / $15 per MTok"."""
    if not tokens or len(tokens) % width:
        return None
    k = len(tokens) // width
    groups = [" ".join(tokens[g * k:(g + 1) * k]) for g in range(width)]
    shapes = {_DIGITS.sub("9", g) for g in groups}
    return groups if len(shapes) == 1 and all(_DIGITS.search(g) for g in groups) else None


def _paired_row(line: str, width: int) -> list[str] | None:
    """A row: a label of one to four words, then `width` like-shaped groups of values."""
    tokens = line.split()
    for lead in range(1, min(4, len(tokens) - width) + 1):
        if _DIGITS.search(tokens[lead - 1]) and lead > 1:
            break   # (a label's words carry no figure past its first word: "SWE-bench", "GPQA Diamond")
        groups = _groups(tokens[lead:], width)
        if groups:
            return [" ".join(tokens[:lead])] + groups
    return None


def _paired_block(lines: list[str], i: int) -> tuple[list[str], list[list[str]], int] | None:
    """A comparison table flattened to single spaces: "Feature Claude Opus 4 Claude Sonnet 4" over
    "SWE-bench 72.5% 72.7%", "Context Window 200K tokens 200K tokens", …; the header's names are as
    many groups of as many words after its label. Rows that do not split so stay as a row with its
    label only (their text kept); at least three rows must split, and more than half of them."""
    head = _plain(lines[i]).split()
    n = len(lines)
    for width in (2, 3):
        for lead in (1, 2):
            rest = head[lead:]
            if not rest or len(rest) % width or len(rest) // width > 4:
                continue
            k = len(rest) // width
            names = [" ".join(rest[g * k:(g + 1) * k]) for g in range(width)]
            # the names differ, and share their first word or their shape ("Claude Opus 4", "Claude Sonnet 4")
            if len(set(names)) < width or len({x.split()[0] for x in names}) > 1 and len({_DIGITS.sub("9", x) for x in names}) > 1:
                continue
            rows, j, split = [], i + 1, 0
            while j < n and _plain(lines[j]) and not _plain(lines[j]).startswith("|"):
                row = _paired_row(_plain(lines[j]), width)
                if row is None and len(_plain(lines[j]).split()) > 12:
                    break   # a sentence, not a row
                split += row is not None
                rows.append(row or [_plain(lines[j])])
                j += 1
            while rows and len(rows[-1]) == 1:
                rows.pop()
                j -= 1
            if split >= 3 and split * 2 > len(rows):
                return [" ".join(head[:lead])] + names, rows, j
    return None


def _glued_header(line: str, width: int) -> list[str] | None:
    cells = [c.strip() for c in _CASE_JOIN.split(line) if c.strip()]
    return cells if len(cells) == width else None


# a Markdown table written without its outer pipes: "Specification | iPhone 16 | iPhone 16 Plus |" over "---|---|---|"
_BARE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")


def _bare_pipe_cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def rebuild_tables(lines: list[str]) -> list[str]:
    out: list[str] = []
    i, n = 0, len(lines)
    while i < n:
        line = _plain(lines[i])
        if "|" in line and not line.startswith("|") and i + 1 < n and _BARE_RULE.match(_plain(lines[i + 1])):
            width = len(_bare_pipe_cells(line))
            j = i + 2
            while j < n and "|" in _plain(lines[j]) and len(_bare_pipe_cells(_plain(lines[j]))) >= 2:
                j += 1
            if width >= 2 and j > i + 2:
                out.append(_row(_bare_pipe_cells(line)))
                out.append("|" + "---|" * width)
                out.extend(_row(_bare_pipe_cells(_plain(x))) for x in lines[i + 2:j])
                i = j
                continue
        # cells separated by runs of spaces: three or more lines with one column count
        cells = _spaced(lines[i].replace(MARK, "")) if line else None
        if cells:
            j = i
            rows = []
            while j < n and _plain(lines[j]):
                row = _spaced(lines[j].replace(MARK, ""))
                if not row or len(row) != len(cells):
                    break
                rows.append(row)
                j += 1
            if len(rows) >= 3:
                out.extend(_as_table(rows[0], rows[1:]))
                i = j
                continue
        # a header of a label and names over rows of values in as many like-shaped groups (single spaces)
        paired = _paired_block(lines, i) if line else None
        if paired:
            header, rows, j = paired
            out.extend(_as_table(header, rows))
            i = j
            continue
        # a header over rows of numbers (single spaces)
        first = _numeric_row(_plain(lines[i + 1])) if i + 1 < n and line else None
        if first and not _numeric_row(line):
            width = len(first[1]) + 1
            header = _split_header_words(line, width) or _split_header(line, width)
            j, rows = i + 1, []
            while j < n and _numeric_row(_plain(lines[j])):
                label, nums = _numeric_row(_plain(lines[j]))
                if len(nums) > width - 1:
                    break
                rows.append([label] + nums)
                j += 1
            if header and sum(1 for r in rows if len(r) == width) >= 2:
                out.extend(_as_table(header, rows))
                i = j
                continue
        # numbers glued to their label and to each other
        m = _GLUED_ROW.match(_plain(lines[i + 1])) if i + 1 < n and line else None
        if m and not _GLUED_ROW.match(line):
            width = len(_GLUED_NUM.findall(m.group("nums"))) + 1
            header = _glued_header(line, width) or _split_header(line, width)
            j, rows = i + 1, []
            while j < n and _GLUED_ROW.match(_plain(lines[j])):
                g = _GLUED_ROW.match(_plain(lines[j]))
                nums = _GLUED_NUM.findall(g.group("nums"))
                if len(nums) != width - 1:
                    break
                rows.append([g.group("label").strip()] + nums)
                j += 1
            if header and len(rows) >= 2:
                out.extend(_as_table(header, rows))
                i = j
                continue
        out.append(lines[i])
        i += 1
    return out
