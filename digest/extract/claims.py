"""Claim extraction: sentences, table cells and key/value lines into structured claims.

A pure function of text units, the entry's date and the knowledge in `site_config/`. Each claim
names a subject (a canonical entity), an attribute from the vocabulary, a normalised value and
the verbatim quote it came from. Precision first: a claim needs a named (or clearly referred-to)
subject and a value of the attribute's type near the words that name the attribute.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from digest.config import Attribute, Knowledge
from digest.extract import values as V
from digest.extract import lexicon
from digest.extract.entities import Mention, find_mentions, short_forms
from digest.extract.names import proper_names
from digest.extract.quantities import Quantity, clause_span, open_claims, subject_for, terms_of
from digest.extract.speakers import speaker_of

_ABBREV = r"(?<!\bNo\.)(?<!\bU\.S\.)(?<!\bvs\.)(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bMr\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\b[A-Z]\.)"
# German "3,5 Mrd. Dollar", "40 Mio. Euro": a magnitude abbreviation, not a sentence end
_ABBREV += r"(?<!\bMrd\.)(?<!\bMio\.)(?<!\bBio\.)(?<!\bMd\.)(?<!\bMds\.)"
# a day with an ordinal dot before its month and year ("am 4. März 2025") does not end a sentence
_ABBREV += r"(?!(?<=(?<![\d.])\d\.)\s+\w+\s+\d{4}\b)(?!(?<=(?<![\d.])\d\d\.)\s+\w+\s+\d{4}\b)"
_SENT_SPLIT = re.compile(r"(?<=[.!?])" + _ABBREV + r"[\"'”»)]?\s+(?=[A-Z0-9\"'“«(¿¡À-ÖØ-Þ])")
_PRONOUN = re.compile(r"^(?:It|Its|The model|This model|The new model|The system)\b|\b(?:it|its|the model|this model)\b")
_PLURAL_REF = re.compile(r"\b(?:these models|both models|the models|they)\b", re.IGNORECASE)
_SPEAKER_VERB = re.compile(
    r"\b(?:predict(?:s|ed)?|forecast(?:s|ed)?|said|says|suggest(?:s|ed)|assert(?:s|ed)|claim(?:s|ed)|"
    r"expect(?:s|ed)|believe(?:s|d)|argue(?:s|d)|noted|notes|warn(?:s|ed)|estimate(?:s|d))\b"
)
_COMPARED = re.compile(r"\b(?:than|of|with|against|vs\.?|versus|like|including|behind|to)\s+(?:\S+\s+){0,3}$")
_CONVERSION = re.compile(r"(?:\(|\bor (?:about |roughly |around )?)$")
_UNNAMED = re.compile(r"^\s*(?:\w+\s+){0,4}?(?:offered by|from|of) (?:its |their )?(?:competitors|rivals|other models|others|peers)\b")
_DOMAIN = re.compile(r"\b(coding|reasoning|math|agent|vision|multilingual|writing)\b", re.IGNORECASE)
_FRACTION = re.compile(r"\b(?P<f>a fifth|one fifth|a quarter|one quarter|a third|one third|half)\s+(?:of\s+)?the\s+(?:cost|price)\b"
                       r"|(?P<pct>\d+(?:\.\d+)?)\s*%\s*(?:cheaper|less expensive|lower cost)", re.IGNORECASE)
_FRACTIONS = {"a fifth": 20, "one fifth": 20, "a quarter": 25, "one quarter": 25, "a third": 33.3, "one third": 33.3, "half": 50}
_LICENSE_CTX = re.compile(
    r"\bunder (?:a |an |the )?(?:permissive |open |an open-source )?(?=(?:MIT|Apache|GPL|BSD|CC|Llama|open))"
    r"|\b(?:as|is|was|are|be|remains?|stays?|isn'?t|not|fully|still)\s+(?:an?\s+)?(?=open[- ]weights?|open[- ]source|proprietary|closed[- ]source)"
    r"|\b(?:open[- ]weights?|open[- ]source|MIT|Apache(?: 2\.0)?) licen[sc]e",
    re.IGNORECASE,
)
SUBJECT_KINDS = {
    "specs": ("model", "product"), "benchmarks": ("model", "product"), "availability": ("model", "product"),
    "prices": ("model", "product"), "disclosure": ("model", "product"),
    "markets": ("lab", "group", "model", "product"), "company": ("lab", "group"),
    "predictions": ("group", "place", "lab", "model", "product"),
}


@dataclass
class Unit:
    """A piece of text claims are read from: a sentence, a table row, or a key/value line."""

    kind: str                 # sentence, table, code
    text: str                 # the text matched against
    quote: str                # verbatim quote to store (a sentence, a row, a line)
    said_by: str | None = None
    header: list[str] = field(default_factory=list)   # tables: the header row
    cells: list[str] = field(default_factory=list)    # tables: this row's cells
    context: str = ""         # code: the keys above this line


@dataclass
class Context:
    knowledge: Knowledge
    date: dt.date | None
    primary_model: str | None = None
    last_models: list[str] = field(default_factory=list)
    topic_lab: str | None = None
    shorts: dict = field(default_factory=dict)
    named: dict = field(default_factory=dict)   # "startup" -> the lab the article called that
    last_subject: str | None = None             # what "its" and "the company" mean in the next clause
    topic_org: str | None = None                # the document's main entity when it is an organisation
    last_labs: list[str] = field(default_factory=list)   # the organisations the last sentence named


def split_sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENT_SPLIT.split(text) if s.strip()]


@lru_cache(maxsize=512)
def _synonym_re(words: tuple[str, ...]) -> re.Pattern:
    parts = []
    for w in sorted(words, key=len, reverse=True):
        esc = re.escape(w)
        left = r"(?<![\w])" if w[:1].isalnum() else ""
        right = r"(?![\w])" if w[-1:].isalnum() else ""
        parts.append(left + esc + right)
    return re.compile("|".join(parts), re.IGNORECASE)


def _values_for(attr: Attribute, s: str, ctx: Context):
    t = attr.type
    if t == "tokens":
        return list(V.find_tokens(s))
    if t == "count":
        minimum = 1e6 if attr.unit == "parameters" else 1
        return [(a, b, v, attr.unit) for a, b, v, _ in V.find_counts(s, minimum, words_ok=True)
                if not re.match(r"\s*(?:%|percent|x\b|times)", s[b:b + 8]) and not _other_noun(s, b, attr.unit)
                and (re.search(r"\d", s[a:b]) or _synonym_re(attr.synonyms).match(s, b + 1))]
    if t == "percent":
        other = list(lexicon.find_percents(s, ctx.knowledge))
        return other + [v for v in V.find_percents(s) if not any(o[0] < v[1] and v[0] < o[1] for o in other)]
    if t == "money":
        return list(V.find_money(s))
    if t == "multiple":
        return list(V.find_multiples(s))
    if t == "duration":
        return list(V.find_durations(s))
    if t == "rank":
        return list(V.find_ranks(s))
    if t == "date":
        return list(V.find_dates(s)) + list(lexicon.find_dates(s, ctx.knowledge))
    if t == "quarter":
        return list(V.find_quarters(s, ctx.date))
    if t == "fraction":
        out = []
        for m in _FRACTION.finditer(s):
            val = _FRACTIONS[m.group("f").lower()] if m.group("f") else V.clean_number(100 - float(m.group("pct")))
            out.append((m.start(), m.end(), val, "percent"))
        return out
    if t == "enum":
        out = []
        for canon, phrases in attr.values:
            for m in _synonym_re(tuple(phrases)).finditer(s):
                out.append((m.start(), m.end(), canon, None))
        return out
    if t == "text" and attr.pattern:
        return [(m.start("value"), m.end("value"), _tidy_text(m.group("value")), None)
                for m in re.finditer(attr.pattern, s)]
    return []


def _other_noun(s: str, end: int, unit: str | None) -> bool:
    """'24,000 NVIDIA H100 GPUs', '300 billion parameters': the count is of another noun than the unit."""
    if not unit:
        return False
    m = re.match(r"[- ]?(?:[A-Z0-9][\w-]*[- ]){0,3}?([A-Za-z][\w-]*s)\b", s[end:end + 60].lstrip())
    if not m:
        return False
    noun = m.group(1)
    return not any(noun.rstrip("s") == w.rstrip("s") for w in unit.split())


def _tidy_text(v: str) -> str:
    """Short text values: no trailing punctuation, lists as 'A, B', no filler words."""
    v = v.strip().rstrip(".,;:")
    v = re.sub(r"\b(?:reliance on|relying on|the|generation of)\s+", "", v)
    if re.search(r"^[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)*(?:, [A-Z][\w.&-]*(?: [A-Z][\w.&-]*)*)*,? and [A-Z]", v):
        v = re.sub(r",? and ", ", ", v)
    return re.sub(r"\s+", " ", v)


def _nearest(values, pos_start: int, pos_end: int, max_gap: int = 90):
    best, best_d = None, None
    for v in values:
        a, b = v[0], v[1]
        if a >= pos_end:
            d = a - pos_end
        elif b <= pos_start:
            d = (pos_start - b) * 1.5
        else:
            d = 0
        if d <= max_gap and (best_d is None or d < best_d):
            best, best_d = v, d
    return best


def _other_antecedent(s: str, syn_end: int, value_start: int, ctx: Context) -> bool:
    """'revenue came from its data-centre division, which reached $35.6 billion': a relative clause
    about another noun than the attribute's words holds the value."""
    rel = lexicon.grammar(ctx.knowledge).relative.search(s, syn_end, value_start)
    return bool(rel and len(s[syn_end:rel.start()].split()) > 2)


