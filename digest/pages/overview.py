"""Site-wide pages: entities, the global timeline, open conflicts."""

from __future__ import annotations

import datetime as dt
from html import escape as esc

from digest.extract.markdown import escape_inline
from digest.link.questions import Question
from digest.pages.format import link
from digest.pages.links import Links, PageParts, bullets, html_table, slot, unsearched
from digest.pages.story import UNDATED_SRC, conflicts_phrase, merged_timeline, story_src, timeline_html
from digest.pages.verdicts import questions_table, rank, shown, verdict_badge
from digest.sitedata import SiteData, Story, newest_first
from digest.slugs import entity_slug


# Pages that repeat what entries and stories already say stay out of the search index, which
# the browser loads whole on the first search.
NO_SEARCH = "---\nsearch:\n  exclude: true\n---\n\n"


def entity_src(name: str) -> str:
    return f"entities/{entity_slug(name)}.md"


def entity_page(name: str, site: SiteData, links: Links) -> PageParts:
    src = entity_src(name)
    claims = site.entities.get(name, [])
    kind = site.entity_kinds.get(name, "")
    md = [f"# {escape_inline(name)}", ""]
    parts = {}
    mentioned = site.mentioned_in.get(name, [])
    sources = len({c.entry for c in claims} | {e.src for e in mentioned})
    md += [slot("count")]
    parts["count"] = unsearched(f"<p>{'<em>' + esc(kind) + '</em> · ' if kind else ''}{len(claims)} "
                                f"{'claim' if len(claims) == 1 else 'claims'} from {sources} "
                                f"{'source' if sources == 1 else 'sources'}</p>")
    if claims:
        rows = []
        for c in sorted(claims, key=lambda c: (c.attribute, c.date, c.uid)):
            e, raw = site.by_uid[c.uid]
            who = f' <span class="digest-said">({esc(raw["said_by"])})</span>' if raw.get("said_by") else ""
            q = site.questions.of.get(c.uid)
            rows.append([esc(c.attribute), links.a(shown(raw), src, e.src, "claim-" + raw["id"]) + who,
                         esc(e.outlet), verdict_badge(q) if q else "—"])
        # headings inside the blocks search skips: an entity is found by its name, and its claims
        # by their entries, without one empty search section per heading per entity
        md += [slot("claims")]
        parts["claims"] = unsearched('<h2>Claims across sources</h2>\n<div class="digest-cards">'
                                     + html_table(["Attribute", "Value", "Source", "Verdict"], rows, labelled=True) + "</div>")
    if mentioned:
        md += [slot("mentioned")]
        parts["mentioned"] = unsearched('<h2>Mentioned in</h2>\n' + bullets([
            f"{e.shown_date} · {links.a(e.title, src, e.src)} ({esc(e.outlet)})"
            for e in sorted(mentioned, key=lambda e: (e.date or dt.date.min, e.src), reverse=True)]))
    return PageParts(src, "\n".join(md) + "\n", parts)


def entities_index(site: SiteData, links: Links) -> PageParts:
    src = "entities/index.md"
    by_kind: dict[str, list[str]] = {}
    for name in site.entities:
        by_kind.setdefault(site.entity_kinds.get(name, "model" if any(ch.isdigit() for ch in name) else "other"), []).append(name)
    md = ["# Entities", "", "Models, labs, people and benchmarks, with every claim the sources make about them.", ""]
    parts = {}
    for kind in sorted(by_kind):
        md += [f"## {kind.capitalize()}", slot(kind)]
        parts[kind] = bullets([f"{links.a(name, src, entity_src(name))} · {len(site.entities[name])} claims"
                               for name in sorted(by_kind[kind], key=str.lower)])
    return PageParts(src, "\n".join(md) + "\n", parts)


def timeline_page(site: SiteData, links: Links) -> PageParts:
    md = NO_SEARCH + "# Timeline\n\nDated events stated by the sources, across all stories.\n"
    everything = Story("all", entries=list(site.entries))
    items = merged_timeline(everything)
    if not items:
        return PageParts("timeline.md", md + "\nNo dated events yet.\n")
    return PageParts("timeline.md", md + slot("events"), {"events": timeline_html(items, "timeline.md", links, site)})


def conflicts_page(site: SiteData, links: Links, per_value: int = 6, stories_in_full: int = 60,
                   rows_per_story: int = 40, table=None) -> PageParts:
    """Open conflicts: every question whose verdict is a conflict, with what each source says,
    newest stories first. The latest `stories_in_full` stories are shown in full (at most
    `rows_per_story` questions each); older ones as links to their story pages, so the page stays
    a size a browser opens quickly however large the digest grows. `table` draws one story's
    questions (default `questions_table`; a rebuild passes one that keeps unchanged stories')."""
    src = "conflicts.md"
    table = table or (lambda questions: questions_table(questions, site, src, links, per_value))
    md = [NO_SEARCH + "# Open conflicts", "", "Questions on which sources give values that cannot both be true.", ""]
    by_story: dict[str, list[Question]] = {}
    for q in site.questions.all:
        if q.verdict == "conflict":
            # a question sources of two stories disagree on is listed under each
            for slug in [st for st in q.stories if st in site.stories] or [""]:
                by_story.setdefault(slug, []).append(q)
    if not by_story:
        return PageParts(src, "\n".join(md + ["No conflicts found."]) + "\n")
    known = sorted((slug for slug in by_story if slug), key=lambda slug: newest_first(site.stories[slug]), reverse=True)
    shown_stories, older = known[:stories_in_full], known[stories_in_full:]
    if "" in by_story:
        shown_stories.append("")
    parts = {}
    for i, slug in enumerate(shown_stories):
        if slug:
            md.append(f"## {link(site.stories[slug].title, src, story_src(slug))}")
        else:
            md.append("## Other entries")
        md.append(slot(f"s{i}"))
        questions = sorted(by_story[slug], key=rank)
        parts[f"s{i}"] = table(questions[:rows_per_story])
        if len(questions) > rows_per_story:
            rest = len(questions) - rows_per_story
            md += [f"{rest} more questions on the story's page." if slug else f"{rest} more questions not shown.", ""]
    if older:
        md += ["## Older stories", slot("older")]
        parts["older"] = bullets([f"{links.a(site.stories[slug].title, src, story_src(slug))} · "
                                  f"{site.stories[slug].shown_latest} · {conflicts_phrase(len(by_story[slug]))}"
                                  for slug in older])
    return PageParts(src, "\n".join(md) + "\n", parts)


def undated_page(site: SiteData, links: Links) -> PageParts:
    """Entries whose source states no date: listed here and in their story, kept out of the feed
    and the week pages until an editor sets `date:` in the entry."""
    src = UNDATED_SRC
    md = [NO_SEARCH + "# Undated entries", "",
          "These sources state no publication date. Each shows in its story; it joins the feed and "
          "the weekly digest once an editor sets `date:` in the entry.", ""]
    if not site.undated:
        return PageParts(src, "\n".join(md + ["Every entry has a date."]) + "\n")
    items = []
    for e in sorted(site.undated, key=lambda e: (e.story or "", e.src)):
        story = (f" · story: {links.a(site.stories[e.story].title, src, story_src(e.story))}"
                 if e.story in site.stories else "")
        items.append(f"<strong>{esc(e.source.get('publisher') or 'Unnamed outlet')}</strong> · {links.a(e.title, src, e.src)}{story}"
                     f" · <code>{esc(e.src)}</code>")
    md.append(slot("entries"))
    return PageParts(src, "\n".join(md) + "\n", {"entries": bullets(items)})
