"""Grounding: the last check every claim passes before it is emitted.

Each claim is read again against its quote (and the heading or label that scoped it): the value is
found in the quote, then the words around it decide whether the subject, attribute and speaker
hold. A claim is kept, corrected when the structure is unambiguous (the family member named next
to the value, a segment noun before the measure, a growth rate, a forecast cue), or dropped when
its subject or value is not grounded. Word lists live in `site_config/attributes.yml` `grounding:`.
"""

from __future__ import annotations

import calendar
import functools
import re
import weakref
from dataclasses import dataclass
from functools import lru_cache

from digest.config import Knowledge
from digest.extract import lexicon
from digest.extract import values as V
from digest.extract.entities import Mention, find_mentions
from digest.extract.language import detect_language
from digest.extract.names import COMPANY_AFTER, common_acronyms, proper_names
from digest.extract.propernames import DEVICE_TIERS
from digest.extract.quantity_shapes import PAID_PARTY as _PAID_PARTY
from digest.extract.quantities import (ASIDE as _ASIDE, CLOSED_ASIDE as _CLOSED_ASIDE, TRADING_TIMES, is_index, basis_of, CAUSE_WORDS, CONNECTIVE, CONVERSION_ASIDE, FROM_WORDS, RESPECTIVELY, ROUND_RECIPIENT, TO_WORDS, apposition_head, terms_of,
                                      words_in_apposition)
from digest.extract.roles import ROLE
from digest.extract.speakers import FORECAST as _FORECAST_WORDS, FUTURE_SUM, RELATIVE_ASIDE as _RELATIVE_ASIDE

_CONNECTIVE = re.compile(CONNECTIVE, re.I)

_NUM = re.compile(   # a letter of a script written without spaces may stand right before a number ("营收为467.43亿")
    r"(?:(?<![^\W\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]|[.,])|(?<=" + "|".join(V.ISO_CODES) + r"))(?P<num>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,])|\d+(?:[.,]\d+)*)\s*(?:\((?:[A-Z]{3}|US\$|\$)\s?\d[\d.,]*\)\s*)?(?:-\s*)?"
    r"(?P<mag>trillion|billion|million|thousand|billones|mil millones|millones|milliards?|millions?|"
    r"milliarden?|millionen|miliardi|milioni|millioner|milliarder|miljoner|miljarder|mili[aá]rd\w*|mili[oó]n\w*|bili[oó]n\w*|"
    r"mln|mld|mrd\.?|mio\.?|bilh\w*|milh\w*|mila(?!\w)|mil(?!\w)|tausend|duizend|bn|mn|[亿億억万萬만兆조]|[KMBT](?![\w]))?", re.I)
_WORD_AMOUNT = re.compile(rf"(?<![\w-])(?P<w>{V.WORDNUM}|{V.INTL_WORDNUM})\s+(?P<mag>trillion|billion|million|thousand|billones|"
                          r"mil millones|millones|milliards?|millions?|milliarden?|millionen|miliardi|milioni|bilh\w*|milh\w*)\b", re.I)
_MAG = {"thousand": 1e3, "k": 1e3, "million": 1e6, "millions": 1e6, "millones": 1e6, "millionen": 1e6, "mio": 1e6,
        "mn": 1e6, "m": 1e6, "milh": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9, "mil millones": 1e9, "milliard": 1e9,
        "milliards": 1e9, "milliarde": 1e9, "milliarden": 1e9, "mrd": 1e9, "bilh": 1e9, "trillion": 1e12,
        "t": 1e12, "billones": 1e12, "miliardi": 1e9, "milioni": 1e6, "milion": 1e6, "miliard": 1e9,
        "millioner": 1e6, "milliarder": 1e9, "miljoner": 1e6, "miljarder": 1e9, "mln": 1e6, "mld": 1e9,
        "miliardy": 1e9, "miliardów": 1e9, "miliárd": 1e9, "miliarda": 1e9, "milióna": 1e6, "miliónov": 1e6, "milióny": 1e6,
        "miliony": 1e6, "milionów": 1e6, "bilióna": 1e12, "bilióny": 1e12,
        "mil": 1e3, "mila": 1e3, "tausend": 1e3, "duizend": 1e3,
        "亿": 1e8, "億": 1e8, "억": 1e8, "万": 1e4, "萬": 1e4, "만": 1e4, "兆": 1e12, "조": 1e12}
_CLAUSE_BREAK = re.compile(r"[;:。！？；]|\s(?:[—–]|--)\s|\.\s")
_VERB_AFTER = re.compile(r"^(?:,\s*(?:which|who)\s+)?(?:\s*(?:has|have|had|is|was|will|would|also|just|then|now|recently))*\s+"
                         r"(?:[a-z]+ed|[a-z]+s|raised|secured|took|won|got|made|built)\b")
_POSSESSIVE = re.compile(r"^['’]s?\b")
# a name that compiled figures (estimates, a survey): "LSEG가 집계한", "LSEGがまとめた", "LSEG统计的"
_COMPILED_BY = re.compile(r"\s?(?:가|이)\s?(?:집계한|조사한|추정한)|\s?(?:が|の)\s?(?:まとめた|集計した|調べた)|\s?(?:统计|統計|汇总|彙總)的?")
# a sentence that opens with a condition: what its main clause states holds only if it does
_OPENING_CONDITION = re.compile(r"\W*(?:if|unless|wenn|falls|sofern|qualora|(?:si|se)(?=\s+(?:le|la|les|l['’]|il|elle|ils|elles|on|nous|"
                                r"vous|un|une|des|el|los|las|o|os|as|no|ne|(?-i:[A-Z]))\b)"
                                # ("Should the company fail to comply, it faces …": the condition by its inverted verb)
                                r"|should(?=\s+(?:the|it|they|he|she|this|that|(?-i:[A-Z]))\b))\s", re.I)
# a company's spending, as the nouns name it (a verb "costs" or "kostet" prices a thing)
_COST_WORD = re.compile(r"(?<![\w-])(?:costs|cost of|expenses|spending|spent|spend|Kosten|Ausgaben|coûts|dépenses|costes|gastos|custos|"
                        r"despesas|costi|spese|kosten|uitgaven)(?![\w-])", re.I)
# a day an announcement was made, of what the clause after it says: "announced on 13 May 2024 that …"
_ANNOUNCED_THAT = re.compile(r"\b(?:announced|said|stated|confirmed|revealed|declared)\s+(?:on\s+|in\s+)?[^,;.]{3,25}?\s+that\b", re.I)
# a proper name and the relative clause that hangs on it: "Meta Quest 3, which costs", "Acme Corp., die … kostet"
_RELATIVE_NAME = re.compile(r"(?P<name>(?<![\w-])(?-i:[A-Z][\w.&+-]*)(?:\s+(?-i:[A-Z0-9][\w.&+-]*)){0,4}),\s+"
                            r"(?:which|who|that|que|qui|die|der|das|che|dat|die)\s+(?![^,;]*\b(?:it|its|the company|the firm)\b)", re.I)
# "$41.78 billion expected per LSEG estimates", "€2 billion, according to analysts' consensus"
# a forecast noun's own amount: "forecast of 6.59 trillion won", "Prognose von 3 Milliarden"
_OWN_AMOUNT = re.compile(r"[\w'’]*\s+(?:of|at|for|de|di|von|du|des|da|del|of about|of around)\s+(?:US\s?)?[$€£¥₩]?\s?\d")
# an amount, then the word that makes it an expectation: "contre 14,35 milliards de dollars attendus par les analystes"
_AMOUNT_EXPECTED = re.compile(r"\d[\d.,]*\s*(?:[^\s\d,;.]+\s+){0,3}?(?:attendus|attendu|attendue|attendues|expected|estimated|esperad[oa]s?|"
                              r"previst[oa]s?|erwartet(?:en)?|attes[io]|estimad[oa]s?)\b", re.I)
_ESTIMATES_AFTER = re.compile(r"[ \t]{0,3}(?:[\w$€£.,]+[ \t]{1,3}){0,2}?(?:(?:expected|estimated|forecast|projected)[ \t]{0,3})?(?:,[ \t]{0,3})?(?:per|by|according to|from|in)\s+"
                              r"(?:[A-Z][\w&.'’-]*\s+){0,3}(?:analysts['’]?\s+)?(?:estimates?|consensus|forecasts?|expectations)\b"
                              # "$18.02 billion vs. $17.46 billion estimated": the consensus a figure is set against
                              r"|[ \t]{0,3}(?:(?:billion|million|trillion|bn|mn|cents?|[BMK])[ \t]{1,3})?(?:estimated|expected|consensus)\b"
                              r"(?![ \t]+(?:to|at|by|for|that|in|on)\b)")
# "beating consensus by $0.56 billion", "topped estimates by $0.04": the margin of a beat, not a level
_MARGIN_BEFORE = re.compile(r"(?<![\w-])(?:beat\w*|top(?:s|ped|ping)?|miss(?:es|ed|ing)?|exceed\w*|surpass\w*)\s+(?:[\w'’-]+\s+){0,3}by\s+"
                            r"(?:(?:about|around|nearly|roughly|some)\s+)?(?:US\s?)?[$€£¥]?\s*$", re.I)
_FROM_START = re.compile(rf"(?<![\w-])(?:{FROM_WORDS})\s+(?:US\s?)?[$€£¥]?\s*$", re.I)
_TO_END = re.compile(rf"[^,;]{{0,40}}?\s(?:{TO_WORDS})\s+(?:(?:about|around|nearly|rund|etwa)\s+)?(?:US\s?)?[$€£¥]?\s?\d", re.I)
_ONE_SIZE = re.compile(r"(?<![\w-])(?:a|an|ein|eine|einem|einen|un|una|uno|um|uma)\s+(?:[\w-]+\s+){0,2}?\d[\d.,]*[\s-]*"
                       r"(?:billion|B|Milliarden|mil millones|miliardi|milliards|bilhões)[\s-]*(?:parameters?|Parameter|parámetros|"
                       r"paramètres|parametri|parâmetros)[\s-]*(?:model|Modell|modelo|modèle|modello)", re.I)
# a verb of cutting, then the amount "by" which: "cut costs by $10 billion", "réduire ses dépenses de 10 milliards"
_REDUCED_BY = re.compile(r"(?<![\w-])(?:reduc(?:e|es|ed|ing)|cut(?:s|ting)?|slash(?:es|ed|ing)?|trim(?:s|med|ming)?|lower(?:s|ed|ing)?|"
                         r"réduire|réduit|réduira|réduisant|baisser|reducir|reducirá|redujo|recortar|recortó|recortará|senken|senkt|kürzen|"
                         r"ridurre|riduce|ridurrà|reduzir|reduziu|reduzirá)\b[^.;]{0,90}?\s(?:by|de|d['’]|um|di|en|of)\s*"
                         r"(?:(?:about|around|nearly|more than|over|plus de|près de|environ|más de|casi|mehr als|rund|oltre|circa|mais de)\s+)?"
                         r"(?:US\s?)?[$€£¥]?\s*$", re.I)
_BASE_VALUE = re.compile(r"(?<![\w-])(?:(?:up|down)\s+from\s+(?:(?:about|around|nearly|roughly|some|just|only)\s+)?"
                         # "plunging from the net income of $1.5 billion it reported a year earlier": the base a change starts from
                         r"|(?:\w+ing|fell|rose|dropped|dipped|slid|swung|sank|jumped|climbed|grew|shrank)\s+from\s+(?:the|a|an|its|their)\s+"
                         r"(?:[\w-]+\s+){1,4}?(?:of\s+)?"
                         # "…, que compara com um lucro de 8,2 milhões no período homólogo", "contre un bénéfice de": the base
                         r"|(?:que\s+compara\s+com|compara\s+com|contre|frente\s+a|rispetto\s+a(?:i|l|lla)?|gegenüber)\s+"
                         r"(?:(?:um|uma|un|une|una|einem|einer|il|le|la|el|o|a)\s+)?(?:[\w-]+\s+){1,3}?(?:de|d['’]|di|von|do|da)\s*"
                         # "einen Umsatz von 11 Millionen Euro erzielt, nach 4 Millionen Euro im Jahr davor": the year before's
                         r"|(?<=,\s)nach\s+(?:(?:rund|etwa|knapp|gut)\s+)?"
                         # "ante lucro de R$ 12 milhões um ano antes", "rispetto ai 209 milioni dell'anno precedente": the base
                         r"|(?<![\w-])ante\s+(?:(?:um|uma|o|a|os|as)\s+)?(?:[\w-]+\s+){1,3}?(?:de|do|da)\s*"
                         r"|(?<![\w-])(?:rispetto\s+a(?:i|l|lla|gli|lle)|ante\s+(?:os|as|o|a)|frente\s+a\s+(?:los|las|el|la)|frente\s+aos?|"
                         r"contre\s+(?:les|le|la)|gegenüber\s+(?:den|dem))\s+(?:(?:rund|etwa|environ|cerca\s+de|circa|unos|unas)\s+)?"
                         # "cut its dividend to 10 cents a share from 25 cents": the level before the change
                         r"|\bto\s+(?:US\s?)?[$€£¥]?\s*\d[\d.,]*\s*(?:[\w%]+\s+){0,4}?from\s+"
                         # "would more than quadruple Orrin's valuation from $9.5 billion": the level multiplied
                         r"|\b(?:doubl|tripl|quadrupl|halv)\w*\s+(?:[\w'’-]+\s+){0,4}?from\s+(?:(?:about|around|roughly|some|nearly)\s+)?)"
                         r"(?:US\s?|R)?[$€£¥]?\s*$", re.I)
# a figure another is compared with: "43% cheaper than the $65,900 starting price", "higher than its $2 billion",
# "günstiger als der …", "moins cher que le …" (a bare "more than 5" is a bound, kept elsewhere)
_COMPARED_WITH = re.compile(
    r"(?<![\w-])(?:(?:more|less|greater|fewer|[a-z]{2,}(?:er|ier))\s+than\s+(?:the|its|their|his|her|a|an)|"
    r"(?!(?:more|less|greater|fewer|other|rather|never|over|under|after|later|earlier|sooner|either|neither|whether)\b)[a-z]{2,}(?:er|ier)\s+than|"
    r"(?!(?:mehr|weniger|später|früher|anderer)\b)[a-zäöüß]{3,}er\s+als\s+(?:der|die|den|dem|das|die\s+\w+n)?|"
    r"(?:plus|moins|más|menos|mais)\s+(?:\w+\s+)?(?:que|qu['’]|do que)\s*(?:le|la|les|l['’]|el|los|las|o|a|os|as)?)"
    r"\s*(?:US\s?)?[$€£¥]?\s*$", re.I)
# points of a percentage after an amount: a change or a gap, never a level ("by 2 percentage points", "um 0,25 Prozentpunkte")
_POINTS_AFTER = re.compile(r"\s*(?:%\s*)?(?:percentage points?|percent(?:age)? pts?|pp\b|ppts?\b|Prozentpunkte?n?|points? de pourcentage|"
                           r"puntos? porcentuales?|pontos? percentuais?|punti percentuali|procentpunten?|basis points?|bps\b|Basispunkte?n?)", re.I)
# a value set by the stock market, not by investors in a round
# (not "va entrer en Bourse avec une valorisation de …", "salir a bolsa": a listing, whose valuation is the offer's)
_ON_THE_MARKET = re.compile(r"(?<![\w-])(?:on the stock market|by the stock market|am Aktienmarkt|an der Börse|par la Bourse|par les marchés)(?![\w-])", re.I)
# sums that measure a whole company or deal: never a few thousand dollars
# a price's noun right before its sum: "its IPO price of $6.5 billion", "un precio de salida de"
_PRICE_NOUN_BEFORE = re.compile(r"(?<![\w-])(?:price|prix|precio|preço|Preis|prezzo|Ausgabepreis|Emissionspreis)\s+(?:of|de|von|di|du)?\s*"
                                r"(?:about|around|roughly|nearly|alrededor de|unos|environ|rund|etwa|cerca de)?\s*(?:US\s?)?[$€£¥]?\s*$", re.I)


@lru_cache(maxsize=8)
def _level_worth(k: Knowledge) -> tuple[tuple[re.Pattern, str], ...]:
    """A level's own noun right before "worth" or "valued at" ("debts worth", "assets valued at"), for the
    levels that are not a company's worth themselves: (pattern, the level's name)."""
    t, g = k.terms or {}, k.grounding or {}
    levels = set(t.get("levels") or ()) - _OWN_WORTH
    extra = g.get("level_worth_nouns") or {}
    return tuple((re.compile(rf"(?<![\w-])(?:{_alt([*words, *(extra.get(name) or ())])})\s+(?:(?:{_alt(g.get('copulas'))})\s+)?"
                             rf"(?:worth|{_alt(g.get('valued_at'))})\s+"
                             rf"(?:(?:about|around|nearly|some|up to|more than|over)\s+)?(?:US\s?)?[$€£]?\s*$", re.I), name)
                 for name, words in (t.get("measures") or {}).items() if name in levels and words)


@lru_cache(maxsize=8)
def _worth_leads(k: Knowledge) -> frozenset[str]:
    """The words before "worth" that leave the worth a company's: its nouns and referents, pronouns, grammar's
    function words, the copula, auxiliaries and adverbs before a verb, and a few more (`_WORTH_LEADS`)."""
    g, roles = lexicon.grammar(k), k.grammar or {}
    said = {str(w).lower() for role in ("copula", "auxiliaries", "verb_adverbs") for w in roles.get(role) or ()}
    return frozenset(g.company | g.pronouns | g.stop | said | _WORTH_LEADS)


@lru_cache(maxsize=8)
def _portion_after(k: Knowledge) -> dict[str, re.Pattern]:
    """A level's noun after an amount, in the form that names some of it ("refinance $5 billion of debt",
    "took on $3 billion in new debt"), not the whole ("$300 billion in debts", "en pasivos totales")."""
    g = k.grounding or {}
    return {name: re.compile(rf"\s*(?:[\w'’]+\s+){{0,3}}?(?:{_alt(words)})(?![\w-])", re.I)
            for name, words in (g.get("portion_after") or {}).items() if words}


@lru_cache(maxsize=8)
def _portion_verbs(k: Knowledge) -> dict[str, re.Pattern]:
    """Verbs that move some of a level rather than state it: "issued debt of $1 billion", "emitió deuda por"."""
    g = k.grounding or {}
    return {name: re.compile(rf"(?<![\w-])(?:{_alt(words)})(?![\w-])", re.I)
            for name, words in (g.get("portion_verbs") or {}).items() if words}


_OWN_WORTH = frozenset({"valuation", "market value", "net worth", "share price"})


# a sentence that opens on a subject pronoun of a thing or a company ("It", "Il", "Elle", "Er", "Es", "Ella")
_PRONOUN_OPENER = re.compile(r"\W*(?:It|Il|Elle|Er|Es|Ella|Ele|Ela|Esso|Essa|Het)\s")


def _whole_sum(value) -> bool:
    """A sum of millions or more: a company's or a deal's, never one share's price."""
    m = re.search(r"\d+(?:\.\d+)?", str(value))
    return bool(m) and float(m.group()) >= 1e6


_CHANGE_WORDS = frozenset({"gain", "rise", "drop", "loss", "growth", "decline", "cut", "increase", "decrease"})
_WHOLE_SUMS = frozenset({"market value", "valuation", "revenue", "total assets", "total deposits", "funding", "IPO proceeds", "net worth",
                         "deal price", "deal value", "market value loss", "market value gain", "total funding", "pre-money valuation"})
_VAGUE = re.compile(rf"(?<![\w-])(?:some|{V.VAGUE_WORDS})\s+"
                    r"(?:hundred|thousand|million|billion|Millionen|Milliarden|millions|milliards|millones|milhões|milioni)", re.I)
# a headcount is had or employed: "has 3,000 employees", "employs 500", "a workforce of 1,200", "60 empleados"
_HEADCOUNT = re.compile(r"(?<![\w-])(?:has|have|had|employs|employed|employing|workforce of|staff of|headcount of|team of|"
                        r"tiene|emplea|cuenta con|compte|emploie|beschäftigt|hat|tem|emprega|conta com|impiega|conta|"
                        r"tenía|empleaba|contaba con|avait|comptait|employait|hatte|beschäftigte|tinha|empregava|contava com|aveva|impiegava|contava)(?![\w-])", re.I)
# "working with Nvidia and CoreWeave": partners named after "with", one or two of them
_PARTNER = re.compile(r"(?<![\w-])(?:working|work|works|partnered|partnering|partnership|teamed up|together)\s+with\s+(?:the\s+)?"
                      r"(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?\s+(?:and|&)\s+)?$")
# "According to an SEC filing, …": the name of a source document, not of the figure's owner
_SOURCE_DOC = re.compile(r"(?<![\w-])according to\s+(?:an?|the)\s+$", re.I)
# a sentence opening with a possessive determiner: its owner is named in the sentence before
_POSSESSIVE_OPENER = re.compile(r"\W*(?:Its|Their|Su|Sus|Son|Sa|Ses|Leur|Leurs|Sein|Seine|Seinen|Ihr|Ihre|Ihren|Seu|Sua|Seus|Suas|Il suo|La sua)\s")


# a company's own forecast, named by its possessive ("raising its guidance", "its outlook")
_OWN_GUIDANCE = re.compile(r"(?<![\w-])(?:its|their|['’]s)\s+(?:\w+\s+)?(?:guidance|outlook|forecast|prévisions|previsiones|previsioni|Prognose)\b", re.I)


@dataclass(frozen=True)
class Rules:
    """The `grounding:` word lists, compiled once per knowledge."""

    share_words: re.Pattern
    growth_measures: dict[str, re.Pattern]
    whole: re.Pattern
    segment_nouns: re.Pattern
    premodified: re.Pattern
    per_share: re.Pattern
    forecast: re.Pattern
    reported: re.Pattern
    partial: re.Pattern
    other_things: re.Pattern
    money_nouns: dict[str, re.Pattern]
    speech: re.Pattern
    indefinite: re.Pattern
    definite: re.Pattern
    article_openers: tuple
    outlet_heads: frozenset
    ordinal: re.Pattern
    owner_after: tuple
    referent: re.Pattern
    object_before: re.Pattern
    function_words: frozenset
    spec_families: frozenset
    company_measure: re.Pattern
    savings: re.Pattern
    futures: re.Pattern
    combined: re.Pattern
    saving_after: re.Pattern
    person_measure: re.Pattern
    company_only: re.Pattern
    money_attributes: frozenset
    # languages.yml's person roles, "told" and "maker of" words: a name that is not the actor
    role_after: re.Pattern = None
    role_of: re.Pattern = None
    told: re.Pattern = None
    maker_of: re.Pattern = None
    # "Nvidia claims that …" right after a name: it reports the clause that follows
    says_that: re.Pattern = None
    # "…, a few years after it was founded": a clause dated relative to another event
    temporal: re.Pattern = None
    pronoun: re.Pattern = None
    speech_verb: re.Pattern = None
    sides: dict = None
    things_before: re.Pattern = None
    money_before: dict = None
    condition_after: re.Pattern = None
    condition_phrase: re.Pattern = None   # a conditional phrase of several words, comma or not
    counterfactual: re.Pattern | None = None   # "could have", "poderia ter": what would have been
    approx_before: re.Pattern = None
    product_ref: re.Pattern = None
    report_cue: re.Pattern = None
    estimated: re.Pattern = None
    worth_of: re.Pattern = None
    deal_worth: re.Pattern = None
    worth_noun_after: re.Pattern = None   # "Der Auftrag ist 300 Millionen Euro wert": a thing, then the worth after the amount
    worth_after: re.Pattern = None
    change_before: re.Pattern = None
    more_before: re.Pattern = None
    governs_more: re.Pattern | None = None
    whose: re.Pattern = None
    active_after: re.Pattern = None
    class_with: re.Pattern = None
    later: re.Pattern = None
    article_name: re.Pattern = None
    active_before: re.Pattern = None
    # "valuing the startup at", "valorisant l'entreprise à": a valuing verb, its object, the amount's preposition
    valuing_object: re.Pattern = None
    estimate_then_amount: re.Pattern | None = None   # "analyst targets for $15.04 billion"
    estimate_before: re.Pattern | None = None        # the same, ending where the amount starts
    member_cue: re.Pattern | None = None      # "including", "darunter" right before a name: one member of a whole
    round_agent: re.Pattern | None = None     # "led by", "angeführt von" right before a name: a round's investor
    set_against_after: re.Pattern | None = None   # ", matching the forecast of analysts" after a figure: the one reported
    set_against_before: re.Pattern | None = None  # "beating the " right before a figure …
    estimate_after: re.Pattern | None = None      # … and " forecast" right after it: the estimate it was set against
    verbs_after_name: frozenset = frozenset()     # "Nvidia had revenue": a verb, no part's name, after a bare name
    decided: frozenset = frozenset()   # amounts a decision or an agreement sets (a fine, a settlement)
    analysts_expect: re.Pattern | None = None   # "analysts had expected …", "los analistas habían estimado …"
    analyst_word: re.Pattern | None = None      # "analysts", "analistas", "分析师"
    funding_target: re.Pattern | None = None    # "is targeting funding of": a round sought
    seeking: re.Pattern | None = None   # "is seeking", "réclame": damages asked of a court, not awarded
    investors: re.Pattern | None = None   # "Investors were required to put in …": investors in general
    leads: re.Pattern | None = None             # a subject's verb of leading a round ("is leading a", "führt … an")


