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


def plan_of(infos, knowledge, tokens, tables=None, memo=None):
    site = build_site_data(infos, knowledge)
    return site, pageplan.planned_pages(site, Links(), tokens, tables, memo)


def test_the_plan_lists_and_renders_exactly_the_generated_pages(knowledge):
    infos = entries()
    site, plan = plan_of(infos, knowledge, pageplan.Tokens())
    full = generated_pages(build_site_data(entries(), knowledge), Links())
    assert [p.src for p in plan] == [p.src for p in full]
    for planned, page in zip(plan, full):
        made = planned.render()
        assert (made.src, made.markdown, made.html) == (page.src, page.markdown, page.html)


def test_only_pages_whose_inputs_changed_are_rendered_again(knowledge):
    tokens, tables, memo = pageplan.Tokens(), pageplan.Tables(), {}
    infos = entries()
    site, plan = plan_of(infos, knowledge, tokens, tables, memo)
    pages, rendered = pageplan.render_changed(plan, {})
    assert rendered == {p.src for p in plan}
    previous = {p.src: (planned.inputs, p) for planned, p in zip(plan, pages)}

    # nothing changed: nothing is rendered
    site, plan = plan_of(infos, knowledge, tokens, tables, memo)
    again, rendered = pageplan.render_changed(plan, previous)
    assert rendered == set() and again == pages

    # one Corvid-2 source now says 2M tokens (a conflict): that story, its week, the entity
    # pages of what it names, and the pages that list the whole site; not the other stories
    changed = list(infos)
    changed[4] = info(4, "Corvid-2", 2_000_000, "Outlet 4", day=13)
    site, plan = plan_of(changed, knowledge, tokens, tables, memo)
    fresh, rendered = pageplan.render_changed(plan, previous)
    assert "stories/corvid-2-launch.md" in rendered and "conflicts.md" in rendered
    assert "entities/corvid-2.md" in rendered and "entities/example-lab.md" in rendered
    assert "stories/nimbus-3-launch.md" not in rendered and "entities/nimbus-3.md" not in rendered
    # and every page, rendered or kept, is what a full build of the new entries renders
    full = generated_pages(build_site_data(changed, knowledge), Links())
    assert [(p.src, p.markdown, p.html) for p in fresh] == [(p.src, p.markdown, p.html) for p in full]

    # a new headline: the pages that list the entry by its title, not the question tables
    previous = {p.src: (planned.inputs, p) for planned, p in zip(plan, fresh)}
    retitled = list(changed)
    retitled[4] = info(4, "Corvid-2", 2_000_000, "Outlet 4", day=13, title="A new headline")
    site, plan = plan_of(retitled, knowledge, tokens, tables, memo)
    fresh, rendered = pageplan.render_changed(plan, previous)
    assert {"stories/corvid-2-launch.md", "entities/corvid-2.md", "digest/2026-W11.md"} <= rendered
    assert not rendered & {"conflicts.md", "timeline.md", "stories/index.md", "stories/nimbus-3-launch.md"}
    full = generated_pages(build_site_data(retitled, knowledge), Links())
    assert [(p.src, p.markdown, p.html) for p in fresh] == [(p.src, p.markdown, p.html) for p in full]


def test_an_entrys_token_follows_its_parsed_data_and_its_story():
    tokens = pageplan.Tokens()
    a = info(0, "Nimbus-3", 1_000_000, "Outlet 0")
    same = info(0, "Nimbus-3", 1_000_000, "Outlet 0")
    assert tokens(a) == tokens(same)
    assert tokens(a) != tokens(info(0, "Nimbus-3", 1_000_000, "Outlet 0", title="Another headline"))
    a.story = "another-story"
    assert tokens(a) != tokens(same)


# --- linking in parts: a partial relink equals a full one ---------------------------------------

