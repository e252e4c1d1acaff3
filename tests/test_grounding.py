"""The grounding step: each error pattern on sentences written for these tests."""

from digest.config import load_knowledge
from digest.extract.claims import Unit
from digest.extract.grounding import ground_claims, value_spans

K = load_knowledge()


def _ground(quote, subject, attribute, value, said_by=None, before=(), models=(), topic=None):
    units = [Unit(kind="sentence", text=t, quote=t) for t in (*before, quote)]
    claim = {"subject": subject, "attribute": attribute, "value": value, "unit": None, "quote": quote, "said_by": said_by}
    return ground_claims([claim], units, K, set(models), topic=topic)


def test_value_found_in_its_quote_in_several_number_styles():
    assert value_spans("sales of $4.2 billion in the quarter", 4200000000)
    assert value_spans("ingresos de 12.500 millones de dólares", 12500000000)
    assert value_spans("a 2M-token window", 2000000)
    assert not value_spans("sales of $4.2 billion", 3000000)


def test_family_figure_goes_to_the_member_named_next_to_it():
    first = "Qwen 9 Falcon and Qwen 9 Heron arrive this week."
    out = _ground("Heron, the larger one, holds 640 billion parameters and Falcon 90 billion.",
                  "Qwen 9", "parameters", 640000000000, before=[first], models={"Qwen 9", "Qwen 9 Heron", "Qwen 9 Falcon"})
    assert out and out[0]["subject"] == "Qwen 9 Heron"


def test_active_parameters_are_not_the_parameter_count():
    out = _ground("Qwen 9 Heron runs 30 billion active parameters out of 640 billion total.",
                  "Qwen 9 Heron", "parameters", 30000000000, models={"Qwen 9 Heron"})
    assert out[0]["attribute"] == "active parameters"
    assert _ground("Qwen 9 Heron uses 30 billion parameters per token and a total of 640 billion parameters.",
                   "Qwen 9 Heron", "parameters", 30000000000, models={"Qwen 9 Heron"}) == []


def test_a_model_figure_never_lands_on_the_company_whose_chip_runs_it():
    assert _ground("The model fits on one NVIDIA GPU and reads up to 4 million tokens.",
                   "NVIDIA", "context window", 4000000) == []


def test_a_speaker_or_a_name_fragment_is_no_subject():
    assert _ground("Lindqvist noted the $2 billion round is modest.", "Lindqvist", "funding", 2000000000) == []
    assert _ground("The $2 billion Series F valued the lab at $20 billion.", "Series", "valuation", 20000000000) == []
    assert _ground("Shares of the parent (OSE:4321) rose after it raised $2 billion.", "OSE", "funding", 2000000000) == []
    assert _ground("With over 300 million weekly users, the app keeps growing.", "Over-18", "users", 300000000) == []


def test_a_product_does_not_take_its_makers_round():
    assert _ground("Weeks after a deal with Google, Anthropic has raised $2 billion more.",
                   "Claude", "funding", 2000000000) == []


def test_a_segment_figure_is_named_for_the_segment():
    out = _ground("Nvidia's automotive revenue reached $1.7 billion in the quarter.", "NVIDIA", "revenue", 1700000000)
    assert out[0]["attribute"] == "automotive revenue"
    out = _ground("Nvidia's total revenue reached $41 billion in the quarter.", "NVIDIA", "revenue", 41000000000)
    assert out[0]["attribute"] == "revenue"


def test_a_growth_rate_is_not_a_share_move_and_eps_is_not_revenue():
    out = _ground("Revenue climbed to $9 billion, a 41% rise from a year earlier.", "Apple", "share price gain", 41)
    assert out[0]["attribute"] == "revenue growth"
    out = _ground("Apple reported $9 billion in sales and $1.12 earnings per share.", "Apple", "revenue", 1.12)
    assert out[0]["attribute"] == "earnings per share"
    out = _ground("Apple shares rose 4% on Friday.", "Apple", "share price gain", 4)
    assert out[0]["attribute"] == "share price gain"


