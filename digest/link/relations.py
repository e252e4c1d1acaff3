"""The claim index: claims grouped by (subject, attribute) and by (story, attribute), so linking
never compares all pairs. Each claim keeps its closest relations (at most `limit`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from digest.link.compare import compare

KIND_ORDER = {"conflicts": 0, "agrees": 1, "related": 2}
OPINION_FAMILIES = {"predictions"}
FACT_FAMILIES_FOR_DISCLOSURE = {"specs", "benchmarks"}


@dataclass
class ClaimRef:
    """One claim as the linker sees it: plain data, no MkDocs."""

    uid: str                 # unique across the site, e.g. "entries/x.md#context-window"
    entry: str               # the entry it belongs to
    subject: str
    attribute: str
    value: object
    unit: str | None = None
    said_by: str | None = None
    story: str | None = None
    family: str = "other"
    date: str = ""           # the entry's date, for ordering
    relations: list[tuple[str, str]] = field(default_factory=list)  # (uid, kind)


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def canonical_subjects(claims: list[ClaimRef]) -> None:
    """Within a story, 'Gemini 1.5' means 'Gemini 1.5 Pro' when that is the only longer form."""
    by_story: dict[str | None, set[str]] = {}
    for c in claims:
        by_story.setdefault(c.story, set()).add(c.subject)
    for story, subjects in by_story.items():
        if story is None:
            continue
        mapping = {}
        for s in subjects:
            longer = [t for t in subjects if t != s and t.startswith(s + " ") and len(t.split()) == len(s.split()) + 1]
            if len(longer) == 1:
                mapping[s] = longer[0]
        for c in claims:
            if c.story == story and c.subject in mapping:
                c.subject = mapping[c.subject]


def classify(a: ClaimRef, b: ClaimRef) -> str:
    if a.family in OPINION_FAMILIES or b.family in OPINION_FAMILIES:
        if (a.said_by or "") != (b.said_by or ""):
            return "related"
    if a.family == "disclosure" or b.family == "disclosure":
        other = b if a.family == "disclosure" else a
        if other.family == "benchmarks" and str(other.value) != "undisclosed":
            return "conflicts"
        return "related"
    return compare(a.value, b.value, a.unit, b.unit)


def link_claims(claims: list[ClaimRef], limit: int = 20) -> None:
    """Fill `relations` on every claim, symmetric, at most `limit` per claim, closest first."""
    canonical_subjects(claims)
    groups: dict[tuple, list[int]] = {}
    story_attr: dict[tuple, list[int]] = {}
    disclosure: dict[str, list[int]] = {}
    facts_by_subject: dict[str, list[int]] = {}
    for i, c in enumerate(claims):
        if c.family in OPINION_FAMILIES:
            key = ("opinion", c.story or c.subject, _key(c.attribute))
        else:
            key = (_key(c.subject), _key(c.attribute))
        groups.setdefault(key, []).append(i)
        if c.story:
            story_attr.setdefault((c.story, _key(c.attribute)), []).append(i)
        if c.family == "disclosure":
            disclosure.setdefault(_key(c.subject), []).append(i)
        elif c.family in FACT_FAMILIES_FOR_DISCLOSURE:
            facts_by_subject.setdefault(_key(c.subject), []).append(i)

    found: dict[int, dict[int, str]] = {i: {} for i in range(len(claims))}

    def add(i: int, j: int, kind: str) -> None:
        if i == j or claims[i].uid == claims[j].uid:
            return
        if j in found[i] and KIND_ORDER[found[i][j]] <= KIND_ORDER[kind]:
            return
        found[i][j] = kind
        found[j][i] = kind

    for members in groups.values():
        if len(members) < 2:
            continue
        _link_group(claims, members, add, limit)
    for members in story_attr.values():
        # same attribute, different subject, same story: related (bounded per claim)
        if len(members) < 2:
            continue
        for pos, i in enumerate(members):
            n = 0
            for j in members[pos + 1:]:
                if claims[i].subject != claims[j].subject and claims[i].entry != claims[j].entry:
                    add(i, j, "related")
                    n += 1
                    if n >= limit:
                        break
    for subj, members in disclosure.items():
        for i in members:
            for j in facts_by_subject.get(subj, [])[: limit]:
                if claims[i].entry != claims[j].entry:
                    add(i, j, classify(claims[i], claims[j]))

    for i, rel in found.items():
        ranked = sorted(rel.items(), key=lambda kv: (
            KIND_ORDER[kv[1]], claims[kv[0]].story != claims[i].story, claims[kv[0]].entry, kv[0]))
        claims[i].relations = [(claims[j].uid, kind) for j, kind in ranked[:limit]]


def _link_group(claims: list[ClaimRef], members: list[int], add, limit: int) -> None:
    """Claims sharing subject and attribute. Values are bucketed so equal ones agree without a
    pairwise comparison; distinct buckets are compared once per pair of buckets."""
    buckets: dict[str, list[int]] = {}
    for i in members:
        c = claims[i]
        buckets.setdefault(f"{c.said_by if c.family in OPINION_FAMILIES else ''}|{str(c.value).lower()}|{c.unit}", []).append(i)
    keys = list(buckets)
    for k in keys:
        b = buckets[k]
        for pos, i in enumerate(b):
            for j in b[pos + 1: pos + 1 + limit]:
                add(i, j, classify(claims[i], claims[j]))
    for x in range(len(keys)):
        for y in range(x + 1, min(len(keys), x + 1 + limit)):
            bx, by = buckets[keys[x]], buckets[keys[y]]
            kind = classify(claims[bx[0]], claims[by[0]])
            for i in bx[:limit]:
                for j in by[:limit]:
                    add(i, j, kind)
