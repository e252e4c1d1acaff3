"""Open claims: a clause that states an amount or a percentage change about an entity.

The attribute comes from the clause's own words: the measured thing ("market value", "shares")
and the change ("lost", "fell"), named through `open_terms` in site_config/attributes.yml. The
subject comes from the clause's structure: the possessor or of-phrase of the measured thing, the
name the change verb follows, a pronoun's antecedent, a by-agent. A clause with none of these
gives no claim.
"""

from __future__ import annotations

import datetime as dt
import calendar
import re
import weakref
from dataclasses import dataclass
from functools import lru_cache

from digest.extract import values as V
from digest.extract.entities import Mention
from digest.extract.lexicon import is_place, UNSPACED, Grammar, find_percents, grammar, month_in
from digest.extract.names import LONE_GROUP, common_acronyms, proper_names
from digest.extract.wordtrie import alternation

# where one clause ends and the next begins
# (an alternative that needs a space before it looks back for one: "\s*" then "\s+" rescans a long run of spaces)
_CLAUSE_BREAK = re.compile(r"(?<!\s)\s*(?:;|:\s+(?=(?-i:[A-ZÄÖÜ])[a-zäöüß])|—|–|(?<=\s)-\s|(?<=\s)--\s|\(|\)|,\s+(?:while|whereas|but|which|who|after|before|as|and|with)\b"
                           r"|,\s+(?=(?:more than\s+|nearly\s+|almost\s+)?\w+ing\b)"
                           r"|(?<=\s)(?:while|whereas|but|and|y|et|und|e)\s+(?=(?:the\s+|el\s+|la\s+)?[A-Z]))")
# a clause that opens with a participle continues the sentence's subject: "…, bringing its total to", "…, portant à",
# "…, elevando a", "…, portando a" (not the prepositions and adverbs that end the same way)
_PARTICIPLE = re.compile(r"^\s*(?:more than\s+|nearly\s+|almost\s+)?(?:\w+ing|(?!(?:avant|pendant|cependant|durant|maintenant|suivant|"
                         r"important|puissant|quando|mando|grande|durante|mientras)\b)\w{3,}(?:ant|ando|iendo|endo))\b", re.I)
RESPECTIVELY = re.compile(r"(?<![\w-])(?:respectively|respectivamente|respectivement|rispettivamente|jeweils|bzw\.)", re.I)
_PREP_BEFORE = re.compile(r"\b(?:of|in|on|to|than|over|from|by|for|at|behind|against|like|including|into|vs\.?|versus)\s+(?:the\s+)?$", re.I)
_REFERENT = re.compile(
    # (the possessives of other languages say nothing of a person: "su beneficio", "son bénéfice", "sein Nettogewinn")
    r"(?:^|\s)(?:(?P<person>his|her|he|she)|(?P<pron>its|their|su|sus|son|sa|ses|leur|leurs|sein|seine|seinen|seinem|seiner|"
    r"ihr|ihre|ihren|ihrem|suo|sua|suoi|sue|seu|seus|suas)|(?P<def>the\s+(?:[\w-]+\s+){0,5}?(?:company|firm|startup|chipmaker|chip-maker|"
    r"maker|giant|group|stock|lab|developer|business)(?:['’]s)?))\b", re.I)
SHARES_LEAD = re.compile(r"\W*(?:(?:the|its|die|la|las|les|os|as|le|i|le sue)\s+)?(?:shares|stock|Aktie|Aktien|acciones|ações|actions|azioni|"
                          r"titres?|Papiere)\b(?!\s+(?:of|in|de|du|der|des|von|di|do|da|del|en)\b)", re.I)
# the page's share named by its article, mid-sentence: "… ging die Aktie für …", "… the stock traded at …"
THE_SHARE = re.compile(r"(?<![\w-])(?:(?:the|its|die|la|las|les|le|os|as|il|het)\s+|l['’])(?:shares|stock|Aktie|Aktien|acciones|acción|ações|ação|"
                       r"actions|action|titre|titres|titolo|azioni|aandeel|aandelen|Papiere)\b(?!\s+(?:of|in|de|du|der|des|von|di|do|da|del|en|van)\b)")
COORDINATED = re.compile(r"\s*(?:(?:Inc|Corp|Co|Ltd|PBC|AG|SA|SE)\.?\s*)?(?:,|and|or|&|y|e|und|et|i)\s*")
_BY_AGENT = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:posted|suffered|recorded|reported|set)\s+by\s+$", re.I)
# the words that open and close a change from one value to another, in the languages read
FROM_WORDS = r"from|von|de|desde|da|dos|des"
TO_WORDS = r"to|auf|a|à|para|até|hasta|tot|till|til"
_FROM_TO = re.compile(rf"\b(?:{FROM_WORDS})\s+(?:an?\s+|the\s+)?(?:(?:about|around|roughly|nearly|almost|some)\s+)?$", re.I)
# "from $9.9 billion at the end of the last round in June to $29.3 billion": words of time may stand between
# ("from a $500 million valuation in May 2024 to $2.45 billion": the measured noun may follow the first end)
_TO = re.compile(rf"^\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:(?:at|in|on|after|before|as of)\s[^,;$€£¥]{{0,60}}?\s)?(?:{TO_WORDS})\s+$", re.I)
# "… to $410 million, or 92 cents per share, from $305 million": the start written after the end
_TO_BEFORE = re.compile(rf"\b(?:to|auf|à|para|até|hasta)\s+(?:an?\s+|the\s+)?$", re.I)
_FROM_AFTER = re.compile(rf"(?:,\s*(?:or|oder|ou|o|soit)\s[^,;]{{1,40}},)?\s+(?:{FROM_WORDS})\s+(?:an?\s+|the\s+)?", re.I)


def _start_after(s: str, qs: list, i: int) -> int | None:
    """The index of the amount a change started from when the sentence writes it after the level
    reached ("fell to $2 billion from $2.3 billion"), else None."""
    q = qs[i]
    if not _TO_BEFORE.search(s, max(0, q.start - 8), q.start):
        return None
    for j in range(i + 1, min(i + 3, len(qs))):
        if qs[j].unit == q.unit and _FROM_AFTER.fullmatch(s, q.end, qs[j].start):
            return j
    return None


_MONTH_IN = re.compile(r"\b(?:in|from|(?:end|beginning|start|middle) of)\s+(?P<month>January|February|March|April|May|June|July|August|September|"
                       r"October|November|December)(?:\s+(?P<year>\d{4}))?\b|\bin\s+(?P<y>(?:19|20)\d{2})\b")


# ", the former CTO of Y and one of the minds behind Z,": an apposition, which describes the name before it
# (or a bare noun with its of-phrase, as French and journalese write them: ", propriété du géant américain
# Microsoft,", ", unit of Alphabet,", ", filiale de X,")
# (or a name's, as its determiner: "Marvo Telecom, India's second-biggest telecom operator, reported …")
APPOSITION = re.compile(r",\s+(?:(?:the|a|an|el|la|le|les|un|una|une|der|die|das|ein|eine|o|um|uma|il|lo|its|his|her|their)\s+|l['’]|ex-"
                        r"|(?-i:[A-Z][\w-]*)['’]s\s+(?=(?-i:[a-z]))"
                        r"|(?!(?:and|or|but|while|as|when|after|before|since|because|then|so|if|y|et|und|e|o|ou|mais|aber|pero|ma|which|who|que|qui)\s)"
                        r"[a-zà-ÿ][\w-]*\s+(?:of|by|de|du|des|von|vom|di|del|della|dello|da|do|dos|das|owned by|détenue? par)\s+(?:l['’])?)"
                        r"[^,;]{1,140},")


# an aside's measure of the name it describes: "…, the world's third most valuable company with a market capitalisation of"
_WITH_MEASURE = re.compile(r"\b(?:with|mit|con|avec|com)\s+(?:a|an|un|una|une|um|uma|einer?|einem)?\s*(?:[\w-]+\s+){0,3}?[\w-]+\s+"
                           r"(?:of|von|de|di|da|do)\s+(?:about\s+|around\s+|nearly\s+|some\s+|rund\s+|etwa\s+)?(?=[$€£¥\d])", re.I)

# what may stand between a name and the comma of its apposition: its legal form ("TJX Cos.,", "Acme Inc.,")
_LEGAL_FORM = re.compile(r"(?:,?\s+(?-i:Inc|Corp|Co|Cos|Ltd|LLC|plc|PLC|SA|AG|NV|SE|Group|Holdings))?\.?")


def apposition_head(s: str, start: int, names: list[Mention], pos: int) -> Mention | None:
    """The name an apposition describes, when the text at `start` stands inside one that closes
    before `pos` ("Jane Roe, the former CTO of Y and one of the minds behind Z, raised …": Jane Roe)."""
    for ap in APPOSITION.finditer(s, 0, pos):
        if ap.start() < start < ap.end():
            # (the name may end before its legal form: "TJX Cos., the parent of T.J. Maxx …, reported")
            head = next((n for n in names if n.end <= ap.start() and _LEGAL_FORM.fullmatch(s, n.end, ap.start())), None)
            if head is not None:
                return head
    return None


def in_apposition(s: str, start: int, names: list[Mention], pos: int) -> bool:
    """A name inside an apposition that follows another name (of any kind) describes that one; it does not act."""
    return apposition_head(s, start, names, pos) is not None


@dataclass(frozen=True)
class Terms:
    """`open_terms` compiled: each maps a phrase to its canonical word."""

    measures: tuple[tuple[re.Pattern, str], ...]
    changes: tuple[tuple[re.Pattern, str], ...]
    index: re.Pattern | None
    levels: frozenset
    qualifiers: tuple[tuple[re.Pattern, str], ...]
    grammar: Grammar | None = None
    results: re.Pattern | None = None   # verbs that report a company's results
    related: re.Pattern | None = None   # "associated with": what follows is not the thing measured
    profit: re.Pattern | None = None    # "profit" after a results verb: the net profit ("posted a profit of")
    fine_verb: re.Pattern | None = None   # a verb whose object is the party fined ("fined Apple", "ha multato Apple")
    bases: tuple[tuple[re.Pattern, str], ...] = ()   # accounting bases ("non-IFRS", "adjusted"; "reported" gives none)
    nouns: frozenset = frozenset()   # change words the vocabulary writes capitalised: German nouns ("Anstieg", "Verlust")
    offer: re.Pattern | None = None   # an offer's or a valuing verb's words: a price per share offered is no share price
    company_noun: re.Pattern | None = None   # "der Stuttgarter Luxusautohersteller": a German company noun with its article
    rejecting: re.Pattern | None = None   # verbs that turn an offer down ("rejected a $23 billion offer")
    offer_verb: re.Pattern | None = None   # verbs that offer an amount for a company ("offers $157 per share for")
    asset: re.Pattern | None = None   # things traded with no shares ("Bitcoin", "Brent"): their price, never a share's
    profit_verb: re.Pattern | None = None   # verbs that mean a profit by themselves ("ganó 1.250 millones", "earned $3 billion")
    revenue_verb: re.Pattern | None = None   # verbs that mean revenue by themselves ("ingresó 13 400 millones", "faturou R$ 2 bilhões")
    quarter_words: tuple[str, ...] = ()   # the quarters', halves' and nine months' phrases in lower case: one must stand in a sentence that names one
    excluding: re.Pattern | None = None   # "exclut 4,0 milliards": a sum a figure leaves out (attributes.yml `grounding.excluding`)
    whole: re.Pattern | None = None   # "consolidated", "adjusted": up to two words that keep a measure the whole company's
    need_measure: frozenset[str] = frozenset()   # move words (lower case) that give a move only with its measure named
    move_before_sum: re.Pattern | None = None   # a move written to modify the sum after it ("급증한 3581억원"): that sum is the level


# a participle and its agent before a name: "owned by the Japanese group", "détenue par le conglomérat japonais"
_AGENT_PHRASE = re.compile(r"(?<![\w-])(?:owned|held|controlled|backed|run|led|founded|détenue?s?|contrôlée?s?|possédée?s?|fondée?s?|"
                           r"propiedad|controlada|controlado|fundada|fundado|gehalten|kontrolliert|gegründet|controllata|controllato|"
                           r"detida|detido|controlada)\s+(?:by|par|de|del|por|von|durch|da|dal|pelo|pela)\s+"
                           r"(?:(?-i:[a-zà-ÿäöüß])[\w'’-]*\s+){0,3}$", re.I)


def _object(text: str, terms: Terms) -> bool:
    """A preposition, English or another language's, ends `text`: the name after it is an object."""
    g = terms.grammar
    if re.search(r"(?<![\w-])(?:missed|beat|beats|topped|exceeded|surpassed|overtaken|overtook|outpaced)\s+(?:the\s+)?$", text, re.I):
        return True   # "missed the Zacks Consensus Estimate by 6.29%": the name compared with
    if re.search(r"(?:^|[,;:]|^\W+)\s*(?-i:[Aa]|[Oo])\s+$", text):
        return False   # "No quarto trimestre, a Spotify conseguiu …": Portuguese's article, not the preposition "a"
    if re.match(r"\W*(?-i:A|O|As|Os)\s+(?:(?-i:[a-zà-ÿ])[\w-]*\s+){1,2}$", text):
        return False   # "A varejista Varejo Aurora registrou …": the article that opens the sentence and the noun for the name
    return bool(_PREP_BEFORE.search(text) or (g and (g.prep_before.search(text) or g.according_before.search(text))))


def _phrase_re(phrases) -> re.Pattern:
    """Any of `phrases` as whole words; a phrase in a script written without spaces ("营收", "売上高")
    needs no word boundary."""
    ordered = sorted((str(p) for p in phrases), key=len, reverse=True)
    # (each list as a tree of its words' common beginnings: the same matches as their alternation, longest first)
    spaced = [p for p in ordered if not UNSPACED.search(p)]
    unspaced = [p for p in ordered if UNSPACED.search(p)]
    # a German noun is also the head of a compound ("Umsatz" in "Nettoumsatz", "Gewinn" in "Quartalsgewinn")
    heads = [p.lower() for p in ordered if re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]{5,}", p)]
    parts = ([rf"(?<![\w-]){alternation(spaced, icase=True)}(?![\w-])"] if spaced else []) \
        + ([alternation(unspaced, icase=True)] if unspaced else []) \
        + ([rf"(?<![\w-])[A-ZÄÖÜ][a-zäöüß]{{2,}}{alternation(heads, icase=True)}(?![\w-])"] if heads else [])
    return re.compile(f"(?:{'|'.join(parts)})" if parts else r"(?!x)x", re.I)


@lru_cache(maxsize=4096)
def names_a_measure(name: str, k) -> bool:
    """'Nettogewinn', 'Umsatz': a capitalised word that is a measure's own name (and 'Bookings', 'Revenue': a
    measure written in lower case, capitalised because it opens the sentence)."""
    lowered = name[:1].lower() + name[1:]
    return any(rx.fullmatch(name) or (" " not in name and rx.fullmatch(lowered)) for rx, _ in terms_of(k).measures)


# the page's company written as a common noun, as a funding round's recipient: "… round for the company"
ROUND_RECIPIENT = r"the (?:company|startup|start-up|firm|business)\b"
# a noun phrase of its own joined after a measure's word, up to its sum: "Tibco's debt as well as a $3.98 billion buyout"
JOINED_PHRASE = re.compile(r"\s+(?:as well as|and|plus|along with|y|et|und|e)\s+(?:an?|the|un|una|une|ein|eine|um|uma)\s+"
                           r"(?:US\s?)?[$€£¥]?\s*", re.I)


def measure_head(name: str, k) -> str:
    """The measure's words a name opens with, when it opens a sentence: "Pendapatan" of "Pendapatan GoTo", "Rugi EBITDA"
    of "Rugi EBITDA GoTo" ('' for none; never the whole name)."""
    words = name.split()
    return next((" ".join(words[:n]) for n in range(min(3, len(words) - 1), 0, -1) if names_a_measure(" ".join(words[:n]), k)), "")


@lru_cache(maxsize=8)
def _measure_phrases(k) -> re.Pattern:
    """Every measure's phrases of more than one word, in one pattern: a sentence without a match needs
    no look at each measure's own pattern."""
    phrases = [p for v in ((k.terms or {}).get("measures") or {}).values() for p in (v or ()) if " " in str(p)]
    return _phrase_re(phrases) if phrases else re.compile(r"(?!x)x")


@lru_cache(maxsize=8)
def terms_of(k) -> Terms:
    t = k.terms or {}
    pairs = lambda d: tuple((_phrase_re(v), name) for name, v in (d or {}).items() if v)
    idx = t.get("index_words")
    return Terms(pairs(t.get("measures")), pairs(t.get("changes")),
                 _phrase_re(idx) if idx else None, frozenset(t.get("levels") or ()), pairs(t.get("qualifiers")),
                 grammar(k), _phrase_re(t["results_verbs"]) if t.get("results_verbs") else None,
                 _phrase_re(t["related_words"]) if t.get("related_words") else None,
                 re.compile(r"\s*(?:an?\s+|un\s+|une\s+|einen\s+|um\s+|uno?\s+)?(?:(?:record|quarterly|annual|net)\s+)?" + _phrase_re(t["results_profit"]).pattern
                            + r"\s+(?:of\s+|de\s+|von\s+|di\s+)?(?:US\s?)?[$€£]?\s*$", re.I)
                 if t.get("results_profit") else None,
                 _phrase_re(t["fine_verbs"]) if t.get("fine_verbs") else None,
                 # (capitalised too, when it opens the sentence: "Adjusted net profit rose …")
                 tuple((re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(str(w)) for w in sorted(ws, key=len, reverse=True))})(?![\w-])"
                                   + "".join(rf"|^{re.escape(str(w)[:1].upper() + str(w)[1:])}(?![\w-])" for w in ws if str(w)[:1].islower())), name)
                       for name, ws in (t.get("bases") or {}).items() if ws),
                 frozenset(str(w) for ws in (t.get("changes") or {}).values() for w in ws if str(w)[:1].isupper()),
                 _phrase_re([*(t.get("valuing_verbs") or ()), *(t.get("offer_words") or ())]) if t.get("valuing_verbs") or t.get("offer_words") else None,
                 _company_noun_re((k.grammar or {}).get("org_noun_heads") or ()),
                 _phrase_re(t["rejecting"]) if t.get("rejecting") else None,
                 _phrase_re(t["offer_verbs"]) if t.get("offer_verbs") else None,
                 re.compile(rf"^(?:{'|'.join(re.escape(str(w)) for w in t['asset_words'])})$", re.I) if t.get("asset_words") else None,
                 _verb_before_amount(t.get("profit_verbs")), _verb_before_amount(t.get("revenue_verbs")),
                 tuple(str(w).lower() for name, ws in (t.get("qualifiers") or {}).items() if re.fullmatch(r"Q[1-4]|H[12]|9M", str(name))
                       for w in ws or ()),
                 _excluding((k.grounding or {}).get("excluding")),
                 # (not "gross" nor "net": "Gross operating profit" is a measure of its own, not the operating profit)
                 re.compile(rf"(?:{_phrase_re([w for w in (k.grounding or {}).get('whole') if str(w).lower() not in ('gross', 'net')]).pattern}\s+){{0,2}}", re.I)
                 if (k.grounding or {}).get("whole") else None,
                 frozenset(str(w).lower() for w in t.get("changes_need_measure") or ()),
                 re.compile(rf"(?:{'|'.join(re.escape(str(w)) for w in t['moves_before_sum'])})\s+$") if t.get("moves_before_sum") else None)


def _excluding(words) -> re.Pattern | None:
    """One of `words` right before an amount, past a bound: "exclut 4,0 milliards", "excluding about $2 billion"."""
    return re.compile(_phrase_re(words).pattern + r"\s+(?:(?:about|some|environ|unos|rund|circa|cerca de)\s+)?(?:US\s?)?[$€£¥]?\s*$",
                      re.I) if words else None


def _verb_before_amount(verbs) -> re.Pattern | None:
    """A verb right before an amount, past a bound: "ganó unos 1.250 millones", "ingresó 13 400 millones"."""
    return re.compile(_phrase_re(verbs).pattern + r"\s+(?:(?:about|around|nearly|almost|some|more than|over|unos|unas|"
                      r"casi|cerca de|más de|rund|etwa|knapp|mehr als|über|quase|cerca de|mais de|circa|oltre|quasi)\s+)?(?:US\s?|R)?[$€£¥]?\s*$",
                      re.I) if verbs else None


def _company_noun_re(heads) -> re.Pattern | None:
    """'der Konzern', 'der Stuttgarter Luxusautohersteller', 'des Chipherstellers': an article, adjectives and
    a noun whose head is a company noun (German writes them capitalised, like names)."""
    if not heads:
        return None
    alts = "|".join(re.escape(str(h)) for h in sorted(heads, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:der|die|das|dem|den|des)\s+(?:[\w-]+\s+){{0,2}}?(?-i:[A-ZÄÖÜ][\w-]*?)(?:{alts})(?:s|n|en|e)?(?![\w-])"
                      # Dutch writes the compound in lower case: "De Amerikaanse olieproducent", "het concern"
                      rf"|(?<![\w-])(?-i:De|de|Het|het)\s+(?:[\w-]+\s+){{0,2}}?(?-i:[a-z][\w-]*?)(?:{alts})(?![\w-])", re.I)


@dataclass
class Quantity:
    start: int
    end: int
    value: object
    unit: str | None


# what every amount or percentage holds: a digit or a magnitude word ("a billion dollars", "un milliard d'euros")
_FIGURE = re.compile(r"\d|(?<![\w-])(?:" + alternation(sorted({*V.MAGNITUDE, *V.INTL_MAGNITUDE} - {"k", "m", "b", "t"}, key=len, reverse=True),
                                                        icase=True) + r")(?![\w])", re.I)


def quantities(s: str, k=None) -> list[Quantity]:
    """Money amounts and percentages, the English and the other-language forms."""
    if not _FIGURE.search(s):
        return []
    # (a price per share is kept: the grounder files it only under a measure that is one, an IPO or share price)
    out = [Quantity(a, b, v, u) for a, b, v, u in V.find_money(s)
           if u and (not _per_unit(s, b) or _PER_SHARE.match(s, b)) and not re.search(r"/|\bper\b", s[a:b])]
    other = [(a, b, v, u) for a, b, v, u in (find_percents(s, k) if k is not None else ())]
    other += [(a, b, v, u) for a, b, v, u in V.find_percents(s) if not any(o[0] < b and a < o[1] for o in other)]
    out += [Quantity(a, b, v, u) for a, b, v, u in V.merge_ranges(s, other)]
    out.sort(key=lambda q: q.start)
    return out


# a rate's unit is a common noun: "per month", "par livre", not "per LSEG estimates", "per the filing" or
# an agent after its article ("une amende de 150 millions d'euros par l'autorité", "por parte de")
# ("310 milioni di euro per violazione del GDPR", "310 millones por infringir las normas": a cause, not a unit)
_PER_UNIT = re.compile(r"\s*(?:(?!(?:in|within|over)\s)[^\W\d_]+\s+)?(?:/|(?:per|par|por)\s+(?!(?:the|a|an|la|le|el|les|los|un|une|des|du|una|uno|parte)\b|l['’])"
                       r"(?![^\W\d_]+\s+(?:di|del|della|dei|delle|degli|dello|de|des|du|dal|dalla)\b|aver\b|avere\b)"
                       r"(?!(?<=por )[a-zà-ÿ]+(?:ar|er|ir)\b)(?-i:[a-zà-ÿ])"
                       r"|(?:pro|je)\s+(?!(?:das|der|die)\b)[^\W\d_]"   # German capitalises the unit: "pro Buch", "je Aktie"
                       r"|for (?:each|every)\b|a\s+(?:share|month|year|token)\b)", re.I)


def _per_unit(s: str, end: int) -> bool:
    """'$20 per month', '3 000 dollars supplémentaires par livre', '$3,000 for each book': a rate, not a sum."""
    return bool(_PER_UNIT.match(s[end:end + 40]))


# "(TSMC)", "(NASDAQ: NVDA)": a short name or ticker in brackets continues the clause it stands in
_NAME_IN_BRACKETS = re.compile(r"\((?=[A-Z])[\w&.: -]{1,20}\)")
# a sum converted to other currencies right after it, in brackets or between commas: "€290m (£246m; $324m)",
# "(roughly $324 million)", "(4,4 Mrd Euro)", "290 millions d'euros, soit 325 millions de dollars,": one clause with
# the sum (not a sum per share: "$1.2 billion ($0.50 per share)")
_CURRENCY = (r"(?:[$€£¥]|(?<![\w-])(?:dollars?|euros?|Euro|Dollar|d[oó]lares|pounds?|libras|yen|yuan|won|francs?|reais|rupees)(?![\w-]))")
_PER_SHARE_WORDS = r"(?![^,;()]*(?<![\w-])(?:per|a share|an? action|par action|je Aktie|pro Aktie|por acción|por ação|per azione|per aandeel))"
CONVERSION_ASIDE = re.compile(rf"(?<=\w)(?:\s*\((?=[^()%]{{1,60}}\)){_PER_SHARE_WORDS}(?=[^()]*{_CURRENCY})[^()]*\d[^()]*\)"
                              rf"|,\s*(?:soit|i\.e\.|about|roughly|approximately|around|o sea|es decir|unos|das sind|umgerechnet|rund|etwa|"
                              rf"ossia|cioè|circa|ou seja|cerca de|ofwel|oftewel|ongeveer)\s+(?=[^,;()%]{{1,50}},){_PER_SHARE_WORDS}"
                              rf"(?=[^,;()]*{_CURRENCY})[^,;()]*\d[^,;()]*,)", re.I)


