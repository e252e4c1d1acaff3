"""Linking again within a part only the claims a change reaches.

A part (digest.link.parts) is linked as a whole: `link_relations`, then `group_questions`, then
`align_relations`. What each claim ends with follows from a few lists of the part's claims, each
read in site order: its linking group, its story and attribute, its subject's disclosures (when
the subject has one) and its question. Its relations before back-links (`aligned`) depend on those
lists alone; its final relations on those and on the claims whose relations before back-links
name it, in the order `back_link` reads them (`with_back_links`).

So after a change, only the claims of a list that changed (a claim came, went or changed in it)
get their relations before back-links made again; only those claims and the claims they name (or
named) get their final relations made again;
every other claim keeps the previous build's, and its object while its question is kept as it was.
The result equals linking the part whole (`tests/test_rebuild_inputs.py` compares them).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from digest.link.questions import Question, aligned, group_questions, value_sides, with_back_links
from digest.link.relations import ClaimRef, link_relations

AMBIGUOUS = None        # a key whose claims were in more than one part: taken as changed


@dataclass
class Was:
    """What the parts a change reaches were, put together: each key's claims (states, site order),
    each claim's relations before back-links (by state) and its linked claim (by state), who names
    whom (uid -> the uids whose relations before back-links name it), each question by its key."""

    lists: dict[tuple, tuple | None] = field(default_factory=dict)
    before: dict[tuple, tuple] = field(default_factory=dict)
    ref: dict[tuple, ClaimRef] = field(default_factory=dict)
    named_by: dict[str, tuple] = field(default_factory=dict)
    question: dict[tuple, Question] = field(default_factory=dict)


def gather(parts: list) -> Was:
    """The parts' data (digest.link.parts.Part) as one `Was`."""
    was = Was()
    for part in parts:
        for key, states in part.lists.items():
            was.lists[key] = AMBIGUOUS if key in was.lists else states
        was.before.update(part.before)
        was.ref.update(zip(part.states, part.refs))
        for uid, namers in part.named_by.items():
            had = was.named_by.get(uid)
            was.named_by[uid] = namers if had is None else tuple(dict.fromkeys(had + namers))
        for q in part.questions:
            was.question[("q",) + q.key] = q
    return was


@dataclass
class Relinked:
    """A part linked again within: its claims (linked, site order), questions, and what the next
    change needs (`digest.link.parts.Part`'s fields)."""

    refs: list[ClaimRef]
    questions: list[Question]
    lists: dict[tuple, tuple]
    before: dict[tuple, tuple]
    named_by: dict[str, tuple]
    relinked: int               # claims whose relations before back-links were made again


def _discloses(states) -> bool:
    return any(s[9] == "disclosure" for s in states)


def changed_keys(lists: Mapping[tuple, list[int]], states: list[tuple], was: Was) -> set[tuple]:
    """The keys whose claims are not the ones they were, in the same order. A subject's disclosure
    key counts only where a claim of the list says the fact is not disclosed (else linking does not
    read the list)."""
    out = set()
    for key, members in lists.items():
        now = tuple(states[p] for p in members)
        before = was.lists.get(key)
        if key[0] == "d" and not _discloses(now) and not (before and _discloses(before)):
            continue
        if before is None or before != now:
            out.add(key)
    return out


