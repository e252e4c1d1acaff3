"""Cross-source relations against hand labels: which gold agreements, conflicts and related pairs
the built site's claims.json shows. Run: .venv/bin/python bench/score_relations.py [--details]"""

from __future__ import annotations

import itertools
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from goldutil import attribute_ok, overlaps, value_ok  # noqa: E402

SETS = {"seeds": (ROOT / "seeds", ROOT / "tests/data/gold"),
        "devset": (ROOT / "tests/data/devset/raw", ROOT / "tests/data/devset/gold"),
        "devset2": (ROOT / "tests/data/devset2/raw", ROOT / "tests/data/devset2/gold")}
WANT = {"conflicts": {"conflicts"}, "agrees": {"agrees"}, "related": {"related", "conflicts", "agrees"}}


def build(raw: Path, tmp: Path) -> list[dict]:
    shutil.copy(ROOT / "mkdocs.yml", tmp / "mkdocs.yml")
    shutil.copytree(ROOT / "site_config", tmp / "site_config")
    (tmp / "content" / "entries").mkdir(parents=True)
    for page in (ROOT / "content").glob("*.md"):
        shutil.copy(page, tmp / "content" / page.name)
    bin_ = Path(sys.executable).parent
    subprocess.run([str(bin_ / "digest"), "convert", str(raw), "-q"], cwd=tmp, check=False)
    subprocess.run([str(bin_ / "mkdocs"), "build", "-q"], cwd=tmp, check=True, capture_output=True)
    return json.loads((tmp / "site" / "claims.json").read_text(encoding="utf-8"))["claims"]


def _same(a, b):
    a, b = (a if isinstance(a, list) else [a]), (b if isinstance(b, list) else [b])
    return any(str(x) == str(y) or (isinstance(x, (int, float)) and isinstance(y, (int, float)) and x == y)
               for x in a for y in b)


def _words(attr) -> set:
    return set(re.findall(r"[a-z0-9]+", str(attr).lower().replace("_", " "))) - {"of", "the", "in", "a"}


_MAGNITUDE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9, "billion": 1e9, "t": 1e12, "trillion": 1e12}


def _numbers(value) -> set:
    """The numbers a value states, with their magnitude ("200k tokens" and "200000" are one number)."""
    values = value if isinstance(value, list) else [value]
    return {float(n.replace(",", "")) * _MAGNITUDE.get(mag.lower(), 1) for v in values
            for n, mag in re.findall(r"(\d[\d,]*(?:\.\d+)?)\s*(k|thousand|million|billion|trillion|bn|[mbt](?![a-z]))?", str(v), re.I)}


def groups(gold_dir: Path):
    golds = {}
    for p in gold_dir.glob("[0-9]*.yml"):
        g = yaml.safe_load(p.read_text(encoding="utf-8"))
        golds[Path(g["file"]).name] = g   # (devset2 writes "raw/NAME")
    rel = yaml.safe_load((gold_dir / "relations.yml").read_text(encoding="utf-8"))
    blocks = rel.get("stories") or [rel]
    for block in blocks:
        for kind in ("conflicts", "agrees", "related"):
            for group in block.get(kind) or []:
                items = []
                for v in group["values"]:
                    subj = v.get("subject", group.get("subject"))
                    attr = v.get("attribute", group.get("attribute"))
                    claim = next((c for c in golds[v["file"]]["claims"] if c["attribute"] == attr
                                  and c["subject"] == subj and _same(c["value"], v["value"])), None) or next(
                        (c for c in golds[v["file"]]["claims"] if c["subject"] == subj
                         and _same(f"{c['attribute']} {c['value']}", v["value"])), None) or next(
                        # (devset2 names a group's subject and attribute in its own words: the claim of that file
                        # whose attribute shares a word with it and whose value has the same numbers)
                        (c for c in golds[v["file"]]["claims"] if _words(f"{c['subject']} {c['attribute']}") & _words(attr)
                         and _numbers(c["value"]) and _numbers(c["value"]) & _numbers(v["value"])), None)
                    if claim:
                        items.append((v["file"], claim))
                yield kind, attr, items


def _ours(claims: list[dict], file: str, gold: dict) -> list[dict]:
    """Our claims for a gold claim: by quote, else the same fact stated elsewhere in that entry."""
    mine = [c for c in claims if c["source_file"].endswith(file)]
    by_quote = [c for c in mine if overlaps(c["quote"], gold["quote"])]
    by_fact = [c for c in mine if attribute_ok(c["attribute"], gold["attribute"])
               and value_ok(c["value"], c.get("unit"), gold["value"])]
    return by_quote + by_fact


def measure(name: str, details: bool = False) -> tuple[int, int]:
    raw, gold_dir = SETS[name]
    with tempfile.TemporaryDirectory() as tmp:
        claims = build(raw, Path(tmp))
    ok = total = 0
    for kind, attr, items in groups(gold_dir):
        for (fa, a), (fb, b) in itertools.combinations(items, 2):
            if kind == "conflicts" and _same(a["value"], b["value"]):
                continue  # two sources on the same side of a conflict agree with each other
            ours_a = _ours(claims, fa, a)
            urls_b = {c["url"] for c in _ours(claims, fb, b)}
            kinds = {r["kind"] for c in ours_a for r in c["relations"] if r["target"] in urls_b}
            hit = bool(kinds & WANT[kind])
            ok += hit
            total += 1
            if details:
                print(f"  {'OK ' if hit else '-- '} {kind:9} {attr[:40]:40} {fa[:3]}-{fb[:3]} ours={sorted(kinds)}")
    print(f"{name}: {ok}/{total} gold relation pairs shown ({ok / max(1, total):.0%})")
    return ok, total


if __name__ == "__main__":
    for n in SETS:
        measure(n, "--details" in sys.argv)
