"""A person's role, read only next to the person's name, in the shapes news writes it."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import ROOT
from digest.config import load_knowledge
from digest.extract.claims import Unit, extract_claims, split_sentences

K = load_knowledge(ROOT / "site_config")


def roles(text: str, people: tuple[str, ...], orgs: tuple[str, ...] = ("Vega Systems",)) -> set[tuple]:
    units = [Unit("sentence", s, s) for s in split_sentences(text)]
    names = {**{o: (o, "lab") for o in orgs}, **{p: (p, "person") for p in people}}
    got = extract_claims(units, K, dt.date(2025, 3, 10), orgs[0], set(), names=names)
    return {(c["subject"], c["value"], c.get("said_by")) for c in got if c["attribute"] == "role"}


@pytest.mark.parametrize("text,person,role", [
    ("Vega Systems plans to keep 1,000 engineers, said Vega Systems CEO Jane Roe.", "Jane Roe", "Vega Systems CEO"),
    ("Chief Executive Jane Roe stated that demand stays weak.", "Jane Roe", "Chief Executive"),
    ("Meanwhile CEO Jane Roe said nothing of the deal.", "Jane Roe", "CEO"),
    ("Jane Roe, general manager of Vega Systems, will join the buyer.", "Jane Roe", "general manager of Vega Systems"),
    ("Jane Roe (actuel CEO de Vega Systems) dirigera l'activité.", "Jane Roe", "actuel CEO de Vega Systems"),
    ("Dat zegt AP-voorzitter Jane Roe.", "Jane Roe", "AP-voorzitter"),
    ("Das sagte Firmenchefin Jane Roe am Montag.", "Jane Roe", "Firmenchefin"),
    ("VGX Deputy Commissioner Jane Roe said the fine stands.", "Jane Roe", "VGX Deputy Commissioner"),
    # an organisation the page does not know, and a modifier before it
    ("Halcyon CEO Jane Roe has suggested that rivals could catch up.", "Jane Roe", "Halcyon CEO"),
    ("Former Halcyon researcher Jane Roe noted that this needs 16,000 GPUs.", "Jane Roe", "Former Halcyon researcher"),
    ("Said CEO Jane Roe: the deal is off.", "Jane Roe", "CEO"),
    # after the name's comma: its organisation's possessive, or its organisation before it, and two roles joined by "&"
    ("Jane Roe, Halcyon's current CEO, will join the buyer.", "Jane Roe", "current CEO of Halcyon"),
    ("Jane Roe, Halcyon's founder and CEO, said the robots ship in May.", "Jane Roe", "founder and CEO of Halcyon"),
    ("Sales will report to Jane Roe, Halcyon CEO.", "Jane Roe", "Halcyon CEO"),
    ("Growth was strong, said Jane Roe, CEO & COO of Halcyon.", "Jane Roe", "CEO & COO of Halcyon"),
    # a field after the role
    ("It works, said Jane Roe, vice president of product and partnerships at Halcyon.", "Jane Roe",
     "vice president of product and partnerships at Halcyon"),
])
def test_role_beside_the_name(text, person, role):
    # the outlet names the role: whoever speaks in the sentence, nobody "says" it
    assert (person, role, None) in roles(text, (person,))


@pytest.mark.parametrize("text", [
    "The CEO said the company would appeal.",            # no name beside the role
    "Jane Roe said CEO pay rose 10% last year.",          # a role word that is not hers
    "Jane Roe met investors in Paris on Monday.",         # no role at all
])
def test_no_role_without_a_name_beside_it(text):
    assert not roles(text, ("Jane Roe",))


def test_a_surname_that_is_also_a_function_word_stays_in_the_name():
    # "Su", "Le", "Das" end a name after a first name; first in a phrase they are the sentence's word
    from digest.extract.names import proper_names
    names = {m.name for m in proper_names("The deal was announced by Mei Su and Tarun Das in Paris.", [])}
    assert {"Mei Su", "Tarun Das"} <= names


def test_two_roles_of_one_person_never_conflict():
    from digest.link.relations import ClaimRef, link_claims
    from digest.sitedata import _Fields
    several = "role" in _Fields(K).several
    claims = [ClaimRef(uid=f"{e}.md#r", entry=f"{e}.md", subject="Jane Roe", attribute="role", value=v, story="s", several=several)
              for e, v in (("a", "founder"), ("b", "Chief Executive"), ("c", "Vega Systems CEO"))]
    link_claims(claims)
    assert all(kind != "conflicts" for c in claims for _, kind in c.relations)
    assert claims[0].relations   # related, not silent


@pytest.mark.parametrize("sentence, person, role", [
    ("Ten overstaan van fotografen knielde Corvid-ceo Jan Visser naast een aantal klassieke modellen.", "Jan Visser", "Corvid-ceo"),
    ("Corvid-Finanzchef Lutz Meyer hatte seit langem die Werbetrommel dafür gerührt.", "Lutz Meyer", "Corvid-Finanzchef"),
    ('"Vexa erhält eine gute Ergänzung", lobte Thomas Berg, Manager beim Vermögensverwalter Great Lake.', "Thomas Berg",
     "Manager beim Vermögensverwalter Great Lake"),
    ("Corvid's chairman and chief executive officer, Jane Roe, said the companies had agreed to end the deal.", "Jane Roe",
     "chairman and chief executive officer of Corvid"),
])
def test_a_role_as_a_compounds_head_or_after_a_possessive(sentence, person, role):
    got = {(c["subject"], c["value"]) for c in _page_claims("Corvid\n\n" + sentence) if c["attribute"] == "role"}
    assert (person, role) in got


def _page_claims(text: str) -> list[dict]:
    from digest.convert import claims_for, draft_document
    from digest.sources.document import Document
    return claims_for(draft_document(Document(path="x.txt", text=text), K), K)


@pytest.mark.parametrize("text, role", [
    ("Der Eigentümer ist mit dem Luxuskonzern Vega Systems und dessen milliardenschwerem Chef Jane Roe verbunden.",
     "Chef of Vega Systems"),
    ("Vega Systems and its chief executive Jane Roe declined to comment.", "chief executive of Vega Systems"),
])
def test_a_role_after_an_organisation_and_its_possessive_is_that_organisation_s(text, role):
    assert ("Jane Roe", role, None) in roles(text, ("Jane Roe",))


@pytest.mark.parametrize("text, person, role", [
    # a second role with its article, an interim head before the organisation, a chief officer's title
    ("Jane Roe, a co-founder and the chief executive of Vega Systems, said the money would fund a new model.", "Jane Roe",
     "co-founder and the chief executive of Vega Systems"),
    ("Jane Roe, interim Vega Systems CEO, said the company must focus.", "Jane Roe", "interim Vega Systems CEO"),
    ("Vega Systems's chief legal officer, Jane Roe, dismissed the decision.", "Jane Roe", "chief legal officer of Vega Systems"),
    # the organisation after the role with no word between, or after an elided "d'"
    ("Growth was strong, said Jane Roe, CEO & COO Vega Systems.", "Jane Roe", "CEO & COO Vega Systems"),
    ("Le rachat est une étape, a déclaré Jane Roe, PDG d'Orvia Systems.", "Jane Roe", "PDG d'Orvia Systems"),
    # roles in Spanish and Turkish
    ("El director financiero Jane Roe dijo que los márgenes mejoraron.", "Jane Roe", "director financiero"),
    ("Vega Systems kurucusu Jane Roe, kararı açıkladı.", "Jane Roe", "Vega Systems kurucusu"),
])
def test_more_shapes_and_languages_of_a_role(text, person, role):
    assert (person, role, None) in roles(text, (person,))


@pytest.mark.parametrize("text, person, role", [
    ("El director financiero Martín de los Santos dijo que la situación había afectado los márgenes.", "Martín de los Santos",
     "director financiero"),
    ("Growth was strong, said Luis von Ahn, co-founder and CEO of Vega Systems.", "Luis von Ahn",
     "co-founder and CEO of Vega Systems"),
    ("L'Autorité a infligé une amende, explique la présidente Isabelle de Silva.", "Isabelle de Silva", "présidente"),
])
def test_a_role_goes_to_the_whole_name_across_its_particle(text, person, role):
    # the page knows only one part of the name as a person: the role is still the whole name's
    part = person.split()[0] if "von" not in person else person.split()[-1]
    assert (person, role, None) in roles(text, (part,))


def test_a_company_name_ending_in_its_legal_or_group_word_takes_no_role():
    assert not roles("Growth was strong, said Jane Roe, CEO & COO Vega Group.", ("Vega Group",), ("Halcyon",))


def test_a_two_word_name_before_a_particle_keeps_its_portfolio_out():
    got = roles("Minister Jane Roe van Buitenlandse Handel noemde dat een kwestie van veiligheid.", ("Jane Roe",))
    assert ("Jane Roe", "Minister", None) in got
