"""Separating article text from site furniture, line by line: widget shapes (counters, anchor marks,
captions given twice, a trailing comment form or related list), the vocabulary and attribution
lines of `site_config/sources.yml`, and lines that recur across several dumps in one run."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from digest.clean.mojibake import MARK
from digest.clean.wrapping import join_broken_lines
from digest.config import Knowledge
from digest.extract.headline import PERSON_NAME, common_words, is_counter, is_paragraph, item_bar, month_line

_NUMBER_ONLY = re.compile(r"^\s*\d{1,3}[.)]?(?:\s+\d{1,3})?\s*$")   # "7", "7.", "  7. 7": an empty widget slot
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef]")
_LATIN = re.compile(r"[A-Za-z]")
# "The Three-Tier Strategy#", "Heading ¶": a heading's permalink mark (not "C#" or "F#")
_ANCHOR_MARK = re.compile(r"(?<=[a-z0-9)?!'’\s])\s{0,3}[#¶🔗]$")  # bounded: linear on long space runs
_UI_WORD = re.compile(r"^[a-z]{2,12}$")   # "text", "share", "menu": a widget label, never a sentence
# a site's path to the page, near its top: "HOME > Mundo", "Inicio › Economía › Empresas", "News / Tech"
_BREADCRUMB = re.compile(r"^[^\W\d][\w&'’.-]*(?: [\w&'’.-]+){0,2}(?:\s+(?:>|›|»|/)\s+[^\W\d][\w&'’.-]*(?: [\w&'’.-]+){0,2}){1,5}\s*(?:>|›|»)?$")
_DOTS_ONLY = re.compile(r"^\s*(?:\.{2,}|…+)\s*$")


def _lower_names(line: str, text: str) -> bool:
    """A short line of lower-case words only, each a name the page writes capitalised elsewhere ("adobe figma"
    between two paragraphs): the alt text of a picture or a row of tags, not the article's words."""
    words = line.split()
    if not 1 < len(words) <= 4 or not all(re.fullmatch(r"[a-z][a-z0-9-]{1,20}", w) for w in words):
        return False
    return all(re.search(rf"(?<![\w-]){re.escape(w[0].upper() + w[1:])}(?![\w-])|(?<![\w-]){re.escape(w.upper())}(?![\w-])", text)
               for w in words)


_LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*•·])\s+\S")
_PAREN_TAIL = re.compile(r"\s{0,3}\([^()]{0,60}\)\s{0,3}$")   # "May 13, 2024(Updated: May 13, 2024)"
_DATE_LINE = re.compile(
    r"^(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{4}-\d{2}-\d{2}|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}|"
    r"\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4}|"
    # ("12.05.2026 14:20": a day with its time, the way many European sites stamp a page)
    r"\d{1,2}\.\d{1,2}\.\d{4}(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*Uhr)?)?)$"
)

_DATE_LEAD = re.compile(
    r"^((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}|"
    r"\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4}|\d{4}-\d{2}-\d{2})\s?[:—–]\s+(?=[A-Z])"
)

# reporters' names in lenticular brackets after a sentence's full stop, at the end of a paragraph (Japanese papers)
_JA_BYLINE_END = re.compile(r"(?<=。)\s*【(?P<names>[\u4e00-\u9fff\u3040-\u30ff]{2,6}(?:[、・,][\u4e00-\u9fff\u3040-\u30ff]{2,6}){0,4})】\s*$")


@dataclass
class CleanText:
    """Article lines left after cleaning, and what the removed lines told about the source."""

    lines: list[str]
    meta: dict = field(default_factory=dict)       # publisher, via, original, author, url, title, date
    said_by_from: list[tuple[int, str]] = field(default_factory=list)  # (line index, said_by)
    removed: list[str] = field(default_factory=list)
    stamps_at: list[int] = field(default_factory=list)   # where a removed date stamp stood among `lines`
    bylines_at: list[int] = field(default_factory=list)  # where a removed byline ("Por María López") stood among `lines`
    quotes: dict[str, str] = field(default_factory=dict)  # a field rebuilt from card lines -> its words as the source has them


