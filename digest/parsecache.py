"""Parsed and validated entries kept between builds, keyed by what decides the result.

A cached entry is the plugin's `EntryInfo` for one file; it is used only when the file's bytes,
the knowledge in site_config/, the package's code and the parsing libraries' versions are all
what they were when it was stored. The cache is one SQLite file, `kept.sqlite`, in
`.cache/digest/<fingerprint>/` beside mkdocs.yml; a value that cannot be read is ignored and
written again, a file SQLite finds damaged is set aside and made anew, and one that cannot be
written (read-only, busy) costs speed only. Only entries that passed every check
are stored: a problem is reported again on every build (some depend on the day).

Beside them, what the last `mkdocs build` made, each used only under the key it was stored with
(the plugin says what each key covers): each entry's Markdown as HTML (`_reuse_render`), each
entry's claims with their panels and claims.json lines (`_claims_block`), what search took from
each page (`_stored_search_items`), the generated pages (`_kept_generated_pages`) and the search
bundle's files (`digest.search_bundle.build_bundle`).
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import re
import shutil
import sqlite3
import sys
import threading
from collections import Counter
from functools import lru_cache
from importlib import metadata
from pathlib import Path

import digest
from digest.sitedata import EntryInfo

CACHE_DIR = Path(".cache") / "digest"
DB_FILE = "kept.sqlite"
# the kinds of value kept, each one per page (the generated pages: one for them all)
ENTRIES = "entries"   # parsed entries
RENDERS = "renders"   # entries' Markdown as HTML
BLOCKS = "claims"     # entries' claims with their panels (HTML) and their claims.json lines
SEARCH = "search"     # what Material's search took from each page
PAGES = "generated"   # the generated pages' Markdown and HTML
BUNDLE = "pagefind"   # the search bundle's files
_FOLDER = re.compile(r"[0-9a-f]{20}")

# What a cache file may hold: the EntryInfo and the values YAML front matter can produce, and a
# generated page's parts (Markdown and HTML strings).
_ALLOWED = {("digest.sitedata", "EntryInfo"), ("datetime", "date"), ("datetime", "datetime"),
            ("datetime", "timezone"), ("datetime", "timedelta"), ("builtins", "set"),
            ("builtins", "frozenset"), ("builtins", "bytes"), ("digest.pages.links", "PageParts")}


class _EntryUnpickler(pickle.Unpickler):
    """Builds only the types a cache file may hold (`_ALLOWED`): data, never code to run."""

    def find_class(self, module: str, name: str):
        if (module, name) not in _ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not part of a cached entry")
        return super().find_class(module, name)


# Libraries whose results end up in a parsed entry (front matter, the schema, claims found in a body).
LIBRARIES = ("PyYAML", "pydantic", "pydantic-core", "regex", "dateparser", "ftfy", "charset-normalizer",
             "trafilatura", "lxml")


def package_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "-"


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """The package's version and the bytes of its modules, Python's and the parsing libraries'
    versions: a changed parser invalidates the cache."""
    versions = " ".join(f"{name}={package_version(name)}" for name in LIBRARIES)
    h = hashlib.sha256(f"{digest.__version__} {sys.version_info[:3]} {versions}".encode())
    pkg = Path(digest.__file__).resolve().parent
    for path in sorted(pkg.rglob("*.py")):
        h.update(path.relative_to(pkg).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def knowledge_fingerprint(config_dir: Path) -> str:
    """The bytes of every YAML file the knowledge is loaded from."""
    h = hashlib.sha256()
    for path in sorted(Path(config_dir).glob("*.y*ml")):
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def _is_damage(err: BaseException) -> bool:
    """Whether SQLite says the file is damaged or is no database, not merely busy or read-only."""
    code = getattr(err, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


class ParseCache:
    """Cached entries of one project under `root/.cache/digest/`, for one knowledge and code.

    Every value is kept in one SQLite file of the fingerprint's folder (`kept.sqlite`), one row per
    (kind, page): a file per value cost a file creation each, the slowest part of a first build."""

    def __init__(self, root: Path, config_dir: Path) -> None:
        fingerprint = hashlib.sha256((code_fingerprint() + knowledge_fingerprint(config_dir)).encode())
        self.base = Path(root) / CACHE_DIR
        self.folder = self.base / fingerprint.hexdigest()[:20]
        self.hits = self.misses = 0
        self.stored: Counter = Counter()     # values written, by kind
        self.made_for: tuple = ()
        self._db: sqlite3.Connection | None = None
        self._unusable = self._no_writes = False
        self._lock = threading.Lock()        # `mkdocs serve` rebuilds in another thread

    @staticmethod
    def key(data: bytes, src: str, shown: str) -> bytes:
        """What an entry's result depends on besides knowledge and code: its bytes and its names."""
        return hashlib.sha256(data + b"\0" + src.encode() + b"\0" + shown.encode()).digest()

    def get(self, src: str, key: bytes) -> EntryInfo | None:
        """The stored entry for `src` if it was stored under `key`; None otherwise (or unreadable)."""
        info = self._load(ENTRIES, src, key)
        if not isinstance(info, EntryInfo):
            self.misses += 1
            return None
        self.hits += 1
        return info

    def put(self, src: str, key: bytes, info: EntryInfo) -> None:
        """Store (a reader sees the old value or the new one); a failed write only costs a parse."""
        self._store(ENTRIES, src, key, info)

    def get_render(self, src: str, key: bytes) -> tuple | None:
        """An entry's Markdown as HTML, stored by a build whose Markdown, URL and extensions were `key`."""
        value = self._load(RENDERS, src, key)
        return value if isinstance(value, tuple) else None

    def put_render(self, src: str, key: bytes, value: tuple) -> None:
        self._store(RENDERS, src, key, value)

    def get_pages(self, key: bytes) -> dict | None:
        """The generated pages of the last build, src -> (what each shows, digested; its PageParts)."""
        value = self._load(PAGES, "", key)
        return value if isinstance(value, dict) else None

    def put_pages(self, key: bytes, pages: dict) -> None:
        self._store(PAGES, "", key, pages)

    def get_block(self, src: str, key: bytes) -> tuple[str, list[bytes]] | None:
        """An entry's claims block (HTML) and its claims' lines of claims.json, stored under `key`."""
        value = self._load(BLOCKS, src, key)
        if (isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], str)
                and isinstance(value[1], list) and all(isinstance(line, bytes) for line in value[1])):
            return value
        return None

    def put_block(self, src: str, key: bytes, block: str, lines: list[bytes]) -> None:
        self._store(BLOCKS, src, key, (block, lines))

    def get_search(self, src: str, key: bytes) -> list | None:
        """A page's items in each search index (one list per search plugin), stored under `key`."""
        value = self._load(SEARCH, src, key)
        return value if isinstance(value, list) and all(isinstance(v, list) for v in value) else None

    def put_search(self, src: str, key: bytes, items: list) -> None:
        self._store(SEARCH, src, key, items)

    def get_bundle(self, key: bytes) -> dict[str, bytes] | None:
        """The search bundle's files (path within it -> bytes), made from the pages `key` digests."""
        value = self._load(BUNDLE, "", key)
        if isinstance(value, dict) and all(isinstance(k, str) and isinstance(v, bytes) for k, v in value.items()):
            return value
        return None

    def put_bundle(self, key: bytes, files: dict[str, bytes]) -> None:
        self._store(BUNDLE, "", key, files)

    def stored_keys(self, kind: str) -> dict[str, bytes]:
        """Every page with a value of one kind, and the key it is stored under (values not read)."""
        db = self._connect(create=False)
        if db is None:
            return {}
        try:
            with self._lock:
                return dict(db.execute("SELECT src, key FROM kept WHERE kind = ?", (kind,)).fetchall())
        except sqlite3.Error as err:
            self._damaged(err)
            return {}

    def _load(self, kind: str, src: str, key: bytes):
        db = self._connect(create=False)
        if db is None:
            return None
        try:
            with self._lock:
                row = db.execute("SELECT key, value FROM kept WHERE kind = ? AND src = ?", (kind, src)).fetchone()
        except sqlite3.Error as err:
            self._damaged(err)
            return None
        if row is None or row[0] != key:
            return None
        try:
            return _EntryUnpickler(io.BytesIO(row[1])).load()
        except Exception:  # a damaged or foreign value is no entry: parse again, and rewrite it
            return None

    def _store(self, kind: str, src: str, key: bytes, value) -> None:
        try:
            data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        except (pickle.PicklingError, TypeError, AttributeError):
            return
        db = self._connect(create=True)
        if db is None or self._no_writes:
            return
        try:
            with self._lock:
                db.execute("INSERT OR REPLACE INTO kept (kind, src, key, value) VALUES (?, ?, ?, ?)",
                           (kind, src, key, data))
            self.stored[kind] += 1
        except sqlite3.Error as err:
            # another build held the file for seconds, or the disk is full: this build stores no more
            self._no_writes = True
            self._damaged(err)

    def _connect(self, create: bool) -> sqlite3.Connection | None:
        """The folder's SQLite file, opened once; made if `create`. A file SQLite finds damaged is
        set aside (`kept.sqlite.damaged`) and made again; a file or folder that cannot be opened or
        written (read-only, locked, no room) keeps nothing for this build (speed only)."""
        if self._db is not None or self._unusable:
            return self._db
        path = self.folder / DB_FILE
        if not create and not path.is_file():
            return None
        for attempt in range(2):
            db = None
            try:
                if not self.folder.is_dir():
                    self._start_folder()
                db = sqlite3.connect(path, timeout=2.0, isolation_level=None, check_same_thread=False)
                # WAL: a build reading while another writes; NORMAL: no disk sync per value (a cache)
                db.execute("PRAGMA journal_mode = WAL")
                db.execute("PRAGMA synchronous = NORMAL")
                db.execute("CREATE TABLE IF NOT EXISTS kept (kind TEXT NOT NULL, src TEXT NOT NULL, key BLOB NOT NULL,"
                           " value BLOB NOT NULL, PRIMARY KEY (kind, src)) WITHOUT ROWID")
                db.execute("SELECT count(*) FROM kept WHERE kind = ''").fetchone()
                self._db = db
                return db
            except (sqlite3.Error, OSError) as err:
                if db is not None:
                    db.close()
                if attempt == 0 and _is_damage(err) and self._set_aside(path):
                    continue
                break
        self._unusable = True
        return None

    def _damaged(self, err: sqlite3.Error) -> None:
        """A value SQLite could not read because the file is damaged: the file is set aside when
        this build lets it go, and the next one starts a new file."""
        if _is_damage(err) and self._db is not None:
            self.close()
            self._set_aside(self.folder / DB_FILE)
            self._unusable = True

    @staticmethod
    def _set_aside(path: Path) -> bool:
        try:
            os.replace(path, path.with_name(path.name + ".damaged"))
        except OSError:
            return False
        for suffix in ("-wal", "-shm"):     # the damaged file's journal, never another file's
            try:
                Path(str(path) + suffix).unlink(missing_ok=True)
            except OSError:
                pass
        return True

    def close(self) -> None:
        """Write what was stored into the file itself (SQLite's checkpoint) and let it go; the
        next build opens it again (after a lock or a full disk, it may well work then)."""
        with self._lock:
            if self._db is not None:
                try:
                    self._db.close()
                except sqlite3.Error:
                    pass
                self._db = None
            self._unusable = self._no_writes = False

    def _start_folder(self) -> None:
        """A new fingerprint: the folders of older knowledge or code can never be used again."""
        self.folder.mkdir(parents=True, exist_ok=True)
        gitignore = self.base / ".gitignore"
        if not gitignore.exists():
            gitignore.write_text("# written by the digest plugin: parsed entries, safe to delete\n*\n", encoding="utf-8")
        for old in self.base.iterdir():
            if old != self.folder and old.is_dir() and _FOLDER.fullmatch(old.name):
                shutil.rmtree(old, ignore_errors=True)
