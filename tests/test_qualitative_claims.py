"""Qualitative claims: facts stated by a verb or a copula (site_config/attributes.yml `relations`),
their negated, conditional and hedged shapes, and how the linker compares their values. Sentences
written for these tests, in the shapes news pages use."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import ROOT
from digest.config import load_knowledge
from digest.extract.claims import Unit, extract_claims
from digest.link.compare import compare

K = load_knowledge(ROOT / "site_config")
MODELS = {"Zephyr-4", "Zephyr-3", "Kestrel-2 Ultra", "Kestrel-2 Pro"}


def facts(text: str) -> set[tuple]:
    units = [Unit("sentence", text, text)]
    return {(c["subject"], c["attribute"], c["value"], c.get("said_by"), c.get("qualifier"))
            for c in extract_claims(units, K, dt.date(2025, 3, 10), None, MODELS)}


def qualitative(text: str) -> set[tuple]:
    names = {r["attribute"] for r in K.relations}
    return {f for f in facts(text) if f[1] in names or f[1].startswith("performance versus")}


@pytest.mark.parametrize("text, fact", [
    ("Zephyr-4 is built on a sparse mixture-of-experts design.", ("Zephyr-4", "architecture", "MoE")),
    ("Zephyr-4 uses a dense transformer, unlike its rivals.", ("Zephyr-4", "architecture", "dense")),
    ("Zephyr-4 accepts images, text and video as input.", ("Zephyr-4", "modalities", "text, images, video")),
    ("Zephyr-4 is now available on Nimbus Cloud and Stratus AI Studio from today.",
     ("Zephyr-4", "availability", "Nimbus Cloud, Stratus AI Studio")),
    ("Zephyr-4 is rolling out to all Team subscribers this week.", ("Zephyr-4", "audience", "all Team subscribers")),
    ("Zephyr-4 outperforms Kestrel-2 Ultra on most coding tests.", ("Zephyr-4", "performance versus Kestrel-2 Ultra", "better")),
    ("Zephyr-4 replaces Zephyr-3 as the default model.", ("Zephyr-4", "predecessor", "Zephyr-3")),
    ("Zephyr-4 is a welcome upgrade over Zephyr-3.", ("Zephyr-4", "predecessor", "Zephyr-3")),
    ("Globex Systems acquired Initrode Labs in 2019.", ("Initrode Labs", "acquired by", "Globex Systems")),
    ("Initrode Labs was acquired by Globex Systems in 2019.", ("Initrode Labs", "acquired by", "Globex Systems")),
    ("Initrode Labs was sued by Vandelay Industries over its training data.",
     ("Initrode Labs", "sued by", "Vandelay Industries")),
])
def test_each_relation_reads_its_sentence_shape(text, fact):
    assert fact in {f[:3] for f in qualitative(text)}


def test_a_listed_attribute_the_vocabulary_counts_gives_its_count_and_names_the_items():
    text = "Zephyr-4 speaks Korean, Japanese and Portuguese."
    got = [c for c in extract_claims([Unit("sentence", text, text)], K, None, None, MODELS) if c["attribute"] == "languages"]
    assert [(c["subject"], c["value"], c["unit"]) for c in got] == [("Zephyr-4", 3, "languages")]
    assert "Portuguese, Japanese, Korean" in got[0]["text"]


def test_a_name_ending_the_sentence_keeps_its_version_not_the_full_stop():
    assert ("Nova 3", "predecessor", "Nova 2") in {f[:3] for f in qualitative(
        "Acme released Nova 3 on Monday, a welcome upgrade over Nova 2.")}


def test_a_status_is_the_value_its_cue_states():
    assert ("Zephyr-4", "status", "paused") in {f[:3] for f in qualitative("Zephyr-4 was paused after a week of complaints.")}
    assert qualitative("Zephyr-4 was not paused, the company said.") == set()


def test_a_comparison_keeps_what_narrows_it_and_drops_what_does_not():
    narrowed = qualitative("Zephyr-4 matched Kestrel-2 Pro on speech while costing less.")
    assert ("Zephyr-4", "performance versus Kestrel-2 Pro", "on par", None, "on speech") in narrowed
    broad = qualitative("Zephyr-4 matched or exceeded the much larger Kestrel-2 Ultra across most benchmarks.")
    assert ("Zephyr-4", "performance versus Kestrel-2 Ultra", "on par or better", None, None) in broad


@pytest.mark.parametrize("text", [
    "Zephyr-4 is not available on Nimbus Cloud in Europe.",
    "Zephyr-4 could be rolling out to all Team subscribers next month.",
    "Zephyr-4 does not accept images, text or video yet.",
    "If Zephyr-4 outperforms Kestrel-2 Ultra, prices will fall.",
    "Zephyr-4 never matched Kestrel-2 Ultra on reasoning.",
])
def test_negated_or_conditional_cues_state_nothing(text):
    # (a planned one, "will be available on …", is a forecast: test_a_planned_relation_is_a_forecast…)
    assert qualitative(text) == set()


def test_a_hedged_comparison_names_its_hedge():
    got = qualitative("Zephyr-4 is apparently on par with Kestrel-2 Ultra.")
    assert {f[3] for f in got} == {"unconfirmed"}


def test_reported_speech_names_the_speaker():
    got = qualitative("Globex Systems said Zephyr-4 outperforms Kestrel-2 Ultra on most tasks.")
    assert ("Zephyr-4", "performance versus Kestrel-2 Ultra", "better", "Globex Systems", None) in got


def test_a_round_names_who_led_it_only_in_a_funding_sentence():
    got = qualitative("Initrode Labs raised $40 million in a Series B round led by Vandelay Ventures and Pendant Capital.")
    assert ("Initrode Labs", "round led by", "Pendant Capital, Vandelay Ventures") in {f[:3] for f in got}
    assert qualitative("The team was led by Jane Doe, a former engineer.") == set()


def test_no_subject_from_a_possessor_a_value_or_another_clause():
    # the audio API is available, not the model; the capabilities roll out, not the model named before the dash
    assert qualitative("Zephyr-4's audio API is available to developers through one endpoint.") == set()
    assert not [f for f in qualitative("Zephyr-4 launched today — and new features are rolling out to free users.")
                if f[1] == "audience"]
    assert qualitative("Available on Nimbus Cloud and Stratus AI Studio, with more to come.") == set()


def test_a_second_verb_keeps_the_first_verbs_subject():
    got = qualitative("Plainly, Zephyr-4 beats Kestrel-2 Pro and rivals Kestrel-2 Ultra on reasoning.")
    assert {f[:3] for f in got} == {("Zephyr-4", "performance versus Kestrel-2 Pro", "better"),
                                    ("Zephyr-4", "performance versus Kestrel-2 Ultra", "on par")}


def test_it_after_several_names_is_left_unresolved():
    text = "In the review of Zephyr-4, Kestrel-2 Pro came close, and it outperforms Zephyr-3 on speech."
    assert qualitative(text) == set()


def test_a_dash_apposition_speaks_of_the_name_before_it():
    got = qualitative("Globex released Zephyr-4 (\"nova\")—a model that processes text, audio and images natively.")
    assert ("Zephyr-4", "modalities", "text, images, audio") in {f[:3] for f in got}


def test_a_value_set_against_the_subject_is_not_its_value():
    assert not [f for f in qualitative("Zephyr-4 is an alternative to mixture-of-experts designs.") if f[1] == "architecture"]
    assert not [f for f in qualitative("Zephyr-4 uses fewer chips than dense transformer models.") if f[1] == "architecture"]


def test_a_time_is_not_a_platform():
    assert qualitative("Zephyr-4 is available in March and Kestrel-2 Pro is available on Monday.") == set()


def test_one_listed_item_is_not_a_list():
    assert not [f for f in qualitative("Zephyr-4 accepts text as input.") if f[1] == "modalities"]


@pytest.mark.parametrize("a, b, kind", [
    ("text, images, audio", "audio and images and text", "agrees"),
    ("text, images", "text, images, audio", "related"),
    ("Nimbus Cloud, Stratus AI Studio", "Nimbus Cloud", "related"),
    (5, "English, French, Spanish, German, Italian", "agrees"),
    (4, "English, French, Spanish, German, Italian", "related"),
    ("on par", "on par or better", "agrees"),
    ("on par", "better", "conflicts"),
    ("MIT", "Apache-2.0", "conflicts"),
    ("MIT", "open weights", "agrees"),
    ("proprietary", "open weights", "conflicts"),
])
def test_linker_compares_qualitative_values(a, b, kind):
    assert compare(a, b) == kind
    assert compare(b, a) == kind


def test_several_true_values_never_conflict():
    """Available on one cloud and on another, led by one investor and by another: both can hold."""
    from digest.link.questions import pair_kind
    from digest.link.relations import ClaimRef, classify
    a = ClaimRef(uid="a#1", entry="a.md", subject="Orca-3", attribute="availability", value="Amazon Bedrock",
                 unit=None, said_by=None, story="s", family="availability", several=True)
    b = ClaimRef(uid="b#1", entry="b.md", subject="Orca-3", attribute="availability", value="Microsoft Azure",
                 unit=None, said_by=None, story="s", family="availability", several=True)
    c = ClaimRef(uid="c#1", entry="c.md", subject="Orca-3", attribute="availability", value="amazon bedrock",
                 unit=None, said_by=None, story="s", family="availability", several=True)
    assert classify(a, b) == "related" and pair_kind(a, b) == "related"
    assert classify(a, c) == "agrees"


def test_one_input_named_with_its_noun_is_a_modality_and_it_is_what_the_copula_describes():
    assert ("Zephyr-4", "modalities", "images") in {f[:3] for f in qualitative("Zephyr-4 now supports image input.")}
    assert not [f for f in qualitative("Zephyr-4 does not accept image input.") if f[1] == "modalities"]
    # "It was the first Zephyr generation to …": the name describes what "it" is; "it" is the page's model
    units = [Unit("sentence", s, s) for s in ("Zephyr-4 is a family of models by Globex.",
                                              "It was the first Zephyr generation to accept image input.")]
    got = {(c["subject"], c["attribute"], c["value"]) for c in extract_claims(units, K, dt.date(2025, 3, 10), "Zephyr-4", MODELS)}
    assert ("Zephyr-4", "modalities", "images") in got and not [c for c in got if c[0] == "Zephyr"]


def test_the_top_of_a_leaderboard_is_first_place_unless_the_time_there_ends():
    got = {f[:3] for f in facts("Zephyr-4 reached the top of the Chatbot Arena leaderboard in March.")}
    assert ("Zephyr-4", "Chatbot Arena rank", 1) in got
    assert ("Zephyr-4", "Chatbot Arena rank", 1) in {f[:3] for f in facts("Zephyr-4 took the top spot on the Chatbot Arena leaderboard.")}
    assert not [f for f in facts("The release ends Zephyr-3's long spell at the top of the Chatbot Arena leaderboard.") if f[2] == 1]
    assert not [f for f in facts("Zephyr-3 fell from the top of the Chatbot Arena leaderboard.") if f[2] == 1]
    assert not [f for f in facts("Since 2023, versions of Zephyr-3 have held the top spot on the Chatbot Arena leaderboard.") if f[2] == 1]


def test_a_planned_relation_is_a_forecast_and_an_aside_does_not_hide_the_subject():
    units = [Unit("sentence", s, s) for s in (
        "Globex is set to launch Zephyr-4.",
        "The new model, which is expected to be released in July, will be an upgrade from the current Zephyr-3, which powers its apps.")]
    got = {(c["subject"], c["attribute"], c["value"], c.get("said_by")) for c in extract_claims(units, K, dt.date(2025, 3, 10), "Zephyr-4", MODELS)}
    assert ("Zephyr-4", "predecessor", "Zephyr-3", "forecast") in got
    assert ("Zephyr-4", "availability", "Nimbus Cloud", "forecast") in {f[:4] for f in qualitative("Zephyr-4 will be available on Nimbus Cloud.")}
    assert not [f for f in qualitative("Zephyr-4 could be available on Nimbus Cloud.") if f[1] == "availability"]


def test_a_modality_list_joined_by_alongside_and_they_for_all_of_the_named_family():
    units = [Unit("sentence", s, s) for s in ("All three Zephyr-4 models now support multimodal input — they can process images alongside text.",)]
    got = {(c["subject"], c["attribute"], c["value"]) for c in extract_claims(units, K, dt.date(2025, 3, 10), "Zephyr-4", MODELS)}
    assert ("Zephyr-4", "modalities", "text, images") in got


def test_where_a_team_is_based_is_not_the_company_headquarters():
    from digest.convert import claims_for, draft_document
    from digest.sources.document import Document
    text = ("Orla expands in Korea\n\nOrla Labs plans to invest $200 million in Korea over three years, including a "
            "research team of about 40 people based in Busan.\n\nOrla Labs, based in Denver, builds language models.\n")
    got = claims_for(draft_document(Document(path="x.txt", text=text), K), K)
    assert [c["value"] for c in got if c["attribute"] == "headquarters"] == ["Denver"]
