"""Answers kept for one conversion run. A run drafts every document, then extracts the claims of each,
so the same sentences are read twice, further apart than any bounded cache reaches; inside
`kept_for_run()` the readers that opt in keep every answer until the run ends."""

from __future__ import annotations

import contextlib

_MEMOS: dict[str, dict] | None = None


@contextlib.contextmanager
def kept_for_run():
    global _MEMOS
    outer = _MEMOS
    _MEMOS = {} if outer is None else outer
    try:
        yield
    finally:
        _MEMOS = outer


def answer(name: str, key: tuple, compute, recent):
    """`compute(*key)`, kept in the run's memo for reader `name` inside a run, else asked of `recent` (the
    reader's bounded cache of the same function)."""
    if _MEMOS is None:
        return recent(*key)
    memo = _MEMOS.setdefault(name, {})
    found = memo.get(key)
    if found is None:
        found = memo[key] = compute(*key)
    return found
