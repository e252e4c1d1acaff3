"""The claim index: claims grouped by (subject, attribute) and by (story, attribute), so linking
never compares all pairs. Each claim keeps its closest relations (at most `limit`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from digest.link.compare import canonical_attribute, canonical_qualifier, canonical_subject, compare, several_values
from digest.nameforms import compound_forms
from digest.perf import gc_paused

KIND_ORDER = {"conflicts": 0, "agrees": 1, "related": 2}
RELATED_PER_CLAIM = 6
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
    qualifier: str | None = None
    story: str | None = None
    family: str = "other"
    opinion: bool = False    # a forecast or opinion (its family is `opinion: true` in site_config)
    several: bool = False    # one of several true values ("available on X" beside "on Y"): never a conflict
    date: str = ""           # the entry's date, for ordering
    relations: list[tuple[str, str]] = field(default_factory=list)  # (uid, kind)


@lru_cache(maxsize=65536)
def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


@lru_cache(maxsize=65536)
def _subject_key(text: str) -> str:
    return canonical_subject(text)


@lru_cache(maxsize=65536)
def _attribute_key(text: str) -> str:
    return canonical_attribute(text)


def canonical_subjects(claims: list[ClaimRef]) -> None:
    """Within a story, 'Gemini 1.5' means 'Gemini 1.5 Pro' when that is the only longer form."""
    by_story: dict[str, list[ClaimRef]] = {}
    for c in claims:
        if c.story is not None:
            by_story.setdefault(c.story, []).append(c)
    for members in by_story.values():
        forms = canonical_forms({c.subject for c in members})
        for c in members:
            c.subject = forms.get(c.subject, c.subject)


def canonical_forms(subjects: set[str]) -> dict[str, str]:
    """The subjects of one story that stand for their only longer form, each mapped to it; and a compound name
    written apart or by its first part ("Exxon Mobil", "Exxon") mapped to the compound ("ExxonMobil")."""
    longer: dict[str, set[str]] = {}
    for subject in subjects:
        head, _, _ = subject.rpartition(" ")
        if head:
            longer.setdefault(head, set()).add(subject)
    forms = {head: next(iter(forms)) for head, forms in longer.items() if len(forms) == 1}
    return {**forms, **compound_forms(subjects)}


def _forecast(c: ClaimRef) -> bool:
    return bool(c.said_by) and "forecast" in c.said_by.lower()


def classify(a: ClaimRef, b: ClaimRef) -> str:
    if _forecast(a) != _forecast(b):
        return "related"   # a forecast relates to the fact; it does not conflict with it
    if a.opinion or b.opinion:
        if (a.said_by or "") != (b.said_by or ""):
            return "related"
    if a.family == "disclosure" or b.family == "disclosure":
        other = b if a.family == "disclosure" else a
        if other.family == "benchmarks" and str(other.value) != "undisclosed":
            return "conflicts"
        return "related"
    if a.several or b.several:
        return several_values(a.value, b.value)
    return _compare(a.value, b.value, a.unit, b.unit)


@lru_cache(maxsize=65536)
def _compare(a, b, unit_a, unit_b) -> str:
    return compare(a, b, unit_a, unit_b)


def link_claims(claims: list[ClaimRef], limit: int = 20) -> None:
    """Fill `relations` on every claim, symmetric, at most `limit` per claim, closest first."""
    with gc_paused():
        _link_claims(claims, limit)


def _link_claims(claims: list[ClaimRef], limit: int) -> None:
    canonical_subjects(claims)
    link_relations(claims, limit)


def group_key(c: ClaimRef) -> tuple:
    """The (subject, attribute, qualifier) group a claim is linked in; forecasts by story."""
    if c.opinion:
        return ("opinion", c.story or c.subject, _key(c.attribute))
    return (_subject_key(c.subject), _attribute_key(c.attribute), canonical_qualifier(c.qualifier))


def story_attribute_key(c: ClaimRef) -> tuple | None:
    return (c.story, _key(c.attribute)) if c.story else None


def disclosure_key(c: ClaimRef) -> tuple[str, bool] | None:
    """(subject, whether the claim says what is not disclosed) for claims a disclosure meets."""
    if c.family == "disclosure":
        return _key(c.subject), True
    if c.family in FACT_FAMILIES_FOR_DISCLOSURE:
        return _key(c.subject), False
    return None


def link_relations(claims: list[ClaimRef], limit: int, only: set[int] | None = None) -> dict[int, list] | None:
    """`link_claims` on claims whose subjects are already canonical (`canonical_subjects`).

    With `only` (indexes into `claims`), no claim is changed: the relations of those claims are
    returned by index, from the groups, story-attribute lists and disclosures that hold one of
    them. They equal a full linking's when every such list is whole in `claims` and `claims` are in
    the order a full linking reads them (other claims may be missing)."""
    groups: dict[tuple, list[int]] = {}
    story_attr: dict[tuple, list[int]] = {}
    disclosure: dict[str, list[int]] = {}
    facts_by_subject: dict[str, list[int]] = {}
    for i, c in enumerate(claims):
        groups.setdefault(group_key(c), []).append(i)
        sa = story_attribute_key(c)
        if sa is not None:
            story_attr.setdefault(sa, []).append(i)
        d = disclosure_key(c)
        if d is not None:
            (disclosure if d[1] else facts_by_subject).setdefault(d[0], []).append(i)

    found: list[dict[int, int]] = [{} for _ in claims]   # j -> rank of the kind (KIND_ORDER)
    uids = [c.uid for c in claims]

    def add(i: int, j: int, kind: str) -> None:
        if i == j or uids[i] == uids[j]:
            return
        rank = KIND_ORDER[kind]
        mine = found[i]
        had = mine.get(j)
        if had is not None and had <= rank:
            return
        mine[j] = rank
        found[j][i] = rank

    def skip(members: list[int]) -> bool:
        return only is not None and only.isdisjoint(members)

    for members in groups.values():
        if len(members) < 2 or skip(members):
            continue
        _link_group(claims, members, add, limit)
    for members in story_attr.values():
        if skip(members):
            continue
        # same attribute, different subject, same story: related. A few per claim, taken from the
        # other subjects in turn, so a story with many claims costs no more per claim.
        by_subject: dict[str, list[int]] = {}
        for i in members:
            by_subject.setdefault(claims[i].subject, []).append(i)
        if len(by_subject) < 2:
            continue
        subjects = list(by_subject)
        for si, subj in enumerate(subjects):
            for pos, i in enumerate(by_subject[subj]):
                added = 0
                for other in subjects[si + 1:si + 1 + RELATED_PER_CLAIM]:
                    peers = by_subject[other]
                    j = peers[pos % len(peers)]
                    if claims[i].entry != claims[j].entry:
                        add(i, j, "related")
                        added += 1
                    if added >= RELATED_PER_CLAIM:
                        break
    for subj, members in disclosure.items():
        if skip(members) and skip(facts_by_subject.get(subj, [])[: limit]):
            continue
        for i in members:
            for j in facts_by_subject.get(subj, [])[: limit]:
                if claims[i].entry != claims[j].entry:
                    add(i, j, classify(claims[i], claims[j]))

    # closest first: conflicts, then agreements, then related; the same story before others;
    # then by entry and position. Each pair's sort key is one small integer,
    # (rank * 2 + other story) * n + the target's place in (entry, position) order, and the
    # (uid, kind) tuples are made once per claim and kind, not once per pair.
    n = len(claims)
    entry_rank = {e: r for r, e in enumerate(sorted({c.entry for c in claims}))}
    order = sorted(range(n), key=lambda j: (entry_rank[claims[j].entry], j))
    place = [0] * n
    for r, j in enumerate(order):
        place[j] = r
    stories = [c.story for c in claims]
    names = sorted(KIND_ORDER, key=KIND_ORDER.get)
    if only is not None:
        return {i: _ranked(i, found[i], stories, order, place, n, limit, lambda j, r: (uids[j], names[r]))
                for i in only}
    pairs = [tuple((u, k) for k in names) for u in uids]
    for i, rel in enumerate(found):
        claims[i].relations = _ranked(i, rel, stories, order, place, n, limit, lambda j, r: pairs[j][r]) if rel else []
    return None


def _ranked(i: int, rel: dict[int, int], stories: list, order: list[int], place: list[int], n: int, limit: int,
            pair) -> list[tuple[str, str]]:
    """Claim i's relations, closest first (see `link_relations`), each made by `pair(j, rank)`."""
    st = stories[i]
    keys = sorted([(rank * 2 + (stories[j] != st)) * n + place[j] for j, rank in rel.items()])
    return [pair(j, rel[j]) for j in (order[k % n] for k in keys[:limit])]


