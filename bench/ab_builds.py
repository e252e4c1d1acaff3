"""Two versions of the code built alternately on the same entries, as an editor's builds follow
each other: wall time, user and system CPU of each `mkdocs build -q`.

    .venv/bin/python bench/ab_builds.py OLD NEW PROJECT [--plain PLAIN] [--rounds 3]

OLD and NEW are commits (each checked out into a temporary worktree) or folders holding the
package. PROJECT is a project with entries, such as `bench/run.py --work W` leaves (W/site-1000),
and PLAIN the same entries without the plugin (W/plain-1000). Each version builds its own copy of
PROJECT, so that its cache and its site are its own, in a folder beside PROJECT (same file system).
Each round, for each version in turn (the order swapped every other round): plain Material's
build of PLAIN (when given); the version's build with nothing changed since its last one ("warm");
the same after one entry's text changed ("edited"). The edit is then undone and built once more,
untimed, so that the next warm build is one.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT))

from run import BIN, accepted_edit, run_measured  # noqa: E402


def build(project: Path, code: Path | None) -> dict:
    """One `mkdocs build -q` of `project`, the package imported from `code` when given."""
    env = {"PYTHONPATH": os.pathsep.join(filter(None, [str(code), os.environ.get("PYTHONPATH")]))} if code else None
    r = run_measured([str(BIN / "mkdocs"), "build", "-q"], cwd=project, timeout=3600, env=env)
    if r["rc"] or r["timed_out"]:
        raise SystemExit(f"{project}: mkdocs build failed: {r['stderr'][-400:]}")
    return r


def checkout(ref: str, work: Path) -> Path:
    """A folder holding the package of `ref`: the folder itself, or a worktree of the commit."""
    if (Path(ref) / "digest" / "plugin.py").is_file():
        return Path(ref).resolve()
    dest = work / f"code-{ref[:12]}"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(dest), ref],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return dest


def copy_project(project: Path, dest: Path) -> Path:
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir()
    for name in ("mkdocs.yml", "site_config", "content"):
        (shutil.copytree if (project / name).is_dir() else shutil.copy)(project / name, dest / name)
    return dest


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("project", type=Path)
    ap.add_argument("--plain", type=Path, help="the same entries without the plugin")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    project = args.project.resolve()
    work = Path(tempfile.mkdtemp(prefix="ab-builds-", dir=project.parent))
    worktrees = []
    try:
        versions = []
        for label, ref in (("old", args.old), ("new", args.new)):
            code = checkout(ref, work)
            if code.is_relative_to(work):
                worktrees.append(code)
            versions.append((label, code, copy_project(project, work / f"project-{label}")))
        for _, code, proj in versions:
            build(proj, code)                  # fills its cache and its site
        print(f"{'round':>5} {'build':<12} {'wall s':>7} {'user s':>7} {'sys s':>6}")

        def show(round_no: int, name: str, r: dict) -> None:
            print(f"{round_no:>5} {name:<12} {r['wall']:7.2f} {r['user']:7.2f} {r['sys']:6.2f}", flush=True)

        for round_no in range(1, args.rounds + 1):
            # each version first in every other round: the machine's drift weighs on both alike
            for label, code, proj in (versions if round_no % 2 else versions[::-1]):
                if args.plain:
                    show(round_no, "plain", build(args.plain.resolve(), None))
                show(round_no, f"{label} warm", build(proj, code))
                files = sorted((proj / "content" / "entries").rglob("*.md"))
                path, text, changed = accepted_edit(proj, files, (round_no * 7919) % len(files),
                                                    f"Edited in round {round_no} of the comparison.")
                path.write_text(changed, encoding="utf-8")
                try:
                    show(round_no, f"{label} edited", build(proj, code))
                finally:
                    path.write_text(text, encoding="utf-8")
                build(proj, code)
    finally:
        for tree in worktrees:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
