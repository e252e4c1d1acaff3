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
from itertools import chain

from digest.link.questions import Question, Questions, align_relations, group_questions, question_key
from digest.link.relations import ClaimRef, disclosure_key, group_key, link_relations, story_attribute_key
from digest.link.within import gather, relink_within


@dataclass
class Part:
    """One part: what its claims were (in site order), its linked claims and its questions."""

    states: tuple
    refs: list[ClaimRef]
    questions: list[Question]
    keys: set[tuple]                 # every key its claims link by (see `link_keys`)
    # for linking again within the part (digest.link.within): each key's claims (states, site
    # order), each claim's relations before back-links (by state), who names whom (uid -> uids)
    lists: dict[tuple, tuple] = field(default_factory=dict)
    before: dict[tuple, tuple] = field(default_factory=dict)
    named_by: dict[str, tuple] = field(default_factory=dict)


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
    # the entries whose linked claims are new objects (linked again, and not as they were)
    relinked_entries: set[str] = field(default_factory=set)
    # per entry (src): its claims as linking read them, its linked claims and the parts they are in
    blocks: dict[str, Block] = field(default_factory=dict)
    entry_refs: dict[str, tuple] = field(default_factory=dict)
    entry_pids: dict[str, frozenset] = field(default_factory=dict)


def claim_state(c: ClaimRef) -> tuple:
    """Everything linking reads of a claim (digest.sitedata makes the same tuple from a claim's fields)."""
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
           aliases: Mapping[str, str]) -> list[tuple[list[int], dict[tuple, list[int]], dict[int, list[tuple]]]]:
    """The parts of the claims at indexes `among` (ascending): each part's claims, the claims of
    each key it holds (ascending) and each claim's keys."""
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
    parts: dict[int, tuple[list[int], dict[tuple, list[int]], dict[int, list[tuple]]]] = {}
    for i in among:
        members, lists, keys = parts.setdefault(find(i), ([], {}, {}))
        members.append(i)
        keys[i] = keys_of[i]
        for key in keys_of[i]:
            lists.setdefault(key, []).append(i)
    return list(parts.values())


@dataclass
class Block:
    """One entry's claims as linking reads them, made again only when the entry (the same parsed
    object), its story, its date or the canonical forms of its subjects change: per claim the
    arguments of its `ClaimRef` and its state (`claim_state`)."""

    src: str
    entry: object                   # what it was made from (digest.sitedata.EntryInfo)
    key: tuple                      # (story, date, canonical subjects)
    fields: tuple                   # per claim: ClaimRef's arguments, in the order it declares them
    states: tuple                   # per claim: its state
    pos: dict = field(default_factory=dict)      # claim uid -> its place in the entry
    items: dict = field(default_factory=dict)    # claim uid -> (entry, claim as parsed)

    def ref(self, j: int) -> ClaimRef:
        """A new, unlinked ClaimRef of the entry's claim j."""
        return ClaimRef(*self.fields[j])


