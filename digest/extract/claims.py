"""Claim extraction: sentences, table cells and key/value lines into structured claims.

A pure function of text units, the entry's date and the knowledge in `site_config/`. Each claim
names a subject (a canonical entity), an attribute from the vocabulary, a normalised value and
the verbatim quote it came from. Precision first: a claim needs a named (or clearly referred-to)
subject and a value of the attribute's type near the words that name the attribute.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
import weakref
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache

from digest.bounds import BOUND_WORDS, change_ends
from digest.config import Attribute, Knowledge
from digest.extract import values as V
from digest.extract.entities import Mention, find_mentions, short_forms, tier_words
from digest.extract import lexicon
from digest.extract.grounding import MOVE_CAUSE, PRICES_OF_A_SHARE, TIER_TAIL, ground_claims, rules_of, value_spans
from digest.extract.names import proper_names
from digest.extract.propernames import discover
from digest.extract.qualitative import OVERTAKES as _OVERTAKES, qualitative_claims
from digest.extract.roles import ROLE, role_claims
from digest.extract.quantities import quantities as find_quantities, fronted_month_span, PER_TOKENS, JOINED_PHRASE, ROUND_RECIPIENT, APPOSITION, SHARES_LEAD, COORDINATED, for_attribute, in_apposition, sentence_quarter, RESPECTIVELY, Quantity, common_word, clause_span, open_claims, qualifier_of, sentence_subject, subject_for, terms_of
from digest.extract.speakers import speaker_of
from digest.extract import page_scope
from digest.extract import quantity_shapes as shapes
from digest.extract.wordtrie import alternation
from digest.slugs import claim_slug

_ABBREV = r"(?<!\bNo\.)(?<!\bU\.S\.)(?<!\bvs\.)(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bMr\.)(?<!\bDr\.)(?<!\bSt\.)"
# an initial does not end a sentence; the letter that names a round or a class does ("… a $70 million Series A. The round …")
_ABBREV += r"(?:(?<!\b[A-Z]\.)|(?<=Series [A-Z]\.)|(?<=Class [A-Z]\.)|(?<=Phase [A-Z]\.)|(?<=Round [A-Z]\.))"
# German "3,5 Mrd. Dollar", "40 Mio. Euro": a magnitude abbreviation, not a sentence end
_ABBREV += r"(?<!\bMrd\.)(?<!\bMio\.)(?<!\bBio\.)(?<!\bMd\.)(?<!\bMds\.)"
# "Rs. 6,368 crore": the rupee's abbreviation before its sum
_ABBREV += r"(?!(?<=\bRs\.)\s+\d)"
# "(approx. 25k words)", "ca. 300 Mitarbeiter", "incl. VAT": an abbreviation a number or a noun follows
_ABBREV += r"(?<!\bapprox\.)(?<!\bca\.)(?<!\bincl\.)(?<!\bcf\.)(?<!\bresp\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bProf\.)"
# a day with an ordinal dot before its month and year ("am 4. März 2025") does not end a sentence
_ABBREV += r"(?!(?<=(?<![\d.])\d\.)\s+\w+\s+\d{4}\b)(?!(?<=(?<![\d.])\d\d\.)\s+\w+\s+\d{4}\b)"
# nor before a German month with no year ("wird am 22. November vollzogen")
_DE_MONTHS = r"(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b"
_ABBREV += rf"(?!(?<=(?<![\d.])\d\.)\s+{_DE_MONTHS})(?!(?<=(?<![\d.])\d\d\.)\s+{_DE_MONTHS})"
# nor does an ordinal before a German period noun ("im 3. Quartal des Geschäftsjahres 2026")
_ABBREV += r"(?!(?<=(?<![\d.])\d\.)\s+(?:Quartal|Quartals|Geschäftsquartal|Halbjahr|Halbjahres|Jahrhundert|Platz)\b)"
# nor an English month's abbreviation before its day ("launches on Feb. 2", "since Sept. 30")
_ABBREV += "".join(rf"(?!(?<=\b{m}\.)\s+\d)" for m in ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"))
# nor a time's "a.m."/"p.m." before its time zone ("shortly before 9 a.m. EST, but …")
_ABBREV += r"(?!(?<=\b[ap]\.m\.)\s+(?:[A-Z]{1,2}[SD]?T|GMT|UTC|CET|CEST|BST|JST|KST|IST|HKT|SGT|AEST|AEDT)\b)"
_SENT_SPLIT = re.compile(r"(?<=[.!?])" + _ABBREV + r"[\"'”»)]?\s+(?=[A-Z0-9\"'“«(¿¡À-ÖØ-Þ\uac00-\ud7af])"
                         # "on Wednesday.Goldman Sachs …": two paragraphs a scrape ran together
                         r"|(?<=[a-z]{3}[.!?])(?=[A-Z][a-z]{2,}\s)")
_PRONOUN = re.compile(r"^(?:It|Its|The model|This model|The new model|The system)\b|\b(?:it|its|the model|this model)\b")
_ALL_OF = re.compile(r"(?:All|Each of the|Both)(?: (?:two|three|four|five|\d+))?(?: (?:models|tiers|versions|sizes))?\s+(?:have|has|offer|support|share|come|are|get"
                     r"|(?:can )?(?:handle|accept|process|take))\b")
_PLURAL_REF = re.compile(r"\b(?:these models|both models|the models|they)\b", re.IGNORECASE)
_SPEAKER_VERB = re.compile(
    r"\b(?:predict(?:s|ed)?|forecast(?:s|ed)?|said|says|suggest(?:s|ed)|assert(?:s|ed)|claim(?:s|ed)|"
    r"expect(?:s|ed)|believe(?:s|d)|argue(?:s|d)|noted|notes|warn(?:s|ed)|estimate(?:s|d))\b"
)
# "Atlas-5, by comparison, costs $3": a rival held up beside the page's model, not what "the model" means next
_BY_COMPARISON = re.compile(r"\s*,?\s*(?:by|in|for) (?:comparison|contrast)\b", re.I)
_COMPARED = re.compile(r"\b(?:than|of|with|against|vs\.?|versus|like|including|behind|to|from|over|above|beyond)\s+(?:\S+\s+){0,3}$"
                       r"|\d[\d,.]*\s*(?:%|[A-Za-z]{0,8})\s+for\s+(?:\S+\s+){0,3}$"   # "32,000 for the current X", "85.1% for X": X's own figure
                       r"|\b(?:up|down) from\s+(?:\S+\s+){0,3}?(?:in|for|on)\s+$")
# "(… $3.5 billion)", "two billion euros, or about $2.1 billion": the same amount restated; "30,000 lines,
# or more than 700,000 words" is another quantity
_CONVERSION = re.compile(r"(?:\(|\d\s*(?:%|percent|thousand|million|billion|trillion|dollars?|euros?|pounds?|yuan|"
                         r"[kKmMbBtT]n?|[A-Z]{3})?\s*,?\s*\bor (?:about |roughly |around |nearly |some )?)$")
# a participle and its agent after a value: "the six billion dollars raised by Elon Musk's xAI"
_DONE_BY = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:[a-z]+ed|paid|won|made|given|taken|held|brought|spent|sought)\s+by\s+(?:the\s+)?"
                      r"(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s\s+)?$")
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
    scope: str = ""           # the heading or list label the unit sits under
    block: int = -1           # the paragraph, list or table the unit is part of


@dataclass
class Context:
    knowledge: Knowledge
    date: dt.date | None
    primary_model: str | None = None
    last_models: list[str] = field(default_factory=list)
    last_hardware: str | None = None            # the chip "It" means in the next sentence
    last_quarter: str | None = None             # the quarter "同四半期", "the quarter" mean in a later sentence
    quarter_age: int = 99                       # sentences read since the last one that named its quarter
    segment_age: int = 99                       # sentences read since one that opened on a business unit
    in_unit: bool = False                       # the sentence being read speaks of a business unit
    topic_lab: str | None = None
    shorts: dict = field(default_factory=dict)
    last_labs: list[str] = field(default_factory=list)   # the organisations the last sentence named
    last_people: list[str] = field(default_factory=list)   # the people the last sentence named (whom "he", "she" mean)
    named: dict = field(default_factory=dict)   # "startup" -> the lab the article called that
    last_subject: str | None = None             # what "its" and "the company" mean in the next clause
    topic_org: str | None = None                # the document's main entity when it is an organisation
    models: frozenset = frozenset()             # the models the document names
    opener: tuple | None = None                 # (name, kind) the last sentence opened with
    siblings: dict = field(default_factory=dict)  # "Haiku" -> "Claude 3 Haiku" in labels and headers only
    offering: bool = False                      # a sentence so far spoke of an offering of shares (an IPO's page)
    other_label: bool = False                   # the unit sits under a label that names another model or product
    block: int = -1                             # the paragraph, list or table being read
    topic_block: int = -1                       # the one `topic_lab` was last set in


_CJK_SPLIT = re.compile(r"(?<=[。！？])\s*")


def split_sentences(text: str) -> list[str]:
    """Sentences: after a full stop and a capital, or after a Chinese or Japanese full stop; the items of
    a list a scrape ran into one line ("… - 以每股33美元发行 - 开盘报83美元 - …") each on their own."""
    return [z.strip() for s in _SENT_SPLIT.split(text) for x in _CJK_SPLIT.split(s)
            for z in (_LIST_DASH.split(x) if len(_LIST_DASH.findall(x)) >= 3 else (x,)) if z.strip()]


# " - " between list items run together (three or more in one sentence): an item's end, not a dash in prose
_LIST_DASH = re.compile(r"(?<=\S)\s{1,3}-\s{1,3}(?=\S)")   # (bounded: a long run of spaces stays linear)


@lru_cache(maxsize=None)
def _lowered(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w.lower() for w in words)


_SYNONYM_INDEX: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()   # knowledge -> its attribute words


def _named_attributes(k: Knowledge, low: str) -> set[int]:
    """The positions in `k.attributes` of the attributes one of whose words (lower case) stands in
    `low`: the words indexed by their first three letters, so a sentence is read once, not once per word."""
    index = _SYNONYM_INDEX.get(k)
    if index is None:
        by_start: dict[str, list[tuple[int, str]]] = {}
        short: list[tuple[int, str]] = []
        for i, attr in enumerate(k.attributes):
            for w in set(_lowered(attr.synonyms)):
                (by_start.setdefault(w[:3], []) if len(w) >= 3 else short).append((i, w))
        index = _SYNONYM_INDEX[k] = (by_start, short)
    by_start, short = index
    found = {i for i, w in short if w in low}
    for start in {low[j:j + 3] for j in range(len(low) - 2)} & by_start.keys():
        for i, w in by_start[start]:
            if i not in found and w in low:
                found.add(i)
    return found


@lru_cache(maxsize=512)
def _synonym_re(words: tuple[str, ...]) -> re.Pattern:
    # a letter may follow a digit ("700k words" names "k words"); a word never starts inside another word
    # (Chinese, Japanese and Korean words stand between other characters without spaces)
    left = lambda w: r"(?<![^\W\d])" if w[:1].isalnum() and not V.is_cjk(w[:1]) else ""
    right = lambda w: r"(?![\w])" if w[-1:].isalnum() and not V.is_cjk(w[-1:]) else ""
    # (as a tree of the words' common beginnings: the same matches, one branch per character tried)
    return re.compile(alternation(sorted(words, key=len, reverse=True), icase=True, left=left, right=right), re.IGNORECASE)


# a level's word that modifies another noun ("interest rate policy", "rate hike") or that a sign qualifies ("negative
# interest rates"): it names no level
_MODIFIES_NOUN = re.compile(r"[\s-]+(?:policy|policies|hike|hikes|cut|cuts|decision|decisions|path|outlook|regime|environment|"
                            r"politik|politique|política|politica|erhöhung|senkung)\b", re.I)
_NEGATIVE_BEFORE = re.compile(r"(?:negative|negativen|négatifs?|negativos?|negativas?|negativi|マイナス)\s*$", re.I)
_LABEL_SIZE = re.compile(rf"\s*(?P<label>[A-Za-z][\w ]{{1,30}}:)\s*(?P<num>{V.NUM})\s*(?P<mag>[kKM])\b(?!\s*(?:words|parameters|users|lines))")


def _token_values(attr: Attribute, s: str, ctx: Context) -> list[tuple]:
    found = list(V.find_tokens(s))
    # "Context: 128K": a size after a label that names the attribute
    label = _LABEL_SIZE.match(s)
    if label and not found and _synonym_re(attr.synonyms + (attr.name,)).fullmatch(label.group("label")):
        val = V.number(label.group("num"), label.group("mag"))
        if val and val >= 1000:
            found.append((label.start("num"), label.end(), V.clean_number(val), "tokens"))
    # "The context window of GPT-4 is also 32k": a size with its magnitude after a copula
    for m in _COPULA_SIZE.finditer(s):
        val = V.number(m.group("num"), m.group("mag"))
        if val and val >= 1000 and not any(a <= m.start("num") < b for a, b, *_ in found):
            found.append((m.start("num"), m.end(), V.clean_number(val), "tokens"))
    return found


# a number joined to a unit of time: "180-day", "30-year", "12-month", "90-Tage-Frist"
_SPAN_AFTER = re.compile(r"-(?:day|days|week|weeks|month|months|year|years|hour|hours|minute|minutes|Tage|Tages|Monate|Jahre|jours|mois|ans|"
                         r"días|meses|años|giorni|mesi|anni|dias|anos)\b", re.I)


# a number right after a name-shaped word inside a sentence belongs to that name ("DEFCON 31", "iPhone 15")
# (a word in capitals or with a capital inside: German capitalises every noun, "nach Firmenangaben 120 Mrd. Parameter")
_NAME_NUMBER = re.compile(r"(?<=\S)\s(?-i:[A-Z]{2,}|[a-z]+[A-Z][A-Za-z]*|[A-Z][a-z]+[A-Z][A-Za-z]*)\s$")


# a count a record names as its mark, not the level now: "making it the fastest app to reach 100 million users"
_MILESTONE_BEFORE = re.compile(r"(?<![\w-])(?:fastest|quickest|first|only)\b[^.,;]{0,40}?\bto\s+(?:reach|hit|cross|pass|surpass|top)\s+"
                               r"(?:(?:about|over|more than|the)\s+)?$", re.I)
# … and a small number after a capitalised word mid-sentence, in a list of names: "clientes como Antena 3, Telecinco"
_NAME_WORD_BEFORE = re.compile(r"(?<=[\w,] )(?-i:[A-Z][a-zà-ÿ]+)\s$")
_LISTED_NAME_NUMBER = re.compile(r"(?<!\d\d\d)(?:,|\s+(?:and|y|e|et|und|en|or|o|ou)\s+(?-i:[A-Z])|\))")


def _count_values(attr: Attribute, s: str, ctx: Context) -> list[tuple]:
    # a count of parameters below a million, or of users below a hundred, is some other number ("Sora 2 Pro")
    minimum = 1e6 if attr.unit == "parameters" else 100 if attr.unit == "users" else 1
    return [(a, b, v, attr.unit) for a, b, v, _ in V.find_counts(s, minimum, words_ok=True)
            if not re.match(r"\s*(?:%|percent|x\b|times)", s[b:b + 8]) and not _other_noun(s, b, attr.unit, attr.synonyms)
            and not re.search(r"(?:[$€£¥]|US\$|R\$)\s?$", s[max(0, a - 4):a])   # "$20 per month": an amount of money
            and not re.fullmatch(r"(?:19|20)\d\d", s[a:b].strip())   # "in 2026": a year, not a count
            and not _NAME_NUMBER.search(s, 0, a)   # "the DEFCON 31 red-teaming event": a number in a name
            and not (_LISTED_NAME_NUMBER.match(s, b) and _NAME_WORD_BEFORE.search(s, 0, a))   # "como Antena 3, Telecinco"
            and not _MILESTONE_BEFORE.search(s, max(0, a - 60), a)   # "the fastest app to reach 100 million users": a milestone
            and not _SPAN_AFTER.match(s, a + len(s[a:b].rstrip("-")))   # "a 180-day lockup period": a span of time, not a count
            and (re.search(r"\d", s[a:b]) or _synonym_re(attr.synonyms).match(s, b + 1))
            and _cjk_noun_ok(attr, s, a, b) and not _counts_another_noun(ctx.knowledge, s, a, attr)]


def _counts_another_noun(k: Knowledge, s: str, a: int, attr: Attribute) -> bool:
    """'guarantees for the roughly 4,100 people it employs' beside 'clients': the count names its own noun, one of
    another count the site knows, so it is no count of the attribute's."""
    rx, canon, _ = _count_rx(k)
    m = rx.match(s, a) if rx is not None else None
    if m is None:
        return False
    noun = m.group("noun").lower()
    return canon.get(noun) != attr.unit and noun not in {w.lower() for w in attr.synonyms}


def _cjk_noun_ok(attr: Attribute, s: str, a: int, b: int) -> bool:
    """In a Chinese, Japanese or Korean sentence a count ("6710亿", "671B" before kana) counts the
    attribute's own noun only when that noun follows it at once ("6710亿参数", "14.8Tトークン"):
    "20万块英伟达GPU进行训练" counts GPUs, not training tokens, and the "30B" of "Qwen3-30B-A3B的激活参数"
    is part of a name."""
    if not V.has_cjk(s[max(0, a - 6):b + 6]):
        return True   # (a count within a few characters of those scripts is held to this, "Qwen3-30B-A3B的…" too)
    nouns = tuple(w for w in attr.synonyms if V.has_cjk(w))
    if attr.unit == "tokens":
        return bool(V.CJK_TOKEN.match(s, b))
    return bool(nouns) and bool(re.match(r"\s?(?:个|個|개의\s?|개\s)?(?:" + "|".join(map(re.escape, nouns)) + ")", s[b:b + 12]))


def _percent_values(attr: Attribute, s: str, ctx: Context) -> list[tuple]:
    other = list(lexicon.find_percents(s, ctx.knowledge))
    return V.merge_ranges(s, other + [v for v in V.find_percents(s) if not any(o[0] < v[1] and v[0] < o[1] for o in other)])


def _date_values(attr: Attribute, s: str, ctx: Context) -> list[tuple]:
    return list(V.find_dates(s)) + list(lexicon.find_dates(s, ctx.knowledge)) + _dates_without_year(s, ctx.date, ctx.knowledge)


def _fraction_values(attr: Attribute, s: str, ctx: Context) -> list[tuple]:
    out = []
    for m in _FRACTION.finditer(s):
        val = _FRACTIONS[m.group("f").lower()] if m.group("f") else V.clean_number(100 - float(m.group("pct")))
        out.append((m.start(), m.end(), val, "percent"))
    return out


def _enum_values(attr: Attribute, s: str, ctx: Context) -> list[tuple]:
    out = []
    for canon, phrases in attr.values:
        for m in _synonym_re(tuple(phrases)).finditer(s):
            if _FORMERLY.search(s[max(0, m.start() - 20):m.start()]):   # "previously restricted": not now
                continue
            if _AUDIENCE_GETS.search(s[max(0, m.start() - 60):m.start()]):
                continue   # "free users would receive limited access to it": what a group gets, not the model's state
            if re.match(r"\s+(?:customers|users|clients|testers|participants|partners|members|program|programme)\b", s[m.end():], re.I):
                continue   # "Early access customers have reported …": the people of a programme, not the model's state
            out.append((m.start(), m.end(), canon, None))
    # "integrating Mamba SSM technology with traditional Transformer architecture and a Mixture-of-Experts layer":
    # several values at once describe a mix, and none of them alone holds
    return out if len({v[2] for v in out}) <= 1 else []


def _text_values(attr: Attribute, s: str, ctx: Context) -> list[tuple]:
    """The value of a text attribute's pattern: its group `value`, or `value2` where the pattern gives a second
    word order ("based in Toronto", "Toronto-based")."""
    if not attr.pattern:
        return []
    out = []
    for m in re.finditer(attr.pattern, s):
        g = "value" if m.group("value") is not None or "value2" not in m.re.groupindex else "value2"
        out.append((m.start(g), m.end(g), _tidy_text(m.group(g)), None))
    return out


@lru_cache(maxsize=8)
def _first_place_re(k: Knowledge) -> re.Pattern | None:
    words = (k.grammar or {}).get("first_place") or ()
    return _synonym_re(tuple(words)) if words else None


def _first_places(s: str, k: Knowledge) -> list[tuple]:
    """'el primer lugar', 'la première place': another language's words for rank 1 (languages.yml)."""
    rx = _first_place_re(k)
    return [(m.start(), m.end(), 1, None) for m in rx.finditer(s)] if rx else []


# the value finder of each attribute type: (start, end, value, unit) for every value of that type in a sentence
_FINDERS = {
    "tokens": _token_values,
    "count": _count_values,
    "percent": _percent_values,
    "money": lambda attr, s, ctx: _money_values(attr, s),
    "multiple": lambda attr, s, ctx: list(V.find_multiples(s)),
    "duration": lambda attr, s, ctx: list(V.find_durations(s)),
    "rank": lambda attr, s, ctx: list(V.find_ranks(s)) + _first_places(s, ctx.knowledge),
    "date": _date_values,
    "quarter": lambda attr, s, ctx: list(V.find_quarters(s, ctx.date)),
    "fraction": _fraction_values,
    "enum": _enum_values,
    "text": _text_values,
    "measure": lambda attr, s, ctx: list(V.find_measures(s, attr.values)),
}


# the count of tokens a price is for: after it (quantities.PER_TOKENS), or before it, as Chinese writes it: "每百万tokens 2元", "每千tokens 0.008元"
_PER_TOKENS_BEFORE = re.compile(r"每\s*(?:(?P<k>千|1000|1K)|(?P<m>百万|百萬|1M|1,000,000))\s*(?:个|個)?\s*(?:输入|输出)?\s*tokens?\s*"
                                r"(?:的?价格)?\s*(?:为|是|:|：)?\s*$", re.I)
_PER_OTHER = re.compile(r"\s*(?:/|per|a|each)\s+(?!tokens?\b)[\w-]+", re.I)


def _money_values(attr: Attribute, s: str) -> list[tuple]:
    """Sums; for a price per million tokens, a price per thousand or per token scaled to it, and a
    price per anything else left out ("$0.03 per 1000 input tokens" is 30 USD per million)."""
    found = list(V.find_money(s))
    if not attr.name.startswith("price per million"):
        # ("costs 0.0008 yuan per 1,000 tokens" is a price per tokens, no cost of anything)
        return [f for f in found if not ((per := PER_TOKENS.match(s, f[1])) and not per.group("n"))]
    out = []
    for a, b, value, *rest in found:
        per = PER_TOKENS.match(s, b) or _PER_TOKENS_BEFORE.search(s, max(0, a - 30), a)
        if per and "n" in per.re.groupindex and per.group("n"):
            continue   # a price per some other count of tokens ("$0.50 per 500 tokens"): none per million
        if per and isinstance(value, (int, float)):
            scale = 1000 if per.group("k") else 1 if per.group("m") else 1_000_000
            out.append((a, max(b, per.end()), V.clean_number(value * scale), *rest))
        elif not _PER_OTHER.match(s, b):
            out.append((a, b, value, *rest))
    return out


# the company a funding round is for, after its noun: "… Series C round for Recogni", "… round in the company"
_ROUND_FOR = re.compile(r"(?:\s+(?:funding|financing|investment))?(?:\s+round)?\s+(?:for|in|into)\s+"
                        rf"(?:(?P<back>{ROUND_RECIPIENT})|(?=[A-Z]))")


def _values_for(attr: Attribute, s: str, ctx: Context) -> list[tuple]:
    finder = _FINDERS.get(attr.type)
    return finder(attr, s, ctx) if finder else []


