"""Claims on devset2 against a blind reading of every claim the converter emitted there.

`tests/data/claims_judged_devset2.yml` holds one verdict per claim (right, or wrong with its kind
and why), given by a reviewer who saw only the raw dumps and the entries. Most of what is emitted
must be claims judged right: a change that brings back wrong claims or emits claims nobody has
read fails here until they are read and added to the table.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from conftest import DATA, make_project, run
from digest.entryfile import split_front_matter

JUDGED = DATA / "claims_judged_devset2.yml"
SHARE_JUDGED_RIGHT = 0.90


def key(file: str, c: dict) -> tuple:
    return (Path(file).name, str(c["subject"]), str(c["attribute"]), str(c["value"]), str(c.get("said_by")))


def test_most_emitted_claims_were_judged_right(tmp_path):
    proj = make_project(tmp_path / "p")
    shutil.copytree(DATA / "devset2" / "raw", proj / "raw")
    run(["digest", "convert", "raw"], proj)   # no --date, as the scorer converts
    emitted = []
    for path in sorted((proj / "content" / "entries").glob("*.md")):
        fm, _, _ = split_front_matter(path.read_text(encoding="utf-8"))
        meta = yaml.safe_load(fm)
        emitted += [key(meta["source"]["file"], c) for c in meta.get("claims") or []]
    table = yaml.safe_load(JUDGED.read_text(encoding="utf-8"))
    verdict = {key(row["file"], row): row["verdict"] for row in table}
    right = sum(verdict.get(k) == "right" for k in emitted)
    assert emitted and right / len(emitted) >= SHARE_JUDGED_RIGHT, \
        f"{right} of {len(emitted)} emitted claims were judged right; judge the new ones into {JUDGED.name}"