def clause_span(s: str, pos: int, g: Grammar | None = None) -> tuple[int, int]:
    start, end = 0, len(s)
    masked = CONVERSION_ASIDE.sub(lambda m: " " * len(m.group()), _NAME_IN_BRACKETS.sub(lambda m: " " * len(m.group()), s) if "(" in s else s)
    breaks = sorted(list(_CLAUSE_BREAK.finditer(masked)) + (list(g.conjunction.finditer(s)) if g else []), key=lambda m: m.start())
    for m in breaks:
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


# a sentence that opens on what one share earned: "Je Aktie verdiente Halbtech …", "Per share, the company earned …"
_PER_SHARE_LEAD = re.compile(r"\s*(?:(?:je|pro)\s+Aktie\s+(?:verdiente|verdienten|erwirtschaftete|erzielte)|"
                             r"(?:per share|par action|por acción|por ação|per azione|per aandeel)\s*,?\s+(?:\w+\s+){0,3}?"
                             r"(?:earned|gagné|ganó|lucrou|guadagnato|verdiende|reached|stood at|came in at))\b", re.I)
_LOCATIVE_BEFORE = re.compile(r"(?:^|[\s,(])(?i:a|en|in|à|at|on|auf|an der|na|no|em|op|sur|nella|alla)\s+(?:(?i:the|la|le|el|il|der|o)\s+)?$")
# a base after a figure, from its amount: "from $1.4bn", "from 12%"
_FROM_BASE = re.compile(r"(?<![\w-])(?:from|desde|von|van)\s+(?:(?:about|around|roughly|some|nearly|just|only)\s+)?"
                        r"(?:(?:US|HK|A|C|S|R)?[$€£¥]\s?\d|\d[\d.,]*\s*(?:%|percent|per cent|billion|million|bn|mn|trillion)(?![\w-])"
                        # (or a year named as the base: "up 114% from fiscal 2024")
                        r"|(?:fiscal(?:\s+year)?\s+|FY\s?)(?:19|20)?\d\d(?![\w-]))", re.I)
_COMPARED_AFTER = re.compile(r"(?<![\w-])(?:than|compared (?:to|with)|versus|vs\.?|up from|down from|als|wie bei|wie|gegenüber|"
                             r"frente a|par rapport (?:à|aux?)|rispetto a(?:i|l|lla|gli|lle)?|que en|que lors|"
                             r"en comparación con|em comparação com|comparado con|comparé à|que compara com|compara com|face a|contre|nach|"
                             # "mais que o dobro dos US$ 1,1 bilhão da rodada anterior, em 2022": a multiple of another figure
                             r"(?:double|triple|twice|o dobro|o triplo|el doble|el triple|le double|le triple|das Doppelte|"
                             r"das Dreifache|il doppio|il triplo)(?:\s+(?:of|de|do|dos|da|das|del|des|du|della|dei|von)\b)?)(?![\w-])", re.I)
ASIDE = re.compile(r",\s+(?:[^\s,]+\s+){0,6}?(?:which|who|whose|que|qui|dont|die|der|das|deren|dessen|che|la que|el que|cuyo|cuya|cujo|cuja|(?:[^\W\d_]+(?:ed|ada|ado|adas|ados|ée|ées|é|és|ida|ido|ata|ato)))\b"
                    r"[^,;]{0,120},")
# a sentence that opens with a participle and its time ("Founded in 2021 by former researchers, …", "Fondée en 2021, …",
# "Gegründet 2019, …"): the time of that clause, not of the main clause's figures
OPENING_PARTICIPLE = re.compile(r"^\W*(?:[A-Z][^\W\d_]+(?:ed|en|ada|ado|adas|ados|ée|ées|é|és|ida|ido|ata|ato|ita|ito)|Ge[^\W\d_]+t|Opgericht)"
                                r"\s[^,;]{0,100},")
_LATER = re.compile(r"\b(?:later|afterwards|plus tard|más tarde|después|später|danach|dopo|più tardi|depois|mais tarde)\b", re.I)
_PAY_VERB = re.compile(r"\b(?:pay|pays|paid|paying|verser|versé|pagar|pagó|zahlen|zahlte|pagare|pagato)\b", re.I)
# (the spaces start after a word or at the comma: a long run of spaces is not rescanned from each of its spaces)
_THEN = re.compile(r"(?:,|(?<![\s,]))\s+(?:puis|then|and then|y luego|luego|dann|danach|poi|depois|ensuite|before rising|before falling)\b", re.I)
_BASE_BEFORE = re.compile(r"(?<![\w-])(?:from|over|versus|vs\.?|than|compared (?:to|with)|up from|down from|"
                          # "up 355% from the same quarter a year ago", "versus the year-ago period last year"
                          r"(?:from|over|versus|vs\.?|than|compared (?:to|with))\s+(?:the\s+)?(?:same|year-ago|prior-year|comparable|corresponding)"
                          r"\s+(?:quarter|period|month|half|week|season)(?:\s+(?:of|in))?|"
                          r"frente a|par rapport à|gegenüber|rispetto a|zum|im Vergleich zum|verglichen mit dem|"
                          # "cae un 1,9% respecto al año anterior": the base named by its period, then "previous"
                          r"(?:respecto (?:a|al|del?)|frente al|en comparación con(?: el)?|comparado con(?: el)?|em relação ao?|"
                          r"em comparação com(?: o)?|rispetto al(?:l['’])?|par rapport à l['’])\s*"
                          r"(?:año|ejercicio|trimestre|periodo|período|mes|ano|mês|anno|esercizio|mese|année|exercice|mois)?)\s+(?:the\s+)?$", re.I)
_FISCAL = re.compile(r"(?<![\w-])(?:fiscal(?: year)?|financial year|FY|Geschäftsjahr(?:es)?|año fiscal|exercice(?: fiscal)?|"
                     r"ano fiscal|esercizio)\s*(?:(?:de|del|di|do|of)\s+)?'?(?P<y>(?:19|20)\d{2}|\d{2})(?![\w-])", re.I)
# another amount: a sum, a percentage, a number with a magnitude
_AMOUNT = re.compile(r"[$€£¥]\s?\d|\d[\d.,]*\s?(?:%|percent|per cent|billion|million|trillion|bn|mn|milliards?|millions?|Milliarden|"
                     r"euros?\b|dollars?\b|d[oó]lares\b|yen\b|yuan\b|pounds\b|francs\b|"
                     r"Millionen|millones|mil millones|mil milh[õo]es|bilh[õo]es|milh[õo]es|miliardi|milioni|"
                     # (Dutch, the Nordic languages, Polish, Czech, Russian, Indonesian)
                     rf"{V.MAGNITUDE_WORDS_MORE}|трлн|"
                     r"亿|億|억|万)", re.I)
# qualifiers of relative time: a month or year the clause states says the same, better
_RELATIVE = frozenset({"earlier this year", "last year", "a year earlier", "last month", "previously", "this year", "previous quarter"})
_ZONE = r"(?:GMT|UTC|CET|CEST|BST|ET|EST|EDT|PT|PST|PDT|JST|KST|HKT|SGT)"
# a time of day a market figure was taken at: "as of 1500 GMT", "at 3 p.m. ET", "um 15.30 Uhr", "vers 11h30"
_CLOCK = re.compile(rf"(?<![\w-])(?:as of|at|by|around|um|gegen|à|vers|a las|alle|às|om)\s+"
                    rf"(?P<t>(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*(?:a\.m\.|p\.m\.|am|pm))?(?:\s*{_ZONE})?"
                    rf"|(?:[01]\d|2[0-3])[0-5]\d\s*{_ZONE}"
                    rf"|(?:1[0-2]|0?[1-9])\s*(?:a\.m\.|p\.m\.|am|pm)(?:\s*{_ZONE})?"
                    rf"|(?:[01]?\d|2[0-3])(?:[.:h][0-5]\d)?\s*Uhr|(?:[01]?\d|2[0-3])h[0-5]\d)(?![\w-])", re.I)
# "since its founding last year": the time a span starts from, not the value's
_SINCE = re.compile(r"\b(?:since|desde|depuis|seit|dal|dalla|desde\s+su|depuis\s+sa)\b(?:\s+[\w-]+){0,2}\s+(?:in\s+)?$", re.I)


def _first(pairs, text: str, at: tuple[int, int] | None = None):
    """The first phrase of `pairs` in `text`, or with `at` (a value's span), the one nearest it."""
    best, dist = None, None
    for rx, name in pairs:
        for m in (rx.finditer(text) if at is not None else [rx.search(text)]):
            if m is None:
                continue
            d = m.start() if at is None else (at[0] - m.end() if m.end() <= at[0] else max(0, m.start() - at[1]))
            if best is None or d < dist:
                best, dist = (m, name), d
    return best


_PERIOD = re.compile(rf"\b(?P<prep>over|in|during|within)\s+(?:the\s+(?:last|past|previous)\s+(?:(?P<n>\d{{1,3}}|{V.WORDNUM})\s+)?"
                     rf"|(?P<n2>\d{{1,3}}|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+)"
                     r"(?P<unit>years?|months?|weeks?|days?|quarters?|decades?)\b", re.I)


# "its best day in three weeks", "the lowest close in two years": the span a record is set over, not a span
# the figure adds up over
_RECORD_SPAN = re.compile(r"(?<![\w-])(?:best|worst|biggest|largest|strongest|weakest|sharpest|steepest|highest|lowest|"
                          r"deepest|longest|fastest|slowest)\s+(?:[\w-]+\s+){0,3}$", re.I)


_UNIT_WORDS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month", "months": "month",
               "year": "year", "years": "year", "días": "day", "dias": "day", "jours": "day", "tagen": "day", "tage": "day",
               "giorni": "day", "semanas": "week", "semaines": "week", "wochen": "week", "settimane": "week",
               "meses": "month", "mois": "month", "monaten": "month", "mesi": "month", "mes": "month", "mês": "month",
               "monat": "month", "mese": "month"}
# "in the first four days", "in its first month", "nos primeiros quatro dias", "en sus primeros siete días", "in den ersten
# vier Tagen", "au cours des quatre premiers jours", "nei primi quattro giorni": a span from a start (a launch, a listing)
_N = rf"(?P<n>\d{{1,3}}|{V.WORDNUM}|{V.INTL_WORDNUM})"
_UNIT = r"(?P<unit>" + "|".join(sorted(_UNIT_WORDS, key=len, reverse=True)) + r")(?![\w-])"
_FIRST_PERIODS = tuple(re.compile(rf"(?<![\w-]){p}", re.I) for p in (
    rf"(?:in|over|during|within)\s+(?:the|its|their)\s+first\s+(?:{_N}\s+)?{_UNIT}",
    rf"(?:n[oa]s?|em\s+(?:seus|suas|seu|sua))\s+primeir[oa]s?\s+(?:{_N}\s+)?{_UNIT}",
    rf"en\s+(?:los|las|sus|su|el|la)\s+primer[oa]?s?\s+(?:{_N}\s+)?{_UNIT}",
    rf"(?:in\s+den|im)\s+ersten\s+(?:{_N}\s+)?{_UNIT}",
    rf"(?:au cours des|pendant les|durant les|dans les|lors des|au cours du|pendant le|durant le|lors du)\s+(?:{_N}\s+)?premi(?:ers?|ères?)\s+{_UNIT}",
    rf"(?:nei|nelle|nel)\s+prim[ie]\s+(?:{_N}\s+)?{_UNIT}"))


def period_of(clause: str) -> str | None:
    """'over the last two years' -> 'over 2 years', 'in the past year' -> 'over 1 year', 'in its first four
    days' -> 'first 4 days'."""
    first = next((m for m in (rx.search(clause) for rx in _FIRST_PERIODS) if m), None)
    if first:
        n = first.group("n")
        n = 1 if n is None else V.number(n) if n[0].isdigit() else V.WORD_NUMBERS.get(n.lower(), V.INTL_WORD_NUMBERS.get(n.lower()))
        unit = _UNIT_WORDS[first.group("unit").lower()]
        if n:
            return f"first {unit}" if n == 1 else f"first {V.clean_number(n)} {unit}s"
    m = next((x for x in _PERIOD.finditer(clause) if not _RECORD_SPAN.search(clause, 0, x.start())), None)
    if not m:
        return None
    n = V.number(m.group("n") or m.group("n2")) if m.group("n") or m.group("n2") else 1
    if n is None:
        return None
    unit = m.group("unit").lower().rstrip("s")
    # ("pay a fine within 15 months": a time limit, not a span the figure adds up over)
    lead = "within" if m.group("prep").lower() == "within" and m.group("n2") else "over"
    return f"{lead} {V.clean_number(n)} {unit}{'' if n == 1 else 's'}"


_OWN_YEAR = re.compile(r"\s*(?:[^\W\d_]+\s+){0,3}?(?:in|en|im|nel|em|for|für|pour|para|per|voor)\s+(?:the\s+(?:full\s+)?year\s+)?((?:19|20)\d\d)(?![\d.,]?\d)", re.I)


_YEAR_ON_MEASURE = re.compile(r"(?<![\w.,-])(?:FY\s?)?(?P<y>(?:19|20)\d\d)\s+(?P<noun>(?:(?:full-year|annual|fiscal|net|total)\s+)?"
                              r"(?-i:[a-z][\w-]*)(?:\s+(?-i:[a-z][\w-]*))?)\s+(?:of|was|were|came to|totalled|totaled|reached|stood at)\s+"
                              r"(?:(?:about|around|roughly|some|nearly|almost)\s+)?(?:US\s?)?(?:[$€£¥]|(?-i:[A-Z]{3})\s?)?\s*$")


def _own_year(clause: str, at: tuple[int, int] | None) -> str | None:
    """The year in the words right after an amount, before any other amount: "4.37 trillion won in
    operating profit in 2018"."""
    if at is None:
        return None
    aside = re.match(r"\s*\([^()]{1,60}\)", clause[at[1]:])   # "600.000 euros (unos 670.000 dólares) en 2018": the sum converted
    start = at[1] + (aside.end() if aside else 0)
    nxt = _AMOUNT.search(clause, start)
    m = _OWN_YEAR.match(clause[start:nxt.start() if nxt else len(clause)])
    return m.group(1) if m else None


def qualifier_of(clause: str, date: dt.date | None, terms: Terms, at: tuple[int, int] | None = None) -> str | None:
    """Time or scope: a trading session, a stated month or year (a month without a year is the last
    one before the entry's date), a period the change spans ("over the last two years"), and the
    accounting basis a result is stated on ("Q3 2025, adjusted")."""
    when = _time_of(clause, date, terms, at)
    basis = basis_of(clause, terms, at)
    basis = None if basis == "reported" else basis
    return f"{when}, {basis}" if when and basis else when or basis


# measures that add up over a company's life: only they are "to date" ("has raised $220 million since its
# founding"); a valuation or a revenue "since its founding" is the level it has now reached
CUMULATIVE = frozenset({"funding", "investment"})


# the base a change is measured against, right after it ("up 12% from the previous quarter", "a 78% jump year-over-year")
_QUARTER_ON_QUARTER = re.compile(r"(?:from|over|on|versus|vs\.?|compared (?:to|with))\s+(?:the\s+)?(?:previous|prior|preceding|last)\s+quarter\b"
                           r"|quarter[- ](?:on|over)[- ]quarter\b|\bsequentially\b|\bq/q\b|\bqoq\b", re.I)
_YEAR_ON_YEAR = re.compile(r"year[- ](?:on|over)[- ]year\b|\by/y\b|\byoy\b|(?:from|over|versus|compared (?:to|with))\s+(?:a|one)\s+year\s+"
                        r"(?:earlier|ago|before)\b|(?:from|over|on|versus|compared (?:to|with))\s+the\s+same\s+(?:quarter|period|month|time)\s+"
                        r"(?:a\s+year\s+(?:earlier|ago)|last\s+year|of\s+(?:the\s+)?(?:previous|prior|last)\s+year)\b|\bon the year\b", re.I)


def _change_base(s: str, end: int) -> str | None:
    """'year on year' or 'quarter on quarter' when the words right after a change (no other figure between) name its base."""
    after = s[end:end + 48]
    cut = re.search(r"[;,]|\d", after)
    after = after[:cut.start()] if cut else after
    if _QUARTER_ON_QUARTER.search(after):
        return "quarter on quarter"
    if _YEAR_ON_YEAR.search(after):
        return "year on year"
    return None


def for_attribute(qualifier: str | None, attribute: str) -> str | None:
    """The qualifier as the attribute can carry it: "to date" only on a cumulative measure."""
    if qualifier and "to date" in qualifier and attribute not in CUMULATIVE:
        rest = qualifier.replace("to date", "").strip(" ,")
        return rest or None
    if qualifier in _TIMES_OF_A_DAY and attribute in ("valuation", "deal price", "deal value", "IPO proceeds", "revenue", "net profit", "net loss"):
        return None   # "valutata 8,64 miliardi, ma alle prime battute il titolo …": a time of trading dates the shares, not a company's worth
    return qualifier


def basis_of(clause: str, terms: Terms, at: tuple[int, int] | None) -> str | None:
    """The accounting basis nearest the value with no other amount between ("rose 18% on a non-IFRS
    basis to RMB70.6 billion and 19% on an IFRS basis to RMB63.1 billion": adjusted, then reported)."""
    if at is None or not terms.bases:
        return None
    best = None
    for rx, name in terms.bases:
        for m in rx.finditer(clause):
            between = clause[m.end():at[0]] if m.end() <= at[0] else clause[at[1]:m.start()] if m.start() >= at[1] else ""
            if _AMOUNT.search(between) or re.search(r"[;:]|\.\s", between):
                continue
            if m.start() >= at[1] and re.search(r",|(?<![\w-])(?:and|or|y|et|und|e|o|ou|oder)(?![\w-])", between):
                continue   # "revenue of $782 million and adjusted EPS of $0.11": the next figure's basis
            d = len(between)
            if best is None or d < best[0]:
                best = (d, name)
    return best[1] if best else None


_SAY_WORDS = (r"(?:said|says|told|announced|reported|teilte|sagte|erklärte|berichtete|dijo|informó|anunció|explicó|"
              r"a déclaré|a indiqué|a annoncé|a précisé|ha detto|ha dichiarato|ha annunciato|disse|informou|anunciou)\b")
# "after closing", "tras cerrar", "après avoir levé": a clause of another event after the value
_AFTER_EVENT = re.compile(r"(?<![\w-])(?:after\s+(?:having\s+)?[a-z]+ing|(?:after|following)\s+(?:the\s+company|it|they|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?)\s+(?:[a-z]+ly\s+)?[a-z]+ed|(?:tras|despu[eé]s de)\s+(?:haber\s+)?[a-zñ]+(?:ar|er|ir|ado|ido)"
                          r"|apr[eè]s avoir\s+[a-zé]+(?:é|i|u|is|it)|nachdem|dopo\s+(?:aver\s+)?[a-z]+(?:ato|uto|ito|are|ere|ire)"
                          r"|(?:ap[oó]s|depois de)\s+(?:ter\s+)?[a-zç]+(?:ar|er|ir|ado|ido))\b", re.I)


_ENGLISH_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                   "november", "december")
# the periods a span of months from its first month to its last makes
_SPAN_PERIODS = {(1, 3): "Q1", (4, 6): "Q2", (7, 9): "Q3", (10, 12): "Q4", (1, 6): "H1", (7, 12): "H2", (1, 9): "9M"}


@lru_cache(maxsize=8)
def _month_span_rx(months: tuple) -> tuple[re.Pattern, dict]:
    number = {m: i % 12 + 1 for i, m in enumerate(_ENGLISH_MONTHS + months)}
    alt = "|".join(re.escape(m) for m in sorted(number, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:(?:between|from|entre|de|zwischen|von|da|dal|tra|fra)\s+)?(?P<a>{alt})\s*"
                      rf"(?:and|to|through|until|till|y|e|et|a|à|al|bis|und|-|–)\s*(?:the\s+end\s+of\s+|(?:fin|finales|fine)\s+(?:de\s+)?)?"
                      rf"(?P<b>{alt})(?:,?\s+(?:(?:de|del|of|des Jahres)\s+)?(?P<y>(?:19|20)\d\d)\b)?", re.I), number


def _month_span(clause: str, terms: Terms, at: tuple[int, int] | None) -> str | None:
    """'Entre janeiro e junho de 2019', 'between January and June', 'April-June': the half, quarter or nine
    months a span of months makes, with its year when the clause gives one."""
    rx, number = _month_span_rx(terms.grammar.month_number if terms.grammar else ())
    for m in rx.finditer(clause):
        if at is not None and not (m.end() <= at[0] and not _AMOUNT.search(clause, m.end(), at[0])
                                   or m.start() >= at[1] and not _AMOUNT.search(clause, at[1], m.start())):
            continue
        period = _SPAN_PERIODS.get((number[m.group("a").lower()], number[m.group("b").lower()]))
        if period:
            return f"{period} {m.group('y')}" if m.group("y") else period
    return None


def fronted_month_span(sentence: str, terms: Terms) -> str | None:
    """'Between January and June 2019, Acme had revenue of …': the period a sentence opens with, which dates
    every figure of the clause after its comma."""
    rx, _ = _month_span_rx(terms.grammar.month_number if terms.grammar else ())
    m = rx.match(sentence, len(sentence) - len(sentence.lstrip(" \"'“(")))
    if m is None or not re.match(r"\s*,", sentence[m.end():]):
        return None
    return _month_span(sentence[:m.end()], terms, None)


# a quarter named by its last day, when that day closes a calendar quarter ("the quarter ended March 31, 2025")
_QUARTER_ENDED = re.compile(r"\b(?:quarter|three months|3 months)\s+(?:that\s+)?end(?:ed|ing|s)?\s+(?:on\s+)?"
                            r"(?P<m>March|June|September|December|Mar\.|Sept?\.|Dec\.)\s+(?:30|31)(?:st|th)?(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?", re.I)
_QUARTER_END_MONTHS = {"mar": 1, "jun": 2, "sep": 3, "dec": 4}
# ... or by the month it runs to ("operating profit for the three months to the end of March fell to …")
_THREE_MONTHS_TO = re.compile(r"\b(?:three|3)\s+months\s+(?:to|through|ended|ending)\s+(?:the\s+end\s+of\s+)?"
                              r"(?P<m>March|June|September|December)(?:\s+(?P<y>(?:19|20)\d\d))?\b", re.I)


# the words that open a clause naming what caused a move ("… after the company published …", "following", "amid")
CAUSE_WORDS = (r"after|following|amid|tras|después de|après|nachdem|dopo|após|depois de|"
               # ("une amende …, suite à un vol de données survenu en octobre 2024": the theft's month, not the fine's)
               r"suite à|à la suite de|a raíz de|in seguito a|a seguito di|infolge|na sequência de|em seguida a")
_CAUSE = re.compile(rf"(?<![\w-])(?:{CAUSE_WORDS})\s", re.I)
# the verbs of what a cause brought about ("… in Q3 led to a sell-off")
_LED_TO = re.compile(r"(?<![\w-])(?:led to|leading to|resulted in|resulting in|triggered|triggering|sparked|sparking|prompted|prompting|"
                     r"caused|causing|provocó|provocando|a provoqué|provoquant|führte zu|löste aus|ha provocato|provocou)\s", re.I)


def _nearest_clock(clause: str, at: tuple[int, int] | None) -> str | None:
    """The time of day next to a value, with no other amount between them."""
    if at is None:
        return None
    for m in _CLOCK.finditer(clause):
        between = clause[m.end():at[0]] if m.end() <= at[0] else clause[at[1]:m.start()]
        if m.start() < at[1] and m.end() > at[0] or _AMOUNT.search(between) or re.search(r"[;:]\s|\.\s", between) or len(between) > 60:
            continue
        return re.sub(r"\s+", " ", m.group("t"))
    return None


