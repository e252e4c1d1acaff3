"""Dated events that an article's prose states: full dates, months, quarters, years, month-days, weekdays.

`find_mentions` reads sentences and returns each date expression with a short event phrase;
`resolve` turns the ones that need the entry's date (a month-day with no year, "on Monday")
into ISO dates once that date is known; with no date, a month-day keeps ISO 8601's yearless
form ("--09-04") and a weekday is dropped.
Month and weekday names come from Babel's locale data, so other languages need no word list.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

import regex

from digest.extract.headline import lower_words

LANGUAGES = ("en", "es", "fr", "de", "pt", "it", "nl")
# languages whose month names are read too, but not their weekdays: those are words as well
# (Indonesian "Minggu" is Sunday and a week, Turkish "Pazar" Sunday and a market)
MONTH_LANGUAGES = ("sv", "da", "nb", "pl", "cs", "ru", "tr", "id", "fi")
EVENT_WORDS = 16
MAX_SENTENCE = 600
# A month-day with no year is the latest such day on or before the entry's date, unless the
# sentence speaks of the future ("will", "is expected to"), when it is the next one.
_FUTURE = re.compile(r"\b(?:will|shall|is (?:set|due|expected|scheduled|slated) to|are (?:set|due|expected|scheduled) to|"
                     r"plans? to|upcoming|next|from now|va a|van a|será|wird|werden|sera|vont)\b", re.I)


@dataclass(frozen=True)
class Mention:
    date: str            # 2024-05-13, 2024-05, 2024, 2024-Q1; --05-13 (no year); weekday:0..6 (Monday=0)
    event: str
    ahead: bool = False  # the sentence speaks of the future ("will", "next Monday")
    # a month-day in a sentence that also holds a year or a clock time ("GMT 19:30 2018 Wednesday ,03 January"):
    # a stamp's parts or another event's year, so the day is not kept without a year
    crowded: bool = False


@lru_cache(maxsize=1)
def _names() -> tuple[dict[str, int], dict[str, int]]:
    """Month and weekday names of the supported languages -> number (case kept: see _month_re)."""
    from babel.dates import get_day_names, get_month_names

    months: dict[str, int] = {}
    days: dict[str, int] = {}
    for lang in LANGUAGES:
        for width in ("wide", "abbreviated"):
            if width == "abbreviated" and lang != "en":
                continue  # other languages' short forms ("mar", "jan.") collide with words
            for num, name in get_month_names(width, locale=lang).items():
                months.setdefault(name.rstrip("."), num)
        for num, name in get_day_names("wide", locale=lang).items():
            days.setdefault(name, num)  # babel: Monday = 0
    for lang in MONTH_LANGUAGES:
        for num, name in get_month_names("wide", locale=lang).items():
            months.setdefault(name.rstrip("."), num)
    months["Sept"] = 9
    return months, days


def month_names() -> frozenset[str]:
    """The month names (and English abbreviations) of the languages whose dates the timeline reads."""
    return frozenset(_names()[0])


@lru_cache(maxsize=1)
def _patterns() -> dict[str, regex.Pattern]:
    months, days = _names()
    # English names are written capitalised; a lower-case "may" or "march" is a verb.
    alt = "|".join(sorted((re.escape(m) for m in months), key=len, reverse=True))
    month = rf"(?P<month>{alt})\.?"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º|\.)?"
    year = r"(?P<year>(?:19|20)\d\d)"
    weekday = "|".join(sorted((re.escape(d) for d in days), key=len, reverse=True))
    on_day = rf"(?:(?:{weekday}),? )?"   # "Tuesday, March 26" is one date
    return {
        "iso": regex.compile(r"(?<![\d-])(?P<year>(?:19|20)\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)(?![\d-])"),
        "mdy": regex.compile(rf"\b{on_day}{month} {day},? {year}\b"),
        "dmy": regex.compile(rf"\b{on_day}{day} (?:de )?{month},? (?:de )?{year}\b"),
        "my": regex.compile(rf"\b{month},? (?:de |of )?{year}\b"),
        "md": regex.compile(rf"\b{on_day}{month} {day}\b(?!,? (?:19|20)\d\d)(?![\d:])"),
        "dm": regex.compile(rf"\b{on_day}{day} (?:de )?{month}\b(?!,? (?:de )?(?:19|20)\d\d)"),
        "quarter": regex.compile(rf"\b(?P<q>Q[1-4]),? {year}\b|\b{year}[- ](?P<q2>Q[1-4])\b"),
        # (Korean writes the same with 년, 월, 일 and spaces: "2022년 9월", "2012년에 설립된")
        # ("3月28日", "9월 2일": a month-day with no year, not a month-day after one)
        "cjk_md": regex.compile(r"(?<![\d年년]\s?)(?P<mon>1[0-2]|0?[1-9])(?:月|월\s?)(?P<day>[0-3]?\d)[日号일]"),
        "cjk": regex.compile(r"(?P<year>(?:19|20)\d\d)[年년]\s?(?:(?P<mon>1[0-2]|0?[1-9])[月월]\s?(?:(?P<day>[0-3]?\d)[日号일])?)?"
                             r"(?:(?<=[년월일])(?:에는|에|의|부터|까지)|(?<=[年月日])(?:には|に|から|まで))?"),
        # ("im Jahr 2021", "aus dem Jahr 2021", "en el año 2021", "no ano de 2021", "nel 2021": a year in other languages' words)
        # (not a year a plan runs to, "bis 2027", "by 2027": a target, which would date the story's pages in the future)
        "year": regex.compile(r"\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Ee]n|[Dd]esde|[Ii]m|[Ss]eit|[Dd]epuis|[Ee]m|[Nn]el|[Dd]al|"
                              r"(?:[Ii]m|[Aa]us dem|[Ss]eit dem|[Vv]om) [Jj]ahr(?:e)?|[Ee]n el año|[Dd]el año|[Ee]n l['’]an|"
                              r"[Nn]o ano de|[Dd]o ano de|[Nn]ell['’]anno|"
                              # ("в 2021 году", "w 2021 roku", "v roce 2021", "pada tahun 2021", "år 2021")
                              r"[Вв]|[Ww]|[Vv] roce|[Pp]ada(?: tahun)?|[Åå]r)"
                              # (a history reaches back past 1900: "which was founded in 1856")
                              rf" (?:early |late |mid-)?(?P<year>18\d\d|(?:19|20)\d\d)\b(?![-–/]\d)(?! (?:million|billion|percent))"),
        "weekday": regex.compile(rf"\b(?P<rel>(?:[Ll]ast|[Nn]ext|[Tt]his) )?(?P<wd>{weekday})\b"),
        # ("today reported results": the page's own day; not "today's", the present in general)
        "today": regex.compile(r"\b(?:[Tt]oday|heute|hoy|aujourd['’]hui|oggi|hoje|vandaag)\b(?!['’]s\b)"),
    }


# (Korean, Japanese and Chinese sentences after a full stop and a space open on their own letters: "…이어졌다. 피그마는 …")
# (not before a number after an abbreviated month or a short capitalised abbreviation: "closed on Oct. 23, 2020", "No. 3")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[\"“A-Z\u0410-\u042f\uac00-\ud7af\u3040-\u30ff\u4e00-\u9fff])|(?<![A-Z]\.)(?<![A-Z][a-z]\.)(?<![A-Z][a-z]{2}\.)(?<![A-Z][a-z]{3}\.)(?<=[.!?])\s+(?=[0-9])"
                       r"|(?<=[。！？])")
_LEAD = re.compile(r"^(?:on|in|since|by|as of|from|during|until|through|at|of|en|el|desde|am|im|seit|le|depuis)\s+",
                   re.I)
_CLAUSE = re.compile(r"\s*(?:[;:]|(?<!\d),|,(?!\d)|\s[—–]\s)\s*")   # (not the comma of "2,6 milyar")
_ASIDE = re.compile(r"\s*\([^()]{0,80}\)")


def _valid(y: int, m: int, d: int | None = None) -> bool:
    try:
        dt.date(y, m, d or 1)
    except ValueError:
        return False
    return True


_TRAILING_LEAD = re.compile(r"(?:\s+(?:on|in|since|by|as of|from|during|until|at|of|the|en|el|la|de|desde|"
                            r"im|am|seit|le|depuis|em|no|na|den))+\s*$", re.I)


def _event(sentence: str, start: int, end: int) -> str | None:
    """A short phrase for what happened: the clause holding the date, with the date taken out.
    None for a stamp ("Updated: May 13, 2024"), which dates the page, not an event."""
    before, after = sentence[:start], sentence[end:]
    if before.rstrip().endswith(":") and len(before.split()) <= 3:
        return None
    if _DATELINE_END.match(after) and re.search(r"(?-i:[A-ZÀ-Ý])[\w .'’-]*[,|]", before) and lower_words(before) <= 1:
        return None   # "Paris, France | AFP | dimanche 10/12/2023 - …": a wire's dateline dates the page
    if before.rstrip().endswith("(") and after.lstrip().startswith(")"):  # "Llama 2 (July 2023) had …"
        before, after = before.rstrip()[:-1], after.lstrip()[1:]
    before = _TRAILING_LEAD.sub("", " " + _ASIDE.sub("", before)).strip()
    after = _ASIDE.sub("", after)
    after = _SUFFIX.sub("", after)   # "Mart 2021'de": a case ending on the date, not a word after it
    if not before or _LEAD.fullmatch(before + " "):
        # "On May 13, 2024, OpenAI released GPT-4o." -> the rest of the sentence
        text = after.lstrip(" ,")
    else:
        cuts = [m.end() for m in _CLAUSE.finditer(before)]
        head = before[cuts[-1]:] if cuts else before
        named = _NAME_END.search(before[:cuts[-1]]) if cuts and _RELATIVE_HEAD.match(head) else None
        if named:
            head = named.group(1) + head[_RELATIVE_HEAD.match(head).end() - 1:]   # "Credit Suisse, which was founded in 1856": whose event
        tail_cut = _CLAUSE.search(after)
        tail = after[:tail_cut.start()] if tail_cut else after
        text = (head + " " + tail.strip()).strip()
        if len(text.split()) < 3:
            text = before + " " + after.strip(" ,")
    text = _CONJUNCTION.sub("", re.sub(r"\s+", " ", text)).strip(" ,;:—–-.。")
    text = re.sub(r"(?<=[\u3040-\u30ff\u4e00-\u9fff]) (?=[\u3040-\u30ff\u4e00-\u9fff])", "", text)   # (Japanese and Chinese need no space)
    words = text.split()
    if len(words) > EVENT_WORDS:
        text = " ".join(words[:EVENT_WORDS]) + "…"
    if not re.search(r"[^\W\d_]{3}", text):  # "17:08 UTC" is a time, not an event
        return None
    return text[:1].upper() + text[1:]


# ("Mart 2021'de", "26 апреля 2024 г.", "в 2021 году", "w 2021 roku": the year's case ending or word)
_SUFFIX = re.compile(r"^(?:['’](?:[dt][ae]n?|[iıuü]nd[ae]n?|[nsy]?[ei])\b|\s+(?:г\.?|гг\.|года|году|roku|r\.)(?!\w))")

# the rest of a wire's dateline after its day: the agency in brackets, then a dash
_DATELINE_END = re.compile(r"\s*(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\s*)?(?:\([^()]{2,30}\)\s*)?[-–—]\s")
# a relative clause holding the date, and the name it describes at the end of the clause before
_RELATIVE_HEAD = re.compile(r"(?:which|who|that|qui|que|die|der|das|che)\s", re.I)
_NAME_END = re.compile(r"((?-i:[A-Z][\w&.'’-]*)(?:\s(?-i:[A-Z][\w&.'’-]*)){0,3})\s*,\s*$")
_CONJUNCTION = re.compile(r"^(?:but|and|so|yet|then|however|meanwhile|pero|y|mais|et|aber|und)\b[\s,]*", re.I)


_BETWEEN = re.compile(r"\b(?:between|zwischen|entre|tra|fra|tussen)\s+(?:the\s+|dem\s+|le\s+|el\s+|il\s+)?$", re.I)
_AND = re.compile(r"\s+(?:and|und|et|y|e|en)\s+(?:the\s+|dem\s+|le\s+|el\s+|il\s+)?", re.I)
_KINDS = ("iso", "cjk", "mdy", "dmy", "quarter", "my", "md", "dm", "cjk_md", "year", "weekday", "today")
_DIGIT = regex.compile(r"\d")   # (the patterns' own engine and its sense of a digit)
_YEAR = regex.compile(r"(?:18|19|20)\d\d")   # every pattern but these holds a year
_YEARLESS_KINDS = ("md", "dm", "cjk_md", "weekday", "today")


def _mentions_in(sentence: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, date, ahead) for each date expression, longest first where they overlap."""
    months, days = _names()
    p = _patterns()
    found: list[tuple[int, int, str, bool]] = []

    def month_of(m) -> int | None:
        return months.get(m.group("month"))

    # every pattern but the weekday's and today's holds a digit (a day or a year): a sentence without one is read for those only
    for kind in (_KINDS if _YEAR.search(sentence) else _YEARLESS_KINDS) if _DIGIT.search(sentence) else ("weekday", "today"):
        for m in p[kind].finditer(sentence):
            if any(s <= m.start() < e or s < m.end() <= e for s, e, _, _ in found):
                continue
            date = None
            if kind in ("iso", "cjk"):
                y = int(m.group("year"))
                mon = int(m.group("mon")) if m.group("mon") else None
                d = int(m.group("day")) if m.group("day") else None
                if mon is None:
                    date = str(y)
                elif _valid(y, mon, d):
                    date = f"{y}-{mon:02d}" + (f"-{d:02d}" if d else "")
            elif kind in ("mdy", "dmy", "md", "dm"):
                mon = month_of(m)
                d = int(m.group("day"))
                if mon is None:
                    continue
                if kind in ("mdy", "dmy"):
                    y = int(m.group("year"))
                    if _valid(y, mon, d):
                        date = f"{y}-{mon:02d}-{d:02d}"
                elif 1 <= d <= 31 and _valid(2000, mon, d):
                    date = f"--{mon:02d}-{d:02d}"
            elif kind == "cjk_md":
                mon, d = int(m.group("mon")), int(m.group("day"))
                if _valid(2000, mon, d):
                    date = f"--{mon:02d}-{d:02d}"
            elif kind == "my":
                mon = month_of(m)
                if mon is not None:
                    date = f"{m.group('year')}-{mon:02d}"
            elif kind == "quarter":
                date = f"{m.group('year')}-{m.group('q') or m.group('q2')}"
            elif kind == "year":
                date = m.group("year")
            elif kind == "weekday":
                rel = (m.group("rel") or "").strip().lower()
                if rel == "last":
                    continue  # "last Monday" could be either of two weeks
                date = f"weekday:{days[m.group('wd')]}"
            elif kind == "today":
                date = "today"
            if date:
                found.append((m.start(), m.end(), date, bool(_FUTURE.search(sentence))))
    found.sort()
    # "shipped between July 1 and September 30": a period's two ends, no event on either day
    ends = {i for i, (a, b) in enumerate(zip(found, found[1:]))
            if _BETWEEN.search(sentence, 0, a[0]) and _AND.fullmatch(sentence, a[1], b[0])}
    return [f for i, f in enumerate(found) if i not in ends and i - 1 not in ends]


