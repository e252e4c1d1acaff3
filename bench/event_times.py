"""When each MkDocs event of one `mkdocs build -q` runs: seconds from the process's start to the
first handler's start and the last handler's end of each event, then the whole build's wall time
and the CPU of its own process and of its children.

    .venv/bin/python bench/event_times.py PROJECT [--cold] [--jobs N]

--cold: the project's .cache/ removed first; --jobs N: the plugin's `jobs` option for this build
(1: all of it in the build's own process, but for the search bundle's indexer).

The site is written where PROJECT's mkdocs.yml says. To compare two versions of the code, run it
from each version's checkout in turn, several times: one build's times vary from run to run.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import argparse  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import shutil  # noqa: E402
import sys  # noqa: E402

import mkdocs.plugins  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("project")
    ap.add_argument("--cold", action="store_true", help="remove the project's .cache/ first")
    ap.add_argument("--jobs", type=int, help="the plugin's jobs option for this build (1: all in its own process)")
    args = ap.parse_args()
    os.chdir(args.project)
    if args.cold:
        shutil.rmtree(".cache", ignore_errors=True)
    seen: dict[str, list] = {}
    run_event = mkdocs.plugins.PluginCollection.run_event

    def timed_event(self, name, item=None, **kwargs):
        start = time.perf_counter() - STARTED
        if name == "config" and args.jobs is not None and "digest" in self:
            self["digest"].config.jobs = args.jobs
        try:
            return run_event(self, name, item, **kwargs)
        finally:
            times = seen.setdefault(name, [start, 0.0, 0])
            times[1] = time.perf_counter() - STARTED
            times[2] += 1

    mkdocs.plugins.PluginCollection.run_event = timed_event
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    from mkdocs.__main__ import cli

    try:
        cli(["build", "-q"], standalone_mode=False)
    finally:
        for name, (start, end, count) in sorted(seen.items(), key=lambda kv: kv[1][0]):
            print(f"{name:18s} {start:7.2f} .. {end:7.2f} s  ({count} calls)")
        own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        print(f"build {time.perf_counter() - STARTED:.2f} s wall; CPU {own.ru_utime + own.ru_stime:.2f} s in its "
              f"process, {children.ru_utime + children.ru_stime:.2f} s in its children")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