def _remove_lines(out: CleanText, drop: set[int]) -> None:
    """Remove lines by index, moving the line-indexed marks (said_by, stamps) with the lines kept."""
    if not drop:
        return
    out.lines = [ln for j, ln in enumerate(out.lines) if j not in drop]

    def moved(j: int) -> int:
        return j - sum(1 for d in drop if d < j)

    out.said_by_from = [(moved(j), s) for j, s in out.said_by_from]
    out.stamps_at = [moved(j) for j in out.stamps_at]
    out.bylines_at = [moved(j) for j in out.bylines_at]


def norm_line(line: str) -> str:
    return re.sub(r"\s+", " ", line.replace(MARK, "")).strip().lower()


def recurring_lines(texts: list[str], min_files: int = 3, max_len: int = 100) -> frozenset[str]:
    """Short lines that stand in at least `min_files` different dumps: site furniture."""
    counts: Counter = Counter()
    for text in texts:
        counts.update({norm_line(ln) for ln in text.split("\n") if 0 < len(norm_line(ln)) <= max_len})
    return frozenset(line for line, n in counts.items() if n >= min_files)


def _script_share(line: str) -> float:
    cjk = len(_CJK.findall(line))
    latin = len(_LATIN.findall(line))
    return cjk / (cjk + latin) if cjk + latin else 0.0


def _publisher_in(line: str, k: Knowledge) -> str | None:
    for part in re.split(r"\s*[•|·]\s*", line.replace(MARK, "").strip()):
        name = k.publishers.get(part.strip().lower())
        if name:
            return name
    return None


PAGE_NOTE_LINES = 15


_FIELD_LABEL = re.compile(r"^[A-Z][A-Za-z'’-]*(?: [A-Za-z'’-]+){0,2}$")


def _field_value(line: str) -> bool:
    return len(line) <= 60 and not line.endswith((".", "!", "?", ":")) and not _LIST_ITEM.match(line)


def join_field_runs(raw: list[str], quotes: dict[str, str], min_pairs: int = 3) -> list[str]:
    """A spec sheet flattened to one line per cell ("Provider", "OpenAI", "Tier", "standard", ...):
    a run of at least `min_pairs` label/value pairs between blank lines becomes one list item per
    field ("- Provider: OpenAI"), so that no value is taken for a heading or a widget. Labels are
    short capitalised phrases; most values must not look like labels, so that a menu of single
    words is never read as pairs. `quotes` gets each field's words as the source has them."""
    out, i, n = [], 0, len(raw)
    while i < n:
        j = i
        while j < n and raw[j].strip():
            j += 1
        block = [ln.strip() for ln in raw[i:j]]
        block = block[:len(block) - len(block) % 2]   # a last line of its own ("See alternatives →") stays as it is
        labels, values = block[0::2], block[1::2]
        if len(block) >= 2 * min_pairs and (i == 0 or not raw[i - 1].strip()) \
                and all(len(lb) <= 25 and _FIELD_LABEL.match(lb) for lb in labels) and len(set(labels)) == len(labels) \
                and all(_field_value(v) for v in values) \
                and sum(1 for v in values if not _FIELD_LABEL.match(v)) * 3 >= len(values) * 2:
            out.extend(f"- {lb}: {v}" for lb, v in zip(labels, values))
            quotes.update({f"{lb}: {v}": f"{lb} {v}" for lb, v in zip(labels, values)})
            i += len(block)
            continue
        out.extend(raw[i:j + 1])
        i = j + 1
    return out


_BARE_AMOUNT = re.compile(r"^[$€£¥]?\s?\d[\d,.\u00a0\u202f]*\s?(?:[kKMBT%]|[$€£¥])?$")
_UNIT_LINE = re.compile(r"^(?-i:[a-z])[\w/.-]*(?: [\w/.-]+){0,3}$")


