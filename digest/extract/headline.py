"""The headline, chosen from its evidence (repeated, a crumb's tail, above dek and byline, first of
its shape), and the header furniture around it: crumbs, labels, captions, stamps, counters, bylines."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from functools import lru_cache

from digest.clean.mojibake import MARK
from digest.config import Knowledge
from digest.extract.dates import parse_date
from digest.extract import lexicon
from digest.extract.entities import find_mentions

_CRUMB_SEP = re.compile(r"\s[/>»›|]\s")
_NAV_ARROW = re.compile(r"^[←→«»‹›<>]")
_COUNTER = re.compile(r"^(?:[\w.]+\s*·\s*)?(?!(?:19|20)\d\d\b)\d[\d,]*(?:\.\d+)?[KkMmBb]?\s+[^\W\d_]+(?:\s+[^\W\d_]+)?$")
_LIST_START = re.compile(r"^(?:[-*•·–]|\d{1,2}[.)])\s")
_HANDLE = re.compile(r"^@\w{1,30}$")
# a person's name: two to four capitalised words, no digits and no all-capitals word ("NVIDIA GB200 NVL72" is a product)
PERSON_NAME = re.compile(r"^(?![^\n]*\d)(?![^\n]*\b[A-Z]{3,}\b)[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}$")
# two to four people's names in one line: "Jane Roe, John Doe", "Jane Roe and John Doe"
_PEOPLE = re.compile(r"^(?:[A-Z][\w.'’-]+ ){1,2}[A-Z][\w.'’-]+(?:(?:, | and | & )(?:[A-Z][\w.'’-]+ ){1,2}[A-Z][\w.'’-]+){1,3}$")
_NAME_ROLE = re.compile(r"^([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})\s*[,|–—]\s*[^\d,|]{2,50}$")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = re.compile(
    rf"(?:{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}|\d{{1,2}}(?:st|nd|rd|th)? {_MONTH},? \d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|"
    rf"\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}})"
)
_DATE_ONLY = re.compile(rf"(?:[^\W\d_]+\.?,?\s+)?(?:{_DATE.pattern})(?:,?\s+(?:at\s+|um\s+|à\s+|a las\s+)?\d{{1,2}}[:.h]\d{{2}}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{{2,4}})?)?")
_YEAR_IN = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_MONOGRAM = re.compile(r"^([A-Z]) (\1[\w.-]*(?: [A-Z][\w.-]*){0,4})$")   # a logo's letter, then the name
_SENTENCE_END = re.compile(r"[.!?…]['\"”’)]?$")
_BUTTON = re.compile(r"^\[[^\]]{0,24}\]$")   # "[ Print ]", "[ 打印 ]": a button's label
_SYMBOL_START = re.compile(r"^(?:[^\w\s\"“‘'(\[$€£¥¿¡«„‚‹]|\[[^\]]{0,24}\]$)")


@dataclass
class Head:
    title: str | None = None
    lines: list[str] = field(default_factory=list)   # the article lines with the header furniture removed
    meta: dict = field(default_factory=dict)         # author, date, publisher read from the header
    removed: list[str] = field(default_factory=list)
    dropped: frozenset[int] = frozenset()            # indexes of the removed lines in the input

    def shift(self, marks: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """Line-indexed marks moved to the indexes they have once the furniture is gone; a mark on a
        dropped line moves to the line after it (what it labels is still there)."""
        return [(j - sum(1 for d in self.dropped if d < j), v) for j, v in marks]


def _plain(line: str) -> str:
    return line.replace(MARK, "").strip()


def _key(line: str) -> str:
    return re.sub(r"[\s#¶]+$", "", re.sub(r"\s+", " ", line)).strip().lower().replace("’", "'")


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_CJK_END = re.compile(r"[。！？]['\"”’)）」』]?$")


def is_paragraph(line: str) -> bool:
    words = line.split()
    if len(words) > 25 or (len(words) > 12 and bool(_SENTENCE_END.search(line))):
        return True
    # scripts written without spaces: a sentence's length in characters, or a sentence's end
    cjk = len(_CJK.findall(line))
    # (a headline may hold a comma: "…升18%至705.5億元人民幣，勝預期" is no paragraph below 40 characters)
    return cjk > 60 or (cjk > 20 and bool(_CJK_END.search(line))) or (cjk > 40 and ("，" in line or "," in line))


# the items of a menu, a share bar or a footer on one line, set apart by runs of spaces or by middle dots
# ("Listen   Share   Save", "Topics: Markets · Sweden · Job cuts"); a cell row of a flattened table holds numbers
_ITEM_GAP = re.compile(r"\s{2,}|\t|\s[·•]\s")
_ITEM_LABEL = re.compile(r"^[^\W\d][\w'’ -]{0,30}:\s+")


def item_bar(body: str, neighbours: tuple[str, ...] = ()) -> bool:
    """A line of short items (three or more, or two of two words at most), none a sentence, at most one with
    a digit, and no table's header (a neighbour cut into as many cells that holds a number)."""
    parts = [p for p in _ITEM_GAP.split(_ITEM_LABEL.sub("", body.strip(), count=1)) if p.strip()]
    if len(parts) < 2 or any(len(p.split()) > (5 if len(parts) >= 3 else 2) or re.search(r"[.!?,;]$", p) for p in parts):
        return False
    if sum(bool(re.search(r"\d", p)) for p in parts) > 1:
        return False
    return not any(len([c for c in _ITEM_GAP.split(n.strip()) if c.strip()]) == len(parts) and re.search(r"\d", n)
                   for n in neighbours)


