"""Repairing damaged characters: ftfy for the usual mojibake, plus the lossy Thai-code-page kind.

Some scrapers read UTF-8 bytes as TIS-620/cp874 (a Thai code page) and drop the bytes that code
page cannot show (0x80-0x9F). "•" (E2 80 A2) becomes "โข", an emoji (F0 9F 92 A1) becomes "๐ก".
ftfy cannot undo that because bytes are missing. We rebuild each damaged run's possible byte
sequences, keep the result when it is an ordinary text character we can be sure of, and drop
decorative damage (emoji, arrows). Genuine Thai words are left alone: damage runs are short and
never touch other Thai letters.
"""

from __future__ import annotations

import itertools
import re
import unicodedata

import ftfy

# A line that lost a decorative mark at its start carries this marker until structure detection
# has used it as a heading hint; it never reaches an entry.
MARK = "\ue000"

_LEAD_LEN = {0xE2: 2, 0xE3: 2, 0xEF: 2, 0xF0: 3}
_RUN = re.compile("[\u0e42\u0e4f\u0e50\u0e43][\u00a0\u0e01-\u0e1f]{0,3}")
_THAI = re.compile("[\u0e01-\u0e7f]")
# Characters that carry meaning in running text, in order of preference when a run is ambiguous.
_TEXT_CHARS = "•…™€→←↑↓✓·"
_LOST = range(0x80, 0xA0)


def _candidates(raw: bytes) -> set[str]:
    lead, rest = raw[0], raw[1:]
    need = _LEAD_LEN.get(lead)
    if need is None or len(rest) > need:
        return set()
    missing = need - len(rest)
    out = set()
    for positions in itertools.combinations(range(need), missing):
        for fill in itertools.product(_LOST, repeat=missing):
            seq, it_rest, it_fill = [lead], iter(rest), iter(fill)
            for i in range(need):
                seq.append(next(it_fill) if i in positions else next(it_rest))
            try:
                out.add(bytes(seq).decode("utf-8"))
            except UnicodeDecodeError:
                continue
    return out


def _repair_run(run: str) -> str | None:
    """The character a damaged run stood for when it can be told, else None (drop it)."""
    try:
        raw = run.replace("\u00a0", "\u0e00").encode("cp874", errors="strict")
    except UnicodeEncodeError:
        return None
    cands = _candidates(raw)
    for ch in _TEXT_CHARS:
        if ch in cands and len(raw) > 1:
            return ch
    return None


def looks_damaged(text: str) -> bool:
    return any(_is_damage(text, m) for m in _RUN.finditer(text))


def _is_damage(text: str, m: re.Match) -> bool:
    before = text[m.start() - 1] if m.start() > 0 else " "
    after = text[m.end()] if m.end() < len(text) else " "
    return not _THAI.match(before) and not _THAI.match(after)


def repair_thai_damage(text: str) -> str:
    """Repair or drop runs of Thai-code-page damage; leave real Thai text untouched."""
    out, last = [], 0
    for m in _RUN.finditer(text):
        if not _is_damage(text, m):
            continue
        out.append(text[last:m.start()])
        fixed = _repair_run(m.group())
        prefix = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        line_start = not _RUN.sub("", prefix).strip()
        if fixed is not None:
            out.append(fixed)
        elif line_start:
            out.append(MARK)
        else:
            before = text[m.start() - 1]
            after = text[m.end()] if m.end() < len(text) else ""
            nxt = text[m.end():].lstrip(" ")
            if before.isalpha() and nxt[:1].isupper():
                out.append("\n")
            elif before == " " and after == " " and nxt[:1].isalnum():
                out.append("—")
            else:
                out.append(" " if before not in " \n" and after not in " \n" else "")
        last = m.end()
    out.append(text[last:])
    fixed = "".join(out)
    # Tidy what dropping left behind: a space before a line break, doubled spaces.
    fixed = re.sub(r"[ \t]+\n", "\n", fixed)
    fixed = re.sub(MARK + r"[ \u00a0]+", MARK, fixed)
    return fixed


def _strip_leading_symbols(line: str) -> str:
    """Turn a line's leading emoji/pictographs into the heading-hint marker."""
    i = 0
    while i < len(line) and (unicodedata.category(line[i]) in ("So", "Sk", "Cs", "Mn", "Cf")
                             or line[i] in "\ufe0f\u200d\u00a0 " or 0x1F000 <= ord(line[i]) <= 0x1FAFF):
        i += 1
    if i and i < len(line) and line[:i].strip():
        return MARK + line[i:].lstrip()
    return line


def fix_text(text: str) -> str:
    """Full character repair: ftfy (mojibake, curly quotes, odd spaces), then the lossy kind.

    A repair can complete mojibake that a second pass then fixes, so repeat until stable."""
    for _ in range(4):
        fixed = _fix_once(text)
        if fixed == text:
            break
        text = fixed
    return text


def _fix_once(text: str) -> str:
    text = ftfy.fix_text(text, normalization="NFC")
    text = repair_thai_damage(text)
    text = "\n".join(_strip_leading_symbols(line) for line in text.split("\n"))
    return text