SUBJECTS = ["Nimbus", "Nimbus Pro", "Corvid-2", "DeepMind", "Google DeepMind", "Halyard-7", "Petrel-5"]
ATTRIBUTES = [("context window", "tokens", [1_000_000, 2_000_000, "undisclosed"]),
              ("parameters", None, [70_000_000_000, 80_000_000_000]),
              ("MMLU", "percent", [86.4, 88.0]),
              ("specs and benchmarks", None, ["undisclosed"]),
              ("prediction", None, ["2027-Q1", "2026"]),
              ("price", "USD", [20, 25])]


def linked_entry(rng, i: int, stories: int = 6, claims: int = 5) -> EntryInfo:
    """An entry of one of a few stories, with claims on subjects shared across stories (aliases,
    a name and its longer form), a disclosure, forecasts by different speakers and qualifiers."""
    story = rng.randrange(stories)
    items = []
    for n in range(claims):
        attr, unit, values = ATTRIBUTES[rng.randrange(len(ATTRIBUTES))]
        subject = SUBJECTS[(story + rng.randrange(3)) % len(SUBJECTS)]
        c = {"id": f"c{n}", "subject": subject, "attribute": attr, "value": rng.choice(values),
             "text": f"{subject} {attr}.", "quote": f"{subject} {attr}"}
        if unit:
            c["unit"] = unit
        if attr == "prediction":
            c["said_by"] = rng.choice(["Elon Musk", "Jane Analyst"])
        if attr == "price" and rng.random() < 0.5:
            c["qualifier"] = "input"
        items.append(c)
    return EntryInfo(src=f"entries/p{i:03d}.md", title=f"Entry {i}", date=dt.date(2026, 1 + i % 12, 1 + i % 27),
                     date_inferred=False, source={"publisher": f"Outlet {i % 7}"}, story=f"story-{story}",
                     entities=[], claims=items, timeline=[])


def graph(site) -> tuple:
    """Everything linking decides: each claim's subject and relations, each question in order."""
    claims = [(c.uid, c.subject, tuple(c.relations)) for c in site.claims]
    questions = [(q.key, q.verdict, q.subject, tuple(c.uid for c in q.members)) for q in site.questions.all]
    of = [(uid, q.key) for uid, q in site.questions.of.items()]
    return claims, questions, of


def test_linking_in_parts_equals_a_full_linking_through_edits(knowledge):
    import random

    from digest.link.parts import LinkedParts

    rng = random.Random(7)
    infos = [linked_entry(rng, i) for i in range(60)]
    # one question under two names (an alias), asked in two stories that share nothing else
    for i, (name, story) in enumerate([("Open AI", "story-x"), ("OpenAI", "story-y")]):
        infos.append(EntryInfo(src=f"entries/alias{i}.md", title=name, date=dt.date(2026, 2, 1 + i),
                               date_inferred=False, source={"publisher": f"Desk {i}"}, story=story, entities=[],
                               timeline=[], claims=[{"id": "headcount", "subject": name, "attribute": "headcount",
                                                     "value": 100 + i, "text": "…", "quote": "…"}]))
    parts = LinkedParts()
    for step in range(9):
        if step == 1:      # a value changed
            infos[10].claims[0]["value"] = 123
            infos[10] = EntryInfo(**{**infos[10].__dict__})
        elif step == 2:    # an entry gone
            del infos[20]
        elif step == 3:    # a new entry
            infos.append(linked_entry(rng, 99))
        elif step == 4:    # a date changed: the entry moves in site order
            infos[5] = EntryInfo(**{**infos[5].__dict__, "date": dt.date(2025, 1, 1)})
        elif step == 5:    # an entry moves to another story
            infos[7] = EntryInfo(**{**infos[7].__dict__, "story": "story-0"})
        elif step == 6:    # several at once
            infos[30:33] = [linked_entry(rng, 200 + j) for j in range(3)]
        elif step == 7:    # a new headline: no claim changed
            infos[3] = EntryInfo(**{**infos[3].__dict__, "title": "A new headline"})
        for limit in (4, 20):
            full = build_site_data([EntryInfo(**e.__dict__) for e in infos], knowledge, limit=limit)
            if limit == 20:
                site = build_site_data(infos, knowledge, limit=limit, parts=parts)
                parts = site.linked
                assert graph(site) == graph(full), f"step {step}"
            else:
                fresh = build_site_data(infos, knowledge, limit=limit, parts=LinkedParts())
                assert graph(fresh) == graph(full), f"step {step}, limit {limit}"
        total = sum(len(e.claims) for e in infos)
        if step == 0:
            assert parts.relinked == total
        elif step >= 7:    # no claim changed
            assert parts.relinked == 0
        else:
            assert 0 < parts.relinked < total, (step, parts.relinked, total)


