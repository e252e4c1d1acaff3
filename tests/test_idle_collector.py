"""While serving, Python's cyclic collector runs between rebuilds, never during one, and the
garbage a rebuild leaves is collected once the server is idle."""

from __future__ import annotations

import gc
import time

from digest.perf import IdleCollector


def _full_collections(during) -> int:
    seen = []

    def note(phase, info):
        if phase == "start" and info.get("generation") == 2:
            seen.append(1)

    gc.callbacks.append(note)
    try:
        during()
    finally:
        gc.callbacks.remove(note)
    return len(seen)


class _Cycle:
    def __init__(self):
        self.me = self


def test_no_collection_during_a_rebuild_and_one_when_idle():
    collector = IdleCollector(delay=0.2)
    try:
        collector.build_started()
        assert not gc.isenabled()
        collector.build_done()          # the first, full build: collected at once
        collector.build_started()

        def rebuild():
            for _ in range(200_000):     # enough new objects to start a collection were the collector on
                _Cycle()
        assert _full_collections(rebuild) == 0
        assert not gc.isenabled()

        def idle():
            collector.build_done()
            time.sleep(0.6)
        assert _full_collections(idle) == 1

        def saved_again_at_once():
            collector.build_done()
            collector.build_started()   # a save before the server was idle: no collection in the rebuild
            time.sleep(0.4)
        assert _full_collections(saved_again_at_once) == 0
    finally:
        collector.stop()
    assert gc.isenabled()


def test_a_build_process_skips_the_collection_at_exit(tmp_path):
    """After `mkdocs build`, the interpreter's exit does not scan the build's heap for cycles: the
    objects are frozen by then; exit handlers registered earlier (logging's) still run after."""
    import subprocess
    import sys

    script = tmp_path / "exit.py"
    script.write_text(
        "import atexit, gc, sys\n"
        "atexit.register(lambda: print('frozen at exit:', gc.get_freeze_count(), flush=True))\n"
        "from digest.perf import no_collection_at_exit\n"
        "no_collection_at_exit(); no_collection_at_exit()\n"
        "heap = [[i] for i in range(100000)]\n"
        "print('frozen before exit:', gc.get_freeze_count(), flush=True)\n", encoding="utf-8")
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=True).stdout
    before, at_exit = (int(line.rsplit(":", 1)[1]) for line in out.splitlines())
    assert before == 0
    assert at_exit >= 100000


def test_collections_between_rebuilds_leave_the_first_builds_state_alone_but_now_and_then():
    """What the first build leaves is out of the idle collections' reach once its garbage is
    gone: each frees what the last rebuild dropped without rescanning it, and every
    `full_every`-th one scans it too."""
    import weakref

    def collected(ref) -> bool:         # waits for the idle collection, however loaded the machine
        for _ in range(200):
            if ref() is None:
                return True
            time.sleep(0.05)
        return False

    collector = IdleCollector(delay=0.05, full_every=4)
    try:
        collector.build_started()
        long_lived, garbage = _Cycle(), _Cycle()
        first, dropped_first = weakref.ref(long_lived), weakref.ref(garbage)
        del garbage
        collector.build_done()
        assert dropped_first() is None, "the first build's garbage was frozen"
        assert gc.get_freeze_count() > 0
        del long_lived                  # replaced later: garbage among the frozen objects
        for n in range(1, 5):
            collector.build_started()
            dropped = _Cycle()
            rebuilt = weakref.ref(dropped)
            del dropped
            collector.build_done()
            assert collected(rebuilt), n
            assert (first() is None) == (n == 4), n
    finally:
        collector.stop()
    assert gc.get_freeze_count() == 0 and gc.isenabled()
