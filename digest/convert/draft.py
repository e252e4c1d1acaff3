"""Drafting an entry from one document: metadata, structure, subjects, and later its claims."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from digest import entryfile
from digest.clean.boilerplate import clean_lines
from digest.clean.mojibake import MARK, fix_text
from digest.config import Knowledge
from digest.jobs import knowledge
from digest.convert.read import doc_key
from digest.extract import metadata as meta_mod
from digest.extract import timeline
from digest.extract.dates import parse_date
from digest.extract.duplicates import shingles
from digest.extract.entry import entry_claims, find_subjects, Subjects
from digest.extract.headline import author_box, is_paragraph, lede_dateline, read_head
from digest.extract.language import detect_language
from digest.extract.structure import Structure, build_structure, render_body
from digest.extract.units import structure_from_markdown
from digest.sources.document import Document


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
    subjects: Subjects                        # entities, the main subject, models, runners-up
    summary: str | None
    story: str | None = None
    date_inferred: bool = False
    claims: list[dict] = field(default_factory=list)
    also: list[dict] = field(default_factory=list)
    shingles: frozenset = frozenset()
    mentions: list = field(default_factory=list)   # dated events in prose, placed once the date is known
    text: str = ""                            # the rendered entry, once claims are known
    # what "March 4th" and "on Monday" are read against when the entry has no date of its own:
    # the earliest date of its story
    ref_date: dt.date | None = None
    # a month the text states without a day ("date 2024-05"): a date from the story must fall in it
    month: str | None = None


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


def _fuller(publisher: str | None, masthead: str | None) -> str | None:
    """The publisher, or the site's name at the top of the page where it gives the same outlet in full (the wire tag
    "(APE)" under "APE – Agence Presse Europe", "CP" under "Continental Press") or none was found."""
    if not masthead:
        return publisher
    if not publisher:
        return masthead
    initials = "".join(w[0] for w in re.findall(r"[^\W\d_][\w'’-]*", masthead) if w[0].isupper())
    if re.match(re.escape(publisher) + r"(?![\w'’])", masthead) or (publisher.isupper() and publisher == initials):
        return masthead
    return publisher


def draft_text_dump(doc: Document, k: Knowledge, recurring: frozenset) -> Draft:
    text = fix_text(doc.text)
    cleaned = clean_lines(text, k, recurring)
    m = dict(cleaned.meta)
    language = detect_language("\n".join(cleaned.lines) or text)
    head = read_head(cleaned.lines, k, language, cleaned.stamps_at, author_known="author" in m, bylines_at=cleaned.bylines_at,
                     outlet=m.get("publisher"))
    lines = head.lines
    for key, val in head.meta.items():
        m.setdefault(key, val)
    lines, boxed = author_box(lines)
    if boxed:
        m.setdefault("author", boxed)
    title = m.get("title") or head.title
    headline = bool(title)
    if not title:
        first = next((ln.replace(MARK, "").strip() for ln in lines if ln.replace(MARK, "").strip()), "")
        # the first line with a sentence's length (in words, or in letters for scripts written
        # without spaces), not a "[ Print ]" button
        captions = k.furniture.get("caption", [])
        lede = next((ln for ln in lines if (len(ln.split()) > 6 or sum(ch.isalpha() for ch in ln) > 30)
                     and not meta_mod.photo_caption(ln)
                     and not any(p.search(ln.replace(MARK, "").strip()) for p in captions)), first)
        title = meta_mod.title_from_lede(lede)
    if not m.get("date"):
        # (the dateline opens the first paragraphs of prose: a release may put a note or a table's caption first)
        openings = [t for t in (ln.replace(MARK, "").strip() for ln in lines) if is_paragraph(t)][:3]
        m["date"] = next((d for d in (lede_dateline(t, k, language) for t in openings) if d), None)
    date, partial = (None, False)
    if m.get("date"):
        date, partial = parse_date(m["date"], language)
    structure = build_structure(lines, title, head.shift(cleaned.said_by_from), cleaned.quotes)
    source = {
        "publisher": _fuller(m.get("publisher") or doc.publisher, m.get("masthead")),
        "via": m.get("via"),
        "original": m.get("original"),
        "author": m.get("author") or doc.author,
        "url": m.get("url") or doc.url,
    }
    draft = _finish_draft(doc, k, title, date, partial, source, language, structure,
                          title_weight=3 if headline else 0)
    if date is None and re.fullmatch(r"\d{4}-\d{2}", str(m.get("date") or "")):
        draft.month = m["date"]
    elif date is None and m.get("month"):
        draft.month = m["month"]      # a month and its year under the headline, no day
    return draft


def draft_markdown(doc: Document, k: Knowledge) -> Draft:
    structure = structure_from_markdown(doc.text)
    date = dt.date.fromisoformat(doc.date) if doc.date else None
    title = doc.title or meta_mod.title_from_lede(next((b.text for b in structure.blocks if b.kind == "paragraph"), "Untitled"))
    source = {"publisher": doc.publisher, "via": None, "original": doc.extra.get("original"),
              "author": doc.author, "url": doc.url}
    draft = _finish_draft(doc, k, title, date, False, source, doc.language or detect_language(doc.text), structure)
    draft.body = doc.text.strip() + "\n"
    return draft


def _finish_draft(doc, k, title, date, partial, source, language, structure, title_weight: int = 3) -> Draft:
    title = re.sub(r"\s+", " ", title).strip()[:300] or "Untitled"
    body = render_body(structure)
    return Draft(doc=doc, key=doc_key(doc), title=title, date=date, date_partial=partial, source=source,
                 language=language, structure=structure, body=body,
                 subjects=find_subjects(structure, title, k, title_weight), summary=_summary(structure),
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
    return entry_claims(draft.structure, draft.subjects, k, draft.date or draft.ref_date, draft.title)


def entry_meta(d: Draft) -> dict:
    """The entry's front matter."""
    source = {k: d.source.get(k) for k in ("publisher", "via", "original", "author", "url")}
    source["file"] = d.doc.path
    if d.also:
        source["also"] = d.also
    meta = {"title": d.title, "date": d.date}
    if d.date_inferred:
        meta["date_inferred"] = True
    meta.update({"source": source, "language": d.language, "story": d.story, "entities": d.subjects.entities,
                 "claims": d.claims, "timeline": d.structure.timeline})
    if d.summary:
        meta["summary"] = d.summary
    meta["tags"] = [e for e in d.subjects.entities[:8]]
    meta["generated"] = {"by": "digest convert", "input": d.key, "primary": d.subjects.primary}
    return meta


def draft_job(args):
    doc, recurring = args
    try:
        return draft_document(doc, knowledge(), recurring)
    except Exception as err:  # reported per input by the caller
        return f"{type(err).__name__}: {err}"


def entry_job(draft: Draft):
    """Claims, then the entry's text (rendering YAML is a fair share of the work, so workers do it)."""
    try:
        draft.claims = claims_for(draft, knowledge())
        return draft.claims, entryfile.render_entry(entry_meta(draft), draft.body)
    except Exception as err:
        return f"{type(err).__name__}: {err}"
