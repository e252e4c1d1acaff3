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


def memo(name: str) -> dict | None:
    """The run's memo for one reader, or None outside a run."""
    return None if _MEMOS is None else _MEMOS.setdefault(name, {})
