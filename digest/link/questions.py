"""Questions and their verdicts, decided once: every page, panel, count and claims.json reads them.

A question is one (subject, attribute, qualifier) group of claims, across stories. Subjects are
merged through the entities' aliases; forecasts within a story meet on their attribute whatever
their subject ("China" and "Chinese LLMs" asked of one forecast). Each question gets one verdict.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from digest.link.compare import canonical_attribute, canonical_qualifier, canonical_subject, several_values
from digest.link.compare import compare as _compare_values
from digest.link.relations import KIND_ORDER, ClaimRef

# Strongest first: a question that holds a conflict is a conflict whatever else it holds.
VERDICTS = ("conflict", "undisclosed", "forecasts", "agree", "related", "single")
VERDICT_LABEL = {"conflict": "conflict", "undisclosed": "stated vs undisclosed",
                 "forecasts": "forecasts differ", "agree": "agree", "related": "not comparable",
                 "single": "one source"}
DISAGREE = ("conflict", "undisclosed", "forecasts")
MAX_VALUES = 24          # distinct values compared per question: keeps the work per question bounded


@dataclass
class Question:
    key: tuple
    story: str | None             # the story of its first claim
    subject: str
    attribute: str
    qualifier: str | None
    members: list[ClaimRef] = field(default_factory=list)
    verdict: str = "single"

    @property
    def stories(self) -> list[str]:
        """Every story one of its claims belongs to, in claim order."""
        return list(dict.fromkeys(c.story for c in self.members if c.story))

    @property
    def entries(self) -> list[str]:
        return list(dict.fromkeys(c.entry for c in self.members))

    @property
    def label(self) -> str:
        return VERDICT_LABEL[self.verdict]

    @property
    def name(self) -> str:
        q = f" ({self.qualifier})" if self.qualifier else ""
        return f"{self.subject} · {self.attribute}{q}"


@dataclass
class Questions:
    all: list[Question]
    of: dict[str, Question]                # claim uid -> its question
    _by_story: dict[str, list[Question]] | None = field(default=None, repr=False)

    def in_story(self, slug: str) -> list[Question]:
        """The questions a story's claims belong to (their verdicts count every story's claims)."""
        if self._by_story is None:
            self._by_story = {}
            for q in self.all:
                for st in q.stories:
                    self._by_story.setdefault(st, []).append(q)
        return self._by_story.get(slug, [])


@lru_cache(maxsize=65536)
def compare(a, b, unit_a, unit_b) -> str:
    return _compare_values(a, b, unit_a, unit_b)


def _norm(text) -> str:
    return re.sub(r"[^a-z0-9]+", " ", str(text or "").lower()).strip()


def is_forecast(c: ClaimRef) -> bool:
    return c.opinion


def value_key(c: ClaimRef) -> str:
    return f"{_norm(c.value)}|{c.unit or ''}"


def pair_kind(a: ClaimRef, b: ClaimRef) -> str | None:
    """How two claims of one question relate; None for two claims of the same entry (a source
    citing a range, or a forecast beside a fact, is not disagreeing with itself)."""
    if a.entry == b.entry:
        return None
    if (is_forecast(a) or is_forecast(b)) and _norm(a.said_by) != _norm(b.said_by):
        return "related"
    if a.several or b.several:
        return several_values(a.value, b.value)
    return compare(a.value, b.value, a.unit, b.unit)


def group_questions(claims: list[ClaimRef], qualifiers: dict[str, str | None],
                    aliases: dict[str, str] | None = None) -> Questions:
    """Group claims into questions (in claim order) and decide each verdict.
    `qualifiers`: claim uid -> qualifier; `aliases`: lower-cased alias -> canonical entity name."""
    aliases = aliases or {}
    by_key: dict[tuple, Question] = {}
    of: dict[str, Question] = {}
    for c in claims:
        subject = aliases.get(c.subject.lower(), c.subject)
        qualifier = qualifiers.get(c.uid)
        key = question_key(c, qualifier, aliases)
        q = by_key.get(key)
        if q is None:
            q = by_key[key] = Question(key, c.story, subject, c.attribute, qualifier)
        q.members.append(c)
        of[c.uid] = q
    for q in by_key.values():
        if q.key[1] == "":
            # a forecast question is named for what most of its claims are about
            subjects = [aliases.get(c.subject.lower(), c.subject) for c in q.members]
            q.subject = max(dict.fromkeys(subjects), key=subjects.count)
        q.verdict = verdict(q.members)
    return Questions(list(by_key.values()), of)


def question_key(c: ClaimRef, qualifier: str | None, aliases: dict[str, str]) -> tuple:
    """The question a claim answers: (story, "", attribute, qualifier) for a forecast, else
    ("", subject, attribute, qualifier), in the same canonical forms the linker uses ("MMLU" and
    "mmlu" are one attribute, a benchmark's setting ("5-shot") does not split a score, "Broadcom
    Inc." is Broadcom)."""
    attribute, scope = _canonical_attribute(c.attribute), canonical_qualifier(qualifier)
    if is_forecast(c) and c.story:
        return (c.story, "", attribute, scope)
    return ("", _canonical_subject(aliases.get(c.subject.lower(), c.subject)), attribute, scope)


_canonical_attribute = lru_cache(maxsize=65536)(canonical_attribute)
_canonical_subject = lru_cache(maxsize=65536)(canonical_subject)


def verdict(members: list[ClaimRef]) -> str:
    if len({c.entry for c in members}) < 2:
        return "single"
    reps: dict[str, list[ClaimRef]] = {}
    for c in members:
        reps.setdefault(value_key(c) + "|" + (_norm(c.said_by) if is_forecast(c) else ""), []).append(c)
    groups = list(reps.values())[:MAX_VALUES]
    found: set[str] = set()
    for i, ga in enumerate(groups):
        for gb in groups[i:]:
            kind = _group_kind(ga, gb)
            if kind is None:
                continue
            a, b = ga[0], gb[0]
            undisclosed = "undisclosed" in (_norm(a.value), _norm(b.value))
            forecast = is_forecast(a) or is_forecast(b)
            if forecast and (kind == "conflicts" or (kind == "related" and _norm(a.said_by) != _norm(b.said_by))):
                found.add("forecasts")
            elif kind == "conflicts":
                found.add("undisclosed" if undisclosed else "conflict")
            else:
                found.add({"agrees": "agree"}.get(kind, "related"))
    for v in VERDICTS:
        if v in found:
            return v
    return "related"


def _group_kind(ga: list[ClaimRef], gb: list[ClaimRef]) -> str | None:
    """The kind between two value groups, from a pair of claims in different entries."""
    for a in ga[:4]:
        for b in gb[:4]:
            if a.entry != b.entry:
                if (is_forecast(a) or is_forecast(b)) and _norm(a.said_by) != _norm(b.said_by):
                    return "related"
                return compare(a.value, b.value, a.unit, b.unit)
    return None


def align_relations(questions: Questions, limit: int = 20) -> dict[str, tuple]:
    """Make every panel and claims.json say what the questions say: two claims of one question
    relate as their values do; claims of different questions are only related. Each claim also
    meets one claim of every other value of its question, so a conflict always shows both sides.
    Then relations are stored on both claims (`back_link`). Returns each claim's relations
    before back-links, by uid."""
    refs = {c.uid: c for q in questions.all for c in q.members}
    own = {}
    for q in questions.all:
        sides = value_sides(q)
        for c in q.members:
            c.relations = aligned(c, q, sides, refs, lambda uid: questions.of.get(uid) is q, limit)
            own[c.uid] = tuple(c.relations)
    back_link([c for q in questions.all for c in q.members], refs, limit)
    return own


def value_sides(q: Question) -> list[list[ClaimRef]] | None:
    """One list per value (and speaker) of a question that is not single, up to MAX_VALUES: each
    member meets one claim of each (`aligned`). None for a single source's question."""
    if q.verdict == "single":
        return None
    buckets: dict[str, list[ClaimRef]] = {}
    for c in q.members:
        buckets.setdefault(value_key(c) + "|" + _norm(c.said_by), []).append(c)
    return list(buckets.values())[:MAX_VALUES]


def aligned(c: ClaimRef, q: Question, sides: list[list[ClaimRef]] | None, refs, in_question, limit: int
            ) -> list[tuple[str, str]]:
    """Claim c's relations as its question says them, before back-links: its linked relations,
    one claim of each other value of its question (`sides`), each kind as the question decides
    (`in_question(uid)`: whether that claim is one of q's; `refs`: uid -> claim), closest first."""
    relations = c.relations
    if sides is not None:
        relations = list(relations)
        have = {t for t, _ in relations}
        for side in sides:
            other = next((o for o in side if o.entry != c.entry), None)
            if other is not None and other.uid not in have:
                relations.append((other.uid, "related"))
                have.add(other.uid)
    out: dict[str, str] = {}
    for target, _ in relations:
        other = refs.get(target)
        if other is None or target in out:
            continue
        if in_question(target):
            kind = pair_kind(c, other) or "related"
        else:
            kind = "related"
        out[target] = kind
    ranked = sorted(out.items(), key=lambda tk: KIND_ORDER[tk[1]])
    return ranked[:limit]


def back_link(order: list[ClaimRef], refs: dict[str, ClaimRef], limit: int) -> None:
    """Relations stored on both claims: claims in `order` (questions in order, then their
    members) name theirs back to each target that does not name them and has room (under
    `limit`), then each claim's relations are sorted by kind. A claim's relations are then its own
    followed by the first claims, in that order, that name it (`with_back_links`)."""
    # each claim's targets as a set: a panel holds up to `limit` of them, and this loop asks of
    # each relation whether its target names it back
    named = {uid: {t for t, _ in c.relations} for uid, c in refs.items()}
    for c in order:
        uid = c.uid
        for target, kind in c.relations:
            back = named[target]
            if uid not in back:
                other = refs[target]
                if len(other.relations) < limit:
                    other.relations.append((uid, kind))
                    back.add(uid)
    for c in refs.values():
        c.relations.sort(key=lambda tk: KIND_ORDER[tk[1]])


def with_back_links(own: tuple, namers: list[tuple[str, str]], limit: int) -> list[tuple[str, str]]:
    """One claim's relations as `back_link` leaves them, from its own (`own`, before back-links)
    and the claims that name it, each (uid, kind as it names this claim), in `back_link`'s order."""
    have = {t for t, _ in own}
    out = list(own)
    for uid, kind in namers:
        if len(out) >= limit:
            break
        if uid not in have:
            out.append((uid, kind))
            have.add(uid)
    out.sort(key=lambda tk: KIND_ORDER[tk[1]])
    return out
