"""`digest check`: validate every entry with the shared schema, plus checks that need the body."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from pathlib import Path

from digest.config import Knowledge
from digest.entryfile import Problem, parse_entry
from digest.extract.markdown import unescape


def check_entry(path: Path, k: Knowledge, today: dt.date | None = None) -> list[Problem]:
    parsed = parse_entry(path)
    problems = list(parsed.problems)
    entry = parsed.entry
    if entry is None:
        return problems
    shown = str(path)
    fm_lines = parsed.meta and (parsed.body_line - 3)
    text = Path(path).read_text(encoding="utf-8")

    def line_of(needle: str) -> int | None:
        for i, ln in enumerate(text.split("\n")[: fm_lines + 2], start=1):
            if needle in ln:
                return i
        return None

    today = today or dt.date.today()
    if entry.date > today + dt.timedelta(days=1):
        problems.append(Problem(shown, line_of("date:"), f"date {entry.date} is in the future; use the publication date"))
    known_attrs = {a.name for a in k.attributes} | {e.name for e in k.entities if e.kind == "benchmark"}
    seen_ids: set[str] = set()
    plain = re.sub(r"\s+", " ", unescape(parsed.body))
    for c in entry.claims:
        where = line_of(f"id: {c.id}")
        if c.id in seen_ids:
            problems.append(Problem(shown, where, f"claim id '{c.id}' is used twice; make each id unique"))
        seen_ids.add(c.id)
        base = re.sub(r" to .*$", "", c.attribute)
        if c.attribute not in known_attrs and base not in known_attrs and not c.attribute.endswith(" rank"):
            close = difflib.get_close_matches(c.attribute, sorted(known_attrs), n=1)
            hint = f"; did you mean '{close[0]}'?" if close else "; add it to site_config/attributes.yml"
            problems.append(Problem(shown, where, f"claim '{c.id}': unknown attribute '{c.attribute}'{hint}"))
        quote = re.sub(r"\s+", " ", c.quote)
        if parsed.body.strip() and quote not in plain:
            problems.append(Problem(shown, where, f"claim '{c.id}': quote not found in the body; copy it verbatim from the text"))
    return problems


def check_folder(root: Path, k: Knowledge) -> tuple[list[Problem], int]:
    files = sorted((root / "entries").rglob("*.md")) if (root / "entries").is_dir() else []
    problems: list[Problem] = []
    for f in files:
        problems.extend(check_entry(f, k))
    return problems, len(files)