_REFERS = re.compile(r"\b(?:the|its) (?:\w+ )?(?:firm|company|startup|start-up|lab|group)\b", re.I)


def _unlisted_subject(s: str, syn_start: int, chosen, mentions: list[Mention], k) -> tuple[bool, str | None]:
    """'Munich start-up Helsing raised €450 million': a company site_config does not list, found by
    the clause's structure. (whether such a name precedes the attribute's words, the subject)."""
    if _refers_back(s[:min(syn_start, chosen[0])], k):
        return False, None
    names = [n for n in proper_names(s, mentions, lexicon.grammar(k).stop, lexicon.grammar(k).company, lexicon.grammar(k).nouns) if not (n.kind == "org" and _common_noun(s, n, k))]
    if not any(n.kind == "org" and n.end <= syn_start for n in names):
        return False, None
    found = subject_for(s, clause_span(s, chosen[0], lexicon.grammar(k)), Quantity(*chosen), names, None, terms_of(k))
    return True, (found.subject if found and found.via in ("verb", "possessor", "of", "referent") else None)


def _refers_back(s: str, k) -> bool:
    """'the company', 'das Start-up' naming an organisation met before; 'la start-up parisienne H
    Company' is an apposition that introduces its name instead."""
    stop = lexicon.grammar(k).stop
    for m in list(_REFERS.finditer(s)) + list(lexicon.grammar(k).referent.finditer(s)):
        named = re.match(r"(?:\s+[a-zß-ÿ][\w-]*){0,2},?\s+([A-Z][\w-]*)", s[m.end():])
        if not named or named.group(1).lower() in stop or named.group(1).lower() in lexicon.grammar(k).nouns:
            return True
    return False