def relink_within(refs: list[ClaimRef], states: list[tuple], keys_of: list[list[tuple]],
                  lists: dict[tuple, list[int]], was: Was, limit: int, aliases: Mapping[str, str],
                  qualifiers: Mapping[str, str | None]) -> Relinked | None:
    """Part `refs` (new, unlinked claims in site order; `states` theirs, `keys_of` each one's link
    keys, `lists` each key's claims by position) linked again from `was`, as linking it whole would.
    None when a change reaches so much of the part that linking it whole costs less.

    A new claim, and every claim that shared a list with one now gone, is in a list that changed:
    relations only ever join claims of one list (a question's, or one linking reads), so they are
    the claims touched here and no claim outside them names or named one that came or went."""
    n = len(refs)
    changed = changed_keys(lists, states, was)
    touched = {p for key in changed for p in lists[key]}
    if 2 * len(touched) > n:
        return None
    qkey = [next(k for k in keys if k[0] == "q") for keys in keys_of]
    uid_at = {c.uid: p for p, c in enumerate(refs)}

    # relations before back-links of the claims touched: from every list that holds one of them
    reads = sorted({q for p in touched for key in keys_of[p] if key[0] != "q" for q in lists[key]})
    at = {p: j for j, p in enumerate(reads)}
    ranked = link_relations([refs[p] for p in reads], limit, only={at[p] for p in touched})
    questions: dict[tuple, Question] = {}
    sides: dict[tuple, list | None] = {}
    looked_up = _Refs(refs, uid_at)
    before: dict[int, tuple] = {}
    for p in sorted(touched):
        key = qkey[p]
        q = questions.get(key)
        if q is None:
            q = questions[key] = group_questions([refs[m] for m in lists[key]], qualifiers, aliases).all[0]
            sides[key] = value_sides(q)
        c = refs[p]
        c.relations = ranked[at[p]]
        before[p] = tuple(aligned(c, q, sides[key], looked_up,
                                  lambda uid, key=key: uid in uid_at and qkey[uid_at[uid]] == key, limit))
    own = [before[p] if p in before else was.before[states[p]] for p in range(n)]

    # final relations of the claims named by one whose relations before back-links may have changed
    redo = set(touched)
    for p in touched:
        redo.update(uid_at[t] for t, _ in own[p] if t in uid_at)
        had = was.before.get(states[p])
        redo.update(uid_at[t] for t, _ in had or () if t in uid_at)
    naming: dict[str, set[str]] = {}
    for p in touched:
        for t, _ in own[p]:
            naming.setdefault(t, set()).add(refs[p].uid)
    first = {key: members[0] for key, members in lists.items() if key[0] == "q"}
    final: dict[int, list] = {}
    named_by: dict[str, tuple] = {}
    kinds: dict[int, dict[str, str]] = {}     # a claim's relations before back-links, as a dict
    for x in redo:
        uid = refs[x].uid
        namers = []
        for other in set(was.named_by.get(uid, ())) | naming.get(uid, set()):
            p = uid_at.get(other)
            if p is None:
                continue
            said = kinds.get(p)
            if said is None:
                said = kinds[p] = dict(own[p])
            kind = said.get(uid)
            if kind is not None:
                namers.append(((first[qkey[p]], p), other, kind))
        namers.sort()
        named_by[uid] = tuple(u for _, u, _ in namers)
        final[x] = with_back_links(own[x], [(u, k) for _, u, k in namers], limit)

    # each claim keeps its object while it and its whole question are as they were
    same = []
    for p in range(n):
        old = was.ref.get(states[p])
        same.append(old if old is not None and (p not in final or old.relations == final[p]) else None)
    out_refs = list(refs)
    asked = []
    for key in sorted(first, key=first.get):
        members = lists[key]
        old = was.question.get(key)
        if (old is not None and key not in changed and len(old.members) == len(members)
                and all(same[p] is o for p, o in zip(members, old.members))):
            asked.append(old)
            for p, o in zip(members, old.members):
                out_refs[p] = o
            continue
        for p in members:      # claims not reached keep their relations, in a new object with the question
            refs[p].relations = list(final[p] if p in final else was.ref[states[p]].relations)
        q = questions.get(key)
        if q is None:
            q = group_questions([refs[m] for m in members], qualifiers, aliases).all[0]
        asked.append(q)
    return Relinked(out_refs, asked, {key: tuple(states[p] for p in members) for key, members in lists.items()},
                    {states[p]: own[p] for p in range(n)},
                    {c.uid: named_by[c.uid] if c.uid in named_by else was.named_by.get(c.uid, ()) for c in refs},
                    len(touched))


class _Refs:
    """uid -> claim of the part, as `aligned` looks targets up."""

    def __init__(self, refs: list[ClaimRef], uid_at: Mapping[str, int]) -> None:
        self.refs, self.uid_at = refs, uid_at

    def get(self, uid: str):
        p = self.uid_at.get(uid)
        return None if p is None else self.refs[p]
