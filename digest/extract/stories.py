"""Grouping entries into stories: same main subject, near in time. Linear: an index by subject."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

WINDOW_DAYS = 60
_EVENTS = (
    ("launch", r"\b(?:launch|launches|launched|release[sd]?|unveil(?:s|ed)?|introduc(?:es|ed|ing)|debut|announc(?:es|ed))\b"),
    ("funding", r"\b(?:raises?|raised|funding|round|valuation|valued)\b"),
    ("deal", r"\b(?:deal|partnership|partners?|invests?|investment|acquires?|acquisition)\b"),
    ("debate", r"\b(?:debate|predicts?|forecast)\b"),
)


@dataclass
class StoryItem:
    key: str                      # input identity or entry path
    primary: str | None           # main subject (a model, else a lab)
    date: dt.date | None
    text: str                     # title + lede, to name the event
    story: str | None = None      # set when known (existing entries, hand-set)


def slugify(text: str, limit: int = 60) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s[:limit].strip("-")


def _event_word(texts: list[str]) -> str:
    joined = " ".join(texts).lower()
    best, best_n = "news", 0
    for word, pat in _EVENTS:
        n = len(re.findall(pat, joined))
        if n > best_n:
            best, best_n = word, n
    return best


def _near(a: dt.date | None, b: dt.date | None) -> bool:
    return a is None or b is None or abs((a - b).days) <= WINDOW_DAYS


def assign_stories(items: list[StoryItem]) -> dict[str, str]:
    """key -> story slug. Items with a story keep it; others join a matching story or start one."""
    by_primary: dict[str, list[tuple[str, dt.date | None]]] = {}
    result: dict[str, str] = {}
    for it in items:
        if it.story:
            result[it.key] = it.story
            if it.primary:
                by_primary.setdefault(it.primary, []).append((it.story, it.date))
    pending: dict[str, list[StoryItem]] = {}
    for it in items:
        if it.story:
            continue
        if not it.primary:
            result[it.key] = slugify(it.text.split("\n")[0])[:50] or "story"
            continue
        for story, date in by_primary.get(it.primary, []):
            if _near(it.date, date):
                result[it.key] = story
                break
        else:
            pending.setdefault(it.primary, []).append(it)
    taken = set(result.values())
    for primary, group in pending.items():
        group.sort(key=lambda x: (x.date or dt.date.min, x.key))
        clusters: list[list[StoryItem]] = []
        for it in group:
            for cl in clusters:
                if any(_near(it.date, o.date) for o in cl):
                    cl.append(it)
                    break
            else:
                clusters.append([it])
        for cl in clusters:
            slug = f"{slugify(primary)}-{_event_word([c.text for c in cl])}"
            dated = [c.date for c in cl if c.date]
            if slug in taken and dated:
                slug = f"{slug}-{min(dated):%Y-%m}"
            base, n = slug, 2
            while slug in taken:
                slug, n = f"{base}-{n}", n + 1
            taken.add(slug)
            for c in cl:
                result[c.key] = slug
    return result