# a time an amount is paid for: "$20 per month", "$2/day", "20 € al mese", "9,99 Euro pro Monat"
_RATE_UNITS = {"day": ("day", "jour", "día", "dia", "Tag", "giorno", "dag"),
               "week": ("week", "semaine", "semana", "Woche", "settimana"),
               "month": ("month", "mo", "mois", "mes", "mês", "Monat", "mese", "maand"),
               "year": ("year", "yr", "an", "année", "año", "Jahr", "anno", "ano", "jaar"),
               "hour": ("hour", "hr", "heure", "hora", "Stunde", "ora"),
               # (a metered service: "$0.06 per minute of audio input")
               "minute": ("minute", "min", "minuto", "Minute")}
_RATE_UNIT_OF = {w.lower(): unit for unit, ws in _RATE_UNITS.items() for w in ws}
_RATE_AFTER = re.compile(r"\s*(?:/\s*|(?:per|a|an|each|par|por|al|pro|im|ao)\s+)(?P<unit>" + "|".join(map(re.escape, sorted(_RATE_UNIT_OF, key=len, reverse=True)))
                         + r")(?![\w-])(?!\s+(?:ago|earlier|before|later|prior|after|from|since)\b)", re.I)

_SAMPLE_BEFORE = re.compile(r"(?<![\w-])(?:samples?|muestras?|échantillons?|Stichproben?|campioni?|amostras?|steekproef)(?![\w-])", re.I)
_DATA_OF_BEFORE = re.compile(r"(?<![\w-])(?:data|datos|données|Daten|dati|dados|gegevens|information|informations|informationen|"
                             r"informaciones|informazioni|informações|records|registros|profiles|perfiles|profils)\s+"
                             r"(?:(?:of|on|about|from|de|des|du|von|über|di|dei|degli|sur|sobre|van)\s)", re.I)

# a modal of obligation right before a verb of paying: "devrait payer", "deberá pagar", "muss … zahlen", "must pay"
_OBLIGATION = re.compile(r"(?<![\w-])(?:devrait|devra|doit|deberá|debería|debe|dovrà|dovrebbe|deve|deverá|deveria|muss|müsste|must|"
                         r"should|has to|have to|will have to)(?=\s+(?:\w+\s+){0,2}?(?:payer|verser|pagar|pagare|zahlen|bezahlen|pay|betalen)\b)",
                         re.I)

# results a company may state on an accounting basis
_RESULT_MEASURES = frozenset({"earnings per share", "gross margin", "operating margin", "net margin", "net profit", "operating profit",
                              "profit", "net loss", "operating loss", "EBITDA", "pre-tax profit", "gross profit"})

# tier words after a product's name that name a model of it ("iPhone 16 Pro Max", "Galaxy S25 Ultra")
TIER_TAIL = re.compile(rf"(?:\s+(?:{'|'.join(DEVICE_TIERS)}))+$")

# measures that are the price of one share: a price "per share" after them is their own, and their amount is
# never a company's ("priced its IPO shares at $90 to $95, but it raised …")
# a restrictive relative clause on an index, up to a value: "un Ibex 35 que avanzó un ", "num PSI que avançava "
_RELATIVE_OF_INDEX = re.compile(r"(?:[\s-]+\d{1,3})?\s+(?:que|qui|che|which|that|der|die|das|dat|den)\s+[^,;.()]{0,40}?$", re.I)
_FAILURE_CONDITION = re.compile(r"(?<![\w-])(?:if|unless)\s+(?:it|they|he|she|the\s+[\w-]+|(?-i:[A-Z])[\w-]*)\s+"
                                r"(?:fails?|does(?:n't| not)|do(?:n't| not)|cannot|can't|misses|breaches|violates|refuses)\b", re.I)
_OF_A_DEAL = frozenset({"deal value", "deal price"})
PRICES_OF_A_SHARE = frozenset({"IPO price", "share price", "deal price per share", "price target"})

# an object that refers back to the sentence's company ("it", "the firm", "la startup")
_COMPANY_OBJECT = re.compile(r"(?:it|itself|them|(?:the|la|le|l['’]|el|das|die|der|a|o|het|de)\s*(?:[\w-]+\s+)?"
                             r"(?:company|firm|startup|start-up|lab|group|business|entreprise|société|empresa|compañía|Unternehmen|"
                             r"Firma|società|azienda|bedrijf))\b", re.I)


# what may stand between a word and the amount it introduces: a currency ("US$", "€") and spaces
_AMOUNT_NEXT = r"(?:US\s?)?[$€£]?\s*$"
# a currency's sign or code glued to an amount, with its country's letters ("S$", "C$", "US$", "SEK2.4m", "R 92")
_SIGN_BEFORE = r"(?:(?-i:[A-Z]{0,3})[$€£¥]|(?-i:[A-Z]{1,3})\s?)?"
# a price in an acquisition or a sale ("was acquired by X for about $1.3 billion", "adquirida por X por 1.300 millones")
# "una valoración a X en 33.000 millones", "a valuation to X of $33 billion": the name valued stands between
_VALUATION_TO = re.compile(r"(?:valuation|valoración|valorisation|Bewertung|valutazione|avaliação|valorização)\s+(?:to|a|à|an|al|ao)\s+"
                           r"(?P<who>(?-i:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}))\s+(?:en|at|de|à|of|von|di|em|in)\s+(?:US\s?)?\S{0,4}$", re.I)
_PRICE_BEFORE = re.compile(r"\b(?:acquir\w*|bought|buys?|buying|purchas\w*|sold|sells?|selling|takeover|adquiri\w*|compr[aó]\w*|"
                           r"rachet\w*|acquis\w*|übernimmt|übernommen|kauft\w*|gekauft|acquist\w*)\b[^.;]{0,80}?"
                           r"\b(?:for|por|pour|für|per)\s+(?:(?:about|around|nearly|roughly|some|approximately|over|more than|"
                           r"unos|environ|rund|etwa|circa)\s+)?(?:US\s?)?[$€£]?\s*$", re.I)
# a product named by a model family's name and a product noun ("the Gemini app", "the ChatGPT assistant")
_APP_BEFORE = re.compile(r"\b[A-Z][\w.-]*\s+(app|apps|application|assistant|chatbot|platform|service|website|browser)\b"
                         r"(?:\s*,\s*(?:which|that|who)\b)?[^.;]{0,60}$")
_PRECISION = re.compile(r"\b(?:FP64|FP32|TF32|FP16|BF16|FP8|FP6|FP4|INT8|INT4|MXFP[468])\b", re.I)


_SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "they", "he", "she"})

@lru_cache(maxsize=8)
def _made_nouns(k: Knowledge) -> str:
    """The nouns that name a made thing after its name: a device (`product_nouns`), a model (`model_words`), or
    another made thing (`grounding.made_nouns`)."""
    g = k.grammar or {}
    return _alt([*(g.get("product_nouns") or ()), *(g.get("model_words") or ()), *((k.grounding or {}).get("made_nouns") or ())])


@lru_cache(maxsize=8)
def _relative_clause(k: Knowledge) -> re.Pattern | None:
    """A relative clause closed by commas: ", which refers to early investment,"."""
    rel = (k.grammar or {}).get("relative") or ()
    return re.compile(rf",\s+(?:{_alt(rel)})\s[^,;]*,") if rel else None


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted((str(w) for w in words or ()), key=len, reverse=True)) or r"(?!x)x"


def _words(words) -> re.Pattern:
    """Any of `words` as whole words; a word of a script written without spaces ("预计", "見通し") needs no boundary."""
    words = [str(w) for w in words or ()]
    spaced = [w for w in words if not lexicon.UNSPACED.search(w)]
    unspaced = [w for w in words if lexicon.UNSPACED.search(w)]
    parts = [rf"(?<![\w-])(?:{_alt(spaced)})(?![\w-])"] + ([f"(?:{_alt(unspaced)})"] if unspaced else [])
    return re.compile("|".join(parts), re.I)


_RULES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def rules_of(k: Knowledge) -> Rules:
    if k in _RULES:
        return _RULES[k]
    g = k.grounding or {}
    shares = ((k.terms or {}).get("measures") or {}).get("share price") or ["shares", "stock"]
    grammar_words = {w.lower() for role in ("prepositions", "articles") for w in k.grammar.get(role) or ()}
    roles = _alt(k.grammar.get("person_roles"))
    # a speech or reporting verb right after a name, in any language ("claims", "dijo", "erklärte")
    speech = (rf"[ \t]{{0,3}}(?:,[ \t]{{0,3}})?(?:(?:has|have|had|also)\s+)*"
              rf"(?:{_alt([*(g.get('speech') or ()), *(g.get('reporting') or ()), *k.grammar.get('said', ())])})(?![\w-])")
    r = Rules(
        share_words=_words(shares),
        growth_measures={name: _words(ws) for name, ws in (g.get("growth_measures") or {}).items()},
        whole=_words(g.get("whole") or []),
        segment_nouns=_words(g.get("segment_nouns") or []),
        premodified=_words(g.get("premodified_measures") or []),
        per_share=_words(g.get("per_share") or []),
        forecast=_words(g.get("forecast") or []),
        reported=_words(g.get("reported") or []),
        partial=re.compile(rf"(?<![\w-])(?:{_alt(g.get('partial'))})\s+(?:of\s+)?(?:the\s+)?(?:up to\s+)?[$€£]?\s*$", re.I),
        # (not a sum counted with debt: "values Brightwater at $9.8 billion including debt")
        other_things=re.compile(rf"^\s*(?:(?!(?:including|excluding|plus|with|net|sans|inklusive|einschließlich|incluida|incluyendo|compresa|"
                                rf"compreso|incluindo)\s)[\w-]+\s+){{0,1}}?(?:{_alt(g.get('other_things'))})\b", re.I),
        # at most two words between, no preposition but "in" ("$74 million at a valuation of …" is no
        # valuation; "$6.6 billion in funding" is funding)
        money_nouns={name: re.compile(rf"^\s*(?:(?!(?:at|of|for|with|a|an|the|and|to|from|by|on)\b)[\w-]+\s+){{0,2}}?(?:{_alt(ws)})\b", re.I)
                     for name, ws in (g.get("money_nouns") or {}).items()},
        referent=re.compile(rf"(?<![\w-])(?:{_alt(g.get('referents'))})(?![\w-])", re.I),
        object_before=re.compile(rf"(?<![\w-])(?:{_alt(g.get('object_prepositions'))})\s+(?:the\s+|a\s+|an\s+)?$", re.I),
        owner_after=tuple(str(w) for w in g.get("owner_after") or ()),
        ordinal=re.compile(rf"^\W*\w+\s+(?:{_alt(g.get('ordinals'))})\b", re.I),
        definite=re.compile(rf"^\W*(?:{_alt(g.get('definite'))})\b"),
        outlet_heads=frozenset(str(w) for w in k.grammar.get("outlet_heads") or ()),
        article_openers=tuple(sorted({"The"} | {str(w).capitalize() for w in k.grammar.get("articles") or () if str(w).isalpha()})),
        indefinite=re.compile(rf"^\W*(?:{_alt(g.get('indefinite'))})\s", re.I),
        speech=re.compile(rf"^\s*(?:{_alt(g.get('speech'))})\b", re.I),
        function_words=frozenset(str(w).lower() for w in g.get("function_words") or ()) | grammar_words,
        spec_families=frozenset(g.get("spec_families") or ()),
        saving_after=re.compile(rf"\s*(?:[\w'’-]+\s+){{0,4}}?(?:{_alt(g.get('saving_verbs') or ['(?!x)x'])})(?![\w-])", re.I),
        savings=re.compile(rf"(?<![\w-])(?:{_alt(g.get('savings_words') or ['(?!x)x'])})(?![\w-])", re.I),
        futures=re.compile(rf"(?<![\w-])(?:{_alt(g.get('futures_words') or ['(?!x)x'])})(?![\w-])", re.I),
        # (not "together with": "L'annuncio è arrivato insieme ai conti del 2025" puts two things side by side)
        combined=re.compile(rf"(?<![\w-])(?:{_alt(g.get('combined_words') or ['(?!x)x'])})(?![\w-])"
                            r"(?!\s+(?:with|a|ai|al|alla|alle|agli|allo|mit|con|com|avec|à|met|med|z|ze)\b)", re.I),
        company_only=re.compile(rf"(?<![\w-])(?:{_alt(g.get('company_only_measures') or ['(?!x)x'])})(?![\w-])", re.I),
        person_measure=re.compile(rf"(?<![\w-])(?:{_alt(g.get('person_measures') or ['(?!x)x'])})(?![\w-])", re.I),
        company_measure=re.compile(rf"(?<![\w-])(?:{_alt(g.get('company_measures') or ['(?!x)x'])})(?![\w-])", re.I),
        money_attributes=frozenset((g.get("money_nouns") or {}).keys()),
        role_after=re.compile(rf"\s+(?:{roles})\b", re.I),
        role_of=re.compile(rf"\b(?:{roles})\s+(?:of|at|de|da|do|du|von|bei|di)\s+(?:the\s+|la\s+|le\s+)?$", re.I),
        told=re.compile(rf"(?<![\w-])(?:{_alt(k.grammar.get('told'))})\s+$", re.I),
        maker_of=re.compile(rf"(?<![\w-])(?:{_alt(k.grammar.get('maker_of'))})\s+(?:the\s+)?$", re.I),
        says_that=re.compile(speech + rf"(?:\s+[\w-]+){{0,4}}?(?:[ \t]{{0,3}},)?\s+(?:{_alt(k.grammar.get('complementizer'))})(?![\w-])\s*", re.I),
        report_cue=re.compile(rf"(?<![\w-])(?:{_alt([*k.grammar.get('reported', ()), *(g.get('reported') or ()), 'reportedly', 'sources', 'people familiar'])})(?![\w-])", re.I),
        product_ref=re.compile(rf"(?<![\w-])(?:{_alt(g.get('product_referents'))})(?![\w-])", re.I),
        estimated=re.compile(rf"(?<![\w-])(?:{_alt(w for w in g.get('estimated') or () if not lexicon.UNSPACED.search(str(w)))})\s+"
                             rf"(?:(?:more than|over|about|around|nearly|some|plus de|más de|mais de|mehr als|rund|près de|environ|casi|cerca de|quase|circa|knapp)\s+)?{_AMOUNT_NEXT}"
                             # "市场预期为462.3亿美元", "予想は": a script without spaces needs no boundary
                             rf"|(?:{_alt(w for w in g.get('estimated') or () if lexicon.UNSPACED.search(str(w)))})[^,，、。;；\d]{{0,12}}?[为為是的はが은는:：]?\s*{_AMOUNT_NEXT}", re.I),
        change_before=re.compile(rf"(?<![\w-])(?:{_alt(w for ws in ((k.terms or {}).get('changes') or {}).values() for w in ws)}|increase|growth)"
                                 rf"\s+(?:(?:of|by|de|um|di|par)\s+)?(?:(?:about|around|nearly|some|roughly|approximately|more than|over)\s+)?{_AMOUNT_NEXT}", re.I),
        worth_of=re.compile(rf"(?<![\w-])(?:{_alt(g.get('worth_of'))})\b[^;.]{{0,40}}\b(?:worth|{_alt(g.get('valued_at'))})\s+"
                            rf"(?:(?:about|around|nearly|some|up to|more than|over)\s+)?{_SIGN_BEFORE}\s*$", re.I),
        worth_noun_after=re.compile(rf"(?<![\w-])(?:{_alt(g.get('worth_of'))})\b[^;.,]{{0,60}}$", re.I) if g.get('worth_after') else None,
        # (from the value's span, which may end before its currency: "300 Millionen Euro wert")
        worth_after=re.compile(rf"[^,;.:\d]{{0,30}}?(?<![\w-])(?:{_alt(g.get('worth_after'))})\b", re.I) if g.get('worth_after') else None,
        deal_worth=re.compile(rf"(?<![\w-])(?:{_alt(g.get('deal_nouns'))})\b[^;.]{{0,40}}\b(?:worth|{_alt(g.get('valued_at'))})\s+"
                              rf"(?:(?:about|around|nearly|some|up to|more than|over)\s+)?[$€£]?\s*$", re.I),
        approx_before=re.compile(rf"(?<![\w-])(?:{_alt(k.grammar.get('approx'))})\s+{_AMOUNT_NEXT}", re.I),
        more_before=re.compile(rf"(?<![\w-])(?:{_alt(k.grammar.get('more_than'))})\s+{_AMOUNT_NEXT}", re.I),
        governs_more=re.compile(rf"(?<![\w-])(?:{_alt(k.grammar.get('governs_more_than'))})\s+$", re.I)
        if k.grammar.get("governs_more_than") else None,
        counterfactual=re.compile(rf"(?<![\w-])(?:{_alt(k.grammar.get('counterfactual') or ())})(?![\w-])", re.I)
        if k.grammar.get("counterfactual") else None,
        condition_phrase=re.compile(rf"(?<![\w-])(?:{_alt([w for w in k.grammar.get('conditional', ()) if ' ' in w])})(?![\w-])", re.I),
        condition_after=re.compile(rf",\s*(?:{_alt([w for w in k.grammar.get('conditional', ()) if w.lower() not in ('would', 'might', 'whether', 'se', 'caso')])})(?![\w-])", re.I),
        money_before={name: re.compile(rf"(?<![\w-])(?:{_alt(ws)})\s+(?:(?:about|around|nearly|some|unos|environ|rund|gut|quelque)\s+)?{_AMOUNT_NEXT}", re.I)
                      for name, ws in (g.get("money_nouns_before") or {}).items()},
        things_before=re.compile(rf"(?<![\w-])(?:{_alt(g.get('other_things_before'))})\s+(?:(?:of|de|do|da|du|von|über|di|worth|for|around|about|nearly)\s+){{1,2}}{_AMOUNT_NEXT}", re.I),
        article_name=re.compile(rf"(?<![\w-])(?:{_alt(g.get('name_articles'))}|{_alt(g.get('model_nouns'))})\s+"
                                rf"(?:(?:{_alt(g.get('model_nouns'))})\s+)?(?P<name>(?-i:[A-Z][a-z][\w-]*))(?![\w-])(?!\s+(?-i:[A-Z]))", re.I),
        later=re.compile(rf"(?<![\w-])(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+)\s+)?"
                         rf"(?:[\w-]+\s+)?(?P<w>{_alt(k.grammar.get('later'))})(?![\w-])", re.I),
        class_with=re.compile(rf"(?<![\w-])(?:{_alt(g.get('class_nouns'))})\s+(?:{_alt(g.get('class_with'))})\s+(?:[\w-]+\s+){{0,3}}?(?:US)?[$€£]?\s*$", re.I),
        active_after=_words(g.get("active_after") or ["active"]),
        active_before=re.compile(rf"(?<![\w-])(?:{_alt(g.get('active_before'))})\s+(?:(?:only|solo|sólo|apenas|seulement|nur|solo)\s+)?(?:(?!and\b|y\b|e\b|et\b|und\b)\w+\s+){{0,1}}$", re.I),
        whose=re.compile(rf"(?<![\w-])(?:{_alt(k.grammar.get('relative_possessive'))})(?![\w-])", re.I),
        valuing_object=re.compile(rf"(?<![\w-])(?:{_alt((k.terms or {}).get('valuing_verbs'))})\s+(?P<obj>(?:[^\s,;.]+\s+){{1,5}}?)"
                                  r"(?:at|à|a|en|em|mit|op|in)\s+(?:[~≈]|about|around|environ|rund|some|nearly|almost|près de|casi|"
                                  r"cerca de|quase|circa|quasi|unos|unas|alrededor de|ruim|bijna|gut|knapp|etwa|plus de|más de|mais de|oltre|über)?"
                                  r"\s*\S{0,4}$", re.I) if (k.terms or {}).get("valuing_verbs") else None,
        decided=frozenset((k.terms or {}).get("decided") or ()),
        analysts_expect=re.compile(rf"(?<![\w-])(?:{_alt(g.get('analyst_nouns'))})(?:[^\w.;!?]+[\w'’-]+){{0,6}}?[^\w.;!?]+"
                                   rf"(?:{_alt(g.get('estimate_verbs'))})(?![\w-])(?:(?!\b(?:yet|but|however|pero|mais|aber|ma)\b)"
                                   rf"(?:[^.;!?,]|(?<=\d)[.,](?=\d)))*$", re.I)
        if g.get("analyst_nouns") and g.get("estimate_verbs") else None,
        investors=re.compile(rf"^\W*(?:(?:the|some|several|many|new|other|existing|all|los|les|die|gli|os|de)\s+)?(?:{_alt(g.get('investor_nouns'))})\s", re.I)
        if g.get("investor_nouns") else None,
        funding_target=re.compile(rf"(?<![\w-])(?:{_alt(g.get('funding_target'))})(?![\w-])[^.;]{{0,50}}$", re.I)
        if g.get("funding_target") else None,
        seeking=re.compile(rf"(?<![\w-])(?:{_alt(g.get('seeking'))})(?![\w-])[^.;]{{0,60}}$", re.I) if g.get("seeking") else None,
        leads=re.compile(rf"\s*(?:(?:is|are|was|has|have|will|would|reportedly|also)\s+){{0,2}}(?:{_alt(g.get('lead_verbs'))})(?![\w-])"
                         r"[^,;.]{0,60}$", re.I) if g.get("lead_verbs") else None,
        analyst_word=re.compile(rf"(?<![\w-])(?:{_alt(w for w in g.get('analyst_nouns') or () if not lexicon.UNSPACED.search(str(w)))})(?![\w-])"
                                rf"|{_alt(w for w in g.get('analyst_nouns') or () if lexicon.UNSPACED.search(str(w)))}", re.I)
        if g.get("analyst_nouns") else None,
        estimate_then_amount=re.compile(rf"(?<![\w-])(?:{_alt(g.get('estimate_nouns'))})\s+(?:[^\s\d,;.]+\s+){{0,3}}?(?:US\s?)?[$€£]?\s?\d",
                                        re.I) if g.get("estimate_nouns") else None,
        estimate_before=re.compile(rf"(?<![\w-])(?:{_alt(g.get('estimate_nouns'))})\s+(?:(?:of|for|at|around|about|near|de|di|von|du|des|del|da)\s+){{1,2}}{_AMOUNT_NEXT}",
                                   re.I) if g.get("estimate_nouns") else None,
        sides={side: re.compile(rf"(?<![\w-])(?:{_alt(ws)})(?!\w)", re.I) for side, ws in (g.get("price_sides") or {}).items()},
        speech_verb=re.compile(speech, re.I),
        pronoun=re.compile(rf"(?<![\w-])(?:{_alt(k.grammar.get('pronouns'))})(?![\w-])", re.I),
        temporal=re.compile(rf"^\s*(?:(?:a|an|some|several|few|many|two|three|just|shortly|soon|long|only|[\w-]+\s+(?:years?|months?|weeks?|days?))\s+){{0,3}}"
                            rf"(?:{_alt(k.grammar.get('temporal'))})(?![\w-])", re.I),
        round_agent=re.compile(rf"(?<![\w-])(?:{_alt(g.get('round_agents'))})\s+(?:the\s+|(?-i:[a-z][\w-]*)\s+){{0,2}}$", re.I)
        if g.get("round_agents") else None,
        member_cue=re.compile(rf"(?<![\w-])(?:{_alt(g.get('member_cues'))})\s+(?:the\s+)?$", re.I) if g.get("member_cues") else None,
        set_against_after=re.compile(rf"(?:[^,;.]|(?<=\d)[.,](?=\d)){{0,40}}?,?\s+(?:(?-i:[a-z]+ly)\s+)?(?:{_alt(g.get('set_against'))})\s+"
                                     r"(?:the\s+|analysts['’]?\s+|Wall Street['’]s\s+)?(?:[\w$€£¥.,-]+\s+){0,3}?"
                                     rf"(?:{_alt([*(g.get('estimate_nouns') or ()), *(g.get('estimate_verbs') or ())])})(?![\w-])", re.I)
        if g.get("set_against") else None,
        set_against_before=re.compile(rf"(?<![\w-])(?:{_alt(g.get('set_against'))})\s+(?:the\s+|analysts['’]?\s+)?(?:US\s?)?[$€£¥]?\s*$", re.I)
        if g.get("set_against") else None,
        estimate_after=re.compile(rf"\s*(?:{_alt([*(g.get('estimate_nouns') or ()), *(g.get('estimate_verbs') or ())])})(?![\w-])", re.I)
        if g.get("estimate_nouns") else None,
        verbs_after_name=frozenset(str(w).lower() for w in g.get("verbs_after_name") or ()),
    )
    _RULES[k] = r
    return r


def _number(text: str) -> float | None:
    """A claim's number; a range ("26000000000-28000000000") by its low end, which its quote states first."""
    t = re.sub(r"^[~<>=≈]+", "", str(text))
    t = re.sub(r"^(\d+(?:\.\d+)?)-\d+(?:\.\d+)?$", r"\1", t)
    try:
        return float(t)
    except ValueError:
        return None


# a line of business after an amount: "… for its new AI systems", "für seine neuen KI-Systeme", "de sus nuevos chips"
_FOR_ITS_PART = re.compile(r"(?:[\d.,]*\s*(?:[^\W\d_]+|[$€£¥])){0,3}?\s*(?:\([^()]{1,40}\)\s*)?(?P<part>(?:for|from|für|aus|pour|de|por|para|per|da|com)\s+(?:its|their|seine[nmrs]?|ihre[nmrs]?|"
                           r"ses|son|sa|leurs?|sus|su|suoi|sue|suo|sua|seus|suas|seu)\s+[^\W\d_][^,.;:()\d]{2,40}?)(?=\s*(?:[,.;:()]|$|\s[-–—]\s|"
                           r"\s(?:vorher|voraus|and|und|y|et|e|this|next|last|in|im|en|dans|nel|no|na)(?![\w-])))", re.I)
