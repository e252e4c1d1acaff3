"""Story pages: the sources, the claim matrix (subject + attribute by source), the merged timeline."""

from __future__ import annotations

from html import escape as esc

from digest.extract.markdown import escape_inline
from digest.link.questions import Question
from digest.pages.format import link, timeline_date, timeline_order
from digest.pages.fragments import fragments_of
from digest.pages.links import Links, PageParts, bullets, slot, unsearched
from digest.pages.verdicts import rank, shown, story_summary, verdict_context, voice
from digest.sitedata import EntryInfo, SiteData, Story, newest_first
from digest.slugs import entity_slug, page_name

UNDATED_SRC = "undated.md"


def story_src(slug: str) -> str:
    return f"stories/{page_name(slug)}.md"


def matrix_rows(story: Story, site: SiteData) -> list[Question]:
    """The story's questions, disagreements first (the verdicts are the core's, decided once)."""
    if story.slug in site.matrices:
        return site.matrices[story.slug]
    ranked = sorted(site.questions.in_story(story.slug), key=rank)
    site.matrices[story.slug] = ranked
    return ranked


def conflict_count(story: Story, site: SiteData) -> int:
    return sum(1 for q in matrix_rows(story, site) if q.verdict == "conflict")


def sources_phrase(n: int) -> str:
    return f"{n} {'source' if n == 1 else 'sources'}"


def conflicts_phrase(n: int) -> str:
    return f"{n} {'question' if n == 1 else 'questions'} in conflict"


def summary(story: Story, site: SiteData) -> list[str]:
    """The generated summary (plain sentences); cached per story, shared by every page."""
    if story.slug not in site.summaries:
        site.summaries[story.slug] = story_summary(matrix_rows(story, site), site)
    return site.summaries[story.slug]


def story_page(story: Story, site: SiteData, links: Links) -> PageParts:
    src = story_src(story.slug)
    rows = matrix_rows(story, site)
    md = [f"# {escape_inline(story.title)}", ""]
    said = summary(story, site)
    if said:
        md += [f"- {escape_inline(x)}" for x in said] + [""]
    md.append(f"{sources_phrase(len(story.entries))} · {conflicts_phrase(conflict_count(story, site))} · "
              f"latest {story.shown_latest}")
    md += ["", "## Sources", slot("sources")]
    parts = {"sources": unsearched(bullets([
        f"{e.shown_date} · <strong>{esc(e.source.get('publisher') or 'Unnamed outlet')}</strong> · "
        + links.a(e.title, src, e.src) for e in story.entries]))}
    if rows:
        shown_rows = [q for q in rows if q.verdict != "single"]
        if shown_rows:
            md += ["## Claim matrix", "",
                   "Each row is one question (subject and attribute); each column one source. "
                   "Rows where sources disagree come first.", slot("matrix")]
            parts["matrix"] = unsearched(matrix_html(shown_rows, story, site, src, links))
        rest = len(rows) - len(shown_rows)
        if rest:
            md += ["", f"{rest} more {'question is' if rest == 1 else 'questions are'} answered by one source only; "
                   "see each source's page.", ""]
    tl = merged_timeline(story)
    if tl:
        md += ["## Timeline", slot("timeline")]
        parts["timeline"] = unsearched(timeline_html(tl, src, links, site))
    return PageParts(src, "\n".join(md) + "\n", parts)


def _cell(q: Question, e: EntryInfo, site: SiteData, src: str, links: Links) -> dict:
    """One source's values for one question; several values come with the reason."""
    claims = [site.by_uid[r.uid][1] for r in q.members if r.entry == e.src]
    values = [{"text": shown(c), "href": links.href(src, e.src, "claim-" + c["id"]), "said_by": c.get("said_by")}
              for c in claims]
    note = None
    if len({shown(c) for c in claims}) > 1:
        kinds = {r.opinion for r in q.members if r.entry == e.src}
        voices = {c.get("said_by") or "" for c in claims}
        if len(kinds) > 1:
            note = "a forecast and a statement"
        elif len(voices) == len(claims):
            note = "the source quotes each of these"
        else:
            note = "the source gives several values"
    return {"source": e.outlet, "links": values, "note": note}


