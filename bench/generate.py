"""Deterministic synthetic raw page-text dumps for the benchmarks.

`generate(n, seed)` returns n (file name, text) pairs shaped like the real dumps in `seeds/` and
`tests/data/devset/raw/`: several outlets' furniture (comment widgets, log-in prompts, "Related
briefings", share lines, aggregator headers), bylines and date lines, headline lines, section
headings, bullet lists, sometimes a pipe table, sometimes a "Timeline" section of date / event
line pairs, and numeric claims phrased the way `site_config/attributes.yml` recognises them.

Articles are about a shared pool of invented models ("Orion-3.5", "Vega-4 Pro", ...) made by the
labs in `site_config/entities.yml`. Each article covers one *event* (a launch, an update, a price
change) of one model; articles on one event are dated within three weeks of it, so they cluster
into stories, and events of one model are months apart, so they form separate stories. Outlets
disagree: each stated value is sometimes another outlet's wrong figure or "not disclosed", so the
linker finds agreements and conflicts. The pool grows with n (about ten articles per event, at
least 40 models) so that story size, and hence page size per story, stays comparable across n.

Same n and seed -> byte-identical dumps. Run: .venv/bin/python bench/generate.py N OUT_DIR [--seed S]
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import random
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_SEED = 20260619

# Invented model stems: none is a family name or an entity in site_config/entities.yml, so the
# extractor finds them through its "Capitalised-version" model pattern, as it would a new model.
STEMS = ["Orion", "Vega", "Lyra", "Atlas", "Nimbus", "Quasar", "Helix", "Zephyr", "Aurora", "Cobalt",
         "Sable", "Tundra", "Cirrus", "Argon", "Boreal", "Kestrel", "Meridian", "Solace", "Talon",
         "Umbra", "Vireo", "Halcyon", "Ember", "Corvid", "Pylon", "Rune", "Saffron", "Tessera",
         "Velour", "Wisp", "Xylo", "Yarrow", "Zenith", "Basalt", "Cinder", "Dune", "Fjord", "Garnet",
         "Harbor", "Indigo"]
VERSIONS = ["2", "3", "3.5", "4", "4.5", "5", "5.2", "6", "7", "8", "9", "10", "11", "12", "13", "14"]
TIERS = ["", "", "", " Pro", " Flash", " Mini", " Ultra"]
# Labs named in site_config/entities.yml (kind: lab).
LABS = ["OpenAI", "Anthropic", "Google DeepMind", "Meta", "Microsoft", "Mistral AI", "Zhipu AI",
        "DeepSeek", "Alibaba", "Tencent", "Baidu", "ByteDance", "Moonshot AI", "MiniMax", "Xiaomi",
        "Huawei", "xAI", "NVIDIA", "Amazon", "IBM", "Cohere", "Salesforce", "Snowflake", "Stability AI"]
PEOPLE = {"OpenAI": "Sam Altman", "Anthropic": "Dario Amodei", "Google DeepMind": "Demis Hassabis",
          "Microsoft": "Satya Nadella", "Mistral AI": "Arthur Mensch", "Zhipu AI": "Tang Jie",
          "Meta": "Mark Zuckerberg", "xAI": "Elon Musk", "NVIDIA": "Jensen Huang"}
BENCHMARKS = ["MMLU", "HumanEval", "GPQA"]
CONTEXTS = [32_000, 128_000, 200_000, 256_000, 1_000_000, 2_000_000]
LICENSES = ["MIT", "Apache 2.0", "proprietary", "open-weight"]
AUTHORS = ["Jane Roe", "John Doe", "Maria Chen", "Arjun Patel", "Lena Fischer", "Tomás Ruiz", "Aiko Tanaka",
           "Sam Okafor", "Priya Nair", "Elena Petrova", "Marcus Hale", "Nadia Karim"]
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# Filler vocabulary: long sentences with varied words, so the dumps have realistic bulk and no
# long line recurs verbatim across dumps (short recurring lines are furniture to the cleaner).
F_SUBJ = ["Developers", "Enterprise buyers", "Analysts", "Researchers", "Start-ups", "Cloud providers",
          "Regulators", "Investors", "Open-source maintainers", "Chip makers", "Product teams", "Critics"]
F_VERB = ["are weighing", "have started testing", "remain cautious about", "are comparing", "keep asking about",
          "have welcomed", "question", "are budgeting for", "are still digesting", "expect more from"]
F_OBJ = ["the cost of inference at scale", "agentic coding workflows", "long-document retrieval",
         "on-premise deployment", "data residency rules", "evaluation methodology", "latency under load",
         "tool use and function calling", "multilingual support", "safety evaluations", "fine-tuning options",
         "the pace of model releases", "GPU supply", "pricing transparency", "benchmark contamination"]
F_TAIL = ["as competition intensifies", "after a crowded quarter of launches", "while budgets tighten",
          "amid export-control uncertainty", "ahead of the next funding cycle", "in regulated industries",
          "in Europe and Asia", "for customer-facing products", "despite the marketing", "this year"]


@dataclass
class Model:
    name: str
    lab: str
    context: int
    params_b: int
    price_in: float
    price_out: float
    scores: dict[str, float]
    license: str
    rival: str = ""


@dataclass
class Event:
    model: Model
    kind: str                      # launch, update, pricing
    date: dt.date
    weight: float
    previous: list[tuple[str, str]] = field(default_factory=list)   # (YYYY-MM, event line) history


@dataclass
class Dump:
    name: str
    text: str
    model: str                     # the model the article is about (its story's subject)


@dataclass
class Outlet:
    name: str | None               # None: a dump that names no outlet
    style: str


OUTLETS = [
    Outlet("TechCrunch", "news"), Outlet("The Verge", "news"), Outlet("Reuters", "news"),
    Outlet("VentureBeat", "news"), Outlet("Wired", "news"), Outlet("Ars Technica", "news"),
    Outlet("Bloomberg", "news"), Outlet("CNBC", "news"), Outlet("SignalDesk", "briefing"),
    Outlet("Pandaily", "aggregator"), Outlet("Deep News", "wire"), Outlet("DEV Community", "blog"),
    Outlet("TechTarget", "stamp"), Outlet(None, "plain"), Outlet(None, "plain"),
    Outlet("MLQ.ai", "aggregator"),
]


def human_tokens(n: int, rng: random.Random) -> str:
    """How outlets write a token count: '1 million', '128K', '128,000', '2-million'."""
    if n >= 1_000_000:
        m = n // 1_000_000
        return rng.choice([f"{m} million", f"{m}-million", f"{m:,}M".replace(",", "")])
    k = n // 1000
    return rng.choice([f"{k}K", f"{k},000", f"{k}k"])


def _pick_distinct(rng: random.Random, pool: list, avoid) -> object:
    options = [x for x in pool if x != avoid]
    return rng.choice(options)


def build_world(n: int, seed: int, min_models: int = 40) -> tuple[list[Model], list[Event]]:
    """Models and events for n articles: about ten articles per event, three events per model."""
    rng = random.Random(seed)
    n_events = max(8, round(n / 10))
    n_models = max(min_models, math.ceil(n_events / 3))
    names: list[str] = []
    seen = set()
    i = 0
    while len(names) < n_models:
        stem = STEMS[i % len(STEMS)]
        version = VERSIONS[(i // len(STEMS)) % len(VERSIONS)]
        tier = TIERS[(i * 7 + i // len(STEMS)) % len(TIERS)] if i >= len(STEMS) else ""
        extra = f"-{i // (len(STEMS) * len(VERSIONS)) + 1}" if i >= len(STEMS) * len(VERSIONS) else ""
        name = f"{stem}-{version}{extra}{tier}"
        if name not in seen:
            seen.add(name)
            names.append(name)
        i += 1
    models = []
    for name in names:
        models.append(Model(
            name=name, lab=rng.choice(LABS), context=rng.choice(CONTEXTS),
            params_b=rng.choice([7, 13, 34, 70, 120, 236, 405, 671, 744, 1000]),
            price_in=rng.choice([0.15, 0.5, 1, 2, 3, 5, 10, 15]),
            price_out=0.0, scores={b: round(rng.uniform(40, 92), 1) for b in BENCHMARKS},
            license=rng.choice(LICENSES),
        ))
        models[-1].price_out = models[-1].price_in * rng.choice([3, 4, 5])
    for m in models:
        m.rival = _pick_distinct(rng, models, m).name
    # events: spread over models round-robin, each model's events 5 to 10 months apart
    events: list[Event] = []
    order = list(range(n_models))
    rng.shuffle(order)
    next_date = {m.name: dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(0, 540)) for m in models}
    history: dict[str, list[tuple[str, str]]] = {m.name: [] for m in models}
    for e in range(n_events):
        m = models[order[e % n_models]]
        date = next_date[m.name]
        kind = "launch" if not history[m.name] else rng.choice(["update", "pricing", "launch"])
        ev = Event(m, kind, date, weight=rng.paretovariate(1.6), previous=list(history[m.name][-4:]))
        events.append(ev)
        history[m.name].append((f"{date:%Y-%m}", _history_line(m, kind, rng)))
        next_date[m.name] = date + dt.timedelta(days=rng.randrange(150, 300))
    return models, events


def _history_line(m: Model, kind: str, rng: random.Random) -> str:
    if kind == "launch":
        return rng.choice([f"{m.lab} releases {m.name}", f"Official release of {m.name}",
                           f"{m.lab} unveils {m.name} to developers"])
    if kind == "pricing":
        return f"{m.lab} cuts {m.name} API prices"
    return f"{m.lab} ships an update to {m.name}"


# --- the article ---------------------------------------------------------------------------------

def _stated(rng: random.Random, true, wrong_options, p_wrong: float = 0.18, p_undisclosed: float = 0.04):
    r = rng.random()
    if r < p_undisclosed:
        return None
    if r < p_undisclosed + p_wrong:
        return rng.choice([w for w in wrong_options if w != true] or [true])
    return true


def _filler(rng: random.Random, k: int) -> str:
    out = []
    for _ in range(k):
        s = f"{rng.choice(F_SUBJ)} {rng.choice(F_VERB)} {rng.choice(F_OBJ)} {rng.choice(F_TAIL)}"
        if rng.random() < 0.5:
            s += f", and {rng.choice(F_SUBJ).lower()} {rng.choice(F_VERB)} {rng.choice(F_OBJ)}"
        out.append(s + ".")
    return " ".join(out)


def _headline(ev: Event, rng: random.Random, ctx: str) -> str:
    m = ev.model
    if ev.kind == "pricing":
        options = [f"{m.lab} Cuts {m.name} Prices as the API Price War Heats Up",
                   f"{m.name} Gets Cheaper: {m.lab} Slashes API Rates",
                   f"How {m.lab}'s New {m.name} Pricing Stacks Up"]
    elif ev.kind == "update":
        options = [f"{m.lab} Updates {m.name} With Longer Context and Better Coding",
                   f"{m.name} Update Brings a {ctx} Context Window",
                   f"What Changed in the Latest {m.name} Release"]
    else:
        options = [f"{m.lab} Launches {m.name} With a {ctx}-Token Context Window",
                   f"{m.lab} Unveils {m.name}, Its Most Capable Model Yet",
                   f"{m.name} Is Here: {m.lab} Takes Aim at {m.rival}",
                   f"Hands-On With {m.name}, {m.lab}'s New Flagship Model"]
    title = rng.choice(options)
    if rng.random() < 0.5:
        title += rng.choice([" in Bid for Developers", " Amid Rising Competition", " for Enterprise Customers",
                             " as Rivals Race Ahead", ", Raising the Stakes", " and Targets Coders"])
    return title


def _claims_paragraphs(ev: Event, rng: random.Random, models_by_name: dict[str, Model]) -> dict[str, list[str]]:
    """Sentences that carry claims, grouped by the section they go in."""
    m = ev.model
    rival = models_by_name[m.rival]
    ctx = _stated(rng, m.context, CONTEXTS)
    params = _stated(rng, m.params_b, [m.params_b * 2, max(7, m.params_b // 2), 405, 744])
    price_in = _stated(rng, m.price_in, [m.price_in * 2, m.price_in / 2 or 1, 3, 5])
    price_out = _stated(rng, m.price_out, [m.price_out * 2, m.price_out / 2 or 1, 15])
    lic = _stated(rng, m.license, LICENSES, p_wrong=0.1, p_undisclosed=0)
    day = WEEKDAYS[ev.date.weekday()]
    lead, body, specs, bench, price = [], [], [], [], []

    verb = {"launch": "released", "update": "rolled out an update to", "pricing": "cut the prices of"}[ev.kind]
    lead_s = f"{m.lab} on {day} {verb} {m.name}"
    if params is not None and rng.random() < 0.7:
        lead_s += f", a {params} billion-parameter model"
    if ctx is not None:
        lead_s += f" with a {human_tokens(ctx, rng)}-token context window"
    lead.append(lead_s + f", {rng.choice(['aiming squarely at', 'taking on', 'challenging'])} {rival.name}.")
    if ctx is None:
        body.append(f"{m.lab} has not disclosed the context window of {m.name}, and declined to say how it compares.")
    if params is None:
        body.append(f"The parameter count of {m.name} was not disclosed.")
    # specs as a bullet list with "Key: value" items
    if ctx is not None:
        specs.append(f"Context window: {human_tokens(ctx, rng)} tokens")
    if params is not None:
        specs.append(f"Model size: {params} billion parameters")
    specs.append(rng.choice(["Modalities: text and images", "Input: text, images and audio", "Output: text and code"]))
    if rng.random() < 0.4:
        specs.append(f"Output speed: {rng.choice([60, 90, 120, 180, 250])} tokens per second")
    # benchmarks
    scored = []
    for b in BENCHMARKS:
        v = _stated(rng, m.scores[b], [round(m.scores[b] + d, 1) for d in (-4.2, -1.5, 2.3, 5.1)], p_undisclosed=0.1)
        if v is not None:
            scored.append((b, v))
    if scored:
        parts = [f"{v}% on {b}" for b, v in scored]
        bench.append(f"{m.name} scored {', '.join(parts[:-1]) + ' and ' + parts[-1] if len(parts) > 1 else parts[0]}, "
                     f"according to figures {rng.choice(['the company published', 'shared with reporters', 'in the technical report'])}.")
    if rng.random() < 0.5:
        rv = _stated(rng, rival.scores["MMLU"], [round(rival.scores["MMLU"] + 3.3, 1)])
        if rv is not None:
            bench.append(f"By comparison, {rival.name} scored {rv}% on MMLU in {rival.lab}'s own testing.")
    if rng.random() < 0.35:
        bench.append(f"{m.name} ranks {rng.choice(['second', 'third', 'No. 4'])} worldwide on coding benchmarks, "
                     f"behind {rival.name}.")
    else:
        body.append(f"{m.lab} has not released technical specs for the smaller variants of {m.name}.")
    # prices
    if price_in is not None and price_out is not None:
        price.append(f"API access costs ${price_in:g} per million input tokens and ${price_out:g} per million output tokens.")
    elif price_in is not None:
        price.append(f"Pricing starts at ${price_in:g} per million input tokens.")
    if rng.random() < 0.4:
        price.append(f"That makes {m.name} {rng.choice(['twice as fast as', '3x faster than', 'four times faster than'])} {rival.name} on long prompts.")
    # license
    if lic in ("MIT", "Apache 2.0"):
        body.append(f"{m.lab} published the weights of {m.name} under a permissive {lic} license, allowing commercial use.")
    elif lic == "open-weight":
        body.append(f"{m.name} is available as an open-weight model on Hugging Face.")
    else:
        body.append(f"Unlike some rivals, {m.name} remains proprietary and is only offered through the API.")
    # money and forecasts, sometimes
    if rng.random() < 0.25:
        amount = rng.choice([300, 650, 1, 2, 6])
        unit = "million" if amount > 10 else "billion"
        body.append(f"{m.lab} has raised ${amount} {unit} in its latest funding round, people familiar with the deal said.")
    if rng.random() < 0.2 and m.lab in PEOPLE:
        when = rng.choice(["by early next year", "by the end of 2027", "within the year", "in Q2 2027"])
        body.append(f"{PEOPLE[m.lab]} predicts Chinese LLMs will reach this level {when}.")
    rng.shuffle(body)
    return {"lead": lead, "body": body, "specs": specs, "bench": bench, "price": price,
            "ctx": [human_tokens(ctx or m.context, rng)]}


def _table(ev: Event, rng: random.Random, models_by_name: dict[str, Model]) -> list[str]:
    m, r = ev.model, models_by_name[ev.model.rival]
    rows = [f"| Feature | {m.name} | {r.name} |", "|---|---|---|"]
    rows.append(f"| Context window | {human_tokens(_stated(rng, m.context, CONTEXTS) or m.context, rng)} tokens | "
                f"{human_tokens(r.context, rng)} tokens |")
    rows.append(f"| Parameters | {m.params_b}B | {r.params_b}B |")
    if rng.random() < 0.6:
        rows.append(f"| License | {m.license} | {r.license} |")
    rows.append(f"| Input price | ${m.price_in:g} / 1M tokens | ${r.price_in:g} / 1M tokens |")
    return rows


def _timeline(ev: Event, rng: random.Random) -> list[str]:
    lines = []
    for ym, line in ev.previous[-3:]:
        lines += [ym, line, ""]
    lines += [f"{ev.date:%Y-%m}", _history_line(ev.model, ev.kind, rng)]
    return lines


def _date_text(d: dt.date, rng: random.Random) -> str:
    return rng.choice([f"{MONTH_NAMES[d.month - 1]} {d.day}, {d.year}", f"{d:%Y-%m-%d}",
                       f"{MONTH_NAMES[d.month - 1][:3]} {d.day}, {d.year}", f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}"])


def render_dump(ev: Event, outlet: Outlet, date: dt.date, rng: random.Random, models_by_name: dict[str, Model]) -> str:
    m = ev.model
    c = _claims_paragraphs(ev, rng, models_by_name)
    title = _headline(ev, rng, c["ctx"][0].replace(" million", "M").replace("-million", "M"))
    author = rng.choice(AUTHORS)
    sections: list[tuple[str, list[str]]] = []
    heads = [rng.choice(["What happened", f"What {m.lab} announced", f"Inside {m.name}"]),
             rng.choice(["Specs at a glance", "Key specifications", f"{m.name} by the numbers"]),
             rng.choice(["Benchmarks", "How it performs", f"How {m.name} compares"]),
             rng.choice(["Pricing and availability", "What it costs", "Availability"]),
             rng.choice(["Why it matters", "What to watch next", "The bigger picture"])]
    sections.append((heads[0], [" ".join(c["lead"] + [_filler(rng, 2)]), " ".join(c["body"][:2] + [_filler(rng, 3)])]))
    sections.append((heads[1], ["- " + s for s in c["specs"]]))
    sections.append((heads[2], [" ".join(c["bench"] + [_filler(rng, 2)])] if c["bench"] else [_filler(rng, 3)]))
    sections.append((heads[3], [" ".join(c["price"] + c["body"][2:] + [_filler(rng, 2)])]))
    sections.append((heads[4], [_filler(rng, rng.randint(3, 8)), _filler(rng, rng.randint(2, 6))]))
    table = _table(ev, rng, models_by_name) if rng.random() < 0.3 else None
    timeline = _timeline(ev, rng) if ev.previous and rng.random() < 0.4 else None

    body: list[str] = []
    for head, paras in sections:
        body += [head, ""]
        if paras and paras[0].startswith("- "):
            body += paras + [""]
        else:
            for p in paras:
                body += [p, ""]
        if table and head == heads[1]:
            body += table + [""]
    if timeline:
        body += ["Timeline", ""] + timeline + [""]

    date_line = _date_text(date, rng)
    style = outlet.style
    if style == "news":
        top = [title, "", f"By {author}", date_line, ""]
        bottom = ["Share this article", "", f"Comments ({rng.randint(0, 40)})",
                  "Log in or register to comment on articles.", "", "Related articles",
                  f"{m.lab} {rng.choice(['signs', 'expands', 'rethinks'])} cloud deal", outlet.name or ""]
        if rng.random() < 0.5:
            top = [outlet.name or "", ""] + top
    elif style == "briefing":
        top = [" ".join(c["lead"]), ""] + [f"  • {s}" for s in c["specs"][:2]] + [""]
        bottom = [f"Source assisted: This briefing began from a discovered source item from {rng.choice(['Reuters', 'The Verge', 'TechCrunch'])}. Open the original source.",
                  "How SignalDesk reports: feeds and outside sources are used for discovery. Public briefings are edited to add context, buyer relevance and attribution before they are published. Read the standards",
                  "", "Related briefings"]
        top = [title, ""] + top if rng.random() < 0.5 else top
    elif style == "aggregator":
        top = [f"{outlet.name}•Stalecollected in {rng.randint(1, 59)}m", title, "",
               f"Quick take: {m.name} {rng.choice(['reshapes', 'shakes up', 'tests'])} the race among frontier models.",
               f"First published: {date_line}", ""]
        bottom = ["", "AI-generated analysis for this event.", "- " + _filler(rng, 1), "- " + _filler(rng, 1), "",
                  "Read this week's curated digest", "Weekly AI recap"]
    elif style == "wire":
        top = [title, "", outlet.name or "", f"{date.month:02d}/{date.day:02d}", ""]
        bottom = ["", "免責聲明:投資有風險,本文並非投資建議,以上內容不應被視為任何金融產品的購買或出售要約。", "", "熱議股票", ""]
        for k in range(1, 8):
            bottom += [f"  {k}.", "     ", ""]
        # a wire dump's year is often missing: the story dates it
    elif style == "blog":
        top = [outlet.name or "", "", f"Cover image for {title}", author, author, "",
               f"Posted on {date_line} • Originally published at {author.split()[0].lower()}-ai.example.dev", "", title, ""]
        bottom = ["Sources", "", f"Top comments ({rng.randint(0, 9)})"]
    elif style == "stamp":
        top = [f" date {date:%Y-%m-%d} {title}.", ""]
        bottom = ["", "Follow us on social media", "Subscribe to our newsletter"]
    else:  # plain: no outlet named, a date in the first lines
        top = [title, date_line, ""]
        bottom = ["💬 Comments (0)", "🔒 Log in or register to comment on articles.", "No comments yet. Be the first to comment!"]
    text = "\n".join(top + body + bottom).strip() + "\n"
    if rng.random() < 0.05:  # damaged characters, as in seeds/000: UTF-8 read as Windows-1252
        text = text.replace("'", "’").encode("utf-8").decode("cp1252", errors="replace")
    return text


def generate_dumps(n: int, seed: int = DEFAULT_SEED) -> list[Dump]:
    """Like `generate`, with the model each dump is about (to batch dumps by story subject)."""
    models, events = build_world(n, seed)
    by_name = {m.name: m for m in models}
    rng = random.Random(seed * 1_000_003 + n)
    weights = [e.weight for e in events]
    out: list[Dump] = []
    for i in range(n):
        if out and rng.random() < 0.02:
            # a syndicated copy: the same article reached through another outlet's dump
            src = rng.choice(out[-50:])
            out.append(Dump(f"{i:05d}_copy.txt", src.text.replace("Related articles", "Related stories"), src.model))
            continue
        ev = events[i] if i < len(events) else rng.choices(events, weights)[0]
        outlet = rng.choice(OUTLETS)
        date = ev.date + dt.timedelta(days=rng.randrange(0, 21))
        text = render_dump(ev, outlet, date, rng, by_name)
        slug = (outlet.name or "unnamed").lower().replace(" ", "-").replace(".", "")
        out.append(Dump(f"{i:05d}_{slug}.txt", text, ev.model.name))
    return out


def generate(n: int, seed: int = DEFAULT_SEED) -> list[tuple[str, str]]:
    """n (file name, text) pairs; deterministic in (n, seed)."""
    return [(d.name, d.text) for d in generate_dumps(n, seed)]


# --- claims for the linker benchmark -------------------------------------------------------------

ATTR_FAMILY = {"context window": "specs", "parameters": "specs", "output speed": "specs", "MMLU": "benchmarks",
               "HumanEval": "benchmarks", "GPQA": "benchmarks", "license": "availability",
               "price per million input tokens": "prices", "price per million output tokens": "prices",
               "specs and benchmarks": "disclosure", "prediction": "predictions", "coding rank": "benchmarks"}


def synthetic_claims(n: int, seed: int = DEFAULT_SEED) -> list:
    """About n ClaimRef objects shaped like a converted site's: ~10 claims per entry, ~10 entries per
    story, most about the story's model, some about its rival, values that agree or conflict. The
    model pool grows with n (no floor), so claims per (subject, attribute) stay alike at every n."""
    from digest.link.relations import ClaimRef

    n_entries = max(2, n // 10)
    models, events = build_world(n_entries, seed, min_models=2)
    by_name = {m.name: m for m in models}
    rng = random.Random(seed + n)
    weights = [e.weight for e in events]
    out: list = []
    i = 0
    while len(out) < n:
        ev = events[i] if i < len(events) else rng.choices(events, weights)[0]
        m, rival = ev.model, by_name[ev.model.rival]
        entry = f"entries/e{i:06d}.md"
        date = (ev.date + dt.timedelta(days=rng.randrange(0, 21))).isoformat()
        story = f"{m.name.lower()}-{ev.kind}-{ev.date:%Y-%m}"
        facts = [
            (m.name, "context window", _stated(rng, m.context, CONTEXTS), "tokens"),
            (m.name, "parameters", _stated(rng, m.params_b * 10**9, [m.params_b * 2 * 10**9, 405 * 10**9]), "parameters"),
            (m.name, "price per million input tokens", _stated(rng, m.price_in, [m.price_in * 2, 3]), "USD"),
            (m.name, "price per million output tokens", _stated(rng, m.price_out, [m.price_out * 2, 15]), "USD"),
            (m.name, "license", _stated(rng, m.license, LICENSES, p_undisclosed=0), None),
            (rival.name, "context window", _stated(rng, rival.context, CONTEXTS), "tokens"),
        ] + [(m.name, b, _stated(rng, m.scores[b], [round(m.scores[b] + 2.3, 1)]), "percent") for b in BENCHMARKS]
        if rng.random() < 0.3:
            facts.append((m.name, "specs and benchmarks", "undisclosed", None))
        if rng.random() < 0.2:
            facts.append(("Chinese LLMs", "prediction", rng.choice(["2027-Q1", "2026", "2027-Q2"]), None))
        for k, (subject, attr, value, unit) in enumerate(facts):
            if len(out) >= n:
                break
            if value is None:
                value, unit = "undisclosed", None
            said_by = rng.choice(["Elon Musk", "Tang Jie", None]) if attr == "prediction" else None
            out.append(ClaimRef(uid=f"{entry}#claim-{k}", entry=entry, subject=subject, attribute=attr, value=value,
                                unit=unit, said_by=said_by, story=story, family=ATTR_FAMILY[attr],
                                opinion=ATTR_FAMILY[attr] == "predictions", date=date))
        i += 1
    return out


def write_dumps(n: int, out_dir: Path, seed: int = DEFAULT_SEED) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in generate(n, seed):
        p = out_dir / name
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = ap.parse_args(argv)
    paths = write_dumps(args.n, args.out_dir, args.seed)
    print(f"{len(paths)} dumps written to {args.out_dir}")


if __name__ == "__main__":
    main()
