"""What Python's cyclic collection costs between rebuilds while serving, as `mkdocs serve --dirty`
runs it: rebuilds in this process (an entry added, then deleted, in turn), each followed by the
plugin's idle collection (`digest.perf.IdleCollector`); for each, the rebuild's wall time, the
collection's, the objects it freed and the process's resident memory.

    .venv/bin/python bench/idle_collection.py PROJECT [--rebuilds 16] [--full]

PROJECT is a project with entries, such as `bench/run.py --work W` leaves (W/site-5000).
`--full` makes every collection scan the whole heap (`full_every=1`), as before what the first
build leaves was set out of the collector's reach. The site is written to PROJECT/site-dirty.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import shutil
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH.parent))

from mkdocs.commands.build import build  # noqa: E402
from mkdocs.config import load_config  # noqa: E402

import run  # noqa: E402


def resident_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("project", type=Path)
    ap.add_argument("--rebuilds", type=int, default=16)
    ap.add_argument("--full", action="store_true", help="every collection scans the whole heap")
    args = ap.parse_args()
    logging.disable(logging.WARNING)
    project = args.project.resolve()
    os.chdir(project)
    site = project / "site-dirty"
    new = project / "content" / "entries" / "zz-bench-idle.md"
    model = run.main_model(project)

    collections: list[tuple[float, int]] = []
    started: list[float] = []

    def timed(phase: str, info: dict) -> None:
        if info.get("generation") != 2:
            return
        if phase == "start":
            started.append(time.perf_counter())
        elif started:
            collections.append((time.perf_counter() - started.pop(), info.get("collected", 0)))

    config = load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(site))
    config.plugins.on_startup(command="serve", dirty=True)
    plugin = config.plugins["digest"]
    if args.full:
        plugin.collector.full_every = 1
    gc.callbacks.append(timed)
    try:
        build(config, dirty=True)       # the first, full build: collected at its end
        print(f"first build: resident {resident_mb():.0f} MB, {gc.get_freeze_count()} objects out of reach")
        for n in range(args.rebuilds):
            if n % 2 == 0:
                new.write_text(run.new_entry_text(model), encoding="utf-8")
            else:
                new.unlink()
            config = load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(site))
            collections.clear()
            t0 = time.perf_counter()
            build(config, dirty=True)
            wall = time.perf_counter() - t0
            end = time.perf_counter() + 10
            while not collections and time.perf_counter() < end:    # the idle collection, a quarter second on
                time.sleep(0.05)
            spent, freed = collections[0] if collections else (float("nan"), 0)
            print(f"{'add' if n % 2 == 0 else 'delete':6s} rebuild {wall:5.2f} s  collection {spent:5.2f} s"
                  f"  freed {freed:7d}  resident {resident_mb():6.0f} MB  tracked {len(gc.get_objects())}")
    finally:
        gc.callbacks.remove(timed)
        plugin.on_shutdown()
        new.unlink(missing_ok=True)
        shutil.rmtree(site, ignore_errors=True)


if __name__ == "__main__":
    main()
