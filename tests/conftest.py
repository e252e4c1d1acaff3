"""Shared fixtures: the project's real seeds converted once, and a real site built once."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
BIN = Path(sys.executable).parent


@lru_cache(maxsize=1)
def knowledge():
    """The project's site_config, loaded once for the tests that read pages in process."""
    from digest.config import load_knowledge
    return load_knowledge(str(ROOT / "site_config"))


def draft_page(text: str):
    """A text dump drafted as `digest convert` drafts one (file page.txt, no lines other dumps repeat)."""
    from digest.convert.draft import draft_text_dump
    from digest.sources.document import Document
    return draft_text_dump(Document(path="page.txt", text=text), knowledge(), frozenset())


def body_claims(body: str, title: str = "A headline about the news", date: dt.date | None = dt.date(2026, 3, 3)) -> list[dict]:
    """The claims `digest convert` reads from a Markdown body under a title, on a page dated `date`
    (None: a page with no date)."""
    from digest.extract.entry import extract_entry
    from digest.extract.units import structure_from_markdown
    return extract_entry(structure_from_markdown(body), title, knowledge(), date)[1]


def body_lines(d) -> set[str]:
    """A draft's body as a set of its stripped, non-empty lines."""
    return {ln.strip() for ln in d.body.splitlines() if ln.strip()}


def load_yaml(path: Path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def make_project(dest: Path) -> Path:
    """A copy of the project's site skeleton (no entries) in a temp folder."""
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    shutil.copytree(ROOT / "site_config", dest / "site_config")
    (dest / "content" / "entries").mkdir(parents=True)
    for page in (ROOT / "content").glob("*.md"):  # the hand-written top-level pages
        shutil.copy(page, dest / "content" / page.name)
    return dest


def run(args: list[str], cwd: Path, check: bool = True) -> subprocess.CompletedProcess:
    exe = args[0]
    if exe in ("digest", "mkdocs"):
        args = [str(BIN / exe)] + args[1:]
    proc = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=600)
    if check and proc.returncode != 0:
        raise AssertionError(f"{' '.join(args)} exited {proc.returncode}\n{proc.stdout}\n{proc.stderr}")
    return proc


@pytest.fixture(scope="session")
def seeds_project(tmp_path_factory) -> Path:
    """The seeds converted into a fresh project and built with `mkdocs build --strict`."""
    proj = make_project(tmp_path_factory.mktemp("seeds-site"))
    shutil.copytree(ROOT / "seeds", proj / "seeds")
    run(["digest", "convert", "seeds"], proj)
    run(["mkdocs", "build", "--strict"], proj)
    return proj


@pytest.fixture(scope="session")
def converted(seeds_project) -> dict[str, dict]:
    """seed file name -> {'meta': front matter, 'body': Markdown body, 'path': entry path}."""
    from digest.entryfile import split_front_matter

    out = {}
    for path in sorted((seeds_project / "content" / "entries").glob("*.md")):
        fm, body, _ = split_front_matter(path.read_text(encoding="utf-8"))
        meta = yaml.safe_load(fm)
        out[Path(meta["source"]["file"]).name] = {"meta": meta, "body": body, "path": path}
    return out