_DAY_MONTH = re.compile(r"\b(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|"
                        r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)"
                        r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s+\d{4})(?!\d)")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RELATIVE_DAY = re.compile(r"\b(?:(?P<today>today)|on (?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b")


_COPULA_SIZE = re.compile(rf"\b(?:is|was|are|were)\s+(?:also\s+|now\s+|just\s+|only\s+)?(?P<num>{V.NUM})(?P<mag>[kKM])\b(?!\s*(?:words|parameters|users|lines))")


_FUTURE_DAY = re.compile(r"\b(?:will|is set to|are set to|is scheduled|are scheduled|scheduled for|is slated|are slated|slated for|launch date|release date|"
                         r"sortira|sera|seront|débutera|débuteront|será|serán|estará|verrà|sarà|saranno|soll|sollen|wird|ab dem|a partir d\w*|"
                         r"go(?:es)? on sale|upcoming)\b|\w'll\b", re.I)


@lru_cache(maxsize=64)
def _measure_words(s: str, k: Knowledge) -> tuple[tuple[int, int, str, bool], ...]:
    """Where the open measures' words stand in a sentence: (start, end, measure, right after "per"), found once
    for all the money attributes that look."""
    return tuple((m.start(), m.end(), name, bool(re.search(r"(?:per|pro|par|por|je)\s+$", s[max(0, m.start() - 5):m.start()])))
                 for rx, name in terms_of(k).measures for m in rx.finditer(s))


def _dates_without_year(s: str, date: dt.date | None, k: Knowledge | None = None) -> list[tuple]:
    """'on March 4th', 'am 7. November', 'le 26 septembre' (the last such day up to the entry's date, the next
    one in a sentence about what will happen, or '--03-04' when the entry has none); 'today' and 'on
    Thursday' only when the entry's date says which day that was."""
    out = []
    days = [(m.start(), m.end(), next(v for name, v in V.MONTHS.items() if name.startswith(m.group("month").lower().rstrip(".")[:3])),
             int(m.group("day")), False) for m in _DAY_MONTH.finditer(s)]
    if k is not None:
        # (another language's day takes the year that puts it nearest the entry's date: its future words are many)
        days += [(*d, True) for d in lexicon.days_without_year(s, k) if not any(a < d[1] and d[0] < b for a, b, *_ in days)]
    for start, end, month, day, nearest in days:
        try:
            dt.date(2000, month, day)   # February 30 is no day (2000 has a February 29)
        except ValueError:
            continue
        if date is None:
            out.append((start, end, f"--{month:02d}-{day:02d}", None))
            continue
        if nearest:
            year = min((date.year - 1, date.year, date.year + 1),
                       key=lambda y: abs((dt.date(y, month, 28 if (month, day) == (2, 29) else day) - date).days))
        elif _FUTURE_DAY.search(s):
            # "will launch on June 5", "a June 5 launch date": the next June 5 from the entry's date
            year = date.year if (month, day) >= (date.month, date.day) else date.year + 1
        else:
            year = date.year if (month, day) <= (date.month, date.day) else date.year - 1
        if month == 2 and day == 29 and year % 4:
            continue
        out.append((start, end, f"{year}-{month:02d}-{day:02d}", None))
    for m in _RELATIVE_DAY.finditer(s) if date else ():
        if m.group("today"):
            when = date
        else:
            back = (date.weekday() - _WEEKDAYS.index(m.group("weekday").lower())) % 7
            when = date - dt.timedelta(days=back)
        out.append((m.start(), m.end(), when.isoformat(), None))
    return out


def _other_noun(s: str, end: int, unit: str | None, synonyms: tuple = ()) -> bool:
    """'24,000 NVIDIA H100 GPUs', '300 billion parameters': the count is of another noun than the
    unit (or than the attribute's own words: "millones de usuarios" counts users)."""
    if not unit:
        return False
    m = re.match(r"[- ]?(?:[A-Z0-9][\w-]*[- ]){0,3}?([A-Za-z][\w-]*s)\b", s[end:end + 60].lstrip()) or \
        re.match(r"[- ]?[a-z][\w-]*[- ]([a-z][\w-]*s)\b", s[end:end + 60].lstrip()) or \
        re.match(r"[- ]?([A-Z]{2,5})\b", s[end:end + 60].lstrip())   # "4,000 learning sessions", "6 144 GPU" (no plural mark)
    if not m:
        return False
    noun = m.group(1).lower()
    own = [w.lower() for w in unit.split()] + [w.lower() for syn in synonyms for w in syn.split()]
    return not any(noun.rstrip("s") == w.rstrip("s") for w in own)


def _tidy_text(v: str) -> str:
    """Short text values: no trailing punctuation, lists as 'A, B', no filler words."""
    v = v.strip().rstrip(".,;:")
    v = re.sub(r"\b(?:reliance on|relying on|the|generation of)\s+", "", v)
    if re.search(r"^[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)*(?:, [A-Z][\w.&-]*(?: [A-Z][\w.&-]*)*)*,? and [A-Z]", v):
        v = re.sub(r",? and ", ", ", v)
    return re.sub(r"\s+", " ", v)


# a verb's object, then the preposition that leads its amount: "valuing the company at", "valorisant la startup à"
_OBJECT_THEN_AT = re.compile(r"\s+(?:[\w'’-]+\s+){1,4}?(?:at|à|a|en|em|auf|op)\s+(?:about|around|some|nearly|roughly|environ|rund|unos)?\s*"
                             r"(?:US\s?)?\S{0,3}$", re.I)


def _in_noun_apposition(s: str, start: int, end: int, value_at: int) -> bool:
    """The word at start:end stands in an apposition set off by commas after another noun, which closes
    before the value: it describes that noun, and the value is that noun's."""
    opens, closes = s.rfind(",", 0, start), s.find(",", end, value_at)
    return opens > 0 and closes > 0 and not re.search(r"\d", s[:opens]) \
        and bool(re.match(r"\s*(?:the|a|an)\s", s[opens + 1:start], re.I)) and "," not in s[opens + 1:start]


def _nearest(values, pos_start: int, pos_end: int, max_gap: int = 90, s: str | None = None):
    best, best_d = None, None
    for v in values:
        a, b = v[0], v[1]
        if a >= pos_end and s is not None and _OBJECT_THEN_AT.match(s[pos_end:a]) and re.search(r"(?:ing|ant|ando|end)$", s[pos_start:pos_end]):
            d = 0   # "raised $600 million, valuing the company at $24 billion": the participle's amount is the one it leads
        elif a >= pos_end:
            d = a - pos_end
        elif b <= pos_start:
            d = (pos_start - b) * 1.5
        else:
            d = 0
        if d <= max_gap and (best_d is None or d < best_d):
            best, best_d = v, d
    return best


# "year on year", "interanual", "im Jahresvergleich": the percent after a change verb or before these is a change
_YEAR_ON_YEAR = re.compile(r"\s*(?:year[- ]on[- ]year|year[- ]over[- ]year|y/y|yoy|interanual|en glissement annuel|sur un an|"
                           r"im Jahresvergleich|gegenüber dem Vorjahr|su base annua|anual|em termos homólogos)\b", re.I)


# "the IPO price of HK$165, valuing it at HK$72.8 billion": a price per share is none of these measures
_NOT_PRICES = frozenset({"valuation", "funding", "investment", "revenue", "market value"})
_PRICE_OF = re.compile(r"(?<![\w-])(?:price|precio|prix|Preis|prezzo|preço|pre[cç]o)\s+(?:(?:of|de|du|von|di|do|da)\s+)?"
                       r"(?:US\s?)?(?:[A-Z]{0,3}[$€£¥]|[A-Z]{1,3}\s?)?\s*$", re.I)


_GROWTH_VERB = re.compile(r"(?<![\w-])(?:grew|grows|increased|increases|expanded|shrank|shrunk|wuchs|gewachsen|crec[ií]\w*|"
                          r"aument\w*|augment\w*|cresc\w*)(?![\w-])", re.I)


def _stated_change(s: str, v: tuple, ctx: Context) -> bool:
    """A percent that a change verb governs ("grew 18%", "creció un 18% interanual") measures growth, not
    the level a percent attribute names ("alcanzando una cuota de mercado global del 24,6%")."""
    if _YEAR_ON_YEAR.match(s, v[1]):
        return True
    change = next((m for rx, _ in terms_of(ctx.knowledge).changes for m in rx.finditer(s, max(0, v[0] - 24), v[0])), None) \
        or _GROWTH_VERB.search(s, max(0, v[0] - 24), v[0])
    return bool(change) and re.fullmatch(r"\s*(?:by\s+|de\s+|en\s+|um\s+)?(?:un|una|um|uma|of|de|del)?\s*", s[change.end():v[0]]) is not None


def _other_antecedent(s: str, syn_end: int, value_start: int, ctx: Context) -> bool:
    """'revenue came from its data-centre division, which reached $35.6 billion': a relative clause
    about another noun than the attribute's words holds the value."""
    rel = lexicon.grammar(ctx.knowledge).relative.search(s, syn_end, value_start)
    if _ANOTHER_BY.search(s, syn_end, value_start):
        return True   # "cut latency by nearly half and cost by 83%": the figure after the second "by" is the cost's
    return bool(rel and len(s[syn_end:rel.start()].split()) > 2)


# another noun's "by" before the value, past a coordination: "… and cost by 83%", "… y los costes en un 20%"
_ANOTHER_BY = re.compile(r"(?:,|\band|\by|\bet|\bund|\be)\s+(?:its\s+|the\s+|los\s+|las\s+|les\s+|die\s+)?[^\W\d_]+\s+"
                         r"(?:by|de|um|en|di|par)\s+(?:(?:about|nearly|almost|some|roughly|around|un|una|environ|rund|circa)\s+)?$", re.I)


_REFERS = re.compile(r"\b(?:the|its) (?:\w+ )?(?:firm|company|startup|start-up|lab|group)\b", re.I)


def _unlisted_subject(s: str, syn_start: int, chosen, mentions: list[Mention], k) -> tuple[bool, str | None]:
    """'Munich start-up Helsing raised €450 million': a company site_config does not list, found by
    the clause's structure. (whether such a name precedes the attribute's words, the subject)."""
    if _refers_back(s[:min(syn_start, chosen[0])], k):
        return False, None
    names = [n for n in proper_names(s, mentions, lexicon.grammar(k).stop, lexicon.grammar(k).company, lexicon.grammar(k).nouns) if not (n.kind == "org" and _common_noun(s, n, k))]
    company_noun = terms_of(k).company_noun
    if company_noun is not None:
        nouns = [m for m in company_noun.finditer(s)]   # "der Stuttgarter Luxusautohersteller" names no one
        names = [n for n in names if any(m.name == n.name for m in mentions) or not any(m.start() <= n.start < m.end() for m in nouns)]
    if not any(n.kind == "org" and n.end <= syn_start for n in names):
        return False, None
    found = subject_for(s, clause_span(s, chosen[0], lexicon.grammar(k)), Quantity(*chosen), names, None, terms_of(k))
    if found and not any(m.name == found.subject for m in mentions) and common_word(s, found.subject, terms_of(k)):
        return True, None   # a common noun, capitalised ("den Angaben zufolge"), names nothing
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
    while i >= 0 and re.fullmatch(r"[a-zß-ÿ][\w-]*", words[i]) and words[i].lower() not in g.stop and words[i].lower() not in g.company:
        i -= 1
    return i < len(words) - 1 and i >= 0 and words[i].lower() in g.articles


def _gap(v, pos_start: int, pos_end: int) -> float:
    """How far a value lies from the words naming its attribute (a value before them counts more)."""
    return v[0] - pos_end if v[0] >= pos_end else (pos_start - v[1]) * 1.5 if v[1] <= pos_start else 0


_OF_VALUE = re.compile(r"\s+(?:of|totaling|totalling|de|von|di|da|do|du)\s+(?:(?:about|around|nearly|almost|some|roughly|approximately)\s+)?(?:US\s?)?[$€£¥₩]?\s*$", re.I)


@lru_cache(maxsize=8)
def _ratio_of(k: Knowledge) -> re.Pattern | None:
    """A ratio whose base the next word names: "incidenza sui ricavi", "as a percentage of revenue", "part du
    chiffre d'affaires" (attributes.yml `grounding.ratio_nouns` and `ratio_links`)."""
    g = k.grounding or {}
    if not g.get("ratio_nouns"):
        return None
    alt = lambda ws: "|".join(re.escape(str(w)) for w in sorted(ws or (), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alt(g['ratio_nouns'])})\s+(?:{alt(g.get('ratio_links')) or 'of'})\s+"
                      r"(?:the\s+|los\s+|les\s+|la\s+|le\s+|l['’]\s*)?$", re.I)


def _other_measure_nearer(s: str, syn: re.Match, chosen: tuple, attr: Attribute, k: Knowledge) -> bool:
    """Another measure's word stands between the attribute's word and the sum, or nearer the sum before it."""
    words = {w.lower() for w in (*attr.synonyms, attr.name)}
    for a, b, name, _ in _measure_words(s, k):
        if name == attr.name or s[a:b].lower() in words:
            continue
        if syn.end() <= a and b <= chosen[0]:
            return True   # between the word and the sum after it
        if syn.start() >= chosen[1] and b <= chosen[0] and chosen[0] - b < syn.start() - chosen[1]:
            return True   # before the sum, nearer than the word after it
    return False


def _measure_of_value(s: str, c: dict, k: Knowledge) -> bool:
    """The open reading's measure stands right before the value, joined by "of" ("operating profit of
    7.44 trillion won"), and the value stands once in the sentence."""
    spans = value_spans(s, c["value"])
    if len(spans) != 1:
        return False
    before = s[max(0, spans[0][0] - 60):spans[0][0]]
    for rx, name in terms_of(k).measures:
        if name == c["attribute"]:
            for m in rx.finditer(before):
                if _OF_VALUE.fullmatch(before[m.end():]):
                    return True
    return False


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
            if v[0] > chosen[1] and re.search(r"\bto\s+(?:(?:an?\s+)?(?:average|mean|median|range)\s+of\s+|over\s+|more than\s+|about\s+|around\s+|just\s+)?$", s[max(0, v[0] - 24):v[0]]):
                return v
    return chosen


_FRONTED_YEAR = re.compile(r"\W*(?:In|By|Back in|En|Em|Im|Nel|Dans)\s+(?:(?:early|late|mid|January|February|March|April|May|June|"
                           r"July|August|September|October|November|December)\s+)?((?:19|20)\d\d)\s*,")
_INTO = re.compile(r"\b(?:in|into|en|dans|em|na|no)\s+(?:(?:the|la|le|l'|a|o)\s+)?(?:[\w-]+\s+){0,3}$", re.I)
# (in other languages too: "a investi … 15 millions d'euros dans Mistral AI", "invirtió … en Mistral AI")
# (the company noun may carry the modifiers Romance languages put after it, and the name may follow it:
# "in the data-labelling company Scale AI", "na empresa de rotulagem de dados Scale AI")
_TARGET = re.compile(r"\s*(?:[^\s,;]+\s+){0,4}?(?:in|into|dans|en|em|na|no|nel|nella|nello|bei)\s+(?:the\s+|la\s+|le\s+|l['’]|a\s+|o\s+|el\s+)?"
                     r"(?:(?P<noun>(?:[\w-]+\s+){0,3}?(?:startup|start-up|firm|company|upstart|vendor|lab|empresa|compañía|companhia|"
                     r"société|entreprise|azienda|società))\b(?:\s+(?:de|di|du|des|del|da|do)\s+[a-zà-ÿ][\w-]*(?:\s+(?:de\s+)?[a-zà-ÿ][\w-]*){0,2})?\s*)?")


# (and "of" after the share a verb of owning states: "Tencent owns 11% of Reddit", "détient 90% du capital d'Arm")
_TARGET_AN = re.compile(r"\s*(?:[^\s,;]+\s+){0,3}?(?:an\s+(?:der\s+|dem\s+|den\s+)?|(?:of|du|de|di|do|da|del)\s+|d['’])")


def _target(s: str, pos: int, subjects: list[str], mentions, ctx: Context, unlisted: bool = False) -> str | None:
    """'investing $13 billion in the California startup', 'its investment in OpenAI': whom an
    investor's money went to, so that two investments in different companies are never compared."""
    m = _TARGET.match(s, pos)
    if not m:
        # German "einen Anteil von 90 Prozent an Arm": the company a share is of, named right after "an"
        an = _TARGET_AN.match(s, pos)
        named = next((x for x in (proper_names(s, mentions) if unlisted else mentions)
                      if an and x.start == an.end() and x.kind in ("lab", "org", "group")), None)
        return f"in {named.name}" if named and named.name not in subjects else None
    named = next((x for x in (proper_names(s, mentions) if unlisted else mentions)
                  if x.start == m.end() and x.kind in ("lab", "org", "group")), None)
    if named and named.name not in subjects:
        return f"in {named.name}"
    if m.group("noun"):
        # "which has invested $13 billion in the startup": the one the page calls so, else the one it is about
        noun = m.group("noun").split()[-1].lower()
        called = ctx.named.get(noun) or ctx.named.get("*") or ctx.topic_org
        earlier = [x for x in mentions if x.end <= pos and x.kind == "lab" and x.name not in subjects]
        lab = called if called and called not in subjects else earlier[-1].name if earlier else ctx.topic_lab
        if lab and lab not in subjects:
            return f"in {lab}"
    return None


def _leading_siblings(s: str, pos: int, ctx: Context) -> list[str]:
    """'Opus and Sonnet were available …' after the page listed the family's tiers by their bare names."""
    if not ctx.siblings:
        return []
    words = "|".join(re.escape(w) for w in ctx.siblings)
    m = re.match(rf"((?:{words})(?:(?:,\s*|,?\s+and\s+)(?:{words}))*)\s+(?:is|are|was|were|has|have|had|scores?|scored|costs?|"
                 rf"offers?|supports?|became|remains?)\b", s)
    if not m or m.end() > pos:
        return []
    return [ctx.siblings[w] for w in re.findall(words, m.group(1))]


_AGENTS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _agent_before(k) -> re.Pattern:
    """languages.yml's agent words ("von", "par", "por") and up to three words (article, adjectives) before a name."""
    if k not in _AGENTS:
        words = "|".join(re.escape(w) for w in sorted((k.grammar or {}).get("agent") or ("by",), key=len, reverse=True))
        _AGENTS[k] = re.compile(rf"(?<![\w-])(?:{words})\s+(?:(?-i:[a-zäöüßàâçéèêëîïôûùÿñ])[\w'’-]*\s+){{0,3}}$", re.I)
    return _AGENTS[k]


_POSSESSOR = re.compile(r"(?<![\w'’])([A-Z][\w.&-]*)['’]s?\s+(?:[a-z][\w-]*\s+)?$")
_CLAUSE_TURN = re.compile(r"(?:,\s*(?:but|while|whereas|although|pero|mais|aber|ma|mas)\b|;)", re.I)
_COMPARED_BETWEEN = re.compile(r"\b(?:compared (?:to|with)|than|notably|such as|including|like|unlike|versus|vs\.?)\b", re.I)
# a name one of several joins: "backed by the conglomerate along with the chipmaker Nvidia", "junto con", "aux côtés de"
_ALONG_WITH = re.compile(r"(?<![\w-])(?:along with|together with|alongside|as well as|junto (?:con|a)|aux côtés de|zusammen mit|"
                         r"insieme a|assieme a|junto com|ao lado de)\s+(?:\S+\s+){0,4}$", re.I)
_COMPARED_BEFORE = re.compile(r"\b(?:(?:close|similar|comparable|next) to|than|versus|vs\.?|against|unlike|compared (?:to|with)|behind"
                              # "a third as expensive as GPT-4", "as fast as X": the one an equality compares with
                              r"|(?<![\w-])as\s+(?-i:[a-z]+)\s+as)\s+(?:\S+\s+){0,3}$", re.I)
# a company noun and a word before a name that opens its sentence: "Rival app Hushroom", "Chipmaker Orrin"
_LEADING_NOUN = re.compile(r"[\W_]*(?:(?:The|A|An)\s+)?(?P<noun>[A-Z][a-z-]+)(?:\s+[a-z][a-z-]*)?\s+")


def _opens_sentence(lead: str, k: Knowledge) -> bool:
    """Whether a name after `lead` opens its sentence: nothing before it, or a company noun ("Rival app")."""
    if re.fullmatch(r"[\W_]*", lead):
        return True
    m = _LEADING_NOUN.fullmatch(lead)
    return bool(m) and m.group("noun").lower() in lexicon.grammar(k).company
_OPENS_CLAUSE = re.compile(r"['’]s?\s|\s+(?:[a-z]+ly\s+)?(?:has|had|have|is|was|are|were|said|says|will|reported|posted|raised|reached|"
                           r"employs|operates|counts|ha|tiene|hat|ist|a|est|è|é|tem|emplea|emploie|beschäftigt)\s")


_HW_OBJECT = re.compile(r"(?:\b(?:than|versus|vs\.?|compared (?:to|with)|against|with|for|of|on|from|like|unlike|to|in|into|"
                        r"inside|within|dans|en|im|nel|no|na|"
                        r"pour|contre|avec|de|du|des|para|por|con|contra|do|da|dos|das|ao|aos|mit|für|gegen|als|von|"
                        r"per|di|del|della|rispetto a)\s+(?:(?:the|la|le|les|el|los|o|a|os|der|die|das|il|lo)\s+)?"
                        r"(?:[\w-]+\s+){0,2}$)", re.I)


@lru_cache(maxsize=8)
def _chip_referent(k: Knowledge) -> re.Pattern:
    words = (k.grammar or {}).get("chip_referents") or ()
    return re.compile(r"\W*(?:" + ("|".join(re.escape(str(w)) for w in words) or "(?!x)x") + r")\b")


def _hardware_subject(mentions: list[Mention], pos: int, s: str, ctx: Context) -> list[str]:
    """A chip's measure belongs to the chip the clause is about: the one hardware name before the
    value that is not the object of a preposition or a comparison ("contre … pour la H100", "aos do
    Gaudi 2"), or whose relative clause holds the value ("Gaudi 2, que tinha 96 GB"); a sentence
    with no such name borrows none, and "It" is the chip the sentence before was about."""
    chips = [m for m in mentions if m.kind == "hardware"]
    before = [m for m in chips if m.end <= pos]
    for m in reversed(before):
        relative = re.match(r"\s*,\s*(?:which|that|who|que|qui|der|die|das|che)\b", s[m.end:m.end + 12], re.I)
        if relative or not _HW_OBJECT.search(s[max(0, m.start - 40):m.start]):
            if not any(o.end <= pos and o.start > m.end and o.kind in ("model", "lab", "product") for o in mentions):
                return [m.name]
            break
    if not before and ctx.last_hardware and _chip_referent(ctx.knowledge).match(s):
        return [ctx.last_hardware]
    return []


@lru_cache(maxsize=8)
def _noun_opening(k: Knowledge) -> tuple[re.Pattern, frozenset]:
    """A sentence whose subject is a common noun after another language's article ("Anche la base per
    tenere la console in verticale viene venduta a parte, a 29 euro"), and the nouns that name the page's
    own thing or its measure (a device noun, "la empresa", a measure's word) and so do not count."""
    g = k.grammar or {}
    english_or_german = {"the", "a", "an", "der", "die", "das", "dem", "den", "des", "ein", "eine", "einer", "einem"}
    articles = sorted({str(w) for w in g.get("articles") or () if str(w).lower() not in english_or_german}, key=len, reverse=True)
    own = {str(w).lower() for w in g.get("product_nouns") or ()}
    own |= {str(w).split()[-1].lower() for w in g.get("referents") or ()}
    own |= {w.lower() for a in k.attributes for syn in a.synonyms for w in re.findall(r"[^\W\d_]+", syn)}
    own |= {str(w).lower() for w in g.get("own_nouns") or ()}
    alts = "|".join(re.escape(a) for a in articles) or "(?!x)x"
    # (one opening word may stand before the article: "Anche la base", "Además, el soporte")
    rx = re.compile(rf"^[\W_]*(?:[^\W\d_]+,?\s+)?(?:{alts})(?:\s+|(?<=['’]))(?P<words>(?:[^\W\d_][\w'’-]*\s+){{0,2}}[^\W\d_][\w'’-]*)", re.I)
    return rx, frozenset(own)


def _opens_with_common_noun(s: str, pos: int, k: Knowledge) -> bool:
    """The sentence's subject is a thing of its own, named by a lower-case noun, before the value."""
    rx, own = _noun_opening(k)
    m = rx.match(s)
    if not m or m.end() > pos:
        return False
    stop = lexicon.grammar(k).stop
    words = []
    for w in m.group("words").split():
        if w.lower() in stop:
            break   # the noun phrase's head ends at a preposition: "la base per tenere la console"
        words.append(w)
    if not words or not words[0][:1].islower():
        return False
    return not any(w.lower().strip("'’") in own or not w[:1].islower() for w in words)


# what may stand before a name that opens its sentence: punctuation and an article
_ARTICLE_ONLY = re.compile(r"[\W_]*(?:(?:The|El|La|Le|Der|Die|Das|O|A|Il|L['’])\s*)?")


def _opens_with_other_name(s: str, mentions: list[Mention], pos: int, ctx: Context) -> bool:
    """'Jane Roe, the former CTO of Y, raised $2 billion': a sentence that opens with a name of its
    own (a person, a company the site does not know) is about that name, not the page's main one."""
    if not any(m.name == ctx.primary_model for m in mentions):
        return False   # (grounding weighs an opener when the main name is not in the sentence at all)
    opener = next(iter(proper_names(s, mentions)), None)
    if opener is None or opener.end > pos or not _ARTICLE_ONLY.fullmatch(s, 0, opener.start):
        return False
    if re.match(r"['’]|\s*,?\s*(?:said|says|told|stated|announced|claims|claimed|noted|wrote|reports|reported|"
                r"explained|added|dijo|afirmó|a déclaré|sagte|erklärte|ha detto|disse)\b", s[opener.end:opener.end + 24]):
        return False   # "Google said that the new model …", "Zhipu's accomplishment": a speaker or an owner
    if opener.kind not in ("org", "person") or re.match(r"\s*[:：]", s[opener.end:opener.end + 3]):
        return False   # a known maker ("Microsoft released …: Phi-3 Mini"), a label ("Multilingual Mastery: …")
    own = {ctx.primary_model, *ctx.last_models, *ctx.siblings, *ctx.siblings.values()}
    return not any(x and (opener.name == x or opener.name in x or x in opener.name) for x in own)


# a company that opens a sentence and the verb after it: "Vexa now has more than 2 million users"
_COMPANY_ACTS = re.compile(r"\s+(?:[a-z]+ly\s+|now\s+|also\s+|still\s+)?(?:has|had|have|employs|employed|counts|counted|raised|reported|"
                           r"posted|reached|serves|served|operates|operated|expects|expected|forecasts|forecast|projects|sees|"
                           r"plans|booked|generated|earned|made|lost|tiene|cuenta|espera|prevé|hat|zählt|erwartet|a|compte|"
                           r"prévoit|ha|prevede|conta|tem|prevê|espera)\s")


_COMPANY_NOUN_OPENS = re.compile(r"\W*(?:The|Its|La|El|Le|Die|Das|Der|L['’]|Il|A|O)\s+(?:[\w-]+\s+){0,2}?"
                                 r"(?:startup|start-up|company|firm|group|lab|maker|empresa|compañía|entreprise|société|Unternehmen|"
                                 r"Konzern|azienda|società|companhia)\b")


def _opens_with_company(s: str, mentions: list[Mention], pos: int) -> bool:
    """'Vexa now has more than 2 million users': a sentence whose subject is a company states the
    company's figure; a model the sentence does not name is not what it speaks of."""
    noun = _COMPANY_NOUN_OPENS.match(s)
    if noun and noun.end() <= pos and _COMPANY_ACTS.match(s, noun.end()) and not any(m.start < pos for m in mentions):
        return True   # "The startup now has …"
    opener = next((m for m in mentions if m.end <= pos), None)
    return bool(opener and opener.kind in ("lab", "group", "org")
                and _ARTICLE_ONLY.fullmatch(s, 0, opener.start)
                and _COMPANY_ACTS.match(s, opener.end) and not any(m.start < pos for m in mentions if m.kind in ("model", "product")))


# "available on Azure AI Foundry, it is now …": the platform a thing is offered on is not what the clause is about
_WHERE_AVAILABLE = re.compile(r"(?<![\w-])(?:available|availability|disponible|disponibles|accessible|accessibles|verfügbar|erhältlich|"
                              r"disponibile|disponibili|disponível|disponíveis|offered|hosted|deployed|launched|lancé|lancée)"
                              r"\s+(?:[\w'’-]+\s+){0,2}?(?:on|in|via|through|sur|dans|en|auf|über|bei|in|su|em|no|na|nel)\s+(?:the\s+|la\s+|le\s+|l['’])?$", re.I)


# ("compared to the same quarter last year" names the base of a comparison, not the quarter just named)
_SAME_QUARTER = re.compile(r"同四半期|该季度|該季度|当季|當季|이번 분기|해당 분기|\bthe same quarter\b|\b(?:for|in|during) the quarter\b|"
                           r"\bim Quartal\b|\bau trimestre\b|\ben el trimestre\b|\bnel trimestre\b|\bno trimestre\b|\bin het kwartaal\b"
                           r"(?!\s+(?:(?:of\s+)?(?:last|the previous|the prior|a)\s+year|a year (?:ago|earlier)|of\s+(?:19|20)\d\d))")
# forecast words the grammar's list does not hold in every script ("展望下一季度", "预计"): no quarter carries into them
_LOOKS_AHEAD = re.compile(r"(?<![\w-])(?:forecast\w*|expects?|expected|guidance|outlook|anticipat\w+)(?![\w-])|展望|预计|預計|预期|預期|見通し|予想|予測|전망|예상|下一季|次の四半期|다음 분기", re.I)
# a quarter named as the base of a comparison
_BASE_PERIOD = re.compile(r"(?<![\w-])(?:from|than|compared (?:with|to)|versus|vs\.?|up from|down from|ante|frente a|contra|contre|par rapport à|"
                          r"gegenüber|im Vergleich zu|rispetto a|em comparação com|comparado con|tegenover)\s+[^;]{0,40}?"
                          r"\b(?:Q[1-4]|(?:first|second|third|fourth)[- ]quarter|quarter|trimestre|Quartal|kwartaal)\b", re.I)
# a sentence that names a period of its own (a year, a half, nine months, a forecast's next quarter)
_OTHER_PERIOD = re.compile(r"(?<![\w-])(?:annual|annually|full[- ]year|fiscal|(?:for|during|over|in) the year|this year|(?:19|20)\d\d|nine months|first half|second half|"
                           r"H[12]|Q[1-4]|quarter|trimestre|Quartal|Geschäftsjahr|Gesamtjahr|Jahr|année|ejercicio|esercizio|anual|"
                           r"neun Monaten|nueve meses|neuf (?:premiers )?mois|nove mesi|semestre|Halbjahr|outlook|guidance|forecast|"
                           r"expects?|expected|prévoit|erwartet|prevé|prevede)(?![\w-])|年度|年間|上半期|下半期|通期|全年|上半年|下半年|연간|상반기|하반기", re.I)


def _in_apposition(s: str, m: Mention, mentions: list[Mention], pos: int) -> bool:
    return in_apposition(s, m.start, proper_names(s, mentions), pos)


# a multiple of another's figure right before a name: "double that of its predecessor, Kestrel-3", "twice Gemini's"
_MULTIPLE_OF = re.compile(r"(?<![\w-])(?:double|twice|triple|three times|half|a third of|a quarter of)\s+(?:that|those|the\s+\w+)\s+of\s+"
                          r"(?:(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:predecessor|rival|competitor)s?,?\s+)?$", re.I)


# a name, then a relative clause that runs on to the value: "…, la milanese Datalogica, che conta circa"
_RELATIVE_OF_NAME = re.compile(r"(?P<name>(?-i:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})),\s+(?:che|que|qui|which|who|die|der|das|dat)\s+"
                               r"(?:[^\W\d]+\s+){1,4}(?:(?:circa|about|around|some|nearly|environ|unos|cerca de|rund|etwa|ongeveer)\s+)?$")
# a company's part named in apposition: "Brightwater's French subsidiary, Brightwater Santé,", "su filial, Datalogica,"
# ("Its U.S. operating unit Marvell Semiconductor Inc is based in …": the name may follow without commas)
_SUBSIDIARY = re.compile(r"(?:['’]s|\b(?:its|their|su|sa|son|sua|seine|ihre))\s+(?:[\w.-]+\s+){0,3}(?:subsidiary|unit|division|arm|affiliate|"
                         r"filial|filiale|Tochter\w*|controllata|dochter\w*),?\s+(?P<child>(?-i:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}))"
                         r"(?:,|(?=\s+(?-i:[a-z])))", re.I)


def _pick_subject(mentions: list[Mention], kinds, pos: int, s: str, ctx: Context, exclude=(),
                  each: bool = False) -> list[str]:
    if tuple(kinds) == ("hardware",):
        return _hardware_subject(mentions, pos, s, ctx)
    maker = _MAKER_OF.match(s)
    if maker and pos >= maker.end():
        # "Skyline, the company behind Zephyr, has raised $2 billion": the company's, never the product's
        names = [n for n in proper_names(s, mentions) if n.end == maker.end("x")]
        return [names[0].name] if names and "lab" in kinds else []
    rel = _RELATIVE_OF_NAME.search(s, 0, pos)
    if rel and "lab" in kinds and any(n.start == rel.start("name") and n.end == rel.end("name") for n in proper_names(s, mentions)):
        # "Lumentia controlla la milanese Datalogica, che conta circa 420 dipendenti": the relative clause's antecedent
        return [rel.group("name")]
    sub = _SUBSIDIARY.search(s, 0, pos)
    if sub and "lab" in kinds and re.fullmatch(r"[^,;.]{0,60}", s[sub.end():pos]):
        # "Brightwater's French subsidiary, Brightwater Santé, employs about 850 people": the subsidiary's figure
        return [sub.group("child")]
    tiers = _leading_siblings(s, pos, ctx)
    if tiers and ("model" in kinds):
        return tiers
    demo = _DEMONSTRATIVE.search(s, 0, pos)
    if demo and "lab" in kinds and len(ctx.last_labs) == 1 and ctx.last_labs[0] not in exclude \
            and not any(m.kind in kinds and m.start < pos for m in mentions):
        return [ctx.last_labs[0]]   # "… s'appelle Hugging Face. Voici quelques jours, cette start-up a levé …"
    # a name inside a parenthesis that does not hold the value is an aside ("Meta Llama 3 (8B and 70B) — released …")
    cands = [m for m in mentions if m.kind in kinds and m.name not in exclude
             and (lexicon.in_parens(s, m.start) is None or lexicon.in_parens(s, m.start) == lexicon.in_parens(s, pos))
             and not re.match(r"\s+for\s+[A-Z]", s[m.end:m.end + 8])]
    # "Claude for Nonprofits" is another product, and the sentence is about it, not the page's model
    other_product = any(re.match(r"\s+for\s+[A-Z]", s[m.end:m.end + 8]) for m in mentions if m.kind in kinds)
    # investors, founders' former employers and comparisons ("from X", "by former employees of X
    # and Y", "than X") are not the subject
    dropped: list = []
    kept = []
    agent_rx = _agent_before(ctx.knowledge)
    names = proper_names(s, mentions)
    agented = [x for x in names if agent_rx.search(s[max(0, x.start - 40):x.start])]
    for m in cands:
        before_text = s[max(0, m.start - 40):m.start]
        cue = re.search(r"\b(?:from|including|than|with|by|like|to|over|versus|vs\.?|against|unlike|through|via|behind|ahead of)\s+(?:\S+\s+){0,3}$", before_text)
        if _MULTIPLE_OF.search(before_text):
            dropped.append(m)   # "a 256,000-token context window, double that of its predecessor, Kestrel-3": the one compared
            continue
        if _OVERTAKES.search(before_text):
            dropped.append(m)   # "it has overtaken Brazil's Nubank to become … with a $75 billion valuation": the one passed
            continue
        # "eine von der japanischen Softbank Group angeführte Runde", "une levée menée par X": the agent of another verb
        agent = agent_rx.search(before_text)
        # (or joined to a name the agent word leads: "fundada … por Jonas Brandl e Lea Okafor")
        joined = [x for x in names if x.end <= m.start and (x in dropped or x in agented)]
        coordinated = joined and re.fullmatch(r"\s*(?:,|and|or|&|y|e|et|und|en|ed|o|ou|oder|of)\s*", s[joined[-1].end:m.start])
        if (cue and m.end > pos) or (cue and "lab" in kinds and re.search(r"\b(?:by|from)\b", cue.group())) or coordinated \
                or (agent and "lab" in kinds):
            dropped.append(m)
        else:
            kept.append(m)
    cands = kept
    # "Anthropic, the AI safety-focused OpenAI competitor, secured …": a name inside an apposition to an
    # earlier name describes that one, it is not the subject
    for ap in APPOSITION.finditer(s, 0, pos):
        if any(m.end <= ap.start() for m in cands):
            cands = [m for m in cands if not ap.start() < m.start < ap.end()]
    # "Velta Financial, which Velta Bank uses to make loans, raised …": a name inside a closed relative clause
    # after an earlier name is that clause's, not the main clause's subject
    for rel in _CLOSED_RELATIVE.finditer(s, 0, pos):
        if rel.end() > pos:
            continue
        if any(m.end <= rel.start() for m in cands):
            cands = [m for m in cands if not rel.start() < m.start < rel.end()]
        elif any(n.end == rel.start() and n.kind == "org" and (n.start, n.end) not in {(x.start, x.end) for x in mentions}
                 for n in proper_names(s, mentions)) and any(rel.start() < m.start < rel.end() for m in cands):
            return []   # the one the clause describes is a name the site does not know: no known name is the subject
    cands = [m for m in cands if not _in_apposition(s, m, mentions, pos)
             and not (m.end <= pos and ", " in s[m.end:pos] and _WHERE_AVAILABLE.search(s, max(0, m.start - 60), m.start))]
    before = [m for m in cands if m.end <= pos]
    if len(before) >= 2:   # "X delivers results close to the proprietary Y model and outperforms Z": Y is compared, X acts
        before = before[:1] + [m for m in before[1:] if not _COMPARED_BEFORE.search(s, max(0, m.start - 40), m.start)
                               or re.match(r",?\s+(?:which|who|that)\b", s[m.end:m.end + 12])]   # "… than xAI, which raised"
    if not before:
        known = {(m.start, m.end) for m in mentions}
        opener = next(iter(proper_names(s, mentions)), None)
        own = {x for x in (ctx.primary_model, ctx.topic_org, ctx.topic_lab) if x}
        if opener and (opener.start, opener.end) not in known and opener.name not in ctx.knowledge.families \
                and opener.name not in own and opener.name not in ctx.named.values() \
                and opener.end <= pos and _opens_sentence(s[:opener.start], ctx.knowledge) \
                and _OPENS_CLAUSE.match(s, opener.end):
            # "X has 600 million users", "Rival app Hushroom has …": the sentence's own subject, one the site does not know
            return []
    # "X and the startup, which raised …": the nearer noun phrase names the subject
    noun = None
    if "lab" in kinds:
        start = before[-1].end if before else 0
        said = re.search(r"\b[Tt]he (?:[\w-]+ ){0,3}?(startup|firm|company|upstart|vendor|lab)\b", s[start:pos])
        if said and ctx.named.get(said.group(1)) not in (None, ctx.named.get("*")):
            return []   # "OpenAI, the firm behind ChatGPT, … her start-up, Thinking Machines Lab. The fledgling firm …": which?
        noun = re.search(r"\b[Tt]he (?:[\w-]+ ){0,3}?(startup|firm|company|upstart|vendor|lab)\b", s[start:pos])
    if noun and (ctx.named.get(noun.group(1)) or ctx.topic_org or ctx.named.get("*") or ctx.topic_lab):
        # the one the page called by this noun, else the organisation the page is about, unless the
        # sentences before spoke of other organisations only ("… rival OpenAI. The startup raised …")
        called = ctx.named.get(noun.group(1))
        if not called and ctx.last_labs and (ctx.topic_org or ctx.topic_lab) not in ctx.last_labs:
            return []
        return [called or ctx.topic_org or ctx.named.get("*") or ctx.topic_lab]
    if each and len(before) >= 2 and re.fullmatch(r"\s*(?:the\s+)?", s[:before[0].start], re.I) and all(
            re.fullmatch(r"\s*(?:,|,?\s*and|&)\s*", s[x.end:y.start]) for x, y in zip(before, before[1:])):
        return [m.name for m in before]   # "Zephyr Mini and Zephyr Max were available …": both
    if before and len(before) >= 2 and COORDINATED.fullmatch(s[before[-2].end:before[-1].start]) \
            and re.search(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}$", s[before[-1].end:pos]):
        return []   # "X, Y and Z jointly participated in its round, making its valuation …": "its" is none of them
    if before:
        return [before[-1].name]
    owner = re.search(r"\bits\s+[^,;]{0,60}$", s[:pos])
    named = [m for m in proper_names(s, mentions) if m.end <= (owner.start() if owner else 0)]
    if owner and named and not re.search(r"\b(?:[A-Z]\w*'s|model)\b", s[named[-1].end:owner.start()]):
        # "DeepSeek has jolted the markets because its new assistant is No. 1": its = the name before it
        return [named[-1].name] if named[-1].kind in kinds + ("lab",) else []
    if re.search(r"\w's\s+(?:\w+\s+){0,2}models\b", s[:pos]) and not before:
        return []  # "OpenAI and Google's largest models are nearing …": no one model's value
    if ctx.siblings and _ALL_OF.match(s) and ("model" in kinds):
        # "All three have 200k context": the family whose tiers the article lists
        families = {full.rsplit(" ", 1)[0] for full in ctx.siblings.values()}
        return list(families) if len(families) == 1 else []
    pronoun = _PRONOUN.search(s[:pos]) or re.search(r"\b(?:the|its) (?:firm|company|startup|lab)\b", s)
    if pronoun and ctx.opener and ctx.opener[1] in kinds and ctx.opener[1] != "model" and re.match(r"It\b", s):
        return [ctx.opener[0]]   # "Mistral AI is a leading company. It was founded …": the company, not its model
    if pronoun:
        if ("model" in kinds) and ctx.last_models and not re.search(r"firm|company|startup|lab", pronoun.group()):
            return [ctx.last_models[0]]
        if "lab" in kinds and ctx.topic_lab:
            return [ctx.topic_lab]
    # (a place after the value is where, not who: "expected to close in the first half of 2025, … in the U.S.")
    after = [m for m in cands if pos <= m.start <= pos + 60 and m.kind != "place"]
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
        generic = re.search(r"\b(?:leading|other|rival|closed-source|open-source|competing|frontier|largest)\s+(?:[\w-]+\s+)?models\b", s)
        if ctx.primary_model and not _OTHER_THING.search(s) and not other_product and not generic and not _paragraph_of_another(ctx) \
                and not _opens_with_other_name(s, mentions, pos, ctx) and not _opens_with_company(s, mentions, pos) and not ctx.in_unit \
                and not ctx.other_label \
                and not _opens_with_common_noun(s, pos, ctx.knowledge):
            return [ctx.primary_model]
    if "lab" in kinds and ctx.topic_lab and re.search(r"\b(?:the|its) (?:firm|company|startup|lab)\b", s):
        return [ctx.topic_lab]
    return []




def _display(value, unit) -> str:
    ends = change_ends(value)
    if ends and unit:   # "from 1500000000 to 4000000000" reads "from 1.5 billion to 4 billion USD"
        start, end = (_number_or_bound(x) for x in ends)
        return f"from {_display(start, None if unit in _MONEY else unit)} to {_display(end, unit)}"
    bound = re.fullmatch(r"(~|>=|<=|>|<)(\d+(?:\.\d+)?)", value) if isinstance(value, str) else None
    if bound:   # "~500000000" reads "about 500 million"
        number = float(bound.group(2))
        return f"{BOUND_WORDS[bound.group(1)]} {_display(int(number) if number.is_integer() else number, unit)}"
    span = re.fullmatch(r"(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)", value) if isinstance(value, str) and unit else None
    if span and unit != "percent":   # "5400000000-6000000000" reads "5.4 billion to 6 billion USD"
        low, high = (float(x) if "." in x else int(x) for x in span.groups())
        return f"{_human(low)} to {_display(high, unit)}"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if unit == "percent":
            return f"{value}%"
        if unit in ("USD", "EUR", "GBP", "CNY"):
            return f"{_human(value)} {unit}"
        return f"{_human(value)} {unit}" if unit else _human(value)
    return f"{value} {unit}" if unit and unit not in ("percent",) else (f"{value}%" if unit == "percent" else str(value))


_MONEY = ("USD", "EUR", "GBP", "CNY")


def _number_or_bound(text: str):
    """A plain end as its number; a bound or a range stays as written, for `_display` to read."""
    return (float(text) if "." in text else int(text)) if re.fullmatch(r"\d+(?:\.\d+)?", text) else text


def _human(v) -> str:
    for div, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(v) >= div:
            x = v / div
            return f"{x:g} {word}"
    return f"{v:,}" if isinstance(v, int) else f"{v:g}"


def _claim_text(c: dict) -> str:
    """The claim as a sentence a reader can check: "Nvidia: revenue 39.3 billion USD (Q4)"."""
    shown = _display(c["value"], c.get("unit"))
    scope = f" ({c['qualifier']})" if c.get("qualifier") else ""
    if c.get("said_by"):
        return f"{c['said_by']}: {c['subject']} {c['attribute']} {shown}{scope}."
    return f"{c['subject']}: {c['attribute']} {shown}{scope}."


def _person_roles(k: Knowledge) -> tuple[str, ...]:
    roles = (k.grammar or {}).get("person_roles") or ()
    return tuple(str(r) for r in roles)


def _claim(subject, attribute, value, unit, quote, said_by, text=None, qualifier=None) -> dict:
    c = {"text": text, "subject": subject, "attribute": attribute, "value": value,
         "unit": unit, "qualifier": qualifier, "said_by": said_by, "quote": quote}
    if said_by or not text:
        c["text"] = _claim_text(c)
    return c


# what a rank is of: "No. 1 download", "#1 on the Chatbot Arena leaderboard", "first place in the app charts"
_RANKED_LIST = re.compile(r"\s+(?:on|in|at|atop|of)\s+(?:the\s+)?(?P<list>(?:[\w-]+\s+){0,2}?(?:chart|charts|leaderboard|"
                          r"rankings?|list|Store|store|Arena))\b")
_RANKED_NOUN = re.compile(r"\s+(?P<noun>(?!(?:in|on|at|of|for|and|or|is|was|with|by|among|spot|place|position|overall)\b)[a-z][a-z-]{2,})"
                          r"(?=\s+(?:for|on|in|among|of)\b|[,.;]|$)")
_GLOBAL = re.compile(r"\b(?:global(?:ly)?|worldwide|world(?:['’]s)?)\b", re.I)


def _rank_name(s: str, chosen) -> str:
    """A rank's attribute: its domain ("coding rank"), the list or thing ranked ("download rank",
    "App Store rank"), "global rank" when the text says so, else "rank"."""
    dom = _DOMAIN.search(s)
    if dom:
        return f"{dom.group(1).lower()} rank"
    end = chosen[1] if chosen else 0
    ranked = _RANKED_LIST.match(s, end) or _RANKED_NOUN.match(s, end)
    if chosen and ranked:
        return f"{ranked.group(ranked.lastgroup)} rank"
    if chosen and _CHART_WORDS.search(s, chosen[1], chosen[1] + 60):
        # "el primer lugar en las listas de aplicaciones móviles": another language's charts, named in English
        return "app chart rank" if _APP_WORDS.search(s, chosen[1], chosen[1] + 80) else "chart rank"
    return "global rank" if _GLOBAL.search(s) else "rank"


_CHART_WORDS = re.compile(r"\b(?:listas?|classements?|Charts?|classifiche|classifica|paradas?|rankings?|hitlijsten|toplijsten)\b", re.I)
_APP_WORDS = re.compile(r"\b(?:aplicaci\w*|applications?|applicazioni|app|apps|aplicativos?|Anwendungen)\b", re.I)


_OBJECT_CUE = re.compile(r"\b(?:with|from|by|to|than|of|for|at|on|against|over|into|and)\s+(?:[\w'-]+\s+){0,2}$")
# "since the tool was rolled out": the sentence is about another thing than the page's model
_OTHER_THING = re.compile(r"\bthe (?!model\b|company\b|firm\b|startup\b|lab\b|system\b)[a-z]+ (?:was|is|were|has|had|will)\b")
# "shares plummeted 17% on January 27, following DeepSeek's release": the date is of another event
# an active verb of launching, and its object: a name after at most a few words and an apposition's comma
_LAUNCH_VERB = re.compile(r"(?:introduced|launched|released|unveiled|debuted|presented|lanzó|presentó|a lancé|a présenté|"
                          r"stellte|präsentierte|ha lanciato|ha presentato|lançou|apresentou)", re.I)
_LAUNCHED_OBJECT = re.compile(r"\s+(?:(?:its|their|the|a|an|su|sus|son|sa|ses|seine|sein|il suo|la sua|o seu|a sua)\s+)?"
                              r"(?:[\w-]+\s+){0,4}?(?:[\w-]+,?\s+)?[\"“'‘«]?", re.I)
_CAPITALISED_OBJECT = re.compile(r"\s+(?:(?:its|their|the|a|an|his|her)\s+)?(?:new\s+|latest\s+)?(?P<name>[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*){0,3})")


def _unknown_object(s: str, at: int, mentions, k, own: set) -> bool:
    """A launch verb's object is a capitalised name the site and page do not know ("unveiled the Mate XT"): what
    was launched has no subject to give it, and no other name of the sentence launched it. `own`: the page's
    own names (its model, whatever the site knows of it)."""
    m = _CAPITALISED_OBJECT.match(s, at)
    if not m or any(x.start <= m.start("name") < x.end or m.start("name") <= x.start < m.end("name") for x in mentions) \
            or any(n and m.group("name").startswith(n) for n in own):
        return False
    first = m.group("name").split()[0].lower()
    return first not in _WEEKDAYS and first not in _MONTH_WORDS and first not in lexicon.grammar(k).stop \
        and not lexicon.is_place(m.group("name"))


_MONTH_WORDS = frozenset(w.lower() for w in calendar.month_name[1:] + calendar.month_abbr[1:])
# (and a coordinated clause of its own: "Grok 2 was released, and on February 18 the company introduced Grok-3")
_OTHER_EVENT = re.compile(r",\s*(?:following|after|amid|as|while|when|since|before|despite)\b|,\s*(?:and|but|y|et|und|e|pero|mais|aber|ma|mas)\s+(?:then\s+)?(?:on|in|en|le|am|im|il|el|em|no|a)\b"
                          # "is available for pre-order starting on Wednesday, and will be available starting November 10": a verb of its own
                          r"|,?\s(?:and|but)\s+(?:then\s+)?(?:will|would|is|are|was|were|has|have|had|goes|went)\b")
_MAKER_OF = re.compile(r"(?P<x>[^,]{2,60}?),\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:company|startup|firm|maker|lab|developer|"
                       r"creator|group)\s+(?:behind|that (?:makes|built|created|develops)|which (?:makes|built|created|develops))\s+[^,]+,")
LONG_SENTENCE = 200
_AUDIENCE_GETS = re.compile(r"\b(?:users|customers|subscribers|members|developers)\s+(?:\w+\s+){0,2}?"
                            r"(?:get|gets|got|receive|receives|received|gain|gains|gained|have|has)\s+[\"“]?$", re.I)
_FORMERLY = re.compile(r"\b(?:previously|formerly|once|no longer|not|never)\s+(?:been\s+|be\s+)?$", re.I)
_CITATION = re.compile(r"\[(?:\d{1,3}|source|citation needed)\]", re.I)


_COMPANY_REF = re.compile(r"\b[Tt]he (?:[\w-]+ ){0,2}?(company|startup|start-up|firm|upstart|group|lab)\b(?!['’]s? (?:rivals?|competitors?|investors?|backers?))")


# "this startup", "cette start-up", "diese Firma": the organisation the sentence before named
_DEMONSTRATIVE = re.compile(r"(?<![\w-])(?:this|cette|cet|ce|diese[rsm]?|dieses|esta|este|essa|esse|questa|questo|deze|dit)\s+"
                            r"(?:[\w-]+\s+){0,2}?(?:start-?up|company|firm|lab|empresa|compañía|société|entreprise|pépite|licorne|"
                            r"Unternehmen|Firma|Konzern|Start-up|società|azienda|companhia|bedrijf)(?![\w-])", re.I)


_LISTED = re.compile(r"(?<![\w-])(?:including|such as|among them|among others|entre ellos|entre ellas|entre eux|entre elles|dont|darunter|"
                     r"tra cui|tra questi|entre os quais|entre as quais|incluindo|incluyendo)\s+(?:\S+\s+){0,3}$", re.I)


_RELATIVE = re.compile(r"(?<![\w-])(?:that|which|who)\s", re.I)


_CLOSED_RELATIVE = re.compile(r",\s+(?:which|who|whom|whose|que|qui|dont|cuyo|cuya|cuyos|cuyas|die|der|das|den|dem|deren|dessen|"
                              r"che|cui|il quale|la quale|el cual|la cual)\s[^,;()]{3,120},")


def _described_by_relative(s: str, name: str, pos: int, mentions) -> str:
    """'Velta Financial, which Velta Bank uses to make loans, said it raised …': a name inside a relative clause
    closed before the value is that clause's; the name the clause describes is the subject."""
    names = proper_names(s, mentions)
    for rel in _CLOSED_RELATIVE.finditer(s, 0, pos):
        head = next((n for n in names if n.end == rel.start()), None)
        if head is not None and rel.end() <= pos and any(n.name == name and rel.start() < n.start < rel.end() for n in names) \
                and not any(n.name == name and not rel.start() < n.start < rel.end() and n.start < pos for n in names):
            return head.name
    return name


_FROM_LEVEL = re.compile(r"(?<![\w-])(?:from|de|desde|von|da|dal)\s+(?:minus\s+|moins\s+|menos\s+|[-−])?$", re.I)
_TO_LEVEL = re.compile(r"(?<![\w-])(?:to|à|a|auf|para|al)\s+(?:(?:a|an|the|une?|el|la|den|die)\s+)?(?:(?:range|fourchette|rango|Spanne|banda|faixa)\s+"
                       r"(?:of|de|von|di|da)\s+)?(?:between\s+|entre\s+|zwischen\s+)?(?:minus\s+|[-−])?$", re.I)


def _level_before(s: str, chosen: tuple, values: list[tuple]) -> tuple | None:
    """A level's change stated with both ends ("raised to a range of 0 to 0.1pc from minus 0.1pc", "von 4,5 auf 4,25
    Prozent"): the value after "from" in the same clause as the one after "to"."""
    if not _TO_LEVEL.search(s, max(0, chosen[0] - 40), chosen[0]):
        return None
    for v in values:
        if v is not chosen and v[0] != chosen[0] and _FROM_LEVEL.search(s, max(0, v[0] - 16), v[0]) \
                and not re.search(r"[.;]\s", s[min(v[1], chosen[1]):max(v[0], chosen[0])]):
            return v
    return None


def _relative_clause(s: str, pos: int) -> re.Match | None:
    """The relative pronoun of the clause `pos` stands in ("the pioneer that raised $16bn at a …"), if any."""
    last = None
    for m in _RELATIVE.finditer(s, 0, pos):
        last = m
    return last if last is not None and not re.search(r"[,;:.]\s", s[last.end():pos]) else None


# a capitalised object right after a verb ("founded Quintaro", "fundou a Nothing")
_ACTIVE_OBJECT = re.compile(r"\s+(?:(?:the|a|o|la|el|le|l['’]|il|lo|die|der|das)\s*)?(?=[A-Z])")


def _paired_values(s: str, values: list[tuple]) -> list[tuple]:
    """The values "respectively" pairs: those before it, else those after it."""
    cut = RESPECTIVELY.search(s)
    paired = [v for v in values if v[1] <= cut.start()]
    return paired if len(paired) >= 2 else [v for v in values if v[0] >= cut.end()]


def _beside_values(s: str, syn: re.Match, values: list[tuple]) -> bool:
    """The attribute's word stands next to the values it names, in their clause ("cost CNY 279,900 and CNY
    329,900", "respectivement 7 milliards et 14 milliards de paramètres"), not in a clause after them."""
    paired = _paired_values(s, values)
    if len(paired) < 2:
        return False
    lo, hi = min(v[0] for v in paired), max(v[1] for v in paired)
    gap = s[hi:syn.start()] if syn.start() >= hi else s[syn.end():lo] if syn.end() <= lo else ""
    return not re.search(r"[;:]|,\s*(?:and|y|et|und|e|while|mientras)\b|\s(?:and|y|et|und)\s+[A-Z]", gap)


def _respective_pairs(s: str, values: list[tuple], mentions: list[Mention], kinds) -> list[tuple[str, tuple]]:
    """Names coordinated before the values, paired with them in order when the counts match; else none."""
    # ("qui compteront respectivement 7 milliards et 14 milliards": the word before the values)
    vals = sorted(_paired_values(s, values), key=lambda v: v[0])
    if len(vals) < 2:
        return []
    group = [m for m in mentions if m.kind in kinds and m.end <= vals[0][0]][-len(vals):]
    if len(group) != len(vals) or not all(re.fullmatch(r"\s*,?\s*(?:and|y|et|und|e|&)?\s*(?:the|el|la|le|der|die|o|a)?\s*",
                                                         s[x.end:y.start], re.I) for x, y in zip(group, group[1:])):
        return []
    return [(m.name, v) for m, v in zip(group, vals)]


_PERSON_OPENS = re.compile(r"\W*(?:He|She|Él|Ella)\s")   # (not "Il", "Er", "Ela": also "it" of a masculine or feminine noun)


def _paragraph_of_another(ctx: Context) -> bool:
    """The paragraph being read opened on another company than the page's main one, which is a company itself
    ("Twitter brought a mixed bag … U.S. monthly active users grew to 313 million" on a round-up led by Apple):
    a figure there with no name of its own is not the page's company's."""
    return bool(ctx.topic_lab) and ctx.topic_block == ctx.block and ctx.topic_lab != ctx.primary_model \
        and _kind_of(ctx.primary_model, ctx) in ("lab", "org")


def _kind_of(name: str, ctx: Context) -> str | None:
    return ctx.knowledge.entity_kind(name) or next((kind for n, kind in ctx.shorts.values() if n == name), None)


def _antecedent(s: str, mentions, ctx: Context) -> str | None:
    """Whom a clause without a name of its own is about. "The company" with no organisation named
    before it in the sentence is the one the page called a company, else the organisation the page
    is about: not an investor the sentence before happened to open with."""
    if _PERSON_OPENS.match(s) and not mentions:
        # "He will pay $200 million in fines": the one person the sentence before named, else no one
        return ctx.last_people[0] if len(ctx.last_people) == 1 else None
    ref = _COMPANY_REF.search(s)
    if ref and ctx.named.get(ref.group(1).replace("-", "")) not in (None, ctx.named.get("*")) \
            and not any(m.kind == "lab" and m.end <= ref.start() for m in mentions):
        return None   # "the firm" after another lab was called a company since: which one is not safe to say
    if ref and ctx.topic_org and not any(m.kind == "lab" and m.end <= ref.start() for m in mentions):
        called = ctx.named.get(ref.group(1).replace("-", ""))
        if not called and len(ctx.last_labs) >= 2 and ctx.topic_org not in ctx.last_labs:
            return None   # "… ties with OpenAI and Anthropic. The startup raised …": which one is not safe to say
        return called or ctx.topic_org
    if ref and ctx.last_subject and _kind_of(ctx.last_subject, ctx) in ("model", "product"):
        # "Murmur, the chatbot app developed by Lumen Forge, … The company expects …": a company is no app
        return ctx.named.get(ref.group(1).replace("-", "")) or ctx.topic_lab
    if len(ctx.last_labs) >= 2 and ctx.last_subject and ctx.last_subject != ctx.last_labs[0] \
            and lexicon.grammar(ctx.knowledge).referent.match(s) and not any(m.kind == "lab" for m in mentions):
        return None   # "Según Siemens, … de Altair. La compañía espera …": the sentence before named two, led by another
    ref = lexicon.grammar(ctx.knowledge).referent.search(s)
    if ref and ctx.topic_org and ctx.last_subject and ctx.last_subject.lower() in ctx.knowledge.publishers \
            and not any(m.kind == "lab" and m.end <= ref.start() for m in mentions):
        return ctx.topic_org   # "L'action du groupe …" after "…, cité par CNBC": an outlet reports, the group is the page's company
    if ref and ctx.last_subject and _kind_of(ctx.last_subject, ctx) in ("model", "product"):
        # "… trainiert auf 4.000 GPUs. Das Unternehmen beschäftigt 210 Mitarbeiter": a company is no model
        return ctx.topic_org or ctx.topic_lab
    return ctx.last_subject or ctx.topic_org


# a sentence that opens on a part of the company: "At the passenger airlines, …", "Bei den Passagier-Airlines gab es …"
_UNIT_OPENER = re.compile(r"(?:Bei|At|Among|Within|Chez|Presso|Nella|Nelle|Nel|Nei|Dans|En)\s+(?:den|der|dem|des|the|its|la|las|los|el|le|les|"
                          r"l['’]|il|i|gli|sus|su|ses|sa|ihren|seinen|seiner|ihrer)\s*[^,.;:\d]{2,60}")
_TIME_WORDS = re.compile(r"(?i:quarter|year|month|week|period|half|session|trading|time|moment|Quartal|Jahr|Monat|Halbjahr|Zeit|"
                         r"trimestre|semestre|año|ejercicio|mes|année|exercice|mois|anno|esercizio|ano|exercício|sesión|séance|Handel)")


_AND_BETWEEN = re.compile(r"\s(?:and|y|et|und|e)\s(?!(?:a|an|the|its|their)?\s*(?:US\s?)?[$€£¥\d])", re.I)


# "…, the company said", "said the startup", "la empresa dijo", "a indiqué la société": the organisation spoken of speaks
_REFERENT = r"\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>startup|start-up|firm|company|upstart|vendor|lab|group|maker)"
_REFERENT_SAID = (re.compile(rf"{_REFERENT}\s+(?:has\s+|had\s+)?(?:said|says|stated|states|told|tells|announced|confirmed|added|noted|explained|wrote)\b"),
                  re.compile(rf"\b(?:said|says|stated|added|noted|explained|wrote)\s+{_REFERENT[2:]}\b"))


def _referent_speaks(s: str, g, ctx: "Context") -> str | None:
    """The organisation a company noun that speaks refers to: the one the page called by that noun,
    else the one the page is about, unless the sentences before spoke of other organisations only."""
    m = next((m for m in (rx.search(s) for rx in _REFERENT_SAID) if m), None)
    noun = m.group("noun") if m else None
    if not m:
        ref = g.referent.search(s)
        said = ref and (g.said_after.match(s[ref.end():ref.end() + 30]) or g.said_before.search(s[max(0, ref.start() - 30):ref.start()]))
        if not said:
            return None
    called = ctx.named.get(noun.replace("-", "")) if noun else None
    if not called and ctx.last_labs and (ctx.topic_org or ctx.topic_lab) not in ctx.last_labs:
        return None
    return called or ctx.topic_org or ctx.named.get("*") or ctx.topic_lab


_ACCORDING_TO = re.compile(r"\baccording to\s+(?:(?-i:[a-z][\w-]*)\s+){0,4}?(?:the\s+|a\s+)?$", re.I)


_FRONTED = re.compile(r"(?:In|During|Back in|En|Im Jahr|Im|Nel|Em|No|Au|A)\s+(?:(?:early|late|mid)[- ]?)?"
                      r"(?:(?P<month>[A-Z][a-zé]+)(?:\s+(?:de|del)\s+|\s+))?(?P<year>(?:19|20)\d\d)\b(?!\s*(?:%|percent|per cent))"
                      r"|(?:In|Last|En|Im|Nel|Em)\s+(?P<only>[A-Z][a-zé]+)\s*,")


# a record and when it was set: that time is the record's, not the page's period
_RECORD_SET = re.compile(r"(?<![\w-])(?:record|all-time high|previous high|peak)\b[^.;]{0,40}\b(?:set|reached|hit|achieved)\b", re.I)


def _fronted_time(s: str, date: dt.date | None) -> str | None:
    """'In 2023 …', 'In March 2024, …', 'In February, …': the time a sentence opens with, as a year or a
    year and month (a month alone is the last one before the entry's date)."""
    m = _FRONTED.match(s)
    if not m:
        return None
    month_word = (m.group("month") or m.group("only") or "").lower()
    month = next((i for i, name in enumerate(calendar.month_name) if i and name.lower() == month_word), None)
    if m.group("year"):
        if m.group("month") and month is None:
            return None   # "In Europe 2024 …": no month
        return f"{m.group('year')}-{month:02d}" if month else m.group("year")
    if month is None or date is None:
        return None
    year = date.year if month < date.month else date.year - 1
    return f"{year}-{month:02d}"


def _sentence_claims(u: Unit, ctx: Context) -> list[dict]:
    k = ctx.knowledge
    s = _CITATION.sub(lambda m: " " * len(m.group()), u.text)  # "[1]" is a note, not a number; positions kept
    low = s.lower()
    mentions = find_mentions(s, k, ctx.shorts)
    out: list[dict] = []
    # ("Shares dropped 60% on Thursday": bare shares are the page's company's, whoever the sentence before spoke of)
    if SHARES_LEAD.match(s) and not mentions:
        # (under a heading that names one company, a live blog's entry or a section, the shares are that company's)
        g = lexicon.grammar(k)
        headed = [m for m in proper_names(u.scope, find_mentions(u.scope, k, ctx.shorts), g.stop, g.company, g.nouns)
                  if m.kind in ("lab", "org")] if u.scope else []
        last = headed[0].name if len(headed) == 1 and headed[0].start == 0 else ctx.topic_org
    else:
        last = _antecedent(s, mentions, ctx)
    opened, ctx.last_subject, open_spans = open_claims(s, mentions, k, ctx.date, last, [])
    # a results sentence with no name ("Net income rose to …") speaks of the page's own company only, and not
    # after a sentence that opened on one of its units ("Bei den Passagier-Airlines gab es …. Die Erlöse stiegen …")
    unit = _UNIT_OPENER.match(s)
    unit = unit if unit and not _TIME_WORDS.search(unit.group()) else None
    in_unit = ctx.in_unit = ctx.segment_age <= 1 or unit is not None
    ctx.segment_age = 0 if unit is not None and not re.search(r"\d", s) else ctx.segment_age + 1
    opened = [c for c in opened if c.get("via") != "results" or (c["subject"] == ctx.topic_org and not in_unit)]
    if in_unit and not (_REFERS.search(s) or lexicon.grammar(k).referent.search(s)):
        opened = [c for c in opened if c.get("via") != "referent"]   # ("Das operative Ergebnis war …" after it: the unit's)
    for c in opened:
        if not c["level"]:
            out.append(_claim(c["subject"], c["attribute"], c["value"], c["unit"], u.quote, u.said_by,
                              qualifier=c["qualifier"]))
    figures = bool(_numeric_rx(k).search(s))   # (what reads a count, a cut or a price needs a figure to read)
    counted = (_count_claims(u, s, mentions, ctx) + _workforce_cuts(u, s, mentions, ctx) + _price_cuts(u, s, mentions, ctx)
               if figures else []) + _cjk_units(u, s, mentions, ctx)
    out.extend(counted)
    out.extend(c for c in (_count_levels(u, s, mentions, ctx) if figures else ())
               if not any(V.value_key(o["value"]) == V.value_key(c["value"]) for o in counted))
    undisclosed = V.UNDISCLOSED.search(s)
    priced = _token_prices(u, s, mentions, ctx) if figures else []
    out.extend(priced)
    worded = _named_attributes(k, low)
    for i, attr in enumerate(k.attributes):
        if priced and attr.family == "prices":
            continue
        if attr.type == "license":
            out.extend(_license_claims(u, s, mentions, ctx))
            continue
        # a cheap necessary test first: most attributes' words are nowhere in a given sentence
        if attr.synonyms and i not in worded:
            continue
        rx = _synonym_re(attr.synonyms) if attr.synonyms else None
        # a date attribute may be stated of several names in one sentence ("X retired in May; Y in June")
        # an occurrence with no value of its own yields to the next ("The investment in X … its $13 billion
        # investment in Y"); only a date attribute gives each occurrence its own claim
        # a label ("Context:", "input:") names the attribute where a line or a list part starts
        syns = [x for x in rx.finditer(s) if not x.group().endswith(":") or re.search(r"(?:^|[—–,;(]|\s-)\s*$", s[:x.start()])] \
            if rx else []
        syns = [x for x in syns if not _word_of_a_name(s, x, attr.synonyms)]
        if syns and attr.type == "money":
            # "los ingresos netos": a word of this attribute inside a longer phrase that names another measure
            longer = [(a, b) for a, b, name, _ in _measure_words(s, k) if name != attr.name]
            syns = [x for x in syns if not any(a <= x.start() and x.end() <= b and b - a > x.end() - x.start() for a, b in longer)]
        if attr.signed:
            # "under its negative interest rate policy, the BOJ had applied a 0.1% charge": the word names a policy, not a level
            syns = [x for x in syns if not _MODIFIES_NOUN.match(s, x.end()) and not _NEGATIVE_BEFORE.search(s, max(0, x.start() - 12), x.start())]
        for syn in syns:
            vals = [v for v in _values_for(attr, s, ctx)
                    if attr.type in ("text", "enum") or not any(m.start <= v[0] < m.end for m in mentions)  # "1.5" in "Gemini 1.5"
                    and not _CONVERSION.search(s[max(0, v[0] - 40):v[0]])
                    and not any(a <= v[0] < b for a, b in open_spans)]
            vals = [v for v in vals if not _other_antecedent(s, syn.end(), v[0], ctx)]
            if attr.type == "percent":
                vals = [v for v in vals if not _stated_change(s, v, ctx)]
            if attr.name in _NOT_PRICES:
                vals = [v for v in vals if not _PRICE_OF.search(s, max(0, v[0] - 30), v[0])]
            # a value across a semicolon belongs to the other clause
            near = [v for v in vals if ";" not in s[min(v[1], syn.start()):max(v[0], syn.end())]
                    and not (attr.type == "date" and _OTHER_EVENT.search(s[min(v[1], syn.start()):max(v[0], syn.end())]))]
            if attr.type == "money":
                # "a $3.5 billion Series E funding round at a $61.5 billion post-money valuation": an amount
                # followed by another money attribute's noun is that one's
                nouns = rules_of(k).money_nouns
                own = _synonym_re(attr.synonyms)
                # ("¥45 billion ($404 million) in net profit": the noun after the sum restated in brackets)
                tail = lambda v: re.sub(r"^\s*\([^()]{1,40}\)", "", s[v[1]:v[1] + 100])
                near = [v for v in near if own.match(re.sub(r"^\s*(?:in\s+)?", "", tail(v)[:40]))
                        or not any(o != attr.name and rx.match(tail(v)[:60]) for o, rx in nouns.items())]
                named = [v for v in near if re.match(r"\s*(?:in|of|en|de|di|an|em)\s+", tail(v))
                         and own.match(re.sub(r"^\s*(?:in|of|en|de|di|an|em)\s+", "", tail(v)[:40]))]
                # "以230亿美元估值筹集15亿美元": in Chinese or Japanese the noun right after a sum is that sum's
                named += [v for v in near if v not in named and re.match(r"[\u3040-\u30ff\u4e00-\u9fff]", tail(v)[:1])
                          and own.match(tail(v)[:12])]
                if named:
                    near = named   # "¥750 billion ($6.7 billion) in revenue and ¥45 billion in net profit": the sum its noun follows
            if attr.type == "money" and near:
                # "announced a $10 billion share buyback program and raised its dividend": a sum before the word, another
                # verb's phrase closed by "and" between, is that phrase's
                near = [v for v in near if not (v[1] <= syn.start() and _AND_BETWEEN.search(s, v[1], syn.start()))]
                # "the assumption of Tibco's debt as well as a $3.98 billion buyout of its shares": a sum after the word that
                # opens a noun phrase of its own, joined to it, is that phrase's
                near = [v for v in near if not (v[0] >= syn.end() and JOINED_PHRASE.fullmatch(s, syn.end(), v[0]))]
            if attr.type == "money" and near:
                # "这笔融资也使得 Databricks 估值达到 620 亿美元": another measure's noun stands between the word and the sum
                others = [(a, b) for a, b, name, per in _measure_words(s, k) if name != attr.name and name not in attr.synonyms and not per]
                near = [v for v in near if not any(min(syn.end(), v[1]) <= a and b <= max(syn.start(), v[0]) for a, b in others)]
            chosen = _nearest(near, syn.start(), syn.end(), s=s) if near else None
            if chosen and len(near) >= 2 and RESPECTIVELY.search(s) and attr.type in ("money", "count", "percent", "tokens"):
                if _beside_values(s, syn, near):
                    # "the YU7 Pro and YU7 Pro Max cost CNY 279,900 and CNY 329,900, respectively": each its own
                    for name_, v in _respective_pairs(s, near, mentions, k.family(attr.family).subjects):
                        out.append(_claim(name_, attr.name, v[2], v[3] or attr.unit, u.quote, u.said_by))
                    continue
                if chosen in _paired_values(s, near):
                    continue   # a value "respectively" pairs with a name, read from a word outside its clause: whose is not safe
            if chosen and chosen[0] >= syn.end() and attr.type == "money" and _in_noun_apposition(s, syn.start(), syn.end(), chosen[0]):
                continue   # "Remaining performance obligations, the contracted revenue X hasn't recognised, climbed to $19.3 billion"
            if chosen and _UNNAMED.search(s[chosen[1]:chosen[1] + 60]):
                continue  # "the 128K context windows offered by competitors": no subject to give it
            if chosen and attr.type == "money" and _ratio_of(k) and _ratio_of(k).search(s, max(0, syn.start() - 40), syn.start()):
                continue  # "con un'incidenza sui ricavi del 43,6%", "as a percentage of revenue": a ratio's base, no sum of it
            if chosen and attr.type == "money" and _other_measure_nearer(s, syn, chosen, attr, k):
                continue  # "L'Ebitda è stabile a 2.836 milioni, mentre l'incidenza sui ricavi …": the nearer noun's sum
            if chosen and chosen[1] <= syn.start() and chosen[3] != "percent" and _PART_OF_BEFORE.match(s, chosen[1], syn.start()):
                continue  # "About 12 million of those users pay …": a part of a count named before, not the count
            if chosen:
                chosen = _from_to(vals, s, chosen)
            value, unit = (chosen[2], chosen[3] or attr.unit) if chosen else (None, attr.unit)
            if value is None:
                if attr.type == "disclosure" or (undisclosed and attr.type in ("tokens", "count", "money", "percent")):
                    if undisclosed and abs(undisclosed.start() - syn.start()) < 120 and not _UNDISCLOSED_MODIFIER.search(s, undisclosed.end(), syn.start()) \
                            and not (syn.end() <= undisclosed.start() and re.search(r"[,;]", s[syn.end():undisclosed.start()])):
                        # (not a noun before a comma: "… to create value for customers, the full scale of the layoffs was unknown")
                        value, unit = "undisclosed", None
                if value is None:
                    continue
            if attr.type == "disclosure" and value != "undisclosed":
                continue
            name = attr.name
            said_by = u.said_by
            kinds = k.family(attr.family).subjects
            if attr.type == "enum" and chosen and chosen[0] <= syn.start() < chosen[1] and not any(m.kind in kinds for m in mentions) \
                    and syn.group().lower() not in {str(p).lower() for _, ps in attr.values for p in ps}:
                continue   # "For nearly seven years, the Transformer architecture has served as …": the design named, no model's
            if attr.type == "rank" and not any(m.kind in kinds for m in mentions) and mentions and \
                    mentions[0].kind == "lab" and not re.match(r"['’]", s[mentions[0].end:mentions[0].end + 1]):
                kinds += ("lab",)   # "DeepSeek took first place in the app charts": a company's app ranks too
            obj = next((m for m in mentions if 0 < m.start - syn.end() <= 2 and not s[syn.end():m.start].strip()), None)
            if obj and obj.kind in ("lab", "person") and obj.kind not in kinds and attr.family != "predictions":
                continue   # "launched xAI in 2023": the verb's object is no model, so no model's release
            exclude: tuple = ()
            into = None
            if attr.relative_to:
                after = [m for m in mentions if m.start >= syn.start() and m.kind in ("model", "product", "group")]
                if not after:
                    continue
                name = f"{attr.name} to {after[0].name}"
                exclude = (after[0].name,)
            if attr.type == "rank":
                name = _rank_name(s, chosen)
                if re.search(r"(?<![\w-])(?:their|leurs?|ihre[nmrs]?|sus|seus|loro)\s+(?:[\w-]+\s+){0,3}$", s[max(0, syn.start() - 40):syn.start()], re.I) \
                        and not any(x.kind in kinds for x in mentions):
                    continue   # "their positions in the top five have been changed": the rank of several, none named
            if attr.family == "predictions":
                out.extend(_counter_forecasts(s, mentions, syn.end(), value, kinds, u, ctx))
                speaker = [m for m in mentions if m.end <= syn.start() and m.kind in ("person", "lab")]
                if speaker:
                    said_by = speaker[-1].name
                # "…, with Amazon, Google and Oracle among the early adopters": named after "with", not what is predicted
                # (nor a name past a comma: "expected to close in 2025, pending approval, and will bolster … in the U.S.")
                after = [m for m in mentions if m.start >= syn.end() and m.kind in kinds
                         and not re.search(r"\b(?:with|including|among|such as|like)\b[^.;]{0,40}$", s[syn.end():m.start])
                         and not re.search(r"[,;]", s[syn.end():m.start])]
                # ("China's Baidu": a place that owns the name after it only says where that one is from)
                before = [m for m in mentions if m.end <= syn.start() and m.kind in ("group", "place")
                          and not re.match(r"['’]s\s+[A-Z]", s[m.end:m.end + 5])]
                subj = before[-1:] or after[:1]
                if not subj:
                    continue
                subjects = [subj[0].name]
            else:
                of = next((m for m in mentions if m.kind in kinds + ("group",) and 0 <= m.start - syn.end() <= 5
                           and re.match(r"\s+$" if syn.group().endswith(" of") and not attr.relative_to
                                        # ("a $4.5 billion valuation for Unconventional AI": the worth of the one it is for)
                                        else r"\s+(?:of|for)\s+$" if attr.name == "valuation" else r"\s+of\s+$", s[syn.end():m.start] + " ")), None)
                if attr.subject == "first":
                    # the first organisation of the value's own clause ("X and Y also invested, but Microsoft …
                    # adding $750 million": Microsoft's)
                    cut = max((b.end() for b in _CLAUSE_TURN.finditer(s, 0, chosen[0] if chosen else syn.start())), default=0)
                    firsts = [m for m in mentions if m.kind in kinds and m.start >= cut
                              and not _in_apposition(s, m, mentions, syn.start())]
                    # (not a name inside a relative clause about an earlier one: "Velta Financial, which Velta Bank uses …, raised")
                    inside = [r.span() for r in _CLOSED_RELATIVE.finditer(s, cut, syn.start())
                              if any(n.end == r.start() for n in proper_names(s, mentions))]
                    if inside and firsts and any(a < firsts[0].start < b for a, b in inside):
                        firsts = []
                    subjects = [firsts[0].name] if firsts else []
                    if firsts and chosen and firsts[0].start >= chosen[1] and _COMPARED_BETWEEN.search(s[chosen[1]:firsts[0].start]):
                        subjects = []   # "the $3.5 billion investment is small compared to … notably Databricks": not its investment
                    if len(firsts) > 1 and COORDINATED.fullmatch(s[firsts[0].end:firsts[1].start]) and not RESPECTIVELY.search(s):
                        subjects = []   # "Microsoft and Nvidia will invest up to $15 billion": neither one's figure
                    if firsts and _ALONG_WITH.search(s, max(0, firsts[0].start - 50), firsts[0].start):
                        subjects = []   # "The $1.05bn investment is backed by the Japanese conglomerate along with Nvidia": one of several
                    if firsts and firsts[0].start >= syn.end() and _INTO.search(s[max(0, firsts[0].start - 40):firsts[0].start]):
                        # "the company revealed a $14.3 billion investment in AI startup Scale": the first
                        # name is where the money went; the investor is the one the sentence points back to
                        back = _COMPANY_REF.search(s[:firsts[0].start])
                        investor = back and (ctx.named.get(back.group(1)) or ctx.topic_org)
                        subjects = [investor] if investor and investor != firsts[0].name else []
                        into = firsts[0].name
                elif of is not None:
                    subjects = [of.name]
                elif value == "undisclosed" and not [m for m in mentions if m.kind in kinds and m.end <= syn.start()]:
                    subjects = [ctx.primary_model] if ctx.primary_model and "model" in kinds else _pick_subject(mentions, kinds, syn.start(), s, ctx, exclude)
                else:
                    subjects = _pick_subject(mentions, kinds, syn.start(), s, ctx, exclude)
                    if not subjects and not mentions and attr.signed and ctx.topic_org \
                            and re.fullmatch(r"\W*(?:The|Its|Der|Die|Le|La|El|O|A|Il)\s+(?:[\w-]+\s+){0,2}", s[:syn.start()]):
                        subjects = [ctx.topic_org]   # "The short-term rate was raised to …" on a central bank's page: its rate
                    recipient = _ROUND_FOR.match(s, chosen[1] if chosen and chosen[1] > syn.end() else syn.end()) \
                        if name == "funding" else None
                    got = next((m for m in mentions if m.start == recipient.end() and m.kind in kinds), None) if recipient else None
                    if got or (recipient and recipient.group("back") and (ctx.topic_org or ctx.topic_lab)):
                        # "Celesta Capital led the $102 million Series C round for Recogni": the round's company, not its
                        # backers ("raised 3 billion yuan in December": a time, no company)
                        subjects = [got.name] if got else [ctx.topic_org or ctx.topic_lab]
                    poss = _POSSESSOR.search(s, 0, syn.start())
                    if poss:   # "X's valuation": the owner named right before the measure, known or not
                        owner = next((m for m in mentions if m.start <= poss.start(1) and m.end == poss.end(1)), None)
                        subjects = [owner.name] if owner and owner.kind in kinds else []
                unlisted, named = (_unlisted_subject(s, syn.start(), chosen, mentions, k)
                                   if attr.family in ("markets", "company") and chosen
                                   and not any(m.name in subjects for m in mentions) else (False, None))
                if unlisted and not named:
                    continue   # an unknown name leads the sentence but is not its subject: no safe subject
                if named:
                    named = _described_by_relative(s, named, chosen[0] if chosen else syn.start(), mentions)
                subjects = [named] if named else subjects
                if attr.subject == "named" and (not any(m.name in subjects for m in mentions) and not _refers_back(s, k)
                                                or len({n.name for n in proper_names(s, mentions)
                                                        if n.start < (chosen[0] if chosen else syn.start()) and n.kind != "place"}) > 1):
                    # "The campus will have a capacity of 500 megawatts": whose campus the sentence does not say; "Arcwright
                    # … has agreed with … Tessaline Power to build a 2.4-gigawatt campus": two could own it
                    continue
                if attr.type == "money" and attr.family == "markets" and subjects == [ctx.primary_model] and not mentions \
                        and not named and ctx.topic_org is None and not _refers_back(s, k):
                    continue   # "annual revenue passed $1 billion" on a page about a model: the model earns nothing
                rel = _relative_clause(s, min(syn.start(), chosen[0]) if chosen else syn.start())
                if rel and subjects:
                    # "… Waymo, the self-driving pioneer that raised $16bn at a $126bn valuation": the relative
                    # clause's figure is its antecedent's, the name nearest before the pronoun
                    known_at = {(m.start, m.end) for m in mentions}
                    antecedent = [n for n in proper_names(s, mentions) if n.end <= rel.start()
                                  and ((n.start, n.end) in known_at or not re.fullmatch(r"[A-Z]{2,4}", n.name))]   # (not "GPU")
                    # (the name right before the pronoun, or before an apposition to it: "Waymo, the self-driving pioneer that")
                    if antecedent and antecedent[-1].name not in subjects and re.fullmatch(
                            r"\s*,?\s*(?:(?:the|a|an)\s+[^,;.]{0,50}?\s*)?", s[antecedent[-1].end:rel.start()], re.I):
                        # ("including Microsoft, which has invested over $13 billion": Microsoft's, a name the site knows)
                        ante = antecedent[-1]
                        subjects = [ante.name] if (ante.start, ante.end) in known_at and ante.kind in kinds else []
                obj_at = _ACTIVE_OBJECT.match(s, syn.end()) if attr.family == "company" and attr.type == "date" else None
                if obj_at and not re.search(r"(?<![\w-])(?:was|were|is|been|foi|fue|été|wurde|è stata|è stato)\s+$", s[max(0, syn.start() - 12):syn.start()], re.I):
                    # "Carl Pei fundou a Nothing em 2020": an active verb's subject founded its object
                    obj = next((m for m in proper_names(s, mentions) if m.start == obj_at.end()), None)
                    if obj is not None:
                        subjects = [obj.name] if obj.kind in kinds + ("org",) else []
                    elif not (chosen and chosen[0] <= obj_at.end() + 1):   # ("founded April 2023": the date, no object)
                        subjects = []   # "Carl Pei founded Nothing in 2020": an object the site cannot name
                agent = chosen and next((m for m in mentions if m.kind in kinds and m.start >= chosen[1]
                                         and (lexicon.grammar(k).agent_before.match(s[chosen[1]:m.start])
                                              or _DONE_BY.match(s, chosen[1], m.start))), None)
                if agent and attr.subject != "first" and not (attr.family == "company" and attr.type == "date"):
                    # (not who founded a company: "Fundada em 2020 por Beatriz Lacerda, a Rotafy …" is Rotafy's year)
                    subjects = [agent.name]   # "the $6 billion round raised by xAI", "la levée de 6 milliards par xAI"
                if attr.type == "date" and chosen and chosen[1] <= syn.start() and _LAUNCH_VERB.fullmatch(syn.group()):
                    # "on February 18 the company introduced its next-generation system, "Grok-3"": the thing launched
                    obj = next((m for m in mentions if m.kind in kinds and syn.end() < m.start <= syn.end() + 60
                                and _LAUNCHED_OBJECT.fullmatch(s, syn.end(), m.start)), None)
                    if obj is not None:
                        subjects = [obj.name]
                    elif _unknown_object(s, syn.end(), mentions, k, {ctx.primary_model, *ctx.models, *subjects}):
                        continue   # "Huawei unveiled the Mate XT, … hours after Apple presented the iPhone 16": the Mate XT's day
            target = _target(s, max(syn.end(), chosen[1]) if chosen else syn.end(), subjects, mentions, ctx,
                             unlisted=name == "stake") if attr.subject == "first" else None
            if into:
                target = f"in {into}"
            if name == "stake" and not target:
                continue   # a share of no company the sentence names
            if target and target.startswith("in ") and attr.type == "money":
                # "In 2019, Microsoft invested $1 billion in the company": that investment, not a later one
                year = _FRONTED_YEAR.match(s)
                if year:
                    target = f"{target}, {year.group(1)}"
            if target is None and chosen and attr.type == "money":
                # "At the end of June, the company was valued at $3 billion": a figure of another time
                a, b = clause_span(s, chosen[0])
                aside = re.match(r"\s*\([^()]{1,60}\)", s[b:]) if b == chosen[1] or not s[chosen[1]:b].strip() else None
                if aside:   # "600.000 euros (unos 670.000 dólares) en 2018": the clause goes on after the sum converted
                    b = clause_span(s, b + aside.end())[1]
                # the time words nearest the amount ("$300 million last month and $3.7 billion this year")
                target = for_attribute(qualifier_of(s[a:b], ctx.date, terms_of(k), (chosen[0] - a, chosen[1] - a)), name)
                target = target or fronted_month_span(s, terms_of(k))
            before = _level_before(s, chosen, near) if attr.signed and chosen else None
            for subject in subjects:
                if subject in exclude:
                    continue   # "Sable 3.5 is less than a third of the price of Kestrel-4": never a price relative to itself
                out.append(_claim(subject, name, value, unit, u.quote, said_by, qualifier=target))
                if before:   # "raised to a range of 0 to 0.1pc from minus 0.1pc": the level before too
                    minus = re.search(r"(?:minus|moins|menos|[-−])\s*$", s[max(0, before[0] - 8):before[0]], re.I)
                    level = -before[2] if minus and isinstance(before[2], (int, float)) else before[2]
                    out.append(_claim(subject, name, level, before[3] or unit, u.quote, said_by, qualifier="previously"))
                if chosen and attr.type in ("money", "count", "tokens", "percent"):
                    out[-1]["_near"] = (chosen[0], _gap(chosen, syn.start(), syn.end()))
            if chosen and attr.type in ("tokens", "count", "percent", "money") and not attr.relative_to:
                out.extend(_compared_values(attr, name, s, mentions, subjects, chosen, u))
            if attr.type != "date":
                break
    out = _closest_attribute(out)
    out.extend(_benchmark_claims(u, s, mentions, ctx))
    out = _shaped_claims(u, s, mentions, ctx, out)
    people = [m for m in mentions if m.kind == "person"]
    if people:
        orgs = {x for m in mentions if m.kind in ("lab", "org") for x in (m.name, s[m.start:m.end])}
        for person, role in role_claims(s, people, orgs, _person_roles(k), lexicon.grammar(k).stop):
            out.append(_claim(person, ROLE, role, None, u.quote, u.said_by))
    out.extend(qualitative_claims(
        s, u.quote, u.said_by, proper_names(s, mentions), k, bool(u.scope) and ctx.primary_model is not None,
        lambda kinds, pos, exclude: _pick_subject(mentions, kinds, pos, s, ctx, exclude),
        lambda subject, attribute, value, unit, quote, said_by, qualifier, text: _claim(
            subject, attribute, value, unit, quote, said_by, text=text, qualifier=qualifier)))
    # a level the open reading found ("spent $5.6 million") stands when the vocabulary gave that value no claim
    stated = {V.value_key(c["value"]) for c in out}
    for c in opened:
        if c["level"] and V.value_key(c["value"]) in stated and (_measure_of_value(s, c, k) or c["attribute"] in PRICES_OF_A_SHARE):
            # "an operating profit of 7.44 trillion won, driven by robust sales": the measure the value is "of"
            # outranks one the vocabulary read after it
            # (a narrower name of that measure stays: "trained … at a cost of $5.6 million" is a training cost)
            out = [o for o in out if V.value_key(o["value"]) != V.value_key(c["value"]) or o["attribute"] == c["attribute"]
                   or o["attribute"].endswith(" " + c["attribute"])]
            stated = {V.value_key(o["value"]) for o in out if not o["attribute"].endswith(" " + c["attribute"])}
            if any(o["attribute"].endswith(" " + c["attribute"]) and V.value_key(o["value"]) == V.value_key(c["value"]) for o in out):
                continue
        if c["level"] and V.value_key(c["value"]) not in stated:
            out.append(_claim(c["subject"], c["attribute"], c["value"], c["unit"], u.quote, u.said_by,
                              qualifier=c["qualifier"]))
    # "Broadcom reported its fourth quarter. 同四半期の売上高は…": the quarter the page named before
    facts_here = [c for c in out if not c.get("said_by") and not u.said_by]
    quarter = next((c["qualifier"] for c in facts_here if re.fullmatch(r"Q[1-4](?: .+)?", str(c.get("qualifier") or ""))), None) \
        or (sentence_quarter(s, ctx.date, terms_of(k)) if len(facts_here) == len(out) else None)
    ctx.quarter_age += 1
    g = lexicon.grammar(k)
    # (whether it looks ahead matters only while a quarter is carried: read only then)
    ahead = bool((quarter or ctx.last_quarter) and (g.forecast.search(s) or _LOOKS_AHEAD.search(s)))
    if quarter:
        ctx.last_quarter, ctx.quarter_age = quarter, 0   # (a forecast's quarter is the next one, not the one the page reports)
        if _BASE_PERIOD.search(s) or _RECORD_SET.search(s):
            # "(from $15.952 billion in Q3 FY2025)": a base's quarter carries into nothing; nor does a record's
            # ("The current record was set in the third quarter of 2013, when …")
            ctx.quarter_age = 99
    elif ctx.last_quarter and ((_SAME_QUARTER.search(s) and ctx.quarter_age < 99)
                               or (not ahead and ctx.quarter_age <= 2 and not _OTHER_PERIOD.search(s))):
        # "Altair logged a third-quarter net profit … Revenue rose to $151.5 million": the results the
        # sentences right after go on with are of the quarter they named, unless a sentence names its own period
        for c in out:
            if c.get("qualifier") is None and not c.get("said_by") and not u.said_by \
                    and c["attribute"].split()[-1] in ("revenue", "profit", "income", "sales", "loss", "bookings") \
                    and not re.search(r"year|annual", c["attribute"]):
                auto = c.get("text") in (None, _claim_text(c))
                c["qualifier"] = ctx.last_quarter
                if auto:
                    c["text"] = _claim_text(c)
    elif ctx.last_quarter and _OTHER_PERIOD.search(s):
        ctx.quarter_age = 99   # "… un chiffre d'affaires de 870 millions en 2025. Son résultat net …": the page moved to another period
    if ahead:
        ctx.quarter_age = 99   # "The company forecasted revenue of $43 billion for the first quarter": what follows is not of that quarter
    when = _fronted_time(s, ctx.date) if out else None
    if when:
        # "In 2023 the DPC fined the company €265mn", "In February, Brisklane cut around 400 roles": the time the
        # sentence opens with dates every figure in it that names no time of its own
        for c in out:
            if not c.get("qualifier") and c["attribute"] != ROLE and not re.fullmatch(r"(?:19|20)\d\d(?:-\d\d)*", str(c["value"])):
                auto = c.get("text") in (None, _claim_text(c))
                c["qualifier"] = when
                if auto:
                    c["text"] = _claim_text(c)
    if out and not u.said_by:   # (who speaks matters only for a claim made)
        names = proper_names(s, mentions, g.stop, g.company, g.nouns)
        speaker = speaker_of(s, names, g) or _referent_speaks(s, g, ctx)
        source = next((n for n in names if n.name == speaker and (g.according_before.search(s[max(0, n.start - 60):n.start])
                                                                  or re.match(r"[\"”»'’]?\s*(?:zufolge)\b", s[n.end:n.end + 12])
                                                                  or _ACCORDING_TO.search(s[max(0, n.start - 50):n.start]))), None)
        for c in out:
            said = speaker
            if source is not None and said == c["subject"] and c["attribute"] != ROLE:
                # "Der Financial Times zufolge erreicht die Unternehmensbewertung …": a source is never the subject
                # of what it reports; the figure is the company's the page is about, or no one's
                c["subject"] = ctx.topic_org if ctx.topic_org and ctx.topic_org != said else None
                if c["subject"] and c["text"] and c["text"].startswith(f"{said}:"):
                    c["text"] = None
            elif said and said == c["subject"]:
                # "X claimed …, reportedly spending $N": X's own figure, which others report
                said = speaker_of(s, [n for n in names if n.name != said], g)
                said = said if said in ("unnamed reports", "analysts' estimate", "estimate", "forecast") else None
            if not c.get("said_by") and said:
                if c["text"] == _claim_text(c):
                    c["text"] = None   # (the reading sentence names who says it)
                c["said_by"] = said
            if c["subject"] and not c["text"]:
                c["text"] = _claim_text(c)
        out = [c for c in out if c["subject"]]
    first = mentions[0] if mentions and re.fullmatch(r"\s*(?:The\s+)?", s[:mentions[0].start]) else None
    if first or not re.match(r"(?:It|Its|The company|The firm)\b", s):
        ctx.opener = (first.name, first.kind) if first else None
    referents, compared_end = [], None
    for m in (m for m in mentions if m.kind == "model"):
        # "ahead of OpenAI's GPT-5.1 and Anthropic's latest Claude variant": both are compared, neither is "it"
        if _COMPARED.search(s[max(0, m.start - 30):m.start]) or _BY_COMPARISON.match(s, m.end) or (
                compared_end is not None and re.fullmatch(r"\s*(?:,|and|or|y|et|und)\s+(?:\S+\s+){0,3}", s[compared_end:m.start])):
            compared_end = m.end
            continue
        referents.append(m.name)
    if referents:
        ctx.last_models = list(dict.fromkeys(referents))
    # the chip a sentence opens with ("The new VX900 accelerator has …") is what "It" means next; a
    # sentence that opens otherwise leaves no chip for "It" ("On ne connaît pas … de la puce B200, … la H100")
    opener_chip = next((m for m in mentions if m.kind == "hardware"), None)
    ctx.last_hardware = opener_chip.name if opener_chip and re.fullmatch(r"\W*(?:[\w-]+\s+){0,2}", s[:opener_chip.start]) \
        and not _HW_OBJECT.search(s[:opener_chip.start]) else None
    for m in mentions:
        # the lab a sentence is about opens it; "… a partnership with Microsoft" does not make Microsoft "it"
        if m.kind == "lab" and m.start < 40 and not _OBJECT_CUE.search(s[max(0, m.start - 40):m.start]):
            ctx.topic_lab, ctx.topic_block = m.name, ctx.block
            break
    # (a lab named in a list of others, "investors, among them the Schwarz group", is not what "the company" means next)
    ctx.last_labs = list(dict.fromkeys(m.name for m in mentions if m.kind == "lab"
                                       and not _LISTED.search(s, max(0, m.start - 40), m.start)))
    ctx.last_people = list(dict.fromkeys(m.name for m in mentions if m.kind == "person"))
    for m in mentions:
        # "French startup Mistral AI", "Mistral AI, a Paris-based startup": what "the startup" means
        called = re.search(r"\b(start-?up|firm|company|upstart|vendor|lab)[,:]?\s+$", s[max(0, m.start - 20):m.start]) or \
            re.match(r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(start-?up|firm|company|upstart|vendor|lab)\b(?!\s+(?:has\s+|had\s+)?"
                     r"(?:said|says|stated|states|told|tells|announced|confirmed|added|noted|explained|wrote)\b)", s[m.end:m.end + 60])
        if m.kind == "lab" and called:
            ctx.named[called.group(1).replace("-", "")] = m.name
            ctx.named["*"] = m.name   # "the upstart AI vendor" later: the one lab the page called a company
    # "il fatturato di Micron è aumentato … raggiungendo i 6,81 miliardi": a level the vocabulary gave to
    # a subject the sentence does not name is the one the open reading found named with it
    # (and one the vocabulary gave to another name of the sentence: "ChatGPT tiene … y los ingresos anuales de
    # OpenAI han superado …": the of-phrase names whose the measure is)
    for c in out:
        named = [o for o in opened if o["level"] and o.get("via") in ("of", "possessor") and o["attribute"] == c["attribute"]
                 and str(o["value"]) == str(c["value"]) and o["subject"].lower() in low]
        if len({o["subject"] for o in named}) == 1 and named[0]["subject"] != c["subject"]:
            auto = c["text"] == _claim_text(c)
            c["subject"] = named[0]["subject"]
            if auto:
                c["text"] = _claim_text(c)
    return _purposed_counts(out)


@lru_cache(maxsize=8)
def _numeric_rx(k: Knowledge) -> re.Pattern:
    """What every figure a shape reads holds: a digit, or a word for a number, a magnitude, a share, a
    multiple or a month ("a billion dollars", "half the price", "twice as fast", "since March")."""
    words = [w for w in V.WORD_NUMBERS if w not in ("a", "an")] + [w for w, n in V.INTL_WORD_NUMBERS.items() if n > 1] \
        + list(V.MAGNITUDE) + list(V.INTL_MAGNITUDE) + list(V.ORDINALS) + list(V.MONTHS) \
        + [str(w) for w in (k.grammar or {}).get("months") or ()] \
        + ["half", "halve", "halved", "quarter", "twice", "double", "doubled", "doubles", "triple", "tripled", "triples",
           "quadruple", "quadrupled", "times", "fold", "dozen", "dozens", "hundreds", "thousands", "millions", "billions"]
    return re.compile(r"\d|(?<![\w-])(?:" + alternation(sorted({w.lower() for w in words}, key=len, reverse=True), icase=True)
                      + r")(?![\w])", re.I)


def _shaped_claims(u: Unit, s: str, mentions, ctx: Context, out: list[dict]) -> list[dict]:
    """Relative prices and speeds, a model's sizes, a further or first tranche of money: each replaces
    what the vocabulary read from the same figures."""
    if not _numeric_rx(ctx.knowledge).search(s):
        ctx.offering = ctx.offering or shapes.speaks_of_offering(s)
        return out   # (no figure for a shape to read)
    pick = lambda kinds, pos, exclude=(): _pick_subject(mentions, kinds, pos, s, ctx, exclude)
    for c in shapes.size_claims(s, pick) + shapes.size_range_claims(s, pick):
        counts = c.pop("counts")
        out = [o for o in out if not (o["attribute"] == "parameters" and
                                      V.value_key(str(o["value"]).lstrip("<>=~")) in {V.value_key(n) for n in counts})]
        out.append(_claim(c["subject"], c["attribute"], c["value"], c["unit"], u.quote, u.said_by))
    for c in shapes.tranche_claims(s, pick):
        kind = c.pop("replaces")
        replaced = [o for o in out if o["attribute"] == kind and V.value_key(o["value"]) == V.value_key(c["value"])]
        out = [o for o in out if o not in replaced]
        out.append(_claim(c["subject"], c["attribute"], c["value"], c["unit"], u.quote, u.said_by,
                          qualifier=replaced[0].get("qualifier") if replaced else None))
    g = lexicon.grammar(ctx.knowledge)
    for c in shapes.acquisition_claims(s, proper_names(s, mentions, g.stop, g.company, g.nouns), ctx.knowledge, ctx.last_subject or ctx.topic_org,
                                       terms_of(ctx.knowledge).company_noun):
        # the price of a company bought replaces what the vocabulary read from that amount (a "valuation")
        out = [o for o in out if not (o["unit"] == c["unit"] and V.value_key(o["value"]) == V.value_key(c["value"]))]
        out.append(_claim(c["subject"], c["attribute"], c["value"], c["unit"], u.quote, u.said_by, qualifier=c["qualifier"]))
    priced = {V.value_key(o["value"]) for o in out if o["attribute"] == "deal price"}
    for c in shapes.deal_amount_claims(s, ctx.knowledge, pick, proper_names(s, mentions), ctx.topic_org):
        if V.value_key(c["value"]) not in priced:   # ("a $69 billion acquisition of VMware" is priced already)
            out = [o for o in out if not (o["unit"] == c["unit"] and V.value_key(o["value"]) == V.value_key(c["value"]))]
            out.append(_claim(c["subject"], c["attribute"], c["value"], c["unit"], u.quote, u.said_by))
    # (the company a target is for is the page's, or the one spoken of last; never the analyst: "She raised her price target")
    spoken_of = ctx.last_subject if ctx.last_subject and _kind_of(ctx.last_subject, ctx) in ("lab", "org", "group") else None
    for c in shapes.price_target_claims(s, ctx.knowledge, proper_names(s, mentions, g.stop, g.company, g.nouns),
                                        ctx.topic_org or spoken_of):
        # (what the vocabulary read from the amounts, a share's price, is the target)
        keys = {V.value_key(a) for a in c.pop("amounts")}
        out = [o for o in out if not (o["unit"] == c["unit"] and V.value_key(str(o["value"]).lstrip("<>=~")) in keys)
               and not (o["attribute"] == "price target" or o["attribute"].startswith("share price") and o["unit"] == c["unit"])]
        out.append(_claim(c["subject"], c["attribute"], c["value"], c["unit"], u.quote, c["said_by"]))
    ctx.offering = ctx.offering or shapes.speaks_of_offering(s)
    for c in shapes.ipo_price_claims(s, pick, ctx.last_subject or ctx.topic_org, ctx.offering):
        if not any(o["attribute"] == "IPO price" and o["value"] == c["value"] for o in out):
            out = [o for o in out if not (o["unit"] == c["unit"] and V.value_key(o["value"]) == V.value_key(c["value"]))]
            out.append(_claim(c["subject"], c["attribute"], c["value"], c["unit"], u.quote, u.said_by))
    for c in shapes.price_range_claims(s, pick, ctx.last_subject or ctx.topic_org, ctx.offering):
        # (the range's ends are no price the vocabulary may have read from them)
        out = [o for o in out if not (o["unit"] == c["unit"] and str(o["value"]).lstrip("<>=~") == c["value"])]
        out.append(_claim(c["subject"], c["attribute"], c["value"], c["unit"], u.quote, u.said_by))
    for c in shapes.termination_fee_claims(s, proper_names(s, mentions), pick):
        # (what the vocabulary read from the amount, a "payment", is the fee; "pagherà una penale": a term of the
        # contract, owed when the deal fails, not a forecast)
        out = [o for o in out if not (o["unit"] == c["unit"] and V.value_key(o["value"]) == V.value_key(c["value"]))]
        out.append(_claim(c["subject"], c["attribute"], c["value"], c["unit"], u.quote,
                          None if u.said_by == "forecast" else u.said_by))
    percents = [(q.start, q.end, q.value, q.unit) for q in find_quantities(s, ctx.knowledge) if q.unit == "percent"]
    for c in shapes.premium_claims(s, percents, proper_names(s, mentions), ctx.knowledge, ctx.topic_org):
        # (a premium is no share of the company or its market the vocabulary may have read it as)
        out = [o for o in out if not (o["unit"] == "percent" and V.value_key(o["value"]) == V.value_key(c["value"]))]
        out.append(_claim(c["subject"], c["attribute"], c["value"], c["unit"], u.quote, u.said_by))
    for c in shapes.relative_claims(s, mentions, pick) + shapes.making_cost_claims(s, pick) + \
            shapes.record_since_claims(s, pick, sentence_subject(s, mentions, ctx.knowledge), ctx.last_subject) + \
            shapes.task_time_claims(s, pick) + shapes.commitment_claims(s, pick) + \
            shapes.deadline_claims(s, proper_names(s, mentions), ctx.knowledge, pick):
        if c["attribute"].endswith(("training cost", "development cost")):
            # (the cost of making it replaces a "price" or a "cost" the vocabulary read from that amount)
            out = [o for o in out if not (o["unit"] == c["unit"] and V.value_key(o["value"]) == V.value_key(c["value"]))]
        out.append(_claim(c["subject"], c["attribute"], c["value"], c["unit"], u.quote, c.get("said_by") or u.said_by,
                          qualifier=c.get("qualifier")))
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


@lru_cache(maxsize=8)
def _count_rx(k: Knowledge) -> tuple[re.Pattern | None, dict, tuple]:
    nouns = (k.terms or {}).get("count_nouns") or {}
    if not nouns:
        return None, {}, ()
    canon = {w.lower(): name for name, ws in nouns.items() for w in ws}
    alts = alternation(sorted(canon, key=len, reverse=True), icase=True)   # (as a word tree: the same matches)
    # (a lower-case word between the number and the noun, "13.000 weitere Stellen", only for a noun whose
    # context says what the count is: "200 more employees" is no head count)
    # ("3,5 milhões de unidades": a decimal comma before another language's magnitude)
    rx = re.compile(rf"(?P<q>{V.APPROX}\s+)?{V.NUMSTART}(?P<num>{V.NUM}|\d{{1,3}},\d{{1,2}}(?=\s+{V.INTL_MAG})|{V.WORDNUM})(?:\s*(?P<mag>thousand|million|billion|[KMB])\b)?"
                    rf"\s+(?-i:(?:(?<=\d[ \u00a0])\d{{3}}|(?![\d.,]+\s)[A-Z0-9][\w.-]*)\s+){{0,3}}?(?P<adj>(?-i:[a-zà-ÿäöüß][\w-]{{2,}})\s+)?"
                    # ("13 millions d'abonnés", "7 millones de suscriptores": the noun after its magnitude's "of")
                    rf"(?:(?<=[a-zà-ÿ] )(?:de|d['’]|di|dei|degli|van)\s*)?(?P<noun>{alts})\b", re.I)
    # (read only as "is there one": whether a match stands at a place does not depend on the words' order, so they
    # are sorted longest first and built as a word tree)
    contexts = tuple((name, re.compile(r"\b" + alternation(sorted(map(str, ws), key=len, reverse=True), icase=True) + r"\b", re.I))
                     for name, ws in ((k.terms or {}).get("count_contexts") or {}).items())
    return rx, canon, contexts


def _count_purpose(s: str, m: re.Match, contexts, after_too: bool) -> str | None:
    """What a count is for, from a word before it in its clause, else (for a noun that needs one) after
    it ("13.000 Stellen abbauen")."""
    start = max(0, s.rfind(",", 0, m.start()) + 1, s.rfind(";", 0, m.start()) + 1)
    before = s[start:m.start()]
    after = re.split(r"[,;.:()]\s|[,;:()]", s[m.end():], maxsplit=1)[0]
    return next((name for name, crx in contexts if crx.search(before)), None) \
        or next((name for name, crx in contexts if after_too and crx.search(after)), None) \
        or next((name for name, crx in contexts if crx.match(after.lstrip())), None)   # "7 millones de usuarios afectados"


_PERCENT_AFTER = re.compile(r"\s*(?:%|percent\b|per cent\b|Prozent\b|por ciento\b|pour cent\b|per cento\b|por cento\b|procent\b)", re.I)
# a share of the company's people: "15% of its workforce", "más del 15% de su plantilla", "15 Prozent der Arbeitsplätze"
@lru_cache(maxsize=8)
def _of_workforce(k: Knowledge) -> re.Pattern | None:
    """A share of the company's people after a percentage: "15% of its workforce", "más del 15% de su plantilla",
    "15 Prozent der Arbeitsplätze" (the nouns are `workforce_nouns` in site_config)."""
    nouns = (k.terms or {}).get("workforce_nouns") or ()
    if not nouns:
        return None
    alts = "|".join(re.escape(str(w)) for w in sorted(nouns, key=len, reverse=True))
    return re.compile(r"\s+(?:of|de|der|des|del|della|dei|do|da|dos|das|van)\s+(?:(?:its|their|the|our|su|sus|sa|ses|son|leurs?|seiner|ihrer|"
                      r"la|il|le|el|o|a|het|zijn|hun)\s+)?(?P<mod>(?:(?-i:[a-zà-ÿäöüß][\w-]*|gut|rund|etwa|zuletzt|\d[\d.,]*)\s+){0,4}?)"
                      rf"(?:global\s+)?(?P<noun>{alts})\b", re.I)


def _workforce_cuts(u: Unit, s: str, mentions, ctx: Context) -> list[dict]:
    """'will cut more than 15 percent of its workforce', 'recortará más del 15% de su plantilla': the share
    of its people a company cuts, with a verb of cutting in the sentence."""
    contexts = dict(_count_rx(ctx.knowledge)[2])
    cut, of_workforce = contexts.get("cut"), _of_workforce(ctx.knowledge)
    if cut is None or of_workforce is None or not cut.search(s):
        return []
    out = []
    hits = [(a, b, v) for a, b, v, _ in V.find_percents(s)] + [(a, b, v) for a, b, v, _ in lexicon.find_percents(s, ctx.knowledge)]
    for a, b, value in hits:
        whole = of_workforce.match(s, b)
        if not whole or any(x[0] < a < x[1] for x in hits if (x[0], x[1]) != (a, b)):
            continue
        # "about 10% of corporate staff": a part of the workforce, which the claim names
        part = " ".join(w for w in whole.group("mod").split() if re.fullmatch(r"[a-zà-ÿäöüß][\w-]{3,}", w)
                        and w.lower() not in ("gut", "rund", "etwa", "zuletzt", "total", "entire", "whole", "current", "overall"))
        restated = _PEOPLE_RESTATED.match(s, whole.end())
        for subject in _pick_subject(mentions, ("lab",), a, s, ctx):
            out.append(_claim(subject, "workforce cut", value, "percent", u.quote, u.said_by,
                              qualifier=f"of {part} {whole.group('noun')}" if part else None))
            if restated and not part:
                # "more than 15% of its workforce, or about 17,500 people": the same cut counted in people
                n = int(re.sub(r"[\s.,\u00a0\u202f]", "", restated.group("n")))
                out.append(_claim(subject, "job cuts", f"~{n}" if restated.group("approx") else n, None, u.quote, u.said_by))
    return out


# a share of the workforce restated as a count of people: ", or about 17,500 people", ", soit quelque 17 500 personnes"
_PEOPLE_RESTATED = re.compile(
    r"\s*,?\s*(?:or|soit|es decir|o sea|d\.\s?h\.|also|ovvero|cioè|ou seja|ou|oder|o)\s+"
    r"(?P<approx>(?:about|around|some|roughly|nearly|almost|quelque|environ|près de|presque|unos|unas|alrededor de|casi|rund|etwa|knapp|"
    r"circa|quasi|cerca de|quase)\s+)?"
    r"(?P<n>\d{1,3}(?:[ .,\u00a0\u202f]\d{3})+|\d{1,6})\s+(?:people|persons|employees|workers|jobs|positions|personnes|salariés|employés|"
    r"postes|emplois|personas|empleados|trabajadores|puestos|Personen|Mitarbeiter|Mitarbeitende|Stellen|Beschäftigte|persone|dipendenti|"
    r"posti|pessoas|funcionários|empregos|mensen|banen|werknemers)\b", re.I)


@lru_cache(maxsize=8)
def _price_cut_rx(k: Knowledge) -> tuple[re.Pattern, ...] | None:
    terms = k.terms or {}
    nouns, cuts = terms.get("price_nouns") or (), terms.get("price_cut_words") or ()
    if not nouns or not cuts:
        return None
    alt = lambda ws: alternation(sorted(map(str, ws), key=len, reverse=True), icase=True)   # (as word trees: the same matches)
    # the cut and the price noun within a few words of each other, either way round ("cut prices for its cars",
    # "price reductions", "Preise … gesenkt", "baisses de prix", "réduction … des prix"); compounds count ("Preissenkung")
    near = re.compile(rf"(?<![\w-])(?:(?:{alt(cuts)})(?:\s+[\w'’-]+){{0,3}}?\s+(?:{alt(nouns)})|(?:{alt(nouns)})(?:\s+[\w'’-]+){{0,5}}?\s+(?:{alt(cuts)})"
                      rf"|Preissenkung(?:en)?)(?![\w-])", re.I)
    # what joins the amount to the cut: "by up to 13.5%", "um 10 Prozent", "de 13% à 24%"
    joined = re.compile(r"(?:\bby|\bum|\bde|\bdu|\bof|\bdi|\bpar|\bcon|\bem|\bin|\bvan|\bmet)\s+(?:(?:up to|as much as|about|around|nearly|"
                        r"roughly|some|over|more than|mehr als|über|bis zu|rund|etwa|knapp|jusqu['’]à|environ|plus de|près de|hasta|cerca de|"
                        r"até|quase|fino a|circa|oltre|une?\s+\w+\s+de|an?\s+\w+\s+of)\s+)?$", re.I)
    # … or the cut alone before the amount and the prices after it: "une réduction cumulée de 13% à 24% des prix de Tesla"
    alone = re.compile(rf"(?<![\w-])(?:{alt(cuts)})(?:\s+[\w'’-]+){{0,2}}?\s+$", re.I)
    of_prices = re.compile(rf"\s*(?:of|de|des|du|der|del|dei|degli|dos|das|van)\s+(?:(?:the|its|their|ses|leurs|sus|seus|suoi|la|le|les|los|las|os|as|die|i)\s+)?"
                           rf"(?:{alt(nouns)})(?![\w-])", re.I)
    return near, joined, alone, of_prices


def _price_cuts(u: Unit, s: str, mentions, ctx: Context) -> list[dict]:
    """'Tesla cut prices for all versions of its Model 3 and Model Y vehicles in China by up to 13.5%': the share
    by which a company cut its prices, when the cut and the price noun stand together and the amount is joined
    to them by "by", "um", "de" … in the same clause. The company is the subject; a forecast or a plan is read
    as such by grounding."""
    rx = _price_cut_rx(ctx.knowledge)
    if rx is None:
        return []
    near, joined, alone, of_prices = rx
    cuts = list(near.finditer(s))
    out = []
    hits = V.merge_ranges(s, [h for h in V.find_percents(s)])
    # ("de 13% à 24%", "von 5 % bis 7 %": a range whose ends the reader above left apart)
    joined_hits = []
    for h in hits:
        prev = joined_hits[-1] if joined_hits else None
        if prev and isinstance(prev[2], (int, float)) and isinstance(h[2], (int, float)) and prev[2] < h[2] \
                and re.fullmatch(r"\s*(?:to|à|a|bis|-|–|y|et|e|und)\s*", s[prev[1]:h[0]]):
            joined_hits[-1] = (prev[0], h[1], f"{V.clean_number(prev[2])}-{V.clean_number(h[2])}", h[3])
        else:
            joined_hits.append(h)
    hits = joined_hits
    for a, b, value, _ in hits:
        cut = next((m for m in reversed(cuts) if m.end() <= a and not re.search(r"[.;:!?]\s|,\s+(?:and|but|while|y|et|und)\s", s[m.end():a])
                    and len(s[m.end():a].split()) <= 14), None)
        if cut is None and of_prices.match(s, b):
            joint = joined.search(s, max(0, a - 40), a)
            cut = alone.search(s, max(0, a - 80), joint.start()) if joint else None
        if cut is None:
            continue
        pre = s[cut.end():a]
        if re.search(r"(?:['’]s|\b(?:its|their|his|her|our|ses|leurs|seine|ihre|sus|seus))\s+(?:[a-z][\w-]*\s+)*?(?-i:[a-zà-ÿäöüß][\w-]{2,})\s+(?:by|um|de|of|par|di|em|en)\b", pre) \
                and not any(re.search(rf"\b{re.escape(str(w))}\b", pre, re.I) for w in (ctx.knowledge.terms or {}).get("price_nouns") or ()):
            continue   # "Prices of lithium cut Corvid's margin by 3%": the cut's object is another thing
        if not joined.search(pre) or list(V.find_money(pre)) or any(x[1] <= a and x[0] >= cut.end() for x in hits if x[0] != a):
            continue   # ("cut prices to 229,900 yuan, or by 6%": the amount nearest the cut is the new price, not the cut)
        lo, hi = clause_span(s, cut.start())
        when = for_attribute(qualifier_of(s[lo:max(hi, b)], ctx.date, terms_of(ctx.knowledge), (a - lo, b - lo)), "price cut")
        for subject in _pick_subject(mentions, ("lab",), cut.start(), s, ctx):
            out.append(_claim(subject, "price cut", value, "percent", u.quote, u.said_by, qualifier=when))
    return out


_UNITS_OF = re.compile(r"\s+(?:of|de|do|da|des|du|del|der|di|dello|della)\s+(?:(?:the|its|their|o|a|la|le|el|l['’]|il|lo)\s+|(?:new|nouvelle|nuevo|novo|nuova|neuen)\s+){0,2}", re.I)
_SINCE_LAUNCH = re.compile(r"(?<![\w-])(?:since\s+(?:its|their|the)\s+(?:launch|release|debut|introduction)|desde\s+(?:su|seu|sua|o)\s+lan[zç]amento|"
                           r"depuis\s+(?:son|sa)\s+(?:lancement|sortie)|seit\s+(?:seinem|ihrem|dem)\s+(?:Start|Marktstart|Verkaufsstart)|"
                           r"dal\s+(?:suo\s+)?lancio)(?![\w-])", re.I)


# devices counted with Chinese, Japanese or Korean counters ("350万台", "1500万台"), the word that says they were sold or
# shipped before them, a bound after them ("を超えた", "突破", "以上"), and the span from the launch ("発売から4日間で")
_CJK_UNITS = re.compile(r"(?P<pre>約|およそ|約で)?(?P<num>\d+(?:\.\d+)?|\d{1,3}(?:,\d{3})+)(?P<mag>万|億|萬|亿|만|억)?\s?(?:台|대)"
                        r"(?P<post>を超え|を突破|超え|突破|以上|余り|多|余)?")
_CJK_PLAN = re.compile(r"計画|見込み|見通し|予想|目標|计划|預計|预计|目标|계획|전망|목표")
_CJK_SOLD = re.compile(r"販売|売り上げ|売上|売れ|销量|销售|售出|銷量|銷售|판매|팔린")
_CJK_SHIPPED = re.compile(r"出荷|出货|出貨|출하")
_CJK_SINCE_LAUNCH = re.compile(r"(?:発売|発売後|発売から|上市后|上市後|发售后|發售後|출시\s?후|출시\s?이후)\s?(?:わずか|仅|僅|만에)?\s?"
                               r"(?P<n>\d+)\s?(?P<unit>日間|日|週間|か月|ヶ月|カ月|天|周|個月|个月|일|주|개월)")
_CJK_SPAN_UNIT = {"日間": "day", "日": "day", "天": "day", "일": "day", "週間": "week", "周": "week", "주": "week",
                  "か月": "month", "ヶ月": "month", "カ月": "month", "個月": "month", "个月": "month", "개월": "month"}


def _cjk_units(u: Unit, s: str, mentions, ctx: Context) -> list[dict]:
    """'「Nintendo Switch 2」が発売後わずか4日間で全世界累計販売台数350万台を突破した': the units of the one product the
    sentence names before them, sold (or shipped), with the span from the launch."""
    if not V.has_cjk(s[:200]) or not _CJK_UNITS.search(s):
        return []
    out = []
    for m in _CJK_UNITS.finditer(s):
        before = s[max(0, s.rfind("。", 0, m.start()) + 1):m.start()]
        after = s[m.end():m.end() + 6]   # ("1500万台の販売を計画": the word after the count)
        sold, shipped = _CJK_SOLD.search(before) or _CJK_SOLD.match(after, 1 if after.startswith("の") else 0), \
            _CJK_SHIPPED.search(before) or _CJK_SHIPPED.match(after, 1 if after.startswith("の") else 0)
        if not (sold or shipped) or re.search(r"[\d.,]\s?(?:万|億|萬|亿|만|억)?\s?(?:台|대)", before):
            continue   # (no word of selling, or another count of units before this one in the sentence)
        products = list(dict.fromkeys(x.name for x in mentions if x.kind == "product" and x.end <= m.start()))
        if len(products) != 1:
            continue
        val = float(m.group("num").replace(",", "")) * V.CJK_MAGNITUDE.get(m.group("mag") or "", 1)
        value = V.clean_number(val)
        if m.group("post"):
            value = f">{value}"
        elif m.group("pre"):
            value = f"~{value}"
        span = _CJK_SINCE_LAUNCH.search(before)
        qualifier = None
        if span:
            n, unit = int(span.group("n")), _CJK_SPAN_UNIT[span.group("unit")]
            qualifier = f"first {unit}" if n == 1 else f"first {n} {unit}s"
        name = "units shipped" if shipped and not sold else "units sold"
        said = "forecast" if _CJK_PLAN.search(s, m.end()) else u.said_by   # "…の販売を計画している": a plan, not a result
        out.append(_claim(products[0], name, value, None, u.quote, said, qualifier=qualifier))
    return out


# "12 million of those users", "la mitad de sus clientes": a part of a count, between the figure and its noun
_PART_OF_BEFORE = re.compile(r"\s*(?:(?:thousand|million|billion|millones|millions|Millionen|milioni|milhões|mil)\s+)?"
                             r"(?:of|de|der|des|di|do|da|van)\s+(?:those|these|them|its|their|esos|estos|sus|ces|ses|leurs|dieser|"
                             r"seiner|ihrer|questi|quegli|suoi|seus|deze|zijn|haar)\b", re.I)


def _word_of_a_name(s: str, x: re.Match, synonyms) -> bool:
    """"the Competition Commission of India said …": a synonym written in lower case, capitalised here after a
    capitalised word that does not open the sentence, is a word of a name, no attribute's word."""
    if not x.group()[:1].isupper() or x.group()[:1].lower() + x.group()[1:] not in synonyms:
        return False
    prev = re.search(r"(?-i:[A-Z][\w&.-]*)\s+$", s[max(0, x.start() - 30):x.start()])
    # (not a German noun after its amount: "180 Milliarden Parameter")
    return bool(prev) and not re.fullmatch(r"\W*", s[:x.start() - len(prev.group())]) \
        and not re.match(r"(?:Millionen|Milliarden|Billionen|Tausend|Mio|Mrd|Million|Milliarde)\b", prev.group())


# "did not disclose specific rate limits for free users": the noun a preposition adds narrows the one not disclosed
# ("did not disclose the number of users" does not disclose the users)
_UNDISCLOSED_MODIFIER = re.compile(r"(?<![\w-])(?:for|to|among|per)\s+(?:[\w-]+\s+)?$", re.I)


@lru_cache(maxsize=8)
def _count_share_rx(k: Knowledge) -> re.Pattern | None:
    verbs = (k.terms or {}).get("count_share_verbs") or ()
    return re.compile(r"(?:\s+(?:together|alone|combined|jointly|juntos|ensemble|zusammen|insieme|samen))?\s+(?:"
                      + alternation(sorted(map(str, verbs), key=len, reverse=True), icase=True) + r")\b", re.I) if verbs else None


# a line that opens with a short label and a colon ("GB200 SuperPOD: …", "Effective memory: …")
_LINE_LABEL = re.compile(r"\s*((?=[^:]*[^\W\d_])[^:.;,]{2,40}?)\s*:\s")


_PLACE_OPENS = re.compile(r"\W*(?:The\s+)?(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?![\w-])")


def _title_case(s: str) -> bool:
    """A line with a capital on nearly every longer word: a headline, where any word may look like a name."""
    long = [w for w in re.findall(r"[^\W\d_][\w'’-]*", s) if len(w) > 3]
    return len(long) >= 5 and sum(w[0].isupper() for w in long) >= 0.8 * len(long)


def _count_claims(u: Unit, s: str, mentions, ctx: Context) -> list[dict]:
    """'trained on 24,000 NVIDIA H100 GPUs', 'available in 159 countries', 'fluent in five languages',
    'will cut 5,000 jobs': a count of a thing the site counts, about the sentence's model or company."""
    rx, canon, contexts = _count_rx(ctx.knowledge)
    terms = ctx.knowledge.terms or {}
    needs_context = set(terms.get("count_needs_context") or ())
    names = terms.get("count_names") or {}
    kinds_of_count = {str(w).lower() for w in terms.get("count_kinds") or ()}
    whole = {str(w).lower() for w in terms.get("count_whole") or ()}
    share_verbs = _count_share_rx(ctx.knowledge)
    out = []
    for m in rx.finditer(s) if rx else ():
        if re.search(r"\b(?:out of|of|per|every)\s+$", s[max(0, m.start() - 10):m.start()]):
            continue   # "nine out of ten users": a share, not a count
        if re.search(rf"(?:\d|\b{V.WORDNUM})\s+(?:or|o|ou|oder|of)\s+$", s[max(0, m.start() - 16):m.start()], re.I):
            continue   # "three or four customers": a guess between two counts, neither of them stated
        if re.search(r"(?<![\w-])(?:top|first|largest|biggest|leading)\s+$", s[max(0, m.start() - 10):m.start()], re.I):
            continue   # "orders from its top five customers fell 22%": a group named by a rank, not a count
        if _MILESTONE_BEFORE.search(s, max(0, m.start("num") - 60), m.start("num")):
            continue   # "the fastest app to reach 100 million users": a record's mark, not the count now
        if _PART_OF_BEFORE.match(s, m.end("num"), m.start("noun")):
            continue   # "About 12 million of those users pay …": a part of a count named before, not the count
        if _PERCENT_AFTER.match(s, m.end("num")) or _SPAN_AFTER.match(s, m.end("num")):
            continue   # "mehr als 15 Prozent der Arbeitsplätze": a share of the jobs, not a count of them; "a 180-day lockup": a span
        if re.search(r"(?:%|\bpercent|\bper cent|\bProzent|\bpor ciento|\bpour cent|\bper cento|\bpor cento)\s+(?:of|de|der|des|del|della|do|da|van)\s+"
                     r"(?:\S+\s+){0,4}$", s[max(0, m.start() - 60):m.start()], re.I):
            continue   # "15 Prozent der zuletzt gut 125.000 Arbeitsplätze": the whole a share is of, not a count cut
        if any(x.start <= m.start("num") < x.end for x in mentions) or re.match(r"[a-z]", m.group("num")) and \
                m.group("num").lower() in ("a", "an", "one"):
            continue   # "GPT-4 users", "an employee"
        val = V.number(m.group("num"), m.group("mag"))
        spaced = V.SPACED_COUNT.match(s, m.start("num")) if not m.group("mag") else None
        # "13 Millionen Abonnenten", "10 mil funcionários": another language's magnitude, not a word of a name
        intl = next((h for h in V.find_counts(s[m.start("num"):m.start("noun")]) if h[0] == 0 and h[1] > len(m.group("num"))), None) \
            if not m.group("mag") else None
        if intl is not None:
            val = V.number(str(intl[2]).lstrip("~<>="))
        elif spaced:
            val = float(re.sub(r"\D", "", spaced.group()))   # "16 000 GPUs": one number in groups
        elif not m.group("mag") and re.fullmatch(r"[1-9]\d{0,2}(?:\.\d{3})+", m.group("num")):
            val = float(m.group("num").replace(".", ""))   # "64.000 salariés": things counted are whole, the dot groups thousands
        if val is None or val < 2 or re.fullmatch(r"(?:19|20)\d\d", m.group("num")):
            continue
        if share_verbs and share_verbs.match(s, m.end()):
            continue   # "Two customers accounted for 58% of revenue": a group by its share, not a count
        noun = canon[m.group("noun").lower()]
        purpose = _count_purpose(s, m, contexts, noun in needs_context)
        adj = (m.group("adj") or "").strip().lower() if intl is None or m.start("adj") >= m.start("num") + intl[1] else ""
        kind = adj if adj in kinds_of_count else None
        written = m.group("noun").lower()
        if kind is None and written != noun and written.endswith(" " + noun):
            kind = written[: -len(noun) - 1]   # "700 million weekly active users": the count of that kind ("weekly active")
        if noun in needs_context and purpose is None or adj and noun not in needs_context and kind is None and adj not in whole:
            continue   # ("200 more employees", "10,000 former staff": not the head count; "221,000 full-time employees" is)
        kinds = ("lab",) if noun in ("employees", "jobs", "customers", "job cuts") else ("product",) if noun == "units" \
            else ("model", "product") if purpose == "training" else ("product", "lab") if noun == "GPUs" \
            else ("model", "product", "lab")   # (a model is trained on GPUs, not powered by them; a model is trained, not its maker)
        opener = _PLACE_OPENS.match(s)
        if opener and opener.end() <= m.start() and lexicon.is_place(opener.group("place")) \
                and (not any(x.kind in kinds for x in mentions) or _title_case(s)):
            # "Japan to Collaborate with 3 European Countries …" (another story's headline, every word a capital): the
            # count of the place the sentence opens on
            continue
        # one count stated of coordinated names holds for each ("Mini and Max were available in 71 countries")
        subjects = _pick_subject(mentions, kinds, m.start(), s, ctx, each=len(list(rx.finditer(s))) == 1)
        label = _LINE_LABEL.match(s)
        # (a label that reads as a name: a digit or a second capitalised word, not a clause before a colon)
        if label and label.end() <= m.start() and re.search(r"\d|\s[A-Z]", label.group(1)) and len(label.group(1).split()) <= 4 \
                and not any(x in label.group(1) for x in subjects):
            continue   # "GB200 SuperPOD: 576 B200 GPUs connected as one system": the labelled thing's count
        if noun == "units":
            # "sold 3.5 million units of the Switch 2": the product after the noun; else only a product the sentence
            # names ("The original Switch has sold 152 million units" is not the page's Switch 2)
            of = next((x for x in mentions if x.kind == "product" and _UNITS_OF.fullmatch(s, m.end(), x.start)), None)
            a, b = clause_span(s, m.start("num"), lexicon.grammar(ctx.knowledge))
            named = _UNITS_OF.match(s, m.end())
            if of is None and named and s[named.end():named.end() + 1].isupper():
                continue   # "vendeu 152 milhões de unidades do Switch": of a product the site does not know
            subjects = [of.name] if of else [x for x in subjects if any(y.name == x and a <= y.start < b for y in mentions)]
        # (a verb that names a count only with the nouns site_config pairs it with: "sells them in forty countries" counts countries)
        paired = {str(key).split()[0] for key, val in names.items() if str(key) != str(val)}
        if purpose in paired and f"{purpose} {noun}" not in names:
            purpose = None
        name = names.get(f"{purpose} {noun}") or (f"{purpose} {noun}" if purpose else noun)
        if noun == "units":
            # devices sold add up over a span: the span is part of the figure ("in its first four days", "since its launch")
            since = _SINCE_LAUNCH.search(s, m.end(), b) if b > m.end() else None
            kind = "since launch" if since else qualifier_of(s[a:b], ctx.date, terms_of(ctx.knowledge), (m.start("num") - a, m.end() - a))
        if name == "job cuts" and kind is None:
            # "It previously cut 900 jobs in January 2024": an earlier round of cuts, dated, is not the one announced now
            a, b = clause_span(s, m.start("num"), lexicon.grammar(ctx.knowledge))
            when = qualifier_of(s[a:b], ctx.date, terms_of(ctx.knowledge), (m.start("num") - a, m.end() - a))
            kind = when if when and re.fullmatch(r"(?:19|20)\d\d(?:-\d\d)?", when) and when[:4] in s[a:b] \
                and not re.search(r"\b(?:by|until|through|bis|hasta|jusqu)\b", s[a:b], re.I) else None
        for subject in subjects:
            out.append(_claim(subject, name, V._qualify(V.clean_number(val), m.group("q")), None, u.quote, u.said_by,
                              qualifier=kind))
            out[-1]["_count_noun"] = noun
            if purpose:
                out[-1]["_counted"] = noun   # (the noun alone is not the figure's reading: "added 2 million users")
    return out


@lru_cache(maxsize=8)
def _count_level_rx(k: Knowledge) -> tuple[re.Pattern | None, dict]:
    terms = k.terms or {}
    nouns = terms.get("count_nouns") or {}
    canon = {str(w).lower(): name for name, ws in nouns.items() if name in (terms.get("count_level_nouns") or ()) for w in ws}
    levels = terms.get("count_levels") or ()
    if not canon or not levels:
        return None, {}
    alt = lambda ws: "|".join(re.escape(str(w)) for w in sorted(ws, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?P<noun>{alt(canon)})(?![\w-])[^.;:()]{{0,60}}?(?<![\w-])(?:{alt(levels)})\s+"
                      rf"(?:(?-i:[a-z]+)\s+){{0,2}}?(?=\d)", re.I), canon


# a count's noun scoped to a place ("users in India", "abonnés en France")
_IN_PLACE = re.compile(r"\s+(?:in|en|im|in der|au|aux|na|no|nel|nella)\s+(?:the\s+)?(?-i:[A-Z])")


def _count_levels(u: Unit, s: str, mentions, ctx: Context) -> list[dict]:
    """'Netflix's paid memberships reached 260.28 million', 'Die Zahl der Abonnenten stieg um 13,12
    Millionen auf 260,28 Millionen': the level of a count its noun and a level word stand before."""
    rx, canon = _count_level_rx(ctx.knowledge)
    out = []
    for m in rx.finditer(s) if rx is not None else ():
        hit = next(iter(V.find_counts(s[m.end():m.end() + 40])), None)
        if hit is None or hit[0] != 0 or not (hit[1] < 40 and re.search(r"[^\d\s.,]", s[m.end():m.end() + hit[1]])):
            continue   # (a count with its magnitude word only: "260 million", "260,28 Millionen")
        if re.match(r"[\d.,]+-[^\W\d_]", s[m.end():]):
            continue   # "offer users a full 10.2-inch tablet experience": a number in a compound measures the noun after it
        kinds = ("model", "product", "lab")
        if _IN_PLACE.match(s, m.end("noun")) and not any(x.kind in kinds for x in mentions):
            continue   # "The number of users in India exceeded 400 million": a market's count, no company's
        subjects = _pick_subject(mentions, kinds, m.start(), s, ctx)
        value = hit[2]
        if re.search(r"\b(?:topp(?:ed|ing)|surpass(?:ed|ing)|exceed(?:ed|ing))\b", m.group(), re.I) and str(value)[:1].isdigit():
            value = f">{value}"   # "subs topping 260 million": more than that
        for subject in subjects[:1]:
            out.append(_claim(subject, canon[m.group("noun").lower()], value, None, u.quote, u.said_by))
    return out


def _purposed_counts(out: list[dict]) -> list[dict]:
    """'added 2 million users' is user additions, not a count of users: the plain reading of a figure a
    count with its purpose read yields to it."""
    counted = {(c["subject"], c.pop("_counted"), V.value_key(c["value"])) for c in out if "_counted" in c}
    return [c for c in out if (c["subject"], c["attribute"], V.value_key(c["value"])) not in counted]


_SIDE = re.compile(r"\s*(?:(?:of|for|de|di|d['’])\s*)?(?P<side>input|output|prompt|completion|entrada|sa[ií]da|salida|ingresso|uscita|entr[ée]e|sortie)\b", re.I)
_SIDE_NAME = {"input": "input", "prompt": "input", "output": "output", "completion": "output", "entrada": "input",
              "saída": "output", "saida": "output", "salida": "output", "ingresso": "input", "uscita": "output",
              "entrée": "input", "entree": "input", "sortie": "output", "eingabe": "input", "ausgabe": "output"}


_SIDE_LABEL = re.compile(r"\s*(?P<side>input|output|prompt|completion)(?:\s+(?:tokens?|price|pricing|cost))*\s*:", re.I)


def _token_prices(u: Unit, s: str, mentions, ctx: Context) -> list[dict]:
    """'$3 / 1M input, $15 / 1M output': each price per million tokens with the side it names."""
    out = []
    prices = list(V.PER_MILLION.finditer(s))
    label = _SIDE_LABEL.match(s) if len(prices) == 1 else None   # "Input price: $5.00 / 1M tokens"
    for m in prices:
        side = _SIDE.match(s, m.end()) or re.search(r"(?P<side>input|output|prompt|completion)(?:\s+tokens?)?\s*$", m.group(), re.I) \
            or label
        if not side:
            continue
        subjects = _pick_subject(mentions, ("model", "product"), m.start(), s, ctx)
        name = f"price per million {_SIDE_NAME[side.group('side').lower()]} tokens"
        value = V.clean_number(float(m.group("num").replace(",", "")))
        for subject in subjects[:1]:
            out.append(_claim(subject, name, value, V.CURRENCY[m.group("sym").lower()], u.quote, u.said_by))
    for m in V.PER_MILLION_AFTER.finditer(s):
        if any(p.start() <= m.start() < p.end() for p in prices) or not (m.group("pre") or m.group("word")):
            continue
        side = _SIDE_NAME.get((m.group("side1") or m.group("side2") or "").lower())
        if side is None:
            continue
        unit = V.CURRENCY[(m.group("pre") or m.group("word")).lower()]
        subjects = [x for x in _pick_subject(mentions, ("model", "product"), m.start(), s, ctx)
                    if (_kind_of(x, ctx) or "model") in ("model", "product")]
        for subject in subjects[:1]:   # "0,90 dollar par million de tokens en entrée": the decimal comma of those languages
            out.append(_claim(subject, f"price per million {side} tokens", V.clean_number(float(m.group("num").replace(",", "."))),
                              unit, u.quote, u.said_by))
    return out


_LICENSE_VERB = re.compile(r"\s+(?:permits|allows|lets|restricts|prohibits|requires|forbids|grants)\b")


def _license_claims(u: Unit, s: str, mentions, ctx: Context) -> list[dict]:
    out = []
    under = lexicon.grammar(ctx.knowledge).under_license
    for ctxm in list(_LICENSE_CTX.finditer(s)) + (list(under.finditer(s)) if under else []):
        lic = next(iter(V.find_licenses(s[ctxm.start():ctxm.end() + 40])), None)
        if not lic:
            continue
        subjects = _pick_subject(mentions, ("model", "product"), ctxm.start(), s, ctx)
        lead = next((m for m in mentions if m.start < ctxm.start()), None)
        if lead and re.fullmatch(r"\W*", s[:lead.start]) and subjects and lead.name != subjects[0] \
                and re.fullmatch(r"\s*(?:[a-z]+\s+){0,3}", s[lead.end:ctxm.start()]):
            continue   # "Bun will remain open source": the sentence opens with its own subject
        for subject in subjects if len(subjects) == 1 else ():   # "The models are released under …": which ones is unsure
            out.append(_claim(subject, "license", lic[2], None, u.quote, u.said_by))
        break
    if not out and _LICENSE_VERB.search(s):
        # "Llama 3 Community License permits commercial use …": a license named after the model is that model's
        models = {m.name for m in mentions if m.kind == "model"} | set(ctx.models)
        for a, b, lic, _ in V.find_licenses(s):
            named = max((x for x in models if re.match(rf"{re.escape(x)}\s", str(lic))), key=len, default=None)
            if named is not None and _LICENSE_VERB.match(s, b):
                out.append(_claim(named, "license", lic, None, u.quote, u.said_by))
    return out


def _compared_entity(s: str, m: Mention, pos: int) -> bool:
    """'(compared to GPT-4's 86.4%)', 'an advantage over GPT-4 Turbo's 128k': a name that only
    carries its own value, not the subject of a value elsewhere in the sentence."""
    opened = lexicon.in_parens(s, m.start)
    if opened is not None and lexicon.in_parens(s, pos) != opened:
        return True
    return bool(re.search(r"\b(?:compared (?:to|with)|than|versus|vs\.?|over|against|unlike)\s+(?:the\s+)?$",
                          s[max(0, m.start - 25):m.start]))
# Real quotes are a few hundred characters; a longer "sentence" is a scraping artefact.
MAX_UNIT_CHARS = 1500
_SCORE_ON = re.compile(r"\s*(?:on|in|for|at)\s+(?:the\s+)?")
_GAP_MAX = 40
_SCORE_ON_NAME = re.compile(r"(?P<gap>\s*[^\W\d]+\s+(?:[^\W\d_A-Z][\w-]*\s+){0,2})[A-Z]")


def _score_gap(gap: str, g) -> bool:
    """'on', 'on the', 'en el benchmark', 'sur le test': the words between a score and the test it is on."""
    if _SCORE_ON.fullmatch(gap):
        return True
    m = re.fullmatch(r"\s*(\S+)\s+(?:[^\W\d_A-Z][\w-]*\s+){0,2}", gap)
    return bool(m) and (m.group(1).lower() in ("on", "in", "at", "for") or bool(g.prep_before.fullmatch(m.group(1) + " ")))


_SCORE_CHANGE_BEFORE = re.compile(r"(?:\bby|\b(?:gain|improvement|increase|jump|lead|margin|drop|decline)\s+of)\s+(?:(?:about|around|nearly|almost|roughly|some|more than|over)\s+)?$", re.I)
_SCORE_CHANGE_AFTER = re.compile(r"\s*(?:%|percent|(?:percentage\s+)?points?|pp|pts)?\s*(?:higher|lower|more|less|ahead|behind|above|below|better|worse)\b", re.I)


# a variant's word after a test's name: "SWE-bench Pro", "MMLU Pro", "LiveBench Hard" are other tests than the one named
_TEST_VARIANT = re.compile(r"[ -](?:Pro|Verified|Lite|Plus|Hard|Extended|Multimodal|Live|Full|Redux)\b")


def _benchmark_claims(u: Unit, s: str, mentions, ctx: Context) -> list[dict]:
    out = []
    benches = [m for m in mentions if m.kind == "benchmark" and not _TEST_VARIANT.match(s, m.end)]
    if not benches:
        return out
    other = list(lexicon.find_percents(s, ctx.knowledge))   # "84,6 Prozent"
    scores = other + [v for v in V.find_percents(s) if not any(o[0] < v[1] and v[0] < o[1] for o in other)]
    scores += list(V.find_points(s))
    scores += [(m.start("n"), m.end("n"), V.clean_number(float(m.group("n"))), "points")
               for m in re.finditer(r"\bscored\s+(?P<n>\d+(?:\.\d+)?)(?![\d.,]?\d|\s*(?:%|percent|points?))", s)]
    # ("the score rose by 14.5 points", "14.5 points higher than X": a difference, no score)
    scores = [v for v in scores if not _SCORE_CHANGE_BEFORE.search(s, max(0, v[0] - 40), v[0])
              and not _SCORE_CHANGE_AFTER.match(s, v[1])]
    if not scores:
        return out
    used = set()
    if len(benches) == 1:
        sized = _sized_scores(s, scores, ctx)
        if sized:
            return [_claim(name, benches[0].name, v[2], v[3], u.quote, u.said_by) for name, v in sized]
    # "81.5% on MMLU" / "scored 51 on MMLU": a score right before "on <benchmark>" is that benchmark's
    bound: dict[int, tuple] = {}
    # only nearby pairs are compared (windows found by bisection), so long score lists stay linear
    bench_order = sorted(range(len(benches)), key=lambda i: benches[i].start)
    bench_starts = [benches[i].start for i in bench_order]
    g = lexicon.grammar(ctx.knowledge)
    elsewhere = set()
    for v in scores:
        near = bench_order[bisect_left(bench_starts, v[1]):bisect_right(bench_starts, v[1] + _GAP_MAX)]
        for i in sorted(near):
            gap = s[v[1]:benches[i].start]
            if _score_gap(gap, g):
                bound[id(benches[i])] = v
        named = _SCORE_ON_NAME.match(s, v[1])
        if named and _score_gap(named.group("gap"), g) and not any(b.start == named.end("gap") for b in benches):
            elsewhere.add(id(v))   # "43.2% on Terminal-bench": a score of a test the site does not know
    taken = {id(v) for v in bound.values()} | elsewhere
    scores = [v for v in scores if id(v) not in taken]
    score_order = sorted(range(len(scores)), key=lambda i: scores[i][0])
    score_starts = [scores[i][0] for i in score_order]
    paired = []
    for m in mentions:
        if m.kind in ("model", "product"):
            pm = re.match(r"\s*\((\d+(?:\.\d+)?)%\)", s[m.end:m.end + 40])
            if pm:
                paired.append((m, pm))
    for b in benches:
        # "Model (NN%)" pairs name their own subject
        for m, pm in paired:
            if (m.name, b.name) not in used:
                used.add((m.name, b.name))
                out.append(_claim(m.name, b.name, V.clean_number(float(pm.group(1))), "percent", u.quote, u.said_by))
        window = score_order[bisect_right(score_starts, b.start - 60):bisect_right(score_starts, b.end + 120)]
        free = [scores[i] for i in sorted(window) if not re.match(r"\)", s[scores[i][1]:scores[i][1] + 1])]
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


_SIZE_LABEL = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?[BM])(?:\s*:)?\s+$")
_SIZE_SUFFIX = re.compile(r"[- ]\d+(?:\.\d+)?[BM]$")


def _sized_scores(s: str, scores, ctx: Context) -> list[tuple[str, tuple]]:
    """'MMLU: 8B 66.6%, 70B 79.5%': each score belongs to the size of the model the text is about."""
    base = ctx.last_models[0] if ctx.last_models else ctx.primary_model
    if not base:
        return []
    base = _SIZE_SUFFIX.sub("", base)
    out = []
    for v in scores:
        m = _SIZE_LABEL.search(s[max(0, v[0] - 12):v[0]])
        if m:
            out.append((f"{base} {m.group(1)}", v))
    return out if len(out) == len(scores) else []


def _table_claims(u: Unit, ctx: Context) -> list[dict]:
    """One claim per numeric cell: the subject from the column header (or, when no column header
    names an entity, from the row label), the attribute from the other header."""
    if len(u.cells) < 2 or len(u.header) < 2:
        return []
    label = u.cells[0].strip()
    if not label:
        return []
    if any(_entity_column(h, ctx.knowledge) and re.fullmatch(r"[-+~]?[$€£]?[\d.,]+%?", c.strip())
           for h, c in zip(u.header[1:], u.cells[1:])):
        return []   # "Model Developer MMLU-Pro …" over "Kestrel-4 Nimbara Cloud 78.4 …": a column of names holds a number, so every column is shifted
    columns = [_header_subject(h, ctx) for h in u.header]
    if not any(columns) and _header_subject(label, ctx) is None:
        results = _results_row(u, label, ctx)
        if results is not None:
            return results
    row_subject = None if any(columns[1:]) else _header_subject(label, ctx)
    if row_subject is None and not any(columns[1:]) and _entity_column(u.header[0], ctx.knowledge) \
            and re.fullmatch(r"[A-Z0-9][\w.+-]*(?: [\w.+-]+){0,3}", label):
        row_subject = label   # "Accelerator | Tokens/sec" over "Vantor Kestrel | 12400": the row names the accelerator
    out = []
    for col, cell in enumerate(u.cells[1:], start=1):
        if col >= len(u.header) or not cell.strip():
            continue
        subject = row_subject or columns[col]
        attr_label = u.header[col] if row_subject else label
        if not subject or subject == attr_label:
            continue
        name, attr, setting = _table_attribute(attr_label, ctx)
        if not name:
            continue
        # "Power (W)" over "600": the unit the header gives a bare number
        unit = re.fullmatch(r".*\(\s*([A-Za-z]{1,4}(?:/s)?)\s*\)\s*", attr_label)
        bare = re.fullmatch(r"[\d.,]+[KkMB]?", cell.strip())
        # ("Context window" over "200K": the attribute's own unit)
        unit_word = unit.group(1) if unit else attr.unit if attr is not None and attr.unit == "tokens" else None
        found = _cell_value(f"{cell.strip()} {unit_word}" if unit_word and bare and attr is not None else cell.strip(), attr, ctx)
        if found is None:
            continue
        first_cells = "| " + " | ".join(c.strip() for c in u.cells[: col + 1]) + " |"
        quote = first_cells if col == 1 and u.quote.startswith("|") else u.quote  # else a rebuilt row's source line
        out.append({**_claim(subject, name, found[0], found[1], quote, u.said_by, qualifier=setting), "exact": True})
    return out


# a column of a results table that names a period: "Q2 2024", "FY2023", "H1 2025", "2024"
_PERIOD_COLUMN = re.compile(r"(?:(?:Q[1-4]|H[12]|[1-4]Q|9M|FY)\s?['’]?(?:19|20)?\d\d|(?:FY\s?)?(?:19|20)\d\d)")


def _results_row(u: Unit, label: str, ctx: Context) -> list[dict] | None:
    """A results table, its rows measures and its columns periods ("Metric | Q2 2024 | Q2 2023 | YoY
    Change (%)" over "Net Income | $24.4M | $3.7M | +559%"): each period's figure is the page's
    company's, for that period. Only a row that names a measure of the vocabulary in full ("Total"
    before it aside), only the period columns, only on a page about one organisation, and only
    under a heading that names no other. None when the table is not of this shape."""
    periods = [col for col, h in enumerate(u.header) if col and _PERIOD_COLUMN.fullmatch(h.strip())]
    if not periods or not ctx.topic_org or (u.scope and (_labels_another(u.scope, ctx) or any(
            m.name != ctx.topic_org for m in find_mentions(u.scope, ctx.knowledge, ctx.shorts)))):
        return None
    whole = {str(w).lower() for w in (ctx.knowledge.terms or {}).get("count_whole") or ()}
    words = label.split()
    plain = " ".join(words[1:]) if len(words) > 1 and words[0].lower() in whole else label
    plain = re.sub(r"\s*\([^)]*\)", "", plain).strip(" :*")   # "Earnings Per Share (EPS)"
    # a measure the label names in full ("Net Income": net profit), its sum in a currency; else a vocabulary attribute
    measure = next((name for a, b, name, per in _measure_words(plain, ctx.knowledge) if a == 0 and b == len(plain)), None)
    name, attr, setting = (measure, None, None) if measure else _table_attribute(plain, ctx)
    if setting or (attr is None and measure is None) or (attr is not None and attr.type not in ("money", "count")):
        return []
    if attr is not None and attr.type == "count" and plain.lower().endswith(attr.name) and plain.lower() != attr.name:
        name = plain.lower()   # "Monthly Active Users (MAUs)": the kind of count the label names, not any users
    out = []
    for col in periods:
        cell = u.cells[col].strip() if col < len(u.cells) else ""
        found = _cell_value(cell, attr, ctx) if cell else None
        # (a sum needs its currency: a bare figure may be in thousands or millions a note above says)
        if found is None or ((measure or attr.type == "money") and found[1] not in V.CURRENCY.values()):
            continue
        out.append({**_claim(ctx.topic_org, name, found[0], found[1], u.quote, u.said_by,
                             qualifier=u.header[col].strip()), "exact": True})
    return out


@lru_cache(maxsize=8)
def _entity_column_rx(k: Knowledge) -> re.Pattern | None:
    words = (k.grounding or {}).get("entity_column_headers") or ()
    return _synonym_re(tuple(str(w) for w in words)) if words else None


def _entity_column(header: str, k: Knowledge) -> bool:
    rx = _entity_column_rx(k)
    return bool(rx and rx.fullmatch(re.sub(r"\s*\([^)]*\)", "", header).strip(" :*")))


def _table_attribute(label: str, ctx: Context) -> tuple[str | None, Attribute | None, str | None]:
    """'MMLU (5-shot)' names the benchmark MMLU in the setting '5-shot'; 'Vision (MMMU)' names
    MMMU; 'Context window' the vocabulary's attribute; any other label stands as its own words
    ('Multilingual MMLU' is not MMLU)."""
    k = ctx.knowledge
    inner = re.search(r"\(([^)]*)\)", label)
    plain = re.sub(r"\s*\([^)]*\)", "", label).strip(" :*")
    if not re.search(r"[A-Za-z]", plain):
        return None, None, None
    setting = inner.group(1).strip() if inner and re.search(r"\d", inner.group(1)) else None
    for part, qual in ((plain, setting), (inner.group(1).strip() if inner else "", None)):
        ms = find_mentions(part, k, ctx.shorts) if part else []
        if len(ms) == 1 and ms[0].kind == "benchmark" and ms[0].start == 0 and ms[0].end == len(part):
            return ms[0].name, None, qual
    for a in k.attributes:
        if a.synonyms and _synonym_re(a.synonyms + (a.name,)).fullmatch(plain):
            return a.name, a, setting
    for a in k.attributes:
        # "Starting price 128GB": the attribute, in the setting the rest of the label names (a size, a tier)
        m = _synonym_re(a.synonyms + (a.name,)).match(plain) if a.synonyms else None
        rest = plain[m.end():].strip(" :,") if m else ""
        if m and rest and len(rest) <= 16 and re.search(r"\d", rest) and not setting:
            return a.name, a, rest
    return plain.lower(), None, setting


_CELL = re.compile(rf"(?P<cur>[$€£])?\s*(?P<num>{V.NUM})\s*(?P<mag>[KMBT]\b|thousand|million|billion|trillion)?\s*(?P<pct>%)?", re.I)


def _cell_value(cell: str, attr: Attribute | None, ctx: Context):
    """The number a table cell states, or None for a qualitative cell ('High (SOTA)', 'Tiered/API')."""
    if attr is not None and attr.type != "text":
        # a vocabulary attribute reads its own kind of value; an enum only a cell that is one of its values
        cell = re.sub(r"\s*\([^)]*\)", "", cell)  # "MoE (Optimized)"
        vals = _values_for(attr, cell, ctx)
        if len(vals) == 1 and (attr.type != "enum" or vals[0][1] - vals[0][0] == len(cell)):
            return vals[0][2], vals[0][3] or attr.unit
        return None
    m = _CELL.fullmatch(cell)
    if not m:
        return None
    val = V.number(m.group("num"), m.group("mag"))
    if val is None:
        return None
    if m.group("cur"):
        return V.clean_number(val), V.CURRENCY[m.group("cur")]
    return V.clean_number(val), "percent" if m.group("pct") else None


def _header_subject(header: str, ctx: Context) -> str | None:
    """The entity a header or label names in full ('Opus' via a sibling of the family the article
    names); a header that only contains a name, or a similar longer name, names none."""
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
        if ms and ms[0].start == 0 and ms[0].end == len(cand) and ms[0].kind in ("model", "product", "lab", "org", "group", "hardware"):
            return ms[0].name
        if cand in ctx.siblings:
            return ctx.siblings[cand]
        # "iPhone 16 Pro Max" beside "iPhone 16": a named product and tier words after it name a model of it
        if ms and ms[0].start == 0 and ms[0].kind in ("model", "product") and TIER_TAIL.fullmatch(cand[ms[0].end:]):
            return cand
    return None


def _labels_another(scope: str, ctx: Context) -> bool:
    """'GPT-4 Voice Mode (before GPT-4o):': a label that opens with a model or product other than the
    page's main one scopes the lines under it to that thing, whatever else it is called."""
    head = re.sub(r"\s*\([^)]*\)", "", re.split(r"\s+[—–-]\s+|:", scope, maxsplit=1)[0]).strip()
    ms = find_mentions(head, ctx.knowledge, ctx.shorts) if head else []
    return bool(ms and ms[0].start == 0 and ms[0].kind in ("model", "product") and ms[0].name != ctx.primary_model
                and ms[0].name not in ctx.siblings.values())


@lru_cache(maxsize=8)
def _unit_referent(k: Knowledge) -> re.Pattern:
    """A sentence that opens on a unit of the company by a referring noun ("The division", "This segment";
    attributes.yml `grounding.segment_nouns`)."""
    nouns = [str(w) for w in (k.grounding or {}).get("segment_nouns") or () if re.fullmatch(r"[a-z][a-z ]+", str(w))]
    alt = "|".join(re.escape(w) for w in sorted(nouns, key=len, reverse=True)) or r"(?!x)x"
    return re.compile(rf"\W*(?:The|This|That|Its|Their)\s+(?:(?P<part>(?-i:[a-z][\w-]*))\s+)?(?:{alt})s?\b")


def _scope_subject(scope: str, ctx: Context) -> str | None:
    """'Haiku — fastest and cheapest:', '## Claude 3 Opus': the entity a label or heading is about."""
    head = re.split(r"\s+[—–-]\s+|:", scope, maxsplit=1)[0].strip()
    return _header_subject(head, ctx) if head else None


def tier_siblings(units: list[Unit], models, tiers: tuple[str, ...]) -> dict[str, str]:
    """'Haiku' -> 'Claude 3 Haiku' when the article lists "Haiku, Sonnet, and Opus" (or puts them
    side by side in a header row) and names one of them in full as "Claude 3 Opus"."""
    bases: dict[str, set[str]] = {}
    for name in models:
        m = re.fullmatch(r"(.+?) (\w+)", name)
        if m and m.group(2) in tiers:
            bases.setdefault(m.group(2), set()).add(m.group(1))
    if not bases:
        return {}
    word = "(?:" + "|".join(tiers) + ")"
    groups = []
    for u in units:
        if u.kind == "table":
            groups.append([h.strip() for h in u.header if h.strip() in tiers])
        for m in re.finditer(rf"\b{word}(?:,\s+{word})*,?\s+(?:and|or)\s+{word}\b", u.text):
            groups.append(re.findall(word, m.group()))
    out: dict[str, str] = {}
    for words in groups:
        found = {b for w in words for b in bases.get(w, ())}
        if len(words) > 1 and len(found) == 1:
            base = found.pop()
            for w in words:
                out.setdefault(w, f"{base} {w}")
    return out


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
        # "vs_claude_3_opus", "vs_gpt_4o": the name whose letters and digits are the key's
        alnum = lambda x: re.sub(r"[^a-z0-9]", "", x.lower())
        names = [e[0] for e in ctx.shorts.values()] + list(ctx.last_models) + sorted(ctx.models) + [e.name for e in k.entities]
        other = next((n for n in names if alnum(n) == alnum(vs.group(1))), None)
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
                   primary_model: str | None, doc_models: set[str], names: dict | None = None, title: str = "") -> list[dict]:
    """All claims in reading order, de-duplicated, with stable ids. `names`: the organisations and
    people the page introduces (digest.extract.propernames), when already found."""
    found = names if names is not None else discover([u.text for u in units if u.kind == "sentence"], knowledge)
    ctx = Context(knowledge, date, primary_model=primary_model,
                  shorts={**found, **short_forms(doc_models, knowledge, "\n".join([title, *(u.text for u in units)]))},
                  models=frozenset(doc_models),
                  siblings=tier_siblings(units, doc_models, tier_words(knowledge)))
    found_kinds = {name: kind for name, kind in found.values()}
    if primary_model and (knowledge.entity_kind(primary_model) or found_kinds.get(primary_model)) == "lab" \
            and not _only_a_source(primary_model, [u.text for u in units], knowledge):
        ctx.topic_org = primary_model
    claims: list[dict] = []
    for position, u in enumerate(c for unit in units for c in _clauses(unit)):
        if len(u.text) > MAX_UNIT_CHARS:
            continue  # not a sentence a reader could check as a quote (a run-on scrape), and costly
        if "$US" in u.text:
            u = replace(u, text=_US_AFTER.sub("US$", u.text))
        if _MATH_LETTERS.search(u.text):
            # "𝟮𝟱𝟱.𝟳𝟲𝟭.𝟲𝟵𝟮 𝗲𝘂𝗿𝗼": bold and italic letters some pages write with, read as plain ones (one for one)
            u = replace(u, text=_MATH_LETTERS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), u.text))
        first_new = len(claims)
        ctx.block = u.block
        scoped = _scope_subject(u.scope, ctx) if u.scope and u.kind == "sentence" else None
        ctx.other_label = bool(u.scope and not scoped and _labels_another(u.scope, ctx))
        if scoped and not any(m.kind in ("model", "product", "lab", "org") for m in find_mentions(u.text, knowledge, ctx.shorts)):
            claims.extend(_scoped_claims(u, ctx, scoped))
        elif u.kind == "table":
            claims.extend(_table_claims(u, ctx))
        elif u.kind == "code":
            claims.extend(_code_claims(u, ctx))
        elif u.kind == "timeline":
            claims.extend(_timeline_claims(u, ctx))
        else:
            found_here = _sentence_claims(u, ctx)   # (read even when dropped: it names what "it" means next)
            unit = _unit_referent(knowledge).match(u.text)
            if unit and not unit.group("part"):
                # "The division ended the quarter with an operating loss of $659m": the unit's figure, not the company's
                # ("The gaming division posted revenue …" names its part, which grounding gives the figure: "gaming revenue")
                found_here = [c for c in found_here if c["attribute"] == ROLE or c["subject"] and c["subject"] in u.text]
            if not re.search(r"[?？]\W*$", u.text):
                for c in found_here:
                    c["_at"] = (u.block, position)
                claims.extend(found_here)   # a question states nothing ("can this company get to $100 million?")
        for c in claims[first_new:]:
            c["_block"] = u.block   # (what page_scope.declared_scale reads)
    # a claim's reading sentence follows its fields when grounding corrects them; a sentence the
    # extractor wrote on purpose (a forecast's wording) stays
    for c in claims:
        c["_auto"] = c["text"] == _claim_text(c)
    claims = ground_claims(claims, units, knowledge, set(doc_models) | set(ctx.siblings.values()), ctx.shorts, ctx.topic_org)
    _yen_by_page(claims, units)
    _dollars_by_page(claims, units, knowledge)
    claims = page_scope.deal_of_page(claims, units, ctx.knowledge, ctx.shorts, title)
    claims = page_scope.closing_of_page(claims, units, ctx.knowledge, ctx.shorts, title, date)
    claims = page_scope.fine_on_the_fined(claims, ctx.knowledge, ctx.shorts)
    page_scope.place_scope(claims, ctx.knowledge)
    page_scope.maker_of_bare_products(claims, units, ctx.knowledge, ctx.shorts)
    claims = page_scope.after_a_region(claims)
    claims = page_scope.declared_scale(claims, units, knowledge)
    for c in claims:
        c.pop("_block", None)
    claims = [c for c in _one_value_per_reading(claims) if not _unit_of_subject(c) and not _minus_before(c)]
    _member_sizes(claims)
    _period_from_title(claims, title, knowledge, date)
    _period_of_sentence(claims, knowledge, date)
    for c in claims:
        c["quote"] = short_quote(c, ctx.shorts)
        if c.pop("_auto", False):
            c["text"] = _claim_text(c)
    return finish_claims(claims, doc_models, set(ctx.siblings.values()), _standalone(units, doc_models))