def matrix_html(shown_rows: list[Question], story: Story, site: SiteData, src: str, links: Links) -> str:
    """The `matrix` fragment: a row per question, a column per source that answers one."""
    used = {r.entry for q in shown_rows for r in q.members}
    sources = [e for e in story.entries if e.src in used]
    mine = {e.src for e in story.entries}
    # a question other stories' sources answer too: their values in one last column, each named
    elsewhere = any(r.entry not in mine for q in shown_rows for r in q.members)
    rows = []
    for q in shown_rows:
        cells = [_cell(q, e, site, src, links) for e in sources]
        if elsewhere:
            others = [site.by_uid[r.uid] for r in q.members if r.entry not in mine]
            cells.append({"source": "Other stories", "note": None, "links": [
                {"text": shown(c), "href": links.href(src, e.src, "claim-" + c["id"]), "said_by": voice(e, c)}
                for e, c in others]})
        rows.append({"name": q.name, "verdict": verdict_context(q), "cells": cells})
    names = [e.outlet for e in sources] + (["Other stories"] if elsewhere else [])
    return fragments_of(site).render("matrix", sources=names, rows=rows)


def merged_timeline(story: Story) -> list[tuple[str, str, object]]:
    seen = set()
    items = []
    for e in story.entries:
        for t in e.timeline:
            key = (str(t["date"]), str(t["event"]).lower()[:60])
            if key in seen:
                continue
            seen.add(key)
            items.append((str(t["date"]), str(t["event"]), e))
    return sorted(items, key=lambda x: (timeline_order(x[0]), x[1]))


def timeline_html(items, src: str, links: Links, site: SiteData | None = None) -> str:
    """The `timeline` fragment: each event with the source that states it."""
    events = [{"date": timeline_date(date), "event": event, "outlet": e.outlet, "href": links.href(src, e.src)}
              for date, event, e in items]
    return fragments_of(site).render("timeline", items=events)


def stories_index(site: SiteData, links: Links) -> PageParts:
    src = "stories/index.md"
    items = []
    for s in sorted(site.stories.values(), key=newest_first, reverse=True):
        items.append(f"{links.a(s.title, src, story_src(s.slug))} · {s.shown_latest} · "
                     f"{sources_phrase(len(s.entries))} · {conflicts_phrase(conflict_count(s, site))}")
    md = "# Stories\n\nEvery event the digest covers, newest first.\n" + slot("stories")
    if site.undated:
        md += f"\n{link(f'{len(site.undated)} undated entries', src, UNDATED_SRC)} wait for an editor to set their date.\n"
    return PageParts(src, md, {"stories": bullets(items)})


def stories_block(site: SiteData, from_src: str, limit: int = 20) -> str:
    """The home page list (Markdown, so the stories show in the page's table of contents):
    latest stories with their generated summary, sources and open conflicts."""
    out = []
    for s in sorted(site.stories.values(), key=newest_first, reverse=True)[:limit]:
        conflicts = conflict_count(s, site)
        said = summary(s, site)
        out.append(f"### {link(s.title, from_src, story_src(s.slug))}")
        out.append("")
        phrase = conflicts_phrase(conflicts)
        if conflicts:
            phrase = f'<span class="digest-verdict digest-verdict--conflict">✗ {phrase}</span>'
        out.append(f"{s.shown_latest} · {sources_phrase(len(s.entries))} · {phrase}")
        out.append("")
        if said:
            out += [f"- {escape_inline(x)}" for x in said] + [""]
        else:
            lede = next((e.summary for e in s.entries if e.summary), "")
            if lede:
                out += [escape_inline(lede), ""]
    return "\n".join(out) + "\n"


def entity_link_target(name: str) -> str:
    return f"entities/{entity_slug(name)}.md"