def test_guidance_is_a_forecast_not_the_analysts():
    out = _ground("Apple anticipates revenue of about $95 billion, above Wall Street estimates of $93 billion.",
                  "Apple", "revenue", "~95000000000", said_by="Wall Street")
    assert out[0]["said_by"] == "forecast"


def test_part_of_an_amount_and_another_partys_amount_are_dropped():
    assert _ground("Amazon will pay an initial $3 billion into Anthropic.", "Anthropic", "investment", 3000000000) == []
    assert _ground("The deal backs Orion, a $90 billion project between OpenAI and Oracle.",
                   "OpenAI", "investment", 90000000000) == []
    out = _ground("Anthropic counts Amazon, which has invested $8 billion in the lab, among its backers.",
                  "Anthropic", "investment", 8000000000)
    assert out and out[0]["subject"] == "Amazon"
    assert _ground("Mistral AI raised $600 million at a $6 billion post-money valuation.",
                   "Mistral AI", "funding", 6000000000) == []


def test_a_figure_of_something_indefinite_after_a_time_put_first_is_no_ones():
    """"In early 2031, a 128K context window was exceptional": any window then, not the model named in the
    sentence before; the same sentence naming the model keeps it."""
    before = ["Context windows have grown since Qwen 9 pushed past 32K tokens."]
    assert _ground("In early 2031, a 128K context window was exceptional.", "Qwen 9", "context window", 128000,
                   before=before, models={"Qwen 9"}) == []
    assert _ground("Back in March 2031, a rival model offered 128K tokens of context.", "Qwen 9", "context window",
                   128000, before=before, models={"Qwen 9"}) == []
    kept = _ground("In early 2031, Qwen 9 offered a 128K context window.", "Qwen 9", "context window", 128000,
                   before=before, models={"Qwen 9"})
    assert kept and kept[0]["subject"] == "Qwen 9"
    # the value inside the clause put first is not past it; a sentence that opens indefinite stays so
    assert _ground("Its gross margin for 2031 was 75%, a record.", "Helios Labs", "gross margin", 75,
                   before=["Helios Labs reported results."])
    assert _ground("An early 2031 update, rolled out quietly, raised it to 1 million tokens.", "Qwen 9", "context window",
                   1000000, before=before, models={"Qwen 9"}) == []


def test_a_name_before_is_not_what_the_next_sentence_points_to_when_it_names_an_employer_or_another_speaks():
    """"… and Google's former CEO. The deal values the company at …" on a page about another company: a person's
    employer is not "the company" (on a page about Google it is); "Harbor Freight confirmed it's cutting 450
    jobs": "it" is who speaks, not the name of the sentence before ("said its new model" keeps the model)."""
    employer = ["Backers include Lightspeed and the former CEO of Google, Eric Schmidt."]
    assert _ground("The deal values the company at $260 million.", "Google", "valuation", 260000000,
                   before=employer, topic="Mistral AI") == []
    kept = _ground("The deal values the company at $260 million.", "Google", "valuation", 260000000,
                   before=employer, topic="Google")
    assert kept and kept[0]["subject"] == "Google"
    actor = ["Google raised $2 billion from Lightspeed."]
    kept = _ground("The deal values the company at $260 million.", "Google", "valuation", 260000000, before=actor)
    assert kept and kept[0]["subject"] == "Google"
    before = ["Paycom is eliminating over 500 positions."]
    assert _ground("Similarly, Harbor Freight confirmed it's cutting 450 jobs.", "Paycom", "job cuts", 450,
                   said_by="Harbor Freight", before=before) == []
    assert _ground("Helios Labs said its new model reads up to 400,000 tokens of context.", "Qwen 9", "context window",
                   400000, said_by="Helios Labs", before=["Qwen 9 is Helios Labs' new model."], models={"Qwen 9"})