@lru_cache(maxsize=8)
def _research_by(k: Knowledge) -> re.Pattern | None:
    g = k.grammar or {}
    words = [str(w) for w in (*(g.get("research_by") or ()), *(g.get("according_to") or ()))]
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                      + r")\s+(?:(?:the|la|le|el|der|die|o|a)\s+)?(?:(?-i:[a-zà-ÿ][\w-]*)\s+){0,2}$", re.I) if words else None


def _only_a_source(name: str, texts: list[str], k: Knowledge) -> bool:
    """Whether every time the page writes the name it is the source of figures ("research by law firm RPC shows"):
    then what the page reports is not that name's, and a sentence with no name of its own is not about it."""
    rx = _research_by(k)
    hits = [(t, m.start()) for t in texts for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", t)]
    return bool(rx and hits) and all(rx.search(t, max(0, at - 60), at) for t, at in hits)


# "$US182", as Australian and some French pages write US dollars: read as "US$182" (same length, so
# positions hold; the quote keeps the source's spelling)
_US_AFTER = re.compile(r"\$US(?=\s?\d)")
_MATH_LETTERS = re.compile("[\U0001D400-\U0001D7FF]")
LONG_QUOTE = 300
_QUOTE_CUT = re.compile(r"[,;:]\s+|\s+[—–-]\s+")


def short_quote(c: dict, shorts: dict) -> str:
    """A quote a reader checks at a glance: a sentence longer than LONG_QUOTE is cut, at its commas, to
    the clauses from the first place its subject, speaker or value stands to the end of the value's
    clause (the words kept are the source's, in its order)."""
    q = c["quote"]
    if len(q) <= LONG_QUOTE:
        return q
    spans = value_spans(q, c["value"]) or _word_spans(q, c["value"])
    if len(spans) != 1:
        return q
    at, end = spans[0]
    surfaces = {c["subject"], *(s for s, (name, _) in shorts.items() if name == c["subject"])}
    if c.get("said_by") and c["said_by"] not in ("forecast", "estimate"):
        surfaces.add(c["said_by"])
    places = [m.start() for name in surfaces if name for m in re.finditer(re.escape(name), q)]
    first = min([at, *[x for x in places if x < at]])
    if not any(x < at for x in places) and not re.search(re.escape(c["subject"]), q):
        first = 0   # (a subject the sentence does not name: the sentence's opening that implies it stays)
    lo = max([0, *[m.end() for m in _QUOTE_CUT.finditer(q, 0, first)]])
    cut = _QUOTE_CUT.search(q, end)
    hi = cut.start() if cut else len(q)
    out = q[lo:hi].strip()
    return out if 40 <= len(out) < len(q) else q


def _word_spans(q: str, value) -> list[tuple[int, int]]:
    """Where a worded value stands in its quote, by the stems of its words ("images" in "accept image
    input"): the first place, when its words stand in the quote at all."""
    if not isinstance(value, str) or re.search(r"\d", value):
        return []
    hits = [m.span() for w in re.findall(r"[^\W\d_]{4,}", value)
            for m in re.finditer(r"(?<![\w-])" + re.escape(w[:max(4, len(w) - 2)]), q, re.I)]
    return [min(hits)] if hits else []


# "The Intel Foundry branch saw an operating loss of …": a unit named after the company, whose figure it is
_UNIT_NOUN = r"(?:branch|unit|division|segment|business|arm|subsidiary|Sparte|Geschäftsbereich|división|filial|divisione|filiale)"


def _unit_of_subject(c: dict) -> bool:
    q = str(c["quote"])
    spans = value_spans(q, c["value"])
    if not spans or q.startswith("|"):
        return False
    at = spans[0][0]
    return bool(re.search(rf"(?<![\w-]){re.escape(c['subject'])}\s+(?:[A-Z][\w&-]*\s+){{1,3}}{_UNIT_NOUN}\b", q[:at]))


_FRONTED_PERIOD = re.compile(r"\W*(?:In|For|As for|During|Over|Für|Im|Pour|En|Para|Per|Nel|Durante)\s+(?:the\s+|das\s+|le\s+|el\s+|o\s+|il\s+)?"
                             r"(?:(?P<q>Q[1-4]|H[12])\s+)?(?:fiscal\s+)?(?P<y>(?:19|20)\d\d)\s*,")


_HEADCOUNTS = frozenset({"employees", "staff", "workers", "users", "customers", "subscribers"})
# the year a count stands at, right after its noun: "125.000 employés fin 2023", "5,000 employees at the end of 2022"
# (and its month: "187,000 workers worldwide at the end of September 2022")
@lru_cache(maxsize=8)
def _count_year(k: Knowledge) -> tuple[re.Pattern, dict]:
    months = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
              "december") + lexicon.grammar(k).month_number
    number = {m: i % 12 + 1 for i, m in enumerate(months)}
    alt = "|".join(re.escape(m) for m in sorted(number, key=len, reverse=True))
    return re.compile(r"[^.;,\d]{0,40}?(?<![\w-])(?:in|at the end of|by the end of|end of|as of|fin|à la fin de|à fin|en|a finales de|"
                      r"a fines de|al cierre de|Ende|im Jahr|alla fine del|a fine|nel|no final de|em|eind)\s+"
                      rf"(?:(?P<m>{alt})\s+(?:de\s+|del\s+)?)?((?:19|20)\d\d)(?![\d.,]\d)", re.I), number


