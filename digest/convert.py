"""The conversion pipeline: raw inputs -> drafts -> stories and dates -> claims -> entry files.

Pure steps (reading a document, drafting it, assigning stories) are plain functions; `convert_paths`
orchestrates them and does the file I/O, reporting each rejected input and each skipped file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from digest import entryfile
from digest.clean.boilerplate import clean_lines, recurring_lines
from digest.clean.mojibake import MARK, fix_text
from digest.config import Knowledge
from digest.errors import RejectedInput, WriteError
from digest.extract import metadata as meta_mod
from digest.extract.dates import complete_year, parse_date
from digest.extract.language import detect_language
from digest.extract.claims import extract_claims
from digest.extract.duplicates import DuplicateIndex, shingles
from digest.extract.propernames import discover
from digest.extract.entities import find_mentions, short_forms
from digest.extract.headline import read_head
from digest.extract.stories import StoryItem, assign_stories, slugify
from digest.extract import timeline
from digest.extract.structure import Structure, build_structure, render_body
from digest.extract.units import structure_from_markdown, units_from_structure
from digest.sources.decode import DEFAULT_MAX_BYTES, decode, read_input
from digest.sources.document import Document

TEXT_EXT = {".txt", ".text", ".md", ""}
HTML_EXT = {".html", ".htm", ".xhtml"}
FEED_EXT = {".xml", ".rss", ".atom", ".feed"}
INPUT_EXT = TEXT_EXT | HTML_EXT | FEED_EXT
SLUG_MAX = 80
STORY_SUBJECTS = 6


@dataclass
class Draft:
    doc: Document
    key: str                                  # identity of the input (file, plus feed item id)
    title: str
    date: dt.date | None
    date_partial: bool                        # month/day known, year missing
    source: dict
    language: str
    structure: Structure
    body: str
    entities: list[str]
    primary: str | None
    models: set[str]
    summary: str | None
    story: str | None = None
    date_inferred: bool = False
    claims: list[dict] = field(default_factory=list)
    also: list[dict] = field(default_factory=list)
    shingles: frozenset = frozenset()
    mentions: list = field(default_factory=list)   # dated events in prose, placed once the date is known
    runners: tuple = ()
    subject_weights: dict = field(default_factory=dict)
    text: str = ""                            # the rendered entry, once claims are known
    # what "March 4th" and "on Monday" are read against when the entry has no date of its own:
    # the earliest date of its story
    ref_date: dt.date | None = None


@dataclass
class Report:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept_hand_edits: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)


# --- reading -----------------------------------------------------------------------------------

def read_documents(path: Path, shown: str, max_bytes: int = DEFAULT_MAX_BYTES,
                   k: Knowledge | None = None, rejected: list[str] | None = None) -> list[Document]:
    """The documents in one input; a feed item that cannot be read gets a line in `rejected`."""
    data = read_input(path, max_bytes)
    ext = path.suffix.lower()
    head = data[:2048].lstrip().lower()
    if ext in FEED_EXT or head.startswith((b"<?xml", b"<rss", b"<feed")):
        from digest.sources import feed

        if ext in FEED_EXT or feed.sniff_feed(data):
            return feed.read_feed(data, shown, rejected)
    if ext in HTML_EXT or head.startswith((b"<!doctype html", b"<html")):
        from digest.sources import html

        return [html.read_html(data, shown, k)]
    return [Document(path=shown, text=decode(data, shown))]


# --- drafting ----------------------------------------------------------------------------------

def _summary(structure: Structure) -> str | None:
    blocks = structure.blocks
    for i, b in enumerate(blocks):
        if b.kind == "heading" and re.search(r"tl;?dr|summary|key takeaways|in brief", b.text, re.I):
            for nb in blocks[i + 1:i + 6]:
                if nb.kind == "paragraph" and len(nb.text.split()) >= 6:
                    return nb.text[:400]
                if nb.kind == "list" and nb.items:
                    return " ".join(nb.items[:3])[:400]
    for b in blocks:
        if b.kind == "paragraph" and len(b.text.split()) >= 8:
            return b.text[:400]
    return None


def entities_of(structure: Structure, title: str, k: Knowledge, title_weight: int):
    """(entities in order of mention, main model, all models, runner-up models, main dominates)."""
    counts: Counter = Counter()
    kinds: dict[str, str] = {}
    order: dict[str, int] = {}
    texts = [title] * title_weight
    for b in structure.blocks:
        texts.append(b.text)
        texts.extend(b.items)
        for row in b.rows:
            texts.extend(row)
    # organisations and people the page introduces that site_config does not list
    found = discover([b.text for b in structure.blocks if b.kind == "paragraph"]
                     + [i for b in structure.blocks if b.kind == "list" for i in b.items], k)
    for t in texts:
        for m in find_mentions(t, k, found):
            order.setdefault(m.name, len(order))
            kinds[m.name] = m.kind
    # second pass: short forms of the models the article named ("Sonnet", "3.5 Sonnet") count too
    shorts = {**found, **short_forms({n for n, kd in kinds.items() if kd == "model"}, k)}
    for t in texts:
        mentions = find_mentions(t, k, shorts)
        for m in mentions:
            counts[m.name] += 1
            kinds.setdefault(m.name, m.kind)
            order.setdefault(m.name, len(order))
        # what the article launches or reviews is its subject: "Zhipu launches its GLM-5.2 model"
        for v in _LAUNCH.finditer(t):
            nxt = next((m for m in mentions if m.kind == "model" and 0 <= m.start - v.end() <= 25), None)
            if nxt:
                counts[nxt.name] += 3
    title_models = [m.name for m in find_mentions(title, k, shorts) if m.kind == "model"] if title_weight else []
    if title_models:
        counts[title_models[0]] += 2  # the headline's first model is what the article is about
    names = sorted(counts, key=lambda n: order[n])
    models = {n for n in names if kinds[n] == "model"}
    ranked = sorted(models, key=lambda n: (-counts[n], order[n]))
    primary = ranked[0] if ranked else None
    runners = tuple(n for n in ranked[1:3] if counts[n] >= 2)
    labs = sorted((n for n in names if kinds[n] == "lab"), key=lambda n: (-counts[n], order[n]))
    new_names = {name for name, _ in found.values()}
    # a page about a company that names a model in passing is about the company
    if labs and (primary is None or (labs[0] in new_names and counts[labs[0]] >= 3 * counts[primary])):
        primary = labs[0]
    entities = [n for n in names if kinds[n] != "benchmark" or counts[n] > 0]
    # what the story is about: the most mentioned subjects of any kind but places and benchmarks
    weights = {n: float(counts[n]) for n in sorted(counts, key=lambda n: (-counts[n], order[n]))
               if counts[n] and kinds[n] not in ("place", "benchmark")}
    return entities, primary, models, runners, dict(list(weights.items())[:STORY_SUBJECTS])


_LAUNCH = re.compile(r"\b(?:launch|unveil|releas|introduc|debut|drop|ship|announc)(?:e|es|ed|s|ing|ped|ped)?\b\s+(?:its |the |a |their |his |her )?(?:new |latest |flagship )?", re.I)


def draft_text_dump(doc: Document, k: Knowledge, recurring: frozenset) -> Draft:
    text = fix_text(doc.text)
    cleaned = clean_lines(text, k, recurring)
    m = dict(cleaned.meta)
    language = detect_language("\n".join(cleaned.lines) or text)
    head = read_head(cleaned.lines, k, language, cleaned.stamps_at, author_known="author" in m)
    lines = head.lines
    for key, val in head.meta.items():
        m.setdefault(key, val)
    title = m.get("title") or head.title
    headline = bool(title)
    if not title:
        first = next((ln.replace(MARK, "").strip() for ln in lines if ln.replace(MARK, "").strip()), "")
        # the first line with a sentence's length (in words, or in letters for scripts written
        # without spaces), not a "[ Print ]" button
        lede = next((ln for ln in lines if len(ln.split()) > 6 or sum(ch.isalpha() for ch in ln) > 30), first)
        title = meta_mod.title_from_lede(lede)
    date, partial = (None, False)
    if m.get("date"):
        date, partial = parse_date(m["date"], language)
    structure = build_structure(lines, title, head.shift(cleaned.said_by_from))
    source = {
        "publisher": m.get("publisher") or doc.publisher,
        "via": m.get("via"),
        "original": m.get("original"),
        "author": m.get("author") or doc.author,
        "url": m.get("url") or doc.url,
    }
    return _finish_draft(doc, k, title, date, partial, source, language, structure,
                         title_weight=3 if headline else 0)


def draft_markdown(doc: Document, k: Knowledge) -> Draft:
    structure = structure_from_markdown(doc.text)
    date = dt.date.fromisoformat(doc.date) if doc.date else None
    title = doc.title or meta_mod.title_from_lede(next((b.text for b in structure.blocks if b.kind == "paragraph"), "Untitled"))
    source = {"publisher": doc.publisher, "via": None, "original": doc.extra.get("original"),
              "author": doc.author, "url": doc.url}
    draft = _finish_draft(doc, k, title, date, False, source, doc.language or detect_language(doc.text), structure)
    draft.body = doc.text.strip() + "\n"
    return draft


def doc_key(doc: Document) -> str:
    """The identity of an input: its file, plus the item's id for a feed item."""
    return doc.path + (f"#{doc.item_id}" if doc.item_id else "")