def test_linking_in_parts_through_random_changes(knowledge):
    """Forty random changes in a row (new, gone, moved, edited and reordered entries, one at a time or several):
    after each, only the parts a change reaches are split again, and the graph is a full linking's."""
    import random

    from digest.link.parts import LinkedParts

    from digest.link.parts import claim_state

    rng = random.Random(23)
    infos = [linked_entry(rng, i, stories=4) for i in range(50)]
    parts, made = LinkedParts(), 1000
    for step in range(40):
        for _ in range(rng.choice((1, 1, 2, 3))):
            op = rng.randrange(5)
            if op == 0:
                infos.append(linked_entry(rng, made, stories=4))
                made += 1
            elif op == 1 and len(infos) > 10:
                del infos[rng.randrange(len(infos))]
            elif op == 2:
                i = rng.randrange(len(infos))
                infos[i] = EntryInfo(**{**infos[i].__dict__, "story": f"story-{rng.randrange(4)}"})
            elif op == 3:
                i = rng.randrange(len(infos))
                fresh = linked_entry(rng, made, stories=4)
                made += 1
                infos[i] = EntryInfo(**{**infos[i].__dict__, "claims": fresh.claims})
            else:   # the same claims in another order
                i = rng.randrange(len(infos))
                infos[i] = EntryInfo(**{**infos[i].__dict__, "claims": list(reversed(infos[i].claims))})
        full = build_site_data([EntryInfo(**e.__dict__) for e in infos], knowledge, limit=20)
        site = build_site_data(infos, knowledge, limit=20, parts=parts)
        parts = site.linked
        assert graph(site) == graph(full), f"step {step}"
        assert set(parts.state_part.values()) == set(parts.parts)
        assert parts.whole == tuple(claim_state(c) for c in site.claims)
        assert sum(len(p.states) for p in parts.parts.values()) == len(site.claims)


@pytest.mark.parametrize("limit", [20, 3])
def test_linking_again_within_a_part_equals_linking_it_whole(knowledge, limit):
    """A large part (twelve stories sharing subjects) through sixty small changes: each is linked
    again within the part (only the claims whose lists changed, and the claims they name), and the
    graph is a full linking's after each; a change that reaches little of the part relinks little.
    With a small `limit`, relations are cut short often, so that a claim's relations before
    back-links drop or gain a claim that shares none of its changed lists."""
    import random

    from digest.link.parts import LinkedParts

    rng = random.Random(5)
    infos = [linked_entry(rng, i, stories=12, claims=4) for i in range(200)]
    parts, made, small = LinkedParts(), 1000, 0
    for step in range(60):
        op = rng.randrange(5)
        if op == 0:
            infos.append(linked_entry(rng, made, stories=12, claims=4))
            made += 1
        elif op == 1:
            del infos[rng.randrange(len(infos))]
        elif op == 2:      # one value changed
            i = rng.randrange(len(infos))
            claims = [dict(c) for c in infos[i].claims]
            attr, unit, values = ATTRIBUTES[rng.randrange(len(ATTRIBUTES))]
            claims[rng.randrange(len(claims))].update(attribute=attr, value=rng.choice(values))
            infos[i] = EntryInfo(**{**infos[i].__dict__, "claims": claims})
        elif op == 3:      # an entry moves to another story
            i = rng.randrange(len(infos))
            infos[i] = EntryInfo(**{**infos[i].__dict__, "story": f"story-{rng.randrange(3)}"})
        else:              # an entry gone, another new
            del infos[rng.randrange(len(infos))]
            infos.append(linked_entry(rng, made, stories=12, claims=4))
            made += 1
        full = build_site_data([EntryInfo(**e.__dict__) for e in infos], knowledge, limit=limit)
        site = build_site_data(infos, knowledge, limit=limit, parts=parts)
        parts = site.linked
        assert graph(site) == graph(full), f"step {step}"
        if 0 < parts.relinked < len(site.claims) / 2:
            small += 1
    assert small >= 40, small


