"""`make serve` as an editor runs it: a real `mkdocs serve --dirty` in its own process, saves made
to the files, pages read over HTTP. The server sees saves through the system's file events, and its
own reads of the files during a rebuild do not start another one."""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request

import pytest
from conftest import BIN, make_project


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as resp:
            return resp.read().decode("utf-8")
    except (urllib.error.URLError, OSError):
        return None


def _until(done, seconds: float) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if done():
            return True
        time.sleep(0.05)
    return False


@pytest.fixture()
def served(seeds_project, tmp_path):
    proj = make_project(tmp_path / "p")
    shutil.copytree(seeds_project / "content" / "entries", proj / "content" / "entries", dirs_exist_ok=True)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = proj / "serve.log"
    with open(log, "w") as out:
        proc = subprocess.Popen([str(BIN / "mkdocs"), "serve", "--dirty", "-a", f"127.0.0.1:{port}"], cwd=proj,
                                stdout=out, stderr=subprocess.STDOUT)
    try:
        assert _until(lambda: "Serving on" in log.read_text(errors="replace") or proc.poll() is not None, 300)
        assert proc.poll() is None, log.read_text()
        yield proj, f"http://127.0.0.1:{port}/", log
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()


def test_a_save_is_served_at_once_and_rebuilds_once(served):
    proj, base, log = served
    builds = lambda: log.read_text(errors="replace").count("Documentation built in")
    assert "by polling" not in log.read_text(), "file events were not used"
    time.sleep(1.0)
    entry = sorted((proj / "content" / "entries").glob("*.md"))[0]
    url = base + "entries/" + entry.stem + "/"
    assert _get(url) is not None
    before = builds()
    text = entry.read_text(encoding="utf-8")
    entry.write_text(re.sub(r"^title: .*$", "title: A title edited while serving", text, count=1, flags=re.M),
                     encoding="utf-8")
    assert _until(lambda: "A title edited while serving" in (_get(url) or ""), 60), log.read_text()[-2000:]
    # the rebuild read the files it needed; reading them is no change, so no rebuild follows it
    time.sleep(3.0)
    assert builds() - before == 1, log.read_text()[-3000:]
    # a new file and a deleted one are seen as well
    new = proj / "content" / "entries" / "added-while-serving.md"
    new.write_text("---\ntitle: Added while serving\ndate: 2026-06-20\nsource:\n  publisher: TechCrunch\n---\n\n"
                   "A short entry.\n", encoding="utf-8")
    assert _until(lambda: _get(base + "entries/added-while-serving/") is not None, 60), log.read_text()[-2000:]
    new.unlink()
    assert _until(lambda: _get(base + "entries/added-while-serving/") is None, 60), log.read_text()[-2000:]
