"""Title, date and language from cleaned article lines."""

from __future__ import annotations

import datetime as dt
import re

import dateparser

from digest.clean.mojibake import MARK
from digest.extract.language import detect_language  # noqa: F401  (readers import it from here)

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'“(])")
_CLAUSE_CUT = re.compile(r",\s+(?=(?:\w+ing|that|which|who|whose|where|while|as|a|an)\b)")
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


def title_from_lede(lede: str, max_words: int = 30, max_chars: int = 150) -> str:
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
    if len(sentence) > max_chars:  # a long first sentence: keep its first clause, else cut at a word
        cuts = [m.start() for m in re.finditer(r",\s", sentence[:max_chars])
                if len(sentence[: m.start()].split()) >= 6]
        if cuts:
            sentence = sentence[: cuts[-1]]
        else:
            sentence = sentence[:max_chars].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return sentence


STAMP_LANGUAGES = ("es", "de", "fr", "it", "pt", "nl", "ru", "tr", "pl", "id", "vi", "ja", "ko")   # dates in stamps of pages in these languages
_NO_YEAR = re.compile(r"^\s*(\d{1,2})/(\d{1,2})\s*$")


def parse_date(text: str, language: str | None = None) -> tuple[dt.date | None, bool]:
    """(date, year_missing) read in the page's language first; keeps the calendar day stated and
    never consults the clock for a year."""
    s = text.strip()
    s = re.sub(r"\s*\|\s*\d{1,2}:\d{2}.*$", "", s)  # "Feb 16 2024 | 11:27 AM IST" -> the day
    m = _NO_YEAR.match(s)
    if m:
        month, day = int(m.group(1)), int(m.group(2))
        if 1 <= month <= 12 and 1 <= day <= 31:
            return dt.date(1900, month, day), True
        return None, False
    has_year = bool(re.search(r"(?<!\d)\d{4}(?!\d)", s))
    settings = {"RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DAY_OF_MONTH": "first",
                "RELATIVE_BASE": dt.datetime(1900, 1, 1), "REQUIRE_PARTS": ["day", "month"]}
    first = [language] if language and language not in ("en", "zh") and language in STAMP_LANGUAGES else []
    parsed = None
    for langs in (first + ["en"], ["en", "zh"], list(STAMP_LANGUAGES)):
        order = {"DATE_ORDER": "DMY"} if langs[0] not in ("en", "zh", "ja", "ko") else {}
        try:
            parsed = dateparser.parse(s, languages=langs, settings={**settings, **order})
        except ValueError:  # a language dateparser does not know
            parsed = None
        if parsed:
            break
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
