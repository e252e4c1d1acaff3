"""Site-wide pages: entities, the global timeline, open conflicts."""

from __future__ import annotations

from html import escape as esc

from digest.extract.markdown import escape_inline
from digest.pages.format import badge, link, show_value
from digest.pages.links import Links, PageParts, bullets, html_table, slot
from digest.pages.story import merged_timeline, story_src, timeline_html
from digest.sitedata import SiteData, Story, entity_slug, shown_day, sort_day


# Pages that repeat what entries and stories already say stay out of the search index, which
# the browser loads whole on the first search.
NO_SEARCH = "---\nsearch:\n  exclude: true\n---\n\n"


def entity_src(name: str) -> str:
    return f"entities/{entity_slug(name)}.md"


def entity_page(name: str, site: SiteData, links: Links) -> PageParts:
    src = entity_src(name)
    claims = site.entities.get(name, [])
    kind = site.entity_kinds.get(name, "")
    md = [NO_SEARCH + f"# {escape_inline(name)}", ""]
    parts = {}
    if kind:
        md += [f"*{kind}*", ""]
    mentioned = site.mentioned_in.get(name, [])
    if claims:
        rows = []
        for c in sorted(claims, key=lambda c: (c.attribute, c.date, c.uid)):
            e, raw = site.by_uid[c.uid]
            kinds = sorted({k for _, k in c.relations})
            rows.append([esc(c.attribute), links.a(show_value(c.value, c.unit), src, e.src, "claim-" + raw["id"]),
                         esc(e.outlet), " ".join(badge(k) for k in kinds) or "—"])
        md += ["## Claims across sources", slot("claims")]
        parts["claims"] = html_table(["Attribute", "Value", "Source", "Verdicts"], rows)
    if mentioned:
        md += ["## Mentioned in", slot("mentioned")]
        parts["mentioned"] = bullets([
            f"{shown_day(e)} · {links.a(e.title, src, e.src)} ({esc(e.outlet)})"
            for e in sorted(mentioned, key=lambda e: (sort_day(e), e.src), reverse=True)])
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
    return PageParts("timeline.md", md + slot("events"), {"events": timeline_html(items, "timeline.md", links)})


def conflicts_page(site: SiteData, links: Links, per_value: int = 6, stories_in_full: int = 60,
                   rows_per_story: int = 40) -> PageParts:
    """Open conflicts, one row per question (story, subject, attribute) listing what each source
    says, newest stories first. The latest `stories_in_full` stories are shown in full (at most
    `rows_per_story` questions each); older ones as links to their story pages, so the page stays
    a size a browser opens quickly however large the digest grows."""
    src = "conflicts.md"
    md = [NO_SEARCH + "# Open conflicts", "", "Questions on which sources give values that cannot both be true.", ""]
    groups: dict[tuple, dict[str, object]] = {}
    for c in site.claims:
        if not any(kind == "conflicts" for _, kind in c.relations):
            continue
        e, raw = site.by_uid[c.uid]
        key = (e.story if e.story in site.stories else "", c.subject, c.attribute)
        groups.setdefault(key, {}).setdefault(show_value(c.value, c.unit), []).append((e, raw))
    if not groups:
        return PageParts(src, "\n".join(md + ["No conflicts found."]) + "\n")
    by_story: dict[str, list] = {}
    for (story, subject, attribute), values in groups.items():
        by_story.setdefault(story, []).append((subject, attribute, values))
    known = sorted((slug for slug in by_story if slug in site.stories),
                   key=lambda slug: (site.stories[slug].latest, slug), reverse=True)
    shown, older = known[:stories_in_full], known[stories_in_full:]
    if "" in by_story:
        shown.append("")
    parts = {}
    for i, slug in enumerate(shown):
        if slug:
            md.append(f"## {link(site.stories[slug].title, src, story_src(slug))}")
        else:
            md.append("## Other entries")
        md.append(slot(f"s{i}"))
        questions = sorted(by_story[slug], key=lambda r: (r[0], r[1]))
        parts[f"s{i}"] = questions_table(questions[:rows_per_story], src, links, per_value)
        if len(questions) > rows_per_story:
            rest = len(questions) - rows_per_story
            md += [f"{rest} more questions on the story's page." if slug else f"{rest} more questions not shown.", ""]
    if older:
        md += ["## Older stories", slot("older")]
        parts["older"] = bullets([f"{links.a(site.stories[slug].title, src, story_src(slug))} · "
                                  f"{site.stories[slug].latest.isoformat()} · {len(by_story[slug])} questions in conflict"
                                  for slug in older])
    return PageParts(src, "\n".join(md) + "\n", parts)


def questions_table(questions: list[tuple[str, str, dict[str, list]]], src: str, links: Links,
                    per_value: int = 6) -> str:
    """Questions in conflict as a table: for each (subject, attribute, {value: [(entry, claim)]}),
    every value with the sources that give it, at most `per_value` of them named."""
    rows = []
    for subject, attribute, values in questions:
        said = []
        for value, cited in values.items():
            names = ", ".join(links.a(e.outlet, src, e.src, "claim-" + c["id"]) for e, c in cited[:per_value])
            more = f" and {len(cited) - per_value} more" if len(cited) > per_value else ""
            said.append(f"<strong>{esc(value)}</strong>: {names}{more}")
        rows.append([f"{badge('conflicts')} {esc(subject)} · {esc(attribute)}", "<br>".join(said)])
    return f'<div class="digest-pairs">\n{html_table(["Question", "What the sources say"], rows)}\n</div>'
