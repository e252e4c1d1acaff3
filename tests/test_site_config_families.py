"""Families and tiers are site_config data: an editor adds a model family, a tier or an attribute
family's policy in YAML only, and a mistake there is reported with the file to fix."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
import yaml

from digest.config import load_knowledge
from digest.extract.entities import find_mentions
from digest.extract.stories import StoryItem, assign_stories
from digest.extract.entry import extract_entry
from digest.extract.units import structure_from_markdown
from digest.pages.compare import comparison_rows

ROOT = Path(__file__).resolve().parent.parent


def _config(tmp_path: Path, entities=None, attributes=None) -> Path:
    """A copy of the shipped site_config with some top-level sections changed."""
    root = tmp_path / "site_config"
    shutil.copytree(ROOT / "site_config", root, ignore=shutil.ignore_patterns("overrides", "*.css"))
    for name, change in (("entities.yml", entities), ("attributes.yml", attributes)):
        if change:
            data = yaml.safe_load((root / name).read_text(encoding="utf-8"))
            change(data)
            (root / name).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return root


def _add_family_and_tier(data: dict) -> None:
    data["families"].append("Zorblax")
    data["tiers"]["named"].append("Hyper")
    data["tiers"]["families"].append("Zorblax")


def _models(text: str, k) -> list[str]:
    return [m.name for m in find_mentions(text, k) if m.kind == "model"]


def test_a_family_and_a_tier_added_in_yaml_are_recognised(tmp_path):
    text = "Quill Labs shipped Zorblax 3.1 Hyper on Monday; Zorblax Hyper costs less than Zorblax 2."
    before = load_knowledge(str(ROOT / "site_config"))
    assert _models(text, before) == []
    k = load_knowledge(str(_config(tmp_path, entities=_add_family_and_tier)))
    assert _models(text, k) == ["Zorblax 3.1 Hyper", "Zorblax Hyper", "Zorblax 2"]


def test_a_new_tier_folds_into_its_release_in_stories_and_names_a_bare_header(tmp_path):
    k = load_knowledge(str(_config(tmp_path, entities=_add_family_and_tier)))
    day = dt.date(2031, 4, 2)
    items = [StoryItem("a", "Zorblax 3.1 Hyper", day, "Quill Labs launches Zorblax 3.1 Hyper"),
             StoryItem("b", "Zorblax 3.1", day, "Zorblax 3.1 is out")]
    assert assign_stories(items, k.tiers)["a"] == assign_stories(items, k.tiers)["b"]
    assert assign_stories(items)["a"] != assign_stories(items)["b"]   # without the tier list: two subjects

    body = ("Zorblax 3.1 comes in two sizes. The larger Zorblax 3.1 Hyper leads the benchmarks.\n\n"
            "| Benchmark | Hyper | Lite |\n|---|---|---|\n| MMLU | 91.2 | 80.5 |\n")
    title = "Zorblax 3.1 Hyper and Lite"
    subjects, claims = extract_entry(structure_from_markdown(body), title, k, day)
    assert subjects.primary == "Zorblax 3.1 Hyper"
    # the bare "Hyper" and "Lite" headers are the release's tiers
    assert {(c["subject"], c["value"]) for c in claims} == {("Zorblax 3.1 Hyper", 91.2), ("Zorblax 3.1 Lite", 80.5)}


def test_attribute_families_come_from_yaml():
    k = load_knowledge(str(ROOT / "site_config"))
    assert k.opinion_families == {"predictions"}
    assert k.family("company").subjects == ("lab", "group")
    assert k.family("not listed").subjects == ("model", "product") and k.family("not listed").order is None
    family_of = {"price": "prices", "MMLU": "benchmarks", "forecast": "predictions"}.get
    claims = [{"attribute": a, "subject": s, "value": 1, "quote": "q", "said_by": by}
              for a in ("price", "MMLU") for s in ("A-1", "B-2") for by in (None,)]
    claims += [{"attribute": "forecast", "subject": s, "value": 1, "quote": "q", "said_by": "Ann"} for s in ("A-1", "B-2")]
    _, rows = comparison_rows(claims, family_of, k.attribute_families)
    assert [a for a, _ in rows] == ["MMLU", "price"]    # benchmarks first; a speaker's forecast is no row


@pytest.mark.parametrize("entities,attributes,message", [
    (lambda d: d["tiers"]["families"].append("Zorblax"), None, "tiers.families: 'Zorblax' is not in `families`"),
    (lambda d: d["tiers"].update(named=["Pro", "Ultra Max"]), None, "tiers.named: expected a list of single words"),
    (None, lambda d: d["families"]["markets"].update(subjects=["company"]), "families.markets.subjects"),
    (None, lambda d: d["families"]["specs"].update(order="first"), "families.specs.order"),
])
def test_a_mistake_in_families_or_tiers_names_the_file_and_the_fix(tmp_path, entities, attributes, message):
    root = _config(tmp_path, entities, attributes)
    with pytest.raises(ValueError) as err:
        load_knowledge(str(root))
    assert message in str(err.value) and str(root) in str(err.value)


def test_no_key_is_written_twice_in_site_config():
    """YAML keeps the last of two equal keys without a word: a language's list written twice loses the first."""
    class Strict(yaml.SafeLoader):
        pass

    def mapping(loader, node, deep=False):
        keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
        twice = sorted({str(k) for k in keys if keys.count(k) > 1})
        assert not twice, f"line {node.start_mark.line + 1}: {twice} written twice"
        return loader.construct_mapping(node, deep)

    Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    for path in sorted((ROOT / "site_config").glob("*.yml")):
        yaml.load(path.read_text(encoding="utf-8"), Loader=Strict)


def _subjects(body: str, k) -> set[str]:
    _, found = extract_entry(structure_from_markdown(body), "A headline about the news", k, dt.date(2026, 3, 3))
    return {c["subject"] for c in found}


def test_whose_figure_word_lists_are_an_editors_to_extend(tmp_path):
    """The member cue ("including Azure") is read from attributes.yml `grounding`: a word added there
    changes whose figure it is, and so does a word removed there."""
    body = "Microsoft reported results.\n\nThe Intelligent Cloud unit, comprising Azure, generated $26.75 billion in revenue."
    shipped = load_knowledge(str(ROOT / "site_config"))
    assert "Azure" in _subjects(body, shipped)

    def add_cue(data):
        data["grounding"]["member_cues"].append("comprising")
    assert "Azure" not in _subjects(body, load_knowledge(str(_config(tmp_path / "a", attributes=add_cue))))

    body = ("Microsoft reported results.\n\nThe Intelligent Cloud unit, including Azure, generated $26.75 billion in revenue.")
    assert "Azure" not in _subjects(body, shipped)

    def drop_cue(data):
        data["grounding"]["member_cues"].remove("including")
    assert "Azure" in _subjects(body, load_knowledge(str(_config(tmp_path / "b", attributes=drop_cue))))
