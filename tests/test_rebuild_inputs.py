"""A rebuild while serving decides from each generated page's inputs which pages to render again,
and re-links only the claims a change can reach; both give what a full build gives."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import ROOT
from digest import pageplan
from digest.config import load_knowledge
from digest.pages.links import Links
from digest.sitebuild import generated_pages
from digest.sitedata import EntryInfo, build_site_data

MODELS = ["Nimbus-3", "Corvid-2", "Halyard-7"]


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge(str(ROOT / "site_config"))


def info(i: int, model: str, tokens: int, outlet: str, day: int | None = None, title: str | None = None) -> EntryInfo:
    claims = [{"id": "context-window", "subject": model, "attribute": "context window", "value": tokens,
               "unit": "tokens", "text": f"{model} reads {tokens} tokens.", "quote": f"{model} reads {tokens} tokens"},
              {"id": "parameters", "subject": model, "attribute": "parameters", "value": 70_000_000_000,
               "text": f"{model} has 70 billion parameters.", "quote": f"{model} has 70 billion parameters"}]
    return EntryInfo(src=f"entries/e{i:02d}.md", title=title or f"{outlet} on {model}",
                     date=dt.date(2026, 3, day or 1 + i), date_inferred=False, source={"publisher": outlet},
                     story=model.lower() + "-launch", entities=[model, "Example Lab"], claims=claims,
                     timeline=[{"date": "2026-03", "event": f"{model} launches"}])


def entries() -> list[EntryInfo]:
    return [info(i, MODELS[i % 3], 1_000_000, f"Outlet {i}", day=1 + 3 * i) for i in range(9)]


def plan_of(infos, knowledge, tokens):
    site = build_site_data(infos, knowledge)
    return site, pageplan.planned_pages(site, Links(), tokens)


def test_the_plan_lists_and_renders_exactly_the_generated_pages(knowledge):
    infos = entries()
    site, plan = plan_of(infos, knowledge, pageplan.Tokens())
    full = generated_pages(build_site_data(entries(), knowledge), Links())
    assert [p.src for p in plan] == [p.src for p in full]
    for planned, page in zip(plan, full):
        made = planned.render()
        assert (made.src, made.markdown, made.html) == (page.src, page.markdown, page.html)


def test_only_pages_whose_inputs_changed_are_rendered_again(knowledge):
    tokens = pageplan.Tokens()
    infos = entries()
    site, plan = plan_of(infos, knowledge, tokens)
    pages, rendered = pageplan.render_changed(plan, {})
    assert rendered == {p.src for p in plan}
    previous = {p.src: (planned.inputs, p) for planned, p in zip(plan, pages)}

    # nothing changed: nothing is rendered
    site, plan = plan_of(infos, knowledge, tokens)
    again, rendered = pageplan.render_changed(plan, previous)
    assert rendered == set() and again == pages

    # one Corvid-2 source now says 2M tokens (a conflict): that story, its week, the entity
    # pages of what it names, and the pages that list the whole site; not the other stories
    changed = list(infos)
    changed[4] = info(4, "Corvid-2", 2_000_000, "Outlet 4", day=13)
    site, plan = plan_of(changed, knowledge, tokens)
    fresh, rendered = pageplan.render_changed(plan, previous)
    assert "stories/corvid-2-launch.md" in rendered and "conflicts.md" in rendered
    assert "entities/corvid-2.md" in rendered and "entities/example-lab.md" in rendered
    assert "stories/nimbus-3-launch.md" not in rendered and "entities/nimbus-3.md" not in rendered
    # and every page, rendered or kept, is what a full build of the new entries renders
    full = generated_pages(build_site_data(changed, knowledge), Links())
    assert [(p.src, p.markdown, p.html) for p in fresh] == [(p.src, p.markdown, p.html) for p in full]


def test_an_entrys_token_follows_its_parsed_data_and_its_story():
    tokens = pageplan.Tokens()
    a = info(0, "Nimbus-3", 1_000_000, "Outlet 0")
    same = info(0, "Nimbus-3", 1_000_000, "Outlet 0")
    assert tokens(a) == tokens(same)
    assert tokens(a) != tokens(info(0, "Nimbus-3", 1_000_000, "Outlet 0", title="Another headline"))
    a.story = "another-story"
    assert tokens(a) != tokens(same)
