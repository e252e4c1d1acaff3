"""Grouping entries into stories: same main subject, near in time. Linear: an index by subject."""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from digest.nameforms import compound_forms
from digest.slugs import slugify, story_slug

WINDOW_DAYS = 60
SAME_STORY = 0.3     # least shared share of subjects for an item to join a story
LEADING = 3          # an item is looked up, and a story indexed, under this many leading subjects
_EVENTS = (
    ("launch", r"\b(?:launch|launches|launched|release[sd]?|unveil(?:s|ed)?|introduc(?:es|ed|ing)|debut|announc(?:es|ed))\b"),
    ("funding", r"\b(?:raises?|raised|funding|round|valuation|valued)\b"),
    ("deal", r"\b(?:deal|partnership|partners?|invests?|investment|acquires?|acquisition)\b"),
    ("debate", r"\b(?:debate|predicts?|forecast)\b"),
    ("market-move", r"\b(?:shares?|stocks?|market (?:value|cap)|sell-?off|plunge[sd]?|tumbled?|soar(?:s|ed)?|rall(?:y|ied))\b"),
    ("lawsuit", r"\b(?:lawsuits?|sues?|sued|court|ruling|fined?)\b"),
)


@dataclass
class StoryItem:
    key: str                      # input identity or entry path
    primary: str | None           # main subject (a model, else a lab)
    date: dt.date | None
    text: str                     # title + lede, to name the event
    story: str | None = None      # set when known (existing entries, hand-set)
    others: tuple[str, ...] = ()  # runner-up subjects, tried when the primary starts no story
    weights: dict[str, float] = field(default_factory=dict)   # subject -> mentions, when counted
    origin: str | None = None     # the input file; a feed's items are separate articles, not one story


def _event_word(texts: list[str]) -> str:
    joined = " ".join(texts).lower()
    best, best_n = "news", 0
    for word, pat in _EVENTS:
        n = len(re.findall(pat, joined))
        if n > best_n:
            best, best_n = word, n
    return best


@lru_cache(maxsize=8)
def _tier_end(tiers: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"(?:\s+(?:" + "|".join(re.escape(t) for t in tiers) + "))+$") if tiers else re.compile(r"(?!)")


_SIZE = re.compile(r"(?:[- ](?:\d+(?:\.\d+)?[BM](?:-A\d+(?:\.\d+)?B)?|Instruct|Chat|Base))+$")


def _keys(subject: str, tiers: tuple[str, ...]) -> list[str]:
    """'Gemini 1.5 Pro' is found under itself and under 'Gemini 1.5' (what other articles call it);
    'Qwen3-4B' and 'Qwen3-235B-A22B' under 'Qwen3'."""
    base = _tier_end(tiers).sub("", _SIZE.sub("", subject))
    return [subject, base] if base != subject and re.search(r"\d", base) else [subject]


def _own_slug(it: StoryItem, taken_names: set) -> str:
    """A story of its own, named from the title (with a short hash when the title is not Latin)."""
    return story_slug(it.text.split("\n")[0], it.key)


def _near(a: dt.date | None, b: dt.date | None) -> bool:
    return a is None or b is None or abs((a - b).days) <= WINDOW_DAYS


def _names_of(it: StoryItem) -> dict[str, float]:
    return dict(it.weights) or {n: 1.0 / (i + 1) for i, n in enumerate(x for x in (it.primary, *it.others) if x)}


def _one_company(items: list[StoryItem]) -> dict[str, str]:
    """Forms of one name across the batch (digest.nameforms)."""
    return compound_forms({n for it in items for n in _names_of(it)})


def _raw_profile(it: StoryItem, tiers: tuple[str, ...], aliases: dict[str, str] | None = None) -> dict[str, float]:
    raw = _names_of(it)
    out: dict[str, float] = {}
    for name, w in raw.items():
        name = (aliases or {}).get(name, name)
        key = _keys(name, tiers)[-1].casefold()   # "Vmware" and "VMware" are one company written two ways
        out[key] = out.get(key, 0.0) + w
    return out


def _rarity(items: list[StoryItem], tiers: tuple[str, ...], aliases: dict[str, str] | None = None) -> dict[str, float]:
    """subject -> weight: a subject most articles of the batch mention ("OpenAI" beside each of its
    launches and rivals) tells less about which event an article reports than a rare one."""
    df: dict[str, int] = {}
    for it in items:
        for n in _raw_profile(it, tiers, aliases):
            df[n] = df.get(n, 0) + 1
    total = len(items)
    return {n: math.log(1 + total / c) for n, c in df.items()}


