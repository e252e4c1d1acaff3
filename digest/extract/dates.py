"""Dates a page states about itself: stamps read in the page's language (`parse_date`) and metadata
values (`iso_day`); neither consults the clock for a missing year."""

from __future__ import annotations

import datetime as dt
import re
from email.utils import parsedate_tz
from functools import lru_cache

import dateparser

from digest.extract import values as V

# languages whose stamps are read when English and Chinese readings fail
STAMP_LANGUAGES = ("es", "de", "fr", "it", "pt", "nl", "ru", "tr", "pl", "id", "vi", "ja", "ko")
_NO_YEAR = re.compile(r"^\s*(\d{1,2})/(\d{1,2})\s*$")
MAX_DATE_CHARS = 120   # no date line is longer, and the parser's time grows with the text


@lru_cache(maxsize=4096)
def parse_date(text: str, language: str | None = None) -> tuple[dt.date | None, bool]:
    """(date, year_missing) read in the page's language first; keeps the calendar day stated and
    never consults the clock for a year. (Remembered per text and language: the parser's answer
    depends on nothing else, and a head line's stamp is read more than once.)"""
    s = text.strip()
    if len(s) > MAX_DATE_CHARS:
        return None, False
    s = re.sub(r"\s*\|\s*\d{1,2}:\d{2}.*$", "", s)  # "Feb 16 2024 | 11:27 AM IST" -> the day
    m = _NO_YEAR.match(s)
    if m:
        month, day = int(m.group(1)), int(m.group(2))
        try:  # 1900 stands for the missing year until it is completed; "2/30" is no date
            return dt.date(1900, month, day), True
        except ValueError:
            return None, False
    dotted = re.search(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?![\d.])", s)
    if dotted:
        # "06.04.2026 – 16:40": dots between day, month and year are the European order in any language
        try:
            return dt.date(int(dotted.group(3)), int(dotted.group(2)), int(dotted.group(1))), False
        except ValueError:
            return None, False
    plain = _plain_english_date(s)
    if plain is not None:
        return plain, False
    has_year = bool(re.search(r"(?<!\d)\d{4}(?!\d)", s))
    settings = {"RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DAY_OF_MONTH": "first",
                "RELATIVE_BASE": dt.datetime(1900, 1, 1), "REQUIRE_PARTS": ["day", "month"]}
    first = [language] if language and language not in ("en", "zh") and language in STAMP_LANGUAGES else []
    parsed = None
    for langs in (first + ["en"], ["en", "zh"], list(STAMP_LANGUAGES)):
        order = {"DATE_ORDER": "DMY"} if langs[0] not in ("en", "zh", "ja", "ko") else {}
        try:
            parsed = dateparser.parse(s, languages=langs, settings={**settings, **order})
        except (ValueError, OverflowError):  # a language dateparser does not know; the year 9999999999
            parsed = None
        if parsed:
            break
    if parsed is None or (has_year and str(parsed.year) not in s):
        return None, False   # ("S1 2020-21S1 2019-20", a table's header, is no day of 1899)
    return parsed.date(), not has_year


_MONTHS = V.MONTHS   # "january" -> 1 …
_MONTH = r"(?P<month>" + "|".join(sorted({*_MONTHS, *(m[:3] for m in _MONTHS), "sept"}, key=len, reverse=True)) + r")\.?"
_CLOCK = r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?"
# the stamps most pages write, read without the general parser (which takes milliseconds a stamp):
# "March 28, 2024 7:24 PM", "28 March 2024", "2024-03-28"
_PLAIN_DATES = (
    re.compile(rf"{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d){_CLOCK}", re.I),
    re.compile(rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>(?:19|20)\d\d){_CLOCK}", re.I),
    re.compile(r"(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)(?:[T ]\d\d:\d\d(?::\d\d)?(?:Z|[+-]\d\d:?\d\d)?)?"),
)


def _plain_english_date(s: str) -> dt.date | None:
    for rx in _PLAIN_DATES:
        m = rx.fullmatch(s)
        if m:
            month = m.group("month").lower()
            month = int(month) if month.isdigit() else next(i for name, i in _MONTHS.items() if name.startswith(month[:3]))
            try:
                return dt.date(int(m.group("year")), month, int(m.group("day")))
            except ValueError:
                return None
    return None


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


def iso_day(value) -> str | None:
    """The calendar day a date string states, as YYYY-MM-DD; no time-zone shift, no guessed year."""
    if not isinstance(value, str) or not value.strip() or len(value) > 200:  # no date is this long
        return None
    s = value.strip()
    m = (re.search(r"(\d{4})-(\d{1,2})-(\d{1,2})", s) or re.search(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日", s)
         or re.search(r"\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b", s))
    if m:
        parts = tuple(int(g) for g in m.groups())
    elif parsedate_tz(s):
        parts = parsedate_tz(s)[:3]
    elif re.search(r"\b(?:19|20)\d{2}\b", s):
        try:
            parsed = dateparser.parse(s, settings={"REQUIRE_PARTS": ["day", "month", "year"]})
        except (ValueError, OverflowError):
            parsed = None
        parts = (parsed.year, parsed.month, parsed.day) if parsed else None
    else:
        parts = None
    try:
        day = dt.date(*parts) if parts else None
    except (ValueError, OverflowError):  # February 30, the year 9999999999
        return None
    return day.isoformat() if day and 1990 <= day.year <= 2100 else None
