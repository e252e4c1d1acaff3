"""The site's data, built once per build from parsed entries: claims linked, stories, entities.

Plain data and plain functions: the MkDocs plugin adapts this, nothing here knows MkDocs.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from digest.config import Knowledge
from digest.link.questions import Questions, align_relations, group_questions
from digest.link.parts import LinkedParts, link_in_parts
from digest.link.relations import ClaimRef, link_claims


@dataclass
class EntryInfo:
    src: str                      # path under the docs dir, e.g. entries/x.md
    title: str
    date: dt.date | None          # None: the source states no date and no editor has set one
    date_inferred: bool
    source: dict
    story: str | None
    entities: list[str]
    claims: list[dict]
    timeline: list[dict]
    summary: str | None = None
    primary: str | None = None
    meta: dict | None = field(default=None, repr=False, compare=False)   # the front matter as read

    @property
    def shown_date(self) -> str:
        return self.date.isoformat() if self.date else "undated"

    @property
    def outlet(self) -> str:
        """How panels name the source: the publisher, else the entry's title (shortened)."""
        if self.source.get("publisher"):
            return self.source["publisher"]
        t = self.title
        return t if len(t) <= 40 else t[:40].rsplit(" ", 1)[0].rstrip(",;:·-–—") + "…"


@dataclass
class Story:
    slug: str
    entries: list[EntryInfo] = field(default_factory=list)

    @property
    def title(self) -> str:
        return story_title(self.slug)

    @property
    def latest(self) -> dt.date | None:
        """The newest dated entry's date; None when no entry of the story has a date."""
        return max((e.date for e in self.entries if e.date), default=None)

    @property
    def shown_latest(self) -> str:
        return self.latest.isoformat() if self.latest else "undated"


@dataclass
class SiteData:
    entries: list[EntryInfo]
    claims: list[ClaimRef]
    by_uid: dict[str, tuple[EntryInfo, dict]]
    stories: dict[str, Story]
    entities: dict[str, list[ClaimRef]]
    entity_kinds: dict[str, str]
    refs: dict[str, ClaimRef] = field(default_factory=dict)          # uid -> linked claim
    mentioned_in: dict[str, list[EntryInfo]] = field(default_factory=dict)  # entity -> entries
    matrices: dict[str, list] = field(default_factory=dict)           # story slug -> its questions, ranked
    summaries: dict[str, list[str]] = field(default_factory=dict)     # story slug -> generated summary
    weekly_conflicts: dict[str, list] | None = None                   # ISO week -> new conflicts
    questions: Questions = field(default_factory=lambda: Questions([], {}))  # verdicts, decided once
    fragments: object = None      # the theme's Jinja fragments (digest.pages.fragments); None: the project's
    memo: dict = field(default_factory=dict, repr=False, compare=False)  # page builders' work shared by pages
    linked: LinkedParts | None = field(default=None, repr=False, compare=False)  # for the next partial linking

    @property
    def undated(self) -> list[EntryInfo]:
        return [e for e in self.entries if e.date is None]


def by_date(e: EntryInfo) -> tuple:
    """Sort key: oldest first, undated entries last, then by path."""
    return (e.date is None, e.date or dt.date.min, e.src)


def newest_first(s: Story) -> tuple:
    """Sort key for stories, newest first with `reverse=True`; a story with no dated entry last."""
    return (s.latest or dt.date.min, s.slug)


def claim_uid(src: str, claim_id: str) -> str:
    return f"{src}#claim-{claim_id}"


def story_title(slug: str) -> str:
    words = slug.split("-")
    out, i = [], 0
    while i < len(words):
        w = words[i]
        # "5-2" in a slug was "5.2" in the name
        if w.isdigit() and i + 1 < len(words) and words[i + 1].isdigit() and out and not out[-1].isdigit():
            out.append(f"{w}.{words[i + 1]}")
            i += 2
            continue
        out.append(w.upper() if len(w) <= 3 and w.isalpha() and w not in ("and", "the", "of") else w.capitalize())
        i += 1
    text = " ".join(out)
    return re.sub(r"(?<=[A-Z]) (?=\d)", "-", text)


def attribute_family(k: Knowledge):
    """attribute -> its family (specs, prices, benchmarks, predictions, ...), from site_config."""
    families = {a.name: a.family for a in k.attributes}
    bench = {e.name for e in k.entities if e.kind == "benchmark"}

    def family_of(attr: str) -> str:
        return families.get(attr) or families.get(re.sub(r" to .*$", "", attr)) or (
            "benchmarks" if attr in bench or attr.endswith(" rank") else "other")
    return family_of


def build_site_data(entries: list[EntryInfo], k: Knowledge, limit: int = 20,
                    parts: LinkedParts | None = None) -> SiteData:
    """The site's data. With `parts` (a previous build's, or empty), claims are linked in
    independent parts and parts unchanged since then keep their result (digest.link.parts)."""
    family_of = attribute_family(k)
    opinion = k.opinion_families
    # relations whose object is a list of names or an audience hold several values at once
    several = {r.get("attribute") for r in k.relations
               if isinstance(r, dict) and (r.get("list") or r.get("object") in ("names", "audience"))}
    claims: list[ClaimRef] = []
    by_uid: dict[str, tuple[EntryInfo, dict]] = {}
    families: dict[str, str] = {}     # attribute -> its family, once per attribute
    for e in sorted(entries, key=by_date):
        src, story, date = e.src, e.story, e.date.isoformat() if e.date else ""
        for c in e.claims:
            uid = claim_uid(src, c["id"])
            attr = c["attribute"]
            family = families.get(attr)
            if family is None:
                family = families[attr] = family_of(attr)
            claims.append(ClaimRef(uid=uid, entry=src, subject=c["subject"], attribute=attr,
                                   value=c["value"], unit=c.get("unit"), said_by=c.get("said_by"),
                                   qualifier=c.get("qualifier"),
                                   story=story, family=family, opinion=family in opinion,
                                   several=attr in several, date=date))
            by_uid[uid] = (e, c)
    aliases = {a.lower(): x.name for x in k.entities for a in (x.name, *x.aliases)}
    qualifiers = {uid: c.get("qualifier") for uid, (_, c) in by_uid.items()}
    if parts is None:
        link_claims(claims, limit=limit)
        questions = group_questions(claims, qualifiers, aliases)
        align_relations(questions, limit)
    else:
        claims, questions, parts = link_in_parts(claims, qualifiers, aliases, limit, parts)
    stories: dict[str, Story] = {}
    for e in entries:
        if e.story:
            stories.setdefault(e.story, Story(e.story)).entries.append(e)
    for s in stories.values():
        s.entries.sort(key=by_date)
    kinds = {x.name: x.kind for x in k.entities}
    entities: dict[str, list[ClaimRef]] = {}
    for e in entries:
        for name in e.entities:
            entities.setdefault(name, [])
    for c in claims:
        entities.setdefault(c.subject, []).append(c)
    mentioned: dict[str, list[EntryInfo]] = {}
    for e in entries:
        for name in dict.fromkeys(e.entities):
            mentioned.setdefault(name, []).append(e)
    return SiteData(entries, claims, by_uid, stories, entities, kinds,
                    refs={c.uid: c for c in claims}, mentioned_in=mentioned, questions=questions, linked=parts)
