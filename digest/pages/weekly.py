"""Weekly digest pages: one per ISO week with entries, and an archive of weeks, newest first."""

from __future__ import annotations

import datetime as dt

from html import escape as esc

from digest.pages.format import link, show_value
from digest.pages.links import Links, PageParts, bullets, slot
from digest.pages.overview import NO_SEARCH, questions_table
from digest.pages.story import story_src
from digest.sitedata import SiteData, shown_day, sort_day


def week_of(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def week_src(week: str) -> str:
    return f"digest/{week}.md"


def weeks(site: SiteData) -> dict[str, list]:
    out: dict[str, list] = {}
    for e in site.entries:
        if e.date:  # an undated entry joins no week until an editor dates it
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
            later = max((mine, other), key=lambda e: (sort_day(e), e.src))
            if later.date:
                out.setdefault(week_of(later.date), []).append((c, mine, site.by_uid[target]))
    site.weekly_conflicts = out
    return out


def week_page(week: str, entries: list, site: SiteData, links: Links, per_value: int = 6) -> PageParts:
    src = week_src(week)
    start, end = _week_range(week)
    md = [NO_SEARCH + f"# Week {week}", "", f"{start:%d %B %Y} – {end:%d %B %Y} · {len(entries)} entries", ""]
    parts = {}
    slugs = sorted({e.story for e in entries if e.story}, key=lambda s: (-len(site.stories[s].entries), s))
    if slugs:
        items = []
        for slug in slugs:
            s = site.stories[slug]
            summary = next((e.summary for e in s.entries if e.summary), "")
            items.append(f"<strong>{links.a(s.title, src, story_src(slug))}</strong> · {len(s.entries)} sources. "
                         f"{esc(summary[:240])}")
        md += ["## Stories this week", slot("stories")]
        parts["stories"] = bullets(items)
    new_conflicts = conflicts_by_week(site).get(week, [])
    md += ["## New conflicts", ""]
    if new_conflicts:
        # one row per question, not per pair of claims: a question that five sources disagree on
        # would otherwise fill ten rows
        questions: dict[tuple, dict[str, dict]] = {}
        for c, mine, (oe, oc) in new_conflicts:
            said = questions.setdefault((c.subject, c.attribute), {})
            raw = site.by_uid[c.uid][1]
            for e, claim in ((mine, raw), (oe, oc)):
                said.setdefault(show_value(claim["value"], claim.get("unit")), {})[(e.src, claim["id"])] = (e, claim)
        md.append(slot("conflicts"))
        parts["conflicts"] = questions_table(
            [(subject, attribute, {v: list(cited.values()) for v, cited in said.items()})
             for (subject, attribute), said in sorted(questions.items())], src, links, per_value)
    else:
        md += ["No new conflicts this week.", ""]
    md += ["## Entries", slot("entries")]
    parts["entries"] = bullets([f"{shown_day(e)} · <strong>{esc(e.outlet)}</strong> · {links.a(e.title, src, e.src)}"
                                for e in sorted(entries, key=lambda e: (sort_day(e), e.src))])
    return PageParts(src, "\n".join(md) + "\n", parts)


def archive_page(site: SiteData, links: Links) -> PageParts:
    src = "digest/index.md"
    items = []
    for week, entries in weeks(site).items():
        stories = len({e.story for e in entries if e.story})
        items.append(f"{links.a('Week ' + week, src, week_src(week))} · {len(entries)} entries · {stories} stories")
    md = "# Weekly digest\n\nEach week's stories, new conflicts and entries, newest first.\n" + slot("weeks")
    return PageParts(src, md, {"weeks": bullets(items)})


def latest_week_link(site: SiteData, from_src: str) -> str:
    ws = weeks(site)
    if not ws:
        return ""
    week = next(iter(ws))
    return f"This week's digest: {link('Week ' + week, from_src, week_src(week))} · {link('all weeks', from_src, 'digest/index.md')}"
