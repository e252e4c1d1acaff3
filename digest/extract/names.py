"""Names that are not in site_config: capitalised phrases ("Marvell Technology", "S&P 500",
"Philadelphia Semiconductor Index") found by their shape, beside the known mentions."""

from __future__ import annotations

import bisect
import functools
import itertools
import re

from digest.extract import runmemo
from digest.extract.entities import Mention
from digest.extract.lexicon import SPACED_LETTER
from digest.extract.values import ISO_PREFIX, MAGNITUDE_WORDS_MORE

# a letter of a script written with spaces (a capitalised name ends where Chinese or Japanese text starts)
_L = SPACED_LETTER
_CAP = rf"[A-Z](?:{_L}|[&.·-])*(?:{_L}|&)"
# (a name may follow Chinese or Japanese text directly: "米国メーカーのAmpere Computingの")
# (not after an apostrophe, "O'Neil", but after a French or Italian elided article: "les actions d'Orbitron")
_ELIDED = "|".join(rf"(?<=(?<!{_L}){e}['’])" for e in ("d", "l", "dell", "dall", "nell", "sull", "all", "qu"))
# a brand that opens with its digits: "23andMe", "1Password" (never "4K", "5G", "3D": a capital inside a word after them)
_DIGIT_BRAND = r"\d{1,3}(?:[a-z]{2,}[A-Z]|[A-Z][a-z]{3,})[A-Za-z]*(?![\w-])"
# (a year after a name is no part of it: "die britische Firma 2016 gekauft")
_NAME = re.compile(rf"(?<!{_L})(?:(?<!['’])|{_ELIDED})(?:{_CAP}|[A-Z]|{_DIGIT_BRAND})"
                   rf"(?:\s+(?:{_CAP}|(?!(?:19|20)\d\d(?!\d))\d+(?![\d%]|[.,]\d)|&\s+{_CAP}))*")
# capitalised words that open a sentence or name a time, not an entity
# what follows a number that is an amount: its magnitude or its currency
AMOUNT_AFTER = re.compile(r"\s*(?:million|billion|trillion|bn|mn|m\b|thousand|euros?|dollars?|pounds?|yen|yuan|francs?|"
                           r"millones|millions|milliards|Millionen|Milliarden|milioni|miliardi|milhões|bilhões|%|percent|per cent|"
                           rf"{MAGNITUDE_WORDS_MORE})", re.I)

_MONTH = re.compile(r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|January|February|March|April|May|June|July|August|"
                    r"September|October|November|December)")
NOT_NAMES = {
    "the", "a", "an", "on", "in", "at", "as", "by", "for", "from", "but", "and", "or", "meanwhile", "it", "its",
    "this", "that", "these", "those", "he", "she", "they", "we", "i", "his", "her", "their", "our", "if", "when",
    "should", "would", "could", "will", "shall", "may", "might", "must", "can", "unless", "whether",
    "what", "who", "why", "how", "where", "which", "there", "here",
    "while", "after", "before", "since", "with", "still", "also", "however", "today", "yesterday", "according",
    # a verb that opens a sentence in other languages ("Foi o melhor trimestre", "Fue una caída", "Fu un anno")
    "foi", "fue", "fu", "era", "é", "è", "es", "est", "ist", "war", "são", "están", "está", "sono",
    "shares", "stocks", "stock", "ceo", "cfo", "analysts", "investors", "despite", "following", "amid", "to",
    "las", "los", "el", "la", "en", "de", "del", "und", "der", "die", "das", "le", "les", "un", "una", "su",
    "nobody", "everyone", "everybody", "someone", "somebody", "anyone", "anybody", "nothing", "something",
    "everything", "all", "some", "many", "most", "few", "both", "each", "other", "others", "another", "one",
    "ipo", "gaap", "ifrs", "ebitda", "eps", "arr", "yoy", "qoq", "management", "revenue", "sales", "earnings", "guidance", "profit",
    # a metric's acronym ("ARPU rose to Rs 183", "MAU grew to 313 million"), never a company
    "arpu", "mau", "dau", "wau", "gmv", "cagr", "ebit", "ebitdaal", "cet1", "capex", "opex", "fcf",
    "mrd", "mio", "mrd.", "mio.", "bn", "mn", "bio", "md", "mds", "net", "gross", "rs", "crore", "crores", "lakh", "lakhs",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december",
}
# function words of other languages that are also surnames ("AMD's Lisa Su", "Ahn Le", "Tarun Das"): last in a
# capitalised phrase after another word they end the name, first in it they are the sentence's word
_NOT_LAST = NOT_NAMES - {"su", "le", "das"}
# Swedish, Norwegian and Danish verbs after a sentence's first word ("Klarna sålde", "X rapporterade", "X solgte",
# "X har"); the first word is then a name unless it is a function word ("Det var") or a noun in its definite form
# ("Aktien steg", "Omsättningen ökade", "Selskapet har")
_NORDIC_VERB_AFTER = re.compile(r"\s*(?:har|är|var|er|blev|ble|sålde|gjorde|fick|fikk|tog|tok|[a-zåäöæø]{3,}(?:ade|erte|gte|ldte))\b")
_NORDIC_NOT_NAMES = frozenset({"det", "den", "denna", "denne", "detta", "dette", "dessa", "disse", "han", "hon", "hun", "vi", "jag",
                               "jeg", "men", "och", "og", "som", "efter", "etter", "enligt", "ifølge", "vid", "ved", "när", "når",
                               "nu", "nå", "också", "även", "også", "likevel", "samtidigt", "samtidig", "dessutom", "här", "her",
                               "där", "der", "alla", "alle", "många", "mange", "flera", "flere", "ingen", "inget", "ingenting",
                               "man", "året", "dagen", "veckan", "uken", "ugen"})