def join_value_units(raw: list[str]) -> tuple[list[str], set[int]]:
    """A stat card flattened to lines: a bare amount ("128,000", "$5.0000") and its unit on the
    next line ("tokens", "per 1M tokens") become one line, so that the unit is neither taken for
    a widget label nor lost. Returns the lines and the indices of the joined ones (a measure,
    not a counter such as "12 comments")."""
    out: list[str] = []
    joined: set[int] = set()
    i = 0
    while i < len(raw):
        ln = raw[i].strip()
        if i + 1 < len(raw) and _BARE_AMOUNT.match(ln) and _UNIT_LINE.match(raw[i + 1].strip()):
            joined.add(len(out))
            out.append(f"{ln} {raw[i + 1].strip()}")
            i += 2
            continue
        out.append(raw[i])
        i += 1
    return out, joined


# a stat card's label, alone or before the sentence that explains it ("Input price What the model
# charges for tokens you send."): a capitalised word and at most two lower-case ones
_CARD_LABEL = re.compile(r"^(?P<label>(?-i:[A-Z])[a-z'’-]+(?: (?-i:[a-z])[a-z'’-]*){0,2})"
                         r"(?:\s+(?P<desc>(?-i:[A-Z])[^\d]*\S(?:\s+\S+){2,}))?$")


def label_measures(raw: list[str], measures: set[int], quotes: dict[str, str]) -> tuple[list[str], set[int]]:
    """Stat cards whose label sits on the line above the amount ("Input price What the model
    charges …", then "$5.0000 per 1M tokens"): the amount becomes a field of its own ("- Input
    price: $5.0000 per 1M tokens") followed by the label's explanation, so that the label names
    what the amount measures. Only a page with two such cards or more: one label over one amount
    may be anything. The field's quote is the amount: the label is not next to it in the source."""
    pairs = []
    for i in sorted(measures):
        if i == 0 or not raw[i - 1].strip():
            continue
        m = _CARD_LABEL.match(raw[i - 1].strip())
        if m and not _LIST_ITEM.match(raw[i - 1]):
            pairs.append((i, m))
    if len(pairs) < 2 or len({m.group("label").lower() for _, m in pairs}) < len(pairs):
        return raw, measures
    out, moved = list(raw), set(measures)
    for i, m in pairs:
        out[i - 1] = f"- {m.group('label')}: {raw[i].strip()}"
        quotes[f"{m.group('label')}: {raw[i].strip()}"] = raw[i].strip()
        out[i] = m.group("desc") or ""
        moved.discard(i)
        moved.add(i - 1)
    return out, moved


# a link's title: a short line that does not end a sentence
_LINK_TITLE = re.compile(r"^(?!.*[.!?:;]$)\S+(?:\s+\S+){1,16}$")