_PERIOD_WORD = re.compile(r"quarter|year|fiscal|month|half|period|week|season|Quartal|Jahr|trimestre|semestre|année|exercice|año|ejercicio|"
                          r"anno|esercizio|ano|exercício|mois|mes|mese|mês|kwartaal|jaar", re.I)
# a part of the count named before: "of which", "dont", "de los cuales", "davon", "di cui", "dos quais"
_SUBSET_OF = re.compile(r"(?<![\w-])(?:of which|of whom|dont|de los cuales|de las cuales|davon|wovon|di cui|dos quais|das quais|waarvan)(?![\w-])", re.I)
# a clause that names the cause of a move after its value: "… after the company published …", "following", "amid"
_CAUSE_WORDS = rf"{CAUSE_WORDS}|nach|na"
# (the same words, alone, mark a share move whose quarter is an event's: `MOVE_CAUSE`)
MOVE_CAUSE = re.compile(rf"(?<![\w-])(?:{_CAUSE_WORDS})\s", re.I)
_BECAUSE_OF = re.compile(rf"(?<![\w-])(?:{_CAUSE_WORDS}|on|as)\s+"
                         r"(?:the|a|an|its|their|la|el|le|les|l['’]|der|die|das|den|il|o|a|de|het)?\s*", re.I)
# a relative clause that dates its antecedent: ", which was announced on", ", que fue lanzado en", ", qui a été présenté le"
_DATED_RELATIVE = re.compile(r",\s+(?:which|that|who|que|qui|die|der|das|che)\s+(?:(?:was|were|had been|has been|fue|fueron|a été|ont été|"
                             r"wurde|wurden|è stato|è stata|foi|foram)\s+)?(?:first\s+|officially\s+)?(?:announced|released|launched|unveiled|"
                             r"introduced|presented|founded|anunciad[oa]|lanzad[oa]|presentad[oa]|annoncée?|lancée?|présentée?|"
                             r"vorgestellt|angekündigt|veröffentlicht|annunciat[oa]|lanciat[oa]|presentat[oa]|lançad[oa])\b", re.I)
# "hit Uber with a €290 million penalty", "issuing the parent company with a fine": the object before "with"
_HIT_WITH = re.compile(r"(?<![\w-])(?P<obj>\S+(?:\s+\S+){0,3}?)\s+with\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:US\s?)?[$€£¥]?\s*$")
_POSSESSIVE_BEFORE = re.compile(r"(?<![\w-])(?:its|their|his|her|our)\s+$", re.I)
# a result set against a forecast after it: "below forecasts", "beating analysts' forecasts", "than expected"
_MEASURED_AGAINST = re.compile(r"(?<![\w-])(?:below|above|beat|beats|beating|missed|missing|miss|than|exceed(?:ed|ing|s)?|surpass(?:ed|ing|es)?|"
                               r"top(?:ped|ping|s)?|short of|in line with|ahead of|behind|under|over|unter|über|"
                               r"por (?:debajo|encima) de|en dessous de|au-dessus de|au-delà de|sotto|sopra|abaixo d[aoe]s?|acima d[aoe]s?)"
                               r"(?:\s+(?:the|its|their|analysts['’]?|market|consensus|average|les|des|de|las|los|die|den|le|la|i|gli|as|os)){0,3}\s+$", re.I)
# a name, then its own participle of worth after a comma: "Mercedes Benz, valorisé 57 milliards", "Stripe, valued at $70 billion"
_OWN_VALUATION = re.compile(r",\s*(?:valued at|valorisée?s? (?:à\s+)?|valorada en|valorado en|valutata|valutato|bewertet mit|"
                            r"avaliad[ao] em|gewaardeerd op)\s*(?:(?:about|around|some|plus de|près de|environ|rund|etwa|unos|cerca de|"
                            r"más de|mehr als|more than|over)\s+)?(?:US\s?)?[$€£]?\s*$", re.I)


def value_spans(quote: str, value) -> list[tuple[int, int]]:
    """Where the claim's number stands in its quote ("$35.6 billion", "39.300 millones", "10M")."""
    return list(_value_spans(quote, str(value)))


@lru_cache(maxsize=4096)
def _value_spans(quote: str, value: str) -> tuple[tuple[int, int], ...]:
    v = _number(value)
    if v is None or v == 0:
        return []
    out = []
    ranged = bool(re.fullmatch(r"[~<>=]*\d+(?:\.\d+)?-\d+(?:\.\d+)?", str(value)))
    for m in _NUM.finditer(quote):
        if re.match(r"\[\d{1,3}\]", quote[max(0, m.start() - 1):m.start() - 1 + len(m.group("num")) + 2]):
            continue   # "[1]": a note's number, never the figure
        raw, mag = re.sub(r"[ \u00a0\u202f]", "", m.group("num")), (m.group("mag") or "").lower().rstrip(".")   # ("13 400 millones")
        scale = _MAG.get(mag, _MAG.get(mag[:4], 1.0)) if mag else 1.0
        if ranged and not mag:
            # "$26-28 billion", "26 bis 28 Milliarden": the low end takes the magnitude written after the high one
            high = re.match(r"\s*(?:(?:-|–|to|bis|and|und|y|et|e)\s*)?[$€£]?\s*\d+(?:[.,]\d+)*\s*(?P<mag>[^\W\d_]+)", quote[m.end():], re.I)
            if high:
                hm = high.group("mag").lower().rstrip(".")
                scale = _MAG.get(hm, _MAG.get(hm[:4], 1.0))
        for text in (raw.replace(",", ""), raw.replace(".", "").replace(",", ".")):
            try:
                n = float(text) * scale
            except ValueError:
                continue
            if abs(n - v) <= 0.005 * abs(v) or abs(float(text) - v) <= 0.005 * abs(v):
                out.append((m.start(), m.end()))
                break
            if re.match(r"\s?(?:euro\s)?cents?\b", quote[m.end():], re.I) and abs(float(text) / 100 - v) <= 0.005 * abs(v):
                out.append((m.start(), m.end()))   # "45 cents": a hundredth of the unit
                break
    if not out:
        for m in _WORD_AMOUNT.finditer(quote):   # "two billion dollars", "deux milliards", "zehn Milliarden"
            if V.vague_before(quote, m.start(), m.group("w")):
                continue
            w, mag = m.group("w").lower(), m.group("mag").lower().rstrip(".")
            n = (V.WORD_NUMBERS.get(w) or V.INTL_WORD_NUMBERS.get(w) or 0) * _MAG.get(mag, _MAG.get(mag[:4], 1.0))
            if n and abs(n - v) <= 0.005 * abs(v):
                out.append((m.start(), m.end()))
    return tuple(out)


# a figure set above or below an estimate: "came in above forecasts at $57.01 billion", "topping estimates at …"
_BEAT_BEFORE = re.compile(r"(?<![\w-])(?:above|below|ahead of|over|under|beat(?:ing|s)?|top(?:ping|ped|s)?|exceed(?:ing|ed|s)?|"
                          r"surpass(?:ing|ed|es)?)\s+(?:(?:the|analysts['’]?|analyst|consensus|market|Wall Street['’]s|their|its)\s+){0,3}$", re.I)


# two names joined as one subject, a noun phrase at most before the second: "Stellantis y la empresa china CATL"
_JOINT_AND = re.compile(r"\s+(?:and|y|e|et|und|en|&)\s+(?:(?-i:[a-zà-ÿ][\w-]*)\s+){0,3}", re.I)
# a relative clause after the figure that estimates something else: ", which is estimated to impact nearly 600 staff"
_ESTIMATED_RELATIVE = re.compile(r",\s*(?:which|that|who)\s+(?:is|are|was|were)\s+(?:\w+\s+)?estimated\b", re.I)
# a currency sign or code before an amount's digits: "US$ ", "€"
_CURRENCY_LEAD = re.compile(r"(?:US\s?)?[$€£¥]?\s?")


def _amount_at(q: str, at: int) -> re.Match | None:
    """The number and magnitude of the amount a claim's value stands at, past its currency sign ("€7.53bn")."""
    return _NUM.match(q, _CURRENCY_LEAD.match(q, at).end())


# brackets that hold a short aside and close: "($19 billion valuation)", "(14.7%)"
_SHORT_BRACKET = re.compile(r"\([^()]{1,60}\)")
# a figure a segment of the company made, named right after it
_SEGMENT_AFTER = re.compile(r"[^,;.]{0,24}?\s(?:in|at|from|for|of)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}"
                            r"(?:segment|division|unit|business unit|arm)s?\b", re.I)
# figures given in the order of the names: "… €500 million and €200 million respectively"
_RESPECTIVELY_WORD = re.compile(r"(?<![\w-])(?:respectively|respectivamente|respectivement|rispettivamente|jeweils|respectievelijk)(?![\w-])", re.I)
# one to three capitalised words: a name the site may not know
_CAP_NAME = r"(?-i:[A-Z][\w&.'’-]*)(?:\s(?-i:[A-Z][\w&.'’-]*)){0,2}"
# the verb of a joint subject, after it: "han anunciado", "will build", "have agreed", "ont annoncé", "haben vereinbart"
_VERB_NEXT = re.compile(r"\s+(?:(?:have|will|would|are|were|plan|han|van|ont|vont|haben|werden|hanno|têm|vão)\b|"
                        r"(?-i:[a-zà-ÿ]+(?:ed|ron|eron|aron|ent|en)\b))", re.I)
# a capitalised word or two after a name, where a unit's region stands: "Telefónica Latinoamérica", "Vodafone Germany"
_PLACE_AFTER = re.compile(r"\s(\w+(?:\s(?-i:[A-Z])\w+)?)(?![\w-])")


# a sum of many: "in cumulative penalties", "across 14 enforcement actions", "in total fines", "insgesamt"
_SUM_OF_MANY = re.compile(r"(?<![\w-])(?:cumulative|combined|in total|in all|altogether|insgesamt|en total|au total|in totale|"
                          r"across\s+(?:about\s+|approximately\s+|some\s+|more than\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
                          r"dozens|several|many)\b)", re.I)


def _clause_start(quote: str, pos: int) -> int:
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(quote, 0, pos)]
    return starts[-1] if starts else 0


def _names(subject: str, k: Knowledge) -> list[str]:
    for e in k.entities:
        if e.name == subject:
            return [subject, *e.aliases]
    return [subject]


def _aside_with_figure(q: str, pos: int, at: int) -> bool:
    """`pos` stands in a bracket that holds a figure of its own and not the value at `at`."""
    opened = lexicon.in_parens(q, pos)
    if opened is None or opened == lexicon.in_parens(q, at):
        return False
    closed = q.find(")", pos)
    return bool(re.search(r"\d", q[opened:closed if closed >= 0 else len(q)]))


def _find(names: list[str], text: str) -> list[re.Match]:
    """Each name where it stands as a whole: no letter of a spaced script or hyphen before it, no such
    letter or hyphen and digit after it."""
    return [m for n in names for m in lexicon.literal_hits(text, n, "-", ("-d",))]


def _known(subject: str, k: Knowledge, models) -> bool:
    return k.entity_kind(subject) is not None or any(_related(subject, m) for m in models) or \
        any(subject == f or subject.startswith(f + " ") for f in k.families)


def _members(doc: str, models) -> dict[str, str]:
    """'Scout' -> 'Llama 4 Scout': the capitalised word a page puts after a model's name."""
    out: dict[str, str] = {}
    for base in sorted(models, key=len):
        for m in re.finditer(rf"(?<![\w-]){re.escape(base)}\s+([A-Z][a-z][\w-]+)", doc):
            out.setdefault(m.group(1), f"{base} {m.group(1)}")
    return out


_ITEM = r"[A-Z][a-z][\w-]+(?:\s*\([^)]*\))?"
_LIST = re.compile(rf"{_ITEM}(?:,\s+{_ITEM})*,?\s+(?:and|or|&)\s+(?:[a-z]+\s+){{0,3}}?{_ITEM}")


def _siblings(doc: str, members: dict[str, str]) -> None:
    """'Scout, Maverick and Behemoth' next to 'Llama 4 Scout': the others are 'Llama 4 ...' too."""
    for m in _LIST.finditer(doc):
        words = re.findall(r"(?<![(\w])([A-Z][a-z][\w-]+)(?![^(]*\))", m.group())
        bases = {members[w].rsplit(" ", 1)[0] for w in words if w in members}
        if len(bases) == 1:
            base = bases.pop()
            for w in words:
                members.setdefault(w, f"{base} {w}")


def _related(a: str, b: str) -> bool:
    return a == b or a.startswith(b + " ") or b.startswith(a + " ")

# an amount in another currency after the figure ("$65,900 (R1.13-million)", "(R652,000)"): a conversion, not a mode
_CONVERSION = re.compile(r"[A-Z]{1,3}\$?\s?\d+(?:[.,]\d+)+(?:\s?-?(?:million|billion|trillion|bn|mn|m|k))?$|"
                         r"[A-Z]{1,3}\$?\s?\d+\s?-?(?:million|billion|trillion|bn|mn|m|k)$", re.I)


# a page that speaks of shares first listed (an offer price is then an IPO's) or of a bid for a company (then the bid's)
_LISTING = re.compile(r"(?<![\w-])(?:IPO|IPOs|initial public offering|listing|flotation|market debut|trading debut|went public|go(?:es|ing)? public|"
                      r"Börsengang|Börsendebüt|salida a bolsa|OPV|OPI|introduction en bourse|introduite? en bourse|quotazione in borsa|"
                      r"beursgang|estreia na bolsa|abertura de capital|上市|上場|상장)(?![\w-])", re.I)
_TAKEOVER = re.compile(r"(?<![\w-])(?:takeover|tender offer|buyout|bid for|offer for|acquisition|acquire[sd]?|to buy|OPA|opa|"
                       r"Übernahme\w*|rachat|adquisición|aquisição|acquisizione|overname)(?![\w-])", re.I)


# what a power capacity sizes, named right beside it: "a 2.4-gigawatt data-center campus", "500 MW of computing capacity",
# "une capacité de 300 MW"
_CAPACITY_AFTER = re.compile(r"(?:\s+|-)?(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:data[- ]?cent(?:er|re)s?|datacenters?|campus(?:es)?|capacity|"
                             r"(?:computing|compute|AI)\s+(?:capacity|power)|centros? de datos|centres? de données|Rechenzentr\w*|"
                             r"centros? de dados|data cent\w*)(?![\w-])", re.I)
_CAPACITY_BEFORE = re.compile(r"(?<![\w-])(?:capacity|capacidad|capacité|Kapazität|capacidade|capacità|capaciteit|data[- ]?cent(?:er|re)s?|campus|"
                              r"centres? de données|centros? de datos|centros? de dados|Rechenzentr\w*)\s+(?:of|de|von|di|van|du|da|mit|with)\s+"
                              r"(?:(?:about|around|some|up to|more than|nearly|roughly|environ|rund|unos|hasta)\s+)?$", re.I)


# a charge booked, as a noun: "restructuring charges of", "a $300 million charge", "an impairment", "charge of"
_CHARGE_NOUN = re.compile(r"(?:restructuring|impairment|one-off|one-time|non-cash|pre-tax|after-tax|special|exceptional|legal|"
                          r"(?:billion|million|bn|mn|[$€£]\s?[\d.,]+))\s+charges?\b|\bcharges?\s+of\b|\bimpairment\b|\bwrite-?(?:down|off)\b|"
                          r"cargo extraordinario|dépréciation|Sonderbelastung|Abschreibung|svalutazione|baixa contábil", re.I)

