"""What deleting a site and making it again costs this machine's file system.

A build without --dirty empties the site folder and makes every file again. On some file systems
(ext4 without a journal, which does not reuse an inode freed in the last minute) each new file costs
more the more files were deleted in the last minutes, by this build or an earlier one. This makes N
files of 4 KB in folders of 50 (as pages are), deletes them and makes them again, twice in a row (the
second time right after the first one's deletions), and prints the system CPU of each
delete-and-make step and the cost per file against the first, measured in one run.

    .venv/bin/python bench/fs_churn.py [--dir DIR] [N ...]     # default: beside this script, 1000 2000 4000
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import tempfile
import time
from pathlib import Path


def _make(root: Path, n: int) -> None:
    for i in range(n):
        folder = root / f"{i // 50}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"page{i}.html").write_bytes(b"x" * 4096)


def churn(where: Path, n: int) -> tuple[float, float]:
    """System CPU and wall seconds to delete n files and make them again."""
    with tempfile.TemporaryDirectory(prefix="fs-churn-", dir=where) as tmp:
        root = Path(tmp) / "site"
        _make(root, n)
        before, started = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
        shutil.rmtree(root)
        _make(root, n)
        after = resource.getrusage(resource.RUSAGE_SELF)
        return after.ru_stime - before.ru_stime, time.perf_counter() - started


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sizes", nargs="*", type=int, default=[1000, 2000, 4000])
    ap.add_argument("--dir", type=Path, default=Path(__file__).resolve().parent,
                    help="a folder on the file system to measure (default: this script's)")
    args = ap.parse_args()
    print(f"file system of {args.dir} (device {os.stat(args.dir).st_dev})")
    base = None
    for n in sorted(args.sizes):
        for when in ("", ", again"):
            sys_s, wall = churn(args.dir, n)
            per = sys_s / n
            base = base or per or 1e-9
            print(f"{n:>7,} files{when}: delete and make again {sys_s:.2f} s system CPU ({wall:.2f} s wall); "
                  f"per file ×{per / base:.2f} of the first")


if __name__ == "__main__":
    main()
