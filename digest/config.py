"""Loading the editable knowledge in `site_config/`: entities, attributes and source profiles."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml


@dataclass(frozen=True)
class Entity:
    name: str
    kind: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Attribute:
    name: str
    family: str
    type: str
    unit: str | None = None
    synonyms: tuple[str, ...] = ()
    values: tuple[tuple[str, tuple[str, ...]], ...] = ()
    pattern: str | None = None
    relative_to: bool = False
    subject: str = "nearest"   # "first": the sentence's first entity (an investor), else the nearest


@dataclass(frozen=True)
class Provenance:
    pattern: re.Pattern
    said_by: str
    page: bool = False   # the line speaks of the whole page ("This review is written by an AI agent")


@dataclass(eq=False)
class Knowledge:
    """Everything the converter and the linker know that editors may change."""

    entities: list[Entity] = field(default_factory=list)
    families: list[str] = field(default_factory=list)
    attributes: list[Attribute] = field(default_factory=list)
    publishers: dict[str, str] = field(default_factory=dict)  # lower-cased name or alias -> name
    attribution: list[re.Pattern] = field(default_factory=list)
    stamps: list[re.Pattern] = field(default_factory=list)
    boilerplate: list[re.Pattern] = field(default_factory=list)
    inline_boilerplate: list[re.Pattern] = field(default_factory=list)
    provenance: list[Provenance] = field(default_factory=list)
    furniture: dict[str, list[re.Pattern]] = field(default_factory=dict)  # page-furniture shapes by kind
    terms: dict = field(default_factory=dict)   # attributes.yml `open_terms`: words that name open attributes
    grammar: dict = field(default_factory=dict)  # languages.yml `grammar`: function words by role, all languages
    grounding: dict = field(default_factory=dict)  # attributes.yml `grounding`: words that check a claim's quote
    relations: list = field(default_factory=list)  # attributes.yml `relations`: qualitative facts by cue phrases
    relation_words: dict = field(default_factory=dict)  # attributes.yml `relation_words`: hedges

    def attribute(self, name: str) -> Attribute | None:
        for attr in self.attributes:
            if attr.name == name:
                return attr
        return None

    def entity_kind(self, name: str) -> str | None:
        for ent in self.entities:
            if ent.name == name:
                return ent.kind
        return None


def _read_yaml(path: Path) -> dict:
    if not path.exists():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping at the top level")
    return data


def _compile(path: Path, patterns: list, key: str) -> list[re.Pattern]:
    out = []
    for i, pat in enumerate(patterns or []):
        try:
            out.append(re.compile(pat, re.IGNORECASE))
        except re.error as err:
            raise ValueError(f"{path}: {key}[{i}]: invalid pattern {pat!r}: {err}") from None
    return out


def find_config_dir(start: Path | None = None) -> Path:
    """`site_config/` in the current directory, else the one shipped beside the package."""
    here = (start or Path.cwd()) / "site_config"
    if here.is_dir():
        return here
    return Path(__file__).resolve().parent.parent / "site_config"


def _flat(words) -> tuple[str, ...]:
    """A list of phrases, or a mapping of language code to lists (languages.yml), as one tuple."""
    if isinstance(words, dict):
        return tuple(str(w) for ws in words.values() for w in ws or ())
    return tuple(str(w) for w in words or ())


def _merge_terms(base: dict, extra: dict) -> dict:
    """attributes.yml `open_terms` with languages.yml's words added to each list."""
    out = dict(base)
    for key, val in extra.items():
        if isinstance(val, dict):
            merged = dict(out.get(key) or {})
            for name, words in val.items():
                merged[name] = list(merged.get(name) or ()) + list(_flat(words))
            out[key] = merged
        else:
            out[key] = list(out.get(key) or ()) + list(_flat(val))
    return out


@lru_cache(maxsize=8)
def load_knowledge(config_dir: str | Path | None = None) -> Knowledge:
    root = Path(config_dir) if config_dir else find_config_dir()
    ents = _read_yaml(root / "entities.yml")
    attrs = _read_yaml(root / "attributes.yml")
    srcs = _read_yaml(root / "sources.yml")
    langs = _read_yaml(root / "languages.yml")
    more = langs.get("synonyms") or {}
    k = Knowledge()
    for e in ents.get("entities") or []:
        k.entities.append(Entity(e["name"], e.get("kind", "group"), tuple(e.get("aliases") or ())))
    k.families = [f for f in ents.get("families") or [] if len(f) > 1]
    for a in attrs.get("attributes") or []:
        values = tuple((str(v), tuple(str(p) for p in ps)) for v, ps in (a.get("values") or {}).items())
        k.attributes.append(
            Attribute(
                name=a["name"], family=a.get("family", "other"), type=a.get("type", "text"),
                unit=a.get("unit"), synonyms=tuple(str(s) for s in a.get("synonyms") or ()) + _flat(more.get(a["name"])),
                values=values, pattern=a.get("pattern"), relative_to=bool(a.get("relative_to")),
                subject=a.get("subject", "nearest"),
            )
        )
    k.terms = _merge_terms(attrs.get("open_terms") or {}, langs.get("open_terms") or {})
    k.grammar = {role: _flat(words) for role, words in (langs.get("grammar") or {}).items()}
    k.grounding = attrs.get("grounding") or {}
    k.relations = list(attrs.get("relations") or [])
    k.relation_words = attrs.get("relation_words") or {}
    # every phrase languages.yml lists for an attribute or term: its one-word nouns are no names ("Umsatz")
    k.grammar["terms"] = tuple(w for words in more.values() for w in _flat(words)) + tuple(
        w for group in (langs.get("open_terms") or {}).values() if isinstance(group, dict)
        for words in group.values() for w in _flat(words))
    src_path = root / "sources.yml"
    for p in srcs.get("publishers") or []:
        k.publishers[p["name"].lower()] = p["name"]
        for alias in p.get("aliases") or []:
            k.publishers[str(alias).lower()] = p["name"]
    k.attribution = _compile(src_path, srcs.get("attribution"), "attribution")
    k.boilerplate = _compile(src_path, srcs.get("boilerplate"), "boilerplate")
    k.stamps = _compile(src_path, srcs.get("stamps"), "stamps")
    k.inline_boilerplate = _compile(src_path, srcs.get("inline_boilerplate"), "inline_boilerplate")
    for kind, pats in (srcs.get("furniture") or {}).items():
        k.furniture[kind] = _compile(src_path, pats, f"furniture.{kind}")
    for item in srcs.get("provenance") or []:
        k.provenance.append(Provenance(re.compile(item["pattern"], re.IGNORECASE), item["said_by"],
                                       item.get("scope") == "page"))
    return k