def clean_lines(text: str, k: Knowledge, recurring: frozenset[str] = frozenset()) -> CleanText:
    quotes: dict[str, str] = {}
    lines = join_broken_lines([ln.rstrip() for ln in text.split("\n")], frozenset(k.grammar.get("unfinished_ends") or ()),
                              alone=lambda line: month_line(line, k) is not None)
    raw, measures = join_value_units(join_field_runs(lines, quotes))
    raw, measures = label_measures(raw, measures, quotes)
    out = CleanText(lines=[], quotes=quotes)
    main_is_latin = _script_share(text) < 0.3
    n = len(raw)
    prev_kept = None
    captions = _caption_pairs(raw)
    first_line = next((ln.replace(MARK, "").strip() for ln in raw if ln.replace(MARK, "").strip()), None)
    in_tail = in_links = link_run = past_head = False
    tail_pats = k.furniture.get("tail", [])
    wall_pats = k.furniture.get("wall", [])
    author_next = False
    # a note near the top or the end that the whole page was written by an AI labels every claim
    edges = [ln.replace(MARK, "").strip() for ln in raw[:PAGE_NOTE_LINES] + raw[-PAGE_NOTE_LINES:]]
    for p in (p for p in k.provenance if p.page):
        if any(len(ln) < 1000 and p.pattern.search(ln) for ln in edges):
            out.said_by_from.append((0, p.said_by))
            break
    for i, line in enumerate(raw):
        body = line.replace(MARK, "").strip()
        if body and not in_tail and i > n // 2 and any(p.search(body) for p in tail_pats):
            in_tail = True  # a comment form or related list: the article has ended
        if body and not in_tail and any(p.search(body) for p in wall_pats) and any(len(x.split()) >= 12 for x in out.lines):
            in_tail = True  # a registration or payment wall after some of the article: the rest is the wall's
        if in_links:   # the list of links to other articles under a teaser label
            if not body or _LIST_ITEM.match(line.replace(MARK, "")) or (link_run and _LINK_TITLE.match(body)):
                # (or a headline right under the label or the last one: "Leggi anche" over
                # "Concerti, prezzi dei biglietti in aumento del 15% nel 2025")
                if body:
                    out.removed.append(body)
                link_run = link_run and bool(body)
                continue
            in_links = False
        if in_tail or i in captions:
            if body:
                for pat in k.attribution:   # what the footer says about the site still counts
                    m = pat.search(body)
                    if m:
                        for key, val in m.groupdict().items():
                            if val and key == "publisher":
                                out.meta.setdefault(key, val.strip().rstrip(".,;"))
                        break
                out.removed.append(body)
            continue
        for frag in k.inline_boilerplate:
            cut = frag.search(body)
            if cut:
                for p in k.provenance:
                    if not p.page and p.pattern.search(body):
                        out.said_by_from.append((len(out.lines), p.said_by))
                if cut.groupdict().get("publisher"):
                    _carried_from(out, cut.group("publisher").strip().rstrip(".,;"))
                body = frag.sub("", body).strip()
                line = (MARK if line.startswith(MARK) else "") + body
        byline = _JA_BYLINE_END.search(body)
        if byline:   # "…からの転換点となる。【加藤美穂子、浅川大樹】": a Japanese paper's reporters close the lead
            out.meta.setdefault("author", byline.group("names"))
            body = body[:byline.start()].rstrip()
            line = (MARK if line.startswith(MARK) else "") + body
        if len(body.split()) <= 16 and _ANCHOR_MARK.search(body):
            body = _ANCHOR_MARK.sub("", body).rstrip()
            line = (MARK if line.startswith(MARK) else "") + body
        if not body:
            out.lines.append("")
            continue
        near_edge = i < 12 or i > n - 12
        for p in k.provenance:
            if not p.page and p.pattern.search(body) and len(body) < 120 and not (_menu_item(body) and _in_menu(raw, i)):
                out.said_by_from.append((len(out.lines), p.said_by))
        for pat in k.stamps:
            m = pat.search(body)
            if m:
                for key, val in m.groupdict().items():
                    if val:
                        key = "author" if key == "named_author" else key
                        if key == "date" and re.fullmatch(r"\d{4}-\d{2}", out.meta.get("date", "")) \
                                and val.strip().startswith(out.meta["date"][:4]):
                            del out.meta["date"]   # "date 2023-12 2023年12月19日": the day the month stamp lacked
                        out.meta.setdefault(key, val.strip())
                body = body[m.end():].strip()
                line = body
        matched = False
        for pat in k.attribution:
            m = pat.search(body)
            if m:
                if m.groupdict().get("date"):
                    out.stamps_at.append(len(out.lines))
                if m.groupdict().get("author") or m.groupdict().get("named_author"):
                    out.bylines_at.append(len(out.lines))
                for key, val in m.groupdict().items():
                    if key == "author" and val and " " not in val.strip():
                        continue  # "By OpenAI": a one-word byline names a company, not a writer
                    if key == "named_author":   # a name the line gives as its writer's, one word or more
                        key = "author"
                    if val and key not in out.meta:
                        out.meta[key] = val.strip().strip("'\"").rstrip(".,;") if key != "date" else val.strip()
                matched = True
                break
        if not matched and any(p.search(body) for p in k.boilerplate) \
                and not (i < 12 and _DATE_LINE.match(_PAREN_TAIL.sub("", body))):   # (a date at the top is the page's, below)
            matched = True
        if not matched and near_edge and len(body) <= 60:
            pub = _publisher_in(body, k)
            if pub and (body.strip().lower() in k.publishers or "•" in body or "|" in body):
                out.meta.setdefault("publisher", pub)
                matched = True
        if not matched and i < 12 and _DATE_LINE.match(_PAREN_TAIL.sub("", body)):
            # under a short label that is not the headline ("Last checked"), a date is not the publication's
            labelled = prev_kept is not None and len(prev_kept.split()) <= 3 and prev_kept != first_line \
                and not PERSON_NAME.match(prev_kept)
            if not labelled:
                out.meta.setdefault("date", _PAREN_TAIL.sub("", body))  # before recurring lines: dumps of one day share it
                out.stamps_at.append(len(out.lines))
            matched = True
        if not matched and body == first_line and "date" not in out.meta:
            m = _DATE_LEAD.match(body)
            if m:   # "December 5, 2024: Bitcoin has reached …": the first sentence opens on the page's day
                out.meta["date"] = m.group(1)
        # a teaser label heads a list of short links, not a paragraph ("More details" over prose stays)
        teaser = i > n // 2 and len(body) <= 60 and any(p.search(body) for p in k.furniture.get("teaser", [])) \
            and _is_link_line(_next_line(raw, i))
        if not matched and (teaser or norm_line(body) in recurring):
            matched = True
        if not matched and (_UI_WORD.match(body) or ((i < 15 or i > n - 6) and i not in measures and is_counter(body))):
            matched = True
        if not matched and i < 15 and len(body) <= 80 and _BREADCRUMB.match(body):
            matched = True   # "HOME > Mundo": the site's path to the page, no headline
        if not matched and past_head and item_bar(body, (_prev_line(raw, i), _next_line(raw, i))):
            matched = True   # "Ascolta questo articolo   Condividi   Salva", "Chi siamo   Contatti   Privacy"
            # (above the first paragraph the menus are the headline reader's: they tell the site's name from the headline)
        if not matched and (_DOTS_ONLY.match(body) or _lower_names(body, text)):
            matched = True   # "...", "adobe figma": a cut teaser's dots, an image's alt text or tags between paragraphs
        if not matched and i < 12 and PERSON_NAME.match(body) and prev_kept == body:
            out.meta.setdefault("author", body)     # a byline shown twice
            j = max(x for x, kept in enumerate(out.lines) if kept.replace(MARK, "").strip() == body)
            _remove_lines(out, {j})
            matched = author_next = True
            prev_kept = None
            out.removed.append(body)
            continue
        if not matched and i < 15 and "author" not in out.meta and PERSON_NAME.match(body) \
                and _is_stamp(_next_line(raw, i), k) and not common_words(body, raw):
            out.meta["author"] = body          # a name right above its date stamp
            matched = True
        if not matched and author_next:
            author_next = False
            # the author's role under a doubled byline ("Solutions Architect")
            if len(body.split()) <= 4 and PERSON_NAME.match(body) and not _is_stamp(body, k) \
                    and not any(p.search(body) for p in k.furniture.get("contents", [])):
                matched = True
        if matched:
            out.removed.append(body)
            in_links = link_run = teaser   # a contents list stays: its entries often summarise the sections
            continue
        out.lines.append(line)
        prev_kept = body
        past_head = past_head or is_paragraph(body)
    wire = out.meta.pop("wire_publisher", None)
    if wire:
        out.meta.setdefault("publisher", wire)   # a dispatch's agency, unless the page names its outlet in full
    _drop_widget_runs(out)
    _drop_ticker_runs(out)
    _drop_share_runs(out, k)
    _byline_blocks(out, k)
    if main_is_latin:
        _drop_foreign_tail(out)
    while out.lines and not out.lines[-1].strip():
        out.lines.pop()
    while out.lines and not out.lines[0].strip():
        out.lines.pop(0)
        out.said_by_from = [(max(0, j - 1), s) for j, s in out.said_by_from]
        out.stamps_at = [max(0, j - 1) for j in out.stamps_at]
        out.bylines_at = [max(0, j - 1) for j in out.bylines_at]
    return out


