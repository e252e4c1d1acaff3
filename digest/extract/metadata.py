"""Title, date and language from cleaned article lines."""

from __future__ import annotations

import datetime as dt
import re

import dateparser

from digest.clean.mojibake import MARK

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'“(])")
_CLAUSE_CUT = re.compile(r",\s+(?=(?:\w+ing|that|which|who|whose|where|while|as|a|an)\b)")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_LATIN = re.compile(r"[A-Za-z]")
_YEAR = re.compile(r"\b(19[89]\d|20[0-4]\d)\b")


def is_headline(line: str) -> bool:
    """A line that reads as a headline: short, no sentence-final period, not a list item."""
    s = line.replace(MARK, "").strip()
    words = s.split()
    if not (2 <= len(words) <= 24) or len(s) > 180:
        return False
    if s.startswith(("-", "*", "•", "|", "#")) or s.endswith((".", ",", ";", ":")):
        return False
    return any(w[:1].isupper() or w[:1].isdigit() for w in words[1:]) or s.endswith("?")


def first_sentence(text: str) -> str:
    text = text.replace(MARK, "").strip()
    parts = _SENTENCE_END.split(text, maxsplit=1)
    return parts[0].strip()


def title_from_lede(lede: str, max_words: int = 30) -> str:
    """A title made from the lede: its first sentence, cut at a clause boundary when long."""
    sentence = first_sentence(lede).rstrip(".")
    words = sentence.split()
    if len(words) > 14:
        for m in _CLAUSE_CUT.finditer(sentence):
            head = sentence[: m.start()]
            if len(head.split()) >= 6:
                sentence = head
                break
    words = sentence.split()
    if len(words) > max_words:
        sentence = " ".join(words[:max_words]).rstrip(",;:") + "…"
    return sentence


def detect_language(text: str) -> str:
    cjk, kana, hangul = len(_CJK.findall(text)), len(_KANA.findall(text)), len(_HANGUL.findall(text))
    latin = len(_LATIN.findall(text))
    total = cjk + kana + hangul + latin
    if not total:
        return "en"
    if kana / total > 0.1:
        return "ja"
    if hangul / total > 0.3:
        return "ko"
    if cjk / total > 0.3:
        return "zh"
    return "en"


_NO_YEAR = re.compile(r"^\s*(\d{1,2})/(\d{1,2})\s*$")


MAX_DATE_CHARS = 120


def parse_date(text: str) -> tuple[dt.date | None, bool]:
    """(date, year_missing). Keeps the calendar day stated; never consults the clock for a year."""
    s = text.strip()
    if len(s) > MAX_DATE_CHARS:  # no date line is this long, and the parser's time grows with it
        return None, False
    s = re.sub(r"\s*\|\s*\d{1,2}:\d{2}.*$", "", s)  # "Feb 16 2024 | 11:27 AM IST" -> the day
    m = _NO_YEAR.match(s)
    if m:
        month, day = int(m.group(1)), int(m.group(2))
        try:  # 1900 stands for the missing year until it is completed; "2/30" is no date
            return dt.date(1900, month, day), True
        except ValueError:
            return None, False
    has_year = bool(re.search(r"\b\d{4}\b", s))
    parsed = dateparser.parse(
        s,
        languages=["en", "zh"],
        settings={"RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DAY_OF_MONTH": "first",
                  "RELATIVE_BASE": dt.datetime(1900, 1, 1), "REQUIRE_PARTS": ["day", "month"]},
    )
    if parsed is None:
        return None, False
    return parsed.date(), not has_year


def years_in(text: str) -> list[int]:
    return [int(y) for y in _YEAR.findall(text)]


def complete_year(partial: dt.date, known_dates: list[dt.date]) -> dt.date | None:
    """Give a month/day the year that puts it on or after the latest known date before it."""
    if not known_dates:
        return None
    latest = max(known_dates)
    for year in (latest.year, latest.year + 1):
        try:
            candidate = partial.replace(year=year)
        except ValueError:
            continue
        if candidate >= latest:
            return candidate
    return None
