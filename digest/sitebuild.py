"""Build-time steps the plugin calls: entry files to EntryInfo, stories for entries without one,
the list of generated pages, and claims.json. No MkDocs types here."""

from __future__ import annotations

import re

from digest.check import check_parsed
from digest.config import Knowledge
from digest import jobs
from digest.entryfile import ParsedEntry, parse_entry
from digest.extract.stories import StoryItem, assign_stories
from digest.pages import overview, story as story_pages, weekly
from digest.pages.links import Links, PageParts
from digest.sitedata import EntryInfo, SiteData, claim_uid


def checked_entry(path: str, data: bytes | None, shown: str, src: str,
                  k: Knowledge) -> tuple[EntryInfo | None, list[str]]:
    """An entry file's bytes (None: unreadable) parsed with the same checks as `digest check`:
    an entry a check rejects is None, with its problems (`shown:line: message`)."""
    try:
        text = data.decode("utf-8") if data is not None else None
    except UnicodeDecodeError:
        text = None   # parse_entry reports it, with the line
    parsed = parse_entry(path, None if text is None else text.replace("\r\n", "\n").replace("\r", "\n"))
    problems = [f"{shown}:{p.line or 1}: {p.message}" for p in check_parsed(parsed, text, k)]
    if problems:
        return None, problems
    return entry_info_from_file(path, shown, src, k, parsed=parsed)


def checked_entries(items: list[tuple[str, bytes | None, str, str]], k: Knowledge,
                    workers: int) -> list[tuple[EntryInfo | None, list[str]]]:
    """`checked_entry` for each (path, bytes, shown, src), in order; in `workers` processes when
    there are enough entries to pay for starting them (a first build of a large digest)."""
    workers = min(workers, len(items) // 16)    # each process parses 16 entries or more
    return list(jobs.run_jobs(_checked_job, items, k, workers if workers > 1 else 1))


def _checked_job(item: tuple[str, bytes | None, str, str]) -> tuple[EntryInfo | None, list[str]]:
    return checked_entry(*item, jobs.knowledge())


def entry_info_from_file(path: str, shown: str, src: str, k: Knowledge,
                         parsed: ParsedEntry | None = None) -> tuple[EntryInfo | None, list[str]]:
    """Parse and validate one entry; claims and entities come from the body when the file has none."""
    parsed = parsed or parse_entry(path)
    problems = [f"{shown}:{p.line or 1}: {p.message}" for p in parsed.problems]
    entry = parsed.entry
    if entry is None:
        return None, problems
    claims = [c.model_dump(exclude_none=True) for c in entry.claims]
    entities = list(entry.entities)
    primary = (parsed.meta.get("generated") or {}).get("primary") if isinstance(parsed.meta.get("generated"), dict) else None
    if not claims or not entities:
        # the converter's extractor, imported here: a site whose entries all carry their claims and
        # entities never loads it (compiling its patterns costs about half a second per build)
        from digest.extract.entry import extract_entry
        from digest.extract.units import structure_from_markdown

        want_claims = not claims and "claims" not in parsed.meta
        found, found_claims = extract_entry(structure_from_markdown(parsed.body), entry.title, k, entry.date,
                                            claims=want_claims)
        entities = entities or found.entities
        primary = primary or found.primary
        if want_claims:
            claims = found_claims
    ids = set()
    for c in claims:
        if c["id"] in ids:
            problems.append(f"{shown}:1: claim id '{c['id']}' is used twice; make each id unique")
        ids.add(c["id"])
    info = EntryInfo(
        src=src, title=entry.title, date=entry.date, date_inferred=entry.date_inferred,
        source=entry.source.model_dump(), story=entry.story, entities=entities, claims=claims,
        timeline=[t.model_dump() for t in entry.timeline], summary=entry.summary or _lede(parsed.body),
        primary=primary, meta=parsed.meta,
    )
    return info, problems


# A hand-written entry in a few common shapes: reading it compiles what reading any entry needs
_WARM_UP = ("Tessaly Labs said on Tuesday that its Orbit-2 model has a 128,000-token context window and costs $3 per "
            "million input tokens. The company raised $2 billion at a $12 billion valuation, and its shares rose 4%.\n\n"
            "## Benchmarks\n\nOrbit-2 scored 88.2% on MMLU, according to figures the company published.\n")


def warm_extractor(k: Knowledge) -> None:
    """Read a small entry once, so that the first entry a contributor adds while the site is served
    does not pay for compiling the extractor's patterns (about half a second)."""
    import datetime as dt

    from digest.extract.entry import extract_entry
    from digest.extract.units import structure_from_markdown

    extract_entry(structure_from_markdown(_WARM_UP), "Orbit-2 launch", k, dt.date(2026, 1, 6), claims=True)


def _lede(body: str) -> str | None:
    for para in re.split(r"\n\s*\n", body):
        p = para.strip()
        if p and not p.startswith(("#", "|", "-", "*", ">", "<", "~", "`")) and len(p.split()) >= 8:
            return re.sub(r"\s+", " ", p)[:400]
    return None


def fill_stories(infos: list[EntryInfo], k: Knowledge) -> None:
    """Entries without `story:` join a matching story (or start one), without writing to files."""
    if all(i.story for i in infos):
        return
    items = [StoryItem(i.src, getattr(i, "primary", None) or (i.entities[0] if i.entities else None),
                       i.date, i.title + "\n" + (i.summary or ""), i.story) for i in infos]
    stories = assign_stories(items, k.tiers)
    for i in infos:
        if not i.story:
            i.story = stories.get(i.src)


def generated_pages(site: SiteData, links: Links | None = None) -> list[PageParts]:
    """Every generated page: Markdown with slots, and the HTML that fills them."""
    links = links or Links()
    pages = [story_pages.stories_index(site, links), overview.entities_index(site, links),
             overview.timeline_page(site, links), overview.conflicts_page(site, links),
             weekly.archive_page(site, links), overview.undated_page(site, links)]
    for week, entries in weekly.weeks(site).items():
        pages.append(weekly.week_page(week, entries, site, links))
    for slug, s in sorted(site.stories.items()):
        pages.append(story_pages.story_page(s, site, links))
    for name in sorted(site.entities):
        pages.append(overview.entity_page(name, site, links))
    return pages


def claim_urls(site: SiteData, url_of) -> dict[str, str]:
    urls: dict[str, str] = {}
    for e in site.entries:
        base = url_of(e.src)
        for c in e.claims:
            urls[claim_uid(e.src, c["id"])] = f"{base}#claim-{c['id']}"
    return urls


def claim_row(site: SiteData, ref, urls: dict[str, str]) -> dict:
    """One claim of claims.json."""
    e, c = site.by_uid[ref.uid]
    q = site.questions.of[ref.uid]
    return {
        "url": urls[ref.uid], "entry": e.src, "source_file": e.source.get("file"),
        "publisher": e.source.get("publisher"), "story": e.story, "subject": c["subject"],
        "attribute": c["attribute"], "value": c["value"], "unit": c.get("unit"),
        "said_by": c.get("said_by"), "text": c["text"], "quote": c["quote"],
        "question": q.name, "verdict": q.label,
        "relations": [{"target": urls[t], "kind": kind} for t, kind in ref.relations],
    }
