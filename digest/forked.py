"""Work handed to forked processes while the build's own thread goes on (Linux only).

A child is a copy of the build at the moment it is forked: it reads the build's data as it was
then, computes `fn(item)` for each item of its share, in order, and sends each result back through
a pipe as soon as it has it. A thread of the build reads the pipes (a child must never wait for the
build to read), and the build takes each result when it needs it (`ForkedJobs.get`), waiting only
for one its child has not reached yet. A child that fails costs what it had not sent: those items
are missing, and the caller does them itself. A child says nothing (its output goes nowhere): the
build says what there is to say when it does the work itself.
"""

from __future__ import annotations

import gc
import os
import pickle
import signal
import struct
import threading
import warnings
from collections.abc import Callable, Hashable

_LENGTH = struct.Struct("<Q")


class ForkedJobs:
    """`fn(item)` for each `(name, item)` of each share, one forked child per share; the results
    by name (`get`, `results`). Raises OSError, with no child left behind, if one cannot be made."""

    def __init__(self, fn: Callable[[object], object], shares: list[list[tuple[Hashable, object]]]) -> None:
        self._got: dict = {}
        self._owner: dict = {}                  # name -> its child's pid
        self._running: set[int] = set()         # children not reaped yet
        self._done = threading.Condition()
        self.children: list[tuple[int, threading.Thread]] = []
        pipes: list[tuple[int, int]] = []
        try:
            for share in shares:
                if share:
                    pid, read_end = self._fork(fn, share)
                    pipes.append((pid, read_end))
                    self._running.add(pid)
                    self._owner.update((name, pid) for name, _ in share)
            # the threads start once every child is forked: a fork copies only the thread that makes it
            for pid, read_end in pipes:
                thread = threading.Thread(target=self._drain, args=(pid, read_end), name="digest-forked", daemon=True)
                thread.start()
                self.children.append((pid, thread))
        except BaseException:
            started = {pid for pid, _ in self.children}
            for pid, read_end in pipes:
                if pid not in started:
                    os.close(read_end)
                    self._reap(pid, kill=True)
            self.stop()
            raise

    @staticmethod
    def _fork(fn, share: list) -> tuple[int, int]:
        read_end, write_end = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            os.close(read_end)
            os.close(write_end)
            raise
        if pid == 0:    # the child: never returns to the build's code
            code = 1
            try:
                os.close(read_end)
                gc.disable()     # a short life: collections would only copy the parent's pages
                warnings.simplefilter("ignore")
                null = os.open(os.devnull, os.O_WRONLY)
                os.dup2(null, 1)
                os.dup2(null, 2)
                with os.fdopen(write_end, "wb") as out:
                    for name, item in share:
                        data = pickle.dumps((name, fn(item)), protocol=pickle.HIGHEST_PROTOCOL)
                        out.write(_LENGTH.pack(len(data)))
                        out.write(data)
                        out.flush()
                code = 0
            finally:
                os._exit(code)
        os.close(write_end)
        return pid, read_end

    def _reap(self, pid: int, kill: bool = False) -> None:
        """The child reaped, once: marked first, so that `stop` never signals a pid reused since."""
        with self._done:
            if pid not in self._running:
                return
            if kill:
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            self._running.discard(pid)
            self._done.notify_all()
        try:
            os.waitpid(pid, 0)
        except ChildProcessError:
            pass

    def _drain(self, pid: int, read_end: int) -> None:
        try:
            with os.fdopen(read_end, "rb") as pipe:
                while len(head := pipe.read(_LENGTH.size)) == _LENGTH.size:
                    data = pipe.read(_LENGTH.unpack(head)[0])
                    try:
                        name, value = pickle.loads(data)
                    except Exception:  # noqa: BLE001 - a cut or unreadable record: the caller computes it
                        break
                    with self._done:
                        self._got[name] = value
                        self._done.notify_all()
        finally:
            self._reap(pid)

    def get(self, name: Hashable, default=None):
        """The result for `name` (taken: asked once), waiting for its child if it has not sent it
        yet; `default` if no child has it or its child stopped before it."""
        with self._done:
            while name not in self._got and self._owner.get(name) in self._running:
                self._done.wait()
            return self._got.pop(name, default)

    def results(self) -> dict:
        """Waits for every child and the threads reading them; every result not taken yet, by name."""
        for _, thread in self.children:
            thread.join()
        self.children = []
        return self._got

    def stop(self) -> None:
        """The build failed: the children are stopped and reaped, their work dropped."""
        for pid in list(self._running):
            self._reap(pid, kill=True)
        for _, thread in self.children:
            thread.join()
        self.children = []
        self._got = {}
