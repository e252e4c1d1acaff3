"""Finding entities in text: names and aliases from `site_config/entities.yml`, model names by
pattern (a family name or any capitalised name followed by a version), and short forms of the
models an article has already named ("3.5 Sonnet" after "Claude 3.5 Sonnet")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from digest.config import Knowledge
from digest.extract import runmemo
from digest.extract.lexicon import literal_hits
from digest.extract.wordtrie import alternation

_VERSION = r"\d+(?:\.\d+)*[a-z]?"
# after a family name a version may start with one capital letter ("Kimi K2", "DeepSeek V3", "Kimi K1.5")
_FAMILY_VERSION = r"(?:(?!Q[1-4]\b|H[12]\b)[A-Z]\d+(?:\.\d+)*|\d+x\d+B|\d+(?:\.\d+)*[a-z]?)"   # and a mixture's shape: "Mixtral 8x7B"
# a word character of a script written with spaces: beside Chinese or Japanese text ("模型Qwen3系列")
# a name still starts and ends
_W = r"[^\W\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str   # canonical
    kind: str


@dataclass
class EntityMatcher:
    known: re.Pattern
    lookup: dict[str, tuple[str, str]]
    model: re.Pattern
    tier: re.Pattern      # one word that ends a model name: a tier, a variant or a size ("70B")


def tier_words(k: Knowledge) -> tuple[str, ...]:
    """The named tiers a family's models share, capitalised: a bare "Haiku" in a header is the family's Haiku."""
    return tuple(w for w in k.tiers if re.fullmatch(r"[A-Z][a-z]+", w))


@lru_cache(maxsize=8)
def _matcher(k: Knowledge) -> EntityMatcher:
    lookup: dict[str, tuple[str, str]] = {}
    for e in k.entities:
        lookup[e.name] = (e.name, e.kind)
        for a in e.aliases:
            lookup.setdefault(a, (e.name, e.kind))
    names = sorted(lookup, key=len, reverse=True)
    # ("HumanEval+" is another test than HumanEval)
    # (the names as a tree of their common beginnings: the same matches as their alternation, longest first)
    known = re.compile(rf"(?<!{_W})(?<![.-])" + alternation(names, icase=False) + rf"(?!{_W}|-|\.\d|\$|\+)")
    fams = sorted(k.families, key=len, reverse=True)
    fam = "|".join(re.escape(f) for f in fams)
    fam_lower = "|".join(sorted({re.escape(f.lower()) for f in fams if re.fullmatch(r"[A-Za-z]{3,}", f)}, key=len, reverse=True))
    tier = "(?:" + "".join(re.escape(w) + "|" for w in (*k.tiers, *k.tier_variants)) + r"[1-9]\d{0,2}B)"
    tier_first = "|".join(re.escape(f) for f in k.tier_families)
    model = re.compile(
        rf"(?<!{_W})(?<![.-])(?:(?:{fam})(?:[- ]?{tier})?[- ]?{_FAMILY_VERSION}(?:[- ]{tier})*(?:-\d+B(?:-A\d+(?:\.\d+)?B)?)?(?:-\d{{1,4}}[kK])?"
        # (a variant named by its context window: "GPT-4-32k")
        # a family and a size alone: "Falcon 180B", "Mistral 7B", "Gemma 2B"
        rf"|(?:{fam})[- ]\d{{1,4}}(?:\.\d+)?B(?:[- ]{tier})*"
        rf"|[A-Z][A-Za-z]+(?:-[A-Z][a-z]+)?-{_VERSION}(?:-\d+B)?(?:[- ]{tier})*"
        # a name and its size in parameters: "Finch-8B", "Atlas-70B", "Osprey-Code 70B"
        rf"|[A-Z][A-Za-z]+-\d{{1,4}}(?:\.\d+)?[BM](?:[- ]{tier})*"
        rf"|[A-Z][A-Za-z]+(?:-[A-Z][A-Za-z]+)+ \d{{1,4}}(?:\.\d+)?B(?:[- ]{tier})*"
        + (rf"|(?:{tier_first}) {tier}(?: {_VERSION})?" if tier_first else "")
        # a family, a capitalised name and a version: "Orion Vega 5", a tier the list does not know
        + rf"|(?:{fam}) [A-Z][a-z]{{2,}} \d+(?:\.\d+)?"
        # an identifier written in lower case: a family's ("gpt-4o-mini", "llama3.1-8b") or any with
        # a size at its end ("gpt-oss-120b", "qwen2.5-72b"); linking reads it as the capitalised name
        + (rf"|(?:{fam_lower})(?:-[a-z]+)*-?\d+(?:\.\d+)*[a-z]*(?:-[a-z0-9]+(?:\.\d+)*)*" if fam_lower else "")
        + rf"|[a-z][a-z0-9]*(?:-[a-z0-9]+(?:\.\d+)*)*-\d+(?:\.\d+)?b)(?!{_W}|-|\.\d|\$)"
    )
    return EntityMatcher(known, lookup, model, re.compile(tier))


def matcher(k: Knowledge) -> EntityMatcher:
    return _matcher(k)


# an accelerator's part number: letters, three digits, a suffix ("H100", "GB200", "MI300X"); "FP16" or "G20" has two digits
_CHIP = re.compile(rf"(?<!{_W})(?<![.$-])(?:[A-Z]{{1,2}}\d{{3}}[A-Z]{{0,2}}|MI\d{{3}}[A-Z]?)(?!{_W}|-)")
_LICENSE_AFTER = re.compile(r"\s+(?:licen[sc]e|licencia|licença|licenza|Lizenz)\b", re.I)
_LICENSE_BEFORE = re.compile(r"\b(?:licen[sc]e|licencia|licença|licenza|Lizenz)\s+$", re.I)


def find_mentions(text: str, k: Knowledge, extra: dict[str, tuple[str, str]] | None = None) -> list[Mention]:
    """All entity mentions, longest match first, no overlaps, in text order."""
    # extraction asks this of one sentence several times over: the answer is kept for a while (for the whole
    # run while converting)
    return list(runmemo.answer("mentions", (text, k, tuple(extra.items()) if extra else ()), _mentions, _recent_mentions))


@lru_cache(maxsize=4096)
def _recent_mentions(text: str, k: Knowledge, extra: tuple) -> tuple[Mention, ...]:
    return _mentions(text, k, extra)


def _mentions(text: str, k: Knowledge, extra: tuple) -> tuple[Mention, ...]:
    m = matcher(k)
    found: list[Mention] = []
    for x in m.model.finditer(text):
        name = x.group().strip()
        if _LICENSE_AFTER.match(text, x.end()) or _LICENSE_BEFORE.search(text, 0, x.start()):
            continue   # "the Apache-2.0 license", "licencia Apache 2.0": a licence, not a model
        canon = m.lookup.get(name) or (name, "hardware" if name.split(" ")[0] in k.chip_families else "model")
        found.append(Mention(x.start(), x.end(), canon[0], canon[1]))
    # the page's own short forms before the site's names: a bare "Mixtral" on a page about Mixtral 8x7B is that model
    for short, (name, kind) in extra:
        for x in literal_hits(text, short, ".-", ("-", ".d", "$")):   # (?<!_W)(?<![.-])short(?!_W|-|\.\d|\$)
            found.append(Mention(x.start(), x.end(), name, kind))
    for x in m.known.finditer(text):
        name, kind = m.lookup[x.group()]
        found.append(Mention(x.start(), x.end(), name, kind))
    for x in _CHIP.finditer(text):
        found.append(Mention(x.start(), x.end(), x.group(), "hardware"))
    found.sort(key=lambda mm: (mm.start, -(mm.end - mm.start)))
    out: list[Mention] = []
    last_end = -1
    for mm in found:
        if mm.start >= last_end:
            out.append(mm)
            last_end = mm.end
    return tuple(out)


def short_forms(models: set[str], k: Knowledge, text: str | None = None) -> dict[str, tuple[str, str]]:
    """'3.5 Sonnet' for 'Claude 3.5 Sonnet', 'Vega 5' for 'Orion Vega 5': only when unambiguous. With the page's
    `text`, a family's bare name stands for its one model only once that model is named: "Grok is now being tested as
    a standalone app" before "Grok 3, which is currently in training" is the product, not Grok 3."""
    fams = set(k.families)
    tier = matcher(k).tier
    counts: dict[str, list[str]] = {}
    for name in models:
        parts = name.split(" ")
        if len(parts) >= 3 and parts[0] in fams:
            counts.setdefault(" ".join(parts[1:]), []).append(name)
        if len(parts) >= 2 and tier.fullmatch(parts[-1]) and not parts[-1][0].isdigit():
            counts.setdefault(parts[-1], []).append(name)
        if len(parts) == 2 and parts[0] in fams and re.fullmatch(r"[A-Z]\d+(?:\.\d+)*", parts[1]):
            counts.setdefault(parts[1], []).append(name)   # "K2" after "Kimi K2"
        hyphen = re.fullmatch(r"([A-Za-z]\w+)-([A-Z]\d+(?:\.\d+)*)", name)
        if hyphen and (hyphen.group(1) in fams or matcher(k).lookup.get(hyphen.group(1), ("", ""))[1] == "lab"):
            counts.setdefault(hyphen.group(2), []).append(name)   # "R1" after "DeepSeek-R1"
    # a family's bare name ("Mixtral") for its one model on the page ("Mixtral 8x7B")
    known = matcher(k).lookup
    for fam in fams:
        if known.get(fam, (fam, "model"))[1] != "model":
            continue   # "Mistral" is also the lab's name: never the model's short form
        members = {n for n in models if re.match(rf"{re.escape(fam)}[- ]", n) and " " not in n[len(fam) + 1:].strip()
                   and not re.fullmatch(r"\d+(?:\.\d+)?B", n[len(fam) + 1:].strip())}   # "Gemma 2B" is one size, not the family
        if len(members) == 1 and text is not None:
            member = next(iter(members))
            bare = re.search(rf"(?<![\w-]){re.escape(fam)}(?![\w-]|[ -]\S*\d)", text)
            named = text.find(member)
            if bare and (named < 0 or bare.start() < named):
                continue
        if len(members) == 1:
            counts.setdefault(fam, []).extend(members)
    return {s: (names[0], "model") for s, names in counts.items() if len(set(names)) == 1}