def _time_of(clause: str, date: dt.date | None, terms: Terms, at: tuple[int, int] | None = None) -> str | None:
    if at is not None:
        # "valued at $300 billion, almost double the last round in October 2024": the compared value's time;
        # "1 milliard … début 2025, puis 5 milliards en août 2025": the next step's time
        # ("revenue tripled last year to $45 million and that it expects to be profitable in 2026": a new clause's time)
        # ("rose to $3.6bn last year from $1.4bn in 2024": the base's time)
        tail = _COMPARED_AFTER.search(clause, at[1]) or _THEN.search(clause, at[1]) or _NEW_CLAUSE.search(clause, at[1]) \
            or _FROM_BASE.search(clause, at[1])
        if tail:
            clause = clause[:tail.start()]
        # "xAI, fundada en marzo de 2023, ha recaudado …", "X, which it bought in 2022, …": the time of an aside
        # the value does not stand in is not the value's time
        clause = ASIDE.sub(lambda m: m.group() if m.start() <= at[0] < m.end() else "," + " " * (len(m.group()) - 2) + ",", clause)
        opener = OPENING_PARTICIPLE.match(clause)
        if opener and opener.end() <= at[0]:
            clause = " " * opener.end() + clause[opener.end():]
        # ("€10m (£8.5m) last year": the sum converted in brackets says nothing of its time)
        clause = CONVERSION_ASIDE.sub(lambda m: m.group() if m.start() <= at[0] < m.end() else " " * len(m.group()), clause)
    ended = _QUARTER_ENDED.search(clause)
    if ended:
        # "for the quarter ending June 30, 2025": the calendar quarter that month closes
        q = f"Q{_QUARTER_END_MONTHS[ended.group('m')[:3].lower()]}"
        return f"{q} {ended.group('y')}" if ended.group("y") else q   # ("For the quarter ended Dec. 31, …": that quarter)
    span = _month_span(clause, terms, at)
    if span:
        return span
    months_to = _THREE_MONTHS_TO.search(clause)
    if months_to and (at is None or months_to.end() <= at[0] or not _AMOUNT.search(clause, at[1], months_to.start())):
        q = f"Q{_QUARTER_END_MONTHS[months_to.group('m')[:3].lower()]}"
        return f"{q} {months_to.group('y')}" if months_to.group("y") else q
    hit = _first(terms.qualifiers, clause, at)
    if hit and at is not None and hit[0].start() >= at[1] and _CAUSE.search(clause, at[1], hit[0].start()):
        hit = None   # "shares plunged 15% following the release of its third-quarter earnings": the cause's time
    if hit and at is not None and hit[0].end() <= at[0] and _LED_TO.search(clause, hit[0].end(), at[0]):
        hit = None   # "ASML's performance in Q3 led to a steep sell-off …, losing €48.7B": the cause's time, not the loss's
    clock = _nearest_clock(clause, at)
    if clock and (hit is None or hit[1] in _RELATIVE or hit[1] in _TIMES_OF_A_DAY):
        return f"at {clock}"   # "plummet by 15% as of 1500 GMT": that moment's figure, not the close's
    if hit and (hit[1] in ("input", "output") or _SINCE.search(clause[max(0, hit[0].start() - 30):hit[0].start()])):
        hit = None
    if hit and at is not None and hit[0].start() >= at[1] and _AMOUNT.search(clause[at[1]:hit[0].start()]):
        hit = None   # "3 milliards, dont 2 milliards il y a deux ans et un milliard en début d'année": another amount's time
    if hit and hit[1] in _RELATIVE and _BASE_BEFORE.search(clause[max(0, hit[0].start() - 24):hit[0].start()]):
        hit = None   # "jumped 69% from a year ago, to $586 million": the base of a comparison, not the figure's time
    if hit and at is not None and hit[1] in _RELATIVE and hit[0].start() >= at[1] and re.search(r"[,;(]", clause[at[1]:hit[0].start()]):
        hit = None   # "raised $6 billion, months after Musk said earlier this year …": another clause's time
    if hit and at is not None and hit[0].start() >= at[1] and re.search(r",\s+(?:[\w-]+\s+)?" + _SAY_WORDS, clause[at[1]:hit[0].start()]):
        hit = None   # "…, teilte das Unternehmen bei der Vorlage der Zahlen zum dritten Quartal mit": when it was said
    if hit and at is not None and hit[0].start() >= at[1] and _AFTER_EVENT.search(clause[at[1]:hit[0].start()]):
        hit = None   # "recaudó un total de 285 millones tras cerrar el año pasado una Serie C": the later clause's event
    if not hit and at is not None and not re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", clause):
        ago = [m for m in _AGO.finditer(clause) if not _AMOUNT.search(clause, *sorted((m.end() if m.end() <= at[0] else at[1],
                                                                                        at[0] if m.end() <= at[0] else m.start())))
               # ("soit trois fois plus qu'il y a six mois", "twice what it was two years ago": a comparison's base)
               and not _THAN_BEFORE.search(clause, max(0, m.start() - 24), m.start())]
        if ago:
            return "previously"   # "los 10.000 millones de dólares en los que estaba valorada … hace tres años": another time's value
    own = _own_year(clause, at)
    if not own and at is not None and not hit:
        # "had 2025 sales of 6.9 billion euros", "its 2025 revenue was $1.2 billion": the year the measure's noun carries
        lead = _YEAR_ON_MEASURE.search(clause, 0, at[0])
        if lead and _first(terms.measures, lead.group("noun")):
            own = lead.group("y")
    if not own and at is not None:
        # "valued at $5 billion in a 2021 funding round": the year of the event the value belongs to
        event = _YEAR_OF_EVENT.search(clause, at[1])
        if event and not _AMOUNT.search(clause, at[1], event.start()) and event.start() - at[1] <= 40:
            own = event.group("y")
    if own and (not hit or hit[1] in _RELATIVE or re.fullmatch(r"Q[1-4]|H[12]|9M", hit[1])):
        # "12.43 trillion won in revenue in 2023 and 4.37 trillion won in operating profit in 2018": the
        # year each amount's own words give it (with the quarter the clause names)
        return f"{hit[1]} {own}" if hit and hit[1] not in _RELATIVE else own
    if hit and re.fullmatch(r"Q[1-4]|H[12]|9M", hit[1]):
        # "the second quarter of fiscal 2025", "Q2 2025": the quarter of its year when the clause says which
        fiscal = _FISCAL.search(clause, hit[0].end())
        if fiscal and fiscal.start() - hit[0].end() <= 24:   # (the year read whole: "de l'exercice fiscal 2026")
            year = fiscal.group("y")
            return f"{hit[1]} FY{'20' + year if len(year) == 2 else year}"
        year = re.match(r"[\s,]{0,2}(?:(?:of|de|del|du|des|di|von|des Jahres)\s+)?((?:19|20)\d\d)(?!\d)", clause[hit[0].end():])
        return f"{hit[1]} {year.group(1)}" if year else hit[1]
    if hit and hit[1] not in _RELATIVE:
        return hit[1]
    if hit and hit[1] == "a year earlier":
        # "$212 million for 2025, more than double the $96 million it booked a year earlier": the year before 2025
        years = set(re.findall(r"(?<![\d.,])((?:19|20)\d\d)(?![\d.,]?\d)", clause))
        return str(int(years.pop()) - 1) if len(years) == 1 else hit[1]
    ending = _year_ending(clause, terms.grammar)
    if ending:
        return ending
    fiscal = _FISCAL.search(clause)
    if fiscal:
        year = fiscal.group("y")
        return f"FY{'20' + year if len(year) == 2 else year}"
    period = period_of(clause)
    if period and period.startswith("within") and at is not None:
        limit = _PERIOD.search(clause)
        gap = lambda a, b: a.start() - b[1] if a.start() >= b[1] else b[0] - a.end()
        others = [(x.start(), x.end()) for x in _AMOUNT.finditer(clause) if x.end() <= at[0] or x.start() >= at[1]]
        if limit and (any(0 <= gap(limit, o) < gap(limit, at) for o in others)
                      or limit.end() <= at[0] and re.search(r"(?<![\w-])and\s+(?:[a-z]+\s+)?[a-z]+ed\b", clause[limit.end():at[0]])):
            # "a $1.81 billion fine within 15 months … and consented to a $2.51 billion forfeiture": the other sum's time limit
            period = None
    if period:
        return period
    m = _MONTH_IN.search(clause)
    if m and _SINCE.search(clause[max(0, m.start() - 40):m.start() + 3]):
        m = None   # "Since its founding in July 2023, xAI has grown to …": the start of a span
    if m and at is not None and m.end() <= at[0] and _AMOUNT.search(clause, max(0, m.start() - 40), m.start()) \
            and re.fullmatch(r"\s*,?\s*(?:and|or|y|o|et|ou|und|oder|e|en|of)\s+(?:[^\W\d_]+\s+){0,2}?(?:US\s?)?", clause[m.end():at[0]]):
        m = None   # "fines of €600,000 in 2018 and €10m last year": the year of the amount before
    if m and m.group("month") and re.match(r"\s*(?:to|through|until|-|–)\s*(?:January|February|March|April|May|June|July|August|"
                                           r"September|October|November|December)\b", clause[m.end("month"):]):
        m = None   # "from January to September": a period of several months, not one
    if m and at is not None and m.end() <= at[0] and _LATER.search(clause, m.end(), at[0]):
        m = None   # "vous lancez votre startup en août 2024 et, seize mois plus tard, vous annoncez …": another time
    if m and at is not None and _earlier_sums_time(clause, m, at):
        m = None
    other = None if m or not terms.grammar else month_in(clause, terms.grammar)
    if other and at is not None and (om := terms.grammar.month_in.search(clause)) and _earlier_sums_time(clause, om, at):
        other = None
    if other and at is not None and _LATER.search(clause[:at[0]]) and not _LATER.search(clause[at[0]:]):
        other = None
    stated = m.start() if m else (terms.grammar.month_in.search(clause) if other else None)
    stated = stated.start() if isinstance(stated, re.Match) else stated
    if at is not None and stated is not None and stated > at[1] and _CAUSE.search(clause, at[1], stated):
        m = other = None   # "une amende de 15 millions, suite à un vol de données survenu en octobre 2024": the cause's month
    if not m and not other:
        cjk_year = list(_CJK_YEAR.finditer(clause, 0, at[0] if at is not None else len(clause)))
        if cjk_year and not hit:
            # "2021 年 G 轮融资 10 亿美元,估值跃升至 280 亿美元", "2025年1月,Cursor的估值约为26亿美元": that time's figure
            return _cjk_time(cjk_year[-1])
        return hit[1] if hit else None   # "last month", "previously": no stated month says better
    if (m and m.group("y")) or (other and other[0] is None):
        return m.group("y") if m else other[1]
    month = V.MONTHS[m.group("month").lower()] if m else other[0]
    year = m.group("year") if m else other[1]
    year = int(year) if year else None
    if year is None and date is not None:
        year = date.year if month <= date.month else date.year - 1
    when = f"{year}-{month:02d}" if year else calendar.month_name[month]   # ("October": the year is not stated)
    # "for the year ended in March": the twelve months up to that month, not the month
    to = m and any(m.start() - 1 <= y.end() <= m.start("month") for y in _YEAR_TO.finditer(clause, 0, m.start("month")))
    return f"year to {when}" if to else when


# a clause that opens on a subject of its own after a comma: "…, the second round values", "…, ce second tour valorise"
_NEW_SUBJECT = re.compile(r"\s*(?:the|this|that|these|its|ce|cette|ces|cet|son|sa|ses|el|este|esta|su|der|die|das|dieser|diese|"
                          r"il|questo|questa|seu|sua)\s+(?:[^\W\d_][\w'’-]*\s+){0,4}?"
                          r"(?-i:[a-zà-ÿ][\w'’-]*)(?:s|es|e|t|a)\s", re.I)


def _earlier_sums_time(clause: str, when: re.Match, at: tuple[int, int]) -> bool:
    """A time right after another sum, before a comma and a clause with a subject of its own that holds the
    value: "Après les 105 millions déjà levés en juin, ce second tour … valorise la société à 2 milliards"
    (June is the 105 million's; not in "$5 billion in 2024, up 20% from a year earlier")."""
    return when.end() <= at[0] and _new_clause_at(clause, when.end(), at[0]) is not None \
        and bool(_AMOUNT.search(clause, max(0, when.start() - 40), when.start()))


# a comma between clauses, followed by a space (not the one in "£508,000")
_CLAUSE_COMMA = re.compile(r"[,;](?=\s)")


def _new_clause_at(text: str, start: int, end: int) -> int | None:
    """Where a clause with a subject of its own starts after the first clause comma of text[start:end]."""
    comma = _CLAUSE_COMMA.search(text, start, end)
    return comma.end() if comma and _NEW_SUBJECT.match(text, comma.end()) else None


@lru_cache(maxsize=4)
def _year_ending_rx(g) -> tuple[re.Pattern, dict]:
    months = {**V.MONTHS, **{w: i % 12 + 1 for i, w in enumerate(g.month_number if g else ())}}
    alts = "|".join(re.escape(w) for w in sorted(months, key=len, reverse=True))
    return re.compile(
        r"(?<![\w-])(?:fiscal year|financial year|fiscal|year|ano fiscal|exerc[íi]cio(?: fiscal)?|año fiscal|ejercicio(?: fiscal)?|exercice(?: fiscal)?|"
        r"esercizio|Geschäftsjahr(?:es)?|boekjaar)(?:,)?\s+(?:(?:that|which|que|qui|che|das|dat)\s+(?:se\s+|si\s+)?)?"
        r"(?:ending|ended|ends|to|through|termina|terminará|terminó|acaba|acabará|termine|terminera|clos|chiude|chiuso|endet|eindigt)"
        r"\s+(?:(?:in|em|en|a|al|nel|im|le|on)\s+)?(?:(?:the\s+)?end\s+of\s+|fin(?:al)?\s+de\s+|fine\s+)?(?:\d{1,2}\.?\s+(?:de\s+)?)?"
        rf"(?P<month>{alts})(?:\s+\d{{1,2}})?,?\s+(?:de\s+|del\s+)?(?P<year>(?:19|20)\d\d)(?!\d)", re.I), months


def _year_ending(clause: str, g) -> str | None:
    """'in the fiscal year ending March 2026', 'o atual ano fiscal, que termina em março de 2026': the twelve months to
    that month, not the month."""
    rx, months = _year_ending_rx(g)
    m = rx.search(clause)
    return f"year to {m.group('year')}-{months[m.group('month').lower()]:02d}" if m else None


_YEAR_TO = re.compile(r"\b(?:fiscal\s+)?(?:year|twelve months|12 months)\s+(?:that\s+)?(?:ended|ending|to|through)\s+(?:in\s+)?(?:the\s+end\s+of\s+)?", re.I)
_CJK_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)\s?年(?:\s?(\d{1,2})\s?月)?(?!\s?[度初末])")


def _cjk_time(m: re.Match) -> str:
    """'2025年1月' -> '2025-01', '2021 年' -> '2021'."""
    y, mo = m.group(1), m.group(2)
    return f"{y}-{int(mo):02d}" if mo and 1 <= int(mo) <= 12 else y


def is_index(name: str, terms: Terms) -> bool:
    return bool(terms.index and terms.index.search(name))


def is_asset(name: str, terms: Terms) -> bool:
    return bool(terms.asset and terms.asset.match(name))


# a past clause of time the value stands in: ", when Bitcoin was trading for …", ", lorsque le bitcoin valait …"
_WHEN_CLAUSE = re.compile(r",\s+(?:when|lorsque|quand|cuando|als|quando)\s+[^,;]*$", re.I)
# what an asset's price stands after: where it traded, rose or fell to ("is trading at around $101,780", "rose above $100,000")
_ASSET_PRICE_BEFORE = re.compile(r"(?<![\w-])(?:to|at|for|above|below|over|past|beyond|near|under|hit|hits|reached|reaching|topped|"
                                 r"surpassed|crossed|breached|à|au-dessus de|sous|auf|über|unter|bei|a|hasta|por encima de|sobre|"
                                 r"acima de|até)\s+(?:the\s+|le\s+|la\s+|los\s+|die\s+|der\s+)?"
                                 r"(?:(?:around|about|nearly|almost|roughly|some|more than|less than|just over|just under|environ|près de|"
                                 r"plus de|moins de|rund|etwa|knapp|fast|mehr als|über|unter|casi|cerca de|alrededor de|unos|más de|menos de)\s+)?"
                                 r"(?:US\s?)?$", re.I)


def common_word(s: str, name: str, terms: Terms) -> bool:
    """One capitalised word that is a common noun: a measure's own word ("Revenue jumped 35%") or a
    noun right after an article ("den Angaben zufolge": German capitalises nouns)."""
    if " " in name or re.search(r"[A-Z].*[A-Z]|\d", name[1:]) or re.search(r"[a-z][A-Z]", name) or is_index(name, terms):
        return False   # (a word with a capital inside, "LinkedIn", is a name)
    if any(rx.fullmatch(name) for rx, _ in terms.measures + terms.changes):
        return True
    if name not in s:
        return False   # a name a sentence before gave ("Im abgelaufenen Geschäftsjahr sank der Umsatz …" after "Orbis …")
    if re.fullmatch(r"\W*", s[:s.find(name)]) and _OPENING_ADVERB.fullmatch(name):
        return True   # "Initially priced at $102 …": an adverb that opens the sentence
    if re.fullmatch(r"\W*", s[:s.find(name)]) and _names_a_source(name, terms):
        return True   # "Data published this morning shows the energy giant earned …": where the figure is read, no one's
    g = terms.grammar
    at = s.find(name)
    if s[at + len(name):at + len(name) + 1] == "-":
        return False   # "die Zalando-Aktie": a name in a compound
    before = s[max(0, at - 30):at].split()
    adjectives = 0
    while adjectives < min(2, len(before) - 1) and before[-1 - adjectives].lower() not in _DE_ARTICLES \
            and re.fullmatch(r"[a-zäöüß]+(?:e|en|em|er|es)", before[-1 - adjectives]):
        adjectives += 1
    if adjectives and before[-1 - adjectives].lower() in _DE_ARTICLES:
        return True   # "im abgelaufenen Quartal", "das dritte Quartal": a German article, an adjective, a noun
    if before and before[-1] in _DE_ARTICLES - {"die", "das", "der", "den", "dem", "des"}:
        return True   # "am Nachmittag", "im Quartal": a German preposition that carries its article
    return bool(g and before and before[-1].lower() in g.articles)


def _names_a_source(name: str, terms: Terms) -> bool:
    """A one-word source document of languages.yml's `source_documents` ("Data", "Figures", "Filings")."""
    return bool(terms.grammar) and name.lower() in terms.grammar.source_nouns


# an English adverb, capitalised because it opens the sentence
_OPENING_ADVERB = re.compile(r"[A-Z][a-z]{2,}(?:ially|ally|ously|ately|ively|edly|ently|antly|ily|ully|ibly|ably)")


# "el último ERE", "the latest IPO", "la nouvelle OPA": an article and a word of order before an acronym make it a
# common noun (a plan, a deal), not a company
_ORDINAL_BEFORE = re.compile(r"(?<![\w-])(?:el|la|los|las|the|its|le|les|l['’]|der|die|das|il|lo|o|a|su|sa|son)\s+(?:último|última|nuevo|nueva|"
                             r"primer|primera|segundo|segunda|latest|last|new|first|second|previous|dernier|dernière|nouveau|nouvelle|"
                             r"premier|première|letzte|letzten|neue|neuen|erste|ersten|ultimo|ultima|nuovo|nuova|primo|prima|novo|nova)\s+$", re.I)


def _ordinal_noun(s: str, n: Mention) -> bool:
    return " " not in n.name and bool(_ORDINAL_BEFORE.search(s, max(0, n.start - 30), n.start))


def _opening_adverb(s: str, n: Mention) -> bool:
    """'Actually, …', and a participle that opens its clause ('Taking a broader perspective, …', 'Looking at
    the year, …'): no name ("Boeing" is, for no article or preposition follows it)."""
    return bool(re.fullmatch(r"\W*", s[:n.start]) and (_OPENING_ADVERB.fullmatch(n.name) or
                                                      (_OPENING_PARTICIPLE.fullmatch(n.name) and _PARTICIPLE_OBJECT.match(s, n.end))))


_OPENING_PARTICIPLE = re.compile(r"[A-Z][a-z]{2,}(?:ing|ed)")
_PARTICIPLE_OBJECT = re.compile(r"\s+(?:a|an|the|at|to|into|on|its|their|his|her|this|that|these|those|over|up|down|out|back|"
                                r"for|in|by|with|from|about|across|beyond|past)\s")