def _nordic_name_before_verb(word: str, after: str) -> bool:
    w = word.lower()
    return bool(_NORDIC_VERB_AFTER.match(after)) and w not in _NORDIC_NOT_NAMES \
        and not re.search(r"(?:en|et|ene|.{3,}[aeo]rna)$", w)


# a people's or a country's adjective in Dutch, German or English ("Amerikaanse", "Franse", "Belgische", "Chinese")
# (and a Dutch town's or country's adjective: "het Eindhovense technologiebedrijf", "Het Britse Brightwell")
_DEMONYM_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:aanse|anse|[dt]se|ische[nrs]?|ese|ense|[^aeiou\W]se)")
_DUTCH_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:aanse|anse|ense|[dt]se|[^aeiou\W]se)")
# the endings of English plural nouns of people and groups ("Employees", "Investors", "Analysts", "Officials")
_PLURAL_OF_PEOPLE = re.compile(r"[A-Z][a-z]{2,}(?:ees|ers|ors|ists|ysts|ants|ents|ians|ives|als|ics)")
_CURRENCY_WORDS = {"yen", "euro", "euros", "dollar", "dollars", "yuan", "franken", "pfund", "won", "rupees", "cent", "cents"}
# a company noun alone, capitalised where a page means its own group ("Rugi EBITDA Grup …", "the Group's revenue"): no name
LONE_GROUP = frozenset({"group", "grup", "grupa", "gruppe", "grupo", "groupe", "gruppo", "groep", "koncern", "konzern"})
# the last word of a metric's label in title case ("Monthly Active Users", "Gross Merchandise Volume")
_METRIC_HEADS = {"users", "customers", "subscribers", "revenue", "revenues", "sales", "income", "margin", "earnings",
                 "volume", "profit", "loss", "growth"}
# verbs a lede's opening words may carry in capitals with the name ("HP WILL acquire …", "APPLE HAS …")
_CAPS_VERBS = {"will", "has", "have", "had", "is", "was", "are", "were", "said", "says", "plans", "would", "could", "may"}
_LETTER_NAME_AFTER = re.compile(r"['’]s\s|\s+(?:has|had|is|was|said|says|will|ha|tiene|tenía|hat|a)\s")
# a company noun after a capitalised modifier ("the South Korean chipmaker", "the Silicon Valley company")
COMPANY_AFTER = re.compile(r"\s+(?:[A-Za-z][\w-]*\s+){0,3}?(?:company|companies|firms?|startups?|start-ups?|chipmakers?|chip-makers?|"
                            r"makers?|giants?|groups?|labs?|developers?|conglomerates?|manufacturers?)\b")
