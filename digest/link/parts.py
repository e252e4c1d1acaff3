"""Linking in independent parts, so that a rebuild re-links only the part a change reaches.

Claims fall into parts that nothing links across: two claims share a part when they share a
linking group (subject, attribute, qualifier), a story and attribute, a question, or a subject
where one of them says a fact is not disclosed. A part's relations and verdicts depend on its
own claims only (in site order), so a part whose claims are all as they were keeps the previous
build's result, and the whole equals a full `link_claims` + `group_questions` + `align_relations`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from digest.link.questions import Question, Questions, align_relations, group_questions, question_key
from digest.link.relations import (ClaimRef, canonical_subjects, disclosure_key, group_key, link_relations,
                                   story_attribute_key)


@dataclass
class LinkedParts:
    """What a linking left: each part's result, by what its claims were."""

    parts: dict[tuple, tuple[list[ClaimRef], list[Question]]] = field(default_factory=dict)
    relinked: int = 0          # claims linked again by the last call (the others were kept)
    # the whole result, and what every claim was: a rebuild whose claims are all as they were
    # (a new headline, a body edit) takes it as it is
    whole: tuple = ()
    result: tuple | None = None


def claim_state(c: ClaimRef) -> tuple:
    """Everything linking reads of a claim."""
    return (c.uid, c.entry, c.subject, c.attribute, repr(c.value), c.unit, c.said_by, c.qualifier, c.story,
            c.family, c.opinion, c.several, c.date)


def split_parts(claims: list[ClaimRef], qualifiers: Mapping[str, str | None],
                aliases: Mapping[str, str]) -> list[list[int]]:
    """Indexes of `claims` by part, each in site order; parts in the order of their first claim."""
    parent = list(range(len(claims)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[tuple, int] = {}

    def join(i: int, key: tuple) -> None:
        j = first.setdefault(key, i)
        if j != i:
            a, b = find(i), find(j)
            if a != b:
                parent[max(a, b)] = min(a, b)

    disclosed = {d[0] for c in claims if (d := disclosure_key(c)) is not None and d[1]}
    for i, c in enumerate(claims):
        join(i, ("g",) + group_key(c))
        sa = story_attribute_key(c)
        if sa is not None:
            join(i, ("s",) + sa)
        join(i, ("q",) + question_key(c, qualifiers.get(c.uid), aliases))
        d = disclosure_key(c)
        if d is not None and d[0] in disclosed:
            join(i, ("d", d[0]))
    parts: dict[int, list[int]] = {}
    for i in range(len(claims)):
        parts.setdefault(find(i), []).append(i)
    return list(parts.values())


def link_in_parts(claims: list[ClaimRef], qualifiers: Mapping[str, str | None], aliases: dict[str, str],
                  limit: int, previous: LinkedParts | None = None) -> tuple[list[ClaimRef], Questions, LinkedParts]:
    """Relations and questions for `claims` (in site order), as a full linking gives them; parts
    unchanged since `previous` keep their claims (with their relations) and questions.
    Returns the claims to use (some from `previous`), the questions and what to keep."""
    canonical_subjects(claims)
    whole = tuple(claim_state(c) for c in claims)
    if previous is not None and previous.result is not None and previous.whole == whole:
        return previous.result[0], previous.result[1], LinkedParts(previous.parts, 0, whole, previous.result)
    old = previous.parts if previous is not None else {}
    out = LinkedParts(whole=whole)
    linked: list[ClaimRef] = list(claims)
    found: list[tuple[int, Question]] = []       # (index of its first claim, question)
    for members in split_parts(claims, qualifiers, aliases):
        part = [claims[i] for i in members]
        key = tuple(whole[i] for i in members)
        hit = old.get(key)
        if hit is None:
            link_relations(part, limit)
            questions = group_questions(part, qualifiers, aliases)
            align_relations(questions, limit)
            hit = (part, questions.all)
            out.relinked += len(part)
        refs, qs = hit
        for i, ref in zip(members, refs):
            linked[i] = ref
        place = {id(ref): i for i, ref in zip(members, refs)}
        found += [(place[id(q.members[0])], q) for q in qs]
        out.parts[key] = hit
    found.sort(key=lambda iq: iq[0])
    questions = [q for _, q in found]
    question_of = {id(c): q for q in questions for c in q.members}
    out.result = (linked, Questions(questions, {c.uid: question_of[id(c)] for c in linked}))
    return out.result[0], out.result[1], out