def _german_noun(s: str, n: Mention) -> bool:
    """One capitalised word after a German article and an adjective ("Der erste Kurs"), or after a preposition
    that carries its article ("im Quartal"): a noun, not a name."""
    if " " in n.name or re.search(r"[A-Z].*[A-Z]|\d", n.name[1:]):
        return False
    before = s[max(0, n.start - 30):n.start].split()
    if before and before[-1] in _DE_ARTICLES - {"die", "das", "der", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen", "eines"}:
        return True
    if before and before[-1] in ("Im", "Am", "Zum", "Zur", "Beim", "Vom") and n.start - s.rfind(before[-1], 0, n.start) <= len(before[-1]) + 1 \
            and re.fullmatch(r"\W*", s[:s.rfind(before[-1], 0, n.start)]):
        return True   # "Im Tageshoch ging die Aktie …": the same preposition with its article, opening the sentence
    # ("Zu konstanten Wechselkursen wäre der Erlös …": a preposition and an adjective before a noun, too)
    return len(before) >= 2 and bool(re.fullmatch(r"[a-zäöüß]+(?:e|en|em|er|es)", before[-1])) \
        and (before[-2].lower() in _DE_ARTICLES or before[-2].lower() in _DE_PREPOSITIONS)


_DE_PREPOSITIONS = frozenset({"zu", "mit", "bei", "nach", "von", "aus", "auf", "für", "über", "unter", "vor", "seit", "gegen", "ohne",
                              "durch", "um", "trotz", "wegen", "dank"})

# German prepositions that carry an article ("im" = "in dem"), and those a name never follows ("der Umsatz pro Abo",
# "binnen Jahresfrist")
_DE_ARTICLES = frozenset({"im", "am", "zum", "zur", "vom", "beim", "ins", "pro", "je", "binnen", "der", "die", "das", "dem", "den", "des",
                          "ein", "eine", "einer", "einem", "einen", "eines",
                          "dieser", "diese", "dieses", "diesem", "diesen", "unser", "unsere", "unseren", "unserem", "unserer"})


def maker_named_after(s: str, n: Mention, names: list[Mention], terms: Terms) -> Mention:
    """The name a product's name describes as its maker's ("ChatGPT maker OpenAI",
    "ChatGPT-Betreiber OpenAI"), else the name itself."""
    rx = terms.grammar.maker_nouns if terms.grammar else None
    if rx is None:
        return n
    inside = rx.search(s, n.start, n.end)
    if inside and re.fullmatch(r"[\w.]+", s[n.start:inside.start()]) and inside.end() < n.end:
        # one name found for "Orbit-Betreiber Tessaly": the maker is its last part
        return Mention(inside.end(), n.end, s[inside.end():n.end], n.kind)
    m = rx.match(s, n.end)
    if m is None:
        return n
    return next((o for o in names if o.start == m.end()), n)


# what opens an apposition or a relative clause set off by commas: "…, a measure of …,", "…, which …,"
_APPOSITION_OPENS = re.compile(r"\s*(?:a|an|one|which|that|un|une|una|uno|ein|eine|einer|um|uma|que|qui|die|der|das|"
                               r"welche|welcher|che|il|la)\s", re.I)


def words_in_apposition(clause: str, start: int, end: int, value_at: int) -> bool:
    """The words at start:end stand in an apposition that closes before the value: they describe
    the noun before it, not what the value measures."""
    opens, closes = clause.rfind(",", 0, start), clause.find(",", end, value_at)
    return opens >= 0 and closes >= 0 and bool(_APPOSITION_OPENS.match(clause, opens + 1, start))


_MARKET_WORDS = re.compile(r"(?<![\w-])(?:wiped?|wiping|erased?|erasing|value|valuation|stock market|Wall Street|Nasdaq|selloff|sell-off|"
                           r"one-day|single-day|record|"
                           r"rout|valor|valeur|Wert|valore|bolsa|Börse|bourse|borsa)(?![\w-])", re.I)


# after a verb of change, a range or a band the level lands in: "fall within the range of", "come in between"
_WITHIN_RANGE = re.compile(r"\s+(?:(?:somewhere|roughly|squarely)\s+)?(?:within|in the range|in a range|into the range|inside|"
                           r"in the band|dentro del rango|dans la fourchette|innerhalb|nella forbice)\b", re.I)


# the auxiliary of a passive right after a name ("TikTok fue multada", "Uber was fined", "Apple a été condamnée")
_PASSIVE_AUX = re.compile(r"\s*(?:,[^,]{1,60},\s*)?(?:was|were|has been|have been|had been|is|are|got|gets|fue|fueron|ha sido|han sido|"
                          r"a été|ont été|avait été|wurde|wurden|ist|è stato|è stata|sono stati|foi|foram|werd|is)\s+(?:[a-z]+ly\s+)?", re.I)
# a relative clause after a value, which describes it: ", a figure that …", ", which …", ", qui …"
_RELATIVE_AFTER = re.compile(r",\s+(?:(?:a|an|the|un|une|una|ein|eine|um|uma|lo|ce|il|o|was)\s+(?:[\w-]+\s+)?)?(?:that|which|qui|que|die|der|das|che|what)\s", re.I)


def _without_conversion(clause: str, q: Quantity) -> tuple[str, Quantity]:
    """The clause as if the sum stood alone: "a €290m (£246m; $324m) fine" read as "a €290m fine" for the
    euros and as "a $324m fine" for the dollars (the sum and its conversions are all the noun's)."""
    aside = CONVERSION_ASIDE.match(clause, q.end)
    if aside:
        return clause[:q.end] + " " + clause[aside.end():].lstrip(), q
    for m in CONVERSION_ASIDE.finditer(clause, max(0, q.start - 60)):
        if m.start() < q.start and q.end < m.end():
            main = list(_AMOUNT.finditer(clause, max(0, m.start() - 25), m.start()))
            if not main:
                break
            start = main[-1].start()
            text = clause[q.start:q.end]
            return clause[:start] + text + " " + clause[m.end():].lstrip(), Quantity(start, start + len(text), q.value, q.unit)
    return clause, q


# "…, up 12% from a year earlier", "(down 3%)": a percentage restating the change of the figure before it
_UP_DOWN = re.compile(r"(?:^|[,(;]|\s[—–-]|(?<=\bshares)|(?<=\bstock))\s*(?P<dir>up|down)\s+(?:(?:about|around|nearly|almost|roughly|more than|over|some)\s+)?$", re.I)


_EARNINGS_BEFORE = re.compile(r"\b(?:earnings|EPS|profit|beneficio|bénéfice|Gewinn|utile|lucro)\b(?:\s+[\w-]+){0,3}?\s+"
                              r"(?:of|was|were|came in at|de|von|di|do|da)\s+(?:US\s?)?[$€£]?\s*$", re.I)


# a verb that moves a measure, the measure, then "by" and the sum: "boosts its operating profit by 50 billion yen"
_MOVED_BY = re.compile(r"(?<![\w-])(?:boost|lift|raise|increase|cut|reduce|lower|trim|shave|add)(?:s|ed|ing|d)?\s+"
                       r"(?:[\w'’-]+\s+){1,5}?by\s+(?:(?:about|around|some|roughly|nearly|almost|up to|as much as|more than)\s+)?"
                       r"(?:[A-Z]{1,3}\s?)?[$€£¥]?\s*$", re.I)
# the count of tokens a sum is for, written after it: "$0.03 per 1000 input tokens", "$2 / 1M tokens", "$0.000002 per
# token", "0.5元/千tokens"; `k` a thousand, `m` a million, `one` a token, `n` any other count
PER_TOKENS = re.compile(r"\s*(?:/|per|for(?:\s+every)?|a)\s*(?:(?P<k>1,000|1000|1\s?[Kk]|one thousand|a thousand|thousand|千)|"
                        r"(?P<m>1\s?M|1\s?million|one million|a million|million|1,000,000|百万|百萬)|"
                        r"(?P<n>[\d.,]+\s?(?:[KkM]|thousand|million)?)|(?P<one>))\s*"
                        r"(?:(?:input|output|prompt|completion)\s+)?(?:个|個)?\s*tokens?\b", re.I)


def _dated_width(text: str) -> int:
    """How much of `text` its dates take ("the fiscal year ended March 31, 2024, was"): a date says when, and the
    words round it are no further apart for it."""
    return sum(b - a for a, b, _, _ in V.find_dates(text)) if re.search(r"\d\d", text) else 0


_AND_THEN = re.compile(r"(?<![\w-])(?:and|dan|y|et|und|e|och|og|oraz|và)\s+(?:[^\W\d]+\s+){0,2}$", re.I)


def attribute_for(clause: str, q: Quantity, subject: str, terms: Terms, company: bool = True, sentence: str = "") -> str | None:
    """'market value loss', 'share price drop', 'index drop': the measure and the change."""
    clause, q = _without_conversion(clause, q)
    if PER_TOKENS.match(clause, q.end):
        return None   # "costs 0.0008 yuan per 1,000 tokens": a price per tokens (the vocabulary's), no cost of anything
    # an aside closed before or opened after the value describes another noun: "L'action de X, dont la capitalisation
    # dépasse 83 milliards de dollars, chutait de 13%" (the 13% is the share's, not the market value's)
    # (not the main verb after an apposition: "Microsoft, the world's third most valuable company …, reported diluted
    # earnings per share of $3.30, a 10 per cent rise": "reported …" is no aside)
    closes = {ap.end() - 1 for ap in APPOSITION.finditer(clause)} if "," in clause else set()
    clause = ASIDE.sub(lambda m: m.group() if m.start() <= q.start < m.end() or m.start() in closes
                       else "," + " " * (len(m.group()) - 2) + ",", clause)
    change, change_at = _nearest_term(terms.changes, clause, q, with_match=True)
    up_down = _UP_DOWN.search(clause, max(0, q.start - 24), q.start) if q.unit == "percent" else None
    if up_down and (change_at is None or change_at.start() >= q.end):
        # "revenue of $4.2 billion, up 12% from a year earlier": the change a figure restated after it underwent
        change, change_at = ("rise" if up_down.group("dir").lower() == "up" else "drop"), up_down
    if change_at is not None and _WITHIN_RANGE.match(clause, change_at.end()):
        change, change_at = None, None   # "net sales to fall within the range of €30B to €35B": where a level lands, no drop
    if change_at is not None and change_at.group()[:1].isupper() and change_at.group() not in terms.nouns and re.search(r"(?<![\w-])(?-i:[a-zäöüß]+)\s+$", clause[:change_at.start()]):
        change, change_at = None, None   # "in jedem Fall": a capitalised noun after a lower-case word is no English verb
    if change_at is not None and any(m.start() <= change_at.start() and change_at.end() <= m.end() and m.group() != change_at.group()
                                     for rx, _ in terms.measures for m in rx.finditer(clause)):
        change, change_at = None, None   # "compared with a net loss of $4.4 million": the loss names a measure, no change
    if change_at is not None and change_at.end() <= q.start and re.search(r"[^\d\s],\s*$", clause[:change_at.start()]):
        # "…, which gets a third of its sales from Asia, fell 7.9%": the clause the change verb opens after a comma is its own;
        # a measure before the comma is the aside's
        cut = clause.rfind(",", 0, change_at.start())
        clause = " " * (cut + 1) + clause[cut + 1:]
    # ("beläuft sich einschliesslich Nettoverschuldung auf 64,5 Milliarden": the debt a deal's worth counts in is no measure of it)
    blanked = 0
    for rx, name in terms.qualifiers:
        if name == "including debt":
            blanked += sum(len(m.group()) for m in rx.finditer(clause, 0, q.start))
            clause = rx.sub(lambda m: " " * len(m.group()), clause)
    measure, measure_at = _nearest_term(terms.measures, clause, q, after=True, with_match=True)
    if q.unit not in (None, "percent") and measure_at is not None and measure_at.end() <= q.start:
        named = _IN_NOUN.match(clause, q.end)
        after = next(((m, name) for m, name in _term_hits(terms.measures, clause) if named and m.start() == named.end()), None)
        if after and after[1] != measure and not _AND_OTHER.match(clause, after[0].end()):
            measure, measure_at = after[1], after[0]   # "plans to spend $20 billion in capital expenditure": the noun names the sum
    if q.unit not in (None, "percent") and _PER_SHARE.match(clause, q.end) and _EARNINGS_BEFORE.search(clause, max(0, q.start - 50), q.start):
        return "earnings per share"   # "adjusted earnings of $1.68 per share": what the company earned for each share
    if q.unit not in (None, "percent") and _PER_SHARE_LEAD.match(clause) and not _AMOUNT.search(clause, 0, q.start):
        return "earnings per share"   # "Je Aktie verdiente Halbtech 0,36 Euro", "Per share, it earned $1.61"
    if measure_at is not None and measure_at.start() >= q.end and change is not None and re.fullmatch(
            r"\s*(?:percent|per cent|%)?\s*(?:from|over|since|versus|vs\.?|than|compared (?:to|with)|above|below|desde|frente a|"
            r"par rapport à|gegenüber|rispetto a)\s+(?:(?:its|their|the|his|her|su|sus|son|sa|ses|seinem|ihrem)\s+)?", clause[q.end:measure_at.start()], re.I):
        measure, measure_at = None, None   # "up 48.4 percent from its IPO price": the base the change is measured from
    if measure_at is not None and measure_at.end() <= q.start and _OF_A_RELATION.match(clause, measure_at.end()):
        return None   # "non loin de la capitalisation de sa maison mère qui atteint 81 milliards": the parent's measure
    if measure == "payment" and measure_at is not None and measure_at.end() <= q.start:
        # "to pay a $1.81 billion criminal fine", "pagará 200 millones de dólares en multas": what is paid, named after the sum
        gap = _PAID_AS.match(clause, q.end)
        named = [(name, m) for at in dict.fromkeys((gap.end(), gap.start("adj") if gap.group("adj") else gap.end()))
                 for rx, name in terms.measures if name != "payment" and (m := rx.match(clause, at))]
        if named and not _AND_OTHER.match(clause, named[0][1].end()):
            measure, measure_at = named[0]   # ("$4 billion in fines and other penalties": several kinds, a payment)
    if measure_at is not None and measure_at.start() >= q.end and (_AMOUNT.search(clause, q.end, measure_at.start())
                                                                  or re.search(r"[,;]", clause[q.end:measure_at.start()])
                                                                  # ("… mencapai Rp3,5 triliun dan rugi EBITDA Grup …": the
                                                                  # noun after "and" opens the next phrase)
                                                                  or _AND_THEN.search(clause, q.end, measure_at.start())
                                                                  or len(clause[q.end:measure_at.start()].split()) > 6):
        # "raised $16bn at a $126bn valuation": the noun after the next amount is that amount's; "se situó en 1,0
        # billones de euros, impulsado por … Wealth": a noun past a comma or far after names another thing
        measure, measure_at = None, None
    if measure_at is not None and measure_at.start() >= q.end and _AMOUNT.match(clause, measure_at.end() + len(
            re.match(r"\s*(?:of|at|del|des|de|du|di|do|da|von|van|um|of\s+about|de\s+unos)?\s*(?:US\s?)?", clause[measure_at.end():]).group())):
        # "a net profit of €2.1 billion on sales of €7.5 billion": the noun after is the next amount's; the one before is this one's
        measure, measure_at = _nearest_term(terms.measures, clause[:q.start], q, with_match=True)
        if measure_at is not None and (q.start - measure_at.end() > 24 or _AMOUNT.search(clause, measure_at.end(), q.start)):
            measure, measure_at = None, None
    if measure_at is not None and measure_at.end() <= q.start \
            and any(re.fullmatch(r"[\w.,]*\s*(?:billion|million|bn|mn)?\s+(?:[a-z-]+\s+)?", clause[m.end():measure_at.start()])
                    for m in _AMOUNT.finditer(clause, max(0, measure_at.start() - 40), measure_at.start())) \
            and re.search(r"(?<![\w-])and\s+(?:[a-z]+\s+)?[a-z]+ed\b", clause[measure_at.end():q.start]):
        # "pay a $1.81 billion criminal fine … and consented to a $2.51 billion order of forfeiture": the word is the first
        # amount's; another verb leads this one
        measure, measure_at = None, None
    if measure_at is not None and measure_at.end() <= q.start and JOINED_PHRASE.fullmatch(clause, measure_at.end(), q.start):
        measure, measure_at = None, None   # "Tibco's debt as well as a $3.98 billion buyout": the sum opens a phrase of its own
    if change_at is not None and change_at.start() >= q.end and _RELATIVE_AFTER.search(clause, q.end, change_at.start()):
        change, change_at = None, None   # "an operating profit of 9.1 trillion won …, a figure that falls below …": a comparison
    if change_at is not None and change_at.start() >= q.end and _COMPARED_AFTER.search(clause, q.end, change_at.start()):
        change, change_at = None, None   # "a net profit of $1.8 million, compared with a loss of …": the base's word
    if change_at is not None and change_at.start() >= q.end and _AMOUNT.match(clause, change_at.end() + (
            len(re.match(r"\s*(?:of|dello|della|dell['’]|del|des|de|du|di|do|dagli|dalle|dallo|dalla|dai|dal|da|von|um|from|desde|depuis|"
                         r"rispetto a(?:gli|i|l|lla|llo)?)?\s*(?:un\s+|una\s+|an?\s+|the\s+|los\s+|las\s+)?", clause[change_at.end():]).group()))):
        # "ascendieron a 3.504 millones, con un aumento del 8%": the change is the 8%'s ("1,92 miliardi di dollari, in
        # salita dagli 1,70 mld": the move from the other amount to this one)
        change, change_at = None, None
    moved_by = _MOVED_BY.search(clause, max(0, q.start - 90), q.start) if q.unit != "percent" else None
    if moved_by and (change_at is None or change_at.end() <= moved_by.start()):
        return None   # "boost its annual operating profit by 235 billion yen": how much a measure moves, not its level
    if change_at is not None and measure_at is not None and measure in ("offer", "deal price", "IPO price", "price target") \
            and re.fullmatch(r"\s+", clause[change_at.end():measure_at.start()]):
        change, change_at = None, None   # "een hoger overnamebod van 6,50 euro", "a higher bid of": the offer's adjective, no change
    if change_at is not None and change_at.start() >= q.end and q.unit != "percent" \
            and re.search(r"\d\s?(?:%|percent|per cent|por ciento|pour cent|Prozent|per cento)", clause[q.end:change_at.start()]):
        change, change_at = None, None   # "net sales of 1.9 trillion yen, a 63% year-on-year rise": the change is the 63%'s
    if change_at is not None and measure_at is not None and change_at.end() <= measure_at.start() and measure_at.end() <= q.start \
            and _AMOUNT.search(clause, change_at.end(), measure_at.start()):
        # "se hundió 12,6% tras su Oferta Pública Inicial de US$ 1.480 millones": the change is the first amount's, the
        # measure named after it leads this one
        change, change_at = None, None
    is_money = q.unit != "percent"
    if _ON_THE_DEAL.match(clause, q.end):
        return None   # "Biogen puts an enterprise value of $7.3 billion on the acquisition": the target's worth, not the buyer's
    if terms.excluding and terms.excluding.search(clause, max(0, q.start - 30), q.start):
        return None   # "La perte … exclut 4,0 milliards de dollars d'éléments liés à la COVID": what a figure leaves out
    if is_money and change_at is not None and change_at.end() <= q.start and _MOVED_FROM.search(clause, max(0, q.start - 30), q.start) \
            and not _FROM_TO_AFTER.match(clause, q.end):
        return None   # "a huge jump from its $2 billion valuation", "rose to $10 billion from $2 billion": the level it moved from
    if change_at is not None and change_at.end() <= q.start and _AMOUNT.search(clause, change_at.end(), q.start) \
            and _COMPARED_BEFORE.search(clause, max(0, q.start - 60), q.start):
        return None   # "rose by 22.1 per cent to €4.3billion in 2024, against €3.5billion the previous year": the base, no rise
    if change == "loss" and is_money and measure and measure.endswith("profit") and change_at.end() <= q.start \
            and re.fullmatch(r"\s+(?:of\s+)?(?:US\s?)?[$€£¥]?\s*", clause[change_at.end():q.start]):
        return measure[:-len("profit")] + "loss"   # "compared with a loss of $4.4 million" after a net profit: a net loss
    if change == "loss" and is_money and change_at.end() <= q.start and _LOSS_NOUN.fullmatch(change_at.group()) \
            and (measure == "revenue" or measure is None and terms.results is not None and terms.results.search(clause, 0, change_at.start())) \
            and re.fullmatch(r"\s+(?:of|de|di|von|da|do)?\s*(?:(?:an?|un|una|une|um|uma|einen)\s+)?"
                                                           r"(?:US\s?|R)?[$€£¥]?\s*", clause[change_at.end():q.start]):
        return "net loss"   # "ricavi per 96 milioni e una perdita di 18 milioni": a loss the page reports, no fall of revenue
    if (change is None or change_at.start() >= q.end) and measure in (None, "profit") and q.unit != "percent" and terms.profit and terms.results:
        verb = list(terms.results.finditer(clause, max(0, q.start - 40), q.start))
        if verb and terms.profit.fullmatch(clause, verb[-1].end(), q.start):
            return "net profit"   # "Oracle posted a profit of $2.93 billion": the result a company reports
    is_money = q.unit != "percent"
    opening = _OPENING_PRICE.search(clause, max(0, q.start - 45), q.start) if is_money and company else None
    if opening and isinstance(q.value, (int, float)) and q.value < 1000000 and not _MAGNITUDE_IN.search(clause, q.start, q.end) \
            and not _PRODUCT_SHAPE.search(subject) and not is_index(subject, terms) and not re.search(r"\d", clause[opening.end():q.start]):
        return "share price"   # "Der erste Kurs wurde bei 84 Euro getaxt", "Porsche's opening price was $88": the first trade's price
    extreme = _DAY_EXTREME.search(clause, max(0, q.start - 70), q.start) if is_money else None
    if extreme and (company or is_asset(subject, terms)) and measure in (None, "share price", "price", "IPO price") \
            and not _PRODUCT_SHAPE.search(subject) and not is_index(subject, terms) \
            and isinstance(q.value, (int, float)) and q.value < 1000000 and not _MAGNITUDE_IN.search(clause, q.start, q.end) \
            and not _RECORD_BEFORE.search(clause, max(0, extreme.start() - 25), extreme.start()):
        # "traded as high as $57.8 during the day", "alcanzaron un máximo de 57,80 dólares", "Im Tageshoch ging die Aktie für
        # 86,76 Euro um": the day's highest (or lowest) price, not a price it closed or stayed at
        return "intraday low" if re.search(r"low|mínim|plus bas|Tagestief|Tiefst|minim|laagst", extreme.group(), re.I) else "intraday high"
    if is_money and company and measure in (None, "IPO price") and (measure_at is None or measure_at.start() >= q.end) \
            and not _PRODUCT_SHAPE.search(subject) and not is_asset(subject, terms) and not is_index(subject, terms) \
            and isinstance(q.value, (int, float)) and q.value < 100000 and not _MAGNITUDE_IN.search(clause, q.start, q.end) \
            and _TRADED_AT.search(clause, max(0, q.start - 60), q.start) and _MARKET_SESSION.search(sentence or clause):
        return "share price"   # "Corvid opened at $56.10 a share …", "closed its first trading session at $50.44": a share's price
    if is_asset(subject, terms) and measure in (None, "share price", "price"):
        # "Bitcoin is trading at around $101,780", "Bitcoin rose 2.2%": a traded thing's price and its moves, no shares
        if is_money:
            if _WHEN_CLAUSE.search(sentence or clause, 0, (sentence or clause).find(clause[q.start:q.end]) if sentence else q.start):
                return None   # "since the beginning of the year, when Bitcoin was trading for less than $45,000": another time's price
            return "market price" if _ASSET_PRICE_BEFORE.search(clause, max(0, q.start - 40), q.start) else None
        return f"price {'gain' if change == 'rise' else change}" if change in ("rise", "drop") else None
    earned = terms.profit_verb.search(clause, max(0, q.start - 40), q.start) if terms.profit_verb is not None and is_money else None
    if earned and measure is None and company and (change is None or earned.start() <= change_at.start() < earned.end()):
        return "net profit"   # "Orbis ganó 1.250 millones de euros en el primer semestre": what a company earned
    sold = terms.revenue_verb.search(clause, max(0, q.start - 40), q.start) if terms.revenue_verb is not None and is_money else None
    if sold and measure is None and company and change is None:
        return "revenue"   # "VMware es una empresa que en 2023 ingresó 13 400 millones de dólares": what a company took in
    if change is None and measure is None:
        return None
    if change and measure in terms.levels and change_at is not None:
        owner = _nearest_term(terms.measures, clause[max(0, change_at.start() - 30):change_at.start()],
                              Quantity(min(change_at.start(), 30), min(change_at.start(), 30), None, None))
        if owner and owner != measure:
            change = None   # "shares rose as the $13.4bn in revenue beat estimates": the rise is the shares'
    is_money = q.unit != "percent"
    if measure == "share price" and is_money and (re.search(r"(?<![\w-])(?:to|at|à|auf|bei|a|hasta|até|fino a|su|op|em|en)\s+(?:US\s?)?$", clause[max(0, q.start - 8):q.start])
                                                  or _QUOTED_AT.search(clause, max(0, q.start - 20), q.start)) \
            and not re.search(r"\b(?:market (?:value|cap\w*)|valuation|Börsenwert|capitalisation|capitalización)\b", clause, re.I):
        if _OFFERED_SHARES.search(clause, max(0, q.start - 60), q.start):
            # "initially marketed 30.8 million shares at $62 to $68 each": the price an offering asks, not the market's
            return "IPO price" if re.search(r"\bIPO\b|initial public offering|Börsengang|salida a bolsa|introduction en bourse|"
                                            r"offerta pubblica iniziale", sentence or clause, re.I) else None
        if re.search(r"\bIPO\b|initial public offering|Börsengang|salida a bolsa|introduction en bourse|offerta pubblica iniziale", clause, re.I):
            traded = _TRADED_AT.search(clause, max(0, q.start - 40), q.start)
            if traded and not _AMOUNT.search(clause, traded.end(), q.start):
                return "share price"   # "shares began trading at $182 before jumping to $188.50": the market's price, not the offer's
            return "IPO price"     # "after selling shares at $51 a piece in its IPO"
        if terms.offer is not None and terms.offer.search(clause, 0, q.start):
            return None   # "un'offerta in contanti, valutando le sue azioni a 20,30 euro": the price offered for another's shares
        return "share price"   # "Altair shares fell 4.3% to $104.00": the price a share fell to, not money lost
    if change is None and is_money and measure in terms.levels:
        lo = max(0, q.start - 60 - blanked)
        near, at = _nearest_term(terms.measures, clause[lo:q.end + 30],
                                 Quantity(q.start - lo, q.end - lo, q.value, q.unit), with_match=True)
        dated = _dated_width(clause[measure_at.end():q.start]) \
            if near != measure and measure_at is not None and measure_at.end() <= q.start else 0
        if dated:
            # "revenues in the second quarter ended June 30, 2013, amounted to EUR 148.7 million": a date between the
            # noun and its sum says when, and does not put the noun out of the sum's reach
            lo = max(0, q.start - 60 - blanked - dated)
            near, at = _nearest_term(terms.measures, clause[lo:q.end + 30],
                                     Quantity(q.start - lo, q.end - lo, q.value, q.unit), with_match=True)
        if at is not None and words_in_apposition(clause, lo + at.start(), lo + at.end(), q.start):
            return None   # "obligations, a measure of contracted revenue it expects to collect, of $455 billion"
        if at is not None and lo + at.start() >= q.end and len(clause[q.end:lo + at.start()].split()) > 3:
            return None   # "bei 84 Euro getaxt nach einem Ausgabepreis von 82,50 Euro": a noun that far after is the next amount's
        first = list(_AMOUNT.finditer(clause, lo + at.end(), q.start)) if at is not None and lo + at.end() <= q.start else []
        if first and re.fullmatch(r"[^\d,;]{0,25}?\s(?:bei|at|à|auf|a|en|zu|um)\s+(?:US\s?)?[$€£¥]?\s*", clause[first[-1].end():q.start]):
            return None   # "nach einem Ausgabepreis von 82,50 Euro bei 84 Euro": the noun is the first amount's
        if near == "payment" and measure != near and measure_at is not None and measure_at.start() >= q.end \
                and re.fullmatch(r"\s*(?:in|to|as|en|como|als|pour|para|per|zur|zum)?\s*(?:the\s+)?(?:[a-z]+\s+)?", clause[q.end:measure_at.start()], re.I):
            return measure   # "agreed to pay $4.3 billion to settle", "will pay $200 million in fines": what the payment is
        return measure if near == measure else None
    if measure is None or (measure == "share price" and is_money):
        if is_index(subject, terms):
            measure = "index"
        elif is_money and change == "loss" and terms.results and terms.results.search(clause, 0, q.start):
            return "net loss"   # "Intel posted a $16.6bn loss in Q3": a result, not market value lost
        elif is_money:
            # "Nvidia lost $589 billion as its shares fell", "wiped $1 trillion off its value": money lost on the
            # market; a loss with no market in its clause ("a loss of 559.3 billion yen", "foreign exchange
            # losses") is some other loss the clause does not name well enough
            context = sentence or clause
            market = any(name == "share price" for rx, name in terms.measures if rx.search(context)) or _MARKET_WORDS.search(context)
            # (a loss word far after the sum is another clause's: "raise $2 billion in capital to offset losses on bond sales")
            near_change = change_at is not None and (change_at.end() <= q.start or len(clause[q.end:change_at.start()].split()) <= 3)
            measure = "market value" if change in ("loss", "drop") and market and near_change else None
            if measure and re.search(r"(?<![\w-])(?:at|à|auf|bei)\s+(?:US\s?)?\S{0,3}\s*$", clause[max(0, q.start - 12):q.start]):
                return "share price"   # "recovering to trade down 0.5 per cent at 2,589 yen": the price a share trades at, no loss
        elif company and not _PRODUCT_SHAPE.search(subject) and not _other_noun_moves(clause, q, subject, terms) \
                and not _percent_of_other(clause, q, terms) and not _GROWTH_WORDS.search(clause, 0, q.start) \
                and not _GROWTH_WORDS.match(clause, q.end + len(re.match(r"[\s%]*(?:procent|Prozent|percent)?\s*", clause[q.end:]).group())) \
                and not (change_at is not None and _RESTATED_CHANGE.search(clause, 0, change_at.start())) \
                and not (change_at is not None and change_at.end() <= q.start and _PERCENT_REACHED.fullmatch(clause, change_at.end(), q.start)) \
                and not _restates_figure(clause, q) and not _TO_A_SUM.match(clause, q.end) \
                and not (change_at is not None and change_at.group().lower() in terms.need_measure):
            # (a move written in Chinese, Japanese, Korean and some other languages names its share price, "股价", "株価",
            # "주가", "akcie": a move with no measure is some other figure's, "爱奇艺收入为79亿元人民币,同比下降5%", "GTV Inti
            # Grup meningkat 54%")
            # ("penalties of up to 10 per cent of turnover, rising to 20 per cent": a rate's level reached; a share moves by, not to, a percent)
            # ("rose 10% to R2.31bn": a sum with its magnitude is what rose, no share's price)
            # (", ein Anstieg um 20 Prozent" after "123 Millionen Fluggäste": a noun of change restates the figure before it)
            measure = "share price"
    if measure == "index" and not is_index(subject, terms):
        return None
    if is_money and measure and re.search(r"(?<![\w-])(?:to|back|at|now|à|auf|ad|para|naar|tot|till|til|na|do|до|reaching|reached|raggiungendo|raggiunto|"
                                          r"alcanzando|alcanzó|atteignant|atteint|erreichte|erreicht|atingindo|atingiu|hasta|jusqu['’]à|fino a|bis auf|até)\s+"
                                          r"(?:the\s+|i\s+|los\s+|las\s+|les\s+|die\s+|os\s+|as\s+)?"
                                          # ("a casi 5.000 millones", "to nearly $5 billion": a bound between)
                                          r"(?:(?:casi|cerca de|unos|unas|más de|almost|nearly|about|around|roughly|more than|over|"
                                          r"rund|etwa|knapp|fast|mehr als|près de|environ|plus de|quasi|circa|oltre|quase|mais de|"
                                          r"at least|almeno|mindestens|au moins|al menos|pelo menos|"
                                          r"cirka|ungefär|omkring|rundt|omtrent|nesten|nästan)\s+)?(?:[A-Z]{1,3})?$"   # ("to S$286.5 million")
                                          r"|(?:[oó]|ou|iu|[iau]t[oa]|[ai]d[oa])\s+a\s+(?:(?:casi|cerca de|unos|unas|más de|quase|mais de|quasi|oltre|circa)\s+)?$",
                                          clause[max(0, q.start - 25):q.start]) \
            or is_money and measure and re.match(r"(?:hasta|jusqu['’]à|fino a|até)\s", clause[q.start:q.end], re.I) \
            or is_money and measure and terms.move_before_sum is not None and terms.move_before_sum.search(clause, max(0, q.start - 25), q.start):
        # (Korean: the change in the form that modifies the sum after it, "257.8% 급증한 3581억원")
        return measure   # "brought its market value back under $3 trillion": the level, not the change
    if is_money and measure and change_at is not None and change_at.end() <= q.start \
            and re.search(r"\s(?:a|à)\s+(?:(?:casi|cerca de|unos|unas|más de|près de|environ|plus de|quase|mais de|quasi|oltre|circa)\s+)?$",
                          clause[max(0, q.start - 25):q.start]):
        return measure   # "aumentó su tesorería neta a casi 5.000 millones": the level the change reached
    if measure is None or change is None:
        return None
    reached = _CHANGED_TO.match(clause, change_at.end()) if change_at is not None and change_at.end() <= q.start else None
    if reached and measure_at is not None and reached.end() <= measure_at.start() < q.start:
        # "cayó a 48,64 dólares, equivalente a una capitalización de 7.900 millones": the change reached another
        # amount; the measure named after it has a level
        return measure
    if is_money and change == "drop":
        change = "loss"
    if not is_money and change == "loss":
        change = "drop"
    if change == "rise" and (is_money or measure.endswith("price") or measure == "index"):
        change = "gain"   # "share price gain": what markets and readers call a price that rose
    if change_at is not None and change_at.group().lower() in ("added", "adding") and measure not in ("market value", "index", "share price"):
        return None   # "added $12 billion to its market value" is a gain; "added $2 billion to its buyback" neither a level nor a move
    if measure.endswith(" " + change):
        return measure   # "a net loss of $2 billion", "pérdidas netas … un desplome": the loss is the measure, not a change of it
    return f"{measure} {change}"


# shares offered at a price: "marketed 30.8 million shares at", "offered 10 million shares at"
_OFFERED_SHARES = re.compile(r"(?<![\w-])(?:marketed|marketing|offered|offering)\s+"
                             r"(?:(?:its|their|the|[\d.,]+|million|billion|new|of)\s+){0,4}shares\s+(?:at|for)\s+(?:US\s?)?$", re.I)
# a worth put on a deal: "… of 7.3 billion dollars (£5.7 billion) on the acquisition"
_ON_THE_DEAL = re.compile(r"\s*(?:dollars?|euros?)?\s*(?:\([^()]{1,40}\))?\s+on\s+(?:the|its|this|that)\s+(?:[\w-]+\s+)?"
                          r"(?:acquisition|deal|purchase|takeover|transaction|target|buyout)\b", re.I)
# the noun a sum is named by right after it: "$20 billion in capital expenditure", "200 millones en inversiones"
_IN_NOUN = re.compile(r"\s+(?:in|en|em)\s+(?:(?:new|additional|total|annual)\s+)?", re.I)
# the level a change started from, and the level it reached named next: "jumped from $2 billion", "from $50 million to $200 million"
_MOVED_FROM = re.compile(r"(?<![\w-])(?:from|da|dal|dallo|dalla|dai|dagli|dalle|desde)\s+(?:(?:its|their|the|a|an|his|her|los|las|el|la)\s+)?"
                          r"(?:(?:about|around|roughly|nearly|almost|some|just|circa|oltre|unos|unas)\s+)?"
                          r"(?:[A-Z]{1,3}\s?)?[$€£¥]?\s*$", re.I)
_FROM_TO_AFTER = re.compile(r"[^;$€£¥]{0,80}?\s(?:to|up to)\s+(?:(?:about|around|roughly|nearly|almost|some|more than|over)\s+)?"
                            r"(?:[A-Z]{1,3}\s?)?[$€£¥]?\s?\d", re.I)


_PERCENT_REACHED = re.compile(r"\s+(?:to|à|a|auf|hasta|até|fino al?|tot|naar)\s+(?:(?:about|around|nearly|almost|roughly|some|environ|rund|casi|quase|quasi)\s+)?",
                              re.I)


# between a sum paid and the noun that says what it is: "a $1.81 billion [criminal] fine", "200 millones de dólares en multas"
_PAID_AS = re.compile(r"\s*(?:(?:de\s+)?(?:d[oó]lares|dollars?|euros?|Euro|yuans?|yens?|libras|pounds)\s+)?(?:in|en|em|as|como|als|de|du|des|in Form von)?\s*(?:the\s+|la\s+|une?\s+)?(?P<adj>(?-i:[a-zà-ÿ]+)\s+)?", re.I)


_AND_OTHER = re.compile(r"\s+(?:and|y|et|und|e|en)\s+(?:other|otras|otros|autres|andere[nr]?|outras|outros|altre|altri|overige)\b", re.I)


# a measure of another company the page names by its tie to the subject: "la capitalisation de sa maison mère", "the market
# value of its parent", "der Börsenwert seines Mutterkonzerns"
_OF_A_RELATION = re.compile(r"\s+(?:of|de|du|des|d['’]|von|di|do|da|del)\s*(?:its|their|sa|son|ses|leur|leurs|seine[nmrs]?|ihre[nmrs]?|"
                            r"su|sus|sua|suo|seu|dessen|deren)\s+(?:[\w-]+\s+)?(?:parent|parent company|rival|rivals|competitor|"
                            r"competitors|subsidiary|owner|maison mère|société mère|filiale|concurrent|concurrents|Mutterkonzerns?|"
                            r"Muttergesellschaft|Tochter|Konkurrenten|Rivalen|matriz|filial|competidor|competidores|controladora|"
                            r"casa madre|controllata|concorrente|concorrenti)\b", re.I)
# a clause of its own after a value: "… and that it expects …", ", but the company said …"
# (or its predicate alone after a comma, the subject left out: "…, but will likely regain the number 3 spot in Q2")
_NEW_CLAUSE = re.compile(r"(?:,|(?<![\s,]))\s+(?:and|but|while|whereas)\s+(?:that\s+)?(?:it|they|the company|the firm|the group|he|she|we|its|their)\s"
                         r"|,\s+(?:and|but)\s+(?:will|would|could|may|might|should|can|expects|expected|plans|hopes)\s", re.I)
# a year written before an event's noun: "in a 2021 funding round", "its 2019 IPO", "la ronda de 2021"
_YEAR_OF_EVENT = re.compile(r"(?<![\w-])(?:in\s+)?(?:a|an|the|its|their|his|her)\s+(?P<y>(?:19|20)\d\d)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:round|funding|raise|deal|IPO|listing|offering|acquisition|purchase|takeover|fine|settlement|sale)s?\b", re.I)
# a comparison's word right before a time ago: "trois fois plus qu'il y a six mois", "twice what it was two years ago"
_THAN_BEFORE = re.compile(r"(?<![\w-])(?:than|que|qu['’]|als|di quanto|do que|de lo que|what it was|what they were)\s*(?:(?:it|they|il|elle)\s+)?"
                          r"(?:(?:was|were|did|had|étaient|était)\s+)?$", re.I)
# a time some years or months before the page's: "three years ago", "hace tres años", "il y a deux ans", "vor drei Jahren"
_AGO = re.compile(r"(?<![\w-])(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+(?:years|months)\s+ago"
                  r"|hace\s+(?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varios|unos)\s+(?:años|meses)"
                  r"|il y a\s+(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|quelques)\s+(?:ans|années|mois)"
                  r"|vor\s+(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|mehreren|einigen)\s+(?:Jahren|Monaten)"
                  r"|há\s+(?:\d+|dois|três|quatro|cinco|seis|sete|oito|nove|dez|vários|alguns)\s+(?:anos|meses)"
                  r"|(?:\d+|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|alcuni)\s+(?:anni|mesi)\s+fa)(?![\w-])", re.I)


# a change verb's level reached right after it, a percentage between: "fell 4% to $48.64", "cayó a 48,64 dólares"
# a percent's change reaching a sum with its magnitude ("rose 10% to R2.31bn", "a 16% rise in … to R6.84bn")
_TO_A_SUM = re.compile(r"[^,;:]{0,80}?\s(?:to|at)\s+(?:(?:about|around|nearly|some|roughly)\s+)?(?:[A-Z]{0,3}[$€£¥]|(?-i:[A-Z]{1,3})\s?)?\s?"
                       r"\d[\d.,]*\s?(?:bn|billion|million|mn|m|trillion|tn|milliards?|millions?|Milliarden|Millionen|miliardi|milioni|"
                       r"mil millones|millones|bilhões|milhões|mld|mln)\b", re.I)
_CHANGED_TO = re.compile(r"\s+(?:(?:by|de|um|un|en|of)\s+)?(?:[\d.,]+\s*(?:%|percent|per cent|por ciento|Prozent|pour cent)\s*,?\s+)?"
                         r"(?:to|at|a|à|auf|hasta|até|para|jusqu['’]à|bis auf|fino a)\s+(?:(?:about|around|nearly|alrededor de|unos|environ|rund|etwa)\s+)?"
                         r"(?:US\s?)?[$€£¥]?\s*\d[\d.,]*(?:\s*(?:dollars?|d[oó]lares|euros?|Euro|yen|yuan|pence|cents?|centavos))?", re.I)


# a market value the price before it gives: ", lo que da a la empresa un valor de mercado de", ", giving it a market value of"
_WORTH_AT_PRICE = re.compile(r"[^,;.]{0,40},\s*(?:lo que|which|giving|ce qui|was|il che|o que|dando|donnant|valuing|valorando|valorisant|"
                             r"wodurch|womit|waarmee)\b[^;.]{0,80}$", re.I)
# a verb of opening, a few words (a day, a place), then the price: "abrieron el miércoles a US$ 41", "opened Wednesday at $41"
_OPENED_AT = re.compile(r"(?<![\w-])(?:opened|abrieron|abrió|abriu|abriram|a ouvert|ont ouvert|eröffnete|eröffneten|ha aperto|hanno aperto|opende)"
                        r"\s+(?:[^\W\d]+\s+){0,3}(?:at|a|à|bei|op|su)\s+(?:US\s?)?[$€£¥]?\s*$", re.I)
# a signed percentage in brackets right after a price: "41,72 dollars (-9,78%)"
_SIGNED_AFTER_PRICE = re.compile(r"\s*(?:[$€£¥]|dollars?|dólares|euros?|Euro|dollari)?\s*\(\s*(?P<sign>[-−–+])")
# a verb of being quoted right before a price, no preposition between: "l'action cotait 41,72 dollars", "notierte 84 Euro"
_QUOTED_AT = re.compile(r"(?<![\w-])(?:cotait|cotaient|cote|cotent|cotizaba|cotizaban|cotiza|cotizan|notierte|notierten|notiert|"
                        r"quotava|quotavano|cotava|cotavam|noteerde|noteert)\s+(?:à\s+|a\s+|bei\s+|op\s+)?(?:US\s?)?[$€£¥]?\s*$", re.I)
# the market's verbs right before a price: what the shares traded at, not what they were offered at
_TRADED_AT = re.compile(r"(?<![\w-])(?:trad(?:e|es|ed|ing)|open(?:s|ed|ing)?|clos(?:e|es|ed|ing)|jump(?:s|ed|ing)?|climb(?:s|ed|ing)?|"
                        r"soar(?:s|ed|ing)?|surg(?:e|es|ed|ing)|rose|rising|fell|falling|peak(?:ed)?|hit|reach(?:ed|ing)?|"
                        r"cotiz\w*|abri\w*|cerr\w*|notiert\w*|schloss|er[öo]ffnet\w*|cot[ée]\w*|ouvert\w*|quot\w*)"
                        r"(?:\s+[\w-]+){0,3}?\s+(?:at|to|a|à|auf|bei|en|hasta)\s+(?:US\s?)?[$€£¥]?\s*$", re.I)


_MAGNITUDE_IN = re.compile(r"(?:billion|million|trillion|bn|mn|milliards?|millions?|Milliarden|Millionen|millones|mil millones|bilh|milh|miliardi|milioni|[mbk]\b)", re.I)
# a clause that opens on "and" and a verb in the past: its subject is the clause's before ("…, and traded as high as",
# "y alcanzaron un máximo de", "et a atteint", "e chiuso a")
_COORDINATED_VERB = re.compile(r"\W*(?:and|y|e|et|ed)\s+(?:then\s+|later\s+|eventually\s+|luego\s+|puis\s+|poi\s+)?"
                               r"(?:(?-i:[a-z]{2,}[a-df-z]ed)|(?-i:[a-zá-ú]+(?:ó|ió|aron|ieron|ou|aram|eram|iram))|(?:a|ont|ha|hanno|è|sono)\s+(?-i:[a-zéè]+(?:é|i|u|t|ato|ito|uto))|"
                               r"(?-i:[a-zà-ù]+(?:ò|ì|arono|irono|erono)))\b")
# the first trade's price named by its noun: "Der erste Kurs wurde bei 84 Euro getaxt", "the opening price was $88"
_OPENING_PRICE = re.compile(r"(?<![\w-])(?:opening price|first trade|first-trade price|(?:der |den )?ersten? Kurs|Eröffnungskurs|Erstnotiz|"
                            r"premier cours|cours d['’]ouverture|precio de apertura|primera cotización|prezzo di apertura|openingskoers|"
                            r"eerste koers)\b(?:[^.;,\d]{0,30}?)\b(?:was|is|stood at|of|at|bei|von|lag bei|war|wurde bei|de|à|a|fue de|"
                            r"était de|était|di|van|op)\s+(?:(?:about|around|rund|etwa|environ|unos)\s+)?(?:US\s?)?[$€£]?\s*$", re.I)
# the day's highest or lowest price, the words right before it: "as high as", "a high of", "un máximo de", "Tageshoch … für"
_DAY_EXTREME = re.compile(
    r"(?<![\w-])(?:as (?:high|low) as|(?:an? )?(?:intraday |session |day's |daily )?(?:high|low) of|"
    r"(?:un )?(?:máximo|mínimo)(?: intradía| del día| de la sesión)? de|(?:un |au )?(?:plus haut|plus bas)(?: du jour| de séance| de la séance)? (?:de|à)|"
    r"(?:Tageshoch|Tagestief|Tageshöchststand|Tagestiefststand|Höchststand|Tiefststand)\b[^.;,]{0,30}?\b(?:von|bei|für|auf)|"
    r"(?:un |al )?(?:massimo|minimo)(?: intraday| di seduta| di giornata)? (?:di|a)|(?:uma )?(?:máxima|mínima)(?: do dia| intradiária)? de|"
    r"(?:hoogste|laagste) (?:koers |stand )?(?:van|op))\s+(?:(?:about|around|nearly|some|rund|etwa|environ|cerca de|unos)\s+)?"
    r"(?:US\s?)?[$€£¥]?\s*$", re.I)
# a record is no day's extreme: "a record high of", "son plus haut historique", "52-week high"
_RECORD_BEFORE = re.compile(r"(?<![\w-])(?:record|all-time|historic|historical|52-week|récord|histórico|Rekord|Allzeit|storico)\W*(?:\w+\W+)?$", re.I)
# the words of a day's trading a share price is read in: "opened at $56.10 a share", "closed its first trading session at"
_MARKET_SESSION = re.compile(r"(?<![\w-])(?:a share|per share|trading session|session|debut|first day of trading|first trading day|IPO|"
                             r"shares|stock|acciones|ações|actions|Aktien|azioni|aandelen|titres|titoli|"
                             r"stock exchange|Nasdaq|NYSE|Wall Street|trading|pre-market|premarket|after-hours|"
                             r"la acción|por acción|l'action|par action|je Aktie|pro Aktie|Börse|Bolsa|Bourse|sesión|séance|Handel)(?![\w-])", re.I)


# a noun of change with its article after a comma: ", a rise of 20%", ", ein Anstieg um 20 Prozent", ", soit une hausse de"
_RESTATED_CHANGE = re.compile(r"[,(]\s*(?:(?:soit|or|i\.e\.|das heißt|es decir|cioè|ou seja)\s+)?(?:an?|ein|eine|einem|einen|un|une|una|uno|um|uma)\s+"
                              r"(?:[\w-]+\s+)?$", re.I)


# a number and the noun it counts, not a year: "370,200 customers", "10 employees"
_COUNTED = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d\b)\d[\d.,]*\s+[^\W\d_]{3,}")