_SUFFIX = re.compile(r"\s+(?:Inc|Corp|Corporation|Ltd|Co|PLC|plc|AG|SA|S\.A)\.?$")
_SUFFIX_ONLY = re.compile(r"(?:Inc|Corp|Corporation|Ltd|Co|PLC|plc|AG|SA|S\.A|LIMITED|Limited|INC|CORP|LTD|GMBH|GmbH)\.?")
_LOWER_BRAND = re.compile(r"(\s[a-z][a-z0-9-]{2,})(?=\s+(?:Inc|Corp|Corporation|Ltd|Co|PLC|AG)\b)")


# a company's seat right after its name opens a sentence about it: "Birkenstock mit Sitz in …", "Corvid, con sede en …"
_SEAT_AFTER = re.compile(r"\s*,?\s*(?:mit (?:Haupt|Firmen)?[Ss]itz|con sede|com sede|headquartered in|based in|basée? à|sediad[ao] em|gevestigd in)\b")


_GERMAN_NOUN_END = re.compile(r"(?:heit|keit|ung|schaft|ebene|einheit|sparte|tochter|abteilung)$")


@functools.lru_cache(maxsize=16)
def _heads(cut: frozenset, nouns: frozenset) -> frozenset:
    # one object per pair of lists: its hash is kept, and a cache asked with it compares it by identity
    return cut | nouns


@functools.lru_cache(maxsize=8192)
def _german_noun(word: str, heads: frozenset) -> bool:
    """'Investmenteinheit', 'Konzernebene', 'Rüstungskonzern': a German compound common noun (its head a
    noun the grammar knows, or a noun's ending), not the first word of a name."""
    if len(word) < 9 or not re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+", word):
        return False
    low = word.lower()
    return bool(_GERMAN_NOUN_END.search(low)) or any(low.endswith(h) and len(low) - len(h) >= 3 for h in heads if len(h) >= 5)


@functools.lru_cache(maxsize=8192)
def _hyphened_noun(word: str, heads: frozenset) -> bool:
    tail = re.fullmatch(r"[\w.]+-([A-ZÄÖÜ][a-zäöüß]{4,})", word)
    return bool(tail) and any(h.endswith(tail.group(1).lower()) for h in heads if len(h) >= 5)


def proper_names(s: str, mentions: list[Mention], stop: frozenset = frozenset(), cut: frozenset = frozenset(),
                 nouns: frozenset = frozenset()) -> list[Mention]:
    # extraction asks this of one sentence several times over: the answer is kept for a while
    return list(_proper_names(s, tuple(mentions), frozenset(stop), frozenset(cut), frozenset(nouns)))


@functools.lru_cache(maxsize=2048)
def _proper_names(s: str, mentions: tuple, stop: frozenset, cut: frozenset, nouns: frozenset) -> tuple:
    return tuple(_find_proper_names(s, list(mentions), stop, cut, nouns))


def _find_proper_names(s: str, mentions: list[Mention], stop: frozenset = frozenset(), cut: frozenset = frozenset(),
                       nouns: frozenset = frozenset()) -> list[Mention]:
    """Known mentions, plus capitalised phrases elsewhere (kind "org"), in text order. Other
    languages' words: `stop` never opens a name ("Según Bloomberg"), a name follows a `cut` noun
    ("das Münchner Start-up Helsing"), and a capitalised common noun of `nouns` ("Umsatz", "450
    Millionen Euro") is no name alone or before a number."""
    out = list(mentions)
    # known mentions do not overlap: sorted by start, their ends are sorted too
    spans = sorted((x.start, x.end) for x in mentions)
    starts = [a for a, _ in spans]
    max_end = list(itertools.accumulate((b for _, b in spans), max))
    ends_at_space = {b + 1 for _, b in spans if s[b:b + 1] == " "}
    for start, end, name in _name_candidates(s, stop, cut, nouns):
        if start in ends_at_space:
            continue   # "Amazon France Logistique": the known name's subsidiary or part, not a second name
        i = bisect.bisect_left(starts, end)   # mentions that start before this name ends
        if i and max_end[i - 1] > start:
            continue
        out.append(Mention(start, end, name, "org"))
    out.sort(key=lambda x: x.start)
    return out


def _name_candidates(s: str, stop: frozenset, cut: frozenset, nouns: frozenset) -> tuple:
    return runmemo.answer("name candidates", (s, stop, cut, nouns), _find_name_candidates, _recent_name_candidates)


