"""Repairing damaged characters: ftfy for the usual mojibake, UTF-8 read through the single-byte
code pages ftfy does not try (Greek, Central European, Cyrillic, ...), and the lossy Thai-code-page kind.

Some scrapers read UTF-8 bytes as TIS-620/cp874 (a Thai code page) and drop the bytes that code
page cannot show (0x80-0x9F). "•" (E2 80 A2) becomes "โข", an emoji (F0 9F 92 A1) becomes "๐ก".
ftfy cannot undo that because bytes are missing. We rebuild each damaged run's possible byte
sequences, keep the result when it is an ordinary text character we can be sure of, and drop
decorative damage (emoji, arrows). Genuine Thai words are left alone: damage runs are short and
never touch other Thai letters.
"""

from __future__ import annotations

import re
import unicodedata

import ftfy

# A line that lost a decorative mark at its start carries this marker until structure detection
# has used it as a heading hint; it never reaches an entry.
MARK = "\ue000"

_LEAD_LEN = {0xE2: 2, 0xE3: 2, 0xEF: 2, 0xF0: 3}
# windows-1252's characters for the bytes 0x80-0x9F (and the C1 controls), which some readers of the Thai
# code page fill in where it has none: "€" (E2 82 AC) then reads "โ‚ฌ", nothing lost
_C1_FILL = "".join(sorted({bytes([b]).decode("cp1252", errors="ignore") for b in range(0x80, 0xA0)} - {""})) + "\u0080-\u009f"
_RUN = re.compile(f"[\u0e42\u0e4f\u0e50\u0e43][\u00a0\u0e01-\u0e1f{_C1_FILL}]{{0,3}}")
_NEXT = re.compile(r" *(.?)", re.S)
_THAI = re.compile("[\u0e01-\u0e7f]")
# Characters that carry meaning in running text, in order of preference when a run is ambiguous.
_TEXT_CHARS = "•…™€→←↑↓✓·"
_LOST = range(0x80, 0xA0)


def _could_be(ch: str, raw: bytes) -> bool:
    """True when `ch`'s UTF-8 bytes, less the ones the code page drops, are the damaged run's bytes.

    Checking the few characters we would accept, rather than every way of refilling the lost bytes
    (up to 32,768 per run), keeps the repair linear in the text."""
    utf8 = ch.encode("utf-8")
    need = _LEAD_LEN.get(raw[0])
    return (need is not None and utf8[0] == raw[0] and len(utf8) == need + 1
            and (utf8[1:] == raw[1:] or bytes(b for b in utf8[1:] if b not in _LOST) == raw[1:]))


def _repair_run(run: str) -> str | None:
    """The character a damaged run stood for when it can be told, else None (drop it)."""
    try:
        raw = b"".join(ch.encode("cp874") if "\u0e00" <= ch <= "\u0e7f" else
                       bytes([ord(ch)]) if "\u0080" <= ch <= "\u009f" else ch.encode("cp1252")
                       for ch in run.replace("\u00a0", "\u0e00"))
    except UnicodeEncodeError:
        return None
    if len(raw) < 2:
        return None
    try:
        whole = raw.decode("utf-8")
    except UnicodeDecodeError:
        whole = ""
    if len(whole) == 1 and unicodedata.category(whole)[0] in "PSZ":
        return whole   # every byte kept ("โ€œ" is E2 80 9C): the character itself, whatever it is
    return next((ch for ch in _TEXT_CHARS if _could_be(ch, raw)), None)


def looks_damaged(text: str) -> bool:
    return any(_is_damage(text, m) for m in _RUN.finditer(text))


def _is_damage(text: str, m: re.Match) -> bool:
    before = text[m.start() - 1] if m.start() > 0 else " "
    after = text[m.end()] if m.end() < len(text) else " "
    return not _THAI.match(before) and not _THAI.match(after)