def _period_of_sentence(claims: list[dict], k: Knowledge, date: dt.date | None) -> None:
    """A sentence that names one period ("durante este primer semestre …, con un incremento de ventas del 11 %,
    hasta los 10.465 millones") dates every figure it states that has no time of its own."""
    for c in claims:
        fronted = _FRONTED_PERIOD.match(str(c["quote"]))
        if not c.get("qualifier") and fronted and isinstance(c["value"], (int, float, str)) \
                and not re.fullmatch(r"(?:19|20)\d\d(?:-\d\d)*", str(c["value"])):
            # "In Q4 2024, ASML anticipates … a gross margin of 49 to 50 per cent", "As for 2025, the company forecasts
            # …": a period that opens the sentence dates every figure in it, a forecast's too
            c["qualifier"] = " ".join(x for x in (fronted.group("q"), fronted.group("y")) if x)
            continue
        if not c.get("qualifier") and c.get("unit") is None and c["attribute"] in _HEADCOUNTS:
            # "comptait près de 125.000 employés fin 2023", "had 5,000 employees at the end of 2022": the year a count is of
            spans = value_spans(str(c["quote"]), c["value"])
            rx, number = _count_year(k)
            year = rx.match(str(c["quote"]), spans[0][1]) if len(spans) == 1 else None
            if year:
                c["qualifier"] = f"{year.group(2)}-{number[year.group('m').lower()]:02d}" if year.group("m") else year.group(2)
                continue
        if not c.get("qualifier") and not str(c["quote"]).startswith("|") and c.get("said_by") is None \
                and isinstance(c["value"], (int, float, str)) and re.search(r"\d", str(c["value"])):
            period = sentence_quarter(c["quote"], date, terms_of(k))
            if period and c["attribute"] in ("workforce cut", "job cuts"):
                continue   # "… 15% of its workforce, and suspend its dividend from the fourth quarter": the quarter is the dividend's
            if period and c["attribute"].startswith(("share price", "market value")) and MOVE_CAUSE.search(c["quote"]):
                continue   # "shares declined 16% after the company published its Q3 2024 results": the day's move, not the quarter's
            if period and period.startswith("within") and len(V.find_money(c["quote"])) > 1:
                continue   # "a $1.81 billion fine within 15 months … and a $2.51 billion forfeiture": one sum's time limit
            if period and not re.fullmatch(r"(?:19|20)\d\d(?:-\d\d)*", str(c["value"])):
                c["qualifier"] = period