def _drop_widget_runs(out: CleanText) -> None:
    """Numbered empty widgets: three or more lines holding only a number (blank lines between)."""
    lines = out.lines
    keep = [True] * len(lines)
    i = 0
    while i < len(lines):
        if _NUMBER_ONLY.match(lines[i]):
            j, numbers = i, 0
            while j < len(lines) and (not lines[j].strip() or _NUMBER_ONLY.match(lines[j])):
                numbers += bool(lines[j].strip())
                j += 1
            if numbers >= 3:
                for x in range(i, j):
                    keep[x] = False
            i = j
        else:
            i += 1
    _remove_lines(out, {j for j, k in enumerate(keep) if not k})


# a market widget's quote: a move and its percentage ("+62.42 (+0.16%)"), after its price or not
_TICKER_MOVE = re.compile(r"^\s*(?:[\d,.]+\s+)?[+\-−–]?\d[\d,.]*\s*\(\s*[+\-−–]?\d[\d,.]*\s*%\s*\)\s*$")
_TICKER_LABEL = re.compile(r"^\s*(?:[•·*-]\s*)?[^\s.!?,;:][^!?,;:]{0,28}(?<![.!?])\s*$")   # "• Dow 30", "U.S. markets closed"


def _drop_ticker_runs(out: CleanText) -> None:
    """A market widget: three or more quote moves, each under its index's or commodity's short label."""
    lines = out.lines
    drop: set[int] = set()
    i = 0
    while i < len(lines):
        j, moves, last = i, 0, -1
        while j < len(lines) and (not lines[j].strip() or _TICKER_MOVE.match(lines[j])
                                  or (_TICKER_LABEL.match(lines[j]) and len(lines[j].split()) <= 5)):
            if _TICKER_MOVE.match(lines[j]):
                moves, last = moves + 1, j
            j += 1
        if moves >= 3:
            drop.update(range(i, last + 1))
        i = max(j, i + 1)
    _remove_lines(out, drop)