def test_entry_prints_kept_only_when_nothing_they_show_changed(knowledge):
    from digest import rebuild
    from digest.link.parts import LinkedParts

    tokens = pageplan.Tokens()

    def prints(infos, site, previous, relinked=None):
        # the file's stamp: an edited file's changes
        stamps = {e.src: (1, 1) if e.title != "A new headline" else (2, 2) for e in infos}
        return rebuild.entry_prints(site, stamps, lambda e: None, tokens, previous, relinked)

    infos = entries()
    for e in infos:
        e.source = {"publisher": None}      # panels name these sources by their titles
    site = build_site_data(infos, knowledge, parts=LinkedParts())
    before = prints(infos, site, {})
    # a Nimbus-3 entry gets a new title: the Nimbus-3 entries' panels name it by that title
    changed = list(infos)
    changed[3] = EntryInfo(**{**infos[3].__dict__, "title": "A new headline"})
    site = build_site_data(changed, knowledge, parts=site.linked)
    after = prints(changed, site, before)
    fresh = prints(changed, site, {})
    assert {k: p.print for k, p in after.items()} == {k: p.print for k, p in fresh.items()}
    nimbus = {e.src for e in changed if e.story == "nimbus-3-launch"}
    assert {k for k in after if after[k] is not before[k]} == nimbus
    assert all(after[k].print != before[k].print for k in nimbus)
    # told which entries linking made anew, the same prints without looking up the others' claims
    assert site.linked.relinked_entries == set()
    assert prints(changed, site, before, site.linked.relinked_entries) == after
    # a value changed: its part is linked again, and the entries whose panels show it change
    valued = list(changed)
    valued[1] = EntryInfo(**{**changed[1].__dict__, "claims": [dict(changed[1].claims[0], value=2_000_000)]
                             + changed[1].claims[1:]})
    site = build_site_data(valued, knowledge, parts=site.linked)
    corvid = {e.src for e in valued if e.story == "corvid-2-launch"}
    assert site.linked.relinked_entries == corvid
    quick = prints(valued, site, after, site.linked.relinked_entries)
    full = prints(valued, site, {})
    assert {k: p.print for k, p in quick.items()} == {k: p.print for k, p in full.items()}
    assert {k for k in quick if quick[k] is not after[k]} == corvid