def _restates_figure(clause: str, q: Quantity) -> bool:
    """A change after another figure and a comma ("sold 6.5 million vehicles, down 4%", "ha venduto 6,5 milioni
    di veicoli, in calo del 4%") is that figure's change, whatever its noun: never the share price."""
    before = list(_AMOUNT.finditer(clause, 0, q.start))
    counted = list(_COUNTED.finditer(clause, 0, q.start))   # "370,200 customers …, a 458% jump": a count's change too
    if counted and (not before or counted[-1].start() > before[-1].start()):
        before = counted
    if not before:
        return False
    between = clause[before[-1].end():q.start]
    if len(between) <= 80 and _WHICH_IS.search(between) and not re.search(r"[;:]", between):
        return True   # "47.1 million shipments in Q3 which is a remarkable 45% increase": the relative states the count's change
    comma = between.rfind(",")
    # (not "After a $5 billion loss, Halvorsen fell 4%": a name after the comma opens its own clause)
    return comma >= 0 and len(between[comma + 1:].split()) <= 4 and not re.search(r"[;:]", between) \
        and not re.search(r"[A-Z]", between[comma + 1:])


# a relative that restates the figure before it, right before a change: "…, which is a remarkable 45% increase"
_WHICH_IS = re.compile(r"(?:,\s*|\s)(?:which|that)\s+(?:is|was|represents|represented|marks|marked|means|meant)\s+"
                       r"(?:an?\s+)?(?:[\w-]+\s+)?$", re.I)


# "Dimensity 9400", "Galaxy S24", "Zenfone 12": a name ending in a number is a product's, which has no shares
_PRODUCT_SHAPE = re.compile(r"\s\S*\d\S*$")


# "its operating profit", "the group's margin": a noun phrase of its own between a name and the change
_OWN_NOUN = re.compile(r"\b(?:its|their|his|her|our|sein|seine|seinen|ihr|ihre|ihren|son|sa|ses|su|sus|seu|sua|suo"
                       # a relative that owns the noun after it: "Blackwell, whose shipments grew 17%", "cujas entregas cresceram"
                       r"|whose|cujo|cuja|cujos|cujas|cuyo|cuya|cuyos|cuyas|dont\s+(?:les?|la|l['’])|deren|dessen|"
                       r"(?:il|la|i|le)\s+cui|wiens|waarvan\s+de)\s+[^\W\d_]{3,}"
                       r"|\w['’]s\s+[^\W\d_]{3,}", re.I)


# an article or a possessive, then a lower-case noun, right before a name: "nossa arquitetura Blackwell", "la puce B200"
_CLASS_BEFORE = re.compile(r"(?<![\w-])(?:its|our|their|the|nossa|nosso|sua|seu|a|o|la|le|el|il|lo|su|sa|son|notre|nuestra|nuestro|"
                           r"die|der|das|het|de)\s+(?P<noun>(?-i:[a-zà-ÿ][\w-]{2,}))\s+$", re.I)


_FRAMES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _settlement_frame(k, s: str, at: int) -> bool:
    """A settlement's frame opens the sentence before the amount ("As part of a coordinated settlement across the
    federal government, …"): the payment is the settlement's. Words from `settlement_frames` and the settlement's
    measure words in site_config."""
    key = k
    if key not in _FRAMES:
        terms = k.terms or {}
        frames, words = terms.get("settlement_frames") or (), (terms.get("measures") or {}).get("settlement") or ()
        alt = lambda ws: "|".join(re.escape(str(w)) for w in sorted(ws, key=len, reverse=True))
        _FRAMES[key] = re.compile(rf"^\W*(?:{alt(frames)})\s+(?:(?:a|an|the|its|this|that|le|la|un|une|el|del|des|der|dem|einem)\s+)?"
                                  rf"(?:[\w'’-]+\s+){{0,3}}?(?:{alt(words)})\b", re.I) if frames and words else None
    rx = _FRAMES[key]
    return bool(rx and rx.search(s[:at]))


def _named_by_class(s: str, names: list, subject: str, k) -> bool:
    """'nossa arquitetura Blackwell, que cresceu 17%': a name its class noun stands before is a thing of that
    class (a chip, a product, a platform), not a company whose shares move, unless the noun is a company's."""
    company = grammar(k).company if k is not None else frozenset()
    for n in names:
        if n.name == subject:
            m = _CLASS_BEFORE.search(s, max(0, n.start - 40), n.start)
            if m and m.group("noun").lower() not in company and m.group("noun").lower() not in _COMPANY_CLASS:
                head = re.search(r"([^\W\d_][\w-]*)\s+$", s[max(0, m.start() - 30):m.start()])
                if m.group().split()[0].lower() == "de" and head and head.group(1).lower() in (company | _COMPANY_CLASS):
                    continue   # "El fabricante de sandalias Vexa": what a company makes, then its name
                return True
    return False


_COMPANY_CLASS = frozenset({"company", "firm", "group", "startup", "start-up", "chipmaker", "maker", "giant", "rival", "lender", "bank",
                            "empresa", "companhia", "compañía", "entreprise", "société", "groupe", "azienda", "società", "gruppo",
                            "fabricante", "fabricant", "produttore", "unternehmen", "konzern", "bedrijf", "concern"})


# a company grows, its shares rise: "Arla Foods is afgelopen decennium met 50% gegroeid" is no share price
_GROWTH_WORDS = re.compile(r"(?<![\w-])(?:grew|grown|grows|growing|growth|expanded|gegroeid|groeide|groeit|groei|wuchs|gewachsen|wächst|"
                           r"Wachstum|creció|crecieron|crecido|crecimiento|cresceu|cresceram|crescimento|cresciuto|cresciuta|crescita|"
                           r"a grandi|croissance|a crû)(?![\w-])", re.I)