def _common_noun(s: str, n: Mention, k) -> bool:
    """'des vergangenen Jahres': one capitalised word after an article and lower-case words is a
    noun (German capitalises every noun), not the name of a company; and a speaker is no subject."""
    g = lexicon.grammar(k)
    if g.according_before.search(s[max(0, n.start - 30):n.start]):
        return True
    if " " in n.name or re.search(r".[A-Z\d]", n.name):
        return False
    words = s[max(0, n.start - 60):n.start].split()
    i = len(words) - 1
    while i >= 0 and re.fullmatch(r"[a-zß-ÿ][\w-]*", words[i]) and words[i].lower() not in g.stop | g.company:
        i -= 1
    return i < len(words) - 1 and i >= 0 and words[i].lower() in g.articles


def _gap(v, pos_start: int, pos_end: int) -> float:
    """How far a value lies from the words naming its attribute (a value before them counts more)."""
    return v[0] - pos_end if v[0] >= pos_end else (pos_start - v[1]) * 1.5 if v[1] <= pos_start else 0


def _closest_attribute(claims: list[dict]) -> list[dict]:
    """One value read by two attributes ("une levée de fonds qui la valoriserait à 6 milliards") goes
    to the one whose words stand nearer to it."""
    best: dict[int, float] = {}
    for c in claims:
        if "_near" in c:
            at, d = c["_near"]
            best[at] = min(d, best.get(at, d))
    out = []
    for c in claims:
        near = c.pop("_near", None)
        if near is None or near[1] <= best[near[0]]:
            out.append(c)
    return out


def _from_to(values, s: str, chosen):
    """'from 1.2% … to over 50%': the claim is the later value."""
    a = chosen[0]
    if re.search(r"\bfrom\s+(?:\S+\s+){0,2}$", s[max(0, a - 25):a]):
        for v in values:
            if v[0] > chosen[1] and re.search(r"\bto\s+(?:over\s+|more than\s+|about\s+|just\s+)?$", s[max(0, v[0] - 16):v[0]]):
                return v
    return chosen


