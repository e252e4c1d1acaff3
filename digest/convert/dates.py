"""Dates across a story: a draft without a full date takes its year or its day from its story,
from the events it reports, or from `--date` (within the month its text states, if it states one);
else it stays undated with a notice."""

from __future__ import annotations

import datetime as dt
import re

from digest import entryfile
from digest.extract.dates import complete_year


def partial_to_date(s: str) -> dt.date | None:
    """The first day an ISO date, month or year can mean."""
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$", str(s))
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:  # an impossible day written by hand (2024-02-30) dates nothing
        return None


STORY_DATE_SPAN = 14   # days: the widest spread of a story's dates that still dates an undated member


# a year in running text: not part of a longer number, a decimal or a figure with separators, nor a
# target ("by 2030", "until 2028", "fiscal 2026", "FY2027", "d'ici 2030", "the 2030s", "2026-27")
_YEAR = re.compile(r"(?<![\d.,$€£])(?<!\bby )(?<!\buntil )(?<!\btill )(?<!\bthrough )(?<!\bbefore )(?<!\bfiscal )(?<!FY)"
                   r"(?<!FY )(?<!d'ici )(?<!hasta )(?<!\bbis )(?<!entro )(?<!\baté )(?:19|20)\d\d(?![\d]|[.,]\d|s\b|[-–/]\d)")


def names_later_year(text: str, year: int) -> bool:
    """Whether `text` names a year more than one after `year` (up to ten after: a larger number
    is more likely a count, such as 2048 tokens), other than as a target. An article seldom names
    such a year before it comes, so a story date that early was most likely another event's."""
    return any(year + 1 < int(m.group()) <= year + 10 for m in _YEAR.finditer(text))


# a figure of three digits or more, its separators dropped ("15,4" and "15.4" alike), that is no year
_FIGURE = re.compile(r"(?<![\w.,])\d{1,3}(?:[.,\u00a0 ]\d{1,3})*(?:[.,]\d+)?(?![\w])")


def figures(text: str) -> frozenset[str]:
    """The figures an article states, as their digits: what two reports of one event share across languages."""
    out = set()
    for m in _FIGURE.finditer(text):
        digits = re.sub(r"\D", "", m.group()).rstrip("0") or "0"
        if len(re.sub(r"\D", "", m.group())) >= 3 and not re.fullmatch(r"(?:19|20)\d\d", m.group()) and len(digits) >= 2:
            out.add(digits)
    return frozenset(out)


def same_event(a_figures: frozenset, a_shingles: frozenset, a_names: list[str],
               b_text: str, b_figures: frozenset, b_shingles: frozenset) -> bool:
    """Whether two articles of a story report one event: a figure, a run of words, or two names besides
    the main one in common. A story groups articles by their subject, and an undated article about
    another of its subject's events ("Intel's quarter" beside "Intel breaks ground in Ohio", sharing
    only Intel and its chief) must not take that event's day."""
    if a_shingles & b_shingles or a_figures & b_figures:
        return True
    return sum(1 for n in a_names if re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", b_text)) >= 2


def infer_dates(drafts: list, existing: list, default: dt.date | None, notices: list[str]) -> None:
    """Date the drafts in place; each draft left undated gets a line in `notices`."""
    story_dates: dict[str, list[dt.date]] = {}
    story_events: dict[str, list[dt.date]] = {}
    # a story's date -> the articles that give it: (text, its figures, its shingles)
    dated_by: dict[tuple[str, dt.date], list[tuple[str, frozenset, frozenset]]] = {}
    again = {d.key for d in drafts}
    for e in existing:
        if e.input in again:
            continue   # an entry converted again speaks through its draft, as on the first run
        if e.story and e.date:
            story_dates.setdefault(e.story, []).append(e.date)
            body = entryfile.split_front_matter(e.text)[1]
            dated_by.setdefault((e.story, e.date), []).append((body, figures(body), e.shingles))
        if e.story:
            story_events.setdefault(e.story, []).extend(e.timeline_dates)
    for d in drafts:
        if d.story:
            if d.date and not d.date_partial:
                story_dates.setdefault(d.story, []).append(d.date)
                dated_by.setdefault((d.story, d.date), []).append((d.body, figures(d.body), d.shingles))
            story_events.setdefault(d.story, []).extend(
                x for x in (partial_to_date(t["date"]) for t in d.structure.timeline) if x)
    # first complete the year of month/day dates, which then date their story
    for d in drafts:
        if d.date and d.date_partial:
            known = story_dates.get(d.story, []) + story_events.get(d.story, [])
            own = [x for x in (partial_to_date(t["date"]) for t in d.structure.timeline) if x]
            done = complete_year(d.date, known or own)
            if done is None and default:
                done = d.date.replace(year=default.year)
            d.date, d.date_partial, d.date_inferred = done, False, True
            if done and d.story:
                story_dates.setdefault(d.story, []).append(done)
                dated_by.setdefault((d.story, done), []).append((d.body, figures(d.body), d.shingles))
    for d in drafts:
        if d.date is None:
            month = getattr(d, "month", None)
            in_month = (lambda x: x.isoformat()[:7] == month) if month else (lambda x: True)
            names = [n for n in d.subjects.entities if n != d.subjects.primary]
            own_figures = figures(d.body)
            dates = [x for x in story_dates.get(d.story or "", []) if in_month(x)
                     and any(same_event(own_figures, d.shingles, names, text, figs, sh)
                             for text, figs, sh in dated_by.get((d.story, x), ()))]
            own = [x for x in (dt.date.fromisoformat(t["date"]) for t in d.structure.timeline
                               if re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(t["date"]))) if in_month(x)]
            if dates:
                d.ref_date = min(dates)
            later = bool(dates) and names_later_year(d.body, min(dates).year)
            if dates and (max(dates) - min(dates)).days <= STORY_DATE_SPAN and not later:
                # a story whose articles are dated within days of each other dates this one too;
                # a story that spans months does not say when this article was written, nor does
                # one dated before years this article names (another event the story drew in)
                d.date, d.date_inferred = min(dates), True
            elif own and not later and not any((p := partial_to_date(t["date"])) and p > max(own) for t in d.structure.timeline):
                # (with a story of another event, its days may be that event's; an event the article puts in a
                # later month, "By May 2026, the AI Office has issued …", says it was written after its latest day)
                # the latest full date the article itself reports: it was written on or after it
                d.date, d.date_inferred = max(own), True
            elif default and in_month(default):
                d.date, d.date_inferred = default, True
        if d.date is None:
            # still written: the site lists it as undated until an editor sets the date
            notices.append(f"{d.doc.path}: no publication date in the text or its story; written with "
                           f"date: null (set it in the entry, or pass --date YYYY-MM-DD)")