def _link_group(claims: list[ClaimRef], members: list[int], add, limit: int) -> None:
    """Claims sharing subject and attribute. Values are bucketed so equal ones agree without a
    pairwise comparison of the whole group; each claim meets a few claims of its own value and
    one claim of each of up to `limit // 2` other values, so the work per claim is bounded and
    linking stays linear however large a group grows."""
    buckets: dict[str, list[int]] = {}
    for i in members:
        c = claims[i]
        buckets.setdefault(f"{c.said_by if c.opinion else ''}|{str(c.value).lower()}|{c.unit}", []).append(i)
    keys = list(buckets)
    same = max(2, limit // 4)
    for k in keys:
        b = buckets[k]
        for pos, i in enumerate(b):
            for j in b[pos + 1: pos + 1 + same]:
                add(i, j, classify(claims[i], claims[j]))
    others = max(1, limit // 2)
    for x, kx in enumerate(keys):
        bx = buckets[kx]
        for ky in keys[x + 1: x + 1 + others]:
            by = buckets[ky]
            kind = classify(claims[bx[0]], claims[by[0]])
            for pos, i in enumerate(bx):
                add(i, by[pos % len(by)], kind)
            for pos in range(len(bx), len(by)):   # the larger side's remaining members too
                add(by[pos], bx[pos % len(bx)], kind)
