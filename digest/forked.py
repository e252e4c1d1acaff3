"""Work handed to forked processes while the build's own thread goes on (Linux only).

A child is a copy of the build at the moment it is forked: it reads the build's data as it was
then, computes `fn(item)` for its share of the items and sends the results back through a pipe
when it is done. The build collects them when it needs them (`ForkedJobs.results`), by then
usually long done. A child that fails, or whose results cannot be read, costs its share only:
those items are missing from the results, and the caller does them itself.
"""

from __future__ import annotations

import gc
import os
import pickle
import signal
from collections.abc import Callable, Hashable


class ForkedJobs:
    """`fn(item) -> (name, value)` over `items`, in `processes` forked children; `results()` is
    the names and values of every item a child finished."""

    def __init__(self, fn: Callable[[object], tuple[Hashable, object]], items: list, processes: int) -> None:
        self.children: list[tuple[int, int]] = []     # (pid, the pipe's end to read)
        self._results: dict | None = None
        for share in (items[i::processes] for i in range(processes)):
            if share:
                self._fork(fn, share)

    def _fork(self, fn, share: list) -> None:
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:    # the child: never returns to the build's code
            code = 1
            try:
                os.close(read_end)
                gc.disable()     # a short life: collections would only copy the parent's pages
                data = pickle.dumps(dict(fn(item) for item in share), protocol=pickle.HIGHEST_PROTOCOL)
                with os.fdopen(write_end, "wb") as out:
                    out.write(data)
                code = 0
            finally:
                os._exit(code)
        os.close(write_end)
        self.children.append((pid, read_end))

    def results(self) -> dict:
        """Waits for every child; what they computed, by name."""
        if self._results is None:
            self._results = {}
            for pid, read_end in self.children:
                with os.fdopen(read_end, "rb") as pipe:
                    data = pipe.read()
                _, status = os.waitpid(pid, 0)
                if status == 0 and data:
                    try:
                        self._results.update(pickle.loads(data))
                    except Exception:  # noqa: BLE001 - unreadable results: the caller computes them
                        pass
            self.children = []
        return self._results

    def stop(self) -> None:
        """The build failed: the children are stopped and reaped, their work dropped."""
        for pid, read_end in self.children:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            os.close(read_end)
            os.waitpid(pid, 0)
        self.children = []
        self._results = {}