def _period_from_title(claims: list[dict], title: str, k: Knowledge, date: dt.date | None) -> None:
    """"Banco X ganó 10.337 millones de euros hasta septiembre": a figure the body repeats without its period
    is of the period the headline gives it (a quarter, a half year, nine months)."""
    if not title or not re.search(r"\d", title):
        return
    period = qualifier_of(title, date, terms_of(k))
    if not period or not re.fullmatch(r"(?:Q[1-4]|H[12]|9M)(?: .+)?", period):
        return
    amounts = {V.value_key(v) for _, _, v, _ in V.find_money(title)}
    for c in claims:
        if not c.get("qualifier") and c.get("unit") not in (None, "percent") and V.value_key(c["value"]) in amounts:
            c["qualifier"] = period
    # "Canalys: Samsung leads the smartphone market in Q3" over "Huawei managed 51.7 million shipments": a result the
    # body states with no time of its own is of the one period the headline names (not a forecast, a change or a
    # figure whose sentence speaks of any time: another period, a year, "last year", "a year earlier")
    one = sentence_quarter(title, date, terms_of(k))
    if not one or one != period:
        return
    for c in claims:
        if not c.get("qualifier") and not c.get("said_by") and c["attribute"] in _PERIOD_RESULTS \
                and not str(c["quote"]).startswith("|") and not _TIMED.search(str(c["quote"])) \
                and not qualifier_of(str(c["quote"]), date, terms_of(k)):
            c["qualifier"] = period