def _pick_subject(mentions: list[Mention], kinds, pos: int, s: str, ctx: Context, exclude=()) -> list[str]:
    cands = [m for m in mentions if m.kind in kinds and m.name not in exclude]
    # investors, founders' former employers and comparisons ("from X", "by former employees of X
    # and Y", "than X") are not the subject
    dropped: list = []
    kept = []
    for m in cands:
        before_text = s[max(0, m.start - 40):m.start]
        cue = re.search(r"\b(?:from|including|than|with|by|like|to|over|versus|vs\.?|against|unlike)\s+(?:\S+\s+){0,3}$", before_text)
        coordinated = dropped and re.fullmatch(r"\s*(?:,|and|or|&)\s*", s[dropped[-1].end:m.start])
        if (cue and m.end > pos) or (cue and "lab" in kinds and re.search(r"\b(?:by|from)\b", cue.group())) or coordinated:
            dropped.append(m)
        else:
            kept.append(m)
    cands = kept
    before = [m for m in cands if m.end <= pos]
    # "X and the startup, which raised …": the nearer noun phrase names the subject
    noun = None
    if "lab" in kinds:
        start = before[-1].end if before else 0
        noun = re.search(r"\bthe (?:\w+ ){0,2}?(startup|firm|company|upstart|vendor|lab)\b", s[start:pos])
    if noun and (ctx.named.get(noun.group(1)) or ctx.topic_lab):
        return [ctx.named.get(noun.group(1)) or ctx.topic_lab]
    if before:
        return [before[-1].name]
    pronoun = _PRONOUN.search(s[:pos]) or re.search(r"\b(?:the|its) (?:firm|company|startup|lab)\b", s)
    if pronoun:
        if ("model" in kinds) and ctx.last_models and not re.search(r"firm|company|startup|lab", pronoun.group()):
            return [ctx.last_models[0]]
        if "lab" in kinds and ctx.topic_lab:
            return [ctx.topic_lab]
    after = [m for m in cands if pos <= m.start <= pos + 60]
    if after:
        return [after[0].name]
    if "lab" in kinds and lexicon.grammar(ctx.knowledge).referent.search(s) and _refers_back(s, ctx.knowledge):
        # "la start-up", "das Unternehmen": the one organisation the last sentence named, else the page's
        if ctx.last_labs:
            return ctx.last_labs[:1] if len(ctx.last_labs) == 1 else []
        return [ctx.last_subject or ctx.topic_lab] if ctx.last_subject or ctx.topic_lab else []
    if "model" in kinds or "product" in kinds:
        if _PLURAL_REF.search(s) and len(ctx.last_models) > 1:
            return list(ctx.last_models)
        if _PRONOUN.search(s) and ctx.last_models:
            return [ctx.last_models[0]]
        if ctx.primary_model:
            return [ctx.primary_model]
    if "lab" in kinds and ctx.topic_lab and re.search(r"\b(?:the|its) (?:firm|company|startup|lab)\b", s):
        return [ctx.topic_lab]
    return []


def _display(value, unit) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if unit == "percent":
            return f"{value}%"
        if unit in ("USD", "EUR", "GBP", "CNY"):
            return f"{_human(value)} {unit}"
        return f"{_human(value)} {unit}" if unit else _human(value)
    return f"{value} {unit}" if unit and unit not in ("percent",) else (f"{value}%" if unit == "percent" else str(value))


def _human(v) -> str:
    for div, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(v) >= div:
            x = v / div
            return f"{x:g} {word}"
    return f"{v:,}" if isinstance(v, int) else f"{v:g}"


def _claim(subject, attribute, value, unit, quote, said_by, text=None, qualifier=None) -> dict:
    shown = _display(value, unit)
    scope = f" ({qualifier})" if qualifier else ""
    text = text or f"{subject}: {attribute} {shown}{scope}."
    if said_by:
        text = f"{said_by}: {subject} {attribute} {shown}{scope}."
    return {"text": text, "subject": subject, "attribute": attribute, "value": value,
            "unit": unit, "qualifier": qualifier, "said_by": said_by, "quote": quote}