def is_crumb(line: str) -> bool:
    return len(_CRUMB_SEP.findall(line)) >= 2 or bool(_NAV_ARROW.match(line))


def is_counter(line: str) -> bool:
    return len(line) <= 30 and bool(_COUNTER.match(line))


# a day written with its month's name or number and its year, in the languages dateparser reads
_DAY_IN_STAMP = re.compile(r"(?<![\w.])(?:\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,}\.?,?\s+(?:de\s+)?\d{4}|\d{1,2}[./]\d{1,2}[./]\d{4})(?![\w.]\d)")


def date_in_stamp(line: str, k: Knowledge, language: str | None = None) -> str | None:
    """The date of a stamp line ('Last Updated March 28, 2024 7:24 PM', 'June 2, 2024 · 5 min',
    '12. März 2024, 14:05 Uhr' on a German page)."""
    m = _DATE.search(line)
    if not m:
        if language and language != "en" and len(line.split()) <= 8 and _YEAR_IN.search(line) \
                and not _SENTENCE_END.search(line):
            # ("Jeudi 29 octobre 2020, 18h00  (il y a 41 mois)": the page's age in brackets after the time)
            day = re.sub(r"\s*\([^()]{1,30}\)\s*$", "", line)
            day = re.sub(r"\s*[,–—-]?\s*\d{1,2}[:.h]\d{2}(?:\s*\w{1,3})?\s*$", "", day).strip()
            # ("Paris, le 12 février 2026 – 10:37", "Madrid, 5 de marzo de 2026": the dateline's city first)
            day = re.sub(r"^(?-i:[A-ZÀ-Ý][\w-]+(?: [A-ZÀ-Ý][\w-]+)?),\s*(?:le |el |il |den |am |em |op )?(?=\d)", "", day)
            if parse_date(day, language)[0] is not None and not parse_date(day, language)[1]:
                return day
        if language and language != "en":
            # "Publicerad 23 april 2026 kl. 08:12   Uppdaterad …", "Opublikowano: 12.05.2026, 14:20": a label's
            # word and the time around the day; a later update set apart after a run of spaces is not read
            first = _ITEM_GAP.split(line.strip())[0]
            m = _DAY_IN_STAMP.search(first)
            if m and len(first.split()) <= 8 and not _SENTENCE_END.search(first[:m.start()]) \
                    and parse_date(m.group(), language)[0] is not None and not parse_date(m.group(), language)[1]:
                return m.group()
        return None
    rest = (line[: m.start()] + " " + line[m.end():]).strip()
    # ("February 24, 2026 5:12 PM EST Updated 2 hours ago", "24/02/2026 18h05 · Atualizado há 2 horas": a later update's note)
    rest = re.sub(r"(?i:\b(?:updated|actualizado|atualizado|aktualisiert|mis à jour|aggiornato|bijgewerkt)\b).*$", "", rest)
    rest = re.sub(r"\([^()]*\)|\d{1,2}[:h]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?|[A-Z]{2,4}\b|[|·•,:—–-]", " ", rest)
    if len(rest.split()) <= 3:
        return m.group()
    return None