def test_pages_kept_or_drawn_equal_a_full_build_through_edits(knowledge):
    """Linking in parts and the page plan with everything it keeps between builds (entry digests,
    question and entity digests, the conflicts page's tables): after every change, each generated
    page is what a full build draws."""
    import random

    from digest.link.parts import LinkedParts

    rng = random.Random(11)
    infos = [linked_entry(rng, i) for i in range(40)]
    for e in infos[::3]:
        e.source = {"publisher": None}      # named by their titles in question tables
    tokens, tables, memo, parts, previous = pageplan.Tokens(), pageplan.Tables(), {}, LinkedParts(), {}
    for step in range(6):
        if step == 1:
            infos[3] = EntryInfo(**{**infos[3].__dict__, "title": "A new headline"})
        elif step == 2:
            infos[4] = EntryInfo(**{**infos[4].__dict__, "claims": [dict(c, value=999) for c in infos[4].claims]})
        elif step == 3:
            del infos[5]
        elif step == 4:
            infos.append(linked_entry(rng, 77))
        site = build_site_data(infos, knowledge, parts=parts)
        parts = site.linked
        tokens.keep_only(infos)
        plan = pageplan.planned_pages(site, Links(), tokens, tables, memo)
        pages, rendered = pageplan.render_changed(plan, previous)
        pageplan.keep_summaries(site, memo)     # story summaries kept for the next build, as serving does
        previous = {p.src: (planned.inputs, p) for planned, p in zip(plan, pages)}
        full = generated_pages(build_site_data([EntryInfo(**e.__dict__) for e in infos], knowledge), Links())
        assert [(p.src, p.markdown, p.html) for p in pages] == [(p.src, p.markdown, p.html) for p in full], step
        if step == 5:
            assert rendered == set()
        elif step:
            assert 0 < len(rendered) < len(plan), step


def test_story_summaries_kept_only_while_their_questions_are_the_same(knowledge):
    """Week pages and the home page say each story's summary again: while serving, a story whose
    questions (verdicts, names, members' claims and outlets) are unchanged keeps its summary."""
    from digest.link.parts import LinkedParts
    from digest.pages.story import story_summary, matrix_rows

    tokens, tables, memo, previous = pageplan.Tokens(), pageplan.Tables(), {}, {}
    infos = entries()

    def serve(infos, parts):
        site = build_site_data(infos, knowledge, parts=parts)
        tokens.keep_only(infos)
        plan = pageplan.planned_pages(site, Links(), tokens, tables, memo)
        kept = dict(site.summaries)
        pages, _ = pageplan.render_changed(plan, previous)
        pageplan.keep_summaries(site, memo)
        fresh = build_site_data([EntryInfo(**e.__dict__) for e in infos], knowledge)
        for slug, s in fresh.stories.items():   # every summary, kept or made, is what a full build says
            assert site.summaries.get(slug, story_summary(matrix_rows(s, fresh), fresh)) == \
                story_summary(matrix_rows(s, fresh), fresh), slug
        return site, kept, {p.src: (planned.inputs, p) for planned, p in zip(plan, pages)}

    site, kept, previous = serve(infos, LinkedParts())
    assert kept == {}
    said = dict(site.summaries)
    assert any("agree" in x for x in said["corvid-2-launch"])
    # a Corvid-2 source renamed: its sentences name outlets, so that story's summary is made again
    changed = list(infos)
    changed[1] = EntryInfo(**{**infos[1].__dict__, "source": {"publisher": "Renamed Desk"}})
    site, kept, previous = serve(changed, site.linked)
    assert "corvid-2-launch" not in kept and kept["nimbus-3-launch"] is said["nimbus-3-launch"]
    assert any("Renamed Desk" in x for x in site.summaries["corvid-2-launch"])
    # a new headline: no question changed, every summary is kept
    retitled = list(changed)
    retitled[4] = EntryInfo(**{**changed[4].__dict__, "title": "A new headline"})
    site, kept, previous = serve(retitled, site.linked)
    assert set(kept) == set(site.stories)


