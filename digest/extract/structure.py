"""From cleaned lines to the article's structure: headings, paragraphs, lists, tables, code, timeline."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from digest.clean.mojibake import MARK
from digest.clean.wrapping import wrapped_at_width
from digest.extract import markdown as md
from digest.extract import values as V
from digest.extract.tables import rebuild_tables

_LIST = re.compile(r"^\s*(?:[-*+](?=\s)|[•·–]|\d{1,2}[.)](?=\s))\s*(?:[•·]\s*)?(?=\S)")
_BULLET_ONLY = re.compile(r"^\s*[•·\-*]\s*$")
_TABLE = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_CODE = re.compile(r"^\s*(?:[A-Za-z0-9_]+:(?:\s.*)?|-\s+\S.*)$")
_CODE_KEY = re.compile(r"^\s*[a-z0-9_]+:(?:\s|$)")
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE_ONLY = re.compile(
    rf"^(?:\d{{4}}(?:-\d{{2}}(?:-\d{{2}})?)?|Q[1-4] \d{{4}}|\d{{4}}-Q[1-4]|H[12] \d{{4}}|{_MONTHS} \d{{4}}|{_MONTHS} \d{{1,2}},? \d{{4}})$"
)
_DATED_SENTENCE = re.compile(
    rf"^(?:On|In|By|As of) (?P<date>{_MONTHS} (?:\d{{1,2}}, )?\d{{4}}),\s+(?P<event>[A-Za-z].+)$"
)
_MONTH_NUM = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}


@dataclass
class Block:
    kind: str                    # heading, paragraph, list, table, code, timeline
    text: str = ""               # heading or paragraph text
    items: list[str] = field(default_factory=list)          # list items or code lines
    rows: list[list[str]] = field(default_factory=list)     # table rows (first is the header)
    level: int = 2
    said_by: str | None = None
    source_rows: list[str] = field(default_factory=list)   # a rebuilt table's rows as the source wrote them
    source_items: list[str] = field(default_factory=list)  # a list's items as the source wrote them ("" = as shown)


@dataclass
class Structure:
    blocks: list[Block]
    sections: list[str]
    timeline: list[dict]
    tables: int


def _real_day(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def iso_from_text_date(s: str) -> str | None:
    """'2023-06' stays; 'June 2024' -> 2024-06; 'Feb 15, 2024' -> 2024-02-15; 'Q1 2027' -> 2027-Q1."""
    s = s.strip().rstrip(",")
    if re.fullmatch(r"\d{4}-[QH][1-4]", s) or re.fullmatch(r"\d{4}", s):
        return s
    m = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", s)
    if m:
        return s if _real_day(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1)) else None
    m = re.fullmatch(r"([QH][1-4]) (\d{4})", s)
    if m:
        return f"{m.group(2)}-{m.group(1)}"
    m = re.fullmatch(r"([A-Za-z]+)\.? (?:(\d{1,2}),? )?(\d{4})", s)
    if m and m.group(1)[:3].lower() in _MONTH_NUM:
        month = _MONTH_NUM[m.group(1)[:3].lower()]
        if not _real_day(int(m.group(3)), month, int(m.group(2) or 1)):
            return None  # "February 30, 2024" is no date
        if m.group(2):
            return f"{m.group(3)}-{month:02d}-{int(m.group(2)):02d}"
        return f"{m.group(3)}-{month:02d}"
    return None


def _unwrap(lines: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(lines):
        cur = lines[i].rstrip()
        while i + 1 < len(lines) and cur.strip() and lines[i + 1].strip():
            nxt = lines[i + 1].strip()
            if _TABLE.match(cur) or _TABLE.match(nxt):
                break
            glue = (
                _BULLET_ONLY.match(cur)
                or nxt[:1].islower()
                or (not cur.endswith((".", "!", "?", ":", '"', "”")) and len(nxt.split()) <= 2
                    and i + 2 < len(lines) and len(lines[i + 2].split()) > 2)
                or (not cur.endswith((".", "!", "?", ":", '"', "”")) and len(cur.split()) > 6
                    and len(nxt.split()) > 6 and not (_title_cased(cur) and len(cur.split()) <= 12))
            )
            if not glue:
                break
            cur = cur + (" " if not _BULLET_ONLY.match(cur) else " ") + nxt
            i += 1
        out.append(cur)
        i += 1
    return out


_MEASURE_FIRST = re.compile(r"^(?:[$€£¥]\s?\d|\d{1,3}(?:[,.\u00a0\u202f]\d{3})+(?!\d)|\d+\.\d+(?!\d))")


_LABELLED_VALUE = re.compile(r"[^:\d]{1,40}:\s+(?:[-+~≈]?\s?(?:US)?[$€£¥]\s?\d|[-+~≈]?\d[\d.,]*\s?(?:%|[A-Za-z]))")


def _heading_candidate(line: str, marked: bool) -> bool:
    s = line.strip()
    if not s or _LIST.match(s) or _TABLE.match(s) or _DATE_ONLY.match(s):
        return False
    words = s.split()
    if len(words) > (18 if marked else 16) or len(s) > 140:
        return False
    if s.endswith((".", ",", ";", ":", "!")) or re.search(r":\S", s):
        return False
    if not (s[:1].isupper() or s[:1].isdigit()):
        return False
    if len(words) <= 5 and _MEASURE_FIRST.match(s):   # "128,000 tokens", "$5.00 per 1M tokens": a value, not a title
        return False
    if _LABELLED_VALUE.match(s):   # "Revenue: $7.9 billion vs. $8.3 billion expected": a label and its figure, not a title
        return False
    if len(words) == 1 and not marked and not s[:1].isupper():
        return False
    return True


def _title_cased(line: str) -> bool:
    """Most words of four letters or more capitalised: 'The Benchmark Gauntlet: Sonnet vs. The World'."""
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    long = [w for w in words if len(w) >= 4]
    if len(words) < 2 or not long or not words[0][:1].isupper():
        return False
    return sum(w[:1].isupper() for w in long) / len(long) >= 0.75


def build_structure(lines: list[str], title: str | None, said_by_from: list[tuple[int, str]],
                    quotes: dict[str, str] | None = None) -> Structure:
    """Blocks from cleaned lines; `quotes` gives the source's words for list items the cleaning
    rebuilt from a card's lines (a claim quotes those, not the rebuilt item)."""
    said_at = dict(said_by_from)
    original = list(lines)
    lines = rebuild_tables(lines)   # one line out per line in, so `original[i]` is line i's source
    has_marks = any(ln.startswith(MARK) and ln.strip(MARK + " ") for ln in lines)
    if wrapped_at_width(lines):
        lines = _unwrap(lines)
        said_at = {}
    norm_title = (title or "").strip().lower()
    blocks: list[Block] = []
    timeline: list[dict] = []
    current_said: str | None = None
    i = 0
    n = len(lines)

    def next_nonempty(j):
        while j < n and not lines[j].replace(MARK, "").strip():
            j += 1
        return j

    while i < n:
        if i in said_at:
            current_said = said_at[i]
        raw = lines[i]
        marked = raw.startswith(MARK)
        line = raw.replace(MARK, "").strip()
        if not line:
            i += 1
            continue
        if norm_title and line.lower() == norm_title:
            i += 1
            continue
        # tables
        if _TABLE.match(line):
            rows, sources = [], []
            while i < n and _TABLE.match(lines[i].replace(MARK, "").strip()):
                cells_line = lines[i].replace(MARK, "").strip()
                if not _TABLE_SEP.match(cells_line):
                    rows.append([c.strip() for c in cells_line.strip("|").split("|")])
                    sources.append(original[i].replace(MARK, "").strip())
                i += 1
            if rows:  # a separator line alone ("|--|") is no table
                rebuilt = any(not _TABLE.match(src) for src in sources)
                blocks.append(Block("table", rows=rows, said_by=current_said, source_rows=sources if rebuilt else []))
            continue
        # timeline: pairs of (date line, event line)
        if _DATE_ONLY.match(line):
            j = next_nonempty(i + 1)
            if j < n and not _DATE_ONLY.match(lines[j].replace(MARK, "").strip()):
                events = []
                while i < n:
                    d = lines[i].replace(MARK, "").strip()
                    j = next_nonempty(i + 1)
                    if not _DATE_ONLY.match(d) or j >= n:
                        break
                    ev = lines[j].replace(MARK, "").strip()
                    if _DATE_ONLY.match(ev) or ev.startswith(MARK) or lines[j].startswith(MARK):
                        break
                    events.append({"date": iso_from_text_date(d) or d, "event": ev})
                    i = next_nonempty(j + 1)
                if events:
                    timeline.extend(events)
                    blocks.append(Block("timeline", items=[f"{e['date']}\t{e['event']}" for e in events],
                                        said_by=current_said))
                    continue
        # YAML-like code blocks (three or more key: value lines)
        if _CODE_KEY.match(raw) and not _LIST.match(line):
            j = i
            code = []
            while j < n and (not lines[j].strip() or _CODE.match(lines[j]) or lines[j].startswith("  ")):
                code.append(lines[j].rstrip())
                j += 1
            while code and not code[-1].strip():
                code.pop()
            if sum(1 for c in code if c.strip()) >= 3:
                blocks.append(Block("code", items=code, said_by=current_said))
                i = j
                continue
        # lists
        if _LIST.match(line) and not _BULLET_ONLY.match(line):
            items = []
            while i < n:
                cur = lines[i].replace(MARK, "").strip()
                if not cur:
                    j = next_nonempty(i)
                    if j < n and _LIST.match(lines[j].replace(MARK, "").strip()):
                        i = j
                        continue
                    break
                if not _LIST.match(cur):
                    break
                items.append(_LIST.sub("", cur, count=1).strip())
                i += 1
            sources = [(quotes or {}).get(it, "") for it in items]
            blocks.append(Block("list", items=items, said_by=current_said,
                                source_items=sources if any(sources) else []))
            continue
        # headings
        j = next_nonempty(i + 1)
        follows = lines[j].replace(MARK, "").strip() if j < n else ""
        if _heading_candidate(line, marked):
            followed_by_body = bool(follows) and (
                len(follows.split()) > len(line.split()) or _LIST.match(follows) or _TABLE.match(follows)
                or lines[j].startswith(MARK) or _DATE_ONLY.match(follows)
            )
            # a title-cased line standing alone between blank lines is a heading whatever follows it
            alone = (i == 0 or not lines[i - 1].replace(MARK, "").strip()) and \
                (i + 1 >= n or not lines[i + 1].replace(MARK, "").strip())
            # (the first line under the headline, in sentence case with a figure, is its standfirst: "Dívidas da
            # empresa totalizam 300 bilhões de dólares" states a fact, heads no section)
            standfirst = not blocks and not marked and not _title_cased(line) and len(line.split()) >= 4 \
                and bool(V.find_money(line) or next(V.find_percents(line), None))
            if (marked or followed_by_body or (alone and _title_cased(line))) and not standfirst:
                level = 2 if (marked or not has_marks) else 3
                blocks.append(Block("heading", text=line, level=level, said_by=current_said))
                i += 1
                continue
        blocks.append(Block("paragraph", text=line, said_by=current_said))
        i += 1
    # dated sentences in paragraphs ("On February 15, 2024, Google unveiled …") join the timeline
    for b in blocks:
        if b.kind == "paragraph":
            for sent in re.split(r"(?<=[.!?])\s+(?=[A-Z])", b.text):
                m = _DATED_SENTENCE.match(sent)
                if m:
                    iso = iso_from_text_date(m.group("date"))
                    if iso:
                        timeline.append({"date": iso, "event": m.group("event").rstrip(".")})
    sections = [b.text for b in blocks if b.kind == "heading"]
    tables = sum(1 for b in blocks if b.kind == "table")
    return Structure(blocks=blocks, sections=sections, timeline=timeline, tables=tables)


def render_body(structure: Structure) -> str:
    """The entry body in Markdown; every piece of source text is escaped."""
    out: list[str] = []
    for b in structure.blocks:
        if b.kind == "heading":
            out.append("#" * b.level + " " + md.escape_inline(b.text))
        elif b.kind == "paragraph":
            out.append(md.escape_line(b.text))
        elif b.kind == "list":
            out.append("\n".join("- " + md.escape_inline(item) for item in b.items))
        elif b.kind == "table":
            header, *rows = b.rows or [[""]]
            width = max(len(r) for r in b.rows)
            out.append(md.table(rows, header + [""] * (width - len(header))))
        elif b.kind == "code":
            fence = "~~~~" if any("~~~" in c for c in b.items) else "~~~"
            out.append(fence + "yaml\n" + "\n".join(b.items) + "\n" + fence)
        elif b.kind == "timeline":
            rows = [item.split("\t", 1) for item in b.items]
            out.append(md.table(rows, ["Date", "Event"]))
    return "\n\n".join(out).strip() + "\n"
