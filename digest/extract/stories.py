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
    others: tuple[str, ...] = ()  # runner-up subjects, tried when the primary starts no story
    strong: bool = True           # the primary clearly dominates the article


def slugify(text: str, limit: int = 60) -> str:
    import unicodedata

    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
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


_TIER = re.compile(r"(?:\s+(?:Pro|Ultra|Flash|Nano|Opus|Sonnet|Haiku|Turbo|Mini|mini|Large|Medium|Small|Max|Plus|Lite|Air))+$")


def _keys(subject: str) -> list[str]:
    """'Gemini 1.5 Pro' is found under itself and under 'Gemini 1.5' (what other articles call it)."""
    base = _TIER.sub("", subject)
    return [subject, base] if base != subject and re.search(r"\d", base) else [subject]


def _own_slug(it: StoryItem, taken_names: set) -> str:
    """A story of its own, named from the title (with a short hash when the title is not Latin)."""
    import hashlib

    title = it.text.split("\n")[0]
    slug = slugify(title, 50)
    if len(slug.replace("-", "")) < max(6, sum(ch.isalnum() for ch in title) // 2):
        slug = (slug[:40] + "-" if slug else "story-") + hashlib.sha256(it.key.encode()).hexdigest()[:8]
    return slug


def _near(a: dt.date | None, b: dt.date | None) -> bool:
    return a is None or b is None or abs((a - b).days) <= WINDOW_DAYS


def assign_stories(items: list[StoryItem]) -> dict[str, str]:
    """key -> story slug. Items with a story keep it; others join a matching story or start one.

    Stories are indexed by main subject, so each item looks up a handful of candidates: linear.
    Items whose main subject clearly dominates go first; the others may then join a story of a
    runner-up subject (an article that names a rival model first is still about the launch).
    """
    index: dict[str, list[str]] = {}                 # subject -> story slugs
    members: dict[str, list[StoryItem]] = {}         # story slug -> items
    result: dict[str, str] = {}
    for it in items:
        if it.story:
            result[it.key] = it.story
            members.setdefault(it.story, []).append(it)
            for key in _keys(it.primary) if it.primary else ():
                if it.story not in index.get(key, []):
                    index.setdefault(key, []).append(it.story)
    pending = sorted((it for it in items if not it.story),
                     key=lambda x: (not x.strong, x.date or dt.date.min, x.key))
    new_groups: dict[str, list[StoryItem]] = {}
    for it in pending:
        if not it.primary:
            result[it.key] = _own_slug(it, taken_names=set(result.values()))
            continue
        chosen = None
        subjects = [key for sub in (it.primary, *(() if it.strong else it.others)) for key in _keys(sub)]
        for subject in subjects:
            for story in index.get(subject, []):
                if any(_near(it.date, o.date) for o in members.get(story, [])):
                    chosen = story
                    break
            if chosen:
                break
        if chosen is None:
            chosen = f"\0{it.primary}\0{len(new_groups)}"   # provisional name until the group is complete
            new_groups[chosen] = []
            for key in _keys(it.primary):
                index.setdefault(key, []).append(chosen)
        members.setdefault(chosen, []).append(it)
        if chosen in new_groups:
            new_groups[chosen].append(it)
        result[it.key] = chosen
    taken = {v for v in result.values() if not v.startswith("\0")}
    names = {}
    for prov, group in new_groups.items():
        primary = prov.split("\0")[1]
        slug = f"{slugify(primary)}-{_event_word([c.text for c in group])}"
        dated = [c.date for c in group if c.date]
        if slug in taken and dated:
            slug = f"{slug}-{min(dated):%Y-%m}"
        base, n = slug, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        taken.add(slug)
        names[prov] = slug
    return {k: names.get(v, v) for k, v in result.items()}