# results a period's report states, each of that period
_PERIOD_RESULTS = frozenset({"revenue", "net sales", "net profit", "profit", "operating profit", "operating loss", "net loss",
                             "gross profit", "pre-tax profit", "EBITDA", "earnings per share", "free cash flow",
                             "net interest income", "units shipped", "market share"})
# a word of time of any kind
_TIMED = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|(?<![\w-])(?:years?|annual(?:ly)?|quarters?|quarterly|half|months?|weeks?|ago|"
                    r"earlier|previous|prior|last|fiscal|full-year|año|anual|trimestre|semestre|mes|anno|annuo|mese|Jahr(?:es)?|"
                    r"Quartal[s]?|Halbjahr(?:es)?|Monat|année|annuel|mois|ano|mês|jaar|kwartaal)(?![\w-])|前年|去年|上年|同期|年度|季度|"
                    r"半年|四半期|通期|年間|분기|연간|전년", re.I)


_MINUS_BEFORE = re.compile(r"(?<![\w.,])[-−–]\s?(?:US\$|[$€£¥]|(?-i:[A-Z]{3})\s?)?$")


def _minus_before(c: dict) -> bool:
    """"an operating result of -2.5 billion kronor": a sum written with a minus sign, which the value read without
    it would turn into its opposite."""
    if not isinstance(c["value"], (int, float)) or c["attribute"].rsplit(" ", 1)[-1] in ("drop", "decline", "loss", "fall", "cut", "decrease"):
        return False   # ("l'action cotait 41,72 dollars (-9,78%)": a fall its name says, written with its sign)
    spans = value_spans(str(c["quote"]), c["value"])
    return bool(spans) and all(_MINUS_BEFORE.search(str(c["quote"]), max(0, a - 8), a) for a, _ in spans)