def link_blocks(blocks: list[Block], aliases: dict[str, str], limit: int,
                previous: LinkedParts) -> tuple[list[ClaimRef], Questions, LinkedParts]:
    """Relations and questions for the claims of `blocks` (entries in site order), as a full
    linking gives them; parts unchanged since `previous` keep their claims (with their relations)
    and questions. Returns the linked claims in site order, the questions and what to keep.

    The work follows the entries that changed, not the whole site: an entry whose block is the
    previous build's keeps its states without comparing them, and its linked claims while none of
    its parts is linked again. Only the claims a change reaches are split into parts again: the new
    and changed claims, and the parts that held a claim now gone, share a key with a new one, or
    hold their claims in another order. Every other part stands, since whatever would join it to
    another passes through such a key."""
    whole = tuple(chain.from_iterable(b.states for b in blocks))
    by_src = {b.src: b for b in blocks}
    if previous.result is not None and previous.whole == whole:
        return previous.result[0], previous.result[1], LinkedParts(
            previous.parts, previous.state_part, previous.key_parts, previous.next_id, 0, whole, previous.result,
            blocks=by_src, entry_refs=previous.entry_refs, entry_pids=previous.entry_pids)
    was, before = previous.state_part, previous.blocks
    offset: dict[str, int] = {}
    among: dict[int, tuple[Block, int]] = {}     # new and changed claims: site order -> (entry, place there)
    reached: set[int] = set()
    reordered: set[int] = set()
    at = 0
    for b in blocks:
        offset[b.src] = at
        old = before.get(b.src)
        if old is not b and (old is None or old.states != b.states):
            now = set(b.states)
            for j, state in enumerate(b.states):
                if state not in was:
                    among[at + j] = (b, j)
            if old is not None:
                had = set(old.states)
                reached.update(was[state] for state in had - now)
                # the claims it kept, now in another order (two claims swapped): their parts rank them anew
                if [s for s in old.states if s in now] != [s for s in b.states if s in had]:
                    reordered.update(was[state] for state in had & now)
        at += len(b.states)
    for src, old in before.items():
        if src not in by_src:
            reached.update(was[state] for state in old.states)

    def place(state: tuple) -> tuple[int, Block, int] | None:
        b = by_src.get(state[1])
        j = b.pos.get(state[0]) if b is not None else None
        return None if j is None or b.states[j] != state else (offset[b.src] + j, b, j)

    claims = {i: b.ref(j) for i, (b, j) in among.items()}     # the new and changed claims
    for c in claims.values():
        for key in link_keys(c, c.qualifier, aliases):
            reached.update(previous.key_parts.get(key, ()))
    for pid in reordered - reached:
        places = [p[0] for state in previous.parts[pid].states if (p := place(state)) is not None]
        if any(a > b for a, b in zip(places, places[1:])):
            reached.add(pid)
    for pid in reached:
        for state in previous.parts[pid].states:
            p = place(state)
            if p is not None and p[0] not in claims:
                claims[p[0]] = p[1].ref(p[2])
    qualifiers = {c.uid: c.qualifier for c in claims.values()}
    out = LinkedParts(whole=whole, next_id=previous.next_id, blocks=by_src)
    by_states = {previous.parts[pid].states: pid for pid in reached}
    was_ref = {state: ref for pid in reached for state, ref in zip(previous.parts[pid].states, previous.parts[pid].refs)}
    was_of = previous.result[1].of if previous.result is not None else {}
    fresh: dict[int, Part] = {}
    was = None
    for members, lists, keys_of in _split(claims, sorted(claims), qualifiers, aliases):
        states = tuple(whole[i] for i in members)
        pid = by_states.get(states)
        if pid is not None:     # split again, yet as it was
            part = previous.parts[pid]
        else:
            refs = [claims[i] for i in members]
            within = None
            if not reordered and reached:
                was = was or gather([previous.parts[pid] for pid in sorted(reached)])
                local = {i: p for p, i in enumerate(members)}
                within = relink_within(refs, list(states), [keys_of[i] for i in members],
                                       {key: [local[i] for i in idxs] for key, idxs in lists.items()},
                                       was, limit, aliases, qualifiers)
            if within is not None:
                part = Part(states, within.refs, within.questions, set(lists), within.lists, within.before,
                            within.named_by)
                out.relinked += within.relinked
            else:
                part = _link_whole(states, refs, lists, whole, qualifiers, aliases, limit, was_ref, was_of)
                out.relinked += len(refs)
            out.relinked_entries.update(c.entry for state, c in zip(states, part.refs) if was_ref.get(state) is not c)
            pid, out.next_id = out.next_id, out.next_id + 1
        fresh[pid] = part
    _keep(out, previous, reached, fresh)
    linked = _linked(blocks, previous, out, reached, fresh)
    found = [(offset[q.members[0].entry] + by_src[q.members[0].entry].pos[q.members[0].uid], q)
             for part in out.parts.values() for q in part.questions]
    found.sort(key=lambda iq: iq[0])
    questions = [q for _, q in found]
    fresh_of = {c.uid: q for part in fresh.values() for q in part.questions for c in q.members}
    of = {c.uid: fresh_of.get(c.uid) or was_of[c.uid] for c in linked}
    out.result = (linked, Questions(questions, of))
    return linked, out.result[1], out