_MONTH_YEAR = re.compile(r"\s*([^\W\d_]+)\.?,?\s+(?:de\s+|del\s+)?((?:19|20)\d\d)\s*")
_LOWER_WORD = re.compile(r"(?<![\w'’-])(?-i:[a-zà-ÿ])[\w'’-]*")


@lru_cache(maxsize=8)
def _month_numbers(k: Knowledge) -> dict[str, int]:
    """Month names in lower case, English and every language the knowledge lists (`grammar.months`,
    as `lexicon.month_in` numbers them), and their numbers."""
    names = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
    names.update({w: i % 12 + 1 for i, w in enumerate(lexicon.grammar(k).month_number)})
    return names


def lower_words(text: str) -> int:
    """How many words of `text` start in lower case: a dateline's places, agency and day have at most
    one (a weekday); a sentence has more."""
    return len(_LOWER_WORD.findall(text))


def month_line(line: str, k: Knowledge) -> str | None:
    """A line that gives only a month and its year ("febrero 2025", "February 2025", "März 2024"),
    as YYYY-MM: the dateline of a page that states no day."""
    m = _MONTH_YEAR.fullmatch(line)
    n = _month_numbers(k).get(m.group(1).lower()) if m else None
    return f"{m.group(2)}-{n:02d}" if n else None


# a wire's dateline opening the first paragraph: "Paris, France | AFP | dimanche 10/12/2023 - …",
# "LONDON, Feb 24 (Reuters) - …": places, the agency, the day, then a dash
_LEDE_DATELINE = re.compile(r"(?P<head>(?-i:[A-ZÀ-Ý])[^|()\n]{1,60}?(?:\s*[|(]\s*[\w .&-]{2,30}\s*[|)])?[^|()\n]{0,40}?)"
                            r"\s+[-–—]\s+(?-i:[A-ZÀ-Ý])")


def lede_dateline(lede: str, k: Knowledge, language: str | None = None) -> str | None:
    """The day a wire's dateline gives at the start of the first paragraph, if it gives one."""
    m = _LEDE_DATELINE.match(lede)
    if not m:
        return None
    if not re.match(r"[^\W\d_][^\W\d]*(?:[ .'’-]+[^\W\d]+)*,", m.group("head")) and not re.search(r"[|(]", m.group("head")):
        return None   # a place and its comma, or an agency, opens a dateline ("Since January 5, 2023 - …" is no dateline)
    head = re.sub(r"\s*[|()]\s*", " ", m.group("head"))
    day = _DATE.search(head) or _DAY_IN_STAMP.search(head)
    if not day:
        return None
    if lower_words(head[:day.start()] + " " + head[day.end():]) > 1:
        return None   # "Harbor Robotics said on March 4, 2024 - …": a sentence's words, not places and a weekday
    date, year_missing = parse_date(day.group(), language)
    return day.group() if date is not None and not year_missing else None


def common_words(name: str, lines: list[str]) -> bool:
    """True when a word of `name` also stands in lower case in the text: a heading, not a person."""
    words = {w.lower() for w in re.findall(r"[^\W\d_]{3,}", name)}
    lower = {w for ln in lines for w in re.findall(r"(?<![\w'’])[a-z]{3,}(?![\w'’])", ln.replace(MARK, ""))}
    return bool(words & lower)


def _is_label(line: str, k: Knowledge, kind: str) -> bool:
    return any(p.search(line) for p in k.furniture.get(kind, []))


_SPACED_ITEMS = re.compile(r"\S[ \t\u00a0]{2,}\S")


_CLOCK_ONLY = re.compile(r"(?:[01]?\d|2[0-3])[:.h][0-5]\d\s*(?:Uhr|h|hs|horas|[ap]\.?\s?m\.?|AM|PM)?"
                         r"(?:\s*(?:[A-Z]{1,2}[SD]?T|GMT|UTC|CET|CEST|MEZ|MESZ|BST|JST|KST|IST|HKT|SGT))?", re.I)


