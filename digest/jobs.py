"""Parallel jobs: per-document work is independent, so it can use every core."""

from __future__ import annotations

from digest.config import Knowledge

_WORKER_KNOWLEDGE: Knowledge | None = None


def _init_worker(k: Knowledge) -> None:
    global _WORKER_KNOWLEDGE
    _WORKER_KNOWLEDGE = k


def knowledge() -> Knowledge:
    """The site's knowledge, in this process or in a worker."""
    return _WORKER_KNOWLEDGE


def run_jobs(fn, items: list, k: Knowledge, jobs: int):
    """fn over items, yielding results in order; in worker processes when jobs > 1 and there is
    enough work. Results arrive while later items are still being worked on."""
    _init_worker(k)
    if jobs <= 1 or len(items) < 2 * jobs:
        yield from (fn(x) for x in items)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # The first item runs here: it fills the lazy caches (compiled patterns, dateparser's locale
    # data) before the workers are forked, so each worker does not pay for them again.
    yield fn(items[0])
    rest = items[1:]
    ctx = multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_init_worker, initargs=(k,)) as pool:
        yield from pool.map(fn, rest, chunksize=max(1, min(64, len(rest) // (jobs * 8))))
