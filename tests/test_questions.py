"""Questions and verdicts in the core, on plain claims: what makes one question, and its verdict."""

from __future__ import annotations

from digest.link.questions import align_relations, group_questions
from digest.link.relations import ClaimRef


def _claim(n: int, entry: str, subject: str, attribute: str, value, unit=None, said_by=None,
           family="specs", story="s") -> ClaimRef:
    return ClaimRef(uid=f"{entry}#c{n}", entry=entry, subject=subject, attribute=attribute, value=value,
                    unit=unit, said_by=said_by, story=story, family=family,
                    opinion=family == "predictions")


def _verdicts(claims, qualifiers=None, aliases=None) -> dict[str, str]:
    qs = group_questions(claims, qualifiers or {}, aliases)
    return {q.name: q.verdict for q in qs.all}


def test_each_kind_of_verdict():
    claims = [
        _claim(1, "a", "Orion-4", "context window", 1_000_000, "tokens"),
        _claim(2, "b", "Orion-4", "context window", 2_000_000, "tokens"),
        _claim(3, "a", "Orion-4", "parameters", 70_000_000_000),
        _claim(4, "b", "Orion-4", "parameters", "70000000000"),
        _claim(5, "a", "Orion-4", "price", 3, "USD"),
        _claim(6, "c", "Orion-4", "price", "undisclosed"),
        _claim(7, "a", "AI labs", "prediction", "2027-Q1", said_by="Ada Stone", family="predictions"),
        _claim(8, "b", "Orion Labs", "prediction", "2026-Q4", said_by="Bo Chen", family="predictions"),
        _claim(9, "c", "Orion-4", "release date", "2026-04"),
    ]
    assert _verdicts(claims) == {
        "Orion-4 · context window": "conflict", "Orion-4 · parameters": "agree",
        "Orion-4 · price": "undisclosed", "AI labs · prediction": "forecasts", "Orion-4 · release date": "single"}


def test_one_source_never_disagrees_with_itself():
    claims = [_claim(1, "a", "Orion-4", "license", "MIT"), _claim(2, "a", "Orion-4", "license", "proprietary")]
    assert _verdicts(claims) == {"Orion-4 · license": "single"}
    # read claim by claim: the 5 one source also gives stands against the other source's 3
    claims = [_claim(1, "a", "Orion-4", "price", 3, "USD"), _claim(2, "a", "Orion-4", "price", 5, "USD"),
              _claim(3, "b", "Orion-4", "price", 3, "USD")]
    assert _verdicts(claims) == {"Orion-4 · price": "conflict"}


def test_aliases_merge_and_qualifiers_split():
    claims = [_claim(1, "a", "Orion Four", "share price change", -13, "percent"),
              _claim(2, "b", "Orion-4", "share price change", -17, "percent"),
              _claim(3, "c", "Orion-4", "share price change", -17, "percent")]
    qualifiers = {"a#c1": "at the open", "b#c2": "at the close", "c#c3": "at the close"}
    got = _verdicts(claims, qualifiers, {"orion four": "Orion-4"})
    assert got == {"Orion-4 · share price change (at the open)": "single",
                   "Orion-4 · share price change (at the close)": "agree"}


def test_questions_span_stories_but_forecasts_meet_within_one():
    claims = [_claim(1, "a", "Orion-4", "context window", 1_000_000, "tokens", story="launch"),
              _claim(2, "b", "Orion-4", "context window", 2_000_000, "tokens", story="review"),
              _claim(3, "a", "China", "prediction", "2026", said_by="Ada Stone", family="predictions", story="launch"),
              _claim(4, "b", "China", "prediction", "2026", said_by="Ada Stone", family="predictions", story="review")]
    qs = group_questions(claims, {})
    window = qs.of["a#c1"]
    assert window is qs.of["b#c2"] and window.verdict == "conflict" and window.stories == ["launch", "review"]
    assert qs.of["a#c3"] is not qs.of["b#c4"]
    assert [q.name for q in qs.in_story("review")] == ["Orion-4 · context window", "China · prediction"]


def test_relations_follow_the_questions():
    """Within a question, claims relate as their values do, both ways; across questions they
    are only related, whatever the linker said."""
    claims = [_claim(1, "a", "Orion-4", "context window", 1_000_000, "tokens"),
              _claim(2, "b", "Orion-4", "context window", 2_000_000, "tokens"),
              _claim(3, "c", "Orion-4", "context window", 1_000_000, "tokens"),
              _claim(4, "c", "Orion-4", "published specs", "undisclosed", family="disclosure")]
    claims[3].relations = [("b#c2", "conflicts")]
    claims[1].relations = [("c#c4", "conflicts")]
    qs = group_questions(claims, {})
    align_relations(qs, limit=20)
    kinds = {c.uid: dict(c.relations) for c in claims}
    assert kinds["a#c1"] == {"b#c2": "conflicts", "c#c3": "agrees"}
    assert kinds["b#c2"] == {"a#c1": "conflicts", "c#c3": "conflicts", "c#c4": "related"}
    assert kinds["c#c4"] == {"b#c2": "related"}
    assert [k for _, k in claims[1].relations] == ["conflicts", "conflicts", "related"]  # closest first


def test_a_compound_name_written_apart_or_by_its_first_part_links_as_one_subject():
    from digest.link.relations import link_claims
    claims = [_claim(1, "a", "CorvidVexa", "deal price", 59_500_000_000, "USD", family="company"),
              _claim(2, "b", "Corvid Vexa", "deal price", 59_500_000_000, "USD", family="company"),
              _claim(3, "c", "Corvid", "deal price", 64_500_000_000, "USD", family="company")]
    link_claims(claims)
    kinds = {c.uid: dict(c.relations) for c in claims}
    assert kinds["a#c1"] == {"b#c2": "agrees", "c#c3": "conflicts"}
