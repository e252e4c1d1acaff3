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
    subject: str = "nearest"   # "first": the sentence's first entity (an investor); "named": one the sentence names; else the nearest
    signed: bool = False       # a level that may be below zero ("minus 0.1%"), not a change whose words give its sign


ENTITY_KINDS = ("model", "lab", "person", "product", "benchmark", "place", "group", "hardware")


@dataclass(frozen=True)
class Family:
    """What the site does with an attribute family (attributes.yml `families`)."""

    name: str
    order: int | None = None                      # its place in comparison tables; None: after the rest
    subjects: tuple[str, ...] = ("model", "product")   # entity kinds its claims may be about
    opinion: bool = False                         # forecasts and opinions relate, they never conflict


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
    attribute_families: dict[str, Family] = field(default_factory=dict)  # attributes.yml `families`
    tiers: tuple[str, ...] = ()          # entities.yml `tiers.named`: rungs a family's models share
    tier_variants: tuple[str, ...] = ()  # `tiers.variants`: words that end a model name but are no rung
    tier_families: tuple[str, ...] = ()  # `tiers.families`: families that also name a model by a tier alone
    chip_families: tuple[str, ...] = ()  # entities.yml `chip_families`: "Gaudi 3" is hardware, not a model
    relations: list = field(default_factory=list)  # attributes.yml `relations`: qualitative facts by cue phrases
    relation_words: dict = field(default_factory=dict)  # attributes.yml `relation_words`: hedges

    def attribute(self, name: str) -> Attribute | None:
        for attr in self.attributes:
            if attr.name == name:
                return attr
        return None

    def family(self, name: str) -> Family:
        return self.attribute_families.get(name) or Family(name)

    @property
    def opinion_families(self) -> frozenset[str]:
        return frozenset(n for n, f in self.attribute_families.items() if f.opinion)

    def entity_kind(self, name: str) -> str | None:
        # asked thousands of times a page: an index, built again if the list was replaced or grew
        held = self.__dict__.get("_kinds")
        if held is None or held[0] is not self.entities or held[1] != len(self.entities):
            kinds: dict[str, str] = {}
            for ent in self.entities:
                kinds.setdefault(ent.name, ent.kind)   # (the first listed wins, as a scan finds it)
            held = self.__dict__["_kinds"] = (self.entities, len(self.entities), kinds)
        return held[2].get(name)


def _read_yaml(path: Path) -> dict:
    if not path.exists():
        return {}
    # (libyaml's safe loader when PyYAML was built with it: the same documents, read several times faster)
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
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


def _words(path: Path, key: str, words) -> tuple[str, ...]:
    if words is None:
        return ()
    if not isinstance(words, list) or not all(isinstance(w, str) and re.fullmatch(r"[^\W\d_]+", w) for w in words):
        raise ValueError(f"{path}: {key}: expected a list of single words, e.g. [Pro, Flash]")
    return tuple(words)


def _tiers(path: Path, data, families: list[str]) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """entities.yml `tiers`: (named tiers, variants, families named by a tier alone)."""
    data = data or {}
    if not isinstance(data, dict) or set(data) - {"named", "variants", "families"}:
        raise ValueError(f"{path}: tiers: expected a mapping with named, variants and families")
    named, variants = _words(path, "tiers.named", data.get("named")), _words(path, "tiers.variants", data.get("variants"))
    fams = data.get("families") or []
    if not isinstance(fams, list):
        raise ValueError(f"{path}: tiers.families: expected a list of family names")
    for f in fams:
        if f not in families:
            raise ValueError(f"{path}: tiers.families: {f!r} is not in `families`; add it there first")
    return named, variants, tuple(fams)


def _attribute_families(path: Path, data) -> dict[str, Family]:
    """attributes.yml `families`: family name -> order, subject kinds, opinion."""
    if not isinstance(data or {}, dict):
        raise ValueError(f"{path}: families: expected a mapping of family name to its properties")
    out: dict[str, Family] = {}
    for name, props in (data or {}).items():
        props = props or {}
        where = f"{path}: families.{name}"
        if not isinstance(props, dict) or set(props) - {"order", "subjects", "opinion"}:
            raise ValueError(f"{where}: expected a mapping with order, subjects and opinion")
        order = props.get("order")
        if order is not None and (not isinstance(order, int) or isinstance(order, bool)):
            raise ValueError(f"{where}.order: expected a whole number, got {order!r}")
        subjects = props.get("subjects", ["model", "product"])
        if not isinstance(subjects, list) or not subjects or any(s not in ENTITY_KINDS for s in subjects):
            raise ValueError(f"{where}.subjects: expected a list of entity kinds ({', '.join(ENTITY_KINDS)})")
        if not isinstance(props.get("opinion", False), bool):
            raise ValueError(f"{where}.opinion: expected true or false")
        out[str(name)] = Family(str(name), order, tuple(subjects), props.get("opinion", False))
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
    k.chip_families = tuple(str(f) for f in ents.get("chip_families") or [] if len(str(f)) > 1)
    k.families = [f for f in ents.get("families") or [] if len(f) > 1] + list(k.chip_families)
    k.tiers, k.tier_variants, k.tier_families = _tiers(root / "entities.yml", ents.get("tiers"), k.families)
    k.attribute_families = _attribute_families(root / "attributes.yml", attrs.get("families"))
    for a in attrs.get("attributes") or []:
        values = tuple((str(v), tuple(str(p) for p in ps)) for v, ps in (a.get("values") or {}).items())
        k.attributes.append(
            Attribute(
                name=a["name"], family=a.get("family", "other"), type=a.get("type", "text"),
                unit=a.get("unit"), synonyms=tuple(str(s) for s in a.get("synonyms") or ()) + _flat(more.get(a["name"])),
                values=values, pattern=a.get("pattern"), relative_to=bool(a.get("relative_to")),
                subject=a.get("subject", "nearest"), signed=bool(a.get("signed")),
            )
        )
    k.terms = _merge_terms(attrs.get("open_terms") or {}, langs.get("open_terms") or {})
    # the move words of the languages whose moves count only with their measure named (no share price assumed)
    need = set(langs.get("moves_need_measure") or ())
    k.terms["changes_need_measure"] = [w for words in ((langs.get("open_terms") or {}).get("changes") or {}).values()
                                       for lang, ws in (words or {}).items() if lang in need for w in ws or ()]
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