def _sentence_claims(u: Unit, ctx: Context) -> list[dict]:
    k = ctx.knowledge
    s = u.text
    mentions = find_mentions(s, k, ctx.shorts)
    out: list[dict] = []
    opened, ctx.last_subject, open_spans = open_claims(s, mentions, k, ctx.date, ctx.last_subject or ctx.topic_org, [])
    for c in opened:
        if not c["level"]:
            out.append(_claim(c["subject"], c["attribute"], c["value"], c["unit"], u.quote, u.said_by,
                              qualifier=c["qualifier"]))
    undisclosed = V.UNDISCLOSED.search(s)
    for attr in k.attributes:
        if attr.type == "license":
            out.extend(_license_claims(u, s, mentions, ctx))
            continue
        syn = _synonym_re(attr.synonyms).search(s) if attr.synonyms else None
        if not syn:
            continue
        vals = [v for v in _values_for(attr, s, ctx)
                if attr.type in ("text", "enum") or not any(m.start <= v[0] < m.end for m in mentions)  # "1.5" in "Gemini 1.5"
                and not _CONVERSION.search(s[max(0, v[0] - 12):v[0]])      # "(… $3.5 billion)"
                and not any(a <= v[0] < b for a, b in open_spans)]
        vals = [v for v in vals if not _other_antecedent(s, syn.end(), v[0], ctx)]
        chosen = _nearest(vals, syn.start(), syn.end()) if vals else None
        if chosen and _UNNAMED.search(s[chosen[1]:chosen[1] + 60]):
            continue  # "the 128K context windows offered by competitors": no subject to give it
        if chosen:
            chosen = _from_to(vals, s, chosen)
        value, unit = (chosen[2], chosen[3] or attr.unit) if chosen else (None, attr.unit)
        if value is None:
            if attr.type == "disclosure" or (undisclosed and attr.type in ("tokens", "count", "money", "percent")):
                if undisclosed and abs(undisclosed.start() - syn.start()) < 120:
                    value, unit = "undisclosed", None
            if value is None:
                continue
        if attr.type == "disclosure" and value != "undisclosed":
            continue
        name = attr.name
        said_by = u.said_by
        kinds = SUBJECT_KINDS.get(attr.family, ("model", "product"))
        obj = next((m for m in mentions if 0 < m.start - syn.end() <= 2 and not s[syn.end():m.start].strip()), None)
        if obj and obj.kind in ("lab", "person") and obj.kind not in kinds and attr.family != "predictions":
            continue   # "launched xAI in 2023": the verb's object is no model, so no model's release
        exclude: tuple = ()
        if attr.relative_to:
            after = [m for m in mentions if m.start >= syn.start() and m.kind in ("model", "product", "group")]
            if not after:
                continue
            name = f"{attr.name} to {after[0].name}"
            exclude = (after[0].name,)
        if attr.type == "rank":
            dom = _DOMAIN.search(s)
            name = f"{dom.group(1).lower()} rank" if dom else "global rank"
        if attr.family == "predictions":
            out.extend(_counter_forecasts(s, mentions, syn.end(), value, kinds, u, ctx))
            speaker = [m for m in mentions if m.end <= syn.start() and m.kind in ("person", "lab")]
            if speaker:
                said_by = speaker[-1].name
            after = [m for m in mentions if m.start >= syn.end() and m.kind in kinds]
            before = [m for m in mentions if m.end <= syn.start() and m.kind in ("group", "place")]
            subj = before[-1:] or after[:1]
            if not subj:
                continue
            subjects = [subj[0].name]
        else:
            of = next((m for m in mentions if m.kind in kinds + ("group",) and 0 <= m.start - syn.end() <= 5
                       and re.match(r"\s+of\s+$", s[syn.end():m.start] + " ")), None)
            if attr.subject == "first":
                firsts = [m for m in mentions if m.kind in kinds]
                subjects = [firsts[0].name] if firsts else []
            elif of is not None:
                subjects = [of.name]
            elif value == "undisclosed" and not [m for m in mentions if m.kind in kinds and m.end <= syn.start()]:
                subjects = [ctx.primary_model] if ctx.primary_model and "model" in kinds else _pick_subject(mentions, kinds, syn.start(), s, ctx, exclude)
            else:
                subjects = _pick_subject(mentions, kinds, syn.start(), s, ctx, exclude)
            unlisted, named = (_unlisted_subject(s, syn.start(), chosen, mentions, k)
                               if attr.family in ("markets", "company") and chosen and not any(m.name in subjects for m in mentions)
                               else (False, None))
            if unlisted and not named:
                continue   # an unknown name leads the sentence but is not its subject: no safe subject
            subjects = [named] if named else subjects
            if attr.type == "money" and attr.family == "markets" and subjects == [ctx.primary_model] and not mentions \
                    and not named and k.entity_kind(ctx.primary_model) != "lab" and not _refers_back(s, k):
                continue   # "annual revenue passed $1 billion" on a page about a model: the model earns nothing
            agent = chosen and next((m for m in mentions if m.kind in kinds and m.start >= chosen[1]
                                     and lexicon.grammar(k).agent_before.match(s[chosen[1]:m.start])), None)
            if agent and attr.subject != "first":
                subjects = [agent.name]   # "the $6 billion round raised by xAI", "la levée de 6 milliards par xAI"
        for subject in subjects:
            out.append(_claim(subject, name, value, unit, u.quote, said_by))
            if chosen and attr.type in ("money", "count", "tokens", "percent"):
                out[-1]["_near"] = (chosen[0], _gap(chosen, syn.start(), syn.end()))
        if chosen and attr.type in ("tokens", "count", "percent", "money") and not attr.relative_to:
            out.extend(_compared_values(attr, name, s, mentions, subjects, chosen, u))
    out = _closest_attribute(out)
    out.extend(_benchmark_claims(u, s, mentions, ctx))
    # a level the open reading found ("spent $5.6 million") stands when the vocabulary gave that value no claim
    stated = {V.value_key(c["value"]) for c in out}
    for c in opened:
        if c["level"] and V.value_key(c["value"]) not in stated:
            out.append(_claim(c["subject"], c["attribute"], c["value"], c["unit"], u.quote, u.said_by,
                              qualifier=c["qualifier"]))
    if not u.said_by:
        speaker = speaker_of(s, proper_names(s, mentions, lexicon.grammar(k).stop, lexicon.grammar(k).company, lexicon.grammar(k).nouns), lexicon.grammar(k))
        for c in out:
            if not c.get("said_by") and speaker and speaker != c["subject"]:
                c["said_by"] = speaker
    referents = [m.name for m in mentions if m.kind == "model" and not _COMPARED.search(s[max(0, m.start - 30):m.start])]
    if referents:
        ctx.last_models = list(dict.fromkeys(referents))
    for m in mentions:
        if m.kind == "lab" and m.start < 40:
            ctx.topic_lab = m.name
            break
    ctx.last_labs = list(dict.fromkeys(m.name for m in mentions if m.kind == "lab"))
    for m in mentions:
        # "French startup Mistral AI", "Mistral AI, a Paris-based startup": what "the startup" means
        called = re.search(r"\b(startup|firm|company|upstart|vendor|lab)\s+$", s[max(0, m.start - 20):m.start]) or \
            re.match(r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(startup|firm|company|upstart|vendor|lab)\b", s[m.end:m.end + 60])
        if m.kind == "lab" and called:
            ctx.named[called.group(1)] = m.name
    return out


_COUNTER = re.compile(r"(?:,\s*(?:while|whereas|but)|;)\s+(?P<clause>[^,;]*?\b(?:sooner|earlier|later|faster)\b)")


def _counter_forecasts(s, mentions, after: int, value, kinds, u: Unit, ctx: Context) -> list[dict]:
    """'X predicted … by early next year, while Y asserted it would come sooner': Y's forecast too."""
    out = []
    for m in _COUNTER.finditer(s, after):
        start = m.start("clause")
        speaker = next((x for x in mentions if start <= x.start < m.end() and x.kind in ("person", "lab")), None)
        if speaker is None:
            short = re.match(r"([A-Z][a-z]+)\b", m.group("clause"))
            person = [x for x in ctx.knowledge.entities if x.kind == "person" and short and short.group(1) in x.name.split()]
            speaker = person[0] if person else None
        if speaker is None:
            continue
        subj = [x for x in mentions if x.end <= start and x.kind in ("group", "place")] or [
            x for x in mentions if x.kind in kinds and x.end <= start]
        if not subj:
            continue
        word = re.search(r"sooner|earlier|faster|later", m.group("clause")).group()
        counter = f"{'after' if word == 'later' else 'before'} {value}"
        out.append(_claim(subj[-1].name, "prediction", counter, None, u.quote, speaker.name))
    return out


_FOR_MODEL = re.compile(rf"(?P<num>{V.NUM})(?:\s*|-)(?P<mag>{V.MAG})?(?:[- ]?tokens?)?\s+for\s+(?:\S+\s+){{0,3}}$", re.I)


def _compared_values(attr, name, s, mentions, subjects, chosen, u: Unit) -> list[dict]:
    """'1 million tokens, compared to 128,000 for GPT-4 and 32,000 for Gemini Pro': the other
    models' values for the same attribute."""
    out = []
    for m in mentions:
        if m.kind not in ("model", "product") or m.name in subjects or m.start < chosen[1]:
            continue
        hit = _FOR_MODEL.search(s[max(0, m.start - 60):m.start])
        if not hit:
            continue
        val = V.number(hit.group("num"), hit.group("mag"))
        if val is None or (attr.type == "tokens" and val < 1000):
            continue
        out.append(_claim(m.name, name, V.clean_number(val), chosen[3] or attr.unit, u.quote, u.said_by))
    return out


def _license_claims(u: Unit, s: str, mentions, ctx: Context) -> list[dict]:
    out = []
    under = lexicon.grammar(ctx.knowledge).under_license
    for ctxm in list(_LICENSE_CTX.finditer(s)) + (list(under.finditer(s)) if under else []):
        lic = next(iter(V.find_licenses(s[ctxm.start():ctxm.end() + 40])), None)
        if not lic:
            continue
        subjects = _pick_subject(mentions, ("model", "product"), ctxm.start(), s, ctx)
        for subject in subjects[:1]:
            out.append(_claim(subject, "license", lic[2], None, u.quote, u.said_by))
        break
    return out


def _in_parens(s: str, pos: int) -> int | None:
    """Where the parenthesis enclosing `pos` opens, or None."""
    depth_at = s.rfind("(", 0, pos)
    if depth_at < 0 or s.rfind(")", 0, pos) > depth_at:
        return None
    return depth_at


def _compared_entity(s: str, m: Mention, pos: int) -> bool:
    """'(compared to GPT-4's 86.4%)', 'an advantage over GPT-4 Turbo's 128k': a name that only
    carries its own value, not the subject of a value elsewhere in the sentence."""
    opened = _in_parens(s, m.start)
    if opened is not None and _in_parens(s, pos) != opened:
        return True
    return bool(re.search(r"\b(?:compared (?:to|with)|than|versus|vs\.?|over|against|unlike)\s+(?:the\s+)?$",
                          s[max(0, m.start - 25):m.start]))


def _benchmark_claims(u: Unit, s: str, mentions, ctx: Context) -> list[dict]:
    out = []
    benches = [m for m in mentions if m.kind == "benchmark"]
    if not benches:
        return out
    other = list(lexicon.find_percents(s, ctx.knowledge))   # "84,6 Prozent"
    scores = other + [v for v in V.find_percents(s) if not any(o[0] < v[1] and v[0] < o[1] for o in other)]
    scores += list(V.find_points(s))
    scores += [(m.start("n"), m.end("n"), V.clean_number(float(m.group("n"))), "points")
               for m in re.finditer(r"\bscored\s+(?P<n>\d+(?:\.\d+)?)\b(?!\s*(?:%|percent|points?))", s)]
    if not scores:
        return out
    used = set()
    # "81.5% on MMLU" / "scored 51 on MMLU": a score right before "on <benchmark>" is that benchmark's
    bound: dict[int, tuple] = {}
    for v in scores:
        for b in benches:
            gap = s[v[1]:b.start]
            if re.fullmatch(r"\s*(?:on|in|for|at)\s+(?:the\s+)?", gap) or (
                    re.fullmatch(r"\s*\S+\s+(?:\S+\s+)?", gap) and lexicon.grammar(ctx.knowledge).prep_before.fullmatch(gap.strip() + " ")):
                bound[id(b)] = v
    taken = {id(v) for v in bound.values()}
    scores = [v for v in scores if id(v) not in taken]
    for b in benches:
        # "Model (NN%)" pairs name their own subject
        for m in mentions:
            if m.kind in ("model", "product"):
                pm = re.match(r"\s*\((\d+(?:\.\d+)?)%\)", s[m.end:])
                if pm and (m.name, b.name) not in used:
                    used.add((m.name, b.name))
                    out.append(_claim(m.name, b.name, V.clean_number(float(pm.group(1))), "percent", u.quote, u.said_by))
        free = [v for v in scores if not re.match(r"\)", s[v[1]:v[1] + 1]) and v[0] > b.start - 60]
        chosen = bound.get(id(b)) or _nearest(free, b.start, b.end, max_gap=120)
        if not chosen:
            continue
        if chosen[3] == "percent" and not isinstance(chosen[2], (int, float)):
            continue
        own = [m for m in mentions if not _compared_entity(s, m, chosen[0])]
        subjects = _pick_subject(own, ("model", "product"), chosen[0], s, ctx)
        for subject in subjects[:1]:
            if (subject, b.name) in used:
                continue
            used.add((subject, b.name))
            out.append(_claim(subject, b.name, chosen[2], chosen[3], u.quote, u.said_by))
    return out


def _table_claims(u: Unit, ctx: Context) -> list[dict]:
    k = ctx.knowledge
    if len(u.cells) < 2 or len(u.header) < 2:
        return []
    label = u.cells[0].strip()
    if not label:
        return []
    attr = None
    for a in k.attributes:
        if a.synonyms and _synonym_re(a.synonyms + (a.name,)).fullmatch(label):
            attr = a
            break
    out = []
    for col, cell in enumerate(u.cells[1:], start=1):
        if col >= len(u.header) or not cell.strip():
            continue
        subject = _header_subject(u.header[col], ctx)
        if not subject:
            continue
        value, unit = cell.strip(), None
        name = attr.name if attr else label.lower()
        if attr:
            vals = _values_for(attr, cell, ctx)
            if vals:
                value, unit = vals[0][2], vals[0][3] or attr.unit
        first_cells = "| " + " | ".join(c.strip() for c in u.cells[: col + 1]) + " |"
        quote = first_cells if col == 1 and u.quote.startswith("|") else u.quote  # else a rebuilt row's source line
        out.append(_claim(subject, name, value, unit, quote, u.said_by))
    return out


def _header_subject(header: str, ctx: Context) -> str | None:
    k = ctx.knowledge
    h = header.strip()
    inner = re.search(r"\(([^)]+)\)", h)
    outer = re.sub(r"\s*\([^)]*\)", "", h).strip()
    candidates = []
    if inner:
        candidates += [f"{outer} {inner.group(1)}", f"{outer}-{inner.group(1)}", inner.group(1)]
    candidates.append(outer or h)
    for cand in candidates:
        ms = find_mentions(cand, k, ctx.shorts)
        if ms and ms[0].start == 0 and ms[0].end == len(cand):
            return ms[0].name
    for cand in candidates:
        ms = [m for m in find_mentions(cand, k, ctx.shorts) if m.kind in ("model", "product")]
        if ms:
            return ms[0].name
    return None


def _code_claims(u: Unit, ctx: Context) -> list[dict]:
    """Key/value lines ('humaneval: "92.0% vs 84.9%"'): the key names the attribute, the keys
    above name the comparison ('vs_claude_3_opus')."""
    k = ctx.knowledge
    m = re.match(r"\s*([A-Za-z0-9_]+):\s*\"?(.+?)\"?\s*$", u.text)
    if not m:
        return []
    key, val = m.group(1), m.group(2)
    key_words = key.replace("_", " ")
    other = None
    vs = re.search(r"vs[_ ]([a-z0-9_]+)", u.context)
    if vs:
        words = vs.group(1).replace("_", " ")
        for e in list(ctx.shorts.values()) + [(n, "model") for n in ctx.last_models]:
            if re.sub(r"[^a-z0-9]", "", e[0].lower()) == re.sub(r"[^a-z0-9]", "", words.replace("35", "3.5")):
                other = e[0]
        if not other:
            for cand in find_mentions(words.title().replace("Gpt", "GPT"), k, ctx.shorts):
                other = cand.name
    subject = ctx.primary_model
    if not subject:
        return []
    out = []
    bench = [b for b in k.entities if b.kind == "benchmark" and b.name.lower().replace("-", "") == key_words.lower().replace(" ", "").replace("-", "")]
    pcts = list(V.find_percents(val))
    if bench and pcts:
        out.append(_claim(subject, bench[0].name, pcts[0][2], "percent", u.quote, u.said_by))
        if other and len(pcts) > 1 and " vs " in val:
            out.append(_claim(other, bench[0].name, pcts[1][2], "percent", u.quote, u.said_by))
        return out
    pseudo = Unit("sentence", f"{key_words}: {val}", u.quote, u.said_by)
    line_claims = []
    for attr in k.attributes:
        if attr.family in ("predictions", "company", "disclosure") or attr.type in ("license", "enum", "text", "date"):
            continue
        words = attr.synonyms + (attr.name,)
        if not _synonym_re(words).search(pseudo.text):
            continue
        vals = _values_for(attr, pseudo.text, ctx)
        if not vals:
            continue
        chosen = vals[0]
        name = attr.name
        if attr.relative_to:
            if not other:
                shorts_hit = [e for e in find_mentions(val, k, ctx.shorts) if e.kind == "model"]
                if not shorts_hit:
                    continue
                other_name = shorts_hit[0].name
            else:
                other_name = other
            name = f"{attr.name} to {other_name}"
        line_claims.append(_claim(subject, name, chosen[2], chosen[3] or attr.unit, u.quote, u.said_by))
        break
    return out + line_claims


_RELEASE = re.compile(r"\b(?:release[sd]?|launch(?:es|ed)?|unveil(?:s|ed)?|introduc(?:es|ed)|debut(?:s|ed)?)\b", re.I)


def _timeline_claims(u: Unit, ctx: Context) -> list[dict]:
    """'2026-05 / Official release of GLM-5.2': a dated release becomes a release-date claim."""
    m = _RELEASE.search(u.text)
    if not m:
        return []
    models = [x for x in find_mentions(u.text, ctx.knowledge, ctx.shorts) if x.kind == "model"]
    if not models:
        return []
    return [_claim(models[0].name, "release date", u.context, None, u.quote, u.said_by)]


def extract_claims(units: list[Unit], knowledge: Knowledge, date: dt.date | None,
                   primary_model: str | None, doc_models: set[str]) -> list[dict]:
    """All claims in reading order, de-duplicated, with stable ids."""
    ctx = Context(knowledge, date, primary_model=primary_model, shorts=short_forms(doc_models, knowledge))
    if primary_model and knowledge.entity_kind(primary_model) == "lab":
        ctx.topic_org = primary_model
    claims: list[dict] = []
    for u in units:
        if u.kind == "table":
            claims.extend(_table_claims(u, ctx))
        elif u.kind == "code":
            claims.extend(_code_claims(u, ctx))
        elif u.kind == "timeline":
            claims.extend(_timeline_claims(u, ctx))
        else:
            claims.extend(_sentence_claims(u, ctx))
    return finish_claims(claims, doc_models)


def slug(text: str, limit: int = 40) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s[:limit].strip("-") or "claim"


def _canonical_subjects(claims: list[dict], models: set[str]) -> None:
    """'Gemini 1.5' is 'Gemini 1.5 Pro' in an article that names only that 1.5 model."""
    for c in claims:
        longer = [m for m in models if m.startswith(c["subject"] + " ") and len(m.split()) == len(c["subject"].split()) + 1]
        if len(longer) == 1:
            c["subject"] = longer[0]


def finish_claims(claims: list[dict], models: set[str] = frozenset()) -> list[dict]:
    _canonical_subjects(claims, models)
    seen: set = set()
    ids: dict[str, int] = {}
    out = []
    for c in claims:
        key = (c["subject"], c["attribute"], V.value_key(c["value"]), c.get("qualifier"), c.get("said_by"))
        if key in seen:
            continue
        seen.add(key)
        base = slug(f"{c['subject']} {c['attribute']}")
        n = ids.get(base, 0) + 1
        ids[base] = n
        c = {"id": base if n == 1 else f"{base}-{n}", **{k: v for k, v in c.items() if v is not None}}
        out.append(c)
    return out
