"""Reading and writing entry files: front matter, validation with line numbers, fingerprints, atomic writes."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import ValidationError
from yaml.constructor import ConstructorError

from digest.schema import Entry, safe_url

MAX_ALIASES = 64
MAX_EXPANDED = 50_000      # values once aliases are expanded: what MkDocs plugins walk (a YAML bomb)
MAX_FRONT_MATTER = 256 * 1024
MAX_FLOW_DEPTH = 64        # PyYAML's scanner is quadratic in '[' / '{' nesting
FAST_PARSE_DEPTH = 100
_FENCE = re.compile(r"\A---[ \t]*\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL | re.MULTILINE)
_FINGERPRINT = re.compile(r"^(  fingerprint: )(sha256-[0-9a-f]{16})$", re.MULTILINE)
# Python type names as an editor knows them.
_TYPE_WORDS = {"str": "text", "int": "a number", "float": "a number", "bool": "true/false", "list": "a list",
               "dict": "a mapping", "NoneType": "empty", "date": "a date", "datetime": "a date and time"}


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
    node: yaml.Node | None = field(default=None, repr=False)   # the composed front matter, for line numbers

    def line(self, loc: tuple) -> int | None:
        """The file line of the front-matter value at `loc` (e.g. ("claims", 0, "quote"))."""
        return _line_of(self.node, loc)


class _SafeValues:
    """Reports values Python cannot hold (2026-02-30, a 5,000-digit number, `!!timestamp x`) as YAML
    errors, with their line."""

    def construct_object(self, node, deep=False):
        try:
            return yaml.constructor.BaseConstructor.construct_object(self, node, deep)
        except (yaml.YAMLError, RecursionError):
            raise
        except Exception as err:  # PyYAML's constructors raise what they meet ("!!timestamp x": AttributeError)
            value = " ".join(str(node.value).split())[:40]   # one line, whatever the scalar held
            if node.tag.endswith(":timestamp"):
                what = (f"'{value}' is not a real date" + (f" ({err})" if isinstance(err, ValueError) else "")
                        + "; write an ISO date such as 2026-06-19")
            else:
                what = f"value '{value}' cannot be read as a number; put it in quotes"
            raise _ValueProblem(None, None, what, node.start_mark) from None


class _ValueProblem(ConstructorError):
    pass


class _TooDeep(yaml.scanner.ScannerError):
    pass


class _PyLoader(_SafeValues, yaml.SafeLoader):
    def fetch_flow_collection_start(self, token_class):
        # PyYAML's scanner is quadratic in flow nesting: stop at the limit, wherever the brackets
        # stand (the estimate on the raw text, `_nesting`, can be led astray by quotes)
        if self.flow_level >= MAX_FLOW_DEPTH:
            raise _TooDeep(None, None, "nests lists or mappings too deeply", self.get_mark())
        super().fetch_flow_collection_start(token_class)


# libyaml parses about ten times faster than pure-Python PyYAML but recurses on the C stack,
# so deep nesting would crash the process: it only gets text whose nesting `_depth_bound` bounds.
_CLoader = type("_CLoader", (_SafeValues, yaml.CSafeLoader), {}) if hasattr(yaml, "CSafeLoader") else _PyLoader


_QUOTED = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"\\]|\\.)*\"")
# Where a block-context value starts: list dashes, a key, tags and anchors.
_VALUE_START = re.compile(r"\s*(?:-\s+)*(?:[^\s\[{][^:]*?:(?:\s+|$))?(?:[!&]\S*\s+)*")
_BLOCK_SCALAR = re.compile(r":\s+(?:[!&]\S*\s+)*[|>][-+0-9]*\s*$")
_COMMENT = re.compile(r"(?:^|\s)#.*$")


def _code(line: str) -> str:
    """A line without its quoted strings and its comment: what YAML reads as structure."""
    return _COMMENT.sub("", _QUOTED.sub("''", line))


def _depth_bound(fm: str) -> int:
    """An upper bound on how deep the front matter nests, whatever its quotes hold: a flow
    collection needs an opening bracket of its own, and a block collection an indent, a "- ",
    "? " or ": " on its line (a block sequence may share its key's column, so the real depth can
    reach about twice the line's count, far below what the C stack takes)."""
    block = 0
    for line in fm.split("\n"):
        rest = line.lstrip(" ")
        block = max(block, len(line) - len(rest) + rest.count("- ") + rest.count("? ") + rest.count(": "))
    return fm.count("[") + fm.count("{") + block


def _nesting(fm: str) -> int:
    """The depth of flow collections as written, counted on the raw text for a quick refusal.

    Brackets inside quoted strings, block scalars and plain values ("a lede [1] with [2] markers")
    open nothing, so they are not counted; a value that starts with "[" or "{" is a flow collection.
    Quotes that span lines can mislead it: the pure-Python scanner stops at the same depth anyway."""
    flow = max_flow = 0
    block_indent = None  # inside a "|" or ">" block scalar: the indent of the line that opened it
    for line in fm.split("\n"):
        indent = len(line) - len(line.lstrip(" "))
        if block_indent is not None:
            if not line.strip() or indent > block_indent:
                continue
            block_indent = None
        if flow == 0 and "[" not in line and "{" not in line:
            if ("|" in line or ">" in line) and _BLOCK_SCALAR.search(_code(line)):
                block_indent = indent
            continue
        code = _code(line)
        if flow == 0:
            rest = code[_VALUE_START.match(code).end():]
            counted = rest if rest.startswith(("[", "{")) else ""
        else:
            counted = code
        opens = counted.count("[") + counted.count("{")
        max_flow = max(max_flow, flow + opens)
        flow = max(0, flow + opens - counted.count("]") - counted.count("}"))
        if flow == 0 and _BLOCK_SCALAR.search(code):
            block_indent = indent
    return max_flow


def split_front_matter(text: str) -> tuple[str | None, str, int]:
    """(front matter YAML or None, body, line number of the body's first line)."""
    text = text.lstrip("\ufeff")
    m = _FENCE.match(text)
    if not m:
        return None, text, 1
    fm = m.group(1)
    return fm, text[m.end():], fm.count("\n") + 3


def _line_of(node: yaml.Node | None, loc: tuple) -> int | None:
    """The 1-based file line of the YAML node at `loc`; the nearest enclosing key when it is missing."""
    if node is None:
        return None
    best = node
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            found = next(((k, v) for k, v in node.value
                          if isinstance(k, yaml.ScalarNode) and k.value == str(key)), None)
            if not found:
                break
            best, node = found
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = best = node.value[key]
        else:
            break
    return best.start_mark.line + 2


def _alias_line(fm: str, nth: int) -> int:
    """The file line of the nth alias (the composed tree no longer says where aliases stood)."""
    count = 0
    for event in yaml.parse(fm, Loader=_PyLoader):
        if isinstance(event, yaml.AliasEvent):
            count += 1
            if count == nth:
                return event.start_mark.line + 2
    return 2


def _structure_problems(path: str, fm: str, root: yaml.Node) -> tuple[list[Problem], bool]:
    """Keys written twice, and aliases that would blow up whoever walks the values (a "billion laughs"
    bomb), walking each node once. The flag is True when the values must not be built at all."""
    problems: list[Problem] = []
    seen: set[int] = set()
    aliases = 0
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:  # an alias: the composer hands back the anchored node itself
            aliases += 1
            if aliases > MAX_ALIASES:
                return [Problem(path, _alias_line(fm, MAX_ALIASES + 1),
                                f"front matter repeats anchored values more than {MAX_ALIASES} times "
                                "(YAML aliases); write the values out")], True
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            first: dict[str, int] = {}
            for k, v in node.value:
                if isinstance(k, yaml.ScalarNode):
                    line = k.start_mark.line + 2
                    if k.value in first:
                        problems.append(Problem(path, line, f"key '{k.value}' is written twice (first on line "
                                                            f"{first[k.value]}); keep one"))
                    first.setdefault(k.value, line)
            stack.extend(n for pair in reversed(node.value) for n in reversed(pair))  # document order
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(reversed(node.value))
    size = _expanded_size(root) if aliases else 0
    if size is None:
        return [Problem(path, _alias_line(fm, 1), "front matter contains itself through a YAML alias; "
                                                  "write the values out")], True
    if size > MAX_EXPANDED:
        return [Problem(path, _alias_line(fm, 1), f"front matter expands to more than {MAX_EXPANDED:,} values "
                                                  "through YAML aliases; write the values out")], True
    return problems, False


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    return list(node.value) if isinstance(node, yaml.SequenceNode) else []


def _expanded_size(root: yaml.Node) -> int | None:
    """How many values the front matter holds with aliases expanded (capped), or None when it contains itself."""
    size: dict[int, int] = {}
    active: set[int] = set()
    stack = [(root, False)]
    while stack:
        node, done = stack.pop()
        if done:
            active.discard(id(node))
            size[id(node)] = min(MAX_EXPANDED + 1, 1 + sum(size[id(k)] for k in _children(node)))
            continue
        if id(node) in size:
            continue
        active.add(id(node))
        stack.append((node, True))
        for kid in _children(node):
            if id(kid) in active:
                return None
            if id(kid) not in size:
                stack.append((kid, False))
    return size[id(root)]


def _yaml_problem(path: str, fm: str, err: Exception) -> Problem:
    if isinstance(err, _ValueProblem):
        return Problem(path, err.problem_mark.line + 2, err.problem)
    if isinstance(err, yaml.reader.ReaderError):
        line = fm[:err.position].count("\n") + 2
        return Problem(path, line, f"front matter holds a control character (#x{err.character:04x}) "
                                   "that YAML does not allow; delete it")
    mark = getattr(err, "problem_mark", None)
    context = getattr(err, "context", None) or ""
    problem = getattr(err, "problem", None) or str(err).splitlines()[0]
    # For something never closed, the line that opened it is the one to fix.
    if context.startswith(("while scanning a quoted", "while parsing a flow")) and err.context_mark:
        mark = err.context_mark
    line = mark.line + 2 if mark is not None else 2
    if "'\\t'" in problem or "tab character" in problem:
        return Problem(path, line, "front matter is indented with a tab; YAML needs spaces")
    tag = re.search(r"constructor for the tag '([^']*)'", problem)
    if tag:
        return Problem(path, line, f"front matter uses the YAML tag '{tag.group(1)}', which entries do not allow; "
                                   "remove it")
    if context.startswith("while scanning a quoted"):
        return Problem(path, line, "front matter has a quote that is never closed; close it on the same line")
    if context.startswith("while parsing a flow"):
        return Problem(path, line, "front matter has a '[' or '{' that is never closed; close it")
    reason = f"{context}, {problem}" if context else problem
    return Problem(path, line, f"front matter is not valid YAML ({reason}); check quotes and indentation")


def load_front_matter(path: str, fm: str) -> tuple[object, yaml.Node | None, list[Problem]]:
    """Safely load front matter: (data, composed node, problems). Never raises, whatever the text."""
    if len(fm) > MAX_FRONT_MATTER:
        return None, None, [Problem(path, 2, f"front matter is over {MAX_FRONT_MATTER // 1024} KB; "
                                             "keep long text in the body")]
    if _nesting(fm) > MAX_FLOW_DEPTH:
        return None, None, [Problem(path, 2, "front matter nests lists or mappings too deeply; flatten it")]
    try:
        loader = (_CLoader if _depth_bound(fm) <= FAST_PARSE_DEPTH else _PyLoader)(fm)
    except yaml.YAMLError as err:  # the pure-Python reader checks every character up front
        return None, None, [_yaml_problem(path, fm, err)]
    try:
        node = loader.get_single_node()
        if node is None:
            return None, None, []
        problems, fatal = _structure_problems(path, fm, node)
        if fatal:
            return None, node, problems
        return loader.construct_document(node), node, problems
    except _TooDeep as err:
        return None, None, [Problem(path, err.problem_mark.line + 2,
                                    "front matter nests lists or mappings too deeply; flatten it")]
    except yaml.YAMLError as err:
        return None, None, [_yaml_problem(path, fm, err)]
    except RecursionError:
        return None, None, [Problem(path, 2, "front matter nests lists or mappings too deeply; flatten it")]
    finally:
        loader.dispose()


def _type_word(value) -> str:
    return _TYPE_WORDS.get(type(value).__name__, type(value).__name__)


def _hint(err: dict) -> str:
    """One error from pydantic as an editor reads it: where, what is wrong, what to write instead."""
    loc = ".".join(str(p) for p in err["loc"])
    msg = err["msg"]
    if msg.startswith("Value error, "):
        msg = msg[len("Value error, "):]
    kind = err.get("type", "")
    got = err.get("input")
    if kind == "missing":
        return f"{loc}: required field is missing; add it (see the Contributing page)"
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return f"{loc}: must be a mapping of fields (indented 'key: value' lines), not {_type_word(got)}"
    if kind == "list_type":
        return f"{loc}: must be a list (YAML '- item' lines), not {_type_word(got)}"
    if kind == "string_type":
        return f"{loc}: must be text, not {_type_word(got)}; put it in quotes"
    if kind == "string_too_short":
        return f"{loc}: must not be empty"
    if kind in ("bool_type", "bool_parsing"):
        return f"{loc}: must be true or false, not '{str(got)[:40]}'"
    if kind in ("int_type", "int_parsing", "float_type", "float_parsing"):
        return f"{loc}: must be a number, not '{str(got)[:40]}'"
    if kind == "extra_forbidden":
        return f"{loc}: unknown field here; remove it"
    if kind == "invalid_key":
        return f"{loc}: field names must be text; put the name in quotes"
    return f"{loc}: {msg}"


def parse_entry(path: str | Path, text: str | None = None) -> ParsedEntry:
    """Parse and validate one entry; problems are returned, never raised."""
    path = str(path)
    if text is None:
        try:
            data = Path(path).read_bytes()
        except OSError as err:
            return ParsedEntry(path, {}, "", 1, None, [Problem(path, None, f"cannot read: {err.strerror or err}")])
        try:
            text = data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
        except UnicodeDecodeError as err:
            line = data[:err.start].count(b"\n") + 1
            return ParsedEntry(path, {}, "", 1, None, [Problem(
                path, line, f"not UTF-8 text (byte 0x{data[err.start]:02x}); save the file as UTF-8")])
    fm, body, body_line = split_front_matter(text)
    if fm is None:
        if re.match(r"\A\ufeff?---[ \t]*\n", text):
            msg = "front matter has no closing '---' line; add one after the last field"
        else:
            msg = "no front matter; start the file with '---', title, date and source.publisher, then '---'"
        return ParsedEntry(path, {}, body, 1, None, [Problem(path, 1, msg)])
    meta, node, problems = load_front_matter(path, fm)
    if meta is None and problems:
        return ParsedEntry(path, {}, body, body_line, None, problems, node)
    if not isinstance(meta, dict):
        return ParsedEntry(path, {}, body, body_line, None, problems + [
            Problem(path, 2, "front matter must be a mapping (key: value lines) with title, date and source")], node)
    try:
        entry = Entry.model_validate(meta)
    except ValidationError as err:
        entry = None
        problems += [Problem(path, _line_of(node, e["loc"]), _hint(e)) for e in err.errors()]
    return ParsedEntry(path, meta, body, body_line, entry, problems, node)


# --- writing -----------------------------------------------------------------------------------

# libyaml's emitter when the wheel has it (it is about ten times faster); both write the same text
class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):
    def ignore_aliases(self, data):
        return True  # entries never hold anchors: a reader sees every value written out


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
    """The file text for a generated entry, with its fingerprint filled in and source URLs made safe."""
    meta = dict(meta)
    if isinstance(meta.get("source"), dict):
        source = meta["source"] = dict(meta["source"])
        if "url" in source:
            source["url"] = safe_url(source["url"])
        if isinstance(source.get("also"), list):
            source["also"] = [dict(a, url=safe_url(a.get("url"))) if isinstance(a, dict) and "url" in a else a
                              for a in source["also"]]
    meta["generated"] = dict(meta.get("generated") or {}, fingerprint="sha256-" + "0" * 16)
    text = "---\n" + dump_front_matter(meta) + "---\n\n" + body
    fp = fingerprint(text)
    return _FINGERPRINT.sub(lambda m: m.group(1) + fp, text, count=1)


