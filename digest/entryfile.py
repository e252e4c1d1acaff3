"""Reading and writing entry files: front matter + Markdown body, validation with line numbers,
fingerprints that tell generated files from hand-edited ones, and atomic writes."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import ValidationError

from digest.schema import Entry

MAX_ALIASES = 64
_FENCE = re.compile(r"\A---[ \t]*\n(.*?)^---[ \t]*\n?", re.DOTALL | re.MULTILINE)
_FINGERPRINT = re.compile(r"^(  fingerprint: )(sha256-[0-9a-f]{16})$", re.MULTILINE)


@dataclass
class Problem:
    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line or 1}: {self.message}"


@dataclass
class ParsedEntry:
    path: str
    meta: dict
    body: str
    body_line: int           # line number where the body starts
    entry: Entry | None
    problems: list[Problem]


def split_front_matter(text: str) -> tuple[str | None, str, int]:
    """(front matter YAML or None, body, line number of the body's first line)."""
    text = text.lstrip("\ufeff")
    m = _FENCE.match(text)
    if not m:
        return None, text, 1
    fm = m.group(1)
    return fm, text[m.end():], fm.count("\n") + 3


def _line_of(fm: str, loc: tuple) -> int | None:
    """The 1-based line (within the file) of the YAML node at `loc`, by walking the composed tree."""
    try:
        node = yaml.compose(fm, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None
    best = node
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            found = None
            for k, v in node.value:
                if k.value == str(key):
                    found = (k, v)
                    break
            if not found:
                break
            best, node = found[0], found[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
            best = node
        else:
            break
    return best.start_mark.line + 2 if best is not None else None


def _count_aliases(fm: str) -> int:
    count = 0
    for event in yaml.parse(fm, Loader=yaml.SafeLoader):
        if isinstance(event, yaml.AliasEvent):
            count += 1
            if count > MAX_ALIASES:
                break
    return count


def _hint(err: dict) -> str:
    loc = ".".join(str(p) for p in err["loc"])
    msg = err["msg"]
    if msg.startswith("Value error, "):
        msg = msg[len("Value error, "):]
    kind = err.get("type", "")
    if kind == "missing":
        return f"{loc}: required field is missing; add it (see CONTRIBUTING in the site's guide)"
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return f"{loc}: must be a mapping of fields, not {type(err.get('input')).__name__}"
    if kind == "list_type":
        return f"{loc}: must be a list (YAML '- item' lines), not {type(err.get('input')).__name__}"
    return f"{loc}: {msg}"


def parse_entry(path: str | Path, text: str | None = None) -> ParsedEntry:
    """Parse and validate one entry; problems are returned, never raised."""
    path = str(path)
    if text is None:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            return ParsedEntry(path, {}, "", 1, None, [Problem(path, None, f"cannot read as UTF-8 text: {err}")])
    fm, body, body_line = split_front_matter(text)
    if fm is None:
        return ParsedEntry(path, {}, body, 1, None, [
            Problem(path, 1, "no front matter; start the file with '---', title, date and source.publisher, then '---'")])
    try:
        if _count_aliases(fm) > MAX_ALIASES:
            return ParsedEntry(path, {}, body, body_line, None, [
                Problem(path, 2, f"front matter uses more than {MAX_ALIASES} YAML aliases; write values out")])
        meta = yaml.safe_load(fm)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 2
        problem = getattr(err, "problem", None) or str(err).splitlines()[0]
        return ParsedEntry(path, {}, body, body_line, None, [
            Problem(path, line, f"front matter is not valid YAML ({problem}); check quotes and indentation")])
    if not isinstance(meta, dict):
        return ParsedEntry(path, {}, body, body_line, None, [
            Problem(path, 2, "front matter must be a mapping (key: value lines)")])
    try:
        entry = Entry.model_validate(meta)
        problems = []
    except ValidationError as err:
        entry = None
        problems = [Problem(path, _line_of(fm, e["loc"]), _hint(e)) for e in err.errors()]
    return ParsedEntry(path, meta, body, body_line, entry, problems)


# --- writing -----------------------------------------------------------------------------------

class _Dumper(yaml.SafeDumper):
    pass


def _str_presenter(dumper, data):
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(str, _str_presenter)


def dump_front_matter(meta: dict) -> str:
    return yaml.dump(meta, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100000,
                     default_flow_style=False)


def fingerprint(text: str) -> str:
    blanked = _FINGERPRINT.sub(r"\g<1>", text)
    return "sha256-" + hashlib.sha256(blanked.encode("utf-8")).hexdigest()[:16]


def render_entry(meta: dict, body: str) -> str:
    """The file text for a generated entry, with its fingerprint filled in."""
    meta = dict(meta)
    meta["generated"] = dict(meta.get("generated") or {}, fingerprint="sha256-" + "0" * 16)
    text = "---\n" + dump_front_matter(meta) + "---\n\n" + body
    fp = fingerprint(text)
    return _FINGERPRINT.sub(lambda m: m.group(1) + fp, text, count=1)


def is_hand_edited(text: str) -> bool:
    """True when a generated file was changed since it was written (or was never generated)."""
    m = _FINGERPRINT.search(text)
    return not m or m.group(2) != fingerprint(text)


def atomic_write(path: Path, text: str) -> None:
    """Write via a temp file in the same folder and rename: readers see the old file or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
