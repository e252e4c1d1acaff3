"""Site-wide pages: entities, the global timeline, open conflicts."""

from __future__ import annotations

from digest.extract.markdown import escape_inline
from digest.pages.format import badge, link, show_value
from digest.pages.story import merged_timeline, story_src, timeline_html
from digest.sitedata import SiteData, Story, entity_slug


# Pages that repeat what entries and stories already say stay out of the search index, which
# the browser loads whole on the first search.
NO_SEARCH = "---\nsearch:\n  exclude: true\n---\n\n"


def entity_src(name: str) -> str:
    return f"entities/{entity_slug(name)}.md"


def entity_page(name: str, site: SiteData) -> str:
    src = entity_src(name)
    claims = site.entities.get(name, [])
    kind = site.entity_kinds.get(name, "")
    out = [NO_SEARCH + f"# {escape_inline(name)}", ""]
    if kind:
        out += [f"*{kind}*", ""]
    mentioned = site.mentioned_in.get(name, [])
    if claims:
        out += ["## Claims across sources", "", "| Attribute | Value | Source | Verdicts |", "|---|---|---|---|"]
        for c in sorted(claims, key=lambda c: (c.attribute, c.date, c.uid)):
            e, raw = site.by_uid[c.uid]
            kinds = sorted({k for _, k in c.relations})
            out.append(f"| {escape_inline(c.attribute)} | {link(show_value(c.value, c.unit), src, e.src, 'claim-' + raw['id'])} | "
                       f"{escape_inline(e.outlet)} | {' '.join(badge(k) for k in kinds) or '—'} |")
        out.append("")
    if mentioned:
        out += ["## Mentioned in", ""]
        for e in sorted(mentioned, key=lambda e: (e.date, e.src), reverse=True):
            out.append(f"- {e.date.isoformat()} · {link(e.title, src, e.src)} ({escape_inline(e.outlet)})")
        out.append("")
    return "\n".join(out) + "\n"


def entities_index(site: SiteData) -> str:
    by_kind: dict[str, list[str]] = {}
    for name in site.entities:
        by_kind.setdefault(site.entity_kinds.get(name, "model" if any(ch.isdigit() for ch in name) else "other"), []).append(name)
    out = ["# Entities", "", "Models, labs, people and benchmarks, with every claim the sources make about them.", ""]
    for kind in sorted(by_kind):
        out += [f"## {kind.capitalize()}", ""]
        for name in sorted(by_kind[kind], key=str.lower):
            n = len(site.entities[name])
            out.append(f"- {link(name, 'entities/index.md', entity_src(name))} · {n} claims")
        out.append("")
    return "\n".join(out) + "\n"


def timeline_page(site: SiteData) -> str:
    out = [NO_SEARCH + "# Timeline", "", "Dated events stated by the sources, across all stories.", ""]
    everything = Story("all", entries=list(site.entries))
    items = merged_timeline(everything)
    if items:
        out.append(timeline_html(items, "timeline.md"))
    else:
        out.append("No dated events yet.")
    return "\n".join(out) + "\n"


def conflicts_page(site: SiteData, per_value: int = 6) -> str:
    """Open conflicts, one row per question (story, subject, attribute) listing what each source
    says, so the page grows with the number of questions, not with pairs of claims."""
    out = [NO_SEARCH + "# Open conflicts", "",
           "Questions on which sources give values that cannot both be true.", ""]
    groups: dict[tuple, dict[str, object]] = {}
    for c in site.claims:
        if not any(kind == "conflicts" for _, kind in c.relations):
            continue
        e, raw = site.by_uid[c.uid]
        key = (e.story or "", c.subject, c.attribute)
        groups.setdefault(key, {}).setdefault(show_value(c.value, c.unit), []).append((e, raw))
    if not groups:
        return "\n".join(out + ["No conflicts found."]) + "\n"
    by_story: dict[str, list] = {}
    for (story, subject, attribute), values in groups.items():
        by_story.setdefault(story, []).append((subject, attribute, values))
    for slug in sorted(by_story):
        if slug in site.stories:
            out.append(f"## {link(site.stories[slug].title, 'conflicts.md', story_src(slug))}")
        else:
            out.append("## Other entries")
        out += ["", '<div class="digest-pairs" markdown>', "", "| Question | What the sources say |", "|---|---|"]
        for subject, attribute, values in sorted(by_story[slug], key=lambda r: (r[0], r[1])):
            said = []
            for value, claims in values.items():
                links = ", ".join(link(e.outlet, "conflicts.md", e.src, "claim-" + raw["id"]) for e, raw in claims[:per_value])
                more = f" and {len(claims) - per_value} more" if len(claims) > per_value else ""
                said.append(f"**{escape_inline(value)}**: {links}{more}")
            out.append(f"| {badge('conflicts')} {escape_inline(subject)} · {escape_inline(attribute)} | " + "<br>".join(said) + " |")
        out += ["", "</div>", ""]
    return "\n".join(out) + "\n"