@functools.lru_cache(maxsize=2048)
def _recent_name_candidates(s: str, stop: frozenset, cut: frozenset, nouns: frozenset) -> tuple:
    return _find_name_candidates(s, stop, cut, nouns)


_AFTER_WORD = re.compile(r"[\w,)]\s+$")
_PERIOD_LABEL = re.compile(r"Q[1-4]|H[12]|FY\d{2,4}|(?:Full|Half|Nine[- ]month|Six[- ]month)[- ](?:[Yy]ear|[Mm]onth)s?|Year[- ]to[- ]date"
                           # a results table's column head: "Quarter Ended June 30", "Three Months Ended", "Year Ending Dec. 31"
                           r"|(?:(?:Three|Six|Nine|Twelve|\d{1,2})\s+Months|(?:Fiscal\s+)?(?:Quarter|Year|Half[- ]Year|Period|Weeks?))"
                           r"\s+(?:Ended|Ending)(?:\s.*)?")
_TIME_ZONES = frozenset({"GMT", "UTC", "CET", "CEST", "BST", "EST", "EDT", "ET", "PST", "PDT", "PT", "JST", "KST", "HKT", "SGT"})
_CLOCK = re.compile(r"\d{1,2}[:.h]?\d{2}(?:\s?[ap]\.?m\.?)?", re.I)
_DAY_AFTER = re.compile(r"\.?\s*\d{1,4}\b")
_STATE_BASED_AFTER = re.compile(r",\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?-(?:based|headquartered)\b")
_OPEN_BRACKET_LEAD = re.compile(r"[^.]{0,40}\(\s*")
_ISO_AMOUNT = re.compile(ISO_PREFIX + r"\s?\d")
_NON_BEFORE = re.compile(r"(?<![\w-])non-$", re.I)
_NON = re.compile(r"non-", re.I)
_ACRONYM_PARTICIPLE = re.compile(r"[A-Z]{1,5}-[a-z]+(?:ed|ing)")
# a listing beside a company's name, "(NASDAQ:NVDA)", "(TYO:9984)": the exchange before its symbol (a number, or
# letters that close the brackets), and the symbol after a known exchange, or in capitals after any one that
# opens the brackets ("(Source: Reuters)" names a source)
_TICKER_AFTER = re.compile(r"\s?:\s?(?:\d|[A-Z0-9][A-Z0-9.]{0,9}\s*\))")
_EXCHANGE_BEFORE = re.compile(r"\b(?:NASDAQ|Nasdaq|NYSE|TYO|TSE|LSE|HKEX|SSE|SZSE|KRX|KOSPI|XETRA|ETR)\s?:\s?$")
_EXCHANGE_OPENS = re.compile(r"\(\s*[A-Z][\w.-]{1,14}\s*:\s*$")   # "(NYSE: …": a symbol in capitals follows, then ")"
_RIC = re.compile(r"[A-Z0-9]{1,6}\.[A-Z]{1,2}")   # a symbol and its exchange's letter, as wires write it: "MRK.N", "7203.T"
_LOWER_OWNER_AFTER = re.compile(r"\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?['’]s?\b")
_NO_WORD = re.compile(r"\W*")
_INNER_CAPITAL = re.compile(r".[A-Z\d]")
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
_LOWER = re.compile(r"[a-z]")
_AMP_OR_DIGIT = re.compile(r"&|\d")
_MONTH_DAY = re.compile(_MONTH.pattern + r"\.?\s+\d{1,2}", _MONTH.flags)


@functools.lru_cache(maxsize=1)
def _capitalised_months() -> frozenset[str]:
    from digest.extract.timeline import month_names   # (late: the timeline module is not needed to find names otherwise)
    return frozenset(m[:1].upper() + m[1:] for m in month_names() if len(m) >= 3)


