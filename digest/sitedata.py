"""The site's data, built once per build from parsed entries: claims linked, stories, entities.

Plain data and plain functions: the MkDocs plugin adapts this, nothing here knows MkDocs.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from digest.config import Knowledge
from digest.schema import ROLE
from digest.link.questions import Questions, align_relations, group_questions
from digest.link.parts import Block, LinkedParts, link_blocks
from digest.link.relations import ClaimRef, canonical_forms, link_claims


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
    independent parts and parts unchanged since then keep their result (digest.link.parts);
    entries unchanged since then keep their claims as linking read them."""
    aliases = {a.lower(): x.name for x in k.entities for a in (x.name, *x.aliases)}
    ordered = sorted(entries, key=by_date)
    if parts is None:
        claims, by_uid = _claim_refs(ordered, k)
        qualifiers = {uid: c.get("qualifier") for uid, (_, c) in by_uid.items()}
        link_claims(claims, limit=limit)
        questions = group_questions(claims, qualifiers, aliases)
        align_relations(questions, limit)
    else:
        blocks = claim_blocks(ordered, k, parts.blocks)
        claims, questions, parts = link_blocks(blocks, aliases, limit, parts)
        by_uid = {}
        for b in blocks:
            by_uid.update(b.items)
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


class _Fields:
    """What a claim's ClaimRef takes from the knowledge: its attribute's family, whether that
    family is opinion, whether the attribute holds several values at once."""

    def __init__(self, k: Knowledge) -> None:
        family_of = attribute_family(k)
        self.opinion = k.opinion_families
        # relations whose object is a list of names or an audience hold several values at once
        self.several = {r.get("attribute") for r in k.relations
                        if isinstance(r, dict) and (r.get("list") or r.get("object") in ("names", "audience"))}
        self.several.add(ROLE)   # a person holds several roles at once ("founder", "CEO"): never a conflict
        families: dict[str, str] = {}     # attribute -> its family, once per attribute

        def family(attr: str) -> str:
            found = families.get(attr)
            if found is None:
                found = families[attr] = family_of(attr)
            return found
        self.family = family

    def of(self, e: EntryInfo, c: dict, subject: str, date: str) -> tuple:
        """ClaimRef's arguments, in the order it declares them."""
        attr = c["attribute"]
        family = self.family(attr)
        return (claim_uid(e.src, c["id"]), e.src, subject, attr, c["value"], c.get("unit"), c.get("said_by"),
                c.get("qualifier"), e.story, family, family in self.opinion, attr in self.several, date)


def _claim_refs(ordered: list[EntryInfo], k: Knowledge) -> tuple[list[ClaimRef], dict[str, tuple]]:
    """Every claim as the linker sees it (subjects as written), in site order, and uid -> (entry, claim)."""
    fields = _Fields(k)
    claims: list[ClaimRef] = []
    by_uid: dict[str, tuple[EntryInfo, dict]] = {}
    for e in ordered:
        date = e.date.isoformat() if e.date else ""
        for c in e.claims:
            ref = ClaimRef(*fields.of(e, c, c["subject"], date))
            claims.append(ref)
            by_uid[ref.uid] = (e, c)
    return claims, by_uid


def claim_blocks(ordered: list[EntryInfo], k: Knowledge, previous: dict[str, Block]) -> list[Block]:
    """Each entry's claims as linking reads them (digest.link.parts.Block), subjects in their
    canonical form within the story; an entry whose block would be the same as `previous`'s (the
    same parsed object, story, date and canonical subjects) keeps it."""
    subjects: dict[str, set[str]] = {}
    for e in ordered:
        if e.story is not None:
            subjects.setdefault(e.story, set()).update(c["subject"] for c in e.claims)
    forms = {story: canonical_forms(names) for story, names in subjects.items()}
    fields = None
    out = []
    for e in ordered:
        date = e.date.isoformat() if e.date else ""
        said = [c["subject"] for c in e.claims]
        if e.story is not None:
            canon = forms[e.story]
            said = [canon.get(x, x) for x in said]
        key = (e.story, date, tuple(said))
        b = previous.get(e.src)
        if b is None or b.entry is not e or b.key != key:
            fields = fields or _Fields(k)
            made = tuple(fields.of(e, c, subject, date) for c, subject in zip(e.claims, said))
            b = Block(e.src, e, key, made, tuple(f[:4] + (repr(f[4]),) + f[5:] for f in made),
                      {f[0]: j for j, f in enumerate(made)}, {f[0]: (e, c) for f, c in zip(made, e.claims)})
        out.append(b)
    return out
