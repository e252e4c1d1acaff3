"""Writing entries safely: the entries already there, free file names, atomic writes, hand edits kept."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from digest import entryfile
from digest.config import Knowledge
from digest.convert.dates import partial_to_date
from digest.jobs import run_jobs
from digest.errors import WriteError
from digest.extract.duplicates import shingles
from digest.slugs import entry_slug, short_hash

SLUG_MAX = 80


@dataclass
class Report:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept_hand_edits: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)


@dataclass
class Existing:
    path: Path
    input: str | None
    story: str | None
    primary: str | None
    date: dt.date | None
    timeline_dates: list[dt.date]
    title: str
    shingles: frozenset
    text: str


def read_existing(path: Path) -> Existing | None:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    fm, body, _ = entryfile.split_front_matter(text)
    meta = entryfile.load_front_matter(str(path), fm)[0] if fm else {}
    if not isinstance(meta, dict):
        return None
    gen = meta.get("generated") if isinstance(meta.get("generated"), dict) else {}
    date = meta.get("date") if isinstance(meta.get("date"), dt.date) else None
    tl = [d for d in (partial_to_date(t.get("date")) for t in meta.get("timeline") or [] if isinstance(t, dict)) if d]
    ents = meta.get("entities") or []
    primary = gen.get("primary") or (ents[0] if ents else None)
    return Existing(path, gen.get("input"), meta.get("story"), primary, date, tl,
                    str(meta.get("title") or ""), shingles(body), text)


def _existing_job(path: Path):
    try:
        return read_existing(path)
    except Exception as err:  # an unreadable entry is not matched against; the build reports it
        return f"{type(err).__name__}: {err}"


def load_existing(entries_dir: Path, k: Knowledge, jobs: int = 1) -> list[Existing]:
    paths = sorted(entries_dir.rglob("*.md")) if entries_dir.is_dir() else []
    return [e for e in run_jobs(_existing_job, paths, k, jobs) if isinstance(e, Existing)]


class Writer:
    """Writes entries one by one: a new entry claims a free slug atomically (so two runs into one
    folder never overwrite each other); unchanged files and hand edits are left alone."""

    def __init__(self, entries_dir: Path, by_input: dict, existing: list[Existing], report: Report):
        self.entries_dir, self.by_input, self.report = entries_dir, by_input, report
        self.taken = {e.path.resolve() for e in existing}

    def write(self, d) -> None:
        try:
            self._write(d)
        except OSError as err:  # disk full, read-only or not ours: nothing half-written, one line
            raise WriteError(str(self.entries_dir), f"cannot write entries ({err.strerror or err}); free some "
                                                    "space or pass a writable --out folder") from None

    def _candidates(self, d):
        base = entry_slug(d.title, d.key, SLUG_MAX)
        yield self.entries_dir / f"{base}.md"
        yield self.entries_dir / f"{base[:SLUG_MAX - 8]}-{short_hash(d.key, 6)}.md"
        n = 3
        while True:
            yield self.entries_dir / f"{base[:SLUG_MAX - 8]}-{n}.md"
            n += 1

    def _write(self, d) -> None:
        text = d.text
        prev = self.by_input.get(d.key)
        if prev is None:
            for target in self._candidates(d):
                if target.resolve() in self.taken:
                    continue
                if entryfile.create_exclusive(target, text):
                    self.taken.add(target.resolve())
                    self.report.written.append(str(target))
                    return
                try:
                    same = target.read_text(encoding="utf-8") == text
                except (OSError, UnicodeDecodeError):
                    same = False
                if same:  # this very entry, written by an earlier or a parallel run
                    self.taken.add(target.resolve())
                    self.report.unchanged.append(str(target))
                    return
        target = prev.path
        self.taken.add(target.resolve())
        shown = str(target)
        if target.exists():
            old = target.read_text(encoding="utf-8")
            if old == text:
                self.report.unchanged.append(shown)
                return
            if entryfile.is_hand_edited(old):
                self.report.kept_hand_edits.append(f"{shown}: edited by hand since it was generated; left as it is")
                return
        entryfile.atomic_write(target, text)
        self.report.written.append(shown)