def _find_name_candidates(s: str, stop: frozenset, cut: frozenset, nouns: frozenset) -> tuple:
    """The capitalised phrases of a sentence that may be names, whatever names the site knows in it:
    (start, end, name) each (a sentence is asked this with several lists of known names)."""
    out = []
    heads = _heads(cut, nouns)
    for m in _NAME.finditer(s):
        words = m.group().split()
        # (another language's function word is capitalised only where a sentence or clause opens: "said Dan Coatsworth" is a name)
        opens = not _AFTER_WORD.search(s[max(0, m.start() - 3):m.start()])
        while words and (words[0].lower().strip(".") in NOT_NAMES or words[0].lower() in stop and not words[0].isupper() and opens):
            words.pop(0)
            opens = True
        while words and (words[-1].lower().strip(".") in (_NOT_LAST if len(words) > 1 else NOT_NAMES)
                         or len(words) > 1 and words[-1].isupper() and words[-1].lower() in _CAPS_VERBS):
            words.pop()   # (and "HP WILL acquire": a lede written in capitals up to its verb)
        if len(words) > 1 and words[0] in ("AI", "IA", "KI") and m.group().startswith(words[0]) \
                and re.search(r"(?<![\w-])(?:by|par|por|de|di|von|mit|with|avec|con|com|per)\s+$", s[max(0, m.start() - 6):m.start()]):
            words.pop(0)   # "la plateforme de vidéos par IA Synthesia": what it does, not its name ("the AI Act" stays)
        while len(words) > 1 and re.fullmatch(r"[\w.]+-(?:based|headquartered|backed|listed|owned|led)", words[0]):
            words.pop(0)   # "Mumbai-headquartered WNS", "Paris-based Mistral": where it is, not its name
        if words and words[0].lower() in _CURRENCY_WORDS and re.search(r"\d[\d.,]*\s*(?:Mrd\.?|Mio\.?|Milliarden|Millionen|bn|mn)?\s*$",
                                                                       s[max(0, m.start() - 20):m.start() + m.group().index(words[0])]):
            continue   # "887,9 Mrd Yen", "97 Yen": a currency after its amount ("Dollar Tree" stays a name)
        if len(words) > 1 and words[-1].lower() in _METRIC_HEADS:
            continue   # "Fintech Monthly Active Users rose 27.3%": a metric's label written in capitals, no name
        if words and re.fullmatch(r"[\w.]+-(?:based|headquartered|backed|listed|owned|led)", words[-1]):
            continue   # "the company's Hong Kong-listed shares": a modifier of the noun after it, no name
        while len(words) > 1 and re.fullmatch(r"\d[\d.,]*", words[-1]) and AMOUNT_AFTER.match(s, m.end()):
            words.pop()   # "fined Ostrava Media 780 million euros": the number is the amount's, not the name's
        while len(words) > 1 and _DUTCH_ADJECTIVE.fullmatch(words[0]):
            words.pop(0)   # "Het Britse Brightwell": where it is from, not its name
        while words and _PERIOD_LABEL.fullmatch(words[0]):
            words.pop(0)   # "Q4 Revenue", "FY2025 Guidance": a period's label, not part of a name
        inner = [i for i, w in enumerate(words[:-1]) if w.lower().strip(".") in cut or w.rsplit("-", 1)[-1].lower() in cut
                 or _german_noun(w, heads)]
        if inner:
            words = words[inner[-1] + 1:]   # "Münchner Start-up Helsing": the name after the common noun
        while (stop or nouns) and words and (words[0].isdigit() or words[0].lower().strip(".") in stop and opens or (
                words[0].lower().strip(".") in nouns and (len(words) == 1 or words[1][0].isdigit() or words[1].lower() in nouns))):
            words.pop(0)
        compound = bool(words and "-" in words[-1] and words[-1].rsplit("-", 1)[1].lower() in nouns)
        if compound:
            words[-1] = words[-1].rsplit("-", 1)[0]   # "die Nvidia-Aktie": the name is the compound's head
        if not words or (len(words) == 1 and (words[0].isdigit() or words[0].lower() in LONE_GROUP)):
            continue
        if len(words) == 1 and _german_noun(words[0], heads):
            continue   # "Nettoumsatz", "Konzernebene": a German compound common noun, no name
        if len(words) == 1 and any(words[0].lower().endswith("-" + c) for c in cut if len(c) >= 4):
            continue   # "KI-Start-up", "Tech-Konzern": a company noun with what it does before it, no name
        if len(words) == 1 and _hyphened_noun(words[0], heads):
            continue   # "Seed-Runde", "Series-A-Runde": a compound whose head ends a noun the grammar knows ("Finanzierungsrunde")
        if len(words) == 1 and words[0].lower() in cut and re.search(r"\b(?:die|der|den|dem|des|das|het|de)\s+$", s[:m.start() + m.group().index(words[0])], re.I):
            continue   # "gegen die Bank", "Die Bank zählt …": a company noun after its article points back, it names no one
        text = " ".join(words)
        start = m.start() + m.group().index(words[0])
        end = start + len(text)
        if len(words) == 1 and text.endswith(("ly", "ment", "mente", "weise")) and s[end:end + 1] == "," and _NO_WORD.fullmatch(s[:start]):
            continue   # "Recently, Malaysia …": a sentence's opening adverb
        if _PERIOD_LABEL.fullmatch(text):
            continue   # a quarter or a fiscal year, not a name
        if words[-1] in _TIME_ZONES and (len(words) == 1 or _CLOCK.fullmatch(words[-2])):
            continue   # "Alle 1140 GMT, le azioni …", "at 9:30 ET": a time of day, not a name
        if _MONTH.fullmatch(text) and _DAY_AFTER.match(s[end:end + 6]) or _MONTH_DAY.fullmatch(text):
            continue   # "the quarter ended Jan. 31", "Sept. 30", "Feb 24 (Gridline) -": a date, not a name
        if len(words) == 1 and text in _capitalised_months():
            continue   # "von April bis Juni", "en septiembre": a month, in any language the site reads
        if _STATE_BASED_AFTER.match(s[end:end + 50]):
            continue   # "The Santa Clara, California-based company": a place, with its state
        if _OPEN_BRACKET_LEAD.fullmatch(s[:start]) and re.match(r"\s*\)\s+[-–—]\s", s[end:end + 6]):
            continue   # "Feb 24 (Gridline) - …", "LONDON (Reuters) -": the outlet of a wire's dateline
        if text.isupper() and _NO_WORD.fullmatch(s[:start]) and re.match(r"\s*(?:,\s*[^()\-–—,]{1,30}?\s*)?(?:\([^()]{1,30}\)\s*)?[-–—]\s", s[end:end + 50]):
            continue   # "TOKIO (dpa-AFX) - …", "PARIS - …": a dateline's city, not a name
        if _SUFFIX_ONLY.fullmatch(text):
            continue   # "Inc." alone: the tail of a name written partly in lower case
        if _ISO_AMOUNT.match(s[start:start + 8]) or _NON_BEFORE.search(s[max(0, start - 4):start]) \
                or _NON.match(text) or _ACRONYM_PARTICIPLE.fullmatch(text):
            continue   # "RMB192.9 billion": an amount; "non-IFRS": a kind of figure, not a name
        brand = _LOWER_BRAND.match(s, end)
        if brand:
            # "SK hynix Inc.": a name with a lower-case word, marked as one by the company suffix after it
            end, text = brand.end(1), s[start:brand.end(1)]
        if _TICKER_AFTER.match(s, end) or _EXCHANGE_BEFORE.search(s[max(0, start - 10):start]) \
                or (_EXCHANGE_OPENS.search(s[max(0, start - 20):start]) and re.fullmatch(r"[A-Z0-9.]{1,10}", text)
                    and re.match(r"\s*\)", s[end:])) \
                or (_RIC.fullmatch(text) and re.search(r"\(\s*$", s[max(0, start - 3):start]) and re.match(r"\s*\)", s[end:])):
            continue   # "(TYO:9984)", "(NASDAQ: NVDA)", "( MRK.N )": an exchange's ticker, not a name
        if len(words) == 1 and len(text) < 2 and (text in "AI" or not _LETTER_NAME_AFTER.match(s, end)):
            continue   # one capital letter is a name ("X") only as an owner or before a verb
        if _LOWER_OWNER_AFTER.match(s[end:end + 40]) and \
                re.search(r"\b(?:the|a|an)\s+$", s[max(0, start - 6):start], re.I):
            continue   # "the Silicon Valley chip giant's": a modifier, not the name of the subject
        if COMPANY_AFTER.match(s, end) and re.search(r"\bthe\s+$", s[max(0, start - 5):start], re.I):
            continue   # "The South Korean chipmaker posted": where it is from, not who it is
        if len(words) == 1 and COMPANY_AFTER.fullmatch(" " + text.lower()) and re.search(r"\bthe\s+$", s[max(0, start - 5):start], re.I):
            continue   # "The Group posted …": the company the page speaks of, written as a common noun
        if len(words) == 1 and not compound and not _NO_WORD.fullmatch(s[:start]) is None and not _INNER_CAPITAL.search(text) and \
                not re.match(r"\s*(?:['’,]|(?:[a-z]+ed|is|was|has|had|said|says|will|would|could|sank|fell|rose|lost|"
                             # (present-tense reporting verbs, and its shares: "Halcyon expects", "Tidewave shares dropped")
                             r"expects|plans|reports|posts|forecasts|employs|operates|owns|sells|offers|makes|aims|intends|"
                             r"announces|unveils|launches|raises|acquires|buys|cuts|wins|agrees|shares\s+(?:[a-z]+ed|fell|rose|sank|jumped)|"
                             # (and what a company does or seems to: "Recogni appears to have defied …", "X builds chips")
                             r"appears|seems|remains|becomes|continues|claims|builds|develops|designs|provides|creates|supplies|"
                             r"ist|war|hat|wird|est|a|sera|es|era|ha|será|é|foi|tem|è|ha|"
                             # (another language's verb of offering an amount: "Solvane ofrece 12,50 euros", "X biedt 84,50 frank";
                             # a verb alone would take an adverb opening a sentence for a name: "Wel verwacht het bedrijf …")
                             r"(?:ofrece|propone|propose|offre|oferece|propõe|bietet|biedt)\s+(?:[^\W\d]+\s+){0,3}?[$€£]?\s?\d+|"
                             # another language's past tense: "Palantir rapporteerde", "X meldete", "X reportó", "X registrou", "X daalde"
                             r"[a-zäöüéè]{2,}(?:eerde|dde|chte|lte|ierte|ldete|lde|kte)|[a-z]{3,}(?:ó|ou|iu))\b)", s[end:end + 40]) and \
                not _SEAT_AFTER.match(s, end) and \
                not _nordic_name_before_verb(text, s[end:end + 16]):
            # "Some shares fell": a capitalised first word is a name only when a verb follows it (the
            # copulas and auxiliaries of the languages languages.yml reads: "Groq ist ein …", "Mistral a levé")
            continue
        if len(words) == 1 and _DEMONYM_ADJECTIVE.fullmatch(text) and re.match(r"\s+(?-i:[a-zà-ÿ])", s[end:end + 3]):
            continue   # "De Amerikaanse olieproducent", "die Chinesische Zentralbank", "Japanese banks": a people's adjective before its noun
        if len(words) == 1 and _NO_WORD.fullmatch(s[:start]) and _PLURAL_OF_PEOPLE.fullmatch(text):
            continue   # "Employees will have 90 days", "Analysts expect …": a plural common noun opens the sentence
        name = _SUFFIX.sub("", text).rstrip(".")
        if _ACRONYM_PLURAL.fullmatch(name):
            continue   # "GPUs", "LLMs": a plural common noun
        if not _LOWER.search(name) and not _AMP_OR_DIGIT.search(name) and len(name) == 2:
            continue
        out.append((start, end, name))
    return tuple(out)


