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