def _link_whole(states: tuple, refs: list[ClaimRef], lists: dict[tuple, list[int]], whole: tuple,
                qualifiers: Mapping[str, str | None], aliases: Mapping[str, str], limit: int,
                was_ref: Mapping[tuple, ClaimRef], was_of: Mapping[str, Question]) -> Part:
    """One part linked whole (`refs`: its new claims in site order), with what linking again
    within it needs next time."""
    link_relations(refs, limit)
    questions = group_questions(refs, qualifiers, aliases)
    own = align_relations(questions, limit)
    named_by: dict[str, list[str]] = {}
    for uid, relations in own.items():
        for target, _ in relations:
            named_by.setdefault(target, []).append(uid)
    uid_state = {c.uid: state for c, state in zip(refs, states)}
    linked, asked = _as_they_were(states, refs, questions.all, was_ref, was_of)
    return Part(states, linked, asked, set(lists), {key: tuple(whole[i] for i in idxs) for key, idxs in lists.items()},
                {uid_state[uid]: relations for uid, relations in own.items()},
                {uid: tuple(namers) for uid, namers in named_by.items()})


def _as_they_were(states: tuple, refs: list[ClaimRef], questions: list[Question], was_ref: Mapping[tuple, ClaimRef],
                  was_of: Mapping[str, Question]) -> tuple[list[ClaimRef], list[Question]]:
    """A part just linked, with the previous build's objects wherever linking made the same: a
    question whose name, verdict and members are as they were, each member with the same state
    and relations, is the previous question with its previous claims. The pages, panels and
    claims.json lines made of those objects are then known unchanged by their identity."""
    same = {}
    for state, c in zip(states, refs):
        old = was_ref.get(state)
        if old is not None and old.relations == c.relations:
            same[id(c)] = old
    if not same:
        return refs, questions
    kept, asked = {}, []
    for q in questions:
        old = was_of.get(q.members[0].uid) if id(q.members[0]) in same else None
        if (old is not None and len(old.members) == len(q.members)
                and (old.key, old.story, old.subject, old.attribute, old.qualifier, old.verdict)
                == (q.key, q.story, q.subject, q.attribute, q.qualifier, q.verdict)
                and all(same.get(id(c)) is o for c, o in zip(q.members, old.members))):
            asked.append(old)
            kept.update((id(c), o) for c, o in zip(q.members, old.members))
        else:
            asked.append(q)
    return [kept.get(id(c), c) for c in refs], asked


def _keep(out: LinkedParts, previous: LinkedParts, reached: set[int], fresh: dict[int, Part]) -> None:
    """The parts not reached and those just made, and how to find them by state and by key
    (copied, then changed where a part went or came: the previous result stays as it was)."""
    out.parts = {pid: part for pid, part in previous.parts.items() if pid not in reached}
    out.parts.update(fresh)
    out.state_part = dict(previous.state_part)
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


def _linked(blocks: list[Block], previous: LinkedParts, out: LinkedParts, reached: set[int],
            fresh: dict[int, Part]) -> list[ClaimRef]:
    """The linked claims in site order, entry by entry: an entry whose claims are as they were and
    whose parts are all kept keeps its linked claims; the others take theirs from the parts."""
    ref_of = {state: ref for part in fresh.values() for state, ref in zip(part.states, part.refs)}
    linked: list[ClaimRef] = []
    for b in blocks:
        old = previous.blocks.get(b.src)
        refs, pids = previous.entry_refs.get(b.src), previous.entry_pids.get(b.src)
        if not (old is not None and refs is not None and (old is b or old.states == b.states)
                and pids.isdisjoint(reached)):
            made = []
            for state in b.states:
                ref = ref_of.get(state)
                # else in a part kept as it was: the previous build's claim
                made.append(ref if ref is not None else refs[old.pos[state[0]]])
            pids = frozenset(out.state_part[state] for state in b.states)
            if refs is None or len(refs) != len(made) or any(x is not y for x, y in zip(refs, made)):
                refs = tuple(made)
        out.entry_refs[b.src], out.entry_pids[b.src] = refs, pids
        linked.extend(refs)
    return linked
