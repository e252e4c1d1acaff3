"""Work in forked processes (`digest.forked`): results by name, a failed child costs its share only."""

from __future__ import annotations

import os
import sys

import pytest

from digest.forked import ForkedJobs

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the build forks on Linux only")

STATE = {"base": 10}     # what a child reads of its parent, as it was when it was forked


def _square(n: int) -> tuple[int, tuple[int, int]]:
    return n, (n * n + STATE["base"], os.getpid())


def test_children_compute_each_item_once_in_other_processes():
    jobs = ForkedJobs(_square, list(range(50)), 3)
    STATE["base"] = 99          # after the fork: the children do not see it
    try:
        results = jobs.results()
    finally:
        STATE["base"] = 10
    assert sorted(results) == list(range(50))
    assert all(value == n * n + 10 for n, (value, _) in results.items())
    pids = {pid for _, pid in results.values()}
    assert len(pids) == 3 and os.getpid() not in pids
    assert jobs.results() is results and jobs.children == []


def _fails_on_seven(n: int):
    if n == 7:
        raise ValueError("no")
    return n, n


def test_a_child_that_fails_leaves_only_its_share_missing():
    results = ForkedJobs(_fails_on_seven, list(range(20)), 2).results()
    assert sorted(results) == list(range(0, 20, 2))      # the child with the odd items failed


def _slow(n: int):
    import time
    time.sleep(30)
    return n, n


def test_stopping_kills_and_reaps_the_children():
    jobs = ForkedJobs(_slow, [1, 2], 2)
    pids = [pid for pid, _ in jobs.children]
    jobs.stop()
    assert jobs.results() == {}
    for pid in pids:
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)