def _sentences(text: str):
    """Sentences of bounded length: a longer run is not prose, and is read in pieces so that the
    work stays linear in the text."""
    for sentence in _SENTENCE.split(re.sub(r"\s+", " ", text)):
        while len(sentence) > MAX_SENTENCE:
            cut = sentence.rfind(" ", 0, MAX_SENTENCE)
            cut = cut if cut > MAX_SENTENCE // 2 else MAX_SENTENCE
            yield sentence[:cut]
            sentence = sentence[cut:]
        yield sentence


_CROWDED = re.compile(r"(?<!\d)(?:(?:18|19|20)\d\d|[0-2]?\d:[0-5]\d)(?!\d)")


def find_mentions(texts: list[str]) -> list[Mention]:
    """Every date a paragraph or list item states, with its event phrase, in reading order."""
    out: list[Mention] = []
    for text in texts:
        for sentence in _sentences(text):
            for start, end, date, ahead in _mentions_in(sentence):
                event = _event(sentence, start, end)
                if event and (len(event.split()) >= 2 or (len(event) >= 4 and not event.isascii())):
                    out.append(Mention(date, event, ahead, date.startswith("--") and bool(_CROWDED.search(sentence))))
    return out


def _year_for(month: int, day: int, anchor: dt.date, ahead: bool) -> str | None:
    for year in ((anchor.year, anchor.year + 1) if ahead else (anchor.year, anchor.year - 1)):
        if _valid(year, month, day) and (dt.date(year, month, day) >= anchor if ahead
                                         else dt.date(year, month, day) <= anchor):
            return f"{year}-{month:02d}-{day:02d}"
    return None


