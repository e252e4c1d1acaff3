"""Matching extracted claims to hand labels: shared by the gold tests and `bench/score.py`."""

from __future__ import annotations

import re
import unicodedata

from digest.link.compare import compare


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", str(text))
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).strip().lower()


def overlaps(a: str, b: str, min_chars: int = 20) -> bool:
    """Two quotes overlap when one contains the other or they share a long common run."""
    a, b = fold(a), fold(b)
    if a in b or b in a:
        return True
    from difflib import SequenceMatcher

    m = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return m.size >= min(min_chars, len(a), len(b))


def value_ok(ours, unit, gold) -> bool:
    golds = gold if isinstance(gold, list) else [gold]
    for g in golds:
        if fold(ours) == fold(g):
            return True
        if compare(ours, g, unit, None) == "agrees" and not isinstance(ours, str) or (
                isinstance(ours, str) and compare(ours, g) == "agrees" and len(fold(g)) > 1):
            return True
    return False


def attribute_ok(ours: str, gold: str) -> bool:
    """Our attribute names the gold one: equal, or all of our words stand in the gold name."""
    o, g = set(re.findall(r"[a-z0-9]+", ours.lower())), set(re.findall(r"[a-z0-9]+", gold.lower()))
    return bool(o) and (o == g or o <= g)


def score(gold_claims: list[dict], claims: list[dict]) -> dict:
    found = correct = 0
    details = []
    for g in gold_claims:
        hits = [c for c in claims if overlaps(c["quote"], g["quote"])]
        ok = any(
            (
                ((fold(c["subject"]) == fold(g["subject"]) or fold(c.get("said_by") or "") == fold(g["subject"]))
                 and attribute_ok(c["attribute"], g["attribute"]))
                # the same fact split differently: (Claude Fable 5, access) for (Anthropic, Claude Fable 5 access)
                or (fold(c["subject"]) in fold(g["attribute"]) and attribute_ok(c["attribute"], g["attribute"]))
            )
            and value_ok(c["value"], c.get("unit"), g["value"])
            for c in hits
        )
        found += bool(hits)
        correct += ok
        details.append((g["quote"][:60], bool(hits), ok))
    return {"gold": len(gold_claims), "found": found, "correct": correct, "emitted": len(claims), "details": details}