def headline_shaped(line: str, k: Knowledge) -> bool:
    words = line.split()
    cjk = len(_CJK.findall(line))
    if not words or len(words) > 24 or len(line) > 180 or cjk > 60:
        return False
    if len(words) < 2 and cjk < 8:
        return False   # (a headline in Chinese or Japanese is one run of characters: "AI半導体需要を追い風に急成長")
    if cjk and _CJK_END.search(line):
        return False
    if line.endswith((".", ",", ";", ":")) or line.startswith(("-", "*", "•", "|", "#")):
        return False
    if _DATE_ONLY.fullmatch(line) or re.fullmatch(r"(?i:last )?(?i:reviewed|checked|verified|fact-checked)(?: on)?", line):
        return False   # "Saturday, May 18, 2024", "Last reviewed": a page header's date or its label, not a headline
    if re.fullmatch(r"[(（][^()（）]+[)）]", line):
        return False   # "(Photo by Jane Roe/Getty Images)": a caption in brackets, never a headline
    if _CLOCK_ONLY.fullmatch(line):
        return False   # "15:35 Uhr", "10:52 a.m. ET": a page header's time, never a headline
    if line.count("|") >= 3:
        return False   # "G11 Media: | ChannelCity | ImpresaCity | …": a menu's items set apart by bars
    if _SPACED_ITEMS.search(line):
        return False   # "Sign in   Submit a Release": a menu's items set apart by runs of spaces, never a headline
    if len(words) <= 4 and re.search(r"[A-Za-z]", line) and not re.search(r"[a-z\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]", line) \
            and re.search(r"\d", line):
        return False   # "NVIDIA GB200 NVL72": a product's name (an image's alt text and caption), not a headline
    return not (is_crumb(line) or is_counter(line) or _SYMBOL_START.match(line)
                or _is_label(line, k, "caption") or _is_label(line, k, "date_label") or _is_label(line, k, "summary_label"))


def section_label(line: str, lines: list[str], k: Knowledge) -> bool:
    """'What you need to know', 'Key points': a few ordinary words naming nothing (no name the site
    knows, no number, no word capitalised after the first, a first word the page never writes
    capitalised inside a sentence): a section's label, not the article's headline."""
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    if not 1 <= len(words) <= 6 or re.search(r"\d", line) or line.isupper() or len(_CJK.findall(line)) >= 8:
        return False
    if any(w[:1].isupper() for w in words[1:]) or find_mentions(line, k):
        return False
    inside = re.compile(rf"(?<=[\w,;]\s){re.escape(words[0])}\b")
    return not any(inside.search(ln) for ln in lines)


def _is_kicker(line: str, following: list[str], k: Knowledge) -> bool:
    """A category label above the headline: a few capitalised words joined by '&', '/' or spaces."""
    words = [w for w in line.split() if w not in {"&", "/", "|", "·", "+", "-"}]
    if not 1 <= len(words) <= 4 or re.search(r"\d", line) or len(_CJK.findall(line)) >= 8:
        return False
    if not all(w[:1].isupper() for w in words) and len(words) > 2:
        return False
    return any(headline_shaped(f, k) and len(f.split()) > len(line.split()) for f in following[:3])


def _anchored_headline(lines: list[str], idx: list[int], k: Knowledge, anchors: list[int], language: str | None,
                       within: int = 40) -> int | None:
    """The headline read up from the byline or the date line: the nearest line shaped like a headline above it,
    past the stamps and names between and at most one line of another shape, then the top of the run of
    headline-shaped lines it ends (the headline over up to two deks). Any paragraph above it (a cookie banner, a
    newsletter box) is page furniture."""
    first = idx[:within]
    for p in sorted(set(anchors)):
        if not first or p > first[-1] + 1:
            break
        if sum(1 for i in first if i < p and is_paragraph(_plain(lines[i]))) >= 3:
            break   # paragraphs of an article above: a date further down ("Also from this source … Jan 22, 2026") is no head's
        above = [i for i in first if i < p][::-1]
        dek = 0
        for i in above[:4]:
            t = _plain(lines[i])
            if date_in_stamp(t, k, language) or is_counter(t) or PERSON_NAME.match(t) or _is_label(t, k, "date_label") \
                    or _is_label(t, k, "byline_label"):
                continue
            if _MONOGRAM.match(t):
                break   # a logo's letter and the site's name: the top of the page
            if _headline_line(t, k):
                # the top of the run of headline-shaped lines right above: the headline, then its deks
                # ("Norvale Soars …", "Shares jump as much as 9.4%", "Company plans to cut …", then the byline)
                for j in above[above.index(i) + 1:][:3]:
                    if not _headline_line(_plain(lines[j]), k):
                        break
                    i = j
                return i
            dek += 1
            if dek > 1:
                break
    return None


