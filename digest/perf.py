"""Pausing Python's cyclic garbage collector while building large, long-lived structures.

Parsing entries, linking claims and writing generated pages allocate millions of small objects
and free almost none; each collection would rescan the whole growing heap for cycles that are not
there, which makes such steps grow faster than their input.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def gc_paused():
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