def _one_value_per_reading(claims: list[dict]) -> list[dict]:
    """Two values one sentence gives the same subject and attribute, with nothing (a qualifier, a speaker) to
    tell them apart ("rose more than 4% … then more than 8%"), leave a reader unable to say which holds: neither
    is kept. Table rows and lists of dated events are not sentences of that kind."""
    # (one value read twice, once with its qualifier and once without: "700 million weekly active users")
    qualified = {(c["quote"], c["subject"], c["attribute"], V.value_key(c["value"]), c.get("said_by")) for c in claims if c.get("qualifier")}
    claims = [c for c in claims if c.get("qualifier")
              or (c["quote"], c["subject"], c["attribute"], V.value_key(c["value"]), c.get("said_by")) not in qualified]
    groups: dict[tuple, set] = {}
    for c in claims:
        if not str(c["quote"]).startswith("|"):
            # (a sum in two currencies is not two readings: "will retail for $700 and 800 euros")
            key = (c["quote"], c["subject"], c["attribute"], c.get("qualifier"), c.get("said_by"), c.get("unit"))
            groups.setdefault(key, set()).add(V.value_key(c["value"]))
    return [c for c in claims if str(c["quote"]).startswith("|")
            or len(groups[(c["quote"], c["subject"], c["attribute"], c.get("qualifier"), c.get("said_by"), c.get("unit"))]) == 1]


