"""The conversion pipeline: raw inputs -> drafts -> stories and dates -> claims -> entry files.

Each step lives in its own module (read, draft, dates, write, jobs); `convert_paths` runs them in
order and does the file I/O, reporting each rejected input and each skipped file.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from digest import entryfile
from digest.clean.boilerplate import recurring_lines
from digest.config import Knowledge
from digest.convert.dates import infer_dates
from digest.convert.draft import Draft, claims_for, draft_document, draft_job, entry_job, entry_meta
from digest.jobs import run_jobs
from digest.convert.read import INPUT_EXT, doc_key, read_documents
from digest.convert.write import Report, Writer, load_existing
from digest.errors import RejectedInput
from digest.extract import timeline
from digest.extract.duplicates import DuplicateIndex
from digest.extract.runmemo import kept_for_run
from digest.extract.stories import StoryItem, assign_stories
from digest.sources.decode import DEFAULT_MAX_BYTES
from digest.sources.document import Document

__all__ = ["INPUT_EXT", "Report", "claims_for", "convert_paths", "draft_document"]


def convert_paths(inputs: list[tuple[Path, str]], out_dir: Path, k: Knowledge, *,
                  default_date: dt.date | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                  progress=None, jobs: int = 1) -> Report:
    """Convert raw inputs (path, path as shown) into entries under out_dir/entries."""
    with kept_for_run():
        return _convert_paths(inputs, out_dir, k, default_date, max_bytes, progress, jobs)


def _convert_paths(inputs: list[tuple[Path, str]], out_dir: Path, k: Knowledge, default_date: dt.date | None,
                   max_bytes: int, progress, jobs: int) -> Report:
    report = Report()
    docs: list[Document] = []
    for path, shown in inputs:
        try:
            docs.extend(read_documents(path, shown, max_bytes, k, report.rejected))
        except RejectedInput as err:
            report.rejected.append(str(err))
        except Exception as err:  # a reader bug must not stop the other inputs
            report.rejected.append(f"{shown}: could not be read ({type(err).__name__}: {err}); please report this file")
        if progress:
            progress()
    recurring = recurring_lines([d.text for d in docs if not d.is_markdown])
    entries_dir = out_dir / "entries"
    entryfile.remove_stale_temps(entries_dir)  # left by a run that was killed
    existing = load_existing(entries_dir, k, jobs)
    by_input = {e.input: e for e in existing if e.input}

    # the same article reached twice is kept once; checked as drafts arrive from the workers
    new_keys = {doc_key(d) for d in docs}
    earlier = DuplicateIndex()
    for e in existing:
        if e.input not in new_keys:  # an entry whose input is converted again is replaced, not matched
            earlier.add(e, e.shingles)
    this_run = DuplicateIndex()
    drafts: list[Draft] = []
    for doc, d in zip(docs, run_jobs(draft_job, [(d, recurring) for d in docs], k, jobs)):
        if not isinstance(d, Draft):
            report.rejected.append(f"{doc.path}: could not be converted ({d}); please report this file")
            continue
        dup = this_run.find(d.shingles, skip=lambda o: o.doc.path == d.doc.path)
        if dup is not None:
            dup.also.append({"file": d.doc.path, "publisher": d.source.get("publisher"), "url": d.source.get("url")})
            report.duplicates.append(f"{d.doc.path}: same article as {dup.doc.path}; kept once, listed under source.also")
            continue
        ex = earlier.find(d.shingles)
        if ex is not None:
            report.duplicates.append(f"{d.doc.path}: same article as {ex.path}; kept once (not converted again)")
            continue
        drafts.append(d)
        this_run.add(d, d.shingles)

    # stories over existing entries and new drafts together
    draft_keys = {d.key for d in drafts}
    items = [StoryItem(str(e.path), e.primary, e.date, e.title, e.story,
                       origin=e.input.split("#")[0] if e.input else None)
             for e in existing if e.input not in draft_keys]
    for d in drafts:
        prev = by_input.get(d.key)
        items.append(StoryItem(d.key, d.subjects.primary, d.date if not d.date_partial else None,
                               d.title + "\n" + (d.summary or ""), prev.story if prev else None,
                               others=d.subjects.runners, weights=d.subjects.weights, origin=d.doc.path))
    stories = assign_stories(items, k.tiers)
    for d in drafts:
        d.story = stories.get(d.key)

    infer_dates(drafts, existing, default_date, report.notices)
    for d in drafts:
        d.structure.timeline = timeline.merge(d.structure.timeline,
                                              timeline.resolve(d.mentions, d.date or d.ref_date,
                                                               d.date is not None and not d.date_inferred))
    writer = Writer(entries_dir, by_input, existing, report)
    # entries are written in input order as the workers finish them
    for d, result in zip(drafts, run_jobs(entry_job, drafts, k, jobs)):
        if isinstance(result, tuple):
            d.claims, d.text = result
        else:  # claims failed: the entry is still written, without claims, and the editor is told
            d.claims, d.text = [], entryfile.render_entry(entry_meta(d), d.body)
            report.notices.append(f"{d.doc.path}: claims could not be read ({result}); written without claims "
                                  "(please report this with the file)")
        writer.write(d)
    return report