class _Grounder:
    def __init__(self, units, k: Knowledge, models, shorts, topic: str | None = None):
        self.k, self.r, self.models, self.shorts = k, rules_of(k), set(models), shorts or {}
        self.months = _ENGLISH_MONTHS | {str(m).lower() for m in k.grammar.get("months") or ()}
        self.scope = {u.quote: u.scope for u in units}
        self.kind = {u.quote: u.kind for u in units}
        # a table claim of the first column quotes its row up to that cell ("| Transistors | 208 billion |")
        self.kind.update({"| " + " | ".join(c.strip() for c in u.cells[:2]) + " |": "table"
                          for u in units if u.kind == "table" and len(u.cells) > 2 and u.quote.startswith("|")})
        doc = " ".join(f"{u.scope}. {u.text}" if u.scope else u.text for u in units)
        self.members = _members(doc, self.models)
        for name in sorted(self.models):
            base, _, word = name.rpartition(" ")
            if base and word.isalpha() and word[0].isupper():
                self.members.setdefault(word, name)
        _siblings(doc, self.members)
        # the organisation the page is about: the one its lede names first
        self.first = next((m.name for m in find_mentions(doc[:2000], k, self.shorts) if m.kind in ("lab", "org")), None)
        self.topic = topic or self.first
        self._doc = doc
        self.previous = {b.quote: a.text for a, b in zip(units, units[1:])}
        self.nouns = lexicon.grammar(k).nouns
        self.company = lexicon.grammar(k).company   # "Konzern", "Unternehmen", "start-up": nouns that refer to an organisation
        self.found = {name: kind for name, kind in self.shorts.values()}   # names the page introduced

    # (what the page's whole text tells, read when a check first asks: a page's claims need few of them)
    @functools.cached_property
    def common_acronyms(self) -> set[str]:
        return common_acronyms([self._doc])   # "l'entreprise de services du numérique (ESN)": a kind of firm

    @functools.cached_property
    def bid_page(self) -> bool:
        return not _LISTING.search(self._doc) and bool(_TAKEOVER.search(self._doc))   # a takeover spoken of, no listing

    @functools.cached_property
    def lower_words(self) -> set[str]:
        return set(re.findall(r"\b[a-z][\w-]*", self._doc))

    @functools.cached_property
    def mid_caps(self) -> set[str]:
        doc = self._doc
        caps = set(re.findall(r"(?<=[a-z,]\s)([A-Z][\w-]+)", doc))  # capitalised inside a sentence: a name
        # (and a Latin word after Chinese or Japanese characters: "与Circle相比")
        return caps | set(re.findall(r"(?<=[\u3040-\u30ff\u4e00-\u9fff，、])\s?([A-Z][A-Za-z][A-Za-z0-9.-]*)", doc))

    def kind_of(self, name: str) -> str | None:
        return self.k.entity_kind(name) or self.found.get(name)

    def known(self, subject: str) -> bool:
        return subject in self.found or _known(subject, self.k, self.models)

    def names(self, subj: str) -> list[str]:
        return _names(subj, self.k) + [w for w, full in self.members.items() if full == subj] + \
            [short for short, (name, _) in self.shorts.items() if name == subj]

    def mentions(self, quote: str) -> list[Mention]:
        return [m for m in find_mentions(quote, self.k, self.shorts) if m.kind in ("model", "lab", "product", "org", "hardware")]

    def _fined_together(self, c: dict) -> bool:
        """The party fined is written joined to another organisation ("Delivery Hero and Glovo", "Delivery Hero
        und die spanische Tochter Glovo"), with no word that splits the sum between them."""
        q = c["quote"]
        if _EACH.search(q):
            return False
        orgs = [m for m in proper_names(q, self.mentions(q)) if m.kind in ("lab", "org")]
        return any(_JOINED_PARTY.fullmatch(q[a.end:b.start]) for a in orgs for b in orgs
                   if a.end <= b.start and a.name != b.name and c["subject"] in (a.name, b.name))

    # --- subject
    def sized_member(self, c: dict) -> None:
        """'Even with a mere 70 billion parameters, Meta claims Llama 3 …': a family's parameter count
        that is one of its members' sizes ("Llama 3 70B" on the page) is that member's."""
        if c["attribute"] not in ("parameters", "active parameters"):
            return
        v = _number(c["value"])
        if not v or not str(c["value"])[:1].isdigit():
            return
        own = re.search(r"[- ](\d+(?:\.\d+)?)B$", c["subject"])
        if own and c["attribute"] == "parameters" and abs(float(own.group(1)) * 1e9 - v) > 0.05 * v:
            c["subject"] = ""   # "Gemma 2B" given 7 billion parameters: another size's figure (dropped as ungrounded)
            return
        for name in sorted(self.models):
            rest = name[len(c["subject"]):] if name.startswith(c["subject"] + " ") else ""
            size = re.fullmatch(r"\s*[-\s]?(\d+(?:\.\d+)?)\s*([BMT])", rest)
            if size and abs(float(size.group(1)) * {"B": 1e9, "M": 1e6, "T": 1e12}[size.group(2)] - v) <= 0.005 * v:
                c["subject"], c["exact"] = name, True
                return
        if c["attribute"] == "parameters" and any(
                re.fullmatch(r"[-\s]?\d+(?:\.\d+)?[BMT]", n[len(c["subject"]):]) for n in self.models if n.startswith(c["subject"])):
            c["subject"] = ""   # "Gemma 2B and 7B": a size of a variant the page names by size, not the family's own
            return
        if c["attribute"] == "parameters" and not own and _ONE_SIZE.search(c["quote"]):
            # "verfügt über ein 405 Milliarden Parameter Modell", "a 405-billion-parameter model": one size of the
            # family, the member of that size when the site knows it
            member = f"{c['subject']} {v / 1e9:g}B"
            c["subject"] = member if self.k.entity_kind(member) == "model" else ""

    def member(self, c: dict, at: int) -> None:
        """The family member named nearest before the value, in the value's clause, owns it."""
        q, subj = c["quote"], c["subject"]
        lo = _clause_start(q, at)
        best = None
        for word, full in self.members.items():
            if full == subj or not (full.startswith(subj + " ") or (not self._is_model(subj) and self._spec(c))):
                continue
            for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", q[:at]):
                if m.start() >= lo and (best is None or m.start() > best[0]):
                    best = (m.start(), full)
        if best and not any(m.start() > best[0] for m in _find([subj], q[:at]) if not self._modifier(q, m.end())):
            c["subject"], c["exact"] = best[1], True

    def _named_before(self, q: str, at: int, subj: str) -> bool:
        """An article or a model noun before a capitalised word the site does not know, in the value's
        clause: the clause is about that name, not about a subject it does not write."""
        lo = _clause_start(q, at)
        for m in self.r.article_name.finditer(q, lo, at):
            name = m.group("name")
            if name.lower() in self.lower_words or name.lower() in self.r.function_words or self.kind_of(name) \
                    or any(name in n.split() for n in (subj, *self.names(subj))):
                continue
            if COMPANY_AFTER.match(q, m.end("name")):
                continue   # "The Korean chipmaker posted": where the company is from, not another name
            return True
        return False

    def _authority(self, name: str, q: str | None = None) -> bool:
        """A regulator, a court or a ministry (`grounding.authority_words`, also as the end of a compound: "Aufsichtsbehörde");
        with the quote, also the rest of one's name after "of" ("Autoridade da Concorrência" read as "Concorrência")."""
        words = (self.k.grounding or {}).get("authority_words") or ()
        if q and re.search(rf"(?<![\w-]){re.escape(name)}\s+(?:has\s+|had\s+|have\s+)?(?:levied|imposed|issued|handed (?:down|out)|"
                           rf"slapped|meted out)\b", q):
            return True   # "The DPC levied the fine on behalf of European regulators": who imposes a fine
        if any(re.search(rf"(?:(?<![\w]){'|(?<=[a-zäöüß])' if len(str(w)) >= 6 else ''}){re.escape(str(w).lower())}(?![\w])", name.lower())
               for w in words):
            return True
        return bool(q and words and re.search(rf"(?<![\w])(?:{_alt(words)})\s+(?:of|de|da|do|del|des|du|di|della|dello|delle|van|der)\s+"
                                              rf"(?:(?:the|la|le|los|las|les|l['’])\s*)?{re.escape(name)}(?![\w])", q, re.I))

    def _employer(self, text: str, at: int) -> bool:
        """The name at `at` names where a person works: "former CEO of Google", "l'ex-PDG de Google"."""
        return bool(self.r.role_of.search(text, max(0, at - 60), at))

    def _outlet(self, name: str) -> bool:
        """A newspaper or news site the site does not know as an entity: a publisher listed in sources.yml, or a
        name ending in a newspaper's word (`grammar.outlet_heads`)."""
        if self.k.entity_kind(name):
            return False
        words = name.split()
        return name.lower() in self.k.publishers or (len(words) >= 2 and words[-1] in self.r.outlet_heads)

    def _is_model(self, name: str) -> bool:
        return self.kind_of(name) == "model" or name in self.models

    def _opener(self, text: str) -> str | None:
        """The name a sentence opens with as its subject ("Behemoth, planned for ...", "Maverick packs ..."),
        when the page never writes that word in lower case (so it is a name, not "Revenue climbed")."""
        # (in Chinese or Japanese a Latin name runs straight into the verb: "Circle上市后…")
        verb = r"(?=\s*,|\s+(?:is|was|has|had|will|[a-z]+s|[a-z]+ed)\b|\s?[\u3040-\u30ff\u4e00-\u9fff])"
        m = re.match(rf"\W*([A-Z][\w-]*?){verb}", text)
        if not m:
            # "The Mate XT costs …", "The Galaxy S25 has …": a device's name after the article, a capitalised word and a
            # model mark (capitals or a number), which no common noun is
            m = re.match(rf"\W*(?:{_alt(self.r.article_openers)})\s+([A-Z][a-z][\w-]*\s+(?:[A-Z]{{1,3}}|[A-Z]?\d{{1,3}}[a-z]?)(?:\s+[A-Z][\w-]*)?){verb}", text)
            if m and not self.kind_of(m.group(1)) and m.group(1).split()[0] in self.mid_caps \
                    and m.group(1).split()[0].lower() not in self.lower_words:
                return m.group(1)
            return None
        if m.group(1).lower() in self.lower_words or m.group(1) not in self.mid_caps or m.group(1).lower() in self.r.function_words \
                or self.r.definite.match(m.group(1)) or self.r.indefinite.match(m.group(1) + " "):
            return None
        return m.group(1)

    def _measure_words(self) -> list[str]:
        return [w for ws in (self.k.grounding.get("growth_measures") or {}).values() for w in ws]

    def _spec(self, c: dict) -> bool:
        a = self.k.attribute(c["attribute"])
        return bool(a and a.family in self.r.spec_families)

    def _modifier(self, q: str, end: int) -> bool:
        """'NVIDIA GPU', 'GAAP earnings': a name right before a noun describes that noun."""
        return bool(re.match(r"\s+[A-Za-z][a-z]*\b", q[end:])) and \
            not re.match(r"\s+(?:[a-z]+ed|[a-z]+s|has|have|had|is|was|will|would|also|in|of|to|and|or|on|at|for|with|by)\b", q[end:])

    def _not_actor(self, q: str, m: re.Match) -> bool:
        """A name that describes a person ("OpenAI co-founder", "CEO of OpenAI"), is told something
        ("tell CBS") or is another's product ("the creator of ChatGPT") is not a claim's subject."""
        r = self.r
        after, before = q[m.end():m.end() + 40], q[max(0, m.start() - 60):m.start()]
        return bool(r.role_after.match(after) or r.role_of.search(before) or r.told.search(before) or r.maker_of.search(before)
                    or re.match(r"\s+[A-Z]{1,3}\d{2,4}[A-Za-z]?\b", after))   # "Nvidia H100 GPUs": the maker of a product named after it

    def _report_cue_later(self, q: str, at: int) -> bool:
        """The sentence's report cue ("selon des sources", "according to people familiar") stands after
        another value that is nearer to it than this one: it covers that value, not this."""
        cue = self.r.report_cue.search(q, at)
        if not cue:
            return False
        num = _NUM.match(q, at)
        start = num.end() if num else at
        if re.search(r"(?<![\w-])(?:that|which|who|que|qui|die|der|das|che)\s+$", q[max(0, cue.start() - 12):cue.start()]):
            return True   # "raised $325 million in a round that reportedly valued it at …": the relative clause's report
        later = [m for m in _NUM.finditer(q, start, cue.start()) if not re.fullmatch(r"(?:19|20)\d\d", m.group("num"))]
        return bool(later) and bool(re.search(r"[,;]", q[start:later[0].start()]))

    def _forecast_cue_later(self, q: str, at: int) -> bool:
        """Every forecast cue of the sentence stands after the value, past a clause joined by "and" or "but"
        ("has about 250 employees and plans to double …"): the cue frames that clause, not this value."""
        num = _NUM.match(q, at)
        end = num.end() if num else at
        cues = self._forecast_cues(q)
        if not cues or any(m.start() < end for m in cues):
            return False
        if lexicon.grammar(self.k).forecast.search(q[_clause_start(q, at):at]):
            return False
        first = min(m.start() for m in cues)
        # (or a clause of consequence: "ingresó 13 400 millones de dólares, por lo que engordará …", "…, which will lift …")
        return bool(re.search(r"(?<![\w-])(?:and|but|while|whereas|y|et|und|mais|pero|aber)\s|,\s*(?:por lo que|lo que|so that|"
                              r"which|ce qui|wodurch|was|per cui|il che|o que|pelo que)\s", q[end:first]))

    def _says_more(self, q: str, end: int) -> bool:
        """A speech verb after a name that opens a clause of its own ("Meta claims Llama 3 is …"), not
        one that closes the sentence ("…, CEO Mark Zuckerberg said.")."""
        verb = self.r.speech_verb.match(q, end)
        if not verb:
            return False
        rest = re.split(r"[.;!?](?:\s|$)", q[verb.end():], maxsplit=1)[0]
        if re.match(r"\s*(?:on|in|at|during|to|via|with|from|in an?|on an?)\s+(?!(?:\S+\s+){0,6}?(?:that|which)\b)", rest, re.I) \
                and not re.search(r",\s|\b(?:that|which)\b", rest):
            return False   # "…, co-CEO Marcus Webb said on a video interview.": where it was said, no clause of its own
        return len(re.findall(r"[^\W\d_][\w'’-]*", rest)) >= 3

    def _reports(self, q: str, m: re.Match, at: int, names: list[str]) -> bool:
        """The name says what follows ("X claims that the new link …") and the value stands there,
        in a clause that does not point back to it ("X said that its revenue …")."""
        said = self.r.says_that.match(q, m.end())
        if not said or at < said.end():
            return False
        rest = q[said.end():at]
        return not (self.r.referent.match(rest) or self.r.pronoun.match(rest) or _find(names, rest))

    def grounded_subject(self, c: dict, at: int | None) -> bool:
        q, subj = c["quote"], c["subject"]
        names = self.names(subj)
        hits = _find(names, q)
        scope = self.scope.get(q, "")
        if not subj.strip():
            return False
        if subj.split()[0].lower() in self.r.function_words or subj.split("-")[0].lower() in self.r.function_words:
            return False
        if self._outlet(subj):
            return False   # "le Financial Times croit tenir l'information : l'amende s'élèverait à 500 millions": who reports the fine
        if " " not in subj and lexicon.is_demonym(subj, self.k) and hits \
                and all(re.match(r"\s+(?-i:[a-z][\w-]+)", q[m.end():]) for m in hits):
            return False   # "Shares of Asian banks fell 2%": a place's adjective before its noun names no one
        if (self.kind_of(subj) == "place" or lexicon.is_place(subj)) and hits and all(
                re.fullmatch(r"[A-Z]{2,3}", m.group()) and re.match(r"\s+(?-i:[a-z][\w-]+)", q[m.end():])
                and not re.search(r"\bthe\s+$", q[max(0, m.start() - 5):m.start()], re.I) for m in hits):
            return False   # "could cost affected US businesses $400 million": the country's short name as an adjective
        if c["attribute"] == "fine" and self._authority(subj, q):
            # "Die … Datenschutzkommission (DPC) verhängte eine Rekordstrafe von 1,2 Milliarden Euro": an authority imposes
            # a fine and never pays it; with no company of its own named in the sentence, the fine is the page's company's
            others = {m.name for m in self.mentions(q) if self.kind_of(m.name) in ("lab", "org") and not self._authority(m.name, q)
                      and not lexicon.is_place(m.name)}
            if _SUM_OF_MANY.search(q):
                return False   # "the AI Office has issued roughly €67M in penalties across 14 actions": many fines summed
            if len(others) == 1:
                c["subject"] = others.pop()   # "… hält die EU-Kommission die hohe Busse von 1,8 Milliarden Euro gegen Apple für gerechtfertigt"
                return True
            if others or not self.topic or self._authority(self.topic) or lexicon.is_place(self.topic) \
                    or self.kind_of(self.topic) not in ("lab", "org"):
                return False
            c["subject"] = self.topic
            return True
        if re.fullmatch(r"(?:Series|Serie|Série|Serija|Seria)[- ]?[A-Z]\d?(?:[- ][\w-]+)?|Pre-IPO|Pre-Series[- ]?[A-Z]?|Pre-seed|Seed", subj, re.I):
            return False   # "seine Series-J-Finanzierungsrunde", "Pre-IPO轮": a round, never a company
        if c["attribute"] == "founded" and not re.search(r"(?<![\d.,])(?:1[6-9]|20)\d\d(?![\d.,]?\d)|\d{2,4}\s*年", q):
            return False   # "the startup founded by former engineers, on Tuesday released …": a founding is dated by its year
        if c["attribute"] == "founded" and hits and at is not None and all(
                m.start() > at and lexicon.grammar(self.k).prep_before.search(q[max(0, m.start() - 25):m.start()]) for m in hits):
            return False   # "la société fondée en 2018 par … d'anciens ingénieurs chez Apple": where the founders worked
        if self.r.analyst_word is not None and self.r.analyst_word.fullmatch(subj):
            return False   # "Wall Street had forecast revenue of …": who expects a figure is not whose it is
        if at is not None and c.get("unit") not in (None, "percent") and hits and all(m.start() > at for m in hits) \
                and (any(a > 0 for a, _, _, u in V.find_money(CONVERSION_ASIDE.sub(" ", q[at:min(m.start() for m in hits)])) if u)
                     or self._measure_again(c["attribute"], q, at, min(m.start() for m in hits))):
            return False   # "Die Strafe von 1,2 Milliarden Euro … übersteigt die Strafe von Amazon in Höhe von 746 Millionen":
            #               a name after another amount, or after the measure named again, is that other one's
        if hits and self.kind_of(subj) == "place" and all(_POSSESSIVE_BEFORE.search(q, max(0, m.start() - 8), m.start()) for m in hits):
            # "Klarna has priced its US IPO at $40": a place after a possessive qualifies the thing; the owner is the
            # company "its" points back to, named before it
            owners = [m for m in self.mentions(q[:hits[0].start()]) if self.kind_of(m.name) in ("lab", "org")]
            if not owners:
                return False
            c["subject"] = subj = owners[-1].name
            names, hits = self.names(subj), _find(self.names(subj), q)
        if not self.kind_of(subj) and subj not in self.models:
            base = subj.lower()
            if " " not in subj and any(x in self.nouns for x in (base, base[:-1], base[:-2])):
                return False  # "des Konzerns": a common noun (German writes them capitalised), not a name
            if " " not in subj and re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]{8,}", subj) and any(
                    base.startswith(n) and len(base) - len(n) >= 3 for n in self.nouns if len(n) >= 5 and n.isalpha()):
                return False  # "auf Konzernebene": a compound of a common noun, not a name
            if "-" in subj and self.kind_of(subj.split("-")[0]):
                return False  # "der ChatGPT-Entwickler": a known name's descriptor, not a new name
            if hits and all(
                    re.search(r"(?<![\w-])(?-i:[Dd]er|[Dd]ie|[Dd]as|[Dd]em|[Dd]en|[Ee]in|[Ee]ine|[Ee]inem|[Ee]inen|[Ee]ines)\s+"
                              r"(?:(?-i:[a-zäöüß][\w-]*(?:e|en|er|es|em))\s+){1,2}$", q[max(0, m.start() - 40):m.start()]) for m in hits):
                # "Der französische Anbieter Künstlicher Intelligenz gab bekannt, …": a German noun phrase, capitalised, not a
                # name; opening the sentence it points back to the company the page is about, as "das Unternehmen" does
                if self.topic and self.kind.get(q) == "sentence" and re.match(r"\W*(?-i:[A-Z][a-z]{1,4})\s+(?:[a-zäöüß][\w-]*\s+){1,2}$",
                                                                                q[:hits[0].start()]):
                    c["subject"] = self.topic
                    return True
                return False
            if " " not in subj and subj.endswith("s") and hits and all(
                    re.search(r"(?<![\w-])(?:des|eines)\s+(?:[a-zäöüß][\w-]*\s+){0,2}$", q[max(0, m.start() - 40):m.start()]) for m in hits):
                return False  # "des vorangegangenen Quartals": a German genitive noun, not a name
        if hits and at is not None and self.kind_of(subj) in ("lab", "org") and all(
                m.end() <= at and not _POSSESSIVE.match(q[m.end():]) and _PARTNER.search(q[max(0, m.start() - 60):m.start()])
                for m in hits):
            return False  # "working with Nvidia and CoreWeave to build a cluster of 22,000 GPUs": partners, not the owner
        if hits and all(_COMPILED_BY.match(q, m.end()) for m in hits):
            return False  # "LSEG가 집계한 … 전망치": who compiled the estimates is not whose figure it is
        if hits and all(_SOURCE_DOC.search(q[max(0, m.start() - 20):m.start()]) for m in hits):
            return False  # "According to an SEC filing, the minimum investment was …": the filer is no subject
        if not self.kind_of(subj) and subj not in self.models and \
                any(x.lower() in self.company for x in re.findall(rf"(?<![\w-]){re.escape(subj)}-([\w-]+)", q)):
            return False  # "der Chip-Konzern": a common noun in a compound with a referring noun, not a name
        if hits and at is not None and not RESPECTIVELY.search(q) and c["attribute"] not in _OF_A_DEAL \
                and all(m.end() <= at and _JOINT_BEFORE.search(q, max(0, m.start() - 40), m.start()) for m in hits):
            return False  # "Agentforce y Data 360 suman casi 1.400 millones": a figure of both together, not of one
            #               (a deal's worth is both parties' by nature: "X and Y terminated their merger deal, valued at …")
        if hits and at is not None and all(_aside_with_figure(q, m.start(), at) for m in hits):
            return False  # "plus de 14 milliards (dont 10 milliards … pour OpenAI)": a name in an aside with its own figure owns no figure outside it
        if hits and all(self._not_actor(q, m) for m in hits):
            return False  # "Former OpenAI co-founder X raised …", "Sources tell CBS": the name is not who acts
        if hits and at is not None and subj != self.topic and all(
                (cut := re.search(r"\s[–—]\s|;", q[m.end():at])) and len(re.findall(r"[^\W\d_]{2,}", re.sub(r"\([^)]*\)", "", q[m.end():m.end() + cut.start()]))) >= 2
                for m in hits) \
                and not self.r.referent.search(q[max(m.end() for m in hits):at]) and not self.r.pronoun.search(q[max(m.end() for m in hits):at]):
            # "Softbank führt Rekordfinanzierung an – Bewertung steigt auf 300 Mrd.": another clause's name (not
            # "GPT-4o (2024-05-13) — pricing, 128k context window", a name and its description)
            return False
        if hits and at is not None:
            owned = {x.start for x in self.mentions(q) if not _related(x.name, subj)}
            if all((pm := re.match(r"['’]s?\s+", q[m.end():])) and m.end() + pm.end() in owned for m in hits):
                return False  # "OpenAI's GPT-4 reportedly cost $100 million": the possessed thing's figure
        if hits and at is not None and all(re.match(r"\s?(?:的|の|의)", q[m.end():m.end() + 3]) and at - m.end() > 12
                                           # (not its units sold: "スイッチ2の販売台数は … 350万台")
                                           and not re.match(r"\s?(?:的|の|의)\s?(?:販売|出荷|累計|世界|全世界|销量|销售|出货|판매|출하)", q[m.end():])
                                           for m in hits):
            return False  # "凭借 Spark 的技术红利, … 3300 万美元融资": a name that owns another noun, far from the figure
        if at is not None and q[max(0, at - 2):at].rstrip().endswith(("的", "の", "의")):
            owner = [x for x in self.mentions(q) if q[x.end:at].strip() in ("的", "の", "의")]
            if owner and not _related(owner[-1].name, subj):
                return False  # "Grok-3的参数规模可能远超DeepSeek-V3的6710亿": DeepSeek-V3's figure
        if hits and at is not None and all(self._reports(q, m, at, names) for m in hits):
            return False  # "Nvidia claims that the new link serves 576 GPUs": the speaker, not the subject
        if not hits:
            # (past a time put first: "In early 2024, a 128K context window was exceptional": any window then)
            lead = _FRONTED_TIME.match(q)
            rest = q[lead.end():] if lead and (at is None or lead.end() <= at) else q
            opener = q if self.r.indefinite.match(q) else rest
            if self.kind.get(q) == "sentence" and self.r.indefinite.match(opener) and (not self.r.ordinal.match(opener) or self._spec(c)) \
                    and not _article_a(opener):
                # "An experimental version scored...": something new, not the name before; "A third model,
                # which will be trained on 400 billion parameters": one more of the family, its own size
                return False
            opener = self._opener(q)
            if opener and not self.kind_of(opener) and not any(_related(opener, m) for m in self.models):
                return False  # "Behemoth, planned for later, has ...": the sentence is about another name
            if at is not None and self._named_before(q, at, subj):
                return False  # "O Scout tem 17 bilhões", "o modelo Behemoth promete 288 bilhões": that name's figure
            if _find(names, scope) or self.kind.get(q) in ("table", "code", "timeline"):
                return True
            if self.kind.get(q) == "sentence" and self._is_model(subj) and c.get("_count_noun") \
                    and not self.r.referent.search(q) and not self.r.pronoun.search(q) and not self.mentions(q) \
                    and not lexicon.grammar(self.k).referent.search(q) \
                    and not re.search(r"(?<![\w-])(?:the|this|its)\s+(?:[\w-]+\s+)?(?:model|models|version|chatbot|system)\b", q, re.I):
                # "… the ones being brought up today are more around 100K GPUs": a count in a sentence that names
                # nothing and points to nothing is about things in general, not the page's model
                return False
            prior = self.previous.get(q, "")
            said = c.get("said_by") or ""
            if said[:1].isupper() and not _related(said, subj) and at is not None \
                    and (spoke := _find(_names(said, self.k), q[:at])) \
                    and (verb := _SPOKE.match(q, spoke[-1].end()) or lexicon.grammar(self.k).said_after.match(q[spoke[-1].end():at])) \
                    and _SPEAKER_ITSELF.match(q, spoke[-1].end() + verb.end() if verb.re is not _SPOKE else verb.end()):
                return False   # "Delivery Hero confirmed it's cutting 450 jobs": "it" is the one who speaks, not a name before
            if prior and self.topic and subj != self.topic and (named := _find(names, prior)) \
                    and all(self._employer(prior, m.start()) for m in named):
                return False   # "… l'ex-PDG de Google, Eric Schmidt. L'opération valorise l'entreprise à …": a person's employer is not it
            a = self.k.attribute(c["attribute"])
            if (a is None or a.type == "count") and isinstance(c["value"], (int, float)) and self.kind.get(q) == "sentence" \
                    and self._is_model(subj) and at is not None and not self._spec(c) \
                    and re.search(r"(?<![\w-])(?:this|that|these|those|its|their)\s+(?!(?:model|models|version|with|is|was|are|were|in|on|"
                                  r"for|to|and|by|at|as|of|from)\b)[a-z][\w-]+", q[:at], re.I) \
                    and not self.mentions(q[:at]):
                return False  # "The company plans to double this capacity to 200,000 GPUs": that thing's count, not the model's
            if a is not None and a.type == "date" and self.kind.get(q) == "sentence" and self._is_model(subj) \
                    and any(m.kind in ("lab", "org") for m in self.mentions(q)) \
                    and not re.search(r"(?<![\w-])(?:the|its|their|a|an|new)\s+(?:[\w-]+\s+)?(?:model|models|version|chatbot)\b", q, re.I):
                return False  # "xAI announced on Monday it has secured $6 billion": the company's day, not the model's
            if self.kind_of(subj) in ("lab", "org") and self.r.product_ref.search(q[:at] if at is not None else q):
                return False  # "The chatbot garnered over one million users": the product's, not its maker's
            if _POSSESSIVE_OPENER.match(q) and self.kind.get(q) == "sentence" and not _find(names, prior) and \
                    not ((self.r.referent.match(prior.lstrip()) or _PRONOUN_OPENER.match(prior)) and subj == self.topic == self.first):
                # (or by a pronoun that continues the page's company: "Il a aussi annoncé …. Son action perdait …")
                # "Su valoración previa era de …" after a sentence that names no one: whose? Only the
                # organisation the page is about, pointed to again by "The company …", is safe
                return False
            if not self.known(subj):
                # a name the site does not know holds only when this sentence points back to the one before (or, for the
                # page's own company, back over a sentence that names no other: "Recogni … The company, located in San
                # Jose, … Investors are leading the round for the company")
                pointed = bool(self.r.definite.match(q) or self.r.referent.search(q))
                if subj == self.topic and pointed and self.r.referent.match(prior.lstrip()) \
                        and not any(m.kind in ("lab", "org") and not _related(m.name, subj) for m in self.mentions(prior)):
                    return True
                return bool(_find(names, prior)) and pointed
            opener = re.match(r"\W*([A-Z][\w-]+)", prior)
            if re.match(r"\W*(?:It|Its|It['’]s|They|Their)\b", q) and opener and opener.group(1) in self.members \
                    and not _related(self.members[opener.group(1)], subj):
                c["subject"], c["exact"] = self.members[opener.group(1)], True  # the sentence before opens with it
                return True
            before = self._opener(prior)
            if re.match(r"\W*(?:It|Its|It['’]s|They|Their)\b", q) and before and not self.kind_of(before) \
                    and not _find(names, prior):
                return False  # "Scout is the nerd. It reads ...": the pronoun is that other name
            if at is None or c["attribute"] not in self.r.money_attributes:
                return True
            # another named entity raises or spends in the sentence: the claim's subject came from elsewhere
            return not any(_VERB_AFTER.match(q[m.end:]) and not _related(m.name, subj) and m.end <= at
                           for m in self.mentions(q))
        for m in hits:
            after = q[m.end():]
            if re.match(r"\s*:\s*\d", after) or re.match(r"\s+[A-Z](?![\w])", after):
                return False  # a ticker prefix, "Series E"
        if self.kind_of(subj) in (None, "person") and any(self.r.speech.match(q[m.end():]) for m in hits):
            return False  # "Carlsson noted the $N investment": the speaker, not the owner
        if not self.known(subj) and all(
                (mw := re.match(r"\s+((?:[\w-]+\s+){0,2}?)(?:%s)\b" % _alt(self._measure_words()), q[m.end():], re.I))
                and not any(w.lower() in ("the", "a", "an") or w.lower() in lexicon.grammar(self.k).articles for w in mw.group(1).split())
                for m in hits):
            return False  # "GAAP earnings": a name that qualifies a measure ("Sony posted a net profit" acts)
        return True

    def owner_ok(self, c: dict, at: int) -> bool:
        """The nearest acting entity before the value in its clause is the subject (or its family)."""
        q, subj = c["quote"], c["subject"]
        if self.kind.get(q) != "sentence":
            return True
        names = self.names(subj)
        alt = _alt(names)
        if re.match(rf"(?:[^,;]|(?<=\d),(?=\d)){{0,40}}?\b(?:{_alt(self.r.owner_after)})\s+(?:[\w-]+\s+){{0,2}}?(?:{alt})(?![\w-])", q[at:]):
            return True  # "X leads an investment of $N in Y", "a raise of $N by Y": the subject after the value
        if subj == self.topic and c["attribute"] in ("funding", "investment") and re.match(
                rf"[^,;]{{0,40}}?\b(?:for|in|into)\s+{ROUND_RECIPIENT}", q[at:]):
            return True  # "… are leading the $102 million Series C round for the company": the page's company raises it
        if c["attribute"] in _OF_A_DEAL and any(m.start() > at for m in _find(names, q[:at + 80])):
            return True  # "l'acquisizione da 20 miliardi di dollari della startup X": the company bought after its price
        lo = _clause_start(q, at)
        rel = _RELATIVE_NAME.search(q, max(0, at - 120), at)
        if rel and not _find(names, q[max(lo, rel.start() - 40):at]) and not self.r.referent.search(q, rel.end(), at) \
                and not re.search(r"[,;(]", q[rel.end():at]):
            # (the subject named in the relative clause, or coordinated with its name: "el S&P 500 y el Nasdaq, que …")
            return False   # "… like Meta Quest 3, which costs $499": the name the relative clause hangs on owns it
        if c["attribute"] in ("funding", "investment") and self.r.leads and any(
                self.r.leads.match(q, m.end(), at) for m in _find(names, q[:at])):
            return False   # "Prima Materia is leading a €600 million round": the investor who leads it, not who raises it
        kind = self.kind_of(subj) or ("model" if subj in self.models else None)
        for near in reversed([m for m in self.mentions(q) if lo <= m.start and m.end <= at]):
            between = q[near.end:at]
            if _related(near.name, subj) or _find(names, between) or self.r.referent.search(between):
                return True
            if c["attribute"].endswith(f" to {near.name}"):
                continue  # "X matched Y at half the cost": the entity compared against
            if c.get("qualifier") == f"by {near.name}":
                continue  # "B was acquired by A for $X": the buyer, which the qualifier names
            if str(c.get("qualifier") or "").startswith("by ") and re.match(
                    rf"['’]?s?\s+(?-i:[a-z][\w-]*\s+){{1,2}}{re.escape(c['qualifier'][3:])}(?![\w-])", q[near.end:]):
                continue  # "Google parent Alphabet": a name that describes the buyer
            if re.search(rf"(?<![\w-])(?:{_alt(names)})\s*(?:,|and|or|&|y|et|und|e)\s*$", q[lo:near.start]):
                return True  # "X and Y were available in 71 countries": the value is both names'
            if re.search(r"\binvest", between, re.I) and _VERB_AFTER.match(q[near.end:]):
                c["subject"] = near.name   # "Microsoft, which has invested $N in Y": the investor's amount
                return True
            if self.r.object_before.search(q[max(0, near.start - 25):near.start]) or \
                    (q[:near.start].count("(") > q[:near.start].count(")") and ")" in between):
                continue  # an object ("with Y", "compared to Y's") or an aside in brackets
            if _PAID_PARTY.search(q, max(0, near.start - 60), near.start):
                continue  # "Orion will have to pay Vega a termination fee of …": who is paid
            head = apposition_head(q, near.start, proper_names(q, self.mentions(q)), at)
            if head is not None and _find(names, head.name):
                continue  # "LinkedIn, propriété du géant américain Microsoft, a écopé …": a name describing the subject
            if near.kind != kind and kind is not None and not _POSSESSIVE.match(q[near.end:]):
                return True  # a lab acting on its model, a product named in passing
            return False
        return True

    # --- attribute
    def _valued_is(self, subject: str, q: str, lo: int, at: int) -> bool:
        """A valuing verb with an object of its own before the amount ("valuing the startup at",
        "valorisant l'entreprise à") values that object: the subject must be named in it."""
        m = self.r.valuing_object.search(q, max(lo, at - 80), at) if self.r.valuing_object else None
        if not m:
            return True
        names = self.names(subject) or [subject]
        obj = m.group("obj").strip()
        if any(n.lower() in obj.lower() for n in names):
            return True
        if _COMPANY_OBJECT.match(obj):
            # "The financing valued the firm at $2 billion", "xAI raised $6 billion, valuing the company at":
            # the company the sentence is about, unless the subject stands after a preposition as the one who
            # invests ("un investissement de Meta valorisant la startup", "an investment by Meta valuing it")
            head = q[lo:m.start()]
            bid = re.search(r"(?<![\w-])(?:for|pour|sur|für|por|para|per|voor|pela|pelo)\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+|die\s+)?"
                            r"(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})", head)
            if bid and not any(n.lower() in bid.group("name").lower() for n in names):
                return False   # "Halvor's $42-a-share offer for Brimont values it at $3.1 billion": the company bid for
            # ("geleid door het Amerikaanse durfkapitaalfonds Halcyon Ridge Capital": a few words between)
            return not any(re.search(r"(?<![\w-])(?:(?:by|from|of|de|du|des|par|por|von|di|da|door|van)\s+(?:[\w-]+\s+){0,3}?|d['’])" + re.escape(n) + r"(?![\w-])",
                                     head, re.I) for n in names)
        return False

    def attribute(self, c: dict, span: tuple[int, int]) -> bool:
        q, at, end = c["quote"], span[0], span[1]
        r, attr = self.r, c["attribute"]
        lo = _clause_start(q, at)
        tail = q[end:end + 40]
        a = self.k.attribute(attr)
        rate = _RATE_AFTER.match(tail) if a is not None and a.type == "money" and not c.get("qualifier") else None
        if rate:
            # "$20 per month", "$2/day to run": a price for a time, which the claim says
            c["qualifier"] = f"per {_RATE_UNIT_OF[rate.group('unit').lower()]}"
            if attr == "price" and re.match(r"\s*(?:to|para|pour|um|per)\s+(?:run|operate|keep|mantener|faire tourner|betreiben|far girare)\b",
                                             q[end + rate.end():end + rate.end() + 30], re.I):
                c["attribute"] = "running cost"   # "it costs just $2/day to run": what running it costs, not its price
        per = r.per_share.search(tail[:30])
        # ("for $4.2 billion in cash, or $38 per share": another amount stands before "per share", which is that one's)
        if per and not re.match(r"\s*,\s*(?:or|o|ou|oder|ossia)\s+\D{0,6}\d", tail[:per.start()]) and "per share" not in attr \
                and not (re.search(r"\d", tail[:per.start()]) and _whole_sum(c["value"])):
            # (", or $1.01 a share" after a profit restates it per share; "$1.10 or $1.50 per dollar" are both rates)
            if re.search(r"earning|EPS", q[max(lo, at - 40):end + 40], re.I):
                c["attribute"] = "earnings per share"
                return True
            if attr in ("net profit", "net loss") and re.search(r"\d[^,;]{0,25},\s*(?:or|o|ou|oder|ossia|soit)\s+\D{0,6}$", q[max(0, at - 60):at]):
                # "Net income was $3.1 billion, or $1.42 per share": the profit restated per share
                c["attribute"] = "earnings per share" if attr == "net profit" else "loss per share"
                return True
            if attr == "dividend":
                c["attribute"] = "dividend per share"   # "eine Dividende von 0,30 Euro pro Aktie"
                return True
            if attr == "payment":
                # "Cisco will pay $157 per share in cash": what a buyer pays for each share (page_scope.deal_of_page
                # files it under the company bought, or drops it)
                c["attribute"] = "payment per share"
                return True
            # a listing's price and a share's price are prices of one share ("an IPO price of $51 a share")
            return attr in PRICES_OF_A_SHARE
        if attr == "parameters":
            hi = min((m.start() for m in re.finditer(r"[,;:.]\s|\s(?:and|y|e|et|und)\s", q[end:])), default=len(q) - end) + end
            total = re.match(r"\s*(?:[\w-]+\s+)?(?:total|totales|totais|totaux|insgesamt|in total)\b", q[end:end + 30], re.I)
            if not total and (r.active_after.search(q[end:min(hi, end + 45)]) or r.active_before.search(q[max(lo, at - 30):at])):
                c["attribute"] = "active parameters"   # "17B active", "17 bilhões de parâmetros ativos", "activando 17B"
                return True
            near = q[max(0, at - 20):end + 20]
            if re.search(r"\btotal\b", q, re.I) and not re.search(r"\btotal\b", near, re.I):
                return False  # the page gives a total elsewhere: this figure is some other count
        if attr in ("funding", "investment") and r.investors is not None and r.investors.match(q[lo:at]) \
                and not _find(self.names(c["subject"]), q[lo:at]):
            return False   # "Investors were required to put in $250 million to review X's documents": no one's investment
        if attr == "charge" and not _CHARGE_NOUN.search(q):
            return False   # "charges $5 per million tokens": a price asked, not a cost booked
        if attr == "cost" and self.kind_of(c["subject"]) in ("lab", "org") and _PER_SPAN_OR_USER.match(q, end):
            return False   # "Heron 2 … costs $20 a month": a price asked per span or per user, not what a company spends
        if attr == "cost" and (re.match(r"\s*(?:in\s+)?(?:annual\s+|yearly\s+|pre-tax\s+|run-rate\s+)?cost\s+(?:savings|synergies|cuts|reductions?)\b", q[end:end + 40], re.I)
                               or r.savings.search(q, max(lo, at - 50), at) or r.savings.match(q, end) or r.saving_after.match(q, end)):
            return False   # "about $250 million in annual cost savings", "sinergie di costo per circa 140 milioni": what is saved
        if r.company_measure.search(attr) and r.combined.search(q, lo, at):
            return False   # "Zusammen komme man auf einen Umsatz von gut 8,3 Milliarden Euro": two companies' sum, neither's
        if (attr.startswith("share price") or attr.startswith("index")) and r.futures.search(q, max(lo, at - 80), at):
            return False   # "ASX futures are pointing to a rise of 0.3 per cent at the open": what futures point to, no move yet
        if attr in ("revenue", "sales", "net profit", "operating profit", "EBITDA") and (
                r.savings.search(q, max(lo, at - 50), at) or r.savings.match(q, end)):
            return False   # "annual cost and revenue synergies of 95 million euros": what a deal adds, not a level of either
        if attr == "power capacity" and not (_CAPACITY_AFTER.match(q, end) or _CAPACITY_BEFORE.search(q, max(0, at - 40), at)):
            return False   # "a 1.5GW gas-fired plant and 900MW of solar … so the campus …": a size names what it sizes beside it
        if attr == "damages sought" and not (r.seeking is not None and r.seeking.search(q[max(lo, at - 70):at])):
            return False   # "was ordered to pay $300 million in damages": awarded or paid, not what a party seeks
        if attr in ("funding", "investment") and r.funding_target is not None and r.funding_target.search(q[max(lo, at - 60):at]):
            c["attribute"] = "funding target"   # "is targeting funding of between $150 million and $200 million"
            return True
        if attr == "revenue" and (self._part_named(attr, q, lo, at) or self._part_named_after(attr, q, end)):
            return False   # "ingresos de producto", "ricavi da prodotto", "revenue from cloud": a part of the measure
        count = _CUSTOMER_COUNT.search(q, max(0, at - 90), at)
        if count and not _JOINED.search(q[count.end():at]) \
                and (_MORE_WORDS.search(q, max(0, at - 30), at) or str(c["value"]).startswith((">", ">="))):
            return False   # "654 clientes generaron más de 1 millón de dólares": a threshold each customer passes
        if self._added_to(attr, q, end):
            return False   # "contributing €500 million to operating profit by 2025": an amount added to it, not its level
        if attr in r.money_attributes and not (attr in r.money_nouns and r.money_nouns[attr].match(q[end:])) \
                and self._named_in_apposition(attr, q, lo, at):
            return False   # "obligations, a measure of contracted revenue it expects to collect, of $455 billion"
        related = terms_of(self.k).related
        if related and attr in r.money_attributes:
            if related.search(q, max(lo, at - 45), at):
                return False   # "los [costes] asociados a las ventas fueron de $11.287 millones": costs, not sales
        if attr.startswith("share price ") and not r.share_words.search(q):
            change = attr.rsplit(" ", 1)[1]
            # (not a noun of an aside closed before the move: "X, which gets a third of its sales from Asia, fell 7.9%")
            measure = self._measure_before(_CLOSED_ASIDE.sub(lambda m: " " * len(m.group()), q[lo:at]))
            if not measure:
                return True
            c["attribute"] = f"{measure} {'growth' if change in ('rise', 'gain') else 'decline'}"
            return True
        if attr == "memory bandwidth" and re.search(r"\b(?:SRAM|cache|caché|Cache|L[123]|on-chip|network\w*|interconnect|NVLink|"
                                                 r"Ethernet|bi-?directional|communications?)\b", q[max(lo, at - 60):at]):
            return False   # "96 MB of SRAM communicating at 12.8 TB/s", "1.2 TB/s bi-directional": not the memory's
        if attr in r.money_attributes and re.search(r"\b(?:that|this|such|those|these)\s+(?:[\w-]+\s+)?(?:valuation|price|deal|amount|figure|sum|round)"
                                                  r"\s+(?:of\s+)?(?:US\s?)?[$€£]?\s*$", q[max(lo, at - 40):at], re.I):
            return False   # "For that valuation of US$1.3 billion": of whatever "that" points back to
        if attr in r.money_attributes and _PRICE_BEFORE.search(q[max(lo, at - 120):at]):
            return False   # "acquired by Databricks for about $1.3 billion", "sell for $1.3 billion": a price, not the buyer's figure
        if attr == "valuation" and re.search(r"\b(?:each|every|per)\s+[\w-]+\s+(?:\w+\s+)?$", q[max(lo, at - 40):at].replace("valued at", "").rstrip() + " "):
            return False   # "each employee valued at $21 million": a rate, not the company's value
        if attr in r.money_attributes and r.change_before.search(q[max(lo, at - 40):at]):
            return False   # "a reduction of $4 billion in sales", "an increase of $2 billion": a change, not the level
        if (attr in r.money_attributes or c.get("unit") not in (None, "percent")) and _REDUCED_BY.search(q[lo:at]):
            return False   # "réduire ses dépenses d'investissement de plus de 10 milliards": by how much it is cut, not the level
        if attr == "valuation" and re.match(r"\s*(?:[\w-]+\s+)?(?:pre-money|pre money|prémoney|pre-Money)\b", q[end:], re.I):
            c["attribute"] = "pre-money valuation"   # "a $2 billion pre-money valuation": the value before the round
            return True
        if attr == "valuation" and _ON_THE_MARKET.search(q, lo, min(len(q), end + 60)):
            c["attribute"] = "market value"   # "wird Tesla am Aktienmarkt mit knapp 350 Milliarden US-Dollar bewertet": its market value
            return True
        if attr == "valuation" and _DEAL_VALUED.search(q, max(lo, at - 80), at):
            c["attribute"] = "deal value"   # "a deal valued at approximately $28 billion": the deal's, not a company's value
            return True
        if attr == "valuation":
            to = _VALUATION_TO.search(q, max(lo, at - 60), at)
            if to and c["subject"] not in to.group("who") and to.group("who") not in c["subject"]:
                return False   # "da una valoración a X en 33.000 millones … y a xAI en 80.000 millones": X's value
        own = _OWN_VALUATION.search(q, max(0, at - 60), at) if attr == "valuation" else None
        if own:
            # "… devant Mercedes Benz, valorisé 57 milliards d'euros": the name the participle follows is the one valued
            known = self.mentions(q)
            named = next((m for m in proper_names(q, known) if m.end <= own.start() and re.fullmatch(r"\s*", q[m.end:own.start()])), None)
            if named is not None and not _related(named.name, c["subject"]):
                if self.kind_of(named.name) not in ("lab", "org") or not any(m.name == named.name for m in known):
                    return False   # (a name the page does not know as a company: its figure, but no one's to file)
                c["subject"] = named.name
                return True
        if attr == "valuation" and not self._valued_is(c["subject"], q, lo, at):
            m = self.r.valuing_object.search(q, max(lo, at - 80), at) if self.r.valuing_object else None
            named = [x for x in proper_names(q, self.mentions(q)) if m.start("obj") <= x.start and x.end <= m.end("obj")
                     and (self.kind_of(x.name) or x.kind) in ("lab", "org", "group")] if m else []
            if len(named) == 1 and re.fullmatch(r"\s*", q[m.start("obj"):named[0].start]):
                c["subject"] = named[0].name   # "…, lo que valora Lumentia en unos 2.150 millones": the company the verb values
                return True
            return False   # "un investissement de Meta valorisant la startup à 29 milliards": the startup's value
        if attr == "valuation" and r.deal_worth.search(q[max(lo, at - 70):at]):
            c["attribute"] = "deal value"   # "The transaction, worth $61 billion …": what a purchase costs
            return True
        portion = _portion_after(self.k).get(attr)
        if portion and portion.match(q, end) and not any(rx.search(q, lo, at) for rx, name in terms_of(self.k).measures if name == attr):
            return False   # "Corvid refinanced $5 billion of debt": some of it, not all it owes
        moved = _portion_verbs(self.k).get(attr)
        if moved and moved.search(q, lo, at):
            return False   # "Corvid issued debt of $1 billion", "emitió deuda por 500 millones": a sum borrowed or repaid
        if attr == "valuation":
            whose = next((name for rx, name in _level_worth(self.k) if rx.search(q, max(lo, at - 70), at)), None)
            if whose:
                c["attribute"] = whose   # "Corvid had debts worth $328 billion": the measure before "worth" is what the amount is
                return True
        worth = _WORTH_OF_A_THING.search(q, max(lo, at - 50), at) if attr == "valuation" else None
        if worth and worth.group("noun") == c["subject"] and not self.known(c["subject"]):
            return False   # "Aufträge im Wert von rund 180 Mio. Euro": what orders are worth, no company's value
        if attr == "valuation" and _THINGS_WORTH.search(q, max(lo, at - 40), at):
            return False  # "4.6 billion transactions worth 3.9 trillion rupees", "new shares worth …": what those things are worth
        if attr == "valuation" and self._a_things_worth(q, max(lo, at - 40), at):
            return False  # "won 5G spectrum worth $5.4 billion": a common noun's worth, no company's
        if attr == "valuation" and (r.worth_of.search(q[max(lo, at - 70):at]) or re.match(r"\s*(?:[\w-]+\s+)?worth of\b", q[end:])):
            return False  # "the initial investment Microsoft made in 2019 worth $1 billion": the investment's amount
        if attr == "valuation" and r.worth_noun_after is not None and r.worth_noun_after.search(q[max(lo, at - 70):at]) \
                and r.worth_after.match(q, end):
            return False  # "Der neue Auftrag ist 300 Millionen Euro wert": what the order is worth, no company's valuation
        if attr in r.money_attributes:
            own = r.money_nouns[attr].match(q[end:]) if attr in r.money_nouns else None
            for other, rx in r.money_nouns.items():
                theirs = rx.match(q[end:]) if other != attr else None
                if theirs and (not own or theirs.end() > own.end()):
                    # "$61.5 billion post-money valuation" is no funding amount, nor "$2.6 billion Series B valuation"
                    # (the last noun is the head)
                    return False
            for other, rx in r.money_before.items():
                if other != attr and rx.search(q[max(0, at - 50):at]):
                    return False  # "une levée de 40 milliards de dollars valorisant …": the round's amount
            if r.other_things.match(q[end:]) or r.things_before.search(q[max(lo, at - 60):at]):
                return False  # "a $500 billion initiative", "a line of credit of $2.5 billion": another thing's amount
        if re.search(r"\d\s?(?:%|percent|per cent)[^.;$€£¥\d]{0,80},\s+(?:or|o|ou|oder|soit|ovvero)\s+(?:US\s?)?[$€£¥]?\s*$", q[max(lo, at - 110):at]):
            return False  # "growth of about 8% to its digital business revenue, or 600 million euros": the change restated
        if attr in r.money_attributes and _COMBINED.search(re.split(r"[;:]|\.\s", q[lo:])[0]) \
                or _COMBINED.search(q, max(lo, at - 14), at):
            return False  # "les revenus combinés des deux entités", "for a combined $1 billion": several companies' figure
        if attr in ("employees", "staff", "workers", "engineers") and not _HEADCOUNT.search(q[lo:at]):
            return False  # "400 current and former OpenAI employees are eligible …": some employees, not the headcount
        if _MULTIPLE_AFTER.match(q, end):
            return False   # "32 Milliarden Euro sind das Doppelte des Wertes, mit dem Wiz bewertet worden war": a multiple of the measure
        if attr in r.money_attributes and (_TERMINATION_FEE.match(q, end) or _TERMINATION_FEE_BEFORE.search(q, max(lo, at - 40), at)):
            c["attribute"] = "termination fee"   # "it will pay a $1 billion break-up fee": owed if the deal fails, not a payment made
            c.pop("qualifier", None)
            return True
        if attr == "offer" and (ipo := _IPO_WORDS.search(q, max(lo, at - 50), at)) and not _NUM.search(q, ipo.end(), at):
            c["attribute"] = "IPO proceeds"   # "su Oferta Pública Inicial (OPI) de US$ 1.480 millones": an offering of shares, no bid
            return True
        if attr in ("funding", "investment") and _IPO_WORDS.search(q, lo, min(len(q), end + 80)):
            c["attribute"] = "IPO proceeds"   # "raised nearly $5 billion in the largest IPO of the year": a listing's money, not a round
            if c.get("qualifier") == "to date" or c.get("qualifier") in TRADING_TIMES:
                c.pop("qualifier")
            return True
        if attr in ("users", "customers", "subscribers") and self._affected(q, lo, at, end):
            c["attribute"] = f"affected {attr}"   # "7 millones de usuarios afectados": the people a breach reached, not the base
            return True
        per = self._per_thing(attr, q[lo:at]) or self._per_after(attr, q, lo, at, end) or self._per_after_noun(attr, q, end)
        if per:
            c["attribute"] = f"{attr} per {per}"   # "der Umsatz pro Abo stieg … auf 16,64 Dollar": per subscription, not the revenue
            return True
        if attr == "revenue" or attr.startswith("revenue ") and attr.split()[-1] in ("rise", "drop", "gain", "loss", "growth", "decline"):
            seg = self._segment(q, lo, at, c["subject"], end if attr != "revenue" else None)
            if seg == "":
                return False
            if seg:
                c["attribute"] = f"{seg} {attr}"   # "a 74% surge in AI semiconductor revenue": that part's revenue
        return True

    def _seat_of_another(self, c: dict) -> bool:
        """A seat the attribute's pattern reads in its second word order ("Toronto-based Cohere": group `value2`),
        given to a name other than the one right after it."""
        a = self.k.attribute(c["attribute"])
        if a is None or not a.pattern or not isinstance(c["value"], str):
            return False
        return any(m.group("value2") == c["value"] and not c["quote"].startswith(c["subject"], m.end())
                   for m in re.finditer(a.pattern, c["quote"]) if "value2" in m.re.groupindex)

    def _a_things_worth(self, q: str, lo: int, at: int) -> bool:
        """The word right before "worth" is a common noun that names no company ("spectrum worth", not "a startup
        worth", "is worth", "now worth", "it worth"): the amount is what that thing is worth."""
        m = _NOUN_WORTH.search(q, lo, at)
        if m is None:
            return False
        word = m.group("noun").lower()
        return not (word in _worth_leads(self.k) or word.endswith("ly"))

    def price_side(self, c: dict, at: int) -> bool:
        """A per-token price is the number its side word follows ('$15 per million input tokens',
        '15 Dollar pro Million Input-Tokens') or, with none before it, the next one ('input: $5')."""
        attr, q = c["attribute"], c["quote"]
        side = attr.split()[3] if attr.startswith("price per million ") else None
        rx = (self.r.sides or {}).get(side)
        cues = list(rx.finditer(q)) if rx else []
        if side is None and attr.split()[0] in ("cost", "price", "costs", "prices") and \
                any(x.search(q) for x in (self.r.sides or {}).values()) and re.search(r"\btokens?\b|Token", q):
            return False   # "costs $15 per million input tokens and $75 for output": which side is "cost"?
        if not cues:
            return True
        nums = [m for m in _NUM.finditer(q) if not re.search(r"(?:/|\bper|\bpro|\bpor|\bpar)\s*$", q[max(0, m.start() - 6):m.start()], re.I)]
        for cue in cues:
            before = [n for n in nums if n.end() <= cue.start() and cue.start() - n.end() <= 40
                      and not re.search(r"[,;]|\b(?:and|und|y|et|e|or)\b", q[n.end():cue.start()])]
            owner = before[-1] if before else next((n for n in nums if 0 <= n.start() - cue.end() <= 40), None)
            if owner is None or owner.start() <= at < owner.end():
                return True
        return False

    def _measure_before(self, text: str) -> str | None:
        best = None
        for name, rx in self.r.growth_measures.items():
            for m in rx.finditer(text):
                if best is None or m.start() > best[0]:
                    best = (m.start(), name)
        return best[1] if best else None

    def _segment(self, q: str, lo: int, at: int, subj: str, end: int | None = None) -> str | None:
        """'data center revenue', 'its gaming segment ... sales': the part's name, None for the whole,
        '' when a part is named but its name cannot be read. A change reads its measure up to the
        clause after it ("rose 74% in AI revenue", not "rose 78%, and full-year revenue …")."""
        window = q[lo:at + 60] if end is None else q[lo:end + min(60, max(0, (re.search(r"[,;]", q[end:]) or re.search(r"$", q[end:])).start()))]
        seg = self.r.segment_nouns.search(q[lo:at])
        names = {n.lower() for n in _names(subj, self.k)}
        if seg:
            named = re.match(r",\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?),", q[lo + seg.end():at])
            if named and named.group(1) not in self.r.function_words:
                return named.group(1)   # "Another growth category, networking, delivered …": the name in apposition
            mod = self._premodifier(q[lo:lo + seg.start()], names)
            return mod if mod else ""
        for m in self.r.premodified.finditer(window):
            mod = self._premodifier(window[:m.start()], names)
            if mod:
                return mod
        return None

    def _premodifier(self, before: str, names: set[str]) -> str | None:
        found = list(re.finditer(r"[\w'’.-]+", before))[-2:]
        kept = []
        for m in reversed(found):
            w = m.group()
            if kept and "," in before[m.end():]:
                break   # "Orbitron, the chipmaker, said revenue": a word before a comma modifies nothing after it
            lw = re.sub(r"['’]s$", "", w).lower()
            if kept and lw in names and not re.search(r"['’]s?$", w):
                if len(kept) == 1 and kept[0] not in self.r.verbs_after_name and not kept[0].endswith("ed") and len(kept[0]) >= 2:
                    return kept[0]   # "Google ad sales surged 32%", "Google cloud revenue": a noun names the part
                return None   # "Nvidia had revenue", "Nvidia expects revenue": a verb after the bare name, no modifier
            if kept and lw in _SUBJECT_PRONOUNS:
                return None   # "We expect revenue of about $4 billion": the word after a subject pronoun is its verb
            if not kept and (lw in {x for n in names for x in n.split()} or lw in _NAME_SUFFIXES) and w[:1].isupper():
                return None   # "Vega Systems revenue fell", "Arden Motors Co's revenue": the subject's own name, no part of it
            if lw in self.r.function_words or lw in names or not (re.fullmatch(r"[a-z][a-z-]*", lw) or re.fullmatch(r"[A-Z]{2,4}", w)) \
                    or self.r.whole.fullmatch(lw) or re.search(r"(?:ed|ly)$", lw) or _CONNECTIVE.fullmatch(lw):
                break   # ("Meanwhile revenue jumped": the sentence's connective names no part)
            if lw.endswith("ing") and re.search(r"(?:,|[A-Z\d][\w.-]*)\s*$", before[:m.start()]) \
                    and not re.search(r"(?:^|\s)(?:The|A|An|Its|Their|Our|His|Her)\s*$", before[:m.start()]):
                break   # "Broadcom delivered a standout quarter, posting revenue of": a verb, not a part's name
            kept.insert(0, lw)
        return " ".join(kept) or None

    def _measure_patterns(self, attr: str) -> _WordPatterns | None:
        words = ((self.k.terms or {}).get("measures") or {}).get(attr)
        return _word_patterns(tuple(words)) if words else None

    def _per_thing(self, attr: str, before: str) -> str | None:
        """'revenue per paying member', 'Umsatz pro Abo': the unit the measure before the value is of."""
        w = self._measure_patterns(attr)
        m = w.per_unit.search(before) if w else None
        if m and m.group("unit").lower() in lexicon.grammar(self.k).stop:
            return None   # "multada por la Unión Europea": "por" names the agent, not a unit
        return m.group("unit") if m else None

    def _measure_again(self, attr: str, q: str, at: int, upto: int) -> bool:
        """The value's measure is named again between the value and `upto` ("… übersteigt die Strafe von Amazon")."""
        w = self._measure_patterns(attr)
        if w is None:
            return False
        q = CONVERSION_ASIDE.sub(lambda m: " " * len(m.group()), q)   # ("a €290 million (about $324 million) fine")
        own = w.within_three.match(q, at, upto)   # ("a €1.2 billion fine on Meta": the value's own noun)
        return bool(w.any.search(q, own.end() if own else at, upto))

    def _affected(self, q: str, lo: int, at: int, end: int) -> bool:
        """A count a breach or an attack reached: an `affected` context word before it in its clause, or
        right after its noun."""
        words = (((self.k.terms or {}).get("count_contexts") or {}).get("affected")) or ()
        if not words:
            return False
        w = _word_patterns(tuple(words))
        return bool(w.any.search(q, lo, at) or w.after_noun.match(q, end, end + 60))

    def _per_after(self, attr: str, q: str, lo: int, at: int, end: int) -> str | None:
        """'an average revenue of $43.45 per paying streaming member': the measure is named before the value,
        the unit after it."""
        w = self._measure_patterns(attr)
        if w is None or not w.any.search(q, lo, at):
            return None
        m = _PER_AFTER.match(q, end)
        return m.group("unit") if m else None

    def _per_after_noun(self, attr: str, q: str, end: int) -> str | None:
        """'$3 million in revenue per employee': the measure named right after the value, then the unit."""
        w = self._measure_patterns(attr)
        lead = re.match(r"\s*(?:in|of|en|de|em|di)\s+", q[end:]) if w else None
        noun = w.any.match(q, end + lead.end()) if lead else None
        per = _PER_AFTER.match(q, noun.end()) if noun else None
        return per.group("unit") if per else None

    # --- speaker and amount
    def speaker(self, c: dict, at: int) -> None:
        q, lo = c["quote"], _clause_start(c["quote"], at)
        said = c.get("said_by")
        if said == "forecast":
            # "L'intesa, che prevede investimenti …, porta la valutazione a …": the only forecast word stands in
            # an aside the value is not in, so the value is stated, not forecast
            kept = _ASIDE.sub(lambda m: m.group() if m.start() <= at < m.end() else "," + " " * (len(m.group()) - 2) + ",", q)
            cues = self._forecast_cues(kept)
            own = next((m for m in _ASIDE.finditer(q) if m.start() <= at < m.end()), None)
            if not cues:
                said = c["said_by"] = None
            elif own and not any(own.start() <= m.start() < own.end() for m in cues):
                # "Zhao, who established Binance in 2017, will resign": the aside the value stands in states it; the
                # future is the main clause's
                said = c["said_by"] = None
            elif all(m.start() > at and self._forecast_of_another(q, at, m) for m in cues):
                said = c["said_by"] = None
            elif c["attribute"] in self.r.decided and not self._forecast_word(_OBLIGATION.sub(lambda m: " " * len(m.group()), kept)):
                # (a modal of obligation before the payment is the decision too: "l'entreprise devrait payer une amende")
                # "Apple enfrentará una multa de 500 millones", "Meta deberá pagar 200 millones": the future
                # tense of a fine or a payment a decision sets states the decision, as "will pay" does
                said = c["said_by"] = None
        if said and not said[:1].islower():
            quoted = [m.span() for m in _QUOTED.finditer(q)]
            spoken = _find(self.names(said) or [said], q)
            if quoted and spoken and not any(a <= at < b for a, b in quoted) \
                    and all(not any(a <= m.start() < b for a, b in quoted) for m in spoken):
                # 'its takeover of Credit Suisse, which was founded in 1856, "has laid the foundation …," Keller-Sutter
                # said': the speaker said the words in quotation marks; a figure outside them is the writer's
                said = c["said_by"] = None
        if said and not said[:1].islower():
            spoken = _find(self.names(said) or [said], q)
            if spoken and all(m.start() > at and (self.r.says_that.match(q, m.end()) or self._says_more(q, m.end())
                                                  or re.search(r"\s[–—]\s|;|:\s", q[at:m.start()])
                                                  or self._estimate_between(q, at, m.start()))
                              for m in spoken):
                # "…, months after Musk said that …", "Even with 70 billion parameters, Meta claims Llama 3 is
                # capable of …", "$40 billion – laut CNBC der höchste Betrag": the speaker speaks of what
                # follows or of another clause, not of the value before
                said = c["said_by"] = None
                if self._forecast_cues(q[lo:at]):
                    said = c["said_by"] = "forecast"   # "Intel anticipe un chiffre d'affaires de …, contre … selon LSEG"
        if said is None and self.topic and not _related(self.topic, c["subject"]):
            # "The company also states that Mixtral outperforms …": the organisation "the company" is
            for ref in self.r.referent.finditer(q, 0, at):
                said_that = self.r.says_that.match(q, ref.end())
                if ref.group().lower().startswith(("the ", "la ", "le ", "l'", "das ", "die ", "der ", "a ", "o ")) and \
                        said_that and said_that.end() <= at and not re.search(r"[.;:]", q[said_that.end():at]):
                    said = c["said_by"] = self.topic
                    break
        if said is None:
            # "Meta states that all Llama 4 models … 200 languages": the one who says the clause speaks its value
            asides = [(r.start(), r.end()) for r in _RELATIVE_ASIDE.finditer(q, 0, at)]
            for m in self.mentions(q[:at]):
                said_that = self.r.says_that.match(q, m.end)
                # ("The company, which … has a factory in Sunderland, said that …": the name the aside describes speaks)
                if said_that and said_that.end() <= at and not _related(m.name, c["subject"]) \
                        and not re.search(r"[.;:]", q[said_that.end():at]) and not any(a < m.start < b for a, b in asides):
                    # "Jane Roe, ex-CTO of Acme, announced that …": the name the apposition describes speaks
                    head = apposition_head(q, m.start, proper_names(q, self.mentions(q)), m.end + 1)
                    said = c["said_by"] = head.name if head is not None else m.name
        if said == "forecast" and self._forecast_cue_later(q, at):
            said = c["said_by"] = None   # "It has about 250 employees and plans to double its headcount": the plan is the next clause's
        num = _NUM.match(q, at)
        if said == "estimate" and _ESTIMATED_RELATIVE.search(q, num.end() if num else at) \
                and not _ESTIMATED_RELATIVE.search(q[:at]) and not re.search(r"(?<![\w-])estimat", q[:at], re.I):
            said = c["said_by"] = None   # "laying off 6 percent of its workforce, which is estimated to impact nearly 600 staff"
        if said == "unnamed reports" and self._report_cue_later(q, at):
            said = c["said_by"] = None   # "… 385 millions d'euros, portant sa valorisation à 2 milliards selon des sources"
        amount = _amount_at(q, at)
        if amount and self.r.estimate_after and self.r.estimate_after.match(q, amount.end()) \
                and self.r.set_against_before and self.r.set_against_before.search(q, max(0, at - 40), at):
            # "comfortably beating the €7.53bn forecast by analysts": the estimate a result was set against, of the measure
            c["said_by"] = "analysts' estimate"
            head, _, last = c["attribute"].rpartition(" ")
            if head and last in _CHANGE_WORDS and last != "cut" and c.get("unit") != "percent" \
                    and c["attribute"] not in {name for _, name in terms_of(self.k).measures}:
                c["attribute"] = head   # (the measure the estimate is of; "net loss" is a measure of its own)
            return
        if said in ("forecast", "analysts' estimate", "estimate") and self.r.set_against_after and self.r.set_against_after.match(q, num.end() if num else at) \
                and not self.r.forecast.search(q, lo, at):   # ("expects revenue of 3 billion, above forecasts": its own forecast)
            c["said_by"] = None   # "rose 4.4 percent to $11.14 billion, matching the forecast of analysts": the figure reported
            return
        est = self.r.estimate_before.search(q, max(lo, at - 60), at) if self.r.estimate_before else None
        if est and _BEAT_BEFORE.search(q, max(0, est.start() - 40), est.start()) and re.search(r"\sat\s", est.group()):
            # "came in above forecasts at $57.01 billion": the figure reported, set against the forecasts
            if said in ("forecast", "analysts' estimate", "estimate"):
                c["said_by"] = None
            return
        if est:
            # "shy of analyst targets for $15.04 billion": the estimate a figure is set against is of the
            # measure itself, not of its change
            c["said_by"] = "analysts' estimate"
            measure, _, change = c["attribute"].rpartition(" ")
            if measure and change in ("gain", "rise", "growth", "drop", "decline", "loss") and c.get("unit") not in (None, "percent"):
                c["attribute"] = measure
            return
        if said is None and _GUIDANCE.search(q, lo, at) and not (self.r.analyst_word and self.r.analyst_word.search(q, lo, at)):
            c["said_by"] = "forecast"   # "Snowflake sees third-quarter product revenue in the range of …"
            return
        if (said in (None, "forecast") or said[:1].isupper() and not _find(_names(said, self.k), q[:at])) \
                and self.r.analysts_expect and self.r.analysts_expect.search(q, max(0, at - 160), at):
            # ("Analysts had expected revenue of $51.70 billion, according to IBES data from Refinitiv": the source
            # named after the figure tells whose estimate the page read, the analysts')
            c["said_by"] = "analysts' estimate"   # "analysts' consensus estimates were calling for revenue of $782 million"
            return
        if said is None and self.r.estimated.search(q[max(0, at - 40):at]):
            # "analysts estimated it at …" is theirs; "last estimated at more than US$4 billion" names nobody
            analysts = self.r.analyst_word and self.r.analyst_word.search(q, _clause_start(q, at), at)
            c["said_by"] = "analysts' estimate" if analysts else "estimate"
            return
        num = _NUM.match(q, at)
        if num and _ESTIMATES_AFTER.match(q, num.end()):
            c["said_by"] = "analysts' estimate"   # "versus $41.78 billion expected per LSEG estimates"
            return
        if said == "forecast" and c["attribute"] in ("deal price", "price"):
            # a deal announced or planned, or a device before its launch, names its price: a stated figure, not a forecast
            c["said_by"] = None
            return
        if said in ("forecast", "analysts' estimate", "estimate", "unnamed reports"):
            return
        # "L'intesa, che prevede investimenti …, porta la valutazione a …": a forecast word inside an aside
        # the value does not stand in is not the value's framing
        tail = q[num.end() if num else at:][:30]
        # Chinese, Japanese and Korean put the verb last: "191億ドルに達すると予測している"
        verb_last = lexicon.UNSPACED.search(tail[:8]) and self.r.forecast.search(re.split(r"[。，,;；!?]", tail)[0])
        framed = _ASIDE.sub(lambda m: "," + " " * (len(m.group()) - 2) + ",", q[lo:at])
        if self.r.forecast.search(framed) or verb_last:
            if said is None or not _find(_names(said, self.k), q[:at]):
                c["said_by"] = "forecast"
            elif _OWN_GUIDANCE.search(framed) and _find(_names(c["subject"], self.k), framed):
                # "…, said investors were excited over … Walmart raising its guidance for the fiscal year to …": the company's
                # own forecast, which the speaker only speaks of
                c["said_by"] = "forecast"
            elif self._speaker_forecasts(c, framed):
                c["said_by"] = f"{said} (forecast)"   # "Galetti said the strategy could slash 30,000 positions": hers, and only possible
        elif said and not said[:1].islower() and self._speaker_forecasts(c, framed):
            c["said_by"] = f"{said} (forecast)"
        elif said is None and self.r.reported.search(q) and not self._report_cue_later(q, at):
            c["said_by"] = "unnamed reports"

    def _named(self, attr: str, text: str) -> list[re.Match]:
        """Where `text` names the attribute: its vocabulary words, or the open measure of that name."""
        return [m for rx in _naming(self.k, attr) for m in rx.finditer(text)]

    def _part_named(self, attr: str, q: str, lo: int, at: int) -> bool:
        """The measure nearest before the value is followed by what part of it this is ("ingresos de
        producto", "ricavi da prodotto", "revenue from cloud"), not by the company or the period."""
        found = self._named(attr, q[lo:at])
        if not found:
            return False
        last = max(found, key=lambda m: m.end())
        return bool(_PART_AFTER.match(q, lo + last.end()))

    def _part_named_after(self, attr: str, q: str, end: int) -> bool:
        """"1.090 millones corresponden a ingresos de producto": the measure right after the amount names a part."""
        window = q[end:end + 50]
        first = min(self._named(attr, window), key=lambda m: m.start(), default=None)
        return bool(first and not re.search(r"[,;.]", window[:first.start()]) and _PART_AFTER.match(q, end + first.end()))

    def _added_to(self, attr: str, q: str, end: int) -> bool:
        """The attribute is named right after the amount, behind "to" ("€500 million to operating profit",
        "500 millions d'euros au résultat"): the amount goes to it."""
        lead = re.match(r"\s*(?:[\w-]+\s+){0,2}?(?:to|au|à la|al|a la|zum|zur|alla|ao)\s+(?:its\s+|the\s+|their\s+|seu\s+|su\s+|son\s+|sa\s+)?", q[end:end + 40], re.I)
        if lead is None:
            return False
        rest = q[end + lead.end():end + lead.end() + 40]
        # (not a verb with its object: "agreed to pay $4.3 billion to settle the probe" says what the payment does)
        return any(m.start() == 0 and not re.match(r"\s+(?:the|a|an|its|their|his|her|all|charges|claims)\b", rest[m.end():], re.I)
                   for m in self._named(attr, rest))

    def _named_in_apposition(self, attr: str, q: str, lo: int, at: int) -> bool:
        """The clause names the attribute before the value only inside an apposition that closes
        before it: the words describe the noun before them, which is what the value measures."""
        found = self._named(attr, q[lo:at])
        return bool(found) and all(words_in_apposition(q, lo + m.start(), lo + m.end(), at) for m in found)

    def _estimate_between(self, q: str, at: int, end: int) -> bool:
        """An estimate set beside the value stands between it and the source named after it."""
        num = _NUM.match(q, at)
        start = num.end() if num else at
        return bool(self.r.estimate_then_amount and self.r.estimate_then_amount.search(q, start, end)
                    or _AMOUNT_EXPECTED.search(q, start, end))

    @staticmethod
    def _forecast_of_another(q: str, at: int, m: re.Match) -> bool:
        """A forecast word after the value that is not about the value."""
        # "L'action AMD a bondi de 25% … un accord …, qui prévoit une prise de participation": in a relative
        # clause after the value, about something else
        return bool(_RELATIVE_BEFORE.search(q, max(0, m.start() - 25), m.start())
                    # "declined 16% after the company published … a disappointing sales forecast": the cause the
                    # clause after the value names
                    or _BECAUSE_OF.search(q, at, m.start())
                    # "bookings stood at 2.6 billion euros, significantly below forecasts": a result measured
                    # against a forecast
                    or _MEASURED_AGAINST.search(q, max(at, m.start() - 30), m.start())
                    # "7.44 trillion won …, exceeding analysts' average forecast of 6.59 trillion won": a forecast
                    # word that names its own amount
                    or _OWN_AMOUNT.match(q, m.end()))

    def _forecast_cues(self, text: str) -> list[re.Match]:
        g = lexicon.grammar(self.k)
        return [m for rx in (self.r.forecast, g.forecast, _FORECAST_WORDS, FUTURE_SUM) for m in rx.finditer(text)]

    def _speaker_forecasts(self, c: dict, text: str) -> bool:
        """A forecast word in `text` (a clause up to a value) frames the value: no other clause is joined
        between them ("could slash 30,000 positions, or about 10% of staff", not "could rise, and fell 4%").
        A price a deal or launch names is stated whatever the tense ("plans to acquire ZT Systems for $4.9
        billion")."""
        if c["attribute"] in ("deal price", "price"):
            return False
        cues = self._forecast_cues(text)
        return bool(cues) and not re.search(r"(?<![\w-])(?:and|but|while|whereas|although)(?![\w-])|[,;]\s*(?:which|who)\b",
                                             text[cues[-1].end():])

    def _forecast_word(self, text: str) -> bool:
        words = lexicon.grammar(self.k).forecast_words
        return bool(self.r.forecast.search(text) or (words is not None and words.search(text)) or _FORECAST_WORDS.search(text))

    def partial(self, c: dict, at: int) -> bool:
        return bool(self.r.partial.search(c["quote"][max(0, at - 40):at]))

    def wrong_kind(self, c: dict) -> bool:
        """A vocabulary attribute said of a kind of entity its family never describes: a place's
        valuation ("US$ 18 billion" read as the United States'), a company's release date."""
        a = self.k.attribute(c["attribute"])
        kind = self.kind_of(c["subject"])
        tier = TIER_TAIL.search(c["subject"]) if kind is None else None
        if tier and self.kind_of(c["subject"][:tier.start()]) in ("product", "model"):
            kind = self.kind_of(c["subject"][:tier.start()])   # "iPhone 16 Pro Max": a model of the product "iPhone 16"
        if kind == "person" and self.r.company_measure.search(c["attribute"]) and not self.r.person_measure.search(c["attribute"]):
            # "Für das Jahr erwartet Vorstandschefin X einen Umsatz von …": the person states the company's figure;
            # "Die Kosten beziffert der Konzern auf …": the sentence points to the company the page is about
            if not self.topic or self.topic == c["subject"] or self.kind_of(self.topic) not in ("lab", "org"):
                return True
            states = re.search(rf"(?<![\w-]){re.escape(c['subject'])}\s+(?:\w+\s+){{0,2}}?(?:eine[nm]?|un|una|une|um|uma|an?)\s",
                               c["quote"])
            if not states and not self.r.referent.search(c["quote"]):
                return True
            if states and c.get("said_by") in (None, "forecast"):
                c["said_by"] = c["subject"]
            c["subject"] = self.topic
            return False
        if a is None and kind == "place" and re.search(r"(?:share price|stock|market value|revenue|profit|funding|valuation)", c["attribute"]):
            return True   # "$56.10 U.S. … rose more than 20%": a currency's country owns no share price
        if kind in ("product", "model") and re.match(r"(?:share price|stock price|market value|market cap)", c["attribute"]):
            return True   # "The tech company's shares are down 3%" on a phone's page: a device has no shares
        if self.r.company_only.search(c["attribute"]) and (kind in ("product", "model") or kind is None and self._named_as_made(c)):
            # "… customers for its Tarn X1 accelerator, and that its backlog stood at $11.8 billion": the maker's
            if not self.topic or self.kind_of(self.topic) not in ("lab", "org"):
                return True
            if c.get("said_by") == self.topic:
                c["said_by"] = None
            c["subject"] = self.topic
            return False
        if a is None or a.family not in self.k.attribute_families:
            return False
        # a company's users or a person's fortune are fine whatever the family lists; a place's
        # figures and a company's or person's dates of a model's life are not
        if kind == "model" and c["attribute"] in ("funding", "valuation", "investment"):
            return True   # "Mixtral … The company recently claimed a $2 billion valuation": a company's, never a model's
        if c["attribute"] == "price" and kind not in self.k.family(a.family).subjects:
            if not _COST_WORD.search(c["quote"]):
                return True   # "soll sie zum Preis von 799,99 Euro erhältlich sein" under its maker: a product's price, not the maker's
            c["attribute"] = "cost"   # "its costs reached $9 billion": what a company spends, not a price it asks
            return False
        if kind == "lab" and a.type == "date" and kind not in self.k.family(a.family).subjects:
            named = {m.name for m in self.mentions(c["quote"]) if m.kind in self.k.family(a.family).subjects}
            if len(named) == 1:
                # "Nintendo has announced a June 5 launch date … for its latest console, the Switch 2": the one
                # product the sentence names, not its maker
                c["subject"] = named.pop()
                return False
        if kind in ("lab", "person") and a.type in ("enum", "text") and kind not in self.k.family(a.family).subjects:
            return True   # "depositors withdrew billions" from a bank: a model's or a product's access, never a company's
        if kind == "place" or (kind in ("lab", "person") and a.type == "date"):
            return kind not in self.k.family(a.family).subjects
        return False

    def _in_anothers_apposition(self, c: dict, at: int) -> bool:
        """'… and GPT-5.5 have converged to 93% on GPQA-Diamond, a PhD-level benchmark … released in late 2023':
        a figure inside an apposition that describes another name (an indefinite noun after its comma) is that one's."""
        q = c["quote"]
        before = list(self.mentions(q[:at]))
        if not before or before[-1].name == c["subject"] or _related(before[-1].name, c["subject"]):
            return False
        return bool(re.match(r",\s+(?:a|an|un|une|una|uno|ein|eine|um|uma|een)\s+[^;:]*$", q[before[-1].end:at], re.I))

    def _joint_subject(self, c: dict, at: int, found: list[re.Match]) -> bool:
        """'Stellantis y la empresa china CATL han anunciado …, con una inversión de 4.100 millones': two
        companies joined as the sentence's subject act together; the figure is neither one's alone."""
        q = c["quote"]
        if (self.kind_of(c["subject"]) or next((m.kind for m in self.mentions(q) if m.name == c["subject"]), None)) \
                in ("model", "product", "person", "hardware") or _RESPECTIVELY_WORD.search(q):
            return False   # ("X Mini and X Max were available in 71 countries": each; "… €500 million and €200 million respectively")
        if not found or found[0].start() > 60:
            return False
        m = found[0]
        second = re.fullmatch(rf"\W*{_CAP_NAME}{_JOINT_AND.pattern}", q[:m.start()], re.I)
        first = re.match(rf"{_JOINT_AND.pattern}{_CAP_NAME}", q[m.end():], re.I) if re.fullmatch(r"\W*", q[:m.start()]) else None
        if second:
            return bool(_VERB_NEXT.match(q, m.end()))
        return bool(first) and bool(_VERB_NEXT.match(q, m.end() + first.end()))

    def _an_estimates_source(self, c: dict, at: int, found: list[re.Match]) -> bool:
        """'… below LSEG estimates of 388.8 billion yen': the name right before an estimate's noun made the
        estimate; the figure estimated is another's."""
        if not found or self.r.estimate_before is None:
            return False
        q = c["quote"]
        after = found[-1].end() + len(re.match(r"(?:['’]s?)?\s*", q[found[-1].end():at]).group())
        return bool(self.r.estimate_before.match(q, after, at))

    def _a_rounds_agent(self, c: dict) -> bool:
        """'A $40 billion funding round led by SoftBank is expected to value the company at …': a round's amount
        whose subject the sentence names only as the round's agent is another company's round."""
        if c["attribute"] not in ("funding", "funding target") or self.r.round_agent is None:
            return False
        q = c["quote"]
        found = _find(self.names(c["subject"]) or [c["subject"]], q)
        return bool(found) and all(self.r.round_agent.search(q, max(0, f.start() - 40), f.start()) for f in found)

    def _in_anothers_brackets(self, c: dict, at: int) -> bool:
        """'… outpaced other AI startups including Anthropic ($19 billion valuation)': a figure in the brackets
        right after a name is that name's, whatever the sentence's subject."""
        q = c["quote"]
        opened = lexicon.in_parens(q, at)
        if opened is None or not _SHORT_BRACKET.match(q, opened):
            return False
        own = {n.lower() for n in self.names(c["subject"]) + [c["subject"]]}
        for m in proper_names(q, self.mentions(q)):
            if m.end <= opened and not q[m.end:opened].strip():
                return m.name.lower() not in own and not any(m.name.lower() in o or o in m.name.lower() for o in own)
        return False

    def _part_of_a_whole(self, c: dict, at: int, found: list[re.Match]) -> bool:
        """'The Intelligent Cloud unit, including Azure, generated $26.75 billion': the whole's figure, not the
        member's; 'an operating profit of 4.9 trillion won in the chip segment': the segment's, not the company's."""
        q = c["quote"]
        if found and self.r.member_cue and all(self.r.member_cue.search(q, max(0, f.start() - 24), f.start()) for f in found):
            return True
        num = _NUM.match(q, at)
        return bool(_SEGMENT_AFTER.match(q, num.end() if num else at))

    def _regional_unit(self, c: dict, found: list[re.Match]) -> bool:
        """'Los ingresos de Telefónica Latinoamérica, que crecieron un 26 %': the company's name with a
        region after it, nearest before the figure, names a unit of it, whose figure is not the company's."""
        q = c["quote"]
        if not found or lexicon.is_place(c["subject"]):
            return False
        rest = found[-1].group()[len(c["subject"]):].strip() if found[-1].group().startswith(c["subject"]) else ""
        if rest and lexicon.is_place(rest):
            return True   # (the page may have taken the unit's name for one of the company's forms)
        after = _PLACE_AFTER.match(q, found[-1].end())
        return bool(after) and after.group(1)[0].isupper() and lexicon.is_place(after.group(1))

    def _named_as_made(self, c: dict) -> bool:
        """The quote writes the subject as a made thing: "its Tarn X1 accelerator", "the Falke 4 model"."""
        return bool(re.search(rf"(?<![\w-]){re.escape(c['subject'])}\s+(?:{_made_nouns(self.k)})(?![\w-])", c["quote"], re.I))

    def year_as_count(self, c: dict, at: int) -> bool:
        """'in November 2023 to a limited number of users': a year, not 2,023 users."""
        a = self.k.attribute(c["attribute"])
        if not re.fullmatch(r"(?:19|20)\d\d", str(c["value"])) or (a and a.type not in ("count",)) or c.get("unit") in ("USD", "EUR", "percent"):
            return False
        before = c["quote"][max(0, at - 16):at].lower()
        return bool(re.search(r"(?:\b(?:in|since|by|until|of|en|em|im|seit|depuis|desde)|[a-z]{3,9}\.?)\s+$", before)) and \
            bool(re.search(r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december|"
                           r"in|since|by|until|en|em|im|seit|depuis|desde)\s+$", before))

    def offset_after(self, c: dict, at: int) -> bool:
        """'founded in July 2023, launched Grok 1.5 six months later': an offset after the date dates
        the event it follows from the date, not on it."""
        a = self.k.attribute(c["attribute"])
        if a is None or a.type != "date":
            return False
        q = c["quote"]
        words = [w for w in (a.name, *a.synonyms) if len(w) > 2]
        lo = _clause_start(q, at)
        if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", q[max(lo, at - 40):at], re.I) for w in words):
            return False   # "founded in July 2023, …": the cue before the date is dated by it
        rest = q[at:]
        end = re.search(r"[.;!?](?:\s|$)", rest)
        return any(not re.search(r"(?<![\w-])(?:and|but|y|et|und|e|ma|mas|pero|mais|aber)\s+$", rest[:m.start("w")], re.I)
                   for m in self.r.later.finditer(rest[:end.start() if end else len(rest)]))   # "…, and later shipped …": another event

    def _dated_other(self, c: dict) -> bool:
        """A date attribute stated in a relative clause ("…, which was announced on …") hangs on the noun before
        the pronoun: when the subject is not named there, the date is another thing's."""
        a = self.k.attribute(c["attribute"])
        if a is None or a.type != "date":
            return False
        q = c["quote"]
        rel = _DATED_RELATIVE.search(q)
        if rel is None:
            return False
        before = q[max(0, rel.start() - 50):rel.start()]
        return not _find(self.names(c["subject"]) or [c["subject"]], before) and not self.r.referent.search(before)

    def date_apart(self, c: dict, at: int) -> bool:
        """A date attribute's word inside an aside between commas does not date what follows the
        aside: 'a empresa, fundada por ex-pesquisadores, pretende registrar … em 2027' is no
        founding year ('On June 20, 2024, they dropped X' is one statement)."""
        a = self.k.attribute(c["attribute"])
        if a is None or a.type != "date" or not a.synonyms:
            return False
        q = c["quote"]
        cut = re.compile(r"[;:—–()]|,(?!\s*(?:19|20)\d\d\b)")   # "June 20, 2024" is one date
        words = [w for w in (a.name, *a.synonyms) if len(w) > 2]
        found = [m.start() for w in words for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", q, re.I)]
        if not found:
            return False
        for f in found:
            lo = max((m.end() for m in cut.finditer(q[:f])), default=0)
            hi = min((m.start() for m in cut.finditer(q[f:])), default=len(q) - f) + f
            enclosed = lo > 0 and q[lo - 1] == "," and hi < len(q) and q[hi] == ","
            # "left OpenAI in 2018, a few years after it was founded": that clause is dated by another event
            relative = lo > 0 and bool(self.r.temporal.match(q[lo:f])) and not lo <= at < hi
            if not ((enclosed and at >= hi) or relative):
                return False
        return True

    def aside_value(self, c: dict, at: int) -> bool:
        """'Sutskever, who left OpenAI in May 2024, co-founded SSI': a value inside a relative clause
        belongs to that clause; when the words naming the claim's attribute stand only outside it,
        the value is not the attribute's."""
        a = self.k.attribute(c["attribute"])
        rel = (self.k.grammar or {}).get("relative") or ()
        if a is None or not rel:
            return False
        q = c["quote"]
        clause = next((m for m in re.finditer(rf",\s+(?:{_alt(rel)})\s[^,;:]*|(?<![\w-])(?:that|which|who)\s+(?:was|were|has been|had been)\s[^,;:]*", q)
                       if m.start() < at < m.end()), None)   # "DeepMind that was acquired by Google in 2014" too
        if clause is None:
            return False
        words = [w for w in (a.name, *a.synonyms) if len(w) > 2]
        found = [m for w in words for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", q, re.I)]
        return bool(found) and not any(clause.start() <= m.start() < clause.end() for m in found)

    def conditional(self, c: dict, at: int) -> bool:
        """'… cut its investment to $20 billion, if OpenAI does not convert by 2025': an amount under a
        condition that follows it is not a stated one."""
        q = c["quote"]
        if c["attribute"] == "termination fee":
            return False   # owed only if a deal fails: its condition is what it is
        num = _NUM.match(q, at)
        end = num.end() if num else at
        nxt = re.search(r"[.;!?](?:\s|$)", q[end:])
        # "if you can get somewhere between $50 million and $100 million ARR": an amount inside an if-clause
        opened = q[max(_clause_start(q, at), at - 80):at]
        # ("si" opens a condition before an article, a pronoun or a name; Italian's reflexive "si presenta" does not)
        # ("discussed whether to price Arm shares above the range, at $52": an option weighed, not a price set)
        if re.search(r"(?:^|[\s,\"“(])(?:if|unless|whether|si(?=\s+(?:le|la|les|l['’]|il|elle|ils|elles|on|nous|vous|un|une|des|el|los|las|"
                     r"se|no|ne|(?-i:[A-Z]))\b)|wenn|falls|ob)\s+(?:[^,;:.]{0,60})$", opened, re.I) \
                or re.search(r"(?<![\w-])(?:whether|ob)\s+(?:or not\s+)?to\s+[^.;:]{0,80}$", opened, re.I) \
                or re.search(r"\bif\b[^.;]{0,200}\bthen\b", q[:at], re.I):
            return True   # (and the "then" part of an if … then: "if you can get …, then … gets you to $1.3 billion")
        opening = _OPENING_CONDITION.match(q)
        if opening and q.find(",", opening.end()) in range(opening.end(), at):
            return True   # "If the console sells well, it will cost $799", "Si la console se vend bien, elle coûtera …"
        if self.r.counterfactual is not None and self.r.counterfactual.search(q, _clause_start(q, at), at):
            return True   # "sem as limitações, poderia ter adicionado até US$ 8 bilhões": what would have been
        if re.search(r"\b(?:would|could)\s+(?:only\s+|just\s+|still\s+)?cost\s+(?:\w+\s+)?(?:US\s?)?[$€£¥]?\s*$", q[_clause_start(q, at):at]) \
                and not re.search(r"\b(?:said|says|expects?|estimated?|projected|forecast|told)\b", q[:at]):
            return True   # "GPT-4 Turbo would cost about $0.80 to process the same pages": a worked example, no price set
        if re.match(r"\W*At (?:a|an) [^,]{0,40}$", q[:at]) and re.search(r"\b(?:would|could|might)\b", q[end:]):
            return True   # "At a $60 billion valuation, its P/E would be over 110": a premise, not a fact
        after = q[end:end + (nxt.start() if nxt else 200)][:120]
        # ("a further daily penalty of up to €2mn if it fails to comply": owed only on a failure to come)
        return bool(self.r.condition_after.search(after) or self.r.condition_phrase.search(after) or _FAILURE_CONDITION.search(after))

    def whose_value(self, c: dict, at: int) -> bool:
        """'les start-ups dont la valorisation atteint au moins 1 milliard': a value in a clause that a
        possessive relative opens belongs to the noun before it; unless that noun is the subject's
        name, it is said of something else (often a whole class)."""
        q = c["quote"]
        lo = _clause_start(q, at)
        # (an aside closed before the value is not its clause: "L'action du groupe, dont la capitalisation dépasse …, chutait de 13%")
        rel = [m for m in self.r.whose.finditer(q, 0, at) if not re.search(r"[.;:]", q[m.end():at])
               and not (q[m.start() - 2:m.start()].strip() == "," and "," in q[m.end():at])]
        if not rel:
            return False
        before = q[max(0, rel[-1].start() - 30):rel[-1].start()]
        if c["subject"] == self.topic and re.search(rf"(?:{self.r.referent.pattern})\W*$", before, re.I):
            return False   # "L'action du groupe, dont la capitalisation dépasse 83 milliards": the page's company, pointed back to
        return rel[-1].start() >= lo - 1 and not _find(self.names(c["subject"]), before)

    def _names_a_sanction(self, c: dict, at: int) -> bool:
        """'the sixth large GDPR penalty against Meta …, the first five of which cost the group …': a name that
        stands only right before a fine's or a settlement's noun names the sanction's kind; a figure of
        another attribute is not that name's."""
        if c["attribute"] in ("fine", "settlement"):
            return False
        measures = (self.k.terms or {}).get("measures") or {}
        nouns = {str(w).lower() for a in ("fine", "settlement") for w in measures.get(a) or ()}
        hits = list(_find(self.names(c["subject"]) or [c["subject"]], c["quote"][:at]))
        if not hits or not nouns:
            return False
        for m in hits:
            nxt = re.match(r"[\s-]+([^\W\d_][\w-]*)", c["quote"][m.end():])
            if not nxt or nxt.group(1).lower() not in nouns:
                return False
        return True

    def fined_named(self, c: dict, at: int) -> bool:
        """The one a fine hits, when the clause says so with "with": "hit Uber with a €290 million penalty" names
        Uber; "issuing the parent company with a €1.2 billion fine" names no one."""
        q = c["quote"]
        hit = _HIT_WITH.search(q, _clause_start(q, at), at)
        if hit is None:
            return True
        named = [m for m in self.mentions(q) if m.end == hit.end("obj")]
        if named:
            c["subject"] = named[-1].name
            return True
        return not re.search(r"(?:^|\s)(?:the|its|their|this|that)\s", hit.group("obj"), re.I)

    def elsewhere(self, c: dict, at: int) -> bool:
        """The value belongs to something the sentence sets aside: a bracket that does not follow the
        subject ('the breach (which hit over 400 users)'), a class of others ('companies with more than
        700 million users'); or the words naming the attribute stand only in a relative clause that
        does not hold the value ('the seed round, which refers to early investment, was €105 million')."""
        q = c["quote"]
        opened = q.rfind("(", 0, at)
        converted = any(m.start() <= opened < m.end() for m in CONVERSION_ASIDE.finditer(q, max(0, opened - 30)))
        # (not a signed move in brackets after the price it moved: "cotait 41,72 dollars (-9,78%)")
        signed = re.fullmatch(r"\(\s*[-−–+]\s*", q[opened:at]) and re.search(r"\d\s*(?:[$€£¥]|[^\W\d]{2,12})?\s*$", q[max(0, opened - 20):opened])
        if opened >= 0 and q.find(")", opened) > at and not converted and not signed and not _find(self.names(c["subject"]), q[opened:at]) \
                and not _find(self.names(c["subject"]), q[max(0, opened - 30):opened]):
            return True
        if self.r.class_with.search(q[max(0, at - 50):at]):
            return True
        rel = _relative_clause(self.k)
        clauses = [m.span() for m in rel.finditer(q)] if rel is not None else []
        if not clauses:
            return False
        a = self.k.attribute(c["attribute"])
        words = [w for w in ((a.name, *a.synonyms) if a else (c["attribute"],)) if len(w) > 3]
        found = [m.start() for w in words for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", q, re.I)]
        return bool(found) and bool(clauses) and all(any(lo <= f < hi and not lo <= at < hi for lo, hi in clauses) for f in found)

    def ground(self, c: dict) -> dict | None:
        if c["subject"] in self.common_acronyms:
            return None
        if c["attribute"] == ROLE:
            # a role is read only next to the person's name (digest/extract/roles.py): grounded as it stands;
            # "…, said AMD CEO Lisa Su" names her role, she does not state it
            c["said_by"] = None
            return c
        spans = value_spans(c["quote"], c["value"])
        q = c["quote"]
        if self._seat_of_another(c):
            return None   # "Ohio offered California-based Intel …": the seat is the name's after "-based", no one else's
        if spans and all(a >= 2 and q[a - 1] == "-" and q[a - 2].isalnum() for a, _ in spans):
            return None   # every place the figure stands is inside a model's name ("Qwen3-30B-A3B", "…-30B-A3B-Base")
        at = spans[0][0] if len(spans) == 1 else None
        if len(spans) > 1 and all(self.conditional(c, a) for a, _ in spans):
            return None   # every place the figure stands is under an "if"
        self.sized_member(c)
        if at is not None:
            self.member(c, at)
        if at is not None and not c.get("qualifier") and _WHEN_CLAUSE.match(q, _clause_start(q, at)):
            return None   # "… in the fourth quarter of last year — when it reported revenue of 19.77 trillion won": another time's figure
        grounded = self.grounded_subject(c, at)
        c.pop("_count_noun", None)
        if not grounded:
            return None
        if at is not None:
            # where the subject stands before its figure, read once for the checks of whose the figure is
            found = _find(self.names(c["subject"]) or [c["subject"]], q[:at])
            if self._regional_unit(c, found) or self._joint_subject(c, at, found) or self._in_anothers_apposition(c, at) \
                    or self._part_of_a_whole(c, at, found) or self._in_anothers_brackets(c, at) or self._a_rounds_agent(c) \
                    or self._an_estimates_source(c, at, found):
                return None
        if self.wrong_kind(c):
            return None
        if at is not None and self._names_a_sanction(c, at):
            return None
        if at is not None and isinstance(c["value"], (int, float)) and (self.k.attribute(c["attribute"]) or _NO_ATTR).signed \
                and _MINUS_BEFORE.search(q, max(0, at - 12), at):
            c["value"] = -c["value"]   # "at minus 0.1%", "マイナス0.1%": a level below zero (a change's words give its direction)
        if at is not None and (self.k.attribute(c["attribute"]) or _NO_ATTR).signed and not c.get("qualifier") \
                and (_PAST_PERFECT.search(q, _clause_start(q, at), at) or _FROM_BEFORE.search(q, max(0, at - 16), at)):
            # "had kept its rate at minus 0.1% since 2016", "raised … from minus 0.1%": the level before the decision
            c["qualifier"] = "previously"
        if c["attribute"] == "fine" and self._fined_together(c):
            return None   # "a €329 million fine against Delivery Hero and Glovo": the two together, neither one's amount
        if c["attribute"].split()[0] != "index" and c.get("unit") in ("percent", "USD", "EUR", "GBP", "JPY", "CNY") \
                and is_index(c["subject"], terms_of(self.k)) and not self.k.entity_kind(c["subject"]):
            return None   # "… per Sirtel a Piazza Affari: il titolo ha chiuso in calo del 14,2%" on a page the Ftse Mib heads: no index's share
        index_rx = terms_of(self.k).index
        if at is not None and index_rx is not None and c["attribute"].startswith(("share price", "market value")) and any(
                _RELATIVE_OF_INDEX.match(q, m.end(), at) for m in index_rx.finditer(q, 0, at)):
            return None   # "…, en un Ibex 35 que avanzó un 0,6%": the index's own move, in the clause that hangs on it
        if c["attribute"].split()[0] == "index" and not is_index(c["subject"], terms_of(self.k)):
            return None   # "Der japanische Nikkei-Index fiel um 12,2 Prozent" on a carmaker's page: an index's move, not the company's
        if c["attribute"] == "IPO price" and self.bid_page:
            return None   # "just below the offer price of $42" on a page about a takeover bid and no listing: the bid's price
        if c["attribute"] == "IPO price" and re.fullmatch(r"[~<>=]*\d{7,}(?:\.\d+)?", str(c["value"])):
            # "a $1.37 billion initial public offering": the listing's size, not the price of a share; "up $3 billion
            # from its IPO price of $6.5 billion": a price of billions is the company's, valued at its offer
            price = at is not None and _PRICE_NOUN_BEFORE.search(c["quote"], max(0, at - 30), at)
            c["attribute"] = "valuation" if price else "IPO proceeds"
            if c.get("qualifier") in TRADING_TIMES:
                c.pop("qualifier")   # "rose 15% in its trading debut, buoyed by a $1.37 billion IPO": the move's time
        if at is None and _VAGUE.search(c["quote"]) and isinstance(c["value"], (int, float)):
            return None   # "several hundred million dollars": no figure was stated
        if at is None and c["attribute"] in self.r.money_attributes:
            count = _CUSTOMER_COUNT.search(c["quote"])
            more = _MORE_AMOUNT.search(c["quote"], count.end(), count.end() + 120) if count else None
            if more and not _JOINED.search(c["quote"][count.end():more.start()]):
                return None   # "654 clientes generaron más de 1 millón de dólares": a threshold each customer passes
        if at is None and c.get("said_by") == "forecast" and c["attribute"] in self.r.decided \
                and not self._forecast_word(_OBLIGATION.sub(lambda m: " " * len(m.group()), q)):
            c["said_by"] = None   # "Adobe pagherà una penale di 1 miliardo": the future of what a decision or contract sets (see speaker)
        if at is None and not c.get("said_by"):
            # "The company also states that Mixtral outperforms …", "They claim \"Mixtral outperforms …\"":
            # the organisation the page is about speaks the relation
            hit = next(iter(_find(self.names(c["subject"]) or [c["subject"]], c["quote"])), None)
            if hit and self.topic and not _related(self.topic, c["subject"]):
                head = c["quote"][:hit.start()]
                if re.match(r"\W*(?:The company|The firm|The startup|The lab|They|It)\s+(?:also\s+)?(?:says|said|states|stated|claims|claimed|"
                            r"argues|maintains|insists)\b(?:\s+that)?\W*$", head):
                    c["said_by"] = self.topic
        if self._dated_other(c):
            return None   # "X wasn't compared to OpenAI's o3 model, which was announced on December 20": o3's day
        if c["attribute"] == "release date" and _ANNOUNCED_THAT.search(q, max(0, (at or 0) - 40)):
            # "OpenAI announced on 13 May 2024 that GPT-4o would be made available to …": the day of an announcement
            # about it, not of its release
            c["attribute"] = "announcement date"
        if at is None and c["value"] == "undisclosed" and c.get("said_by") and not c["said_by"][:1].islower():
            spoken = _find(self.names(c["said_by"]) or [c["said_by"]], c["quote"])
            if spoken and all(re.search(r"(?:,|;)\s*(?:but|while|whereas|although|pero|mais|aber|ma|mas)\b", c["quote"][:m.start()], re.I)
                              for m in spoken):
                c["said_by"] = None   # "X did not disclose the amount, but Semafor reported …": the outlet states it
        if at is None:
            year = re.fullmatch(r"((?:19|20)\d\d)(?:-\d\d){0,2}", str(c["value"]))
            years = [m.start() for m in re.finditer(rf"(?<!\d){year.group(1)}(?!\d)", c["quote"])] if year else []
            if len(years) == 1 and (self.aside_value(c, years[0]) or self.date_apart(c, years[0]) or self.offset_after(c, years[0])):
                return None   # a date: only the clause it stands in is checked
            return c
        if self.year_as_count(c, at):
            return None
        if c["attribute"] == "fine" and not self.fined_named(c, at):
            return None
        if not c.get("said_by"):
            # "DeepSeek revealed that it spent $5.6 million": its own word about itself, which it says
            hit = next((m for m in _find(self.names(c["subject"]) or [c["subject"]], c["quote"]) if m.end() <= at), None)
            said = self.r.says_that.match(c["quote"], hit.end()) if hit else None
            if said and said.end() <= at and self.r.pronoun.match(c["quote"], said.end()):
                c["said_by"] = c["subject"]
        if _SAMPLE_BEFORE.search(c["quote"], max(_clause_start(c["quote"], at), at - 80), at) and (
                c.get("unit") in (None, "users", "customers") or getattr(self.k.attribute(c["attribute"]), "type", None) == "count"):
            return None   # "a separate sample with information about more than 300,000 users": a sample, not the whole
        if c["attribute"] not in self.r.money_attributes and c.get("unit") not in ("percent", "USD", "EUR", "GBP", "CNY", "JPY") \
                and _SUBSET_OF.search(q, max(0, at - 80), at) \
                and not re.search(r"[.;]", q[_SUBSET_OF.search(q, max(0, at - 80), at).end():at]):
            return None   # "has about 2,500 employees, of which AMD plans to retain about 1,000 engineers": a part of a count
        if c["attribute"] in ("users", "customers", "subscribers") and _DATA_OF_BEFORE.search(
                c["quote"], max(_clause_start(c["quote"], at), at - 90), at):
            return None   # "publicó los datos de un millón de usuarios … y 100.000 usuarios chinos": people whose data, not a user base
        segment = _SEGMENT_OPENS.match(c["quote"])
        if segment and at > segment.end() and not _find(self.names(c["subject"]) or [c["subject"]], segment.group()):
            return None   # "インターネットサービス事業は、…営業利益は…515億円": a business unit's figure, not the company's
        topic = _NAME_TOPIC.search(c["quote"], 0, at)
        known = [m.name for m in self.mentions(topic.group("name"))] if topic else []
        if topic and not _find(self.names(c["subject"]) or [c["subject"]], topic.group("name")) and not any(
                _related(n, c["subject"]) or any(_find(self.names(n) or [n], str(x)) for x in (c.get("said_by"), c.get("qualifier")) if x)
                for n in known or [topic.group("name")]):
            # "SK하이닉스는 … 점유율 36%를": the sentence's topic is a name other than the subject (not the
            # buyer a price is "by", "Adobeが200億ドルで…Figmaの買収")
            return None
        num = _NUM.match(c["quote"], at)
        end = num.end() if num else at
        if _FROM_START.search(c["quote"], max(0, at - 12), at) and _TO_END.match(c["quote"], end) \
                and not re.match(r"[^,;]{0,20}?\s(?:à|to|a|auf|bis|até|naar|tot|hasta)\s+[\d\s.,\u202f\u00a0]+\s*(?:points|pts|Punkten?|puntos|punti|pontos|punten)\b",
                                 c["quote"][end:]) \
                and not str(c["value"]).startswith("from ") and not (c["attribute"] == "price cut" and "-" in str(c["value"])):
            # ("une réduction de 13% à 24% des prix": the cut's range, read as one by the price cut's reader)
            return None   # "von 14,05 Milliarden auf 18,02 Milliarden": where a change started, not the level now
        if c.get("unit") == "percent" and _POINTS_AFTER.match(c["quote"], end) \
                and not re.search(r"\b(?:rise|drop|gain|loss|change|cut|increase|decrease|gap|difference)\b", c["attribute"]):
            return None   # "lowered its gross margin by 2 percentage points": a change in points, never a level
        if _MARGIN_BEFORE.search(c["quote"], max(0, at - 60), at):
            return None   # "beating consensus by $0.56 billion": by how much a figure beat, not the figure
        # (a bound is still one figure: "up from about $35 million")
        if _BASE_VALUE.search(c["quote"], max(0, at - 40), at) \
                and (not isinstance(c["value"], str) or re.fullmatch(r"[~<>=]+\d+(?:\.\d+)?", c["value"])):
            return None
        if _COMPARED_WITH.search(c["quote"], max(0, at - 40), at) and not isinstance(c["value"], str):
            return None   # "43% cheaper than the $65,900 starting price": the figure compared with, not the subject's   # "$500 million, up from $100 million ten months earlier": the base of a comparison, another time's
        a = self.k.attribute(c["attribute"])
        subset = re.match(r"\s*(?:[\w-]+\s+){0,2}?(?:with|that|who|which|con|que|avec|qui|mit|die|der|com|che)\b",
                          c["quote"][end:], re.I) if a is not None and a.type == "count" else None
        more = _MORE_AMOUNT.search(c["quote"], end + subset.end(), end + subset.end() + 100) if subset else None
        if more and not re.search(r"[.;]", c["quote"][end + subset.end():more.start()]) and _MONEY_NEXT.search(c["quote"], more.start(), more.end() + 40):
            return None   # "510 customers with trailing 12-month product revenue greater than $1 million": some customers
        owner = _COUNT_OF.match(c["quote"], end) if a is not None and a.type == "count" else None
        if owner and owner.group("name").split()[0].lower() in self.months:
            owner = None   # "400,000 customers as of May 31": a date, not an owner
        if owner and not _find(self.names(c["subject"]) or [c["subject"]], owner.group("name")) \
                and not _related(owner.group("name"), c["subject"]):
            return None   # "IBM sumaría los 4.400 clientes de HashiCorp": the customers are the company named after them
        if a is not None and a.type == "count" and re.match(r"\s?(?:GB|TB|MB|KB|PB|GHz|MHz|kW|MW|GW|W|kWh|MWh|kg|km|mm|cm|ms|°C?)\b", c["quote"][end:]):
            return None   # "a machine with 628 GB of GPU memory": a measure, not a count of users
        if (at >= 2 and c["quote"][at - 1] == "-" and c["quote"][at - 2].isalnum()) or \
                (num and re.match(r"-(?:[A-Z]\w*\d|Instruct|Base|Chat|Preview)\b", c["quote"][end:])):
            return None   # "Qwen3-30B-A3B": a size inside a model's name, not a count
        if self.partial(c, at) or not self.owner_ok(c, at) or not self.attribute(c, spans[0]) or not self.price_side(c, at) \
                or self.aside_value(c, at) or self.date_apart(c, at) or self.whose_value(c, at) or self.elsewhere(c, at) or self.conditional(c, at) \
                or self.offset_after(c, at):
            return None
        if self._spec(c) and (self.kind_of(c["subject"]) in ("lab", "org", "person") or self.k.entity_kind(c["subject"]) == "product"):
            # a model's figure on a company or a known product; a name the page launches ("Vexa released Corvid 3") is
            # a device or a model by its shape alone, and a model's measure says which
            return None
        window = c["quote"][max(_clause_start(c["quote"], at) - 80, 0):at]
        app = _APP_BEFORE.search(window) if self._is_model(c["subject"]) else None
        if app and not _find(self.names(c["subject"]), window[app.end(1):]):
            return None  # "integrated into the Gemini app, which boasts 650 million users": the app's, not the model's
        part = _FOR_ITS_PART.match(q, end) if c["attribute"] in ("revenue", "sales", "profit", "operating profit") else None
        if part and _PERIOD_WORD.search(part.group("part")):
            part = None   # "for its fiscal second quarter": a period, which the qualifier already reads
        if part:
            # "einen Umsatz von 4,5 Milliarden Dollar für seine neuen KI-Systeme": the revenue of a line, not the whole's
            c["qualifier"] = ", ".join(x for x in (c.get("qualifier"), part.group("part").strip()) if x)
        self.speaker(c, at)
        if c["attribute"] == "equity value" and c.get("qualifier") == "including debt":
            c["attribute"] = "enterprise value"   # "an equity value of $9.2 billion, or $10.4 billion including debt"
            c.pop("qualifier")
        if c["attribute"] == "damages sought" and c.get("said_by") == "forecast":
            c["said_by"] = None   # "seeks $2.5 billion in damages": the asking is the attribute's, no forecast
        self.bound(c, at)
        if c["attribute"] in ("share price", "market value") and re.match(r"(?:over|in the past|during|within)\b", str(c.get("qualifier") or "")):
            c["qualifier"] = None   # "risen 34% in the past 12 months to $55.50": the rise's time, not the price's
        if c["attribute"] in _RESULT_MEASURES and "adjusted" not in str(c.get("qualifier") or ""):
            # "non-GAAP gross margins stood at 72.3%": the basis a result is on, as open measures take it
            # (`open_terms.bases`; a reported figure takes none), so that it never conflicts with the reported one
            lo = max(_clause_start(c["quote"], at), at - 70)
            num = _NUM.match(c["quote"], at)
            end = num.end() if num else at
            if basis_of(c["quote"][lo:], terms_of(self.k), (at - lo, end - lo)) == "adjusted":
                c["qualifier"] = f"{c['qualifier']}, adjusted" if c.get("qualifier") else "adjusted"
        if c["attribute"] == "compute performance" and not c.get("qualifier"):
            # "V FP32 … 157,3 TFLOPS", "1,835 TFLOPs of FP8": the number format the figure is for
            near = [(abs(m.start() - at), m.group()) for m in _PRECISION.finditer(c["quote"], max(0, at - 40), end + 80)]
            if near:
                c["qualifier"] = min(near)[1].upper()
        mode = re.match(r"\s*(?:%|％|percent)?\s*[(（]\s*([A-Z][A-Za-z0-9 .+-]{1,30}?)\s*[)）]", c["quote"][end:])
        if mode and not c.get("qualifier") and not self.mentions(mode.group(1)) and not re.search(r"\d{4}", mode.group(1)) \
                and not _CONVERSION.match(mode.group(1)):
            c["qualifier"] = mode.group(1)   # "45.1% (Deep Think)": the mode or setting the figure was reached in
        if c["attribute"] in _WHOLE_SUMS and c.get("unit") != "percent" and abs(_number(c["value"]) or 1e9) < 100_000:
            return None   # "el valor de la empresa cayó a 48,64 dólares": a share's price, no company's worth
        return c

    def bound(self, c: dict, at: int) -> None:
        """'na casa dos US$ 5 bilhões', 'rund 17 Milliarden', 'plus de 6 milliards': another language's
        approximation or bound before a plain number is kept with it ("~", ">")."""
        v = c["value"]
        if isinstance(v, str) and v.startswith("<=") and _UP_TO_WORD.search(c["quote"], max(0, at - 25), at + 12) \
                and not (c.get("unit") == "percent" and c["attribute"].split()[-1] in _CHANGE_WORDS):
            # ("subieron hasta un 70%": the change itself reached at most 70%, a bound)
            # "Los ingresos aumentaron un 93%, hasta US$7.750 millones": after a rise or a fall, "hasta",
            # "jusqu'à", "fino a" lead to where it ended, not to a bound
            lo = _clause_start(c["quote"], at)
            if any(name in ("rise", "drop") and rx.search(c["quote"], max(0, lo - 60), at) for rx, name in terms_of(self.k).changes):
                number = v[2:]
                c["value"] = float(number) if "." in number else int(number)
            return
        if not isinstance(c["value"], (int, float)) or isinstance(c["value"], bool):
            return
        before = c["quote"][max(0, at - 50):at]
        past = _PAST_THRESHOLD.search(before)
        amount = _amount_at(c["quote"], at)
        if past and amount and self.r.estimate_after and self.r.estimate_after.match(c["quote"], amount.end()):
            past = None   # "rose 7.2%, to $3.18 billion, above the $3.13 billion projected by analysts": an estimate, no level passed
        if past and any(name in ("rise", "drop", "loss") and rx.search(before, max(0, past.start() - 30), past.start() + 1)
                        for rx, name in terms_of(self.k).changes):
            # "la capitalizzazione … scende sotto i 900 milioni", "the stock fell below $50": a level passed, not a change
            c["value"] = f"{'<' if past.group('below') else '>'}{c['value']}"
            head, _, last = c["attribute"].rpartition(" ")
            if head and last in _CHANGE_WORDS:
                c["attribute"] = head
            return
        noun = lambda m: re.search(r"(?<![.!?]\s)(?<!^)\b[A-ZÄÖÜ][\w-]+\s+$", before[:m.start()])
        approx, more = self.r.approx_before.search(before), self.r.more_before.search(before)
        num = _NUM.match(c["quote"], at)
        after = re.match(r"\s?[%％]?\s?(?:(?P<more>이상|以上|超|余り|여)|(?P<less>이하|以下|未満|미만))", c["quote"][num.end():]) if num else None
        if after:   # "80% 이상", "1000人以上": a bound written after the number
            c["value"] = f"{'>' if after.group('more') else '<'}{c['value']}"
            return
        if approx is None and re.search(r"(?<![\w-])fast\s+$", before) and len(set(_GERMAN_WORDS.findall(c["quote"]))) >= 2:
            approx = re.search(r"fast\s+$", before)   # "fast 417.900 Beschäftigte": German's "almost", in a German sentence only
        if more is None and approx is None and re.search(r"(?<![\w-])(?:um\s+)?gut\s+$", before) and len(set(_GERMAN_WORDS.findall(c["quote"]))) >= 2:
            more = re.search(r"gut\s+$", before)   # "um gut 60 Prozent": German's "a good", a little more than
        if approx and not noun(approx):
            c["value"] = f"~{c['value']}"
        elif more and not noun(more) and not (self.r.governs_more and self.r.governs_more.search(before, 0, more.start())):
            # ("eine Finanzierungsrunde über 750 Mio.": a round of, not more than; "verfügt über": the verb's own word)
            c["value"] = f">{c['value']}"


# things counted, then "worth" and the amount: the things' worth, no company's ("transactions worth", "new shares worth")
_THINGS_WORTH = re.compile(r"(?<![\w-])(?-i:[a-z][a-z-]+s)\s+(?:(?:roughly|about|nearly|some|around|more than|over)\s+)?worth\s+"
                           r"(?:(?:roughly|about|nearly|some|around|more than|over|up to)\s+)?(?:" + _SIGN_BEFORE + r"|Rs\.?)?\s*$")
# a lower-case word right before "worth" (whether it names a thing is `_Grounder._a_things_worth`'s)
_NOUN_WORTH = re.compile(r"(?<![\w-])(?P<noun>(?-i:[a-z][a-z-]+))\s+worth\s+"
                         r"(?:(?:roughly|about|nearly|some|around|more than|over|up to)\s+)?(?:" + _SIGN_BEFORE + r"|Rs\.?)?\s*$")
# words that lead to a company's worth though no grammar role lists them: "now worth", "together worth"
_WORTH_LEADS = frozenset({"now", "still", "already", "once", "then", "together", "combined", "alone", "be", "been", "being",
                          "are", "were", "which", "that", "who", "making", "leaving", "valued"})


# a rate after an amount: per span of time or per user ("costs $20 a month", "€5 par mois")
_PER_SPAN_OR_USER = re.compile(r"\s*(?:a|an|per|each|/|al|par|pro|im|por|ao)\s*(?:month|year|user|seat|week|day|mes|mois|Monat|mese|mês|"
                               r"maand|an|año|ano|anno|Jahr)\b", re.I)


# a noun right before another language's "worth" ("Aufträge im Wert von", "contratos por valor de")
_WORTH_OF_A_THING = re.compile(r"(?<![\w-])(?P<noun>[^\W\d_][\w-]*)\s+(?:im\s+Wert\s+von|por\s+valor\s+de|no\s+valor\s+de|d['’]une\s+valeur\s+de|"
                               r"pour\s+une\s+valeur\s+de|per\s+un\s+valore\s+di|ter\s+waarde\s+van|worth)\s+"
                               r"(?:(?:rund|etwa|knapp|gut|über|mehr als|unos|cerca de|environ|près de|circa|oltre|ongeveer|about|roughly|some|"
                               r"around|nearly|more than|over)\s+)?(?:(?:US|NT|HK|R|T)?[$€£¥]|Rs\.?|INR\s)?\s*$", re.I)


# the words that close a company's name ("Arden Motors Co's revenue"): no part of what is measured
_NAME_SUFFIXES = frozenset({"co", "inc", "corp", "ltd", "plc", "llc", "ag", "sa", "se", "nv", "spa", "gmbh"})


# a level a move passes: "fell below $50", "scende sotto i 900 milioni", "passe sous les 10 euros", "stieg über 100 Euro"
_PAST_THRESHOLD = re.compile(r"(?<![\w-])(?:(?P<below>below|under|sotto|sous|unter|por debajo de|abaixo de)|above|past|sopra|"
                             r"au-dessus de|por encima de|acima de)\s+(?:(?:the|i|il|le|les|la|los|las|die|den|os|as|l['’])\s*)?"
                             r"(?:(?:US|R)?[$€£¥]\s?)?$", re.I)


# two parties joined: "X and Y", "X und die spanische Tochter Y", "X y su filial Y"
_JOINED_PARTY = re.compile(r"\s*(?:,\s*)?(?:and|und|y|et|e|&)\s+(?:(?:the|its|die|der|seine|ihre|la|el|su|sa|le|il|sua)\s+)?"
                           r"(?:[\w-]+\s+){0,3}", re.I)
# a sum split between parties: "each", "respectively", "between them"
_EACH = re.compile(r"(?<![\w-])(?:each|respectively|respectivamente|respectivement|jeweils|rispettivamente|cada una|cada uno|chacune|chacun)(?![\w-])", re.I)


# German function words: a sentence with two of them is German ("fast" is then "almost", not "quick"; "gut"
# before a number "a little more than", not the English verb)
_GERMAN_WORDS = re.compile(r"(?<![\w-])(?-i:der|die|das|und|mit|nicht|wurde|hatte|ist|sind|auf|für|von|dem|den|des|im|zum|zur|einen|einer)(?![\w-])")


# what part of a measure the words after it name ("ingresos de producto"), not its period ("ingresos del trimestre")
_PART_AFTER = re.compile(r"\s+(?:de|da|di|del|do|du|des|from|aus|van)\s+(?:(?:la|el|il|le|les|los|las|the|its|sus|ses|seu|sua|i|gli|its)\s+)?"
                         r"(?!(?:trimestre|trimestres|quarter|quarters|año|años|year|years|periodo|período|period|ejercicio|mes|meses|"
                         r"month|semestre|anno|ano|exercice|année|mois|Quartal|Jahr|Geschäftsjahr|2\d{3}|"
                         # nor an ordinal, which a period follows: "chiffre d'affaires du quatrième trimestre"
                         r"first|second|third|fourth|last|primer|primero|primera|segundo|segunda|tercer|tercero|tercera|cuarto|cuarta|"
                         r"premier|première|deuxième|seconde|troisième|quatrième|dernier|dernière|primo|prima|secondo|seconda|terzo|"
                         r"terza|quarto|quarta|ultimo|ultima|primeiro|primeira|terceiro|terceira|último|última|ersten|zweiten|dritten|"
                         r"vierten|letzten|"
                         # nor a bound or an approximation before the amount: "ingresos de entre", "revenus de plus de"
                         r"entre|près|plus|más|mais|circa|casi|cerca|alrededor|aproximadamente|environ|quelque|unos|unas|uns|umas|"
                         r"about|around|over|up|approximately|rund|etwa|quasi|oltre|operations|operaciones|opérations)\b)"
                         r"(?!(?:empresa|compañía|companhia|entreprise|société|azienda|società|startup|start-up|firma|grupo|groupe|gruppo|"
                         r"licorne|company|firm|group)\b)(?-i:[a-zà-ÿ])[\w-]*", re.I)
# a number of customers before an amount: the amount is what each of them passes
_CUSTOMER_COUNT = re.compile(r"\d[\d.,]*\s+(?:[\w-]+\s+)?(?:customers|clients|clientes|clienti|Kunden|accounts|klanten)\b", re.I)
_MORE_THAN = (r"(?<![\w-])(?:more than|greater than|over|above|at least|más de|mais de|plus de|mehr als|über|oltre|più di|"
              r"meer dan)\s+(?:US\s?)?[$€£]?\s*")
_MORE_WORDS = re.compile(_MORE_THAN + "$", re.I)
# an amount some customers pass, after their count: "654 clientes generaron más de 1 millón"
_MORE_AMOUNT = re.compile(_MORE_THAN + r"\d", re.I)
_ENGLISH_MONTHS = frozenset(m.lower() for m in calendar.month_name[1:])
# a count's noun and the name it belongs to: "4.400 clientes de HashiCorp", "10,000 employees of Acme" (not "as of May 31")
_COUNT_OF = re.compile(r"\s*(?:(?!as\s)[^\W\d_][\w-]*\s+){1,2}?(?<!as\s)(?:of|de|du|des|von|der|di|da|do)\s+(?:the\s+|la\s+|le\s+|el\s+|l['’])?"
                       r"(?P<name>(?-i:[A-Z][\w.&-]+(?:\s+[A-Z][\w.&-]+){0,2}))", re.I)
# a conjunction or a comma between a count and an amount: two statements, not a threshold ("150,000 customers
# and reported annual revenue of over $34 billion")
_JOINED = re.compile(r"[,;]|(?<![\w-])(?:and|y|et|und|e|but|pero|mais|aber|ma|while|whereas)(?![\w-])", re.I)
# an amount of money after "more than": a threshold only when it is money ("more than 2.5 billion prompts" is none)
_MONEY_NEXT = re.compile(r"[$€£]|(?<![\w-])(?:dollars?|dólares|euros?|US-Dollar|dollari|reais)(?![\w-])", re.I)
# another name joined to the subject's by "and": "Agentforce y Data 360", "Apple and Meta"
_JOINT_BEFORE = re.compile(r"(?:^|[\s(])(?-i:[A-Z][\w.&-]*(?:\s+[A-Z0-9][\w.&-]*){0,2})\s+(?:and|y|et|und|e|&)\s+$")
# a relative pronoun before a word: what follows describes the noun before it
# a minus sign or word right before a figure ("at minus 0.1%", "-0.5%", "マイナス0.1%"), not a range's dash ("0-0.1%")
_MINUS_BEFORE = re.compile(r"(?:(?<![\w.,%])(?:minus|moins|menos|meno|negative)\s+|(?<![\w.,%\d])[-−–]\s?|マイナス|마이너스|负)$", re.I)
_PAST_PERFECT = re.compile(r"(?<![\w-])(?:had|hatte|avait|había|havia|aveva)\s+(?:[a-zà-ÿ]+\s+){0,2}?(?:been|kept|held|maintained|set|applied|"
                           r"left|gehalten|belassen|maintenu|fixé|mantenido|fijado|mantido|mantenuto)(?![\w-])", re.I)
_FROM_BEFORE = re.compile(r"(?<![\w-])(?:from|de|desde|von|da|dal)\s+(?:minus\s+|moins\s+|menos\s+)?[-−]?$", re.I)
_NO_ATTR = type("NoAttribute", (), {"signed": False})()
# words in quotation marks, a clause long at least ('"has laid the foundation for greater stability," she said')
_QUOTED = re.compile(r"[\"“„«]\s?[^\"“”„«»]{15,}?[\"”»]")
_RELATIVE_BEFORE = re.compile(r"(?<![\w-])(?:qui|which|that|que|che|der|die|das|welche|dat)\s+(?:\w+\s+){0,2}$", re.I)
# a Chinese, Japanese or Korean sentence that opens with a business unit as its topic
_SEGMENT_OPENS = re.compile(r"^[^、。，,]{1,30}?(?:事業|部門|セグメント|业务|業務|事业部|事業部|사업부|부문|사업)(?:は|では|が|는|은|이|가)")
# a Korean or Japanese topic that is a name by its shape (Latin capitals, or a katakana word): "SK하이닉스는", "ソフトバンクは"
_NAME_TOPIC = re.compile(r"(?<![\w&.-])(?P<name>[A-Z][A-Za-z&.-]*(?: [A-Z][A-Za-z&.-]*){0,3}[가-힣]*|[가-힣]+[A-Z][A-Za-z]*|[ァ-ヶー・]{3,})(?:는|은|이|가|は|が)(?![가-힣ぁ-ん])")
_TERMINATION_FEE = re.compile(r"\s*(?:(?:U\.?S\.?|US)\s+)?(?:(?:reverse\s+)?(?:break-?up|termination)\s+fee|indemnit[ée] de rupture|"
                              r"penalizaci[óo]n por ruptura)\b", re.I)
# an amount said to be a multiple of the measure named after it: "is double the valuation", "das Doppelte des Wertes"
_MULTIPLE_AFTER = re.compile(r"[^.;:]{0,30}?(?<![\w-])(?:is|are|was|were|sind|ist|war|waren|est|sont|es|son|è|sono|é|são|is|zijn)\s+"
                             r"(?:\w+\s+){0,2}?(?:double|twice|triple|thrice|half|das Doppelte|das Dreifache|die Hälfte|le double|le triple|"
                             r"la moitié|el doble|el triple|la mitad|il doppio|il triplo|la metà|o dobro|o triplo|a metade|het dubbele|de helft)\b",
                             re.I)

# the fee's noun before its amount: "una penale di 3,2 miliardi", "a break-up fee of $1 billion", "eine Vertragsstrafe von"
_TERMINATION_FEE_BEFORE = re.compile(r"(?<![\w-])(?:(?:reverse\s+)?(?:break-?up|termination)\s+fee|penale|penali|indemnit[ée] de rupture|"
                                     r"frais de rupture|Vertragsstrafe|Ausstiegsgebühr|Trennungsgebühr|penalizaci[óo]n|multa rescisoria|"
                                     r"taxa de rescis[ãa]o|multa de rescis[ãa]o|breakup-vergoeding)\s+(?:(?:of|di|de|d['’]|von|in Höhe von|van)\s*)?"
                                     r"(?:(?:about|around|some|circa|rund|environ|cerca de)\s+)?(?:US\s?)?[$€£]?\s*$", re.I)
_IPO_WORDS = re.compile(r"(?<![\w-])(?:IPO|initial public offering|listing|flotation|Börsengang|salida a bolsa|introduction en bourse|"
                        r"offerta pubblica iniziale|oferta pública inicial|OPI|OPV|entrada en bolsa|Börsendebüt|estreia na bolsa)(?![\w-])", re.I)
# (a time is no unit of this kind: "$90 billion per year" is the revenue)
_PER_AFTER = re.compile(r"\s*(?:per|pro|je|par|por)\s+(?P<unit>(?:(?:paying|paid|active|average|streaming)\s+){0,2}"
                        r"(?!(?:cent|year|years|annum|month|quarter|day|week|Jahr|Monat|Quartal|año|mes|an|mois|anno|mese|ano)\b)[^\W\d_][\w-]+)", re.I)
# a deal, not a company, is what is valued: "as part of a deal valued at approximately $28 billion"
_DEAL_VALUED = re.compile(r"(?<![\w-])(?:deal|transaction|takeover|acquisition|merger|agreement|offer|purchase|buyout)\s+(?:(?!is|was|will|would)[\w-]+\s+)?"
                          r"(?:valued|worth)\s+(?:at\s+)?(?:(?:about|approximately|around|roughly|some|nearly|almost|over|more than)\s+)?"
                          r"(?:US\s?)?[$€£]?\s*$", re.I)
# a clause that dates itself by the one before it: "— when it reported revenue of …"
_WHEN_CLAUSE = re.compile(r"\s*(?:when|cuando|quand|lorsque|als|quando)\s", re.I)
# several parties' figure taken together
_COMBINED = re.compile(r"(?<![\w-])(?:combined|combinés|combinées|combiné|combinée|combinados|combinadas|combinado|combinada|"
                       r"kombinierten?|zusammengerechnet|combinati|combinate|congiunti)(?![\w-])", re.I)
# a company's guidance before its figure
_GUIDANCE = re.compile(r"(?<![\w-])(?:sees|guided|guides|called for|calls for)\s+(?:[\w-]+\s+){0,3}?(?:revenue|sales|earnings|profit|income|margin)s?\b[^.;]*$", re.I)
_UP_TO_WORD = re.compile(r"(?<![\w-])(?:hasta|jusqu['’]à|fino a|até|bis auf)\s", re.I)


@lru_cache(maxsize=4096)
def _naming(k: Knowledge, attr: str) -> tuple[re.Pattern, ...]:
    """The patterns that name an attribute: its vocabulary words, then the open measure of that name
    (compiled once per attribute, not once per claim)."""
    a = k.attribute(attr)
    words = [w for w in ((a.name, *a.synonyms) if a else (attr,)) if len(w) > 2]
    return tuple([re.compile(rf"(?<![\w-]){re.escape(w)}(?![\w-])", re.I) for w in words]
                 + [rx for rx, name in terms_of(k).measures if name == attr])


def _vaguer(claims: list[dict]) -> list[dict]:
    """Drop 'languages 200' when the same quote gives 'training languages 200' to the same subject."""
    out = []
    for c in claims:
        if any(o is not c and o["subject"] == c["subject"] and o["quote"] == c["quote"] and str(o["value"]) == str(c["value"])
               and o["attribute"].endswith(" " + c["attribute"]) for o in claims):
            continue
        out.append(c)
    return out


def _several_sizes(claims: list[dict]) -> list[dict]:
    """A page that gives one name several parameter counts ("Llama 3's eight billion and 70 billion
    parameter variants") is naming its variants' sizes: none of them is the name's own."""
    sizes: dict[str, set] = {}
    for c in claims:
        if c["attribute"] == "parameters":
            sizes.setdefault(c["subject"], set()).add(str(c["value"]).lstrip("<>=~"))
    return [c for c in claims if not (c["attribute"] == "parameters" and len(sizes.get(c["subject"], ())) > 1)]


@dataclass(frozen=True)
class _WordPatterns:
    """The ways the grounder looks for one list of words (a measure's, a context's), compiled once."""
    any: re.Pattern           # one of the words
    within_three: re.Pattern  # one of them within three words ("1,2 Milliarden Euro Strafe")
    after_noun: re.Pattern    # one of them after up to three words ("usuarios afectados")
    per_unit: re.Pattern      # one of them and the unit it is "per" ("Umsatz pro Abo")


@lru_cache(maxsize=256)
def _word_patterns(words: tuple[str, ...]) -> _WordPatterns:
    alt = _alt(words)
    return _WordPatterns(
        any=re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])", re.I),
        within_three=re.compile(rf"\s*(?:[\w.,-]+\s+){{0,3}}?(?:{alt})(?![\w-])", re.I),
        after_noun=re.compile(rf"\s*(?:[^\W\d_][\w-]*\s+){{0,3}}?(?:{alt})(?![\w-])", re.I),
        per_unit=re.compile(rf"(?<![\w-])(?:{alt})\s+(?:per|pro|je|par|por)\s+(?P<unit>(?:(?:paying|paid|active|average|streaming)\s+)?"
                            rf"[^\W\d_][\w-]+)", re.I))


# a verb of saying or making known right after a speaker's name
_SPOKE = re.compile(r"\s*,?\s*(?:has\s+|had\s+)?(?:confirmed|confirms|said|says|announced|announces|stated|states|disclosed|"
                    r"discloses|revealed|reveals|told\s+[\w.]+(?:\s+[\w.]+)?)\b", re.I)
# the speaker as the subject of what it says: "X confirmed it's cutting", "X said that it will"
_SPEAKER_ITSELF = re.compile(r"\s+(?:that\s+)?(?:it|it['’]s|they|they['’]re)\b", re.I)
# a time put first in a sentence, up to its comma: "In early 2024, …", "Back in March 2023, …"
_FRONTED_TIME = re.compile(r"\W*[^,.;:]{0,30}?(?<![\d.,])(?:19|20)\d\d(?![\d.,]?\d)[^,.;:]{0,12},\s*")


def _article_a(q: str) -> bool:
    """'A receita total da companhia …': Portuguese's definite article, not English's indefinite one."""
    return bool(re.match(r"\W*A\s", q)) and detect_language(q, fallback="en") in ("pt", "it", "es")   # (or "A Piazza Affari …", "a")


def ground_claims(claims: list[dict], units, k: Knowledge, models=frozenset(), shorts=None, topic: str | None = None) -> list[dict]:
    """The claims whose subject and value hold in their quote, some corrected; the rest dropped.
    `topic`: the organisation the entry is about, when the entry's main subject is one."""
    g = _Grounder(units, k, models, shorts, topic)
    return _several_sizes(_vaguer([c for c in (g.ground(dict(c)) for c in claims) if c is not None]))
