"""Work in forked processes (`digest.forked`): results by name as each is sent, a failed child
costs what it had not sent."""

from __future__ import annotations

import os
import sys
import time

import pytest

from digest.forked import ForkedJobs

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the build forks on Linux only")

STATE = {"base": 10}     # what a child reads of its parent, as it was when it was forked


def _square(n: int) -> tuple[int, int]:
    return n * n + STATE["base"], os.getpid()


def _shares(items: list, parts: int) -> list[list]:
    return [[(("sq", n), n) for n in items[i::parts]] for i in range(parts)]


def test_children_compute_each_item_once_in_other_processes():
    jobs = ForkedJobs(_square, _shares(list(range(50)), 3))
    STATE["base"] = 99          # after the fork: the children do not see it
    try:
        first = jobs.get(("sq", 7))
        results = jobs.results()
    finally:
        STATE["base"] = 10
    assert first[0] == 59 and ("sq", 7) not in results      # a result is taken once
    assert sorted(n for _, n in results) == [n for n in range(50) if n != 7]
    assert all(value == n * n + 10 for (_, n), (value, _) in results.items())
    pids = {pid for _, pid in results.values()} | {first[1]}
    assert len(pids) == 3 and os.getpid() not in pids
    assert jobs.get(("sq", 7)) is None and jobs.get(("nobody's", 1), "none") == "none"


def _fails_on_seven(n: int) -> int:
    if n == 7:
        raise ValueError("no")
    return n


def test_a_child_that_fails_leaves_only_what_it_had_not_sent_missing():
    jobs = ForkedJobs(_fails_on_seven, _shares(list(range(20)), 2))   # the second child: 1, 3, 5, 7, ...
    assert jobs.get(("sq", 9)) is None                               # after 7: never sent, and no wait
    assert sorted(n for _, n in jobs.results()) == sorted(list(range(0, 20, 2)) + [1, 3, 5])


def _slow(n: int) -> int:
    if n > 1:
        time.sleep(30)
    return n


def test_a_result_is_there_before_its_child_is_done_and_stopping_reaps_the_children():
    jobs = ForkedJobs(_slow, [[(("sq", 1), 1), (("sq", 2), 2)]])
    started = time.monotonic()
    assert jobs.get(("sq", 1)) == 1
    assert time.monotonic() - started < 20
    pids = [pid for pid, _ in jobs.children]
    jobs.stop()
    assert jobs.results() == {}
    for pid in pids:
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)