def repair_thai_damage(text: str) -> str:
    """Repair or drop runs of Thai-code-page damage; leave real Thai text untouched."""
    out, last = [], 0
    # whether the line so far holds only runs and spaces, kept as we go (rescanning it is quadratic)
    prev_end, line_start = 0, True
    for m in _RUN.finditer(text):
        gap = text[prev_end:m.start()]
        cut = gap.rfind("\n")
        line_start = not gap[cut + 1:].strip() and (line_start or cut >= 0)
        prev_end = m.end()
        if not _is_damage(text, m):
            continue
        out.append(text[last:m.start()])
        fixed = _repair_run(m.group())
        if fixed is not None:
            out.append(fixed)
        elif line_start:
            out.append(MARK)
        else:
            before = text[m.start() - 1]
            after = text[m.end()] if m.end() < len(text) else ""
            nxt = _NEXT.match(text, m.end()).group(1)
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
    fixed = "\n".join(line.rstrip(" \t") for line in fixed.split("\n"))
    fixed = re.sub(MARK + r"[ \u00a0]+", MARK, fixed)
    return fixed


def _strip_leading_symbols(line: str) -> str:
    """Turn a line's leading emoji/pictographs into the heading-hint marker."""
    i = 0
    while i < len(line) and line[i] not in "©®℗" and (unicodedata.category(line[i]) in ("So", "Sk", "Cs", "Mn", "Cf")
                             or line[i] in "\ufe0f\u200d\u00a0 " or 0x1F000 <= ord(line[i]) <= 0x1FAFF):
        i += 1
    if i and i < len(line) and line[:i].strip():
        return MARK + line[i:].lstrip()
    return line


# Single-byte code pages ftfy does not try: UTF-8 read through one of them ("β€”" for "—" through
# Greek windows-1253, "πŸ‘" for an emoji). Browsers fill the bytes a code page leaves undefined
# with windows-1252's characters or C1 controls, so the reverse tables allow those too.
_CODEPAGES = ("cp1253", "cp1250", "cp1251", "cp1254", "cp1255", "cp1256", "cp1257")
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]{2,}")
_TABLES: dict[str, dict[str, int]] = {}


def _table(cp: str) -> dict[str, int]:
    if cp not in _TABLES:
        table: dict[str, int] = {}
        filled = set()
        for codec in (cp, "cp1252", "latin-1"):   # the code page's own characters first
            for b in range(0x80, 0x100):
                if b in filled:
                    continue
                try:
                    ch = bytes([b]).decode(codec)
                except UnicodeDecodeError:
                    continue
                table.setdefault(ch, b)
                filled.add(b)
        _TABLES[cp] = table
    return _TABLES[cp]


def _through(run: str, cp: str) -> str | None:
    """The text a run of damage stood for when it is UTF-8 read through `cp`, else None."""
    table = _table(cp)
    try:
        raw = bytes(table[ch] for ch in run)
        fixed = raw.decode("utf-8")
    except (KeyError, UnicodeDecodeError):
        return None
    if len(fixed) >= len(run) or not all(_plausible(ch) for ch in fixed):
        return None
    return fixed


def _plausible(ch: str) -> bool:
    """What repaired damage may be: Latin-1 letters and signs, punctuation, symbols and arrows, CJK,
    emoji. Two bytes of an ordinary word read as UTF-8 land elsewhere ("ß“" would be N'Ko "ߓ")."""
    o = ord(ch)
    return o < 0x100 or 0x2000 <= o < 0x2c00 or 0x3000 <= o < 0xa000 or 0xfe00 <= o < 0xff00 or o >= 0x1f000


def repair_codepage_damage(text: str) -> str:
    """Undo UTF-8 read through a single-byte code page ftfy does not try. The code page is chosen
    once for the whole text (the one that explains the most runs); a run is replaced only when its
    bytes are valid UTF-8, which ordinary Greek, Cyrillic or Turkish words never are."""
    runs = _NON_ASCII_RUN.findall(text)
    if not runs:
        return text
    best, best_n = None, 0
    for cp in _CODEPAGES:
        n = sum(1 for r in runs if _through(r, cp))
        if n > best_n:
            best, best_n = cp, n
    if best is None:
        return text
    return _NON_ASCII_RUN.sub(lambda m: _through(m.group(), best) or m.group(), text)


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
    # (the Thai kind first too: ftfy would straighten the "‚" of "โ‚ฌ" into a quote and lose the byte it stood for)
    text = ftfy.fix_text(repair_thai_damage(repair_codepage_damage(text)), normalization="NFC")
    text = repair_thai_damage(text)
    text = "\n".join(_strip_leading_symbols(line) for line in text.split("\n"))
    return text