def resolve(mentions: list[Mention], entry_date: dt.date | None, date_known: bool) -> list[dict]:
    """Timeline items: dated mentions as they are; a month-day given the entry's year when the
    entry has a date, else kept without a year ("--09-04"); a weekday and "today" only when the
    entry's date comes from the text itself."""
    out: list[dict] = []
    seen: set[str] = set()
    for m in mentions:
        date = m.date
        if date.startswith("--"):
            # with no date to take a year from, the day stays without one (ISO 8601's "--09-04")
            if entry_date is not None:
                date = _year_for(int(date[2:4]), int(date[5:7]), entry_date, m.ahead)
            elif m.crowded:
                continue
        elif date == "today":
            if entry_date is None or not date_known:
                continue
            date = entry_date.isoformat()
        elif date.startswith("weekday:"):
            if entry_date is None or not date_known:
                continue
            wd = int(date.split(":")[1])
            delta = (wd - entry_date.weekday()) % 7
            date = (entry_date + dt.timedelta(days=delta) if m.ahead and delta
                    else entry_date - dt.timedelta(days=(entry_date.weekday() - wd) % 7)).isoformat()
        if date and date not in seen:
            seen.add(date)
            out.append({"date": date, "event": m.event})
    return out


def merge(stated: list[dict], found: list[dict]) -> list[dict]:
    """The article's own timeline block first, then events from prose on dates it does not list."""
    have = {str(t["date"]) for t in stated}
    return list(stated) + [t for t in found if t["date"] not in have]
