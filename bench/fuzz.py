"""`make fuzz`: the fuzz suite at full size, then a scaling check of each pathological pattern.

1. tests/test_fuzz.py with the `fuzz` profile: every entry point gets its share of at least
   100,000 generated inputs; the run fails on any crash or any call over --max-seconds. Printed:
   inputs run and the worst time per call, per entry point.
2. Scaling: each pattern that once backtracked or rescanned (digit runs, lone Thai damage, "[]" in a
   feed prolog, score lists, long capitalised runs, runs of spaces, dots and brackets, deep HTML and
   JSON-LD) at 1 KB, 10 KB and 100 KB through the public entry points. CPU time may grow about 10x
   per 10x of input; the check fails past --max-growth (12x by default, with a floor for timer noise).

    python bench/fuzz.py [--inputs 100000] [--max-growth 12] [--skip-fuzz]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZES = (1_000, 10_000, 100_000)
FLOOR = 0.02       # seconds: below this, a ratio is timer and cache noise


TESTS = ["decode", "mojibake", "boilerplate", "structure", "values", "dates", "metadata", "entities", "claims",
         "stories", "duplicates", "html", "feeds", "entry_parsing", "escaping"]


def run_fuzz(inputs: int, max_seconds: float, jobs: int) -> tuple[bool, dict]:
    """The fuzz tests in `jobs` pytest processes (each takes every jobs-th entry point)."""
    per_target = -(-inputs // len(TESTS))
    with tempfile.TemporaryDirectory() as tmp:
        procs = []
        for j in range(jobs):
            names = TESTS[j::jobs]
            env = dict(os.environ, DIGEST_FUZZ_PROFILE="fuzz", DIGEST_FUZZ_EXAMPLES=str(per_target),
                       DIGEST_FUZZ_REPORT=str(Path(tmp) / f"fuzz{j}.json"), DIGEST_FUZZ_MAX_SECONDS=str(max_seconds))
            select = " or ".join(f"test_{n}" for n in names)
            procs.append(subprocess.Popen([sys.executable, "-m", "pytest", "tests/test_fuzz.py", "-q", "-k", select,
                                           "-p", "no:warnings", "-p", "no:cacheprovider"], cwd=ROOT, env=env))
        ok = all(p.wait() == 0 for p in procs)
        found: dict = {"inputs": {}, "calls": {}}
        for j in range(jobs):
            report = Path(tmp) / f"fuzz{j}.json"
            if report.exists():
                part = json.loads(report.read_text(encoding="utf-8"))
                found["inputs"].update(part["inputs"])
                found["calls"].update(part["calls"])
    return ok, found


def _patterns():
    from digest.config import load_knowledge
    from digest.convert import claims_for, draft_document
    from digest.entryfile import parse_entry
    from digest.errors import RejectedInput
    from digest.extract import values as V
    from digest.sources.document import Document
    from digest.sources.feed import read_feed, sniff_feed
    from digest.sources.html import read_html

    k = load_knowledge(ROOT / "site_config")

    def pipeline(text: str) -> None:   # a text dump from cleaning to claims
        d = draft_document(Document(path="x.txt", text=text), k)
        claims_for(d, k)

    def rep(unit: str, n: int, head: str = "", tail: str = "") -> str:
        return head + unit * max(1, (n - len(head) - len(tail)) // len(unit)) + tail

    def finders(text: str) -> None:
        for fn in (V.find_percents, V.find_points, V.find_money, V.find_multiples, V.find_durations,
                   V.find_tokens, lambda s: V.find_counts(s, 1, True)):
            list(fn(text))

    def refused_ok(fn, *args) -> None:
        try:
            fn(*args)
        except RejectedInput:  # a one-line refusal is a fine answer; only time is measured
            pass

    def feed(data: bytes) -> None:
        if sniff_feed(data):
            refused_ok(read_feed, data, "f.xml", [])

    return {
        "digit run (converter)": lambda n: pipeline(rep("7", n, "Atlas-1 has ", " parameters.")),
        "digit run (value finders)": lambda n: finders(rep("7", n)),
        "lone Thai damage \u0e50": lambda n: pipeline(rep("a \u0e50", n)),
        "feed prolog []": lambda n: feed(rep("[]", n, "<?xml version='1.0'?><!DOCTYPE x ", "><rss></rss>").encode()),
        "benchmark score list": lambda n: pipeline(rep("MMLU 90% ", n, "GPT-4 scored ")),
        "capitalised run": lambda n: pipeline(rep("Long Context ", n, "GPT-4 ")),
        "log in to register": lambda n: pipeline(rep("log in to register ", n)),
        "spaces": lambda n: pipeline(rep(" ", n, "GPT-4 has 1", "million tokens")),
        "dots": lambda n: pipeline(rep(".", n, "GPT-4 has 1", "5 parameters")),
        "brackets": lambda n: pipeline(rep("[", n // 2) + rep("]", n // 2)),
        "deep HTML": lambda n: refused_ok(read_html, rep("<div>", n // 2, "<html><body>")
                                         .encode() + b"Atlas-1 has 10 billion parameters." + b"</div>" * (n // 12), "p.html"),
        "deep JSON-LD": lambda n: refused_ok(read_html, (rep('{"a":', n // 2, '<html><head><script type="application/ld+json">')
                                             + "1" + "}" * (n // 10) + "</script></head><body><p>Atlas-1 has 10 "
                                             "billion parameters.</p></body></html>").encode(), "p.html"),
        "front matter brackets": lambda n: parse_entry("e.md", "---\ntitle: T\ndate: 2024-06-03\nsource: {publisher: P}\n"
                                                       "summary: '" + rep("[1] ", n) + "'\n---\nBody.\n"),
    }


def scaling(max_growth: float) -> tuple[bool, list[tuple]]:
    ok, rows = True, []
    for name, fn in _patterns().items():
        times = []
        for n in SIZES:
            best = float("inf")
            for _ in range(3):
                t0 = time.process_time()   # CPU time: the machine is shared, wall time is not ours
                fn(n)
                best = min(best, time.process_time() - t0)
            times.append(best)
        growth = [max(b, FLOOR) / max(a, FLOOR) for a, b in zip(times, times[1:])]
        row_ok = all(g <= max_growth for g in growth)
        ok &= row_ok
        rows.append((name, *times, max(growth), row_ok))
    return ok, rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--inputs", type=int, default=100_000, help="generated inputs in all (default 100,000)")
    ap.add_argument("--max-seconds", type=float, default=5.0, help="fail when one input takes longer")
    ap.add_argument("--max-growth", type=float, default=12.0, help="fail when 10x the input costs more")
    ap.add_argument("--skip-fuzz", action="store_true", help="only the scaling check")
    ap.add_argument("-j", "--jobs", type=int, default=2, help="pytest processes for the fuzz run")
    args = ap.parse_args()
    ok = True
    if not args.skip_fuzz:
        t0 = time.perf_counter()
        fuzz_ok, found = run_fuzz(args.inputs, args.max_seconds, args.jobs)
        ok &= fuzz_ok
        inputs, calls = found["inputs"], found["calls"]
        print(f"\nFuzzing: {sum(inputs.values()):,} generated inputs, {sum(c[0] for c in calls.values()):,} calls, "
              f"{'0 crashes' if fuzz_ok else 'FAILURES (see above)'}, {time.perf_counter() - t0:.0f} s")
        print(f"{'entry point':<16}{'inputs':>9}{'calls':>9}{'worst ms/call':>15}")
        names = sorted(set(inputs) | set(calls))
        for name in names:
            count, worst = calls.get(name, (0, 0.0))
            print(f"{name:<16}{inputs.get(name, 0):>9,}{count:>9,}{worst * 1000:>15.1f}")
    scale_ok, rows = scaling(args.max_growth)
    ok &= scale_ok
    print(f"\nScaling (best CPU time of 3; growth is the larger of 1->10 KB and 10->100 KB, times under "
          f"{FLOOR * 1000:.0f} ms counted as {FLOOR * 1000:.0f} ms; at most {args.max_growth}x)")
    print(f"{'pattern':<28}{'1 KB':>9}{'10 KB':>9}{'100 KB':>9}{'growth':>8}")
    for name, a, b, c, g, row_ok in rows:
        print(f"{name:<28}{a * 1000:>7.1f}ms{b * 1000:>7.1f}ms{c * 1000:>7.1f}ms{g:>7.1f}x{'' if row_ok else '  TOO SLOW'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