_SHORT_ITEM = re.compile(r"^\s*(?:[•·*-]\s*)?\S{1,20}(?:\s\S{1,20})?\s*$")
SHARE_EDGE = 25   # a share bar stands this near the top or the foot of a page


def _drop_share_runs(out: CleanText, k: Knowledge) -> None:
    """A share bar written one button a line: a run of short items next to each other, two or more and at least half
    of them share buttons, near the top or the foot of the page (a list of networks in an article is further in)."""
    buttons = k.furniture.get("share_button", [])
    if not buttons:
        return
    lines = out.lines
    drop: set[int] = set()
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _SHORT_ITEM.match(lines[j]):
            j += 1
        shares = sum(1 for x in range(i, j) if any(p.match(lines[x].strip()) for p in buttons))
        if j - i >= 2 and shares >= 2 and 2 * shares >= j - i and (i < SHARE_EDGE or j > len(lines) - SHARE_EDGE):
            drop.update(range(i, j))
        i = max(j, i + 1)
    _remove_lines(out, drop)


def _drop_foreign_tail(out: CleanText) -> None:
    """In a Latin-script article, drop the trailing block of foreign-script lines."""
    lines = out.lines
    end = len(lines)
    while end > 0:
        ln = lines[end - 1].replace(MARK, "").strip()
        if not ln or _NUMBER_ONLY.match(ln) or _script_share(ln) > 0.5:
            end -= 1
            continue
        break
    if end < len(lines):
        out.removed.extend(ln for ln in lines[end:] if ln.strip())
        _remove_lines(out, set(range(end, len(lines))))