def test_entries_keep_their_claims_as_linked_only_while_their_story_reads_them_the_same(knowledge):
    """Each entry's claims as linking read them are kept between builds; an entry that did not
    change still reads its subjects anew when its story gains or loses a longer form of one
    ('Nimbus' is 'Nimbus Pro' while that is the story's only longer form)."""
    from digest.link.parts import LinkedParts

    def one(i: int, subject: str, story: str = "story-n") -> EntryInfo:
        return EntryInfo(src=f"entries/n{i}.md", title=f"Entry {i}", date=dt.date(2026, 4, 1 + i), date_inferred=False,
                         source={"publisher": f"Desk {i}"}, story=story, entities=[], timeline=[],
                         claims=[{"id": "ctx", "subject": subject, "attribute": "context window", "value": 1000 + i,
                                  "unit": "tokens", "text": "…", "quote": "…"}])

    infos = [one(0, "Nimbus"), one(1, "Nimbus"), one(2, "Corvid", story="story-c")]
    site = build_site_data(infos, knowledge, parts=LinkedParts())
    first = site.linked
    assert [c.subject for c in site.claims] == ["Nimbus", "Nimbus", "Corvid"]

    def steps(infos, parts):
        site = build_site_data(infos, knowledge, parts=parts)
        full = build_site_data([EntryInfo(**e.__dict__) for e in infos], knowledge)
        assert graph(site) == graph(full)
        return site

    # a longer form joins the story: the entries that did not change read 'Nimbus Pro' now
    site = steps(infos + [one(3, "Nimbus Pro")], first)
    assert [c.subject for c in site.claims] == ["Nimbus Pro", "Nimbus Pro", "Corvid", "Nimbus Pro"]
    assert site.linked.blocks["entries/n0.md"] is not first.blocks["entries/n0.md"]
    # the other story's entry keeps its claims as read and as linked, without linking them again
    assert site.linked.blocks["entries/n2.md"] is first.blocks["entries/n2.md"]
    assert site.linked.entry_refs["entries/n2.md"] == first.entry_refs["entries/n2.md"]
    assert site.claims[2] is first.result[0][2]
    # and leaves it again
    site = steps(infos, site.linked)
    assert [c.subject for c in site.claims] == ["Nimbus", "Nimbus", "Corvid"]
    # a second longer form: neither is the only one, 'Nimbus' stays
    site = steps(infos + [one(3, "Nimbus Pro"), one(4, "Nimbus Max")], site.linked)
    assert [c.subject for c in site.claims][:2] == ["Nimbus", "Nimbus"]
    # nothing changed: everything kept
    again = steps(list(infos) + [one(3, "Nimbus Pro"), one(4, "Nimbus Max")], site.linked)
    assert again.linked.relinked == 0


def test_an_entity_page_follows_a_verdict_changed_by_another_entry(knowledge):
    """An entity page keeps its digest while none of its entries changed; a verdict that another
    entry changes (through a question two names share: 'Open AI' is OpenAI) redraws it, though
    the entity's own entry is the same object."""
    from digest.link.parts import LinkedParts

    def one(i: int, subject: str, value: int) -> EntryInfo:
        return EntryInfo(src=f"entries/o{i}.md", title=f"Entry {i}", date=dt.date(2026, 5, 1 + i), date_inferred=False,
                         source={"publisher": f"Desk {i}"}, story=f"story-{i}", entities=[], timeline=[],
                         claims=[{"id": "headcount", "subject": subject, "attribute": "headcount", "value": value,
                                  "text": "…", "quote": "…"}])

    infos = [one(0, "Open AI", 100), one(1, "OpenAI", 100), one(2, "Corvid", 5)]
    tokens, tables, memo, previous, parts = pageplan.Tokens(), pageplan.Tables(), {}, {}, LinkedParts()
    for step in range(3):
        if step == 1:
            infos[1] = one(1, "OpenAI", 200)       # the shared question is now a conflict
        site = build_site_data(infos, knowledge, parts=parts)
        parts = site.linked
        tokens.keep_only(infos)
        plan = pageplan.planned_pages(site, Links(), tokens, tables, memo)
        pages, rendered = pageplan.render_changed(plan, previous)
        pageplan.keep_summaries(site, memo)
        previous = {p.src: (planned.inputs, p) for planned, p in zip(plan, pages)}
        full = generated_pages(build_site_data([EntryInfo(**e.__dict__) for e in infos], knowledge), Links())
        assert [(p.src, p.markdown, p.html) for p in pages] == [(p.src, p.markdown, p.html) for p in full], step
        if step == 1:
            assert {"entities/open-ai.md", "entities/openai.md"} <= rendered
            assert "entities/corvid.md" not in rendered
        if step == 2:
            assert rendered == set()
