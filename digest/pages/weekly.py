"""Weekly digest pages: one per ISO week with entries, and an archive of weeks, newest first."""

from __future__ import annotations

import datetime as dt

from html import escape as esc

from digest.link.questions import Question
from digest.pages.format import link
from digest.pages.links import Links, PageParts, bullets, slot
from digest.pages.overview import NO_SEARCH
from digest.pages.story import UNDATED_SRC, conflict_count, conflicts_phrase, sources_phrase, story_src, summary
from digest.pages.verdicts import questions_table, rank
from digest.sitedata import SiteData, by_date


def week_of(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def week_src(week: str) -> str:
    return f"digest/{week}.md"


def weeks(site: SiteData) -> dict[str, list]:
    """Dated entries by ISO week, newest first; undated entries wait for a date."""
    out: dict[str, list] = {}
    for e in site.entries:
        if e.date is not None:
            out.setdefault(week_of(e.date), []).append(e)
    return dict(sorted(out.items(), reverse=True))


def _week_range(week: str) -> tuple[dt.date, dt.date]:
    year, w = week.split("-W")
    start = dt.date.fromisocalendar(int(year), int(w), 1)
    return start, start + dt.timedelta(days=6)


def conflicts_by_week(site: SiteData) -> dict[str, list[Question]]:
    """Each question in conflict once, under the week of its latest dated claim."""
    if site.weekly_conflicts is not None:
        return site.weekly_conflicts
    out: dict[str, list[Question]] = {}
    for q in site.questions.all:
        if q.verdict != "conflict":
            continue
        dates = [site.by_uid[r.uid][0].date for r in q.members]
        dated = [d for d in dates if d is not None]
        if dated:
            out.setdefault(week_of(max(dated)), []).append(q)
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
            said = summary(s, site)
            text = (bullets([esc(x) for x in said]) if said
                    else esc(next((e.summary for e in s.entries if e.summary), "")[:240]))
            items.append(f"<strong>{links.a(s.title, src, story_src(slug))}</strong> · {sources_phrase(len(s.entries))} · "
                         f"{conflicts_phrase(conflict_count(s, site))}\n{text}")
        md += ["## Stories this week", slot("stories")]
        parts["stories"] = bullets(items)
    new_conflicts = conflicts_by_week(site).get(week, [])
    md += ["## New conflicts", ""]
    if new_conflicts:
        md.append(slot("conflicts"))
        parts["conflicts"] = questions_table(sorted(new_conflicts, key=lambda q: (q.story or "", rank(q))),
                                             site, src, links, per_value)
    else:
        md += ["No new conflicts this week.", ""]
    md += ["## Entries", slot("entries")]
    parts["entries"] = bullets([f"{e.shown_date} · <strong>{esc(e.outlet)}</strong> · {links.a(e.title, src, e.src)}"
                                for e in sorted(entries, key=by_date)])
    return PageParts(src, "\n".join(md) + "\n", parts)


def archive_page(site: SiteData, links: Links) -> PageParts:
    src = "digest/index.md"
    items = []
    for week, entries in weeks(site).items():
        stories = len({e.story for e in entries if e.story})
        items.append(f"{links.a('Week ' + week, src, week_src(week))} · {len(entries)} entries · {stories} stories")
    md = "# Weekly digest\n\nEach week's stories, new conflicts and entries, newest first.\n" + slot("weeks")
    if site.undated:
        md += (f"\n{link(f'{len(site.undated)} undated entries', src, UNDATED_SRC)} are not in any week "
               "until an editor sets their date.\n")
    return PageParts(src, md, {"weeks": bullets(items)})


def latest_week_link(site: SiteData, from_src: str) -> str:
    ws = weeks(site)
    if not ws:
        return ""
    week = next(iter(ws))
    return f"This week's digest: {link('Week ' + week, from_src, week_src(week))} · {link('all weeks', from_src, 'digest/index.md')}"


def home_block(site: SiteData, from_src: str) -> str:
    """What the home page's stories marker becomes: this week's digest, then the latest stories."""
    from digest.pages.story import stories_block

    return latest_week_link(site, from_src) + "\n\n" + stories_block(site, from_src)