def _other_noun_moves(clause: str, q: Quantity, subject: str, terms: Terms) -> bool:
    """A bare change ("Broadcom tumbled 17%") is the name's share price only when the change verb
    follows the name: "Samsung said its operating profit rose 68.5%" moves something else."""
    at = clause.rfind(subject, 0, q.start)
    head = at + len(subject) if at >= 0 else 0   # a subject from an earlier sentence: the clause from its start
    opening = _OPENING_NOUN.match(clause, 0, q.start)
    if at < 0 and opening and not _first(terms.measures, opening.group("noun")) \
            and opening.group("noun").lower() not in terms.grammar.company:
        # "The cuts announced Tuesday amount to a 4% reduction", "Il margine d'interesse è salito del 4,1%": that
        # noun moved, not the shares (a company noun is the company: "Il gruppo è salito del 3%")
        return True
    change = _first(terms.changes, clause[head:q.start], (q.start - head, q.end - head))
    if at >= 0 and _NAME_VERB_OBJECT.match(clause[head:q.start]):
        return True   # "Tesla cut the prices for those models by up to 9%": the verb's object moved, not the shares
    if change is None:
        return False
    if _VERB_OBJECT.match(clause[head + change[0].end():q.start]):
        return True   # "Tesla cut the prices for those models by up to 9%": the verb's object moved, not the shares
    gap = clause[head:head + change[0].start()]
    gap = re.sub(r",[^,]*,", " ", gap)   # "Broadcom, the chipmaker, tumbled": an apposition
    said = _SAID_NOUN.search(gap)
    if said and not re.fullmatch(r"shares?|stocks?|stock price|share price", said.group("noun"), re.I):
        return True   # "Halvorsen said prices rose 9%": what the name says moved is that noun, not its shares
    # "la perdita di clienti è stimata sotto il 5%", "a loss of customers": the noun the change is "of" moves
    return bool(_OWN_NOUN.search(gap) or _PARTITIVE.match(clause, head + change[0].end()))


# a change verb's object, then "by" and the amount: "cut the prices for those models by up to", "a baissé ses prix de"
_OBJECT_BY = (r"\s+(?:the|its|their|his|her|our|ses|leurs|sa|son|les|die|seine|ihre|den|sus|los|las|seus|suas|os|as|i|suoi|sue)\s+"
                          r"(?-i:[a-zà-ÿ][\w-]{2,}|[A-ZÄÖÜ][a-zäöüß]{2,})(?:\s+[^\d%]{0,40}?)?\s+(?:by|par|de|um|en|por|em|di|del)\s+"
                          r"(?:(?:up to|as much as|about|around|nearly|roughly|some|jusqu['’]à|environ|hasta|bis zu|rund|até|fino a)\s+)?$")
_VERB_OBJECT = re.compile(_OBJECT_BY, re.I)
# … right after the name and its verb, whatever the verb: "Tesla cut the prices … by up to 9%"
_NAME_VERB_OBJECT = re.compile(r"\s+(?:has\s+|had\s+|a\s+|hat\s+|ha\s+)?(?-i:[a-zà-ÿ][\w-]{1,})" + _OBJECT_BY, re.I)
# a speech or belief verb, then a lower-case noun before the change verb: "said prices", "expects sales"
_SAID_NOUN = re.compile(r"(?<![\w-])(?:said|says|told|expects?|expected|warned|noted|added|believes?|thinks?|estimates?|that)\s+"
                        r"(?:(?:the|its|their)\s+)?(?P<noun>(?-i:[a-z][\w-]{2,})(?:\s+(?-i:[a-z][\w-]{2,}))?)\s+$", re.I)


# a clause led by a common noun with its article ("The cuts announced Tuesday …", "Os trabalhadores exigem …"), not a
# company's ("La empresa subió")
_OPENING_NOUN = re.compile(r"\W*(?:(?:the|these|this|those|such|los|las|os|les|die|gli|i|de|il|lo|la|el|le|o|der|das|het)\s+|l['’])"
                           r"(?P<noun>(?-i:[a-zà-ÿ][\w-]{2,}))\b"
                           r"(?<!empresas)(?<!compañías)(?<!companhias)(?<!entreprises)(?<!sociétés)(?<!Unternehmen)(?<!società)"
                           r"(?<!aziende)(?<!bedrijven)(?<!firmas)(?<!firms)(?<!companies)(?<!groups)", re.I)
# "4.3% of its key talent", "el 10% de su plantilla": the percent is a share of the noun after it
_PARTITIVE = re.compile(r"\s*(?:of|de|del|des|du|der|di|do|da|dos|das|van)\s+(?:(?:its|their|his|her|the|ses|sa|son|leurs?|la|le|les|"
                        r"su|sus|seu|sua|seus|suas|seiner|ihrer|der|des|suoi|sue|suo|sua|zijn|haar)\s+)?"
                        r"(?!(?:shares?|stock|stocks|value|valor|valeur|Wert|market|acciones|ações|actions|Aktien?|azioni)\b)[^\W\d_]{3,}")


_RANGE_REST = re.compile(r"\s*(?:to|and|à|a|et|y|e|bis|und|-|–|—)\s*\d+(?:[.,]\d+)?\s?(?:%|％|percent|per cent|pour cent|por ciento|Prozent|por cento|per cento)")


def _percent_of_other(clause: str, q: Quantity, terms: Terms) -> bool:
    """A percent that measures a noun of its own, not a share price: a part of it ("lost 4.3% of
    its key talent") or a noun between the percent and its change ("a 15 percent workforce
    reduction")."""
    tail = clause[q.end:q.end + 80]
    # ("une réduction de 13% à 24% des prix": the range's other end stands between)
    tail = tail[len(_RANGE_REST.match(tail).group()):] if _RANGE_REST.match(tail) else tail
    if _PARTITIVE.match(tail):
        return True
    for words in (1, 2):
        m = re.match(r"\s+(?:[^\W\d_]{3,}\s+){%d}" % words, tail)
        if not m or _first(terms.measures, tail[:m.end()]) or _first(terms.changes, tail[:m.end()]):
            return False
        change = _first(terms.changes, tail[m.end():m.end() + 20])
        if change and change[0].start() == 0:
            return True
    return False


# a company's seat before a name: "mit Sitz im rheinland-pfälzischen Linz", "con sede en Madrid" (the place, no subject)
SEAT_BEFORE = re.compile(r"(?:mit (?:Haupt|Firmen)?[Ss]itz|con sede|com sede|headquartered|based|basée?|sediad[ao]|gevestigd)\s+"
                          r"(?:in|im|en|em|à|a|nel|nella)\s+(?:(?:der|dem|the|la|el|o|a)\s+)?(?:[a-zäöüßàâçéèêëîïôûùÿñ][\w-]*\s+){0,2}$")


# prepositions of time: what follows one is an event, not the thing a value measures
_TIME_PREPOSITION = re.compile(r"(?<![\w-])(?:after|following|before|since|tras|después de|antes de|desde|après|avant|depuis|nach|seit|"
                               r"dopo|prima di|após|depois de|sinds)(?![\w-])", re.I)


# a capitalised word that is no article or determiner right before a capitalised measure word: the two are a name
_NAME_WORD_BEFORE = re.compile(r"(?<![\w&.-])(?!(?:The|Its|Their|Der|Die|Das|Den|Dem|Des|Ein|Eine|Einen|Einem|Eines|Einer|Seine?n?|Ihre?n?|"
                               r"Het|De|Een|Zijn|Haar|Le|La|Les|El|Los|Las|Il|Lo|Gli|O|A|Os|As|Sus?|Ses|Son|Sa|Leurs?)\s)"
                               r"(?-i:[A-Z][\w&.-]*)\s+$")


# the company spoken of says the sentence, at its end: ", the company said", ", dijo la empresa"
_COMPANY_SAYS = re.compile(r",\s+(?:the\s+(?:company|firm|group|startup|bank|chipmaker)\s+(?:said|says|reported|added)|"
                           r"(?:said|says)\s+the\s+(?:company|firm|group|startup)|(?:dijo|informó|señaló|indicó)\s+la\s+(?:empresa|compañía|firma)|"
                           r"(?:a indiqué|a précisé|a annoncé)\s+(?:l['’]entreprise|la société|le groupe)|teilte\s+(?:das Unternehmen|der Konzern)\s+mit|"
                           r"(?:informou|disse|afirmou)\s+a\s+(?:empresa|companhia)|(?:ha comunicato|ha detto|ha spiegato)\s+(?:l['’]azienda|la società|il gruppo))"
                           r"\b[^,;]*[.!]?\s*$", re.I)


# a loss written as a noun, the amount its own: "a loss of $18 million", "una perdita di 18 milioni"
_LOSS_NOUN = re.compile(r"loss|losses|pérdida|pérdidas|perdita|perdite|perte|pertes|Verlust|Verluste|prejuízo|perda|perdas|verlies", re.I)


# a relative clause closed between commas: what it names measures nothing outside it
CLOSED_ASIDE = re.compile(r",\s+(?:which|who|that|whose|que|qui|dont|die|der|das|che|cui)\s[^,;]{1,120},")


_TERM_HITS: dict = {}


def _term_hits(pairs, clause: str) -> list:
    """Every phrase of `pairs` in a clause, with its name: a clause is asked this once per value in it."""
    key = (id(pairs), clause)
    kept = _TERM_HITS.get(key)
    if kept is None or kept[0] is not pairs:   # (an id is reused once its object is gone: the object kept says whose)
        if len(_TERM_HITS) > 4096:
            _TERM_HITS.clear()
        kept = _TERM_HITS[key] = (pairs, [(m, name) for rx, name in pairs for m in rx.finditer(clause)
                                          if not _MODIFIER_AFTER.match(clause, m.end())])
    return kept[1]


# a participle after a measure's word makes it a modifier of the noun after: "revenue generating units (RGUs) rose
# by 1.7%" counts units, no revenue
_MODIFIER_AFTER = re.compile(r"[-\s](?:generating|producing|sharing|earning|making)\s+(?-i:[a-z])", re.I)


# a change and "in" between a percent and the measure it changes: "% decline in Vodafone's group "
_CHANGE_IN = re.compile(r"\s*(?:%|percent|per cent)?\s*(?:[\w-]+\s+){0,2}?(?:decline|drop|fall|rise|increase|decrease|jump|gain|growth|"
                        r"surge|slump|plunge|improvement|reduction)s?\s+in\s+(?:(?:its|the|their|(?:(?-i:[A-Z])[\w&.-]*\s+){0,2}(?-i:[A-Z])[\w&.-]*['’]s?)\s+)?"
                        r"(?:(?-i:[a-z])[\w-]*\s+){0,2}", re.I)


def _nearest_term(pairs, clause: str, q: Quantity, after: bool = False, with_match: bool = False):
    best, best_d, best_m = None, None, None
    asides = [a.span() for a in CLOSED_ASIDE.finditer(clause, 0, q.start) if a.end() <= q.start] if "," in clause[:q.start] else []
    for m, name in _term_hits(pairs, clause):
        if any(a < m.start() and m.end() < b for a, b in asides):
            continue   # "Tessaract, which gets a third of its sales from Asia, fell 7.9%": the aside's noun, not the move's
        if re.search(r"(?<![\w-])(?:per|par|por|pro|je)\s+$", clause[max(0, m.start() - 5):m.start()], re.I):
            continue   # "253 dollars par action": the unit a figure is per, not the thing it measures
        if m.group()[:1].isupper() and not m.group().isupper() and m.end() <= q.start and len(clause[m.end():q.start].strip()) <= 2 \
                and _NAME_WORD_BEFORE.search(clause, max(0, m.start() - 30), m.start()):
            continue   # "fined fintech company Zephyr Pay $45 million": a word of a name, no measure
        if UNSPACED.match(m.group()):
            # Chinese, Japanese, Korean: the measure stands right before its amount ("估值达138亿美元");
            # after it or across a comma it is another amount's ("融资超13亿美元,估值达138亿美元")
            # (but a move written right after its percentage is the percentage's: "257.8% 급증한", "24%増加")
            gap = clause[m.end():q.start]
            right_after = q.unit == "percent" and m.start() >= q.end and m.start() - q.end <= 2 and not clause[q.end:m.start()].strip()
            # (and a percentage compared with a year before may stand past the measure's own sum: "매출이 253억700만원으로
            # 전년 대비 40.1% 증가")
            # (or past the move that led to the sum: "영업이익이 전년 동기 대비 257.8% 급증한 3581억원")
            limit = 28 if q.unit == "percent" and re.search(r"대비|比", gap) else \
                40 if q.unit != "percent" and re.search(r"\d\s?%\s?[\uac00-\ud7af]{1,4}(?<=[한된난든린])\s*$", gap) else 12
            if not right_after and (m.end() > q.start or len(gap) > limit or re.search(r"[,，、;；。]", gap)):
                continue
        if m.end() <= q.start:
            d = q.start - m.end()
        elif m.start() >= q.end:
            if _TIME_PREPOSITION.search(clause, q.end, m.start()):
                continue   # "se hundió 12,6% tras su Oferta Pública Inicial": an event after the value dates it, it measures nothing
            d = (m.start() - q.end) * (1 if after else 1.5)
            if _CHANGE_IN.fullmatch(clause, q.end, m.start()):
                d = 0   # "a 1.3% decline in Vodafone's group core earnings": the change's own measure, after "in"
        else:
            continue
        # (at one distance the longer phrase: "rachat d'actions de 2 milliards" is a buyback, not the shares' "actions")
        if d < 80 and (best_d is None or d < best_d or d == best_d and len(m.group()) > len(best_m.group())):
            best, best_d, best_m = name, d, m
    return (best, best_m) if with_match else best


@dataclass
class Found:
    subject: str
    via: str     # how the subject was found: possessor, of, verb, referent, agent


# the results a company's possessive names, and the verb that opens what they hold
_RESULTS_OWNED = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:results|earnings|report|figures|numbers|accounts)\s+"
                            r"(?:(?:also|again)\s+)?(?:included|includes|include|showed|shows|show|featured|features|revealed|reveals|"
                            r"contained|contains|reported|reports)\s+")


def _past_relative_aside(s: str, span: tuple[int, int], q: Quantity, names: list[Mention], last: str | None,
                         terms: Terms) -> tuple[Found | None, tuple[int, int], str | None]:
    """"The company's shares, which experienced a surge …, closed at $45.82": a clause whose subject stands
    before a relative aside, read without the aside (the subject, the clause's span, the sentence with the
    aside blanked)."""
    for m in ASIDE.finditer(s, max(0, span[0] - 8), q.start):
        if m.end() <= q.start and (m.start() <= span[0] + 1 <= m.end() or span[0] - 2 <= m.end() <= span[0] + 1):
            outer = (clause_span(s, max(0, m.start() - 1), terms.grammar)[0], span[1])
            blanked = s[:m.start()] + " " * (m.end() - m.start()) + s[m.end():]
            kept = [n for n in names if not m.start() <= n.start < m.end()]
            found = subject_for(blanked, outer, q, kept, last, terms)
            if found is not None:
                return found, outer, blanked
    return None, span, None


# a comma and a relative pronoun of a person or a company after a name (not "which" of a thing, "that" of anything)
_RELATIVE_AFTER_NAME = re.compile(r"\s*,\s*(?:who|quien|quienes|qui|der|die|welcher|che|dat|wie)\s*", re.I)


_RELATIVE_AFTER_NOUN = re.compile(r"\s*,\s*(?:which|who|que|qui|che|der|die|das|welche|welcher|dat)\b", re.I)


_LONGER_NAME = re.compile(r"(?:\s(?-i:[A-Z][\w&.-]*))+")
_GROUP_WORDS = frozenset({"Group", "Holding", "Holdings", "Limited", "Ltd", "Ltd.", "Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "AG", "SE",
                          "SA", "PLC", "plc", "Corporation", "Company"})
_FOR_NAME = re.compile(r"\s*(?:for|para|pour|für|per|voor)\s+(?:(?:the|el|la|le|les|los|las|die|der|das|il|lo|o|a|de|het)\s+)?", re.I)


def _relative_after_referent(s: str, at: int, terms: Terms) -> bool:
    """The clause at `at` is a relative one whose noun before its comma refers back to the page's company
    ("the company, which had …", "la compañía, que tenía …", "il gruppo, che ha …")."""
    lo = max(0, at - 60)
    refs = [m for rx in (_REFERENT, terms.grammar.referent if terms.grammar else None) if rx is not None
            for m in rx.finditer(s, lo, at) if not (rx is _REFERENT and m.group("person"))]
    return any(_RELATIVE_AFTER_NOUN.match(s, m.end(), at + 1) for m in refs)


_POSSESSIVE_S = re.compile(r"['’]s?\s+")


_BRACKET_TO_CLAUSE = re.compile(r"\s*[(（][^()（）]{1,40}[)）]\s*(?:[은는이가]|は|が)?\s*")


def subject_for(s: str, clause: tuple[int, int], q: Quantity, names: list[Mention], last: str | None,
                terms: Terms) -> Found | None:
    a, b = clause
    # "크래프톤(대표 김창한)은 … 매출액 4593억 원": a name whose bracketed aside ends where the clause was cut still opens it
    opener = next((n for n in names if n.end <= a and _BRACKET_TO_CLAUSE.fullmatch(s, n.end, a)), None)
    if opener is not None:
        a = opener.start
    inside = [n for n in names if a <= n.start and n.end <= b]
    # the possessor or of-phrase of the measured thing: "Nvidia's market value", "shares of Nvidia"
    for n in inside:
        tail = s[n.end:n.end + 40]
        measure = _first(terms.measures, tail) if _POSSESSIVE_S.match(tail) else None
        if measure and measure[0].start() < 30 \
                and not re.search(r"[,;]|\w['’]s\b", tail[2:measure[0].start()]) \
                and not re.match(r"['’]s?\s+(?:\w+\s+)?(?:own|previous|last|prior)\b", tail) \
                and not any(n.end < x.start < n.end + measure[0].start() for x in inside):
            # (not "Japan's benchmark Nikkei 225 index gained": another name stands between, the measured thing)
            return Found(n.name, "possessor")
        owned = _RESULTS_OWNED.match(s, n.end, q.start)
        if owned and not re.search(r"[,;:]|\d", s[owned.end():q.start]):
            measure = _first(terms.measures, s[owned.end():q.start])
            if measure and measure[0].start() <= 4:
                return Found(n.name, "possessor")   # "ASML's quarterly results included a net profit of …"
        head = s[max(a, n.start - 30):n.start]
        if re.search(r"(?:(?:\bof|\bde|\bdes|\bder|\bdo|\bda|\bvon|\bvan|\bdi)\s+(?:the\s+)?|\bd['’])$", head) and _first(terms.measures, head):
            return Found(n.name, "of")
    # a name the change verb follows, nearest before the value
    before = [n for n in inside if n.end <= q.start and not in_apposition(s, n.start, names, q.start)]
    gap_from: dict[int, int] = {}
    for j in range(len(before) - 1, -1, -1):
        n = before[j]
        maker = terms.grammar.maker_nouns.match(s, n.end) if terms.grammar and terms.grammar.maker_nouns else None
        if maker and not any(o.start == maker.end() for o in names):
            # "The Aer Lingus owner said its operating profits rose …": the name says whose owner is spoken of
            return Found(last, "referent") if last and last != n.name else None
        gap = s[gap_from.get(j, n.end):q.start]
        ap = APPOSITION.match(s, n.end) if j not in gap_from else None
        if ap and ap.end() <= q.start and (not re.search(r"\d", ap.group()) or _WITH_MEASURE.search(ap.group())):
            # "LinkedIn, propriété du géant américain Microsoft, a écopé d'une amende de": the verb after the aside
            # (an aside may hold a figure of its own: "Microsoft, … with a market capitalisation of $3.1tr, reported …")
            gap = s[ap.end():q.start]
        aside = _WITH_MEASURE.search(s, ap.start(), q.start + 1) if ap and ap.start() < q.start < ap.end() else None
        if aside and aside.end() == q.start and _first(terms.measures, aside.group()) \
                and not any(ap.start() < x.start < q.start for x in names):
            # "Microsoft, the world's third most valuable company with a market capitalisation of $3.1tr, …": the
            # measure of the name the aside describes (not with another name in the aside: "a partner of Acme with …")
            return Found(n.name, "apposition")
        if _REFERENT.search(gap):
            break   # "… and Google DeepMind, and by December it was valued at": "it" names the subject
        if re.match(r"['’]", gap) or s[max(0, n.start - 1):n.start] == "(":
            if j > 0 and s[n.end:n.end + 1] == ")" and re.fullmatch(r"\s*(?:[A-Z][\w.]*\s*)?\(", s[before[j - 1].end:n.start]):
                gap_from[j - 1] = n.end + 1   # "Taiwan Semiconductor Manufacturing Company (TSMC), ha reportado": one name
            continue
        if j > 0 and COORDINATED.fullmatch(s[before[j - 1].end:n.start]):
            if _object(s[max(a, before[j - 1].start - 12):before[j - 1].start], terms):
                continue   # "employees of Meta and Google": the second name is an object too
            return None    # "Microsoft and Nvidia will invest $15 billion": the figure is neither one's alone
        if _AGENT_PHRASE.search(s, max(a, n.start - 50), n.start):
            continue   # "Arm, détenue par le conglomérat japonais Softbank, va entrer en Bourse": the owner of an aside, not the subject
        if not _object(s[max(a, n.start - 12):n.start], terms) and not SEAT_BEFORE.search(s, max(a, n.start - 40), n.start) and (
                len(gap) <= 60 or len(gap) - _dated_width(gap) <= 60
                or re.match(r"\s*(?:Inc\.?|Corp\.?|Ltd\.?)?\s*(?:\w+\s+){0,2}?\w+(?:ing|ed)\b", gap)
                # "Corvid hat angesichts der … Energiepreise vergangenes Jahr einen Rekordgewinn von …": the name that opens
                # the clause before its auxiliary is its subject, however long the phrases before the value
                or (terms.grammar is not None and terms.grammar.auxiliary is not None and re.fullmatch(r"[\W_]*", s[a:n.start])
                    and terms.grammar.auxiliary.match(s, n.end)
                    and len(gap) <= 160)):
            return Found(n.name, "verb")   # (not "found Criteo in breach of GDPR and imposed a €60 million fine": an object)
    # "Dicho desplome fue del 21% para Evergrande Group", "a drop of 5% for Corvid": the move of the name it is for
    if q.unit == "percent" and _first(terms.changes, s[:q.start]):
        for n in inside:
            if n.start >= q.end and _FOR_NAME.fullmatch(s, q.end, n.start):
                more = _LONGER_NAME.match(s, n.end)
                if more and not all(w in _GROUP_WORDS for w in more.group().split()):
                    # "del 18% para Evergrande New Energy Vehicle": a subsidiary the known name opens, not the parent
                    return Found(s[n.start:more.end()].rstrip("."), "for")
                return Found(n.name, "for")
    # "a $279 billion loss posted by Nvidia"
    for n in inside:
        if n.start >= q.end and _BY_AGENT.match(s[q.end:n.start]):
            return Found(n.name, "agent")
    # "its stock", "the company's shares": the antecedent
    ref = _REFERENT.search(s[a:q.start]) or (terms.grammar and terms.grammar.referent.search(s[a:q.start]))
    if ref:
        person = ref.re is _REFERENT and ref.group("person")
        earlier = [n for n in names if n.end <= a + ref.start() and not _object(s[max(0, n.start - 12):n.start], terms)
                   and (not _speaker(s, n) or _SAID_ITS.match(s, n.end, a + ref.end()))]
        kinds = ("person",) if person else ("lab", "org", "group")
        fits = [n for n in earlier if n.kind in kinds]
        if not person and _RELATIVE_AFTER_NOUN.match(s, a + ref.end(), q.start):
            # "ordenó la liquidación de la compañía, que tenía una deuda de …": the relative clause describes the
            # company spoken of, not the name that acts on it
            return Found(last, "referent") if last else None
        if len(fits) >= 2 and COORDINATED.fullmatch(s[fits[-2].end:fits[-1].start]):
            return None   # "X, Y and Z jointly participated in its $400 million round": "its" is none of them
        if fits:
            return Found(fits[-1].name, "referent")
        if last and (not person or (re.fullmatch(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}", last) and ref.start() == 0
                                    and not any(n.start < q.start for n in names))):
            # ("He will pay $200 million in fines" after a sentence about Changpeng Zhao: a person's name before)
            return Found(last, "referent")
    # a clause with no name before its value ("The plunge wiped out $589 billion"): the last subject
    if not before and last and _CLAUSE_ARTICLE.match(s, a, q.start):
        return Found(last, "referent")
    # German and Dutch put the verb second: "So lag der Ausgabepreis bei 33 US-Dollar", "Im Quartal stieg der Umsatz
    # auf …": a fronted phrase with no name, the verb, then the measure with its article, is the last subject's
    if not before and last:
        inverted = _VERB_SECOND.match(s, a, q.start)
        if inverted and _first(terms.measures, s[inverted.end():q.start]) and _first(terms.measures, s[inverted.end():q.start])[0].start() == 0:
            return Found(last, "referent")
    # "It initially listed at an issue price of $33": "it" doing something is the one spoken of (not the "it"
    # of "it is expected that …")
    if not before and last and _IT_ACTS.match(s, a, q.start):
        return Found(last, "referent")
    # "First-quarter revenue came in at …", "Net income rose to …": a clause that opens with a measure of
    # results, no name before its value, is about the company the page was speaking of
    # (Chinese, Japanese and Korean sentences have their own rule below)
    # ("In the third quarter, revenue …", "Solo en los últimos tres meses, las ganancias …": after a leading
    # phrase of time that names no one)
    comma = s.rfind(", ", a, q.start)
    starts = [a] + ([comma + 2] if comma >= 0 and _TIME_LEAD.match(s, a, comma) else [])
    for start in starts if not UNSPACED.search(s[a:q.start]) else ():
        lead = _RESULTS_LEAD.match(s, start)
        if not before and last and lead and not any(n.start < q.start for n in inside):
            article = _LEAD_ARTICLE.match(s, lead.end())   # "Le chiffre d'affaires …", "Der Nettogewinn …", "A faturação …"
            opening = _first(terms.measures, s[article.end():q.start])
            if terms.whole is not None and not (opening and opening[0].start() == 0):
                # ("Consolidated net profit rose …", "Adjusted operating profit …": words that keep the measure the whole's)
                article = terms.whole.match(s, article.end())
                opening = _first(terms.measures, s[article.end():q.start])
            # (a percentage only as the change of the measure: "Revenue rose 12%")
            if opening and opening[0].start() == 0 and opening[1] in _RESULT_MEASURES \
                    and (q.unit != "percent" or _first(terms.changes, s[article.end() + opening[0].end():q.start])):
                return Found(last, "results")
    # "Shares dropped 60% on Thursday", "Die Aktie fiel um 5 Prozent": a clause that opens on the shares (not "Shares of X",
    # "Shares in Asia") and names no one before its value moves the shares of the company the page was speaking of
    lead = SHARES_LEAD.match(s, a)
    if not before and last and lead and not any(n.start < q.start for n in names) and _first(terms.changes, s[lead.end():q.start]):
        return Found(last, "referent")
    # Chinese, Japanese and Korean drop a subject the sentence before gave ("同四半期の売上高は…180億ドル",
    # "4분기 매출이 180억달러", "其年營收…"): the last subject, when the sentence names no one before the value
    if not before and last and UNSPACED.search(s[a:q.start]) and not any(n.start < q.start for n in names) \
            and _CJK_BACK.search(s[a:q.start]) \
            and not re.search(r"业务|業務|事業|部門|部门|사업|부문|セグメント|其中|うち|数据中心|資料中心|データセンター|데이터센터", s[a:q.start]):   # (a business unit's figure is not the whole's)
        return Found(last, "referent")
    return None