def _masthead(above: list[str], k: Knowledge, language: str | None, page: list[str] = ()) -> str | None:
    """The site's name at the top of the page, above its menus and the headline: the first line (past a
    "skip to content" link), a short name ("Mercado Abierto", "THE STERLING JOURNAL.", "ANN · Agenzia Notizie
    Nazionale"), no menu, crumb, date, counter or sentence."""
    lines = [t for t in above if not re.match(r"(?i)skip to\b", t)][:1]
    if not lines:
        return None
    t = re.sub(r"\s+[—–-]\s+(?i:[\w ]*\b(?:edition|edición|édition|ausgabe|edizione|edição|editie)\b[\w ]*)$", "", lines[0]).strip().rstrip(".")
    words = t.split()
    if not 1 <= len(words) <= 6 or len(t) > 50 or re.search(r"[!?:;,]|\d{3,}", t) or is_crumb(t) or is_counter(t) \
            or date_in_stamp(t, k, language) or re.search(r"\s[|/]\s|\S\s{2,}\S", t) or not re.match(r"[^\W\d_]", t) \
            or _is_label(t, k, "byline_label") or _is_label(t, k, "date_label") or _is_label(t, k, "caption"):
        return None
    if len(words) == 1 and (t.lower() in _MENU_WORDS or not t[:1].isupper()
                            or sum(ln.count(t) for ln in page) < 2):
        return None   # (one word names the site only where the page writes it again: "© 2026 Octet", "told ByteDesk")
    if any(w[:1].islower() and w.lower() not in _NAME_JOINERS for w in words[1:]):
        return None   # "Breaking news": a label, not a name
    return t


_NAME_JOINERS = frozenset({"of", "the", "de", "des", "du", "del", "della", "dei", "degli", "der", "die", "das", "la", "le", "el", "il",
                           "di", "do", "da", "dos", "van", "von", "het", "and", "y", "et", "und", "e", "&", "en", "on", "for"})


# one word that is a page's control, never its name
_MENU_WORDS = frozenset({"menu", "home", "search", "login", "log in", "subscribe", "share", "news", "inicio", "accueil", "startseite",
                         "buscar", "rechercher", "suche", "cerca", "busca", "zoeken", "newsletter", "podcasts", "live", "markets"})


# English's small words, which title case capitalises; other languages' come from languages.yml
_TITLE_CASE_SMALL = frozenset({"a", "an", "the", "of", "to", "for", "with", "in", "on", "at", "by", "from", "and", "as", "its",
                               "after", "over", "into"})


def _headline_line(t: str, k: Knowledge) -> bool:
    """A line that may be a headline or its dek: shaped like one, four words or more, no menu (items spaced
    apart, or every word capitalised with no small word between) and no caption."""
    words = t.split()
    # (a headline in title case keeps its small words: "Harbor Robotics Doubles Sorting Speed With New Arm")
    menu = len(re.findall(r"\S\s{2,}\S", t)) >= 2 or bool(re.search(r"\s[|·•/]\s", t)) or (
        len(words) >= 5 and all(w[:1].isupper() or not w[:1].isalpha() for w in words)
        and not any(w.lower() in _TITLE_CASE_SMALL or w.lower() in lexicon.grammar(k).stop for w in words[1:-1]))
    # (four words, or in a script written without spaces eight of its characters)
    return headline_shaped(t, k) and not is_paragraph(t) and (len(words) >= 4 or len(_CJK.findall(t)) >= 8) and not menu \
        and not _is_label(t, k, "caption")


