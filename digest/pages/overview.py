"""Site-wide pages: entities, the global timeline, open conflicts."""

from __future__ import annotations

from digest.extract.markdown import escape_inline
from digest.pages.format import badge, link, show_value
from digest.pages.story import merged_timeline, story_src, timeline_html
from digest.sitedata import SiteData, Story, entity_slug


def entity_src(name: str) -> str:
    return f"entities/{entity_slug(name)}.md"


def entity_page(name: str, site: SiteData) -> str:
    src = entity_src(name)
    claims = site.entities.get(name, [])
    kind = site.entity_kinds.get(name, "")
    out = [f"# {escape_inline(name)}", ""]
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
    out = ["# Timeline", "", "Dated events stated by the sources, across all stories.", ""]
    everything = Story("all", entries=list(site.entries))
    items = merged_timeline(everything)
    if items:
        out.append(timeline_html(items, "timeline.md"))
    else:
        out.append("No dated events yet.")
    return "\n".join(out) + "\n"


def conflicts_page(site: SiteData) -> str:
    out = ["# Open conflicts", "",
           "Pairs of claims about the same subject and attribute whose values cannot both be true.", ""]
    seen = set()
    rows = []
    for c in site.claims:
        for target, kind in c.relations:
            if kind != "conflicts":
                continue
            pair = tuple(sorted((c.uid, target)))
            if pair in seen:
                continue
            seen.add(pair)
            rows.append((c, site.by_uid[target]))
    if not rows:
        return "\n".join(out + ["No conflicts found."]) + "\n"
    by_story: dict[str, list] = {}
    for c, other in rows:
        e, _ = site.by_uid[c.uid]
        by_story.setdefault(e.story or "", []).append((c, other))
    for slug in sorted(by_story):
        title = site.stories[slug].title if slug in site.stories else "Other entries"
        out.append(f"## {link(title, 'conflicts.md', story_src(slug))}" if slug in site.stories else f"## {title}")
        out += ["", '<div class="digest-pairs" markdown>', "", "| Subject · attribute | One source says | Another says |", "|---|---|---|"]
        for c, (oe, oc) in sorted(by_story[slug], key=lambda x: (x[0].subject, x[0].attribute, x[0].uid)):
            e, raw = site.by_uid[c.uid]
            a = link(f"{e.outlet}: {show_value(c.value, c.unit)}", "conflicts.md", e.src, "claim-" + raw["id"])
            b = link(f"{oe.outlet}: {show_value(oc['value'], oc.get('unit'))}", "conflicts.md", oe.src, "claim-" + oc["id"])
            out.append(f"| {badge('conflicts')} {escape_inline(c.subject)} · {escape_inline(c.attribute)} | {a} | {b} |")
        out += ["", "</div>", ""]
    return "\n".join(out) + "\n"
