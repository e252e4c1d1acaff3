"""Story pages: the sources, the claim matrix (subject + attribute by source), the merged timeline."""

from __future__ import annotations

from html import escape as esc

from digest.extract.markdown import escape_inline
from digest.pages.format import badge, link, show_value
from digest.pages.links import Links, PageParts, bullets, html_table, slot
from digest.sitedata import SiteData, Story, claim_uid, entity_slug, page_name, shown_day


def story_src(slug: str) -> str:
    return f"stories/{page_name(slug)}.md"


def matrix_rows(story: Story, site: SiteData) -> list[dict]:
    """Rows of the claim matrix: one per (subject, attribute), with each source's claims and a verdict."""
    if story.slug in site.matrices:
        return site.matrices[story.slug]
    refs = site.refs
    rows: dict[tuple[str, str], dict] = {}
    for e in story.entries:
        for c in e.claims:
            uid = claim_uid(e.src, c["id"])
            ref = refs.get(uid)
            subject = ref.subject if ref else c["subject"]
            key = (subject, c["attribute"])
            row = rows.setdefault(key, {"subject": subject, "attribute": c["attribute"], "cells": {}, "uids": set()})
            row["cells"].setdefault(e.src, []).append(c)
            row["uids"].add(uid)
    for row in rows.values():
        kinds = set()
        for uid in row["uids"]:
            ref = refs.get(uid)
            for target, kind in (ref.relations if ref else []):
                if target in row["uids"]:
                    kinds.add(kind)
        row["verdict"] = "conflicts" if "conflicts" in kinds else ("agrees" if "agrees" in kinds else
                                                                   ("related" if "related" in kinds else None))
    order = {"conflicts": 0, "agrees": 1, "related": 2, None: 3}
    ranked = sorted(rows.values(), key=lambda r: (order[r["verdict"]], -len(r["cells"]), r["subject"], r["attribute"]))
    site.matrices[story.slug] = ranked
    return ranked


def story_page(story: Story, site: SiteData, links: Links) -> PageParts:
    src = story_src(story.slug)
    rows = matrix_rows(story, site)
    conflicts = sum(1 for r in rows if r["verdict"] == "conflicts")
    md = [f"# {escape_inline(story.title)}", ""]
    md.append(f"{len(story.entries)} sources · {conflicts} conflicting "
              f"{'claim' if conflicts == 1 else 'claims'} · latest {story.latest.isoformat()}")
    md += ["", "## Sources", slot("sources")]
    parts = {"sources": bullets([
        f"{shown_day(e)} · <strong>{esc(e.source.get('publisher') or 'Unnamed outlet')}</strong> · "
        + links.a(e.title, src, e.src) for e in story.entries])}
    if rows:
        shown = [r for r in rows if len(r["cells"]) > 1] or rows
        md += ["## Claim matrix", "",
               "Each row is one question (subject and attribute); each column one source. "
               "Rows where sources disagree come first.", slot("matrix")]
        parts["matrix"] = matrix_html(shown, story, src, links)
        rest = len(rows) - len(shown)
        if rest:
            md += [f"{rest} more claims are stated by one source only; see each source's page.", ""]
    tl = merged_timeline(story)
    if tl:
        md += ["## Timeline", slot("timeline")]
        parts["timeline"] = timeline_html(tl, src, links)
    return PageParts(src, "\n".join(md) + "\n", parts)


def matrix_html(shown: list[dict], story: Story, src: str, links: Links) -> str:
    sources = [e for e in story.entries if any(e.src in r["cells"] for r in shown)]
    body = []
    for r in shown:
        verdict = badge(r["verdict"]) if r["verdict"] else "one source"
        cells = []
        for e in sources:
            cs = r["cells"].get(e.src, [])
            cells.append("<br>".join(links.a(show_value(c["value"], c.get("unit")), src, e.src, "claim-" + c["id"])
                                     for c in cs) or "—")
        label = f"{esc(r['subject'])} · {esc(r['attribute'])}"
        body.append([f'<span class="digest-row digest-row--{r["verdict"] or "single"}">{label}</span>', verdict, *cells])
    header = ["Claim", "Verdict", *(esc(e.outlet) for e in sources)]
    return f'<div class="digest-matrix">\n{html_table(header, body)}\n</div>'


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
    return sorted(items, key=lambda x: (x[0], x[1]))


def timeline_html(items, src: str, links: Links) -> str:
    lines = ['<ol class="digest-timeline">']
    for date, event, e in items:
        lines.append(f'<li><span class="digest-timeline__date">{esc(date)}</span> {esc(event)} '
                     f'<span class="digest-timeline__src">({links.a(e.outlet, src, e.src)})</span></li>')
    lines.append("</ol>")
    return "\n".join(lines)


def stories_index(site: SiteData, links: Links) -> PageParts:
    src = "stories/index.md"
    items = []
    for s in sorted(site.stories.values(), key=lambda s: (s.latest, s.slug), reverse=True):
        conflicts = sum(1 for r in matrix_rows(s, site) if r["verdict"] == "conflicts")
        items.append(f"{links.a(s.title, src, story_src(s.slug))} · {s.latest.isoformat()} · "
                     f"{len(s.entries)} sources · {conflicts} conflicts")
    md = "# Stories\n\nEvery event the digest covers, newest first.\n" + slot("stories")
    return PageParts(src, md, {"stories": bullets(items)})


def stories_block(site: SiteData, from_src: str, limit: int = 20) -> str:
    """The home page list (Markdown, so the stories show in the page's table of contents):
    latest stories with summary, sources and open conflicts."""
    out = []
    for s in sorted(site.stories.values(), key=lambda s: (s.latest, s.slug), reverse=True)[:limit]:
        conflicts = sum(1 for r in matrix_rows(s, site) if r["verdict"] == "conflicts")
        summary = next((e.summary for e in s.entries if e.summary), "")
        out.append(f"### {link(s.title, from_src, story_src(s.slug))}")
        out.append("")
        out.append(f"{s.latest.isoformat()} · {len(s.entries)} sources · "
                   f"{badge('conflicts') if conflicts else ''} {conflicts} open conflicts")
        out.append("")
        if summary:
            out.append(escape_inline(summary))
            out.append("")
    return "\n".join(out) + "\n"


def entity_link_target(name: str) -> str:
    return f"entities/{entity_slug(name)}.md"
