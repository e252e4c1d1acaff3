"""Weekly digest pages: one per ISO week with entries, and an archive of weeks, newest first."""

from __future__ import annotations

import datetime as dt

from digest.extract.markdown import escape_inline
from digest.pages.format import badge, link, show_value
from digest.pages.overview import NO_SEARCH
from digest.pages.story import story_src
from digest.sitedata import SiteData


def week_of(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def week_src(week: str) -> str:
    return f"digest/{week}.md"


def weeks(site: SiteData) -> dict[str, list]:
    out: dict[str, list] = {}
    for e in site.entries:
        out.setdefault(week_of(e.date), []).append(e)
    return dict(sorted(out.items(), reverse=True))


def _week_range(week: str) -> tuple[dt.date, dt.date]:
    year, w = week.split("-W")
    start = dt.date.fromisocalendar(int(year), int(w), 1)
    return start, start + dt.timedelta(days=6)


def conflicts_by_week(site: SiteData) -> dict[str, list]:
    """Each conflict once, under the week its later claim appeared (one pass over all claims)."""
    if site.weekly_conflicts is not None:
        return site.weekly_conflicts
    out: dict[str, list] = {}
    seen = set()
    for c in site.claims:
        for target, kind in c.relations:
            if kind != "conflicts":
                continue
            pair = (c.uid, target) if c.uid < target else (target, c.uid)
            if pair in seen:
                continue
            seen.add(pair)
            mine, other = site.by_uid[c.uid][0], site.by_uid[target][0]
            later = max((mine, other), key=lambda e: (e.date, e.src))
            out.setdefault(week_of(later.date), []).append((c, mine, site.by_uid[target]))
    site.weekly_conflicts = out
    return out


def week_page(week: str, entries: list, site: SiteData) -> str:
    src = week_src(week)
    start, end = _week_range(week)
    out = [NO_SEARCH + f"# Week {week}", "", f"{start:%d %B %Y} – {end:%d %B %Y} · {len(entries)} entries", ""]
    slugs = sorted({e.story for e in entries if e.story}, key=lambda s: (-len(site.stories[s].entries), s))
    if slugs:
        out += ["## Stories this week", ""]
        for slug in slugs:
            s = site.stories[slug]
            summary = next((e.summary for e in s.entries if e.summary), "")
            out.append(f"- **{link(s.title, src, story_src(slug))}** · {len(s.entries)} sources. {escape_inline(summary[:240])}")
        out.append("")
    new_conflicts = conflicts_by_week(site).get(week, [])
    out += ["## New conflicts", ""]
    if new_conflicts:
        out += ["| Claim | One source | Another |", "|---|---|---|"]
        for c, mine, (oe, oc) in new_conflicts:
            raw = site.by_uid[c.uid][1]
            a = link(f"{mine.outlet}: {show_value(c.value, c.unit)}", src, mine.src, "claim-" + raw["id"])
            b = link(f"{oe.outlet}: {show_value(oc['value'], oc.get('unit'))}", src, oe.src, "claim-" + oc["id"])
            out.append(f"| {badge('conflicts')} {escape_inline(c.subject)} · {escape_inline(c.attribute)} | {a} | {b} |")
    else:
        out.append("No new conflicts this week.")
    out += ["", "## Entries", ""]
    for e in sorted(entries, key=lambda e: (e.date, e.src)):
        out.append(f"- {e.date.isoformat()} · **{escape_inline(e.outlet)}** · {link(e.title, src, e.src)}")
    return "\n".join(out) + "\n"


def archive_page(site: SiteData) -> str:
    out = ["# Weekly digest", "", "Each week's stories, new conflicts and entries, newest first.", ""]
    for week, entries in weeks(site).items():
        stories = len({e.story for e in entries if e.story})
        out.append(f"- {link('Week ' + week, 'digest/index.md', week_src(week))} · {len(entries)} entries · {stories} stories")
    return "\n".join(out) + "\n"


def latest_week_link(site: SiteData, from_src: str) -> str:
    ws = weeks(site)
    if not ws:
        return ""
    week = next(iter(ws))
    return f"This week's digest: {link('Week ' + week, from_src, week_src(week))} · {link('all weeks', from_src, 'digest/index.md')}"
