"""Parsed and validated entries kept between builds, keyed by what decides the result.

A cached entry is the plugin's `EntryInfo` for one file; it is used only when the file's bytes,
the knowledge in site_config/, the package's code and the parsing libraries' versions are all
what they were when it was stored. One small file per entry under `.cache/digest/<fingerprint>/` beside mkdocs.yml,
written atomically; a file that cannot be read is ignored and rewritten. Only entries that passed
every check are stored: a problem is reported again on every build (some depend on the day).

Beside them, what the last `mkdocs build` made, each used only under the key it was stored with
(the plugin says what each key covers): `renders/` each entry's Markdown as HTML (`_reuse_render`),
`claims/` each entry's claims with their panels (`_claims_block`), `generated/` the generated pages
(`_kept_generated_pages`) and `pagefind/` the search bundle (`digest.search_bundle.build_bundle`).
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import re
import shutil
import sys
import tempfile
from functools import lru_cache
from importlib import metadata
from pathlib import Path

import digest
from digest.sitedata import EntryInfo

CACHE_DIR = Path(".cache") / "digest"
RENDERS = "renders"   # entries' Markdown as HTML, beside the parsed entries
BLOCKS = "claims"     # entries' claims with their panels (HTML) and their claims.json lines
SEARCH = "search"     # what Material's search took from each page
PAGES = Path("generated") / "pages.pickle"   # the generated pages' Markdown and HTML
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


class ParseCache:
    """Cached entries of one project under `root/.cache/digest/`, for one knowledge and code."""

    def __init__(self, root: Path, config_dir: Path) -> None:
        fingerprint = hashlib.sha256((code_fingerprint() + knowledge_fingerprint(config_dir)).encode())
        self.base = Path(root) / CACHE_DIR
        self.folder = self.base / fingerprint.hexdigest()[:20]
        self.hits = self.misses = 0
        self.made_for: tuple = ()

    def _file(self, src: str, under: str = "") -> Path:
        return self.folder / under / (hashlib.sha256(src.encode("utf-8")).hexdigest()[:32] + ".pickle")

    @staticmethod
    def key(data: bytes, src: str, shown: str) -> bytes:
        """What an entry's result depends on besides knowledge and code: its bytes and its names."""
        return hashlib.sha256(data + b"\0" + src.encode() + b"\0" + shown.encode()).digest()

    def get(self, src: str, key: bytes) -> EntryInfo | None:
        """The stored entry for `src` if it was stored under `key`; None otherwise (or unreadable)."""
        info = self._load(self._file(src), key)
        if not isinstance(info, EntryInfo):
            self.misses += 1
            return None
        self.hits += 1
        return info

    def put(self, src: str, key: bytes, info: EntryInfo) -> None:
        """Store atomically (a reader sees the old file or the new one); a failed write only costs a parse."""
        self._store(self._file(src), key, info)

    def get_render(self, src: str, key: bytes) -> tuple | None:
        """An entry's Markdown as HTML, stored by a build whose Markdown, URL and extensions were `key`."""
        value = self._load(self._file(src, RENDERS), key)
        return value if isinstance(value, tuple) else None

    def put_render(self, src: str, key: bytes, value: tuple) -> None:
        self._store(self._file(src, RENDERS), key, value)

    def get_pages(self, key: bytes) -> dict | None:
        """The generated pages of the last build, src -> (what each shows, digested; its PageParts)."""
        value = self._load(self.folder / PAGES, key)
        return value if isinstance(value, dict) else None

    def put_pages(self, key: bytes, pages: dict) -> None:
        self._store(self.folder / PAGES, key, pages)

    def get_block(self, src: str, key: bytes) -> tuple[str, list[bytes]] | None:
        """An entry's claims block (HTML) and its claims' lines of claims.json, stored under `key`."""
        value = self._load(self._file(src, BLOCKS), key)
        if (isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], str)
                and isinstance(value[1], list) and all(isinstance(line, bytes) for line in value[1])):
            return value
        return None

    def put_block(self, src: str, key: bytes, block: str, lines: list[bytes]) -> None:
        self._store(self._file(src, BLOCKS), key, (block, lines))

    def get_search(self, src: str, key: bytes) -> list | None:
        """A page's items in each search index (one list per search plugin), stored under `key`."""
        value = self._load(self._file(src, SEARCH), key)
        return value if isinstance(value, list) and all(isinstance(v, list) for v in value) else None

    def put_search(self, src: str, key: bytes, items: list) -> None:
        self._store(self._file(src, SEARCH), key, items)

    @staticmethod
    def _load(path: Path, key: bytes):
        try:
            raw = path.read_bytes()
        except OSError:
            return None
        try:
            stored_key, value = _EntryUnpickler(io.BytesIO(raw)).load()
        except Exception:  # a truncated or foreign file is no entry: parse again, and rewrite it
            return None
        return value if stored_key == key else None

    def _store(self, path: Path, key: bytes, value) -> None:
        try:
            if not path.parent.is_dir():
                if not self.folder.is_dir():
                    self._start_folder()
                path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".pickle")
            try:
                with os.fdopen(fd, "wb") as out:
                    pickle.dump((key, value), out, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(tmp, path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except (OSError, pickle.PicklingError, TypeError, AttributeError):
            pass

    def place(self, name: str) -> Path:
        """A path in this cache's folder for other things kept between builds. The folder is made
        when needed, and then the folders of older fingerprints are removed (`_start_folder`)."""
        if not self.folder.is_dir():
            self._start_folder()
        return self.folder / name

    def _start_folder(self) -> None:
        """A new fingerprint: the folders of older knowledge or code can never be used again."""
        self.folder.mkdir(parents=True, exist_ok=True)
        gitignore = self.base / ".gitignore"
        if not gitignore.exists():
            gitignore.write_text("# written by the digest plugin: parsed entries, safe to delete\n*\n", encoding="utf-8")
        for old in self.base.iterdir():
            if old != self.folder and old.is_dir() and _FOLDER.fullmatch(old.name):
                shutil.rmtree(old, ignore_errors=True)