# a fronted phrase (no digits, no clause break), a finite verb in lower case, the subject's article
_VERB_SECOND = re.compile(r"\s*(?-i:[A-ZÄÖÜ])(?:[^\d,;:()]|(?<!\d)(?:19|20)\d\d(?!\d)){1,50}?\s(?-i:[a-zäöüß]\w+)\s+(?:der|die|das|de|het)\s+")
# "It" as the subject of a verb of its own, or of a passive with its measure ("It was valued at"), not an
# empty subject ("It is expected that …", "It remains unclear whether …")
_IT_ACTS = re.compile(r"[\W_]*(?:[A-Z][\w ]{0,20}:\s*)?It\s+(?:[a-z]+ly\s+)?(?:(?:has|had|have)\s+)?"
                      r"(?:(?!(?:is|was|seems|seemed|appears|appeared|remains|remained|makes|made|takes|took|means|meant|says|said|"
                      r"looks|looked|turns|turned|comes|came|goes|went)\b)[a-z]+(?:ed|s)\b(?!\s+(?:that|to|whether|if|like)\b)"
                      r"|(?:is|was|has been|had been)\s+(?:[a-z]+ly\s+)?[a-z]+ed\s+(?:at|by|for)\b)")
# an article or possessive that opens a clause ("The plunge wiped out …", "Der erste Kurs wurde …")
_CLAUSE_ARTICLE = re.compile(r"\s*(?:the|its|their|der|die|das|el|la|los|las|le|les|il|lo|gli|os|as|sein|seine|ihr|ihre|su|sus|son|sa|ses|"
                             r"suo|sua|seu|sua)\s|\s*l['’]", re.I)


# a regulator's verb of imposing right after its name (an aside between allowed)
_IMPOSES = re.compile(r"\s*\)?\s*(?:\([^()]{1,30}\)\s*)?(?:,[^,]{1,80},\s*)?(?:(?:a|ha|has|have|had|hat|hanno|han|ont)\s+)?"
                      r"(?:fined|fines|imposed|imposes|infligé|inflige|inflitto|infligge|impuesto|impuso|impone|impôs|multó|multa|multado|"
                      r"multato|sanctionné|sanctionne|condamné|verhängt|verhängte|bestraft|bestrafte|beboet)\b", re.I)


def _last_fine_match(s: str, lo: int, at: int, terms: Terms) -> re.Match | None:
    """The last fine verb in s[lo:at]."""
    last = None
    for last in terms.fine_verb.finditer(s, lo, at) if terms.fine_verb is not None else ():
        pass
    return last


def _last_fine_verb(s: str, lo: int, at: int, gap: str, terms: Terms) -> bool:
    """The last fine verb in s[lo:at] is followed by `gap` up to `at`: the name fined right after it
    ("ha multato Apple"), or the amount ("hanno multato per 290 milioni")."""
    last = _last_fine_match(s, lo, at, terms)
    return last is not None and re.fullmatch(gap, s[last.end():at]) is not None


_AGAINST = re.compile(r"(?<![\w-])(?:against|gegen|contre|contra|nei confronti di)\s+(?:the\s+|den\s+|die\s+|das\s+|le\s+|la\s+|l['’])?"
                      r"(?:[\w-]+\s+)?$", re.I)
# a connective that opens a sentence: "Meanwhile revenue jumped …", "Además, los ingresos …"
CONNECTIVE = (r"(?:meanwhile|also|additionally|moreover|furthermore|overall|in addition|separately|elsewhere|"
              r"además|asimismo|por su parte|par ailleurs|en outre|außerdem|zudem|inoltre|além disso|"
              r"[a-z]{3,}(?:ially|ally|ously|ately|ively|edly|ently|antly|ily|ully|ibly|ably))")
_RESULTS_LEAD = re.compile(rf"\s*(?:{CONNECTIVE}\s*,?\s+)?"
                           r"(?:(?:first|second|third|fourth)[- ]quarter\s+|quarterly\s+|annual\s+|full[- ]year\s+|"
                           r"Q[1-4]\s+|H[12]\s+|fiscal\s+|(?:19|20)\d\d\s+)?", re.I)
_LEAD_ARTICLE = re.compile(r"(?:(?:the|le|la|les|el|los|las|der|die|das|o|a|os|as|il|lo|i|gli|het|de)\s+|l['’])?", re.I)
_RESULT_MEASURES = frozenset({"revenue", "net profit", "net loss", "operating profit", "operating margin", "net margin", "gross margin",
                              "profit", "operating loss", "EBITDA", "pre-tax profit", "gross profit", "earnings per share",
                              "capital expenditure", "bookings", "core earnings", "net debt", "net cash", "net interest income",
                              "customer loans", "total deposits", "free cash flow", "gross merchandise value"})
# a leading phrase of time before a comma: "In the third quarter,", "Solo en los últimos tres meses,", "Im Quartal,"
_TIME_LEAD = re.compile(r"\s*(?:(?:just|only|solo|sólo|seulement|nur|solo|apenas)\s+)?(?:in|during|for|over|en|durante|au|pendant|sur|im|in den|nel|"
                        r"nei|no|nos|na|nas)\s[^,;:]{3,60}$", re.I)
_SPEECH_BEFORE = re.compile(r"\b(?:reports?|reported|said|says|told|writes|wrote|according to)\s+(?:the\s+)?$", re.I)
_SPEECH_AFTER = re.compile(r"^\s*,?\s*(?:which|who)?\s*(?:said|says|reported|reports|adds|added|told|notes|noted|writes|wrote)\b", re.I)


# "Samsung said its operating profit": the speaker is what "its" means
# ("Spain's Santander, said Tuesday its …": the name closing an apposition, a day with no "on")
_SAID_ITS = re.compile(r",?\s+(?:\w+\s+)?(?:said|says|reported|reports|announced|expects|expected)\s+(?:that\s+|(?:on\s+)?\w+\s+(?:that\s+)?)?(?:its|their)\b", re.I)


def _speaker(s: str, n: Mention) -> bool:
    """'reports NBC News, which adds that the company's shares …': the voice, not the company meant."""
    return bool(_SPEECH_BEFORE.search(s[max(0, n.start - 20):n.start]) or _SPEECH_AFTER.match(s[n.end:n.end + 24]))


# the phrases a sentence opens with, each closed by a comma ("Sin embargo, en lo que va del 2023, …")
_OPENING_PHRASES = re.compile(r"(?:[^,;.!?]{1,60},\s*){1,3}")
# (not a name's relative clause: "Corvid, which listed last year, reported …")
_RELATIVE_SEGMENT = re.compile(r",\s*(?:which|who|whose|that|que|qui|dont|die|der|das|deren|dessen|che|cui|o qual|a qual|wat|dat)\b", re.I)
# the times a sentence's opening phrase gives its first clause ("Depuis le début de l'année, le titre …")
_OPENING_TIMES = frozenset({"year-to-date", "start of year", "earlier this year", "last year", "a year earlier", "last month", "previously",
                            "at the time of writing"})


def _window(s: str, qs: list[Quantity], i: int, span: tuple[int, int]) -> str:
    """The words that belong to one value: from the previous value to the next, inside its clause."""
    a = max(span[0], qs[i - 1].end if i > 0 else 0)
    end, nxt = span[1], i + 1
    aside = re.match(r"\s*\([^()]{1,60}\)", s[qs[i].end:])
    if aside and qs[i].end + aside.end() >= span[1]:
        # "fines of €600,000 (£508,000) in 2018": the clause goes on after the sum converted in brackets
        after = qs[i].end + aside.end()
        while nxt < len(qs) and qs[nxt].start < after:
            nxt += 1
        end = clause_span(s, min(after, len(s) - 1))[1] if after < len(s) else len(s)
    b = min(end, qs[nxt].start if nxt < len(qs) else len(s))
    return s[a:b]


def _respective(s: str, qs: list[Quantity], names: list[Mention]) -> dict[int, Mention]:
    """'the S&P 500 and the Nasdaq fell 2.3% and 3.6%, respectively': names paired with values in order."""
    m = RESPECTIVELY.search(s)
    if not m:
        return {}
    vals = [i for i, q in enumerate(qs) if q.end <= m.start()]
    if len(vals) < 2:
        return {}
    first = qs[vals[0]].start
    before = [n for n in names if n.end <= first]
    group = before[-len(vals):]
    if len(group) != len(vals) or not all(re.fullmatch(r"\s*(?:,|and|y|et|und|e|&)?\s*(?:the|el|la|le|der|die|o|a)?\s*",
                                                         s[x.end:y.start], re.I) for x, y in zip(group, group[1:])):
        return {}
    return dict(zip(vals, group))


# a business segment written right after a Chinese or Japanese company's name ("百度核心", "阿里云", "腾讯游戏业务")
_CJK_SEGMENT = re.compile(r"(?:核心|业务|業務|部门|部門|板块|板塊|分部|事业群|事業群|事业部|事業部|智能云|云|雲|游戏|遊戲|ゲーム)")


# the same period of an earlier year, named right after an amount
_SAME_PERIOD_AFTER = re.compile(r"[^\d;$€£¥]{0,40}?(?<![\w-])(?:in|no|na|en|nel|nello|dans|im|during)\s+(?:the\s+|o\s+|el\s+|lo\s+|la\s+)?"
                                r"(?:same|mesmo|mismo|stesso|même)\s+(?:period|período|periodo|période|quarter|trimestre)\s+"
                                r"(?:of|de|do|da|del|dell['’]|di|dello)\s+(?:the\s+|o\s+|el\s+)?(?:(?P<y>(?:19|20)\d\d)(?!\d)|"
                                r"(?:the\s+)?(?:previous|last|prior) year|ano anterior|ano passado|año anterior|año pasado|anno precedente|"
                                r"anno scorso|l['’]année précédente|l['’]an dernier)", re.I)