def _member_sizes(claims: list[dict]) -> None:
    """A family's parameter count that is one of the sizes the page lists for it ("sizes 8B, 70B", then "with a
    mere 70 billion parameters, Llama 3 …") is that member's: "Llama 3 70B"."""
    sizes = {c["subject"]: {x.strip().upper(): x.strip() for x in str(c["value"]).split(",")}
             for c in claims if c["attribute"] == "sizes" and "," in str(c["value"])}
    for c in claims:
        if c["attribute"] != "parameters" or c["subject"] not in sizes or not isinstance(c["value"], (int, float)):
            continue
        size = V.short_size(c["value"])
        if size and size.upper() in sizes[c["subject"]]:
            c["subject"] = f"{c['subject']} {sizes[c['subject']][size.upper()]}"


def _set_currency(c: dict, code: str) -> None:
    """The claim's amount read in another currency, in its unit and in its reading sentence."""
    if c.get("text"):
        c["text"] = c["text"].replace(c["unit"], code)
    c["unit"] = code


def _yen_by_page(claims: list[dict], units: list[Unit]) -> None:
    """"¥" writes the yen and the yuan; a sentence that says neither takes the page's word for it
    (a page about a Japanese company that names Japan and never China or the yuan is in yen)."""
    if not any(c.get("unit") == "CNY" and "¥" in c["quote"] for c in claims):
        return
    page = " ".join(u.text for u in units)[:200_000]
    if V.YEN_CUES.search(page) and not V.YUAN_CUES.search(page):
        for c in claims:
            if c.get("unit") == "CNY" and "¥" in c["quote"] and not V.YUAN_CUES.search(c["quote"]):
                _set_currency(c, "JPY")


@lru_cache(maxsize=8)
def _dollar_markets(k: Knowledge) -> tuple:
    terms = k.terms or {}
    markets = tuple((code, _synonym_re(tuple(map(str, words)))) for code, words in (terms.get("dollar_markets") or {}).items() if words)
    us = terms.get("us_markets")
    return markets, _synonym_re(tuple(map(str, us))) if us else None


# a "$" written alone before its amount: not "US$", "A$", "C$", "NZ$", "HK$", "S$", "R$", "NT$"
_BARE_DOLLAR = re.compile(r"(?<![A-Za-z])\$\s?\d")
_BARE_CENTS = re.compile(r"\d\s?(?:cents?|¢)(?![\w-])")


def _dollars_by_page(claims: list[dict], units: list[Unit], k: Knowledge) -> None:
    """A bare "$" on a page about one country's market (an ASX or a TSX page) is that country's dollar, as
    its outlets write it; read as US dollars, every such figure would conflict with the right ones."""
    if not any(c.get("unit") == "USD" and "$" in c["quote"] for c in claims):
        return
    markets, us = _dollar_markets(k)
    page = " ".join(u.text for u in units)[:200_000]
    named = [(code, len(rx.findall(page))) for code, rx in markets]
    named = [(code, n) for code, n in named if n]
    us_n = len(us.findall(page)) if us is not None else 0
    if len(named) != 1 or named[0][1] < 2 or us_n >= named[0][1] or re.search(r"\bUS\$|\bU\.S\.\s?\$|\bUSD\b|\bUS dollars?\b", page):
        return
    code = named[0][0]
    for c in claims:
        if c.get("unit") == "USD" and (_BARE_DOLLAR.search(c["quote"]) or _BARE_CENTS.search(c["quote"])) and not re.search(r"\b(?:US|U\.S\.)\s?\$|\bUSD\b|dollars?", c["quote"]):
            _set_currency(c, code)


def _clauses(u: Unit) -> list[Unit]:
    """A long sentence whose clauses a semicolon joins is read (and quoted) clause by clause."""
    if u.kind != "sentence" or len(u.text) <= LONG_SENTENCE or "; " not in u.text:
        return [u]
    # (not inside brackets: "a €290m (£246m; $324m) fine" is one clause)
    cuts = [m.start() for m in re.finditer(r"; ", u.text) if u.text.count("(", 0, m.start()) <= u.text.count(")", 0, m.start())]
    parts = [x.strip() for x in (u.text[a:b].lstrip("; ") for a, b in zip([0, *cuts], [*cuts, len(u.text)])) if x.strip()]
    return [Unit("sentence", x, x, u.said_by, scope=u.scope) for x in parts]


def _scoped_claims(u: Unit, ctx: Context, subject: str) -> list[dict]:
    """A line that names no entity, under a label or heading that does, is about that entity."""
    saved = (ctx.primary_model, ctx.last_models, ctx.last_subject)
    ctx.primary_model, ctx.last_models, ctx.last_subject = subject, [subject], subject
    try:
        return _sentence_claims(u, ctx)
    finally:
        ctx.primary_model, ctx.last_models, ctx.last_subject = saved


def _standalone(units: list[Unit], models) -> frozenset[str]:
    """Point-release names whose one longer form the page sets apart as a tier of it ("the GPT-5.5
    Pro tier costs …"): the bare name is then the base model, not that tier."""
    text = "\n".join(u.text for u in units)
    out = set()
    for name in models:
        longer = [m for m in models if m.startswith(name + " ") and len(m.split()) == len(name.split()) + 1]
        if len(longer) == 1 and re.search(r"\d\.\d+$", name) \
                and re.search(re.escape(longer[0]) + r"\s+(?:tier|variant|edition|plan)s?\b", text, re.I):
            out.add(name)
    return frozenset(out)


def _canonical_subjects(claims: list[dict], models: set[str], standalone: frozenset[str] = frozenset()) -> None:
    """'Gemini 1.5' is 'Gemini 1.5 Pro' in an article that names only that 1.5 model. Only a
    point-release name stands for its one model: "GPT-4" and "Claude 3" are models or families of
    their own, never "GPT-4 Turbo" or "Claude 3 Opus". (The models include the tiers a page lists
    by their bare names: then a release has several.)"""
    for c in claims:
        if c.pop("exact", False):
            continue  # a table header names its column exactly
        if not re.search(r"\d\.\d+$", c["subject"]) or c["subject"] in standalone:
            continue
        longer = [m for m in models if m.startswith(c["subject"] + " ") and len(m.split()) == len(c["subject"].split()) + 1]
        if re.search(re.escape(c["subject"]) + r"(?:'s)? (?:family|models|series|lineup)\b", c["quote"]):
            continue  # "the Claude 3 family" is the family, not its one model the article names in full
        if len(longer) == 1:
            c["subject"] = longer[0]


def finish_claims(claims: list[dict], models: set[str] = frozenset(), siblings: set[str] = frozenset(),
                  standalone: frozenset[str] = frozenset()) -> list[dict]:
    _canonical_subjects(claims, set(models) | set(siblings), standalone)
    # one fact stated twice is kept once, in its first place, quoting the more direct sentence:
    # a table row, or a sentence that names its subject (a card's bare "128,000 tokens" does not),
    # then the shorter
    first: dict[tuple, dict] = {}

    def directness(c: dict) -> tuple[bool, int]:
        q = c["quote"]
        return not q.startswith("|") and c["subject"].lower() not in q.lower(), len(q)

    for c in claims:
        key = (c["subject"], c["attribute"], V.value_key(c["value"]), c.get("qualifier"), c.get("said_by"))
        if key not in first:
            first[key] = c
        elif directness(c) < directness(first[key]):
            first[key].update(quote=c["quote"], text=c["text"])
    ids: dict[str, int] = {}
    out = []
    for c in first.values():
        base = claim_slug(f"{c['subject']} {c['attribute']}")
        n = ids.get(base, 0) + 1
        ids[base] = n
        c = {"id": base if n == 1 else f"{base}-{n}", **{k: v for k, v in c.items() if v is not None}}
        out.append(c)
    return out
