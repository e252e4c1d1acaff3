"""Claim extraction against hand labels: found / correct / emitted per file, for seeds and the dev set.

Run: .venv/bin/python bench/score_claims.py [--details]
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from goldutil import score  # noqa: E402

SETS = {
    "seeds": (ROOT / "seeds", ROOT / "tests/data/gold"),
    "devset": (ROOT / "tests/data/devset/raw", ROOT / "tests/data/devset/gold"),
}


def convert(raw_dir: Path, out: Path) -> dict[str, dict]:
    subprocess.run([str(Path(sys.executable).parent / "digest"), "convert", str(raw_dir), "--out", str(out), "-q"],
                   cwd=ROOT, check=False)
    from digest.entryfile import split_front_matter

    entries = {}
    for p in (out / "entries").glob("*.md"):
        fm, body, _ = split_front_matter(p.read_text(encoding="utf-8"))
        meta = yaml.safe_load(fm)
        entries[Path(meta["source"]["file"]).name] = meta
    return entries


def measure(name: str, details: bool = False) -> dict:
    raw_dir, gold_dir = SETS[name]
    with tempfile.TemporaryDirectory() as tmp:
        entries = convert(raw_dir, Path(tmp))
    total = {"gold": 0, "found": 0, "correct": 0, "emitted": 0}
    for g in sorted(gold_dir.glob("[0-9]*.yml")):
        gold = yaml.safe_load(g.read_text(encoding="utf-8"))
        meta = entries.get(gold["file"], {})
        s = score(gold["claims"], meta.get("claims") or [])
        for k in total:
            total[k] += s[k]
        print(f"{name} {gold['file']:45} gold {s['gold']:2} found {s['found']:2} correct {s['correct']:2} emitted {s['emitted']:3}")
        if details:
            for q, f, ok in s["details"]:
                print(f"    {'OK ' if ok else ('hit' if f else '---')} {q}")
    print(f"{name} TOTAL: {total['found']}/{total['gold']} found ({total['found'] / total['gold']:.0%}), "
          f"{total['correct']}/{total['gold']} right ({total['correct'] / total['gold']:.0%}), {total['emitted']} emitted")
    return total


if __name__ == "__main__":
    for n in SETS:
        measure(n, "--details" in sys.argv)