def _finish_draft(doc, k, title, date, partial, source, language, structure, title_weight: int = 3) -> Draft:
    title = re.sub(r"\s+", " ", title).strip()[:300] or "Untitled"
    entities, primary, models, runners, weights = entities_of(structure, title, k, title_weight)
    key = doc_key(doc)
    body = render_body(structure)
    return Draft(doc=doc, key=key, title=title, date=date, date_partial=partial, source=source,
                 language=language, structure=structure, body=body, entities=entities,
                 primary=primary, models=models, summary=_summary(structure), runners=runners,
                 subject_weights=weights,
                 shingles=shingles(body), mentions=timeline.find_mentions(_prose(structure)))


def _prose(structure: Structure) -> list[str]:
    out: list[str] = []
    for b in structure.blocks:
        if b.kind == "paragraph":
            out.append(b.text)
        elif b.kind == "list":
            out.extend(b.items)
    return out


def draft_document(doc: Document, k: Knowledge, recurring: frozenset = frozenset()) -> Draft:
    return draft_markdown(doc, k) if doc.is_markdown else draft_text_dump(doc, k, recurring)


def claims_for(draft: Draft, k: Knowledge) -> list[dict]:
    units = units_from_structure(draft.structure)
    return extract_claims(units, k, draft.date or draft.ref_date, draft.primary, draft.models)