def _profile(it: StoryItem, tiers: tuple[str, ...], rarity: dict[str, float] | None = None,
             aliases: dict[str, str] | None = None) -> dict[str, float]:
    """What an item is about, as shares of its subjects' mentions (tiers folded into their family),
    each weighted by how rare the subject is in the batch."""
    out = _raw_profile(it, tiers, aliases)
    if rarity:
        out = {n: w * rarity.get(n, 1.0) for n, w in out.items()}
    total = sum(out.values()) or 1.0
    return {n: w / total for n, w in out.items()}


def _overlap(a: dict[str, float], b: dict[str, float]) -> float:
    return sum(min(w, b.get(n, 0.0)) for n, w in a.items())


@dataclass
class _Story:
    slug: str
    members: list[StoryItem]
    weights: dict[str, float]          # sum of the members' profiles

    def add(self, it: StoryItem, profile: dict[str, float]) -> None:
        self.members.append(it)
        for n, w in profile.items():
            self.weights[n] = self.weights.get(n, 0.0) + w

    def profile(self) -> dict[str, float]:
        return {n: w / len(self.members) for n, w in self.weights.items()}


def assign_stories(items: list[StoryItem], tiers: tuple[str, ...] = ()) -> dict[str, str]:
    """key -> story slug. Items with a story keep it; others join the story whose subjects they
    share most (by share of mentions, at least SAME_STORY, near in time) or start one. A model's
    named `tiers` (site_config) fold into its release: "Gemini 1.5 Pro" counts as "Gemini 1.5".

    Stories are indexed by their leading subjects, so each item compares with a handful of
    candidates: linear in the number of items.
    """
    stories: dict[str, _Story] = {}
    index: dict[str, list[str]] = {}                 # subject -> story slugs
    result: dict[str, str] = {}

    def lead(profile: dict[str, float]) -> list[str]:
        return sorted(profile, key=lambda n: (-profile[n], n))[:LEADING]

    def place(it: StoryItem, slug: str, profile: dict[str, float]) -> None:
        story = stories.get(slug)
        if story is None:
            story = stories[slug] = _Story(slug, [], {})
        story.add(it, profile)
        for n in lead(profile):
            if slug not in index.setdefault(n, []):
                index[n].append(slug)
        result[it.key] = slug

    aliases = _one_company(items)
    rarity = _rarity(items, tiers, aliases)
    for it in items:
        if it.story:
            place(it, it.story, _profile(it, tiers, rarity, aliases))
    pending = sorted((it for it in items if not it.story), key=lambda x: (x.date or dt.date.min, x.key))
    new = 0
    for it in pending:
        profile = _profile(it, tiers, rarity, aliases)
        if not profile:
            result[it.key] = _own_slug(it, taken_names=set(result.values()))
            continue
        best, best_score = None, SAME_STORY
        seen: set[str] = set()
        for n in lead(profile):
            for slug in index.get(n, []):
                if slug in seen:
                    continue
                seen.add(slug)
                story = stories[slug]
                if it.origin and any(o.origin == it.origin for o in story.members):
                    continue
                score = _overlap(profile, story.profile())
                if score >= best_score and any(_near(it.date, o.date) for o in story.members):
                    best, best_score = slug, score
        if best is None:
            best, new = f"\0{new}", new + 1          # provisional name until the group is complete
        place(it, best, profile)
    taken = {v for v in result.values() if not v.startswith("\0")}
    names = {}
    for slug, story in stories.items():
        if not slug.startswith("\0"):
            continue
        group = story.members
        # named after the members' main subject that the whole group mentions most
        weights = story.profile()
        primaries = [c.primary for c in group if c.primary]
        primary = max(primaries, key=lambda p: (weights.get(_keys(p, tiers)[-1].casefold(), 0.0), primaries.count(p),
                                                -primaries.index(p))) if primaries else lead(weights)[0]
        name = f"{slugify(primary)}-{_event_word([c.text for c in group])}"
        dated = [c.date for c in group if c.date]
        if name in taken and dated:
            name = f"{name}-{min(dated):%Y-%m}"
        base, n = name, 2
        while name in taken:
            name, n = f"{base}-{n}", n + 1
        taken.add(name)
        names[slug] = name
    return {k: names.get(v, v) for k, v in result.items()}
