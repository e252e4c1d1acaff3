"""`digest check`: validate every entry with the shared schema, plus checks that need the body."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from functools import lru_cache
from pathlib import Path

from digest.config import Knowledge
from digest.entryfile import ParsedEntry, Problem, is_hand_edited, parse_entry
from digest.extract.markdown import unescape
from digest.link.compare import _interval, _months
from digest.newentry import TEMPLATE
from digest.schema import Claim, Entry, Source

# Keys other tools put in front matter (Material, the converter's bookkeeping): never typos.
OTHER_KEYS = {"generated", "tags", "hide", "search", "template", "description", "status", "subtitle",
              "icon", "comments", "authors", "author"}


def _typos(parsed: ParsedEntry, mapping: dict, known: set[str], loc: tuple) -> list[Problem]:
    """Keys that are not fields but nearly spell one ('sumary' for 'summary')."""
    out = []
    for key in mapping:
        if not isinstance(key, str) or key in known:
            continue
        close = difflib.get_close_matches(key, sorted(known), n=1, cutoff=0.8)
        if close:
            out.append(Problem(parsed.path, parsed.line(loc + (key,)),
                               f"unknown field '{key}'; did you mean '{close[0]}'?"))
    return out


NUMERIC_TYPES = {"count", "money", "percent", "tokens", "rank"}
NOT_NEGATIVE = {"count", "tokens", "rank"}
_NUMBER = re.compile(r"(?<![\w.])(\d+(?:[.,]\d+)*)\s*(trillion|billion|million|thousand|[TBMK]\b)?", re.IGNORECASE)
_SCALE = {"trillion": 1e12, "t": 1e12, "billion": 1e9, "b": 1e9, "million": 1e6, "m": 1e6, "thousand": 1e3, "k": 1e3}


def implausible(value, kind: str | None) -> str | None:
    """Why a value cannot be what an attribute of this type holds, or None."""
    if isinstance(value, bool) or str(value).strip().lower() == "undisclosed":
        return None
    if kind in NUMERIC_TYPES:
        span = _interval(value)
        if span is None:
            return f"'{value}' is not a number; write a number in base units (e.g. 1000000), a range (1-4) or a bound (>50)"
        if kind in NOT_NEGATIVE and span[0] < 0:
            return f"'{value}' is negative; a {kind} cannot be"
    if kind == "date" and _months(value) is None:
        return f"'{value}' is not a date; write YYYY-MM-DD, YYYY-MM, a quarter (2027-Q1) or a half (2027-H1)"
    return None


def quote_supports(value, quote: str) -> bool:
    """Whether a number appears in its quote (in any scale: 1M = 1 million = 1,000,000). A quote
    with no digits (\"top three\", \"early next year\") cannot be judged and passes."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return True
    found = _NUMBER.findall(quote)
    if not found:
        return True
    target = abs(float(value))
    for digits, word in found:
        try:
            n = float(digits.replace(",", ""))
        except ValueError:
            continue
        scales = [_SCALE[word.lower()]] if word else [1, 1e3, 1e6, 1e9, 1e12]
        for scale in scales:
            if abs(n * scale - target) <= 0.005 * max(target, 1e-9):
                return True
    return False


@lru_cache(maxsize=8)
def _vocabulary(k: Knowledge) -> tuple[dict, dict, set]:
    """(attribute -> value type, lower-cased name or synonym -> name, known names), once per Knowledge."""
    known = {a.name for a in k.attributes} | {e.name for e in k.entities if e.kind == "benchmark"}
    names = {n.lower(): n for n in known}
    for a in k.attributes:
        for syn in a.synonyms:
            names.setdefault(syn.lower(), a.name)
    return {a.name: a.type for a in k.attributes}, names, known


def _squeezed(text: str) -> str:
    return re.sub(r"[\s|]+", "", text)


def check_entry(path: Path, k: Knowledge, today: dt.date | None = None) -> list[Problem]:
    text = None
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        pass
    return check_parsed(parse_entry(path), text, k, today)


def check_parsed(parsed: ParsedEntry, text: str | None, k: Knowledge, today: dt.date | None = None) -> list[Problem]:
    """Every problem `digest check` reports for one parsed entry (the plugin calls this too)."""
    problems = list(parsed.problems)
    if isinstance(parsed.meta, dict):
        problems += _typos(parsed, parsed.meta, set(Entry.model_fields) | OTHER_KEYS, ())
        if isinstance(parsed.meta.get("source"), dict):
            problems += _typos(parsed, parsed.meta["source"], set(Source.model_fields), ("source",))
    entry = parsed.entry
    if entry is None:
        return problems
    shown = parsed.path

    today = today or dt.date.today()
    if entry.date is not None and entry.date > today + dt.timedelta(days=1):
        problems.append(Problem(shown, parsed.line(("date",)),
                                f"date: {entry.date} is in the future; use the date the article was published"))
    known_attrs = _vocabulary(k)[2]
    seen_ids: dict[str, int | None] = {}
    plain = re.sub(r"\s+", " ", unescape(parsed.body))
    squeezed = _squeezed(plain)
    if parsed.body.strip() == TEMPLATE.strip() or (
            not unescape(re.sub(r"<!--.*?-->", "", parsed.body, flags=re.S)).strip() and "claims" not in parsed.meta):
        problems.append(Problem(shown, parsed.body_line, "the entry has no text yet; replace the template note "
                                                         "with the article's text"))
    # The converter may name an attribute from a source's own table ("pricing"); the vocabulary
    # and quote checks are for what people write, so they skip entries as the converter wrote them.
    generated = text is not None and not is_hand_edited(text)
    types, names, _ = _vocabulary(k)
    raw_claims = parsed.meta.get("claims") or []
    for i, c in enumerate(entry.claims):
        where = parsed.line(("claims", i, "id"))
        if c.id in seen_ids:
            problems.append(Problem(shown, where, f"claim id '{c.id}' is used twice (first on line "
                                                  f"{seen_ids[c.id]}); make each id unique"))
        seen_ids.setdefault(c.id, where)
        if isinstance(raw_claims[i], dict):
            problems += _typos(parsed, raw_claims[i], set(Claim.model_fields), ("claims", i))
        base = re.sub(r" to .*$", "", c.attribute)
        if not generated and c.attribute not in known_attrs and base not in known_attrs \
                and not c.attribute.endswith(" rank"):
            close = list(dict.fromkeys(names[m] for m in difflib.get_close_matches(
                c.attribute.lower(), sorted(names), n=5, cutoff=0.6)))[:3]
            also = f" (also close: {', '.join(repr(x) for x in close[1:])})" if len(close) > 1 else ""
            hint = (f"; did you mean '{close[0]}'?{also}" if close
                    else "; use a name from site_config/attributes.yml or add it there")
            problems.append(Problem(shown, parsed.line(("claims", i, "attribute")),
                                    f"claim '{c.id}': unknown attribute '{c.attribute}'{hint}"))
        quote = re.sub(r"\s+", " ", c.quote).strip()
        # a table's claim may quote the row as the source printed it (cells run together); the
        # body shows the rebuilt table, so the row is found there with cell borders and spaces aside
        quote_missing = bool(parsed.body.strip()) and quote not in plain and _squeezed(quote) not in squeezed
        why = implausible(c.value, types.get(c.attribute) or types.get(base))
        if why:
            problems.append(Problem(shown, parsed.line(("claims", i, "value")),
                                    f"claim '{c.id}': {c.attribute} {why}"))
        elif not generated and not quote_missing and not quote_supports(c.value, c.quote):
            problems.append(Problem(shown, parsed.line(("claims", i, "value")),
                                    f"claim '{c.id}': value {c.value} is not in its quote; correct the value "
                                    "or quote the sentence that states it"))
        if quote_missing:
            problems.append(Problem(shown, parsed.line(("claims", i, "quote")),
                                    f"claim '{c.id}': quote not found in the body; copy it verbatim from the text"))
    return problems


def undated_notice(parsed: ParsedEntry) -> Problem | None:
    """A converted entry whose source states no date is valid, and worth an editor's look."""
    if parsed.entry is not None and parsed.entry.date is None:
        return Problem(parsed.path, parsed.line(("date",)),
                       "notice: no publication date; the site lists this entry as undated, outside the feed "
                       "and the weekly digest, until you set date: YYYY-MM-DD")
    return None


def check_folder(root: Path, k: Knowledge, today: dt.date | None = None,
                 notices: list[Problem] | None = None) -> tuple[list[Problem], int]:
    """Problems in every entry under root/entries; notices (undated entries) go to `notices`."""
    files = sorted((root / "entries").rglob("*.md")) if (root / "entries").is_dir() else []
    problems: list[Problem] = []
    for f in files:
        text = None
        try:
            text = f.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            pass
        parsed = parse_entry(f)
        problems.extend(check_parsed(parsed, text, k, today))
        notice = undated_notice(parsed)
        if notice is not None and notices is not None:
            notices.append(notice)
    return problems, len(files)
