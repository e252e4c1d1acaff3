"""What an entry is about and what it claims, from its structure: entities, the main subject and
the claims. One path for converted dumps and for hand-written entries read at build time."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from digest.config import Knowledge
from digest.extract.claims import extract_claims
from digest.extract.entities import find_mentions, short_forms
from digest.extract.lexicon import in_parens
from digest.extract.propernames import discover
from digest.extract.structure import Structure
from digest.extract.units import units_from_structure

STORY_SUBJECTS = 6
# what a page may be about before its maker: a model, or a device the page introduces ("PlayStation 5 Pro")
_LEADING_KINDS = ("model", "product")

# a title that names a model and a dated version of it: "GPT-4o (2024-05-13)"
_SNAPSHOT_TITLE = re.compile(r"\s*(?P<name>[^()]{2,60}?)\s*\((?P<version>(?:19|20)\d\d-\d\d(?:-\d\d)?)\)\s*")
_LAUNCH = re.compile(r"\b(?:launch|unveil|releas|introduc|debut|drop|ship|announc)(?:e|es|ed|s|ing|ped|ped)?\b\s+(?:its |the |a |their |his |her )?(?:new |latest |flagship )?", re.I)


# before a name the page compares with or gives as another's: "than X", "what OpenAI's X can do"
_PASSING = re.compile(r"(?:(?<![\w-])(?:than|what|versus|vs\.?|like|unlike|compared (?:to|with))\s+(?:\S+\s+){0,2}"
                      r"|(?<![\w'’-])(?-i:[A-Z][\w.&-]*)['’]s?\s+)$", re.I)
# what may stand before a name that opens its sentence: the sentence's start, or an article
_OPENS = re.compile(r"(?:^|.*[.!?]\s+)(?:(?:The|Der|Die|Das|El|La|Le|Les|L['’]|Il|Lo|O|A|De|Het)\s+)?", re.S)


@dataclass
class Subjects:
    entities: list[str]                       # in order of mention
    primary: str | None                       # the main model, else the main lab
    models: set[str]
    runners: tuple = ()                       # runner-up models
    weights: dict = field(default_factory=dict)   # what the story is about: subject -> mentions
    names: dict = field(default_factory=dict)     # names the page introduced: surface -> (name, kind)


def find_subjects(structure: Structure, title: str, k: Knowledge, title_weight: int = 3) -> Subjects:
    """The entities an entry names and its main subject; the title counts `title_weight` times."""
    counts: Counter = Counter()
    kinds: dict[str, str] = {}
    order: dict[str, int] = {}
    texts = [title] * title_weight
    for b in structure.blocks:
        texts.append(b.text)
        texts.extend(b.items)
        for row in b.rows:
            texts.extend(row)
    # organisations and people the page introduces that site_config does not list
    found = discover([b.text for b in structure.blocks if b.kind == "paragraph"]
                     + [i for b in structure.blocks if b.kind == "list" for i in b.items], k, title)
    for t in texts:
        for m in find_mentions(t, k, found):
            order.setdefault(m.name, len(order))
            kinds[m.name] = m.kind
    # second pass: short forms of the models the article named ("Sonnet", "3.5 Sonnet") count too
    shorts = {**found, **short_forms({n for n, kd in kinds.items() if kd == "model"}, k, "\n".join(texts))}
    bracketed: set[str] = set()
    openers: Counter = Counter()   # names a sentence opens on
    passing: Counter = Counter()   # names as the one compared with, or as another's
    for t in texts:
        mentions = find_mentions(t, k, shorts)
        for m in mentions:
            counts[m.name] += 1
            if _OPENS.fullmatch(t, max(0, m.start - 12), m.start) and (m.start < 12 or re.search(r"[.!?]\s+\S*\s*$", t[max(0, m.start - 16):m.start])):
                openers[m.name] += 1
            if in_parens(t, m.start) is not None:
                bracketed.add(m.name)
            if _PASSING.search(t, max(0, m.start - 40), m.start):
                passing[m.name] += 1
            kinds.setdefault(m.name, m.kind)
            order.setdefault(m.name, len(order))
        # what the article launches or reviews is its subject: "Orbital launches its Vega-3 model"
        for v in _LAUNCH.finditer(t):
            nxt = next((m for m in mentions if m.kind in _LEADING_KINDS and 0 <= m.start - v.end() <= 25), None)
            if nxt:
                counts[nxt.name] += 3
    title_models = [m.name for m in find_mentions(title, k, shorts) if m.kind in _LEADING_KINDS] if title_weight else []
    if title_models:
        counts[title_models[0]] += 2  # the headline's first model is what the article is about
    names = sorted(counts, key=lambda n: order[n])
    models = {n for n in names if kinds[n] == "model"}
    ranked = sorted((n for n in names if kinds[n] in _LEADING_KINDS), key=lambda n: (-counts[n], order[n]))
    primary = ranked[0] if ranked else None
    runners = tuple(n for n in ranked[1:3] if counts[n] >= 2)
    # (of two named as often, the one a sentence opens on is what the page is about, not one named in passing)
    labs = sorted((n for n in names if kinds[n] == "lab"), key=lambda n: (-counts[n], -openers[n], order[n]))
    new_names = {name for name, _ in found.values()}
    # a page about a company that names a model in passing is about the company
    if labs and (primary is None or counts[labs[0]] >= 3 * counts[primary]):
        # (a company named once, in brackets, is a passing mention: "GV (formerly Google Ventures)")
        primary = labs[0] if counts[labs[0]] >= 2 or labs[0] not in bracketed else None
    if primary in models and counts[primary] < 2 and passing[primary]:
        # a model named once, not in the title, as the one compared with or as another's ("eight times what
        # OpenAI's GPT-4-32K can achieve") is one the page passes by: its figures with no name are not that model's
        primary = labs[0] if labs and (counts[labs[0]] >= 2 or labs[0] not in bracketed) else None
    snapshot = _SNAPSHOT_TITLE.fullmatch(title or "")
    if snapshot and primary in models and [m.name for m in find_mentions(snapshot.group("name"), k, shorts)] == [primary]:
        # "GPT-4o (2024-05-13)": a page about one dated snapshot of a model states that snapshot's figures
        dated = f"{primary} ({snapshot.group('version')})"
        found[snapshot.group().strip()] = (dated, "model")
        kinds[dated], order[dated], counts[dated] = "model", -1, counts[primary]
        names = [dated, *names]
        models = {*models, dated}
        primary = dated
    entities = [n for n in names if kinds[n] != "benchmark" or counts[n] > 0]
    # what the story is about: the most mentioned subjects of any kind but places and benchmarks
    weights = {n: float(counts[n]) for n in sorted(counts, key=lambda n: (-counts[n], order[n]))
               if counts[n] and kinds[n] not in ("place", "benchmark")}
    return Subjects(entities, primary, models, runners, dict(list(weights.items())[:STORY_SUBJECTS]), found)


def entry_claims(structure: Structure, subjects: Subjects, k: Knowledge, date: dt.date | None, title: str = "") -> list[dict]:
    """The claims of an entry whose subjects are known (its date places relative dates; its title the period
    of a figure it repeats)."""
    return extract_claims(units_from_structure(structure), k, date, subjects.primary, subjects.models,
                          names=subjects.names, title=title)


def extract_entry(structure: Structure, title: str, k: Knowledge, date: dt.date | None,
                  *, claims: bool = True) -> tuple[Subjects, list[dict]]:
    """Subjects and (when asked for) claims of an entry in one call."""
    subjects = find_subjects(structure, title, k)
    return subjects, entry_claims(structure, subjects, k, date, title) if claims else []