_DEFINED_ACRONYM = re.compile(r"((?:[a-zà-ÿ][\w'’-]*\s+){1,7})\(([A-Z]{2,6})\)")
_ACRONYM_IN_BRACKETS = re.compile(r"\s\([A-Z]{2,6}\)")


def common_acronyms(texts: list[str]) -> set[str]:
    """Acronyms the page defines after a common noun written in lower case: "un expediente de regulación de empleo
    (ERE)", "remaining performance obligations (RPO)" name a thing, not an organisation."""
    return set(_common_acronyms("\n".join(texts)[:200000]))


@functools.lru_cache(maxsize=256)
def _common_acronyms(text: str) -> frozenset:
    out = set()
    # (the words before each bracketed acronym, read only where one stands: the full pattern tried at every word is slow)
    for b in _ACRONYM_IN_BRACKETS.finditer(text):
        m = next((x for x in _DEFINED_ACRONYM.finditer(text, max(0, b.start() - 160), b.end()) if x.end() == b.end()), None)
        if m is None:
            continue
        words = [w for w in (re.sub(r"^[a-zà-ÿ]['’]", "", w) for w in m.group(1).split()) if len(w) > 3 or w.lower() in ("ai", "ia", "ki")]
        acr = m.group(2)
        if len(words) >= len(acr) and "".join(w[0] for w in words[-len(acr):]).upper() == acr:
            out.add(acr)
    return frozenset(out)
