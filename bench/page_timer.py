"""CPU time per page and per build stage, for bench/run.py's in-process builds.

`hooks_first.py` (highest priority) opens a bracket and `hooks_last.py` (lowest priority) closes
it, so a page's figure covers reading its Markdown, every plugin's page events, Markdown
rendering, search indexing and the theme template, and a stage's figure covers every plugin's
handler for that event. They are MkDocs hooks passed to `load_config(..., hooks=[...])` by the
benchmark only, never listed in the project's mkdocs.yml. Figures are process CPU seconds (the
build is single-threaded), which a busy shared machine disturbs much less than wall time.
"""

from __future__ import annotations

import time

PAGES: dict[str, float] = {}     # src_uri -> CPU seconds
STAGES: dict[str, float] = {}    # "on_files", "on_post_build" -> CPU seconds (all plugins)
_open: dict[str, float] = {}


def reset() -> None:
    PAGES.clear()
    STAGES.clear()
    _open.clear()


def start(key: str) -> None:
    _open[key] = time.process_time()


def stop(key: str, into: dict) -> None:
    t0 = _open.pop(key, None)
    if t0 is not None:
        into[key] = into.get(key, 0.0) + time.process_time() - t0