# --- existing entries --------------------------------------------------------------------------

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


def _partial_to_date(s: str) -> dt.date | None:
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$", str(s))
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:  # an impossible day written by hand (2024-02-30) dates nothing
        return None


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
    tl = [d for d in (_partial_to_date(t.get("date")) for t in meta.get("timeline") or [] if isinstance(t, dict)) if d]
    ents = meta.get("entities") or []
    primary = gen.get("primary") or (ents[0] if ents else None)
    return Existing(path, gen.get("input"), meta.get("story"), primary, date, tl,
                    str(meta.get("title") or ""), shingles(body), text)


def load_existing(entries_dir: Path, k: Knowledge, jobs: int = 1) -> list[Existing]:
    paths = sorted(entries_dir.rglob("*.md")) if entries_dir.is_dir() else []
    return [e for e in _map(_existing_job, paths, k, jobs) if isinstance(e, Existing)]


# --- the whole run -----------------------------------------------------------------------------

def _safe_slug(title: str, key: str) -> str:
    """A bounded ASCII slug; titles mostly in other scripts keep a short hash so they stay distinct."""
    s = slugify(title, SLUG_MAX)
    letters = sum(ch.isalnum() for ch in title)
    if len(s.replace("-", "")) < max(8, letters // 2):
        s = (s[:SLUG_MAX - 11] + "-" if s else "entry-") + hashlib.sha256(key.encode()).hexdigest()[:10]
    return s


def entry_meta(d: Draft) -> dict:
    source = {k: d.source.get(k) for k in ("publisher", "via", "original", "author", "url")}
    source["file"] = d.doc.path
    if d.also:
        source["also"] = d.also
    meta = {"title": d.title, "date": d.date}
    if d.date_inferred:
        meta["date_inferred"] = True
    meta.update({"source": source, "language": d.language, "story": d.story, "entities": d.entities,
                 "claims": d.claims, "timeline": d.structure.timeline})
    if d.summary:
        meta["summary"] = d.summary
    meta["tags"] = [e for e in d.entities[:8]]
    meta["generated"] = {"by": "digest convert", "input": d.key, "primary": d.primary}
    return meta


def convert_paths(inputs: list[tuple[Path, str]], out_dir: Path, k: Knowledge, *,
                  default_date: dt.date | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                  progress=None, jobs: int = 1) -> Report:
    """Convert raw inputs (path, path as shown) into entries under out_dir/entries."""
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
    for doc, d in zip(docs, _map(_draft_job, [(d, recurring) for d in docs], k, jobs)):
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
        items.append(StoryItem(d.key, d.primary, d.date if not d.date_partial else None,
                               d.title + "\n" + (d.summary or ""), prev.story if prev else None,
                               others=d.runners, weights=d.subject_weights, origin=d.doc.path))
    stories = assign_stories(items)
    for d in drafts:
        d.story = stories.get(d.key)

    _infer_dates(drafts, existing, default_date, report)
    for d in drafts:
        d.structure.timeline = timeline.merge(d.structure.timeline,
                                              timeline.resolve(d.mentions, d.date or d.ref_date,
                                                               d.date is not None and not d.date_inferred))
    writer = _Writer(entries_dir, by_input, existing, report)
    # entries are written in input order as the workers finish them
    for d, result in zip(drafts, _map(_entry_job, drafts, k, jobs)):
        if isinstance(result, tuple):
            d.claims, d.text = result
        else:  # claims failed: the entry is still written, without claims
            d.claims, d.text = [], entryfile.render_entry(entry_meta(d), d.body)
        writer.write(d)
    return report


# --- parallel map: per-document work is independent, so it can use every core -----------------

_WORKER_KNOWLEDGE: Knowledge | None = None


def _init_worker(k: Knowledge) -> None:
    global _WORKER_KNOWLEDGE
    _WORKER_KNOWLEDGE = k


def _draft_job(args):
    doc, recurring = args
    try:
        return draft_document(doc, _WORKER_KNOWLEDGE, recurring)
    except Exception as err:  # reported per input by the caller
        return f"{type(err).__name__}: {err}"


def _entry_job(draft: Draft):
    """Claims, then the entry's text (rendering YAML is a fair share of the work, so workers do it)."""
    try:
        draft.claims = claims_for(draft, _WORKER_KNOWLEDGE)
        return draft.claims, entryfile.render_entry(entry_meta(draft), draft.body)
    except Exception as err:
        return f"{type(err).__name__}: {err}"


def _existing_job(path: Path):
    try:
        return read_existing(path)
    except Exception as err:  # an unreadable entry is not matched against; the build reports it
        return f"{type(err).__name__}: {err}"


def _map(fn, items: list, k: Knowledge, jobs: int):
    """fn over items, yielding results in order; in worker processes when jobs > 1 and there is
    enough work. Results arrive while later items are still being worked on."""
    _init_worker(k)
    if jobs <= 1 or len(items) < 2 * jobs:
        yield from (fn(x) for x in items)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # The first item runs here: it fills the lazy caches (compiled patterns, dateparser's locale
    # data) before the workers are forked, so each worker does not pay for them again.
    yield fn(items[0])
    rest = items[1:]
    ctx = multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_init_worker, initargs=(k,)) as pool:
        yield from pool.map(fn, rest, chunksize=max(1, min(64, len(rest) // (jobs * 8))))


STORY_DATE_SPAN = 14   # days: the widest spread of a story's dates that still dates an undated member


def _infer_dates(drafts: list[Draft], existing: list[Existing], default: dt.date | None, report: Report) -> None:
    story_dates: dict[str, list[dt.date]] = {}
    story_events: dict[str, list[dt.date]] = {}
    for e in existing:
        if e.story and e.date:
            story_dates.setdefault(e.story, []).append(e.date)
        if e.story:
            story_events.setdefault(e.story, []).extend(e.timeline_dates)
    for d in drafts:
        if d.story:
            if d.date and not d.date_partial:
                story_dates.setdefault(d.story, []).append(d.date)
            story_events.setdefault(d.story, []).extend(
                x for x in (_partial_to_date(t["date"]) for t in d.structure.timeline) if x)
    # first complete the year of month/day dates, which then date their story
    for d in drafts:
        if d.date and d.date_partial:
            known = story_dates.get(d.story, []) + story_events.get(d.story, [])
            own = [x for x in (_partial_to_date(t["date"]) for t in d.structure.timeline) if x]
            done = complete_year(d.date, known or own)
            if done is None and default:
                done = d.date.replace(year=default.year)
            d.date, d.date_partial, d.date_inferred = done, False, True
            if done and d.story:
                story_dates.setdefault(d.story, []).append(done)
    for d in drafts:
        if d.date is None:
            dates = story_dates.get(d.story or "", [])
            own = [dt.date.fromisoformat(t["date"]) for t in d.structure.timeline
                   if re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(t["date"]))]
            if dates:
                d.ref_date = min(dates)
            if dates and (max(dates) - min(dates)).days <= STORY_DATE_SPAN:
                # a story whose articles are dated within days of each other dates this one too;
                # a story that spans months does not say when this article was written
                d.date, d.date_inferred = min(dates), True
            elif own:
                # the latest full date the article itself reports: it was written on or after it
                d.date, d.date_inferred = max(own), True
            elif default:
                d.date, d.date_inferred = default, True
        if d.date is None:
            # still written: the site lists it as undated until an editor sets the date
            report.notices.append(f"{d.doc.path}: no publication date in the text or its story; written with "
                                  f"date: null (set it in the entry, or pass --date YYYY-MM-DD)")


class _Writer:
    """Writes entries one by one: a new entry claims a free slug atomically (so two runs into one
    folder never overwrite each other); unchanged files and hand edits are left alone."""

    def __init__(self, entries_dir: Path, by_input: dict, existing: list[Existing], report: Report):
        self.entries_dir, self.by_input, self.report = entries_dir, by_input, report
        self.taken = {e.path.resolve() for e in existing}

    def write(self, d: Draft) -> None:
        try:
            self._write(d)
        except OSError as err:  # disk full, read-only or not ours: nothing half-written, one line
            raise WriteError(str(self.entries_dir), f"cannot write entries ({err.strerror or err}); free some "
                                                    "space or pass a writable --out folder") from None

    def _candidates(self, d: Draft):
        base = _safe_slug(d.title, d.key)
        yield self.entries_dir / f"{base}.md"
        yield self.entries_dir / f"{base[:SLUG_MAX - 8]}-{hashlib.sha256(d.key.encode()).hexdigest()[:6]}.md"
        n = 3
        while True:
            yield self.entries_dir / f"{base[:SLUG_MAX - 8]}-{n}.md"
            n += 1

    def _write(self, d: Draft) -> None:
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