def is_hand_edited(text: str) -> bool:
    """True when a generated file was changed since it was written (or was never generated)."""
    m = _FINGERPRINT.search(text)
    return not m or m.group(2) != fingerprint(text)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_TEMP = re.compile(r"^\..+\.md\.(?:(\d+)\.)?[^.]+\.tmp$")
_OLD_TEMP_AGE = 600   # seconds: a temp file without a process id is from an older, finished run


def _temp_file(path: Path) -> tuple[int, str]:
    """A private temp file beside `path`, named with this process's id so a later run can tell
    whether the writer is still alive."""
    return tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)


def _fill(fd: int, tmp: str, text: str) -> None:
    # mkstemp makes the file private (0600); an entry gets the usual mode, like any new file.
    os.chmod(tmp, 0o666 & ~_umask())
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())


def _discard(tmp: str) -> None:
    try:
        os.unlink(tmp)
    except OSError:
        pass


def atomic_write(path: Path, text: str) -> None:
    """Write via a temp file in the same folder and rename: readers see the old file or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = _temp_file(path)
    try:
        _fill(fd, tmp, text)
        os.replace(tmp, path)
    except BaseException:
        _discard(tmp)
        raise


def create_exclusive(path: Path, text: str) -> bool:
    """Write a new file only if no file has that name; False when one does (another run may have
    just taken the name). The file appears whole: written aside, then hard-linked into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = _temp_file(path)
    try:
        _fill(fd, tmp, text)
        try:
            os.link(tmp, path)
        except FileExistsError:
            return False
        except OSError:  # a file system without hard links: claim the name, then fill it
            try:
                os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666 & ~_umask()))
            except FileExistsError:
                return False
            os.replace(tmp, path)
        return True
    finally:
        _discard(tmp)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def remove_stale_temps(folder: Path) -> list[Path]:
    """Delete temp files a killed run left behind (their process is gone); returns what was removed."""
    removed = []
    if not folder.is_dir():
        return removed
    now = time.time()
    for p in folder.rglob(".*.tmp"):
        m = _TEMP.match(p.name)
        if not m or not p.is_file():
            continue
        try:
            stale = not _alive(int(m.group(1))) if m.group(1) else now - p.stat().st_mtime > _OLD_TEMP_AGE
            if stale:
                p.unlink()
                removed.append(p)
        except OSError:
            continue
    return removed
