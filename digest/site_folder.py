"""The last build's site folder kept through MkDocs' emptying of it, so that a build writes its
files over the old ones instead of deleting them all and making them again.

Making a file costs more than writing one that exists: on a file system that avoids reusing
the inodes it has just freed (ext4 without a journal skips those freed in the last minute), each
new file steps over every file deleted before it, and a build that deletes and remakes a few
thousand files pays for its own deletions and for those of the builds just before it.

`set_aside` moves the site folder's entries away just before MkDocs empties it (a rename, so only
on the same file system; hidden entries stay, as MkDocs leaves them). `move_back` moves back the
files the build will write again (its pages and static files, known once MkDocs has its list of
files) and deletes every other one; MkDocs then opens each of them and writes it anew, as it would
a new file. Each file moved back is dated to the first second of 1970 first, so that
`drop_unwritten`, at the build's end, knows and deletes any that nothing wrote again: the site
holds what a clean build makes. Nothing is written through a link: links, files with other names
(hard links in a snapshot), files another user owns and files whose permissions a new
file would not get are deleted, not kept."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

# a file moved back is dated here (1 s after the epoch); any write dates it to the present
_UNWRITTEN_NS = 1_000_000_000
# left in the site folder while its entries are aside: MkDocs deletes it when it empties the
# folder; found still there, the build does not empty it (`--dirty`), and everything goes back
MARK = "digest-site-set-aside"


def set_aside(site: Path, place: Path) -> Path | None:
    """The entries of `site` that MkDocs would delete moved into `place` (made anew), and `MARK`
    left in their stead. Returns `place`, or None when nothing was moved (no site folder, a link,
    another file system, `place` inside the site or the site inside it)."""
    try:
        if place.resolve().is_relative_to(site.resolve()) or site.resolve().is_relative_to(place.resolve()):
            return None
        if place.exists() or place.is_symlink():    # left by a build that was stopped
            _remove(place)
        if site.is_symlink() or not site.is_dir():
            return None
        names = [name for name in os.listdir(site) if not name.startswith(".")]
        if not names:
            return None
        place.parent.mkdir(parents=True, exist_ok=True)
        if os.stat(site).st_dev != os.stat(place.parent).st_dev:
            return None
        place.mkdir()
    except (OSError, RuntimeError, ValueError):
        return None
    try:
        for name in names:
            os.rename(site / name, place / name)
        (site / MARK).touch()
    except OSError:
        put_back(place, site)       # all or nothing: MkDocs empties the site as ever
        return None
    return place


def cleaned(site: Path) -> bool:
    """Whether MkDocs emptied the site folder since `set_aside` (it does, unless `--dirty`)."""
    return not os.path.lexists(site / MARK)


def move_back(place: Path, site: Path, keep: set[str], leave: frozenset[str] = frozenset()) -> list[str]:
    """The files of `place` whose paths (relative, with '/') are in `keep` moved back into `site`,
    every other file deleted; top-level entries named in `leave` stay in `place`. A file is kept
    only if it could be taken for a new one (`_writable_over`). Returns each kept file's path,
    for `drop_unwritten`."""
    euid = os.geteuid() if hasattr(os, "geteuid") else -1
    mode = 0o666 & ~_umask()
    kept: list[str] = []
    for path, rel in files_under(str(place), leave):
        try:
            if rel in keep and _writable_over(path, mode, euid):
                kept.append(rel)
            else:
                os.unlink(path)
        except OSError:     # left as MkDocs' emptying leaves what it cannot delete
            pass
    remove_empty_folders(str(place))
    # a name made since by someone else stays theirs; what stays in `place` goes with it at the end
    back = {name for name in os.listdir(place) if name not in leave and move_if_free(place / name, site / name)}
    return [str(site / rel) for rel in kept if rel.split("/", 1)[0] in back]


def _writable_over(path: str, mode: int, euid: int) -> bool:
    """Whether a file may be written over as if it were new: a regular file with no other name,
    this process's own, with a new file's permissions, once dated to 1970 (a file system that
    cannot store that date keeps nothing)."""
    st = os.lstat(path)
    if not (stat.S_ISREG(st.st_mode) and st.st_nlink == 1 and stat.S_IMODE(st.st_mode) == mode and st.st_uid == euid):
        return False
    os.utime(path, ns=(st.st_atime_ns, _UNWRITTEN_NS), follow_symlinks=False)
    return os.lstat(path).st_mtime_ns == _UNWRITTEN_NS


def put_back(place: Path, site: Path) -> None:
    """A build failed: the entries still set aside go back where nothing took their place (what
    `move_back` deleted is gone), and `place` is removed."""
    if place.is_dir() and not place.is_symlink():
        for name in os.listdir(place):
            move_if_free(place / name, site / name)
    shutil.rmtree(place, ignore_errors=True)
    try:
        (site / MARK).unlink()
    except OSError:
        pass


def drop_unwritten(kept: list[str], site: Path) -> list[str]:
    """After the build: each file `move_back` kept that nothing wrote again (still dated to 1970)
    deleted, and folders left empty by that. Returns the paths deleted."""
    dropped = []
    for path in kept:
        try:
            if os.lstat(path).st_mtime_ns == _UNWRITTEN_NS:
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


def files_under(top: str, leave: frozenset[str] = frozenset()):
    """(path, path relative to `top` with '/') of every file and link under `top`, links to
    folders included and not followed; top-level entries named in `leave` left out."""
    for folder, dirs, names in os.walk(top):
        if folder == top:
            dirs[:] = [d for d in dirs if d not in leave]
            names = [n for n in names if n not in leave]
        for name in names + [d for d in dirs if os.path.islink(os.path.join(folder, d))]:
            path = os.path.join(folder, name)
            yield path, os.path.relpath(path, top).replace(os.sep, "/")


def move_if_free(source: Path, dest: Path) -> bool:
    """`source` renamed to `dest` if nothing stands there; whether it was."""
    try:
        if os.path.lexists(dest):
            return False
        dest.parent.mkdir(parents=True, exist_ok=True)
        os.rename(source, dest)
        return True
    except OSError:
        return False


def remove_empty_folders(top: str) -> None:
    """Every empty folder under `top` (not `top` itself) removed, deepest first."""
    for folder, _, _ in os.walk(top, topdown=False):
        if folder != top and not os.listdir(folder):
            os.rmdir(folder)


def _umask() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o22)   # read by setting it (no other way before Linux 4.7)
    os.umask(mask)
    return mask


def _remove(path: Path) -> None:
    if path.is_symlink() or not path.is_dir():
        path.unlink()
    else:
        shutil.rmtree(path)
