"""`digest check`: validate every entry with the shared schema, plus checks that need the body."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from pathlib import Path

from digest.config import Knowledge
from digest.entryfile import ParsedEntry, Problem, is_hand_edited, parse_entry
from digest.extract.markdown import unescape
from digest.schema import Claim, Entry, Source

# Keys other tools put in front matter (Material, the converter's bookkeeping): never typos.
OTHER_KEYS = {"generated", "tags", "hide", "search", "template", "description", "status", "subtitle", "author",
              "icon", "comments", "authors"}


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


def check_entry(path: Path, k: Knowledge, today: dt.date | None = None) -> list[Problem]:
    parsed = parse_entry(path)
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
    if entry.date and entry.date > today + dt.timedelta(days=1):
        problems.append(Problem(shown, parsed.line(("date",)),
                                f"date: {entry.date} is in the future; use the date the article was published"))
    known_attrs = {a.name for a in k.attributes} | {e.name for e in k.entities if e.kind == "benchmark"}
    seen_ids: dict[str, int | None] = {}
    plain = re.sub(r"\s+", " ", unescape(parsed.body))
    # The converter may name an attribute from a source's own table ("pricing"); the vocabulary
    # check is for what people write, so it skips entries exactly as the converter wrote them.
    generated = not is_hand_edited(Path(path).read_text(encoding="utf-8"))
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
            close = difflib.get_close_matches(c.attribute, sorted(known_attrs), n=1, cutoff=0.75)
            hint = (f"; did you mean '{close[0]}'?" if close
                    else "; use a name from site_config/attributes.yml or add it there")
            problems.append(Problem(shown, parsed.line(("claims", i, "attribute")),
                                    f"claim '{c.id}': unknown attribute '{c.attribute}'{hint}"))
        quote = re.sub(r"\s+", " ", c.quote).strip()
        if parsed.body.strip() and quote not in plain:
            problems.append(Problem(shown, parsed.line(("claims", i, "quote")),
                                    f"claim '{c.id}': quote not found in the body; copy it verbatim from the text"))
    return problems


def check_folder(root: Path, k: Knowledge, today: dt.date | None = None) -> tuple[list[Problem], int]:
    files = sorted((root / "entries").rglob("*.md")) if (root / "entries").is_dir() else []
    problems: list[Problem] = []
    for f in files:
        problems.extend(check_entry(f, k, today))
    return problems, len(files)
