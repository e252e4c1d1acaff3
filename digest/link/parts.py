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
class Part:
    """One part: what its claims were (in site order), its linked claims and its questions."""

    states: tuple
    refs: list[ClaimRef]
    questions: list[Question]
    keys: set[tuple]                 # every key its claims link by (see `link_keys`)


@dataclass
class LinkedParts:
    """What a linking left: each part's result, and how to find the parts a change reaches."""

    parts: dict[int, Part] = field(default_factory=dict)
    state_part: dict[tuple, int] = field(default_factory=dict)      # a claim's state -> its part
    key_parts: dict[tuple, set[int]] = field(default_factory=dict)  # a linking key -> the parts holding it
    next_id: int = 0
    relinked: int = 0          # claims linked again by the last call (the others were kept)
    # the whole result, and what every claim was: a rebuild whose claims are all as they were
    # (a new headline, a body edit) takes it as it is
    whole: tuple = ()
    result: tuple | None = None
    relinked_entries: set[str] = field(default_factory=set)   # the entries of the claims linked again


def claim_state(c: ClaimRef) -> tuple:
    """Everything linking reads of a claim (`link_in_parts` makes the same tuple inline)."""
    return (c.uid, c.entry, c.subject, c.attribute, repr(c.value), c.unit, c.said_by, c.qualifier, c.story,
            c.family, c.opinion, c.several, c.date)


def link_keys(c: ClaimRef, qualifier: str | None, aliases: Mapping[str, str]) -> list[tuple]:
    """The keys two claims of one part may share. A disclosure key joins only where some claim
    says that subject's fact is not disclosed; it is listed for every claim a disclosure meets,
    so that a new disclosure finds the parts it joins."""
    keys = [("g",) + group_key(c), ("q",) + question_key(c, qualifier, aliases)]
    sa = story_attribute_key(c)
    if sa is not None:
        keys.append(("s",) + sa)
    d = disclosure_key(c)
    if d is not None:
        keys.append(("d", d[0]))
    return keys


def _split(claims: list[ClaimRef], among, qualifiers: Mapping[str, str | None],
           aliases: Mapping[str, str]) -> list[tuple[list[int], set[tuple]]]:
    """The parts of the claims at indexes `among` (ascending), with the keys each part holds."""
    among = list(among)
    parent = {i: i for i in among}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[tuple, int] = {}
    keys_of: dict[int, list[tuple]] = {}

    def join(i: int, key: tuple) -> None:
        j = first.setdefault(key, i)
        if j != i:
            a, b = find(i), find(j)
            if a != b:
                parent[max(a, b)] = min(a, b)

    for i in among:
        keys_of[i] = link_keys(claims[i], qualifiers.get(claims[i].uid), aliases)
    disclosed = {d[0] for i in among if (d := disclosure_key(claims[i])) is not None and d[1]}
    for i in among:
        for key in keys_of[i]:
            if key[0] != "d" or key[1] in disclosed:
                join(i, key)
    parts: dict[int, tuple[list[int], set[tuple]]] = {}
    for i in among:
        members, keys = parts.setdefault(find(i), ([], set()))
        members.append(i)
        keys.update(keys_of[i])
    return list(parts.values())


def link_in_parts(claims: list[ClaimRef], qualifiers: Mapping[str, str | None], aliases: dict[str, str],
                  limit: int, previous: LinkedParts | None = None) -> tuple[list[ClaimRef], Questions, LinkedParts]:
    """Relations and questions for `claims` (in site order), as a full linking gives them; parts
    unchanged since `previous` keep their claims (with their relations) and questions.
    Returns the claims to use (some from `previous`), the questions and what to keep.

    Only the claims a change reaches are split into parts again: the new and changed claims, and
    the parts that held a claim now gone, share a key with a new one, or hold their claims in
    another order. Every other part stands, since whatever would join it to another passes through
    such a key."""
    canonical_subjects(claims)
    # claim_state of each claim, inline (a call per claim costs more than the tuple)
    whole = tuple([(c.uid, c.entry, c.subject, c.attribute, repr(c.value), c.unit, c.said_by, c.qualifier, c.story,
                    c.family, c.opinion, c.several, c.date) for c in claims])
    if previous is not None and previous.result is not None and previous.whole == whole:
        return previous.result[0], previous.result[1], LinkedParts(
            previous.parts, previous.state_part, previous.key_parts, previous.next_id, 0, whole, previous.result)
    previous = previous if previous is not None else LinkedParts()
    index = {state: i for i, state in enumerate(whole)}
    was = previous.state_part
    changed = [i for i, state in enumerate(whole) if state not in was]
    reached = {pid for state, pid in was.items() if state not in index}
    for i in changed:
        for key in link_keys(claims[i], qualifiers.get(claims[i].uid), aliases):
            reached.update(previous.key_parts.get(key, ()))
    for pid, part in previous.parts.items():
        # a part whose claims now stand in another order (two claims of an entry swapped) ranks them anew
        if pid not in reached:
            places = [index[state] for state in part.states if state in index]
            if any(a > b for a, b in zip(places, places[1:])):
                reached.add(pid)
    among = set(changed)
    for pid in reached:
        among.update(index[state] for state in previous.parts[pid].states if state in index)
    out = LinkedParts(whole=whole, next_id=previous.next_id)
    by_states = {previous.parts[pid].states: pid for pid in reached}
    fresh: dict[int, Part] = {}
    for members, keys in _split(claims, sorted(among), qualifiers, aliases):
        states = tuple(whole[i] for i in members)
        pid = by_states.get(states)
        if pid is not None:     # split again, yet as it was
            part = previous.parts[pid]
        else:
            refs = [claims[i] for i in members]
            link_relations(refs, limit)
            questions = group_questions(refs, qualifiers, aliases)
            align_relations(questions, limit)
            part = Part(states, refs, questions.all, keys)
            out.relinked += len(refs)
            out.relinked_entries.update(c.entry for c in refs)
            pid, out.next_id = out.next_id, out.next_id + 1
        fresh[pid] = part
    # what to keep: the parts not reached, and those just made
    out.parts = {pid: part for pid, part in previous.parts.items() if pid not in reached}
    out.parts.update(fresh)
    # copied, then changed where a part went or came (the previous result stays as it was)
    out.state_part = dict(was)
    out.key_parts = dict(previous.key_parts)
    for pid in reached:
        part = previous.parts[pid]
        for state in part.states:
            if out.state_part.get(state) == pid:
                del out.state_part[state]
        for key in part.keys:
            out.key_parts[key] = out.key_parts[key] - {pid}
    for pid, part in fresh.items():
        for state in part.states:
            out.state_part[state] = pid
        for key in part.keys:
            out.key_parts[key] = out.key_parts.get(key, set()) | {pid}
    linked: list[ClaimRef] = list(claims)
    found: list[tuple[int, Question]] = []       # (index of its first claim, question)
    for part in out.parts.values():
        place = {}
        for state, ref in zip(part.states, part.refs):
            linked[place.setdefault(id(ref), index[state])] = ref
        found += [(place[id(q.members[0])], q) for q in part.questions]
    found.sort(key=lambda iq: iq[0])
    questions = [q for _, q in found]
    question_of = {id(c): q for q in questions for c in q.members}
    out.result = (linked, Questions(questions, {c.uid: question_of[id(c)] for c in linked}))
    return out.result[0], out.result[1], out
