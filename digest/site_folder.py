"""The last build's site folder kept through MkDocs' emptying of it, so that a build writes its
files over the old ones instead of deleting them all and making them again.

Making a file costs more than writing one that exists: on a file system that avoids reusing
the inodes it has just freed (ext4 without a journal skips those freed in the last minute), each
new file steps over every file deleted before it, and a build that deletes and remakes a few
thousand files pays for its own deletions and for those of the builds just before it.

`set_aside` moves the site folder's entries away just before MkDocs empties it (a rename, so only
on the same file system); `move_back` moves back the files the build will write again (its
pages and static files, known once MkDocs has its list of files) and deletes every other one;
MkDocs then opens each of them and writes it anew, as it would a new file. `drop_unwritten`, at
the build's end, deletes any kept file that nothing wrote again, so that the site holds what a
clean build makes. Nothing is written through a link: links, files with other names (hard links
in a snapshot) and read-only files are deleted, not kept."""

from __future__ import annotations

import os
import shutil
import stat
import time
from pathlib import Path


def set_aside(site: Path, place: Path) -> Path | None:
    """The entries of `site` moved into `place` (made anew). Returns `place`, or None when nothing
    was moved (no site folder, a link, another file system, `place` inside the site)."""
    try:
        if place.resolve().is_relative_to(site.resolve()) or site.resolve().is_relative_to(place.resolve()):
            return None
        if place.exists() or place.is_symlink():    # left by a build that was stopped
            _remove(place)
        if site.is_symlink() or not site.is_dir():
            return None
        names = os.listdir(site)
        if not names:
            return None
        place.parent.mkdir(parents=True, exist_ok=True)
        if os.stat(site).st_dev != os.stat(place.parent).st_dev:
            return None
        place.mkdir()
    except (OSError, ValueError):
        return None
    moved = []
    try:
        for name in names:
            os.rename(site / name, place / name)
            moved.append(name)
    except OSError:
        for name in moved:          # all or nothing: MkDocs empties the site as ever
            try:
                os.rename(place / name, site / name)
            except OSError:
                pass
        shutil.rmtree(place, ignore_errors=True)
        return None
    return place


def move_back(place: Path, site: Path, keep: set[str], leave: frozenset[str] = frozenset()) -> dict[str, int]:
    """The files of `place` whose paths (relative, with '/') are in `keep` moved back into `site`,
    every other file deleted; top-level entries named in `leave` are left in `place`. A kept file
    must be a regular file with no other name, that this process may write and that was last
    changed before now. Returns each kept file's path with its change time, for `drop_unwritten`."""
    euid = os.geteuid() if hasattr(os, "geteuid") else -1
    now = time.time_ns()
    kept: dict[str, int] = {}
    top = str(place)
    for folder, dirs, names in os.walk(top):
        if folder == top:
            dirs[:] = [d for d in dirs if d not in leave]
            names = [n for n in names if n not in leave]
        for name in names + [d for d in dirs if os.path.islink(os.path.join(folder, d))]:
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, top).replace(os.sep, "/")
            st = os.lstat(path)
            if (rel in keep and stat.S_ISREG(st.st_mode) and st.st_nlink == 1 and st.st_ctime_ns < now
                    and (euid == 0 or (st.st_uid == euid and st.st_mode & stat.S_IWUSR))):
                kept[rel] = st.st_ctime_ns
            else:
                os.unlink(path)
    for folder, _, _ in os.walk(top, topdown=False):
        if folder != top and not os.listdir(folder):
            os.rmdir(folder)
    back: dict[str, int] = {}
    for name in os.listdir(place):
        if name in leave:
            continue
        if os.path.lexists(site / name):    # made since by someone else: theirs stands
            _remove(place / name)
            continue
        site.mkdir(parents=True, exist_ok=True)
        os.rename(place / name, site / name)
        back.update((rel, ctime) for rel, ctime in kept.items() if rel == name or rel.startswith(name + "/"))
    return {str(site / rel): ctime for rel, ctime in back.items()}


def put_back(place: Path, site: Path) -> None:
    """A build failed before `move_back`: the entries set aside go back where nothing took their place."""
    if not place.is_dir() or place.is_symlink():
        return
    for name in os.listdir(place):
        if not os.path.lexists(site / name):
            try:
                site.mkdir(parents=True, exist_ok=True)
                os.rename(place / name, site / name)
            except OSError:
                pass
    shutil.rmtree(place, ignore_errors=True)


def drop_unwritten(kept: dict[str, int], site: Path) -> list[str]:
    """After the build: each file `move_back` kept that nothing wrote again (its change time is as
    it was) deleted, and folders left empty by that. Returns the paths deleted."""
    dropped = []
    for path, ctime in kept.items():
        try:
            if os.lstat(path).st_ctime_ns == ctime:
                os.unlink(path)
                dropped.append(path)
        except FileNotFoundError:
            pass
    top = str(site)
    for path in dropped:
        folder = os.path.dirname(path)
        while folder != top and folder.startswith(top + os.sep):
            try:
                os.rmdir(folder)
            except OSError:
                break
            folder = os.path.dirname(folder)
    return dropped


def _remove(path: Path) -> None:
    if path.is_symlink() or not path.is_dir():
        path.unlink()
    else:
        shutil.rmtree(path)