def open_claims(s: str, mentions: list[Mention], k, date: dt.date | None, last: str | None,
                taken: list[tuple[int, int]]) -> tuple[list[dict], str | None, list[tuple[int, int]]]:
    """Claims for the amounts and percentages of one sentence, the subject later pronouns mean, and
    the spans of the values used."""
    terms = terms_of(k)
    names = proper_names(s, mentions, grammar(k).stop, grammar(k).company, grammar(k).nouns)
    known = {(m.start, m.end) for m in mentions}
    # "Przychody Allegro wyniosły …", "Pendapatan GoTo naik …": a measure's word that opens the sentence is not the
    # name's first word
    names = [Mention(n.start + len(head) + 1, n.end, n.name[len(head) + 1:], n.kind)
             if (n.start, n.end) not in known and " " in n.name and n.start == len(s) - len(s.lstrip())
             and (head := measure_head(n.name, k)) else n for n in names]
    names = [n for n in names if n.name.lower() not in LONE_GROUP]   # ("Rugi EBITDA Grup …": the group's own noun, no name)
    # "Der Nettogewinn belief sich auf …", "erzielte einen Gewinn von …": a capitalised measure names nothing, and
    # the clause is left without a name
    names = [n for n in names if (n.start, n.end) in known or not names_a_measure(n.name, k)]
    # (nor a word of a measure's phrase: "Das Gesamtvolumen der Transaktion beläuft sich auf …")
    spans = [(m.start(), m.end()) for rx, _ in terms.measures for m in rx.finditer(s) if " " in m.group()] \
        if names and _measure_phrases(k).search(s) else []
    names = [n for n in names if (n.start, n.end) in known or not any(a <= n.start and n.end <= b for a, b in spans)]
    # ("Der erste Kurs wurde bei 84 Euro getaxt": a German noun after its article names no one either)
    # (an index keeps its name after the article: "Der japanische Nikkei-Index fiel …")
    names = [n for n in names if (n.start, n.end) in known or is_index(n.name, terms)
             or not (_german_noun(s, n) or _opening_adverb(s, n) or _ordinal_noun(s, n))]
    # ("un expediente de regulación de empleo (ERE)": an acronym a common noun defines names no one)
    if "(" in s:
        common = common_acronyms([s])
        names = [n for n in names if n.name not in common]
    # ("A Piazza Affari il titolo ha chiuso …", "At the NYSE, shares …": where the shares trade is no one who owns them)
    names = [n for n in names if not (_LOCATIVE_BEFORE.search(s, max(0, n.start - 10), n.start)
                                      and (k.entity_kind(n.name) == "place" or is_place(n.name)))]
    company_nouns = list(terms.company_noun.finditer(s)) if terms.company_noun is not None else []
    if company_nouns:
        # ("Der Stuttgarter Luxusautohersteller wurde … bewertet": a company noun points back; it names no one)
        names = [n for n in names if (n.start, n.end) in known or not any(m.start() <= n.start < m.end() for m in company_nouns)]
    qs = [q for q in quantities(s, k) if not any(x < q.end and q.start < y for x, y in taken)]
    paired = _respective(s, qs, names)
    unpaired = RESPECTIVELY.search(s) if not paired else None
    # (the clause of the last value before "respectively": "…, and Marvell and Micron dropped 8% and 5%, respectively")
    unpaired_from = 0
    if unpaired:
        run = [q for q in qs if q.end <= unpaired.start()][-1:]
        for q in reversed([q for q in qs if q.end <= unpaired.start()][:-1]):
            if not re.fullmatch(r"\s*(?:,|and|y|et|und|e|&)?\s*(?:[A-Z]{3}|[A-Z]{0,3}[$€£¥])?\s*", s[q.end:run[0].start]):
                break
            run.insert(0, q)   # "CNY 279,900 and CNY 329,900": the values "respectively" lists
        unpaired_from = clause_span(s, run[0].start, terms.grammar)[0] if run else unpaired.start()
    out: list[dict] = []
    used: list[tuple[int, int]] = []
    skip: set[int] = set()
    main: str | None = _sentence_subject(s, names, terms)
    for i, q in enumerate(qs):
        if i in skip or (unpaired and unpaired_from <= q.start and q.end <= unpaired.start()):
            continue   # ("… cost $10 and $20 per month, respectively" read as one value: whose is not safe to say)
        if i > 0 and q.unit != "percent" and qs[i - 1].unit == "percent" and re.fullmatch(r"[^.;$€£¥\d]{0,80},\s+(?:or|o|ou|oder|ovvero|soit)\s+", s[qs[i - 1].end:q.start]):
            continue   # "growth of about 8% to its digital business revenue, or 600 million euros": the change restated as money
        span = clause_span(s, q.start, terms.grammar)
        blanked = None
        if i in paired:
            found = Found(paired[i].name, "respectively")
        elif (main or out) and (_PARTICIPLE.match(s[span[0]:q.start])
                                or _PARTICIPLE.match(s[max(span[0], s.rfind(",", span[0], q.start) + 1):q.start])):
            found = Found(main or out[-1]["subject"], "participle")
            head = next((n for n in names if n.name == found.subject), None)
            if head is not None and re.search(r"\b(?:its|their)\b", s[span[0]:q.start]) \
                    and any(COORDINATED.fullmatch(s[x.end:y.start]) for x, y in zip(names, names[1:]) if x.start >= head.start):
                found = None   # "X, Y and Z joined its round, making its valuation …": "its" is none of them
        else:
            found = subject_for(s, span, q, names, last, terms)
            if found is None:
                # "Zhao, who has amassed a fortune estimated at more than $23 billion, pled guilty": the relative clause
                # describes the name right before its comma
                found = next((Found(n.name, "relative") for n in names if n.end <= span[0]
                              and _RELATIVE_AFTER_NAME.fullmatch(s, n.end, span[0])), None)
            if found is None and last and not any(span[0] <= n.start < q.start for n in names) \
                    and _relative_after_referent(s, span[0], terms):
                found = Found(last, "referent")   # "la liquidación de la compañía, que tenía una deuda de …": the company spoken of
            if found is None:
                # "The company's shares, which experienced a surge …, closed at $45.82": the clause read round its aside
                found, span, blanked = _past_relative_aside(s, span, q, names, last, terms)
            if found is None and last and any(span[0] <= m.start() and m.end() <= q.start for m in company_nouns) \
                    and not any(span[0] <= n.start < q.start for n in names):
                found = Found(last, "referent")   # "Der Konzern hatte …", "Der Autobauer wurde … bewertet": the company spoken of
            if found is None and last and not any(span[0] <= n.start < q.start for n in names) \
                    and THE_SHARE.search(s, span[0], q.start):
                found = Found(last, "referent")   # "Im Tageshoch ging die Aktie für 86,76 Euro um": the share of the company spoken of
            if found is None and last and not names and _COMPANY_SAYS.search(s, q.end):
                found = Found(last, "referent")   # "Data-center sales more than doubled to $1.1 billion, the company said"
            if found is None and (main or out) and (_COORDINATED_VERB.match(s, span[0], q.start) or (
                    re.search(r"(?:\band|\by|\be|\bet|\bed)\s*$", s[max(0, span[0] - 6):span[0]])
                    and _COORDINATED_VERB.match("and " + s[span[0]:q.start].lstrip()))) \
                    and not any(span[0] <= n.start < q.start for n in names):
                # "Reddit opened at $47 …, and traded as high as $57.8": a verb joined to the last clause shares its subject
                found = Found(main or out[-1]["subject"], "coordinated")
            signed = _SIGNED_AFTER_PRICE.match(s, qs[i - 1].end, q.end) if i > 0 and q.unit == "percent" else None
            if found is None and signed and out and out[-1]["attribute"] == "share price" and out[-1].get("q_end") == qs[i - 1].end:
                # "l'action cotait 41,72 dollars (-9,78%)": the move the price in front of it stands for
                out.append({**out[-1], "attribute": "share price drop" if signed.group("sign") != "+" else "share price gain",
                            "value": q.value, "unit": q.unit, "level": False, "via": "signed", "q_end": q.end})
                used.append((q.start, q.end))
                continue
        clause_text = s[span[0]:span[1]]
        if _nearest_term(terms.measures, clause_text, Quantity(q.start - span[0], q.end - span[0], q.value, q.unit), after=True) == "fine":
            # "imposed a €15 million fine on OpenAI": the party fined follows the amount
            # "TikTok fue multada por la Unión Europea con 530 millones … por enviar datos a China": the subject of the
            # passive fine verb is the one fined, whatever the clause names after the amount
            # (not one of several names joined by "and": "Apple and Meta were fined … respectively")
            passive = next((n for n in names if span[0] <= n.start and n.end <= q.start and terms.fine_verb is not None and i not in paired
                            and not any(COORDINATED.fullmatch(s[x.end:n.start]) for x in names if x.end <= n.start)
                            and (aux := _PASSIVE_AUX.match(s, n.end)) and terms.fine_verb.match(s, aux.end())), None)
            aside = CONVERSION_ASIDE.match(s, q.end)
            past = aside.end() if aside else q.end   # (after the sum converted: "290 millions d'euros, soit 325 millions de dollars, à Uber")
            on = passive or next((n for n in names if past <= n.start <= past + 60
                       and re.fullmatch(r"\s*(?:\([^()]{0,40}\)\s*)?(?:[\w-]+\s+){0,3}?(?:on|against|to|contre|à|au|aux|a|ad|al|ao|contra|gegen|aan|tegen)\s+"
                                        r"(?:the\s+|la\s+|le\s+|l['’]|den\s+|die\s+|das\s+|el\s+|il\s+|o\s+|a\s+)?"
                                        # (the words of the one fined, not an of-phrase: "a penalty for a breach of the European Union's …")
                                        r"(?:(?!(?:of|for|from|de|des|du|di|del|della|do|da|von|van)\s)(?:[a-z][\w-]*\s+|\w+-\w+\s+)){0,3}",
                                        s[past:n.start])), None)
            # "ha multato Apple per 150 milioni", "fined Apple €150 million": the verb's object
            fined = next((n for n in names if span[0] <= n.start < q.start
                          and _last_fine_verb(s, max(span[0], n.start - 30), n.start, r"\s+", terms)
                          and not re.match(r"['’]s?\s", s[n.end:n.end + 3])), None) if on is None else None
            # ("has fined Replika's developer €5 million": the one fined is not the name)
            # "hat gegen Apple eine Geldstrafe von 1,8 Milliarden Euro verhängt": the party the fine is against
            against = next((n for n in names if span[0] <= n.start < q.start and _AGAINST.search(s, max(span[0], n.start - 25), n.start)),
                           None) if on is None and fined is None else None
            # "I Paesi Bassi hanno multato per 290 milioni di euro la società di mobilità Uber": the object after the amount
            if on is None and fined is None and against is None \
                    and _last_fine_verb(s, span[0], q.start, r"\s*(?:\w+\s+){0,2}(?:US\s?)?[$€£]?\s*", terms):
                fined = next((n for n in names if q.end <= n.start <= q.end + 50 and re.fullmatch(
                    r"\s*(?:\([^()]{0,40}\)\s*)?(?:the|la|le|l['’]|il|lo|el|die|den|das|o|a)\s+(?:[a-zà-ÿ][\w-]*\s+){0,4}", s[q.end:n.start], re.I)), None)
            if on is not None or fined is not None or against is not None:
                found = Found(maker_named_after(s, on or fined or against, names, terms).name, "object")
            elif found is not None and any(n.name == found.subject and n.end <= q.start and _IMPOSES.match(s, n.end) for n in names):
                found = None   # "La CNIL a infligé une amende de 40 millions d'euros au groupe …": who fines is not fined
            else:
                verb = _last_fine_match(s, span[0], q.start, terms)
                if verb is not None and re.search(r"(?:ed|ad[oa]s|at[ie]|ées|és|t)$", verb.group()) and re.search(r"(?<![\w-])(?!(?:be|been|being|is|are|was|were|get|got|gets|getting)\s)(?-i:[a-zà-ÿ][\w-]*)\s+$", s[max(span[0], verb.start() - 25):verb.start()]) \
                        and not re.search(r"(?<![\w-])(?:has|have|had|will|would|could|can|to)\s+$", s[max(span[0], verb.start() - 12):verb.start()], re.I):
                    found = None   # "a law that could see companies fined up to €35 million": a class fined, no name
        paid_to = None
        if found is not None and _nearest_term(terms.measures, clause_text, Quantity(q.start - span[0], q.end - span[0], q.value, q.unit), after=True) == "payment":
            # "It then paid the remaining husk of Inflection $650 million": who is paid is no payer
            payee = next((n for n in names if n.name == found.subject and n.end <= q.start
                          and _PAY_VERB.search(s, max(span[0], n.start - 40), n.start)), None)
            if payee is not None:
                # the payer is the clause's subject before the verb ("Orion will have to pay Vega a fee of …"), if named
                verb = list(_PAY_VERB.finditer(s, max(span[0], payee.start - 40), payee.start))[-1]
                payer = [n for n in names if span[0] <= n.start and n.end <= verb.start() and n.name != payee.name
                         and not _object(s[max(span[0], n.start - 12):n.start], terms)]
                found = Found(payer[-1].name, "verb") if payer and len(s[payer[-1].end:verb.start()]) <= 40 else None
                paid_to = payee.name
        if found is not None and found.via == "verb" and any(
                n.name == found.subject and n.end <= q.start and re.search(r"其中|其中的|うち|그중|이 중", s[n.end:q.start]) for n in names):
            found = None   # "阿里、腾讯及IDG等…,其中阿里的持股市值…": "of which" names one member, not the one named last
        if found is not None and any(n.name == found.subject and n.end <= q.start and _CJK_SEGMENT.match(s, n.end) for n in names):
            found = None   # "其中百度核心营收为238亿元": the revenue of Baidu's core business, a segment, not the company's
        if found is not None and is_place(found.subject) and not any(m.name == found.subject for m in mentions):
            continue   # "Argentina posted GMV growth of 42%": a country or region is a segment here, no subject
        target = _offer_target(s, span[0], q, names, k) if _PER_SHARE.match(s, q.end) else None
        if found is None and target is not None:
            found = Found(target.name, "object")   # "una opa sobre Brimont a 12,50 euros por acción"
        if found is None:
            continue
        clause = s[span[0]:span[1]]
        rel = Quantity(q.start - span[0], q.end - span[0], q.value, q.unit)
        if blanked is not None:   # (the clause as read round its aside, the aside taken out)
            clause = blanked[span[0]:span[1]]
            shift = rel.start - len(re.sub(r" {2,}", " ", clause[:rel.start]))
            clause = re.sub(r" {2,}", " ", clause)
            rel = Quantity(rel.start - shift, rel.end - shift, q.value, q.unit)
        kind = next((n.kind for n in names if n.name == found.subject), "org")
        if not any(m.name == found.subject for m in mentions) and found.via != "object" and common_word(s, found.subject, terms):
            continue   # "Revenue jumped …", "den Angaben zufolge": a common noun, capitalised, names nothing
        attr = attribute_for(clause, rel, found.subject, terms, company=kind in ("lab", "org") and not _named_by_class(s, names, found.subject, k),
                             sentence=s)
        if attr is None and found.via == "for" and out and out[-1]["via"] == "for" and out[-1]["unit"] == q.unit \
                and not _first(terms.changes, s[out[-1]["q_end"]:q.start]) and not _first(terms.measures, s[out[-1]["q_end"]:q.start]):
            attr = out[-1]["attribute"]   # "fue del 21% para X, mientras que fue del 18% para Y": one move, each its own
        if attr is None and found.via == "respectively" and out and out[-1]["via"] == "respectively" and out[-1]["unit"] == q.unit:
            attr = out[-1]["attribute"]   # "cost CNY 279,900 and CNY 329,900, respectively": one measure for each
        if attr in (None, "payment") and terms.offer_verb is not None:
            # "Orion offers $157 per share for Vega": an offering verb before the value and the company after it
            verb = list(terms.offer_verb.finditer(clause, 0, rel.start))
            if verb and re.fullmatch(r"\s*(?:(?:an?|up to|around|about|some|rund|etwa|environ|unos|cerca de)\s+)?(?:US\s?)?[$€£]?\s*",
                                     clause[verb[-1].end():rel.start], re.I) \
                    and any(q.end < n.start <= span[1] and n.name != found.subject and _offered_for(s, q.end, n) for n in names):
                attr = "offer"
        offered = target if attr in (None, "payment", "offer") else None
        if offered is not None and offered.name != found.subject or offered is not None and found.via == "object":
            attr = "offer"   # "a tender offer for Brimont at $42 a share", "une offre sur Brimont au prix de 42 euros par action"
        else:
            offered = None
        if attr == "payment" and _settlement_frame(k, s, q.start):
            attr = "settlement"   # "As part of a coordinated settlement …, Binance has agreed to pay more than $4 billion"
        if attr is None:
            continue
        bidder = None
        if attr == "offer":
            rejected = terms.rejecting.search(clause, 0, rel.start) if terms.rejecting is not None else None
            if rejected:
                # "Wiz rejected a $23 billion offer", "Wiz turned down Google's bid": who turned it down, not who bid
                attr = "rejected offer"
                who = [n for n in names if span[0] <= n.start and n.end <= span[0] + rejected.start()
                       and not re.match(r"['’]", s[n.end:n.end + 1])]
                if not who:
                    continue
                found = Found(who[-1].name, "verb")
            bid_for = offered or next((n for n in names if q.end < n.start <= span[1] and n.name != found.subject
                                       and _offered_for(s, q.end, n)), None)
            if bid_for is not None:
                bidder = found.subject if found.via in ("verb", "possessor") else None
                found = Found(bid_for.name, "object")   # "Google made a $23 billion offer for Wiz": the company bid for
                if _PER_SHARE.match(s, q.end) or re.match(r"-(?:a|per)-share\b", s[q.end:]) or re.match(r"\s+shares?\b", s[bid_for.end:]):
                    attr = "offer per share"   # "$157 per share for Splunk": the price of one share, not of the company
        if found.via == "referent" and terms.grammar is not None and kind == "org":
            kind = k.entity_kind(found.subject) or kind   # (a name from an earlier sentence: its kind as the site knows it)
        if kind == "person" and attr.split()[0] in ("share", "market", "index"):
            continue   # "Elon Musk … una caída del 6.9% en las acciones de la compañía": a person has no shares
        # a measure the clause does not name ("Broadcom tumbled 17%") yields to a vocabulary reading
        named = _nearest_term(terms.measures, clause, rel, after=True) is not None
        value, level = q.value, attr in terms.levels or not named
        nxt = qs[i + 1] if i + 1 < len(qs) else None
        w0 = 0
        back = _start_after(s, qs, i)
        if back is not None:
            # "rose to $410 million, or 92 cents a share, from $305 million": the level reached, then where it started
            start_q = qs[back]
            value = f"from {start_q.value} to {q.value}"
            if attr.rsplit(" ", 1)[-1] in _CHANGE_NAMES and attr not in {name for _, name in terms.measures}:
                attr = attr.rsplit(" ", 1)[0]
            skip.add(back)
            used.append((start_q.start, start_q.end))
            level = False
        elif _FROM_TO.search(s[max(0, q.start - 16):q.start]) and nxt and nxt.unit == q.unit and _TO.match(s[q.end:nxt.start]):
            value = f"from {q.value} to {nxt.value}"
            if not re.fullmatch(r"\s+to\s+", s[q.end:nxt.start]):
                w0 = None   # the time between the two ends is the start's, not the change's
            if attr.rsplit(" ", 1)[-1] in _CHANGE_NAMES and attr not in {name for _, name in terms.measures}:
                attr = attr.rsplit(" ", 1)[0]   # "revenue gain from X to Y": the level's two ends ("net profit" stays whole)
            skip.add(i + 1)
            used.append((nxt.start, nxt.end))
            level = False
        if not level:
            used.append((q.start, q.end))   # a stated change: the vocabulary does not read this value again
        if w0 is None:
            qualifier = None
        else:
            w0 = max(span[0], qs[i - 1].end if i > 0 else 0)
            window = _window(s, qs, i, span)
            for aside in ASIDE.finditer(s, span[0], q.start):
                if aside.start() < w0 < aside.end() <= q.start:
                    # "Altium shares, which had risen 9.4% this year at the last close, jumped 28%": the rest of the
                    # aside the sum before stood in is that sum's, its time too
                    window = " " * (aside.end() - w0) + window[aside.end() - w0:]
            # "the €105 million raised in June, the second round values it at $2 billion": the words up to the
            # comma after the sum before go with that sum when a clause with a subject of its own follows (its
            # time is not this value's; "cayeron un 9,5% en la apertura, una pérdida de …" or "…, up from the
            # $300 million it booked a year earlier" go on with the same event)
            cut = (_new_clause_at(window, 0, q.start - w0) if i > 0 and w0 == qs[i - 1].end else None) or 0
            qualifier = for_attribute(qualifier_of(window[cut:], date, terms, (q.start - w0 - cut, q.end - w0 - cut)), attr)
            if qualifier is None and q.unit == "percent" and attr.rsplit(" ", 1)[-1] in _CHANGE_NAMES:
                # "a 12% increase from the previous quarter and a 78% jump year-over-year": the base tells the two apart
                qualifier = _change_base(s, q.end)
        opening = _OPENING_PHRASES.match(s) if qualifier is None and w0 is not None else None
        if opening and opening.end() <= q.start and not any(x.start < opening.end() for x in qs) \
                and not _RELATIVE_SEGMENT.search(opening.group()):
            # "Sin embargo, en lo que va del 2023, las acciones … acumulan …": a time that opens the sentence scopes what follows
            opener = next((name for rx, name in terms.qualifiers if name in _OPENING_TIMES and rx.search(s, 0, opening.end())), None)
            qualifier = for_attribute(opener, attr) if opener else None
        if qualifier is None and found.via == "participle" and out and w0 is not None \
                and basis_of(_window(s, qs, i, span), terms, (q.start - w0, q.end - w0)) != "reported":
            qualifier = out[-1]["qualifier"]   # "fell 16% as of midday, wiping off $500 billion": the same time
        spent_on = re.match(r"\s+on\s+(?:the\s+)?([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}(?:['’]s?(?:\s+[a-z][\w-]*){1,3}?)?)"
                            r"(?=\s*(?:[,.;]|and\b|to\b|for\b|$))", s[q.end:q.end + 60])
        if attr == "cost" and spent_on:
            qualifier = f"on {spent_on.group(1).rstrip('.')}"   # "spent $28 billion on Slack, $15.7 billion on Tableau": each purchase apart
        if qualifier is None and attr == "market value" and out and i > 0 and out[-1]["attribute"] == "share price" \
                and out[-1].get("qualifier") in TRADING_TIMES and out[-1]["subject"] == found.subject \
                and _WORTH_AT_PRICE.match(s, qs[i - 1].end, q.start):
            qualifier = out[-1]["qualifier"]   # "cerraron a US$ 40,20 …, lo que da a la empresa un valor de mercado de …": that price's worth
        if qualifier is None and attr == "share price":
            opened = _OPENED_AT.search(s, max(0, q.start - 45), q.start)
            if opened and not _AMOUNT.search(s, opened.end(), q.start):
                qualifier = "at the open"   # "las acciones … abrieron el miércoles a US$ 41": the first trade's price
        if qualifier is None and out and i > 0 and out[-1].get("qualifier") in TRADING_TIMES and out[-1]["subject"] == found.subject \
                and q.unit == "percent" and attr.startswith("share price ") and re.fullmatch(r"\s*[,(]\s*[^\W\d]+(?:\s+[^\W\d]+){0,2}\s*", s[qs[i - 1].end:q.start]) \
                and not re.match(r"\s*(?:percent|per cent|%)?\s*(?:from|over|since|versus|vs\.?|than|compared|rispetto|par rapport|frente|gegenüber|desde|depuis|sobre)\b",
                                 s[q.end:], re.I):
            # "closed at $40.20, down 12.6%", "ha chiuso a 40,20 dollari, in calo del 12,61%": the close's move (not "up 48.4
            # percent from its IPO price": a move over a base, which other pages state without the close)
            qualifier = out[-1]["qualifier"]
        same = _SAME_PERIOD_AFTER.match(s, q.end)
        if same:
            # "revertendo o prejuízo de 391 milhões de reais apresentado no mesmo período de 2023": the base's own time,
            # not the period the sentence reports
            qualifier = same.group("y") or "a year earlier"
            period = sentence_quarter(s, date, terms) if same.group("y") else None
            if period and re.match(r"(?:Q[1-4]|H[12]|9M)\b", period):
                qualifier = f"{period.split()[0]} {same.group('y')}"   # (the same quarter of that year)
        compared = _COMPARED_BEFORE.search(s, max(0, q.start - 60), q.start)
        if qualifier is None and compared:
            # "a net profit of $1.8 million, compared with a net loss of $4.4 million a year earlier": the base's
            # own time, never the quarter of the figure it is compared with
            qualifier = next((name for rx, name in terms.qualifiers if name in ("last year", "a year earlier", "previous quarter") and rx.search(s, q.end)), None)
        if qualifier is None and attr in terms.levels:
            cjk_year = list(_CJK_YEAR.finditer(s, span[0], q.start))
            qualifier = _cjk_time(cjk_year[-1]) if cjk_year else sentence_quarter(s, date, terms)   # "… reported a net profit of X (about Y) in the second quarter"
        if attr.startswith("intraday") and qualifier == "at the open" and not re.search(r"\b(?:high|low)\b", s[max(0, q.start - 40):q.start], re.I):
            continue   # "alle prime battute … segnando un minimo a 40,34 dollari": a low of the first trades, not the day's
        if attr.startswith("intraday") and qualifier in ("at the open", "at the close"):
            qualifier = None   # "alcanzaron un máximo de 57,80 dólares antes de cerrar a …": the high is the day's, not the close's
        if (attr.startswith("offer") or attr.startswith("IPO")) and qualifier in TRADING_TIMES:
            # ("… avant l'ouverture de la Bourse": when it was announced, not a time of trading for an offer;
            # "rose 15% on its debut after a $1.37 billion IPO": an offering is set before its shares trade)
            qualifier = None
        if bidder and qualifier is None:
            qualifier = f"by {bidder}"   # "Google made a $23 billion offer for Wiz": who offers it
        if paid_to and qualifier is None and attr == "payment":
            qualifier = f"to {paid_to}"   # "Orion paid Vega $650 million": whom the payment went to
        out.append({"subject": found.subject, "attribute": attr, "value": value, "unit": q.unit,
                    "qualifier": qualifier,
                    "level": level, "via": found.via, "q_end": q.end})
        last = found.subject
    if not out and main:
        last = main   # "Orbital reported weak orders. Its shares …": the next sentence's antecedent
    return out, last, used


# the qualifiers of a time of trading, which say nothing of an offer
TRADING_TIMES = frozenset({"premarket", "at the open", "as of midday", "at the close", "after hours", "in a single day",
                           "first trading day"})
# the times of trading a clock time makes precise (a listing's first day is the day, whatever the hour)
_TIMES_OF_A_DAY = TRADING_TIMES - {"first trading day"}
# "$157 per share", "157 dollars par action", "45 Euro je Aktie": a price of one share
_PER_SHARE = re.compile(r"\s*(?:in\s+cash\s+)?(?:per|a|an|par|pro|je|por|para|ad|per)\s+(?:share|action|Aktie|acción|azione|ação|aandeel)\b", re.I)
# a price per share and how it is paid: "per share in cash", "por acción en efectivo", "je Aktie in bar"
_PER_SHARE_CASH = re.compile(_PER_SHARE.pattern + r"(?:\s*,?\s*(?:in|en|em|à)\s+(?:cash|efectivo|numéraire|espèces|bar|contanti|"
                             r"dinheiro|contanten)(?:\s+(?:and|y|et|und|e|en)\s+(?:stock|shares|acciones|actions|Aktien|azioni|ações|aandelen))?)?", re.I)
# "157 dollars par action Splunk", "$157 per Splunk share": the company whose share is priced
_PER_SHARE_OF = re.compile(r"\s*(?:in\s+cash\s+)?(?:par|pro|je|por|per|a)\s+(?:action|Aktie|acción|azione|ação|aandeel)\s+(?:de\s+|d['’]|di\s+|von\s+)?$", re.I)


@lru_cache(maxsize=4)
def _offer_before_rx(k) -> re.Pattern | None:
    words = [*((k.terms or {}).get("offer_words") or ()), *((k.terms or {}).get("offer_verbs") or ())]
    if not words:
        return None
    alt = "|".join(re.escape(str(w)) for w in sorted(set(map(str, words)), key=len, reverse=True))
    # the offer's word, a few words, then the preposition that leads the company it is for
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])(?:\s+[\w'’-]+){{0,4}}?\s+(?:for|on|für|pour|sur|per|su|por|para|pela|pelo|sobre|voor|op)\s+"
                      r"(?:(?:the|la|le|l['’]|die|den|das|el|il|lo|de|het|a|o)\s+|l['’])?$", re.I)


# from the company an offer is for to its price per share: "… for Brimont at $42 a share", "sur Brimont au prix de 42 euros"
_OFFER_PRICE_AT = re.compile(r"\s*,?\s*(?:at|at a price of|au prix de|à|zu|zum Preis von|je|a|al precio de|al prezzo di|ao preço de|de|por|of|"
                             r"di|van|voor|valued at)\s+"
                             r"(?:(?:about|around|environ|unos|rund|cerca de)\s+)?(?:US\s?|R)?[$€£]?\s*$", re.I)


def _offer_target(s: str, lo: int, q: Quantity, names: list[Mention], k) -> Mention | None:
    """The company an offer named before its price per share is for: "Halvor launched a tender offer for Brimont at
    $42 a share" (Brimont), "une offre publique d'achat sur Brimont au prix de 42 euros par action"."""
    rx = _offer_before_rx(k)
    if rx is None:
        return None
    n = next(reversed([n for n in names if lo <= n.start and n.end <= q.start]), None)   # the name nearest before the price
    return n if n is not None and _OFFER_PRICE_AT.fullmatch(s, n.end, q.start) and rx.search(s, max(lo, n.start - 70), n.start) else None


def _offered_for(s: str, end: int, n) -> bool:
    """The name `n` is what the amount ending at `end` is offered for."""
    aside = CONVERSION_ASIDE.match(s, end)   # ("32 Milliarden Dollar (29,3 Milliarden Euro) für Wiz")
    end = aside.end() if aside and aside.end() <= n.start else end
    per = _PER_SHARE_CASH.match(s, end)   # ("$14.20 per share in cash for Borvik", "12,50 euros por acción en efectivo por Lumentia")
    if per and per.end() <= n.start and (_OFFER_FOR.fullmatch(s[per.end():n.start]) or not s[per.end():n.start].strip(" ,")):
        return True
    return bool(_OFFER_FOR.fullmatch(s[end:n.start]) or _PER_SHARE_OF.fullmatch(s[end:n.start])
                or (re.fullmatch(r"\s*(?:in\s+cash\s+)?per\s+", s[end:n.start]) and re.match(r"\s+shares?\b", s[n.end:])))


# from an offer's amount to the company it is for: "… offer for Wiz", "un'offerta per Wiz", "ein Angebot für Wiz"
_OFFER_FOR = re.compile(r"(?:\s+|-)(?:[\w-]+\s+){0,3}?(?:for|für|pour|per|por|para|voor)\s+(?:(?:the|die|den|das|la|le|l['’]|el|il|lo|de|het)\s+)?"
                        # (a German compound company noun before the name: "für das Cybersicherheits-Start-up Wiz")
                        r"(?:(?-i:[a-z][\w-]*)\s+|(?-i:[A-ZÄÖÜ][\w-]*(?:Start-up|Startup|Unternehmen|Konzern|Firma|Anbieter|Spezialist|Hersteller))\s+){0,3}?", re.I)


# the words attribute_for puts after a measure for its change ("market value loss", "revenue gain")
_CHANGE_NAMES = frozenset({"loss", "drop", "rise", "gain"})


# a base of comparison right before an amount: "compared with a net loss of", "versus", "contre"
_COMPARED_BEFORE = re.compile(r"(?<![\w-])(?:compared (?:with|to)|versus|vs\.?|against|frente a|respecto a|respecto de|en comparación con|"
                              r"comparado con|par rapport à|contre|gegenüber|im Vergleich zu|rispetto a|em comparação com)\s+"
                              r"(?:an?\s+|the\s+|une?\s+|el\s+|la\s+|le\s+|il\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+|de\s+|di\s+|von\s+)?(?:US\s?)?[$€£¥]?\s*$", re.I)


_BASE_QUARTER = re.compile(r"(?<![\w-])(?:than|from|over|above|below|versus|vs\.?|compared (?:to|with)|encima del?|debajo del?|"
                           r"respecto al?|frente al?|sobre el|par rapport au|au-dessus du|gegenüber dem|als im|rispetto a(?:l|i|lla|gli)?)"
                           r"\s+(?:the\s+|el\s+|le\s+|dem\s+|il\s+)?"
                           # ("compared with 58.4% in the third quarter of fiscal 2024": the base's figure, then its quarter)
                           r"(?:(?:[^\s,;]+\s+){1,5}?(?:in|for|during|en|im|nel|no|au|del|du)\s+(?:the\s+|el\s+|le\s+|dem\s+|il\s+)?)?$", re.I)


# words that point back to what the sentence before named: "同四半期", "其年營收", "该公司", "이 회사", "同社"
_CJK_BACK = re.compile(r"同|该|該|其|此|这|這|本季|当季|當季|上季|(?<![子分母])公司|同社|이 회사|그 회사|해당|동사")


_QUARTER_QUALIFIERS: dict[int, tuple] = {}


def _quarter_qualifiers(terms: Terms) -> tuple[tuple[re.Pattern, str], ...]:
    """The qualifiers that name a quarter, a half or nine months, in their order (picked once per vocabulary)."""
    held = _QUARTER_QUALIFIERS.get(id(terms))
    if held is None or held[0] is not terms:
        held = (terms, tuple((rx, name) for rx, name in terms.qualifiers if re.fullmatch(r"Q[1-4]|H[12]|9M", name)))
        _QUARTER_QUALIFIERS[id(terms)] = held
    return held[1]


def sentence_quarter(s: str, date: dt.date | None, terms: Terms) -> str | None:
    """The one quarter a sentence names, which every level it states is of."""
    low = s.lower()
    if not any(w in low for w in terms.quarter_words):
        return None   # (none of their phrases stands in it, in any case: no pattern can match)
    hits = [(m, name) for rx, name in _quarter_qualifiers(terms) for m in rx.finditer(s)]
    quarters = {name for _, name in hits}
    if len(quarters) != 1 or any(_BASE_QUARTER.search(s[max(0, m.start() - 50):m.start()]) for m, _ in hits):
        return None   # "11.3% above the first quarter": the base of a comparison, not the figure's time
    if len(hits) > 1 and len(set(re.findall(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]?\d)", s))) > 1:
        return None   # "from $55 million in Q4 2022 to $938 million in Q4 2023": two periods, not one
    clause = _NEW_CLAUSE.search(s)
    if clause and all(m.start() >= clause.end() for m, _ in hits) and _AMOUNT.search(s, 0, clause.start()):
        return None   # "… 43.2 million shipments, but will likely regain the number 3 spot in Q2": the next clause's quarter
    q = qualifier_of(s, date, terms)
    return q if q and q.startswith(next(iter(quarters))) else None


def sentence_subject(s: str, mentions: list[Mention], k) -> str | None:
    """The name, listed or not, a sentence's main clause opens with."""
    g = grammar(k)
    return _sentence_subject(s, proper_names(s, mentions, g.stop, g.company, g.nouns), terms_of(k))


_NOUN_LEAD = re.compile(r"\s*(?:the|a|an|le|la|les|l['’]|el|los|las|o|os|as|il|lo|gli|i|het|de)\s*(?<=\s|['’])(?P<nouns>(?:(?-i:[a-zà-ÿ])[\w-]*\s+){1,3})", re.I)


def _sentence_subject(s: str, names: list[Mention], terms: Terms) -> str | None:
    """The name the sentence opens its main clause with, when it opens with one ("Marvell Technology
    suffered …, plunging 19.1%")."""
    first_break = _CLAUSE_BREAK.search(s)
    head = s[:first_break.start()] if first_break else s
    for n in names:
        if n.start >= len(head):
            break
        measure = _first(terms.measures, s[n.end:n.end + 30]) if re.match(r"['’]s?\s", s[n.end:n.end + 3]) else None
        if measure and re.fullmatch(r"['’]s?\s+", s[n.end:n.end + measure[0].start()]) and n.kind in ("lab", "org", "group") \
                and re.fullmatch(r"\s*(?:the\s+)?", s[:n.start], re.I):
            return n.name   # "DoorDash's stock smashed expectations …, soaring 84%": the possessor of the measure
        if re.match(r"['’]", s[n.end:n.end + 1]) or _object(s[max(0, n.start - 12):n.start], terms):
            continue
        if re.fullmatch(r"(?:\s*(?:[A-Z]\w*\s+\w+,)?\s*(?:the\s+)?)", s[:n.start], re.I) and n.kind in ("lab", "org", "person", "group"):
            return n.name
        # "A varejista Varejo Aurora registrou …", "Le groupe informatique Verlaine a annoncé …": an article and the
        # common nouns that say what the name is, then the name
        lead = _NOUN_LEAD.fullmatch(s[:n.start])
        if lead and n.kind in ("lab", "org", "group") and not any(w.lower() in terms.grammar.stop for w in lead.group("nouns").split()) \
                and not re.match(r"\s*(?:,|and|or|et|ou|y|o|und|oder|e|&)\s+(?-i:[A-Z])", s[n.end:]):
            return n.name   # (not "Les diffuseurs Comcast et Sky …": two names, neither alone)
        return None
    return None