def read_head(lines: list[str], k: Knowledge, language: str | None = None, stamps_at: list[int] = (),
              author_known: bool = False, max_lines: int = 30, bylines_at: list[int] = (), outlet: str | None = None) -> Head:
    """Choose the headline among the lines above the first paragraph and strip the header furniture.
    `stamps_at`: positions among `lines` where cleaning already took out a date stamp; a page has one
    byline, so with `author_known` a name beside a stamp is taken for a heading. `bylines_at`: where it
    took out a byline; the headline stands right above one. `outlet`: the site's name, when cleaning
    read it (a copyright line): the line that gives it is the masthead, never the headline."""
    idx = [i for i, ln in enumerate(lines) if _plain(ln)]
    # (and a date line the cleaning kept: "18/02/2026 13:42 (actualizado 18/02/2026 14:10)", "05 marzo 2026 11:20")
    # (not a name with its version date: "GPT-4o (2024-05-13)")
    dated = [i for i in idx[:40] if len(_plain(lines[i])) <= 80 and date_in_stamp(_plain(lines[i]), k, language)
             and not re.search(r"[^\W\d_]\d|\d[^\W\d_]{2,}", _DATE.sub(" ", _plain(lines[i])))]
    anchors = [*bylines_at, *stamps_at, *dated]
    anchored = _anchored_headline(lines, idx, k, anchors, language) if anchors else None
    top: list[int] = []
    for i in idx[:max(max_lines, idx.index(anchored) + 8 if anchored is not None else 0)]:
        if is_paragraph(_plain(lines[i])) and (anchored is None or i > anchored):
            break
        top.append(i)
    head = Head(lines=list(lines))
    if not top:
        return head
    text = {i: _plain(lines[i]) for i in top}
    keys = [_key(text[i]) for i in top]
    drop: set[int] = set()
    outlet_key = _key(outlet) if outlet else None

    # names of the byline: doubled, after a byline label, or beside a date stamp or counter
    def furniture_line(i):
        t = text.get(i, "")
        return bool(t) and (date_in_stamp(t, k, language) or is_counter(t) or _is_label(t, k, "date_label"))

    def stamp_beside(i):
        """A removed stamp stood right before or after line i (blank lines between do not count)."""
        spots = {min(max(p, 0), len(lines)) for p in stamps_at}
        return any(all(not _plain(lines[j]) for j in range(min(p, i + 1), max(p, i))) for p in spots)

    byline: int | None = None
    author: str | None = None
    for n, i in enumerate(top):
        t = text[i]
        role = _NAME_ROLE.match(t)    # "Jane Roe, Technology Reporter"
        # ("OpenAI Unveils Saffron-2, Its Most Capable Model Yet" is a headline: its part before the comma is no person's name)
        name = t if PERSON_NAME.match(t) else role.group(1) if role and PERSON_NAME.match(role.group(1)) else None
        if not name:
            continue
        prev = top[n - 1] if n else None
        nxt = top[n + 1] if n + 1 < len(top) else None
        doubled = (prev is not None and keys[n - 1] == keys[n]) or (nxt is not None and keys[n + 1] == keys[n])
        labelled = prev is not None and _is_label(text[prev], k, "byline_label")
        handle = nxt is not None and bool(_HANDLE.match(text[nxt]))   # a name over its @handle
        stamped = (prev is not None and furniture_line(prev)) or (nxt is not None and furniture_line(nxt)) \
            or stamp_beside(i)
        after = next((_plain(lines[j]) for j in idx if j > i), "")
        lone = not author_known and not common_words(name, lines) and not _LIST_START.match(after)
        if doubled or labelled or handle or (stamped and lone):
            byline, author = n, name
            if handle:
                drop.add(nxt)
            break

    title_at: int | None = None
    # 1. a line the page repeats, or the last segment of a breadcrumb
    crumb_tails = {_key(_CRUMB_SEP.split(text[i])[-1]) for i in top if is_crumb(text[i])}
    first_shaped = next((n for n, i in enumerate(top) if headline_shaped(text[i], k) and not PERSON_NAME.match(text[i])), None)
    for n, i in enumerate(top):
        t = text[i]
        # the headline shown again right below, or (the page's first headline-shaped line) again after a caption
        near_copy = any(keys[m] == keys[n] for m in range(n + 1, min(n + 4, len(top)))) or (
            n == first_shaped and any(keys[m] == keys[n] for m in range(n + 1, len(top))))
        if headline_shaped(t, k) and not PERSON_NAME.match(t) and (near_copy or keys[n] in crumb_tails) and keys[n] != outlet_key:
            title_at = n
            break
        # "Startseite TechnologieKI-Machtkampf eskaliert: …" over "KI-Machtkampf eskaliert: …": crumbs glued to the
        # headline, which the next line gives alone
        glued = next((m for m in range(n + 1, min(n + 4, len(top))) if len(keys[m]) >= 20 and keys[n] != keys[m]
                      and keys[n].endswith(keys[m]) and headline_shaped(text[top[m]], k)), None)
        if glued is not None:
            title_at = glued
            break
    # 1b. the line right above the byline or the date stamp cleaning took out (past a dek)
    if title_at is None and anchored is not None and anchored in top:
        title_at = top.index(anchored)
    # 2. headline and dek right above a name that stands alone before the first paragraph
    if title_at is None:
        for n in range(2, len(top)):
            t = text[top[n]]
            after = _plain(lines[idx[idx.index(top[n]) + 1]]) if idx.index(top[n]) + 1 < len(idx) else ""
            if PERSON_NAME.match(t) and n == len(top) - 1 and is_paragraph(after) and not common_words(t, lines) \
                    and headline_shaped(text[top[n - 1]], k) and headline_shaped(text[top[n - 2]], k) \
                    and not PERSON_NAME.match(text[top[n - 1]]):
                title_at, byline, author = n - 2, n, t
                break
    # 3. the first line shaped like a headline that is not a label above a longer one
    if title_at is None:
        for n, i in enumerate(top):
            t = text[i]
            if _MONOGRAM.match(t):
                continue
            menu = len(t.split()) <= 3 and 0 < n < len(top) - 1 \
                and len(text[top[n - 1]].split()) <= 3 and len(text[top[n + 1]].split()) <= 3
            if headline_shaped(t, k) and not menu and not _is_kicker(t, [text[j] for j in top[n + 1:]], k) \
                    and not (byline is not None and n == byline) and not section_label(t, lines, k) and keys[n] != outlet_key \
                    and not (len(t) <= 80 and re.search(r"[·|•]", t) and date_in_stamp(t, k, language)):   # ("AI News · May 07, 2026")
                title_at = n
                break

    if title_at is not None and byline is None and title_at + 1 < len(top) and _PEOPLE.match(text[top[title_at + 1]]) \
            and not common_words(text[top[title_at + 1]], lines):
        byline, author = title_at + 1, text[top[title_at + 1]]   # "Jane Roe, John Doe" right under the headline
    if title_at is not None:
        head.title = re.sub(r"\s*[#¶]$", "", text[top[title_at]])
        # (a line right above the headline is its kicker, "Comparisons & Benchmarks"; a site's name has menus under it)
        masthead = _masthead([text[top[n]] for n in range(title_at - 1)], k, language, lines)
        if masthead:
            head.meta["masthead"] = masthead
        for n in range(title_at):                  # everything above the headline
            drop.add(top[n])
            m = _MONOGRAM.match(text[top[n]])
            if m:
                head.meta.setdefault("publisher", m.group(2))
        for n in range(title_at, len(top)):        # the headline and its copies
            if keys[n] == keys[title_at]:
                drop.add(top[n])
        # the page's header between the headline and its copy (a counter, a ticker, an image's credit): short lines,
        # no paragraph; the article starts again at the copy
        copy = next((n for n in range(title_at + 1, min(title_at + 8, len(top))) if keys[n] == keys[title_at]), None)
        between = range(title_at + 1, copy) if copy is not None else ()
        for n in between:
            if not is_paragraph(text[top[n]]) and len(text[top[n]].split()) <= 8 and not PERSON_NAME.match(text[top[n]]):
                drop.add(top[n])
    start = title_at + 1 if title_at is not None else 0
    for n in range(start, len(top)):
        i, t = top[n], text[top[n]]
        d = date_in_stamp(t, k, language)
        if d and len(t) <= 80:
            # a date under a label that is not a publication stamp ("Last reviewed") is not the date
            label = text[top[n - 1]] if n else ""
            if not (label and len(label.split()) <= 3 and not _SENTENCE_END.search(label)
                    and not _is_label(label, k, "date_label") and not PERSON_NAME.match(label)
                    and n - 1 != title_at):
                head.meta.setdefault("date", d)
            drop.add(i)
        elif month_line(t, k):
            head.meta.setdefault("month", month_line(t, k))   # "febrero 2025" under the headline: no day stated
            drop.add(i)
        elif is_counter(t) or is_crumb(t) or _BUTTON.match(t) or _is_label(t, k, "date_label") \
                or _is_label(t, k, "byline_label") or item_bar(t):
            drop.add(i)
        elif keys.count(keys[n]) >= 2:             # review boxes and widgets shown twice
            drop.add(i)
        elif title_at is None and len(t.split()) == 1 and len(t) <= 30:
            drop.add(i)                            # a one-word label above the first paragraph
    if top and ("date" not in head.meta or (byline is None and not author_known)):
        # a date stamp right under the dek ("November 13, 2025·2 min read"): the first lines after the header, up to
        # the second paragraph; a name right under the dek beside the stamp cleaning took out is the byline ("9 Jan 2024"
        # over "Leah J. Williams")
        after = [i for i in idx if i > top[-1]]
        paragraphs = 0
        for j, i in enumerate(after[:8]):
            t = _plain(lines[i])
            # (only right under a dek that follows the headline, never a section heading further down, "Sorting
            # Speeds"; nor a name glued to the outlet's, "Paul SandleReuters")
            if j <= 2 and paragraphs <= 1 and title_at == len(top) - 1 and byline is None and not author_known \
                    and PERSON_NAME.match(t) and stamp_beside(i) \
                    and not common_words(t, lines) and not re.search(r"[a-z]{3}[A-Z]", t):
                head.meta.setdefault("author", t)   # (the stamp beside it taken out by cleaning)
                drop.add(i)
                break
            d = date_in_stamp(t, k, language) if len(t) <= 60 and not _SENTENCE_END.search(t) else None
            if d:
                if "date" not in head.meta:
                    head.meta["date"] = d
                    drop.add(i)
                break
            paragraphs += is_paragraph(t)
            if paragraphs >= 2:
                break
    if "date" not in head.meta and title_at is not None:
        # a stamp right above the headline, its kicker or its byline between ("Communication Officielle" over
        # "Jeudi 29 octobre 2020, 18h00" over the headline); a date at the top of the page, further up, is the
        # site's today
        for n in range(title_at - 1, max(title_at - 3, -1), -1):
            t = text[top[n]]
            d = date_in_stamp(t, k, language) if len(t) <= 80 and not _SENTENCE_END.search(t) else None
            if d:
                head.meta["date"] = d
                break
    if byline is not None:
        head.meta.setdefault("author", author)
        for n in range(len(top)):
            if keys[n] == keys[byline]:
                drop.add(top[n])
    head.removed = [_plain(lines[i]) for i in sorted(drop)]
    head.dropped = frozenset(drop)
    head.lines = [ln for i, ln in enumerate(lines) if i not in drop]
    return head


# an author's box after the article: the name alone, then a line about the author's work that opens with the first
# name or a pronoun and a verb of what the author does ("Justice has over three years experience …", "She covers …")
_BIO_VERB = r"\s+(?:has|is|was|covers|writes|reports|joined|leads|holds)\b"
# (about the author's work, not any person's: a profile's heading and its first paragraph stay)
_NEWSROOM = re.compile(r"\b(?:journalis[tm]|reporter|correspondent|editor|writer|columnist|covers|covering|writes|writing|"
                       r"media|newsroom|beat|bylines?)\b", re.I)


def author_box(lines: list[str]) -> tuple[list[str], str | None]:
    """The lines without an author's box in the last half of the page, and the author it names."""
    plain = [(i, _plain(ln)) for i, ln in enumerate(lines) if _plain(ln)]
    for n in range(len(plain) // 2, len(plain) - 1):
        i, name = plain[n]
        j, bio = plain[n + 1]
        if not PERSON_NAME.match(name) or len(bio) > 400:
            continue
        if re.match(rf"(?:{re.escape(name.split()[0])}|He|She|They){_BIO_VERB}", bio) and _NEWSROOM.search(bio):
            return [ln for x, ln in enumerate(lines) if x not in (i, j)], name
    return lines, None