def _is_link_line(line: str) -> bool:
    text = _LIST_ITEM.sub("", line).strip()
    return bool(text) and len(text.split()) <= 14 and not re.search(r"[.!?:;]$", text)


def _prev_line(lines: list[str], i: int) -> str:
    j = next((j for j in range(i - 1, -1, -1) if lines[j].replace(MARK, "").strip()), None)
    return lines[j].replace(MARK, "").strip() if j is not None else ""


def _next_line(lines: list[str], i: int) -> str:
    j = _next_nonempty(lines, i + 1)
    return lines[j].replace(MARK, "").strip() if j < len(lines) else ""


def _is_stamp(line: str, k: Knowledge) -> bool:
    """A date line, bare or under a label ("Last Updated March 28, 2024 7:24 PM")."""
    if not line:
        return False
    if _DATE_LINE.match(_PAREN_TAIL.sub("", line)):
        return True
    return any((m := p.search(line)) and "date" in p.groupindex and m.group("date") for p in k.attribution)


def _next_nonempty(lines: list[str], j: int) -> int:
    while j < len(lines) and not lines[j].replace(MARK, "").strip():
        j += 1
    return j


def _menu_item(line: str) -> bool:
    body = line.replace(MARK, "").strip()
    return 0 < len(body.split()) <= 3 and not re.search(r"[.!?:;,]$", body)


def _in_menu(lines: list[str], i: int) -> bool:
    """A short line between short lines is a menu's item ("Markets / Deals / Opinion / Podcasts"), no label of
    what follows it."""
    before = next((ln for ln in reversed(lines[max(0, i - 3):i]) if ln.replace(MARK, "").strip()), "")
    after = next((ln for ln in lines[i + 1:i + 4] if ln.replace(MARK, "").strip()), "")
    return _menu_item(before) and _menu_item(after)


def _carried_from(out: CleanText, name: str) -> None:
    """A syndication notice cut from a paragraph ("This article originally appeared on Engadget at …") names the
    article's publisher; a site named before it (a logo at the top) is the site that carried it."""
    held = out.meta.get("publisher")
    if held and held != name:
        out.meta.setdefault("via", held)
    out.meta["publisher"] = name


def _caption_pairs(lines: list[str]) -> set[int]:
    """An image caption given twice, the second time with a suffix ("… – Click to enlarge")."""
    drop: set[int] = set()
    for i, ln in enumerate(lines):
        body = ln.replace(MARK, "").strip()
        j = _next_nonempty(lines, i + 1)
        if len(body) >= 20 and j < len(lines):
            nxt = lines[j].replace(MARK, "").strip()
            rest = nxt[len(body):].strip()
            if nxt.startswith(body) and rest and len(rest) <= 40 and rest[:1] in "–—-|(:·•":
                drop.update((i, j))
    return drop


def _byline_blocks(out: CleanText, k: Knowledge) -> None:
    """'Written by' on a line of its own, the author's name on the next: the name is the author."""
    lines = out.lines
    labels = k.furniture.get("byline_label", [])
    for i, ln in enumerate(lines):
        body = ln.replace(MARK, "").strip()
        if body and any(p.search(body) for p in labels):
            j = _next_nonempty(lines, i + 1)
            if j < len(lines) and PERSON_NAME.match(lines[j].replace(MARK, "").strip()):
                out.meta.setdefault("author", lines[j].replace(MARK, "").strip())
                out.removed.extend([body, lines[j].strip()])
                _remove_lines(out, set(range(i, j + 1)))
                return
