"""Quantities in sentence shapes the attribute vocabulary does not read on its own.

Relative prices and speeds ("20 to 50 times cheaper than X", "60-80% less than X", "at 2x speed and
50% lower cost"), the sizes a model comes in ("in 8B and 70B sizes", "one with 8 billion parameters,
and one with 70 billion parameters"), a further or first tranche of money ("committed a further
$2.75 billion", "initially invested $1.25 billion"). Each finder returns plain claim fields; the
caller picks subjects through `pick(kinds, pos, exclude)` and grounding checks every claim after.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from digest.extract import values as V
from digest.extract.entities import Mention
from digest.extract.lexicon import grammar
from digest.extract.quantities import terms_of

Pick = Callable[..., list]

_RANGE = rf"(?P<q>{V.APPROX}\s+)?(?P<lo>{V.NUM}|{V.WORDNUM})(?:\s*(?:to|-|–)\s*(?P<hi>{V.NUM}|{V.WORDNUM}))?"
# "20 to 50 times cheaper than", "60-80% less than", "50% lower cost", "2x speed", "twice as fast as"
_RELATIVE = re.compile(
    _RANGE + r"\s*(?P<kind>%|percent\b|x\b|×|times\b)\s*"
    r"(?P<dir>cheaper|less expensive|lower[- ]cost|lower (?:cost|price)|less|lower|faster|the speed|speed)\b", re.I)
_PRICE_WORDS = re.compile(r"\b(?:pric\w*|costs?|cheap\w*|charg\w*|expensive)\b", re.I)
_THAN = re.compile(r"\s+(?:than|that of|compared (?:to|with))\s+(?:the\s+)?", re.I)
# "X matched Y on text at 2x speed": the object of a comparison verb is what the figures compare to
_COMPARED_TO = re.compile(r"\b(?:match(?:es|ed)?|equal(?:s|led|ed)?|beat(?:s)?|outperform(?:s|ed)?|compared (?:to|with)|"
                          r"versus|vs\.?|relative to)\s+(?:the\s+)?$", re.I)


def _num(text: str | None) -> float | None:
    return V.number(text) if text else None


def relative_claims(s: str, mentions: list[Mention], pick: Pick) -> list[dict]:
    """Prices and speeds stated against another model or company: a price as a share of the other's
    (as "price relative" in the vocabulary reads "a fifth of the cost"), or as "N times cheaper";
    a speed as a multiple."""
    out = []
    for m in _RELATIVE.finditer(s):
        kind, direction = m.group("kind").lower(), m.group("dir").lower()
        lo, hi = _num(m.group("lo")), _num(m.group("hi"))
        if lo is None or (m.group("hi") and hi is None):
            continue
        speed, times = direction in ("faster", "the speed", "speed"), kind in ("x", "×", "times")
        if speed and not times:
            continue   # "50% faster": a gain, not a multiple
        if direction in ("less", "lower") and not _PRICE_WORDS.search(s[max(0, m.start() - 60):m.start()]):
            continue   # "30% less than" with no price in sight: another measure
        other = _compared(s, m.end(), mentions)
        if other is None:
            continue
        # (a speed is a model's or a product's: "Kinnear says it is three times faster than Max" is not the company's)
        subjects = pick(("model", "product") if speed else ("model", "product", "lab"), m.start(), exclude=(other.name,))
        if not subjects or other.name in subjects:
            continue
        if speed:
            attr, value, unit = f"speed relative to {other.name}", _range(lo, hi, m.group("q")), "times"
        elif times:
            attr, value, unit = f"price relative to {other.name}", _range(lo, hi, m.group("q")), "times cheaper"
        else:
            share = (100 - hi, 100 - lo) if hi is not None else (100 - lo, None)
            if share[0] <= 0:
                continue
            attr, value, unit = f"price relative to {other.name}", _range(*share, m.group("q")), "percent"
        out.append({"subject": subjects[0], "attribute": attr, "value": value, "unit": unit})
    return out


def _range(lo: float, hi: float | None, q: str | None = None):
    if hi is not None:
        return f"{V.clean_number(lo)}-{V.clean_number(hi)}"
    return V._qualify(V.clean_number(lo), q)


def _compared(s: str, end: int, mentions: list[Mention]) -> Mention | None:
    """The entity after "than", else the one object of a comparison verb earlier in the sentence."""
    than = _THAN.match(s, end)
    if than:
        return next((x for x in mentions if x.start == than.end()), None)
    if re.match(r"\s*(?:than|compared)\b", s[end:]):
        return None
    objects = [x for x in mentions if x.end <= end and _COMPARED_TO.search(s[max(0, x.start - 30):x.start])]
    return objects[0] if len(objects) == 1 else None


_ONE_SIZE = re.compile(rf"(?P<n>{V.NUM}|{V.WORDNUM})(?:\s*|-)(?P<m>billion|million|trillion|[BMT])\b", re.I)
# the counts a model is offered in: "8B and 70B sizes", "eight billion and 70 billion parameter variants",
# "in two sizes: one with 8 billion parameters, and one with 70 billion parameters"
_SIZE_NOUN = re.compile(r"\s*(?:-?\s*parameters?|\s+sizes?|\s+versions?|\s+variants?|\s+models?)\b", re.I)
_SIZES_CUE = re.compile(r"\b(?:sizes?|versions|variants|flavou?rs)\b", re.I)
_RANGE_CUE = re.compile(r"\b(?:from|between|ranging|range)\s+(?:\S+\s+){0,2}$", re.I)
_JOIN = re.compile(r"^\s*(?:parameters?\s*)?(?:,\s*|,?\s*(?:and|or)\s+)(?:one with\s+|a\s+)?$", re.I)
_MAG_LETTER = {"billion": "B", "million": "M", "trillion": "T", "b": "B", "m": "M", "t": "T"}


_SIZE_RANGE = re.compile(
    rf"\b(?:from|between)\s+(?P<lo>{V.NUM}|{V.WORDNUM})(?:\s*|-)(?P<lm>billion|million|trillion|[BMT])\b\s+(?:to|and)\s+"
    rf"(?P<q>{V.APPROX}\s+)?(?P<hi>{V.NUM}|{V.WORDNUM})(?:\s*|-)(?P<hm>billion|million|trillion|[BMT])\b\s*-?\s*parameters?\b", re.I)


def _size(num: str, mag: str) -> str | None:
    n = V.number(num)
    return f"{V.clean_number(n)}{_MAG_LETTER[mag.lower()]}" if n is not None else None


def size_range_claims(s: str, pick: Pick) -> list[dict]:
    """'available in versions ranging from eight billion to over 400 billion parameters': the span of a
    family's sizes, not one model's parameter count."""
    out = []
    for m in _SIZE_RANGE.finditer(s):
        if not _SIZES_CUE.search(s) and not re.search(r"\branging\b", s):
            continue
        lo, hi = _size(m.group("lo"), m.group("lm")), _size(m.group("hi"), m.group("hm"))
        subjects = pick(("model", "product"), m.start())
        if lo and hi and subjects:
            bound = V._qualify("", m.group("q"))
            out.append({"subject": subjects[0], "attribute": "size range", "value": f"{lo} to {bound}{hi}", "unit": "parameters",
                        "counts": [V.number(m.group("lo"), m.group("lm")), V.number(m.group("hi"), m.group("hm"))]})
    return out


def size_claims(s: str, pick: Pick) -> list[dict]:
    """One claim of the sizes a model comes in, when two or more sizes are coordinated: each size is a
    member's parameter count, not the model's."""
    found = list(_ONE_SIZE.finditer(s))
    groups: list[list[re.Match]] = []
    for m in found:
        if groups and _JOIN.match(s[groups[-1][-1].end():m.start()]):
            groups[-1].append(m)
        else:
            groups.append([m])
    out = []
    for g in groups:
        if len(g) < 2 or _RANGE_CUE.search(s[max(0, g[0].start() - 20):g[0].start()]):
            continue
        tail = s[g[-1].end():g[-1].end() + 30]
        if not _SIZE_NOUN.match(tail) or not (_SIZES_CUE.search(s) or re.match(r"\s*-?\s*parameter\b(?!s)", tail)
                                               or re.search(r"\bone with\b", s[g[0].start() - 12:g[-1].end()])):
            continue
        sizes = []
        for m in g:
            n = V.number(m.group("n"))
            if n is None:
                break
            sizes.append(f"{V.clean_number(n)}{_MAG_LETTER[m.group('m').lower()]}")
        if len(sizes) != len(g) or len(set(sizes)) < 2:
            continue
        subjects = pick(("model", "product"), g[0].start())
        if subjects:
            out.append({"subject": subjects[0], "attribute": "sizes", "value": ", ".join(sizes), "unit": "parameters",
                        "counts": [V.number(m.group("n"), m.group("m")) for m in g]})
    return out


_FURTHER = re.compile(rf"\b(?P<verb>invest\w*|commit\w*|pledg\w*|rais\w*|add\w*|inject\w*|put\w*)\s+(?:an?\s+)?"
                      rf"(?P<more>further|additional|another|extra)\s+(?P<money>[$€£]\s?{V.NUM}(?:\s*(?:{V.MAG}))?)", re.I)
_INITIAL = re.compile(rf"\b(?P<when>initially|originally|first)\s+(?P<verb>invested|committed|raised|put)\s+"
                      rf"(?P<money>[$€£]\s?{V.NUM}(?:\s*(?:{V.MAG}))?)", re.I)


def tranche_claims(s: str, pick: Pick) -> list[dict]:
    """'committed a further $2.75 billion': an additional investment (or funding); 'initially invested
    $1.25 billion': the first one. The total the sentence may give stays the vocabulary's."""
    out = []
    for rx, word in ((_FURTHER, "additional"), (_INITIAL, "initial")):
        for m in rx.finditer(s):
            money = next(iter(V.find_money(m.group("money"))), None)
            if money is None:
                continue
            kind = "funding" if m.group("verb").lower().startswith("rais") else "investment"
            subjects = pick(("lab", "org", "group"), m.start())
            if subjects:
                out.append({"subject": subjects[0], "attribute": f"{word} {kind}", "value": money[2], "unit": money[3],
                            "replaces": kind})
    return out


_MAKING_COST = re.compile(
    r"\b(?P<verb>trained|training|train|built|developed|develop|created)\b[^.;]{0,80}?"
    r"(?:\bat an? (?:(?P<est>estimated) |total |reported |combined )?cost of|\bfor|\bcosting)\s+(?=(?:(?:just|only|a mere)\s+)?"
    rf"(?:(?:{V.APPROX})\s+)?[$€£])", re.I)
# "$5.57M in training costs", "$6 million of training compute"
_COST_NOUN_AFTER = re.compile(r"\s+(?:in|of)\s+(?:total\s+)?(?P<kind>training|development)\s+(?:costs?|compute)\b", re.I)
# "possible to train a frontier-class model for less than $6 million": a kind of model, not one the page names
_GENERIC_MAKING = re.compile(r"\bto\s+$")
_INDEFINITE_AFTER = re.compile(r"\s+(?:an?|one)\s", re.I)


def making_cost_claims(s: str, pick: Pick) -> list[dict]:
    """'was trained … at a cost of under $6 million', 'built for just $5 million': what making a
    model cost, named by the verb (training or development cost)."""
    out = []
    for m in _MAKING_COST.finditer(s):
        if _GENERIC_MAKING.search(s, max(0, m.start() - 4), m.start()) and _INDEFINITE_AFTER.match(s, m.end("verb")):
            continue
        rest = re.sub(r"^(?:just|only|a mere)\s+", "", s[m.end():m.end() + 40], flags=re.I)
        money = next(iter(V.find_money(rest)), None)
        if money is None or money[0] != 0:
            continue
        kind = "training cost" if m.group("verb").lower().startswith("train") else "development cost"
        subjects = pick(("model", "product", "lab"), m.start())
        if subjects:
            out.append({"subject": subjects[0], "attribute": kind, "value": money[2], "unit": money[3],
                        "said_by": "estimate" if m.group("est") else None})
    for a, b, value, unit in V.find_money(s):
        after = _COST_NOUN_AFTER.match(s, b)
        if unit and after and not any(c["value"] == value for c in out):
            subjects = pick(("model", "product", "lab"), a)
            if subjects:
                out.append({"subject": subjects[0], "attribute": f"{after.group('kind').lower()} cost", "value": value, "unit": unit})
    return out


# "its worst single-day loss since March 2020", "its biggest decline since the start of the pandemic in March 2020"
_RECORD_SINCE = re.compile(
    r"\b(?:its|their|the)\s+(?P<what>(?:worst|best|biggest|largest|steepest|sharpest|deepest|lowest|highest|strongest|weakest)"
    r"(?:\s+[\w-]+){0,3}?)\s+since\s+(?:(?:the\s+)?(?:[\w-]+\s+){0,6}?(?:in|of)\s+)?"
    r"(?P<date>(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}|(?:19|20)\d{2})\b")


def record_since_claims(s: str, pick: Pick, opener: str | None = None, last: str | None = None) -> list[dict]:
    """'marking its worst single-day loss since March 2020': a record measured against the last time,
    a date; whose it is, the sentence's subject (`opener`, the name its main clause opens with), else
    the organisation named before, else what the sentence's figures were about (`last`)."""
    out = []
    for m in _RECORD_SINCE.finditer(s):
        date = next(iter(V.find_dates(m.group("date"))), None) or (0, 0, m.group("date"), None)
        subjects = [opener] if opener else pick(("lab", "org", "group"), m.start()) or ([last] if last else [])
        if subjects:
            out.append({"subject": subjects[0], "attribute": f"{m.group('what').lower()} since", "value": date[2], "unit": None})
    return out


# "can process a 10K-token research paper … in under three seconds", "responds in 320 milliseconds on average"
_TASK_TIME = re.compile(
    r"\b(?P<verb>process(?:es|ed)?|read(?:s)?|analy[sz]e[sd]?|transcribe[sd]?|summari[sz]e[sd]?|respond(?:s|ed)?|answer(?:s|ed)?|"
    r"generate[sd]?|translate[sd]?)\b(?P<obj>(?:\s+(?!in\b)[^\s,.;:]+){0,10}?)\s+in\s+(?=(?:(?:just|only)\s+)?"
    rf"(?:(?:{V.APPROX})\s+)?(?:{V.NUM}|{V.WORDNUM})\s*(?:-\s*)?(?:hours?|minutes?|seconds?|milliseconds?|ms)\b)", re.I)
_OBJ_TRIM = re.compile(r"\s+(?:with|including|containing|of|from)\b.*$", re.I)


def task_time_claims(s: str, pick: Pick) -> list[dict]:
    """How long a model takes for a task: its latency when it responds, or the time to process what the sentence
    names (kept as the qualifier, "a 10K-token research paper")."""
    out = []
    for m in _TASK_TIME.finditer(s):
        rest = re.sub(r"^(?:just|only)\s+", "", s[m.end():m.end() + 40], flags=re.I)
        dur = next(iter(V.find_durations(rest)), None)
        if dur is None or dur[0] != 0:
            continue
        respond = m.group("verb").lower().startswith(("respond", "answer"))
        obj = _OBJ_TRIM.sub("", m.group("obj")).strip()
        if not respond and not re.search(r"\d|\b(?:a|an|one|the)\b", obj):
            continue   # "processes data in 2 seconds": no measured task
        subjects = pick(("model", "product"), m.start())
        if subjects:
            out.append({"subject": subjects[0], "attribute": "latency" if respond else "processing time",
                        "value": dur[2], "unit": dur[3], "qualifier": None if respond else obj or None})
    return out


# "has committed to purchase $30 billion of Azure compute capacity", "pledged to spend $10 billion on data centres"
_COMMITMENT = re.compile(
    r"\b(?:commit(?:s|ted|ting)?|pledg(?:es|ed|ing)|agree(?:s|d|ing))\s+to\s+(?:purchase|buy|spend|invest|pay)\s+"
    rf"(?P<money>(?:(?:{V.APPROX})\s+)?[$€£]\s?{V.NUM}(?:\s*(?:{V.MAG}))?)\s+(?:of|in|on|for)\s+"
    # (not a sanction: "agreed to pay more than $4 billion in fines" is a payment, no commitment to buy)
    r"(?!(?:fines?|penalt(?:y|ies)|damages|settlements?|compensation|restitution|forfeiture|taxes|back taxes)\b)"
    r"(?P<thing>[\w-]+(?:['’]s)?(?:\s+(?!and\b|to\b|over\b|by\b|from\b|with\b)[\w-]+){0,3})", re.I)


# a termination fee's noun after its amount: "a $1 billion break-up fee", "10억 달러의 해지 수수료", "…, como taxa de rescisão"
FEE_AFTER = re.compile(r"\s*(?:(?:U\.?S\.?|US)\s+)?(?:(?:reverse\s+)?(?:break-?up|termination)\s+fee|indemnit[ée] de rupture|"
                       r"penalizaci[óo]n por ruptura|frais de rupture|의\s*(?:계약\s*)?(?:해지|위약)\s*(?:수수료|위약금|금)|の(?:契約)?解約金|の違約金|"
                       r"(?:[^.;,]{0,30},\s*)?(?:como|comme|come|as a|as)\s+(?:(?:uma|una|une|a)\s+)?"
                       r"(?:taxa de rescis[ãa]o|multa rescis[óo]ria|penale di (?:risoluzione|rescissione)|indemnit[ée] de rupture|"
                       r"termination fee|break-?up fee))", re.I)
# … and before it: "una penale di risoluzione di 1 miliardo", "a termination fee of $1.48 billion", "eine Vertragsstrafe von"
FEE_BEFORE = re.compile(r"(?<![\w-])(?:(?:reverse\s+)?(?:break-?up|termination)\s+fee|penale|penali|indemnit[ée] de rupture|"
                        r"frais de rupture|Vertragsstrafe|Ausstiegsgebühr|Trennungsgebühr|penalizaci[óo]n|multa rescisoria|"
                        r"taxa de rescis[ãa]o|multa de rescis[ãa]o|breakup-vergoeding)"
                        r"(?:\s+(?:di|de)\s+(?:risoluzione|rescissione|rescisión|rescisão|rupture)(?:\s+anticipata)?)?"
                        r"\s+(?:(?:of|di|de|d['’]|von|in Höhe von|van)\s*)?"
                        r"(?:(?:about|around|some|circa|rund|environ|cerca de)\s+)?(?:US\s?)?[$€£]?\s*$", re.I)
# who is paid, right after the verb of paying: not who pays ("will pay Splunk a termination fee", "pagherà alla
# piattaforma di design Figma una penale", "compensate Figma with …")
PAID_PARTY = re.compile(r"(?<![\w-])(?:pay|pays|paid|paying|owe|owes|owed|compensate|compensates|verser|versera|payer|paiera|"
                        r"pagar|pagará|pagare|pagherà|pagar[áa]|zahlen|zahlt)"
                        r"\s+(?:(?:à|a|al|alla|ao|an)\s+)?(?:the\s+|l['’]|la\s+|le\s+|die\s+)?(?:(?-i:[a-zà-ÿ][\w-]*)\s+){0,4}$", re.I)


def termination_fee_claims(s: str, names: list[Mention], pick: Pick) -> list[dict]:
    """'Adobe pagherà … una penale di risoluzione di 1 miliardo di dollari', 'a $1 billion breakup fee', 'terá de
    desembolsar US$ 1 bilhão à Figma, como taxa de rescisão': what a party owes if a deal fails, filed under who
    pays it: the first company of the amount's clause that is not the one paid, else the sentence's subject."""
    out = []
    for a, b, value, unit in V.find_money(s):
        end = _word_end(s, b)
        if not unit or not (FEE_AFTER.match(s, end) or FEE_BEFORE.search(s, max(0, a - 70), a)):
            continue
        clause = max(s.rfind(",", 0, a), s.rfind(";", 0, a)) + 1
        paid = {n.name for n in names if PAID_PARTY.search(s, max(0, n.start - 60), n.start)}
        payers = [n for n in names if clause <= n.start and n.end <= a and n.kind not in ("place", "person") and n.name not in paid]
        subjects = [payers[0].name] if payers else [x for x in pick(("lab", "org", "group"), a, tuple(paid))]
        if subjects:
            out.append({"subject": subjects[0], "attribute": "termination fee", "value": value, "unit": unit})
    return out


# the span an offering's price is set in: "the price range of $47 to $51", "Zeichnungsspanne von 76,50 bis 82,50 Euro"
_RANGE_NOUN = re.compile(r"(?<![\w-])(?:(?:price|marketed|indicative|offering|IPO)\s+range|range|price band|Preisspanne|Zeichnungsspanne|"
                         r"Bookbuilding-Spanne|Angebotsspanne|Spanne|fourchette(?:\s+(?:de\s+prix|indicative))?|rango(?:\s+de\s+precios?)?|"
                         r"horquilla|faixa(?:\s+de\s+preços?)?|intervalo(?:\s+de\s+preços?)?|forchetta(?:\s+di\s+prezzo)?|prijsvork)"
                         r"\s+(?:(?:of|von|de|di|van|da|entre|zwischen|between|from)\s+){0,2}(?:(?:US\s?)?[$€£]\s?)?$", re.I)
# … and the words of an offering of shares that make a page an IPO's, going public in words among them ("an die Börse
# bringen", "entrée en Bourse", "go public", "überzeichnet")
_OFFERING = re.compile(r"(?<![\w-])(?:IPO|initial public offering|offering|offer price|listing|flotation|Börsengang|Börsendebüt|"
                       r"Ausgabepreis|Ausgabekurs|Emissionspreis|Zeichnung\w*|zeichnen|Bookbuilding(?:-Spanne)?|salida a bolsa|OPV|OPI|"
                       r"introduction en bourse|prix d['’]introduction|offerta pubblica|prezzo di collocamento|oferta pública|preço de oferta|"
                       r"beursgang|beursnotering|an die Börse (?:zu )?(?:bringen|gehen|geht|ging)|introduite? en bourse|"
                       r"entrée (?:à|en) (?:la )?bourse|salir a bolsa|sale a bolsa|go(?:es|ing)? public|went public|(?:stock )?market debut|"
                       r"(?:über|over)zeichnet|oversubscribed|sursouscrite?s?|sobresuscrit[ao]s?|quotazione in borsa)(?![\w-])", re.I)


# the verbs that set an offering's price: "Am Ende wurde der Preis bei 82,50 Euro pro Aktie festgelegt", "Introduit en Bourse
# … à 82,50 euros par action"
_PRICE_SET = re.compile(r"(?<![\w-])(?:festgelegt|festgesetzt|fixé|fixée|fixés|fixed|set at|priced (?:its|the) (?:shares|IPO|offering)|"
                        r"priced at|fijado|fijada|fijó|fissato|fissata|fixado|fixada|vastgesteld|introduit en bourse|introduite en bourse|"
                        r"introduced on the stock exchange)(?![\w-])", re.I)


_EXCHANGE = re.compile(r"(?:(?:the|la|le|die|der|el|il|de)\s+)?(?:Bourse|Börse|Bolsa|Borsa|Beurs|Nasdaq|NYSE|Wall Street|"
                       r"(?:\w+\s+)?Stock Exchange|Frankfurter Wertpapierbörse)\b", re.I)


def ipo_price_claims(s: str, pick: Pick, fallback: str | None = None, offering: bool = False) -> list[dict]:
    """'Am Ende wurde der Preis bei 82,50 Euro pro Aktie festgelegt', 'Introduit en Bourse en haut de fourchette, à
    82,50 euros par action': a price per share an offering set, on a page about the offering (`offering`: a sentence
    so far spoke of one, see `speaks_of_offering`) with a verb of setting the price, is the `IPO price`."""
    if not _PRICE_SET.search(s) or not (offering or speaks_of_offering(s)):
        return []
    out = []
    for a, b, value, unit in V.find_money(s):
        end = _word_end(s, b)
        if not unit or not isinstance(value, (int, float)) or not _PER_SHARE.match(s, end):
            continue
        # (an exchange is where the shares list, never whose they are: "Introduit en Bourse …")
        subjects = [x for x in pick(("lab", "org", "group"), a) if not _EXCHANGE.match(x)] or ([fallback] if fallback else [])
        if subjects:
            out.append({"subject": subjects[0], "attribute": "IPO price", "value": value, "unit": unit})
    return out


def speaks_of_offering(s: str) -> bool:
    """The sentence speaks of an offering of shares: "Porsche an die Börse zu bringen", "oversubscribed", "IPO"."""
    return bool(_OFFERING.search(s))


def price_range_claims(s: str, pick: Pick, fallback: str | None = None, offering: bool = False) -> list[dict]:
    """'Arm priced its shares at the top of the range of $47 to $51', 'am oberen Rand der Zeichnungsspanne von
    76,50 bis 82,50 Euro': the span an IPO's price was marketed in, an `IPO price range` "47-51", only on a page
    about an offering of shares (`offering`: a sentence so far spoke of one, "… Ausgabepreis von 51 Dollar. Er lag
    damit am oberen Ende der Preisspanne von 47 bis 51 Dollar.") or in a sentence that does; filed under the company the sentence names, else `fallback` (the
    subject the sentence's reading or the page gives)."""
    out = []
    for a, b, value, unit in V.find_money(s):
        if not unit or not isinstance(value, str) or not re.fullmatch(r"[\d.]+-[\d.]+", value) \
                or float(value.split("-")[1]) >= 100000:
            continue   # (a price of one share: "a valuation range of $60 billion to $70 billion" is the company's worth)
        if _RANGE_NOUN.search(s, max(0, a - 60), a) and (offering or speaks_of_offering(s)):
            subjects = pick(("lab", "org", "group"), a) or ([fallback] if fallback else [])
            if subjects:
                out.append({"subject": subjects[0], "attribute": "IPO price range", "value": value, "unit": unit})
    return out


def _word_end(s: str, b: int) -> int:
    """Where the word an amount's match ends in ends: past the rest of a currency's word ("20 miliardi di dollar|i")."""
    return b + len(re.match(r"\w*", s[b:]).group())


def commitment_claims(s: str, pick: Pick) -> list[dict]:
    """A money commitment named by what it buys ('Azure compute capacity commitment')."""
    out = []
    for m in _COMMITMENT.finditer(s):
        money = next(iter(V.find_money(m.group("money"))), None)
        subjects = pick(("lab", "org", "group"), m.start())
        if money and subjects:
            thing = re.sub(r"^(?:the|its|their)\s+", "", m.group("thing"), flags=re.I)
            out.append({"subject": subjects[0], "attribute": f"{thing} commitment", "value": money[2], "unit": money[3]})
    return out


# a verb of outdoing before the purchase named: what it outdid is compared, its price is the new deal's
_SURPASSED = re.compile(r"(?<![\w-])(?:surpass\w*|exceed\w*|overtak\w*|overtook|eclips\w*|outstrip\w*|dwarf\w*|top(?:s|ped|ping)|"
                        r"dépass\w*|supera\w*|superó|überholt\w*|übertr[ia]f\w*|übertroffen|ultrapass\w*)\s+(?:[\w'’-]+\s+){0,3}$", re.I)


def acquisition_claims(s: str, names: list[Mention], k, spoken_of: str | None = None, company_noun: re.Pattern | None = None) -> list[dict]:
    """'AMD buys Silo AI for $665 million', 'MosaicML was acquired by Databricks for about $1.3 billion',
    'le rachat de Silo AI par AMD pour 665 millions de dollars': the price of the company bought, filed
    under that company with the buyer as qualifier. Verbs and prepositions are in attributes.yml
    `open_terms.acquisition` (every language at once)."""
    rx = _acquisition_rx(k)
    if rx is None:
        return []
    out = []
    verb_rx, negation = _verb_rx(k), negation_rx(k)
    for m in rx.finditer(s):
        # the verb nearest the price: "unable to acquire Cursor, had instead purchased Windsurf … for $3 billion"
        verbs = list(verb_rx.finditer(s, m.start("verb"), m.start("money")))
        verb = verbs[-1] if verbs else None
        v0, v1 = (verb.start(), verb.end()) if verb else (m.start("verb"), m.end("verb"))
        passive = bool(verb.group("passive")) if verb else bool(m.group("passive"))
        if negation.search(s[max(0, v0 - 30):v0]):
            continue   # "failed to acquire", "not buying": no purchase
        if _SURPASSED.search(s, max(0, v0 - 40), v0):
            continue   # "surpassing the purchases of LinkedIn in 2016 and Bethesda in 2021, for the sum of $68.7 billion": the ones outdone
        money = next(iter(V.find_money(s[m.start("money"):m.end("money") + 40])), None)
        if money is None or money[0] > m.end("money") - m.start("money"):
            continue   # the amount the preposition leads, after its bound words ("por generosos 1,3 bilhões")
        after = [n for n in names if n.start >= v1 and n.end <= m.start("money")]
        # a name after a preposition is no buyer ("la empresa liderada por Jensen Huang anunció la compra de …")
        # nor is a place ("o último negócio da Nvidia em Israel foi a aquisição da Mellanox")
        before = [n for n in names if n.end <= v0 and n.kind != "place"
                  and not re.search(r"\b(?:by|of|por|de|del|par|von|da|di|with|con|avec|mit|in|em|en|im|at|au|nel|na|no|dans)\s+$",
                                    s[max(0, n.start - 8):n.start])]
        if passive:   # "B was acquired by A for $X"
            target, buyer = (before[-1] if before else None), (after[0] if after else None)
            if target is None and spoken_of and company_noun is not None and company_noun.search(s, max(0, s.rfind(".", 0, v0) + 1), v0) \
                    and (buyer is None or buyer.name != spoken_of):
                # "De Amerikaanse olieproducent wordt overgenomen door … ExxonMobil voor …": the company spoken of
                target = Mention(0, 0, spoken_of, "lab")
        else:                    # "A buys B for $X", "the acquisition of B by A for $X"
            # "OpenAI, unable to acquire Cursor, had instead purchased Windsurf": the name before the aside buys
            head = next((n for n in before if re.fullmatch(r"(?:\s*(?:Inc|Corp|Ltd|AG|SA|Co|PLC)\.?)?,[^,]{1,140},\s*(?:[\w-]+\s+){0,3}",
                                                            s[n.end:v0])), None)
            target, buyer = (after[0] if after else None), head or (before[-1] if before else None)
            by = next((n for n in after[1:] if re.search(r"\b(?:by|par|por|von|da)\s+(?:\w+\s+){0,2}$", s[:n.start])), None)
            if by is not None:
                buyer = by
        if target is None or (buyer is not None and buyer.name == target.name):
            continue
        # "for $63.50 per share in cash": the price of one share, not of the company
        per_share = _PER_SHARE.match(s, m.start("money") + money[1])
        out.append({"subject": target.name, "attribute": "deal price per share" if per_share else "deal price",
                    "value": money[2], "unit": money[3], "qualifier": f"by {buyer.name}" if buyer is not None else None})
        # "for $28 billion, or $157 per share": the same price restated for one share
        restated = _OR_AFTER.match(s, m.start("money") + money[1]) if not per_share else None
        again = next(iter(V.find_money(s[restated.end():restated.end() + 40])), None) if restated else None
        if again is not None and again[0] == 0 and _PER_SHARE.match(s, restated.end() + again[1]) and again[3] == money[3]:
            out.append({**out[-1], "attribute": "deal price per share", "value": again[2]})
    return _dated(s, k, out or _priced_acquisition(s, names, k) or _paid_for(s, names, k) or _verb_last_acquisition(s, names, k)
                  or _cjk_acquisition(s, names))


_YEAR_AFTER = re.compile(r"[^.;,]{0,25}?(?<![\w-])(?:in|en|em|im|nel|dans)\s+((?:19|20)\d\d)(?!\d|[.,]\d)", re.I)


@lru_cache(maxsize=8)
def _earlier_rx(k):
    words = k.grammar.get("earlier_markers") or ()
    alt = "|".join(re.escape(str(w)) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])", re.I) if alt else None


def _dated(s: str, k, claims: list[dict]) -> list[dict]:
    """A purchase the sentence marks as an earlier one ("qui a déjà racheté Scientific Atlanta pour 7 milliards de dollars
    en 2005", "Prior to Splunk, Cisco's most substantial acquisition was … Scientific Atlanta in 2006") keeps the year
    written after its price or the company bought: a past deal, not the page's (whose year would split its scope)."""
    earlier = _earlier_rx(k)
    if earlier is None or not claims or not earlier.search(s):
        return claims
    hits = list(V.find_money(s))
    for c in claims:
        hit = next((h for h in hits if h[2] == c["value"] and h[3] == c["unit"]), None)
        if hit is None:
            continue
        end = _word_end(s, hit[1])
        year = _YEAR_AFTER.match(s, end) or re.search(
            rf"(?<![\w-]){re.escape(c['subject'])}\s+(?:in|en|em|im|nel|dans)\s+((?:19|20)\d\d)(?!\d|[.,]\d)", s)
        if year:
            c["qualifier"] = f"{c['qualifier']}, {year.group(1)}" if c.get("qualifier") else year.group(1)
    return claims


def _paid_for(s: str, names: list[Mention], k) -> list[dict]:
    """'Google zahlt 32 Milliarden Dollar für Wiz', 'Google paid $5.4 billion for Mandiant': what a company paid
    for another company, the one named right after the preposition (not "for Mandiant's stake", not a product)."""
    verb = _paid_rx(k)
    if verb is None:
        return []
    out = []
    for a, b, value, unit in V.find_money(s):
        target = next((n for n in names if n.start > b and n.kind in ("lab", "org", "group")
                       and _FOR_NAME.fullmatch(s[b:n.start]) and not re.match(r"['’]", s[n.end:n.end + 1])), None)
        if target is None or not unit:
            continue
        clause = max(s.rfind(",", 0, a), s.rfind(";", 0, a)) + 1
        paid = list(verb.finditer(s, clause, a))
        if not paid or len(s[paid[-1].end():a].split()) > 4:
            continue
        buyer = next((n for n in reversed(names) if clause <= n.start and n.end <= paid[-1].start() and n.kind in ("lab", "org", "group")
                      and n.name != target.name), None)
        if buyer is None:
            continue
        out.append({"subject": target.name, "attribute": "deal price", "value": value, "unit": unit,
                    "qualifier": f"by {buyer.name}"})
    return out


@lru_cache(maxsize=64)
def _acquisition_words(k, key: str) -> str | None:
    """One list of `open_terms.acquisition` as a regular-expression alternation, longest first."""
    words = ((k.terms or {}).get("acquisition") or {}).get(key) or ()
    return "|".join(re.escape(str(w)) for w in sorted(words, key=len, reverse=True)) or None


@lru_cache(maxsize=8)
def _paid_rx(k):
    alt = _acquisition_words(k, "paid_for")
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])", re.I) if alt else None


_FOR_NAME = re.compile(r"\s+(?:for|für|pour|por|per|voor|pelo|pela)\s+(?:(?:the|die|den|das|la|le|l['’]|el|il|lo|o|a|de|het)\s+)?"
                       r"(?:(?-i:[a-zà-ÿ][\w-]*)\s+){0,3}")


def speaks_of_premium(s: str, k) -> bool:
    """A premium word stands in the sentence ("un premio del 31,5% rispetto alla chiusura …")."""
    rx = _premium_rx(k)
    return rx is not None and rx["word"].search(s) is not None


def premium_claims(s: str, percents: list[tuple], names: list[Mention], k, fallback: str | None = None) -> list[dict]:
    """'a 31% premium to Splunk's closing price', 'una prima del 31%', 'ein Aufschlag von 31 Prozent': what a
    buyer pays above the shares' price, filed under the name nearest it for now (page_scope.deal_of_page
    files it under the company bought, or drops it where the page states no purchase)."""
    rx = _premium_rx(k)
    out = []
    for a, b, value, unit in percents if rx is not None else ():
        if unit != "percent":
            continue
        before = rx["before"].search(s[max(0, a - 60):a])
        if not (rx["after"].match(s, b) or before):
            continue
        # (the name before it in the sentence, as the grounder reads a figure's owner; else the one after it)
        named = [n for n in names if n.kind != "place"]
        near = next((n for n in reversed(named) if n.end <= a), None) or next((n for n in named if n.start >= b), None)
        if near is not None:
            out.append({"subject": near.name, "attribute": "acquisition premium", "value": value, "unit": unit})
        elif fallback and not named:
            # "Il prezzo incorpora un premio del 31,5% …": no name, the page's company for now (kept only when the
            # page states a purchase it is a party of)
            out.append({"subject": fallback, "attribute": "acquisition premium", "value": value, "unit": unit})
    return out


@lru_cache(maxsize=8)
def _premium_rx(k):
    alt = _acquisition_words(k, "premium")
    if alt is None:
        return None
    return {"word": re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])", re.I),
            "after": re.compile(rf"\s+(?:{alt})(?![\w-])", re.I),
            "before": re.compile(rf"(?<![\w-])(?:{alt})\s+(?:of|de|del|des|du|von|di|van|da|do)\s+"
                                 r"(?:(?:about|around|roughly|approximately|nearly|almost|some|more than|over|rund|etwa|fast|"
                                 r"environ|près de|cerca de|alrededor del?|circa|quasi|ongeveer|bijna)\s+)?$", re.I)}


def deal_amount_claims(s: str, k, pick: Pick, names: list[Mention] = (), topic: str | None = None) -> list[dict]:
    """'The $69 billion deal …', 'Der 28 Milliarden Dollar (rund 26 Mrd. Euro) schwere Deal …': an amount written
    before a purchase noun that opens the sentence is what the purchase is worth; so is an amount after the noun
    ("l'acquisizione di Figma del valore di 20 miliardi", "an all-cash deal worth $28 billion", "una compra de 61 000
    millones"), where the noun names a purchase itself (`grounding.purchase_nouns`) or the sentence states one.
    Filed under the company bought where the page has stated the purchase (page_scope.deal_of_page); a sentence
    that opens on the amount and names no company speaks of the page's deal, and so of its `topic` until then."""
    rx = _deal_noun_rx(k)
    worth = _deal_worth_rx(k)
    out = []
    states_purchase = None
    for a, b, value, unit in V.find_money(s) if rx is not None else ():
        if not unit:
            continue
        aside = _ASIDE_AFTER.match(s, b)   # "(rund 26 Mrd. Euro)": the same sum in another currency
        # (only the noun phrase a sentence opens with: "since the $34 billion acquisition in 2019" is another deal)
        before = rx.match(s, aside.end() if aside else b) and _OPENING_DETERMINER.fullmatch(s[:a])
        after = worth is not None and worth.search(s, max(0, a - 120), a)
        if after and not after.group("purchase"):
            if states_purchase is None:
                states_purchase = bool(acquisition_parties(s, list(names), k))
            after = after if states_purchase else None
        if before or after:
            # "adquisición de US$ 69.000 millones de VMware": the company bought named after the amount
            end = _word_end(s, b)
            bought = next((n for n in names if n.start >= end and n.kind not in ("place", "person")
                           and _OF_NAME.fullmatch(s, end, n.start)), None) if after else None
            subjects = [bought.name] if bought else pick(("lab", "org", "group"), a) or ([topic] if before and topic else [])
            out.append({"subject": subjects[0] if subjects else None, "attribute": "deal value", "value": value, "unit": unit})
    return [c for c in out if c["subject"]]


_OF_NAME = re.compile(r"\s+(?:of|de|di|della|del|dello|da|do|du|des)\s+(?:(?:the|la|le|el|il|lo|o|a)\s+)?"
                      r"(?:(?-i:[a-zà-ÿ][\w-]*)\s+){0,2}|\s+d['’]", re.I)


_ASIDE_AFTER = re.compile(r"\s*\([^()]{1,40}\)")


@lru_cache(maxsize=8)
def _deal_worth_rx(k):
    """A purchase noun, then at most two lower-case words, the company it buys, "deal" or a relative clause's
    copula, then a verb of worth or a bare preposition, and the amount's bound and currency."""
    g = k.grounding or {}
    alt = lambda ws: "|".join(re.escape(str(w)) for w in sorted(ws, key=len, reverse=True))
    purchase, deal, valued = g.get("purchase_nouns") or (), g.get("deal_nouns") or (), g.get("valued_at") or ()
    if not purchase or not valued:
        return None
    approx = alt([*(k.grammar.get("approx") or ()), *(k.grammar.get("more_than") or ()), "about", "around", "roughly",
                  "approximately", "nearly", "some", "more than", "over", "almost"])
    return re.compile(
        rf"(?<![\w-])(?:(?P<purchase>{alt(purchase)})|{alt(deal)})(?![\w-])"
        r"(?:\s+(?-i:[a-zà-ÿ][\w-]*)){0,2}?"
        r"(?:\s+(?:of|de|di|du|des|von|van|da|do|della|del|dello)\s+(?:(?-i:[A-Z][\w.&'’-]*)(?:\s+(?-i:[A-Z][\w.&'’-]*)){0,2})"
        r"|\s+d['’](?-i:[A-Z][\w.&'’-]*))?"
        r"(?:\s+deal)?"
        r"(?:,?\s+(?:which|that|que|che|qui|die|der|das|dat)\s+(?:is|was|será|sería|è|est|ist|war|era|foi|seria|sarebbe))?,?"
        rf"\s+(?:worth|{alt(valued)}|(?<=\w\s)(?:of|de|di|da|von|van))"
        rf"\s+(?:(?:{approx})\s+)?(?:US\s?|R)?[$€£]?\s*$", re.I)


_OPENING_DETERMINER = re.compile(r"\W*(?:(?:the|this|that|der|die|das|dieser|le|la|ce|cet|el|este|esta|il|lo|questo|o|a|este|de|het|deze)\s+)?", re.I)


@lru_cache(maxsize=8)
def _deal_noun_rx(k):
    nouns = (k.grounding or {}).get("deal_nouns") or ()
    if not nouns:
        return None
    alt = "|".join(re.escape(str(w)) for w in sorted(nouns, key=len, reverse=True))
    # (German puts an adjective of weight or cost between: "schwere", "teure")
    return re.compile(rf"(?:\s|-)(?:(?:schwere[nr]?|teure[nr]?|cash|all-cash|cash-and-stock|stock)\s+)?(?:{alt})(?![\w-])", re.I)


_OTHER_VERB = re.compile(r"(?<![\w-])(?:was|were|is|are|has|have|had|been|being|wurde|wurden|fue|fueron|a été|ont été|è stato|è stata|foi|foram|werd)(?![\w-])", re.I)


def acquisition_parties(s: str, names: list[Mention], k) -> list[tuple[str, str | None]]:
    """(company bought, buyer or None) for each purchase the sentence states, priced or not: "Broadcom
    Inc. completed its takeover of software maker VMware Inc.", "Kauf von VMware durch Broadcom". The
    company bought is the first name after the verb, past at most three lower-case words; the buyer the
    name before the verb in its clause, or the one after "by" ("durch", "door", "par", "por")."""
    rx = _party_rx(k)
    ranked = _superlative_rx(k)
    out = []
    for m in rx.finditer(s) if rx is not None else ():
        if ranked is not None and ranked.search(s, max(0, m.start() - 30), m.start()):
            continue   # "In der größten Übernahme der Firmengeschichte": where the purchase ranks, not whom it buys
        after = next((n for n in names if n.start >= m.end() and n.kind != "place"), None)
        nxt = next((n for n in names if after is not None and n.start > after.end), None)
        lead = m.end()
        if after is not None and " " not in after.name and nxt is not None and re.fullmatch(r"\s*", s[m.end():after.start]) \
                and re.fullmatch(r"\s+(?:(?-i:[a-z][\w'’-]*)\s+){1,4}", s[after.end:nxt.start]) \
                and not any(w in grammar(k).stop or w in ("and", "or", "its", "their", "the", "a", "an", "of", "with")
                            for w in s[after.end:nxt.start].split()):
            # "agreed to buy Dutch logistics-software maker Kempering Data NV": a people's word, then the company
            lead, after = after.end, nxt
        # ("le rachat de l'éditeur de logiciels de cybersécurité Citadix": what the company is, in up to six words)
        if after is None or not re.fullmatch(r"\s*(?:(?:the|its|le|la|les|el|los|der|die|das|den|de|het|il|lo|o|a)\s+|l['’])?"
                                             r"(?:(?-i:[a-zà-ÿ][\w'’-]*)\s+){0,6}", s[lead:after.start], re.I):
            continue
        clause = max(s.rfind(",", 0, m.start()), s.rfind(";", 0, m.start())) + 1
        # (a place's name that owns the purchase is a company's: "Palo Alto's $25 billion acquisition of CyberArk")
        owns = lambda n: bool(re.match(r"['’]s?\s", s[n.end:n.end + 3]))   # "… of Palo Alto's acquisition of": its buyer
        before = [n for n in names if clause <= n.start and n.end <= m.start() and n.name != after.name
                  and (n.kind != "place" or owns(n))
                  and (owns(n) or not re.search(r"\b(?:by|of|por|de|del|par|von|da|di|with|con|avec|mit|in|em|en|im|at|au|van|met)\s+$",
                                                s[max(0, n.start - 8):n.start]))]
        # (not the agent of another verb: "AMD's acquisition of ZT Systems was reported today by Bloomberg")
        by_name = next((n for n in names if n.start > after.end and n.start - after.end <= 60 and n.kind != "place"
                        and re.search(r"\b(?:by|durch|door|par|por|da|pela|pelo)\s+(?:(?-i:[a-zà-ÿ][\w-]*)\s+){0,3}$", s[after.end:n.start])
                        and not _OTHER_VERB.search(s, after.end, n.start)), None)
        if m.group("passive"):   # "VMware was acquired by Broadcom"
            target = before[-1].name if before else None
            buyer = after.name
        else:
            target, buyer = after.name, (by_name.name if by_name else before[-1].name if before else None)
        if target and target != buyer:
            out.append((target, buyer))
    return out or _verb_last_parties(s, names, k)


@lru_cache(maxsize=8)
def _verb_last_alone_rx(k):
    verbs = ((k.terms or {}).get("acquisition") or {}).get("verbs_last") or ()
    alt = "|".join(re.escape(str(w)) for w in sorted(verbs, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alt})(?=\s*(?:[.;,!?]|$))", re.I) if alt else None


def _verb_last_parties(s: str, names: list[Mention], k) -> list[tuple[str, str | None]]:
    """'will der Netzwerkausrüster Cisco die Cybersicherheitsfirma Splunk schlucken': a purchase whose verb
    stands last, as German and Dutch put it; the company bought is the last name before the verb, the buyer
    the name before that one, in the same clause."""
    rx = _verb_last_alone_rx(k)
    out = []
    for m in rx.finditer(s) if rx is not None else ():
        clause_start = max(s.rfind(",", 0, m.start()), s.rfind(";", 0, m.start()), s.rfind(". ", 0, m.start())) + 1
        before = [n for n in names if clause_start <= n.start and n.end <= m.start() and n.kind not in ("place", "person")
                  and not re.search(r"\b(?:von|vom|mit|bei|für|aus|nach|zu|zum|zur|an|in|im|van|met|bij|voor)\s+(?:\w+\s+)?$",
                                    s[max(0, n.start - 16):n.start], re.I)]
        if len(before) >= 2 and before[-1].name != before[-2].name:
            out.append((before[-1].name, before[-2].name))
    return out


@lru_cache(maxsize=8)
def _superlative_rx(k):
    words = k.grammar.get("superlatives") or ()
    alt = "|".join(re.escape(str(w)) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alt})\s+(?:[\w-]+\s+)?$", re.I) if alt else None


@lru_cache(maxsize=8)
def _party_rx(k):
    terms = (k.terms or {}).get("acquisition") or {}
    active = [*(terms.get("verbs") or ()), *(terms.get("nouns") or ())]
    passive = terms.get("passive") or ()
    if not active and not passive:
        return None
    alt = lambda ws: "|".join(re.escape(str(w)) for w in sorted(ws, key=len, reverse=True)) or "(?!x)x"
    return re.compile(rf"(?<![\w-])(?:(?P<passive>{alt(p for p in passive if not str(p).endswith(' von'))})|{alt(active)})(?![\w-])", re.I)


_OR_AFTER = re.compile(r",?\s+(?:or|ou|o|oder|soit|ovvero|cioè|es decir|ou seja)\s+", re.I)
_PER_SHARE = re.compile(r"\s*(?:per|a|each|por|par|je|pro|per ogni)\s+(?:share|acción|action|Aktie|azione|ação)\b", re.I)


@lru_cache(maxsize=8)
def _verb_last_rx(k):
    terms = (k.terms or {}).get("acquisition") or {}
    verbs, preps = terms.get("verbs_last") or (), terms.get("for") or ()
    if not verbs or not preps:
        return None
    alt = lambda ws: "|".join(re.escape(str(w)) for w in sorted(ws, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alt(preps)})\s+(?P<money>(?:US\s?)?[$€£]?\s?\d[\d.,]*[^.;:,!?\d]{{0,40}}?)\s+(?:(?-i:[a-zäöüß]+)\s+){{0,2}}?"
                      rf"(?P<verb>{alt(verbs)})(?![\w-])", re.I)


def _verb_last_acquisition(s: str, names: list[Mention], k) -> list[dict]:
    """'will die Novo Holdings den Hersteller Catalent für 11,5 Milliarden Dollar schlucken': the price
    before a verb that stands last; the company bought is the last name before the price, the buyer
    the name before it, in the same clause."""
    rx = _verb_last_rx(k)
    out = []
    for m in rx.finditer(s) if rx is not None else ():
        money = next(iter(V.find_money(m.group("money"))), None)
        if money is None or money[0] != 0 or not money[3]:
            continue
        clause_start = max(s.rfind(",", 0, m.start()), s.rfind(";", 0, m.start()), s.rfind(". ", 0, m.start())) + 1
        before = [n for n in names if clause_start <= n.start and n.end <= m.start() and n.kind != "place"
                  and not re.search(r"\b(?:von|vom|mit|bei|für|aus|nach|zu|zum|zur|an|in|im|van|met|bij|voor)\s+(?:\w+\s+)?$",
                                    s[max(0, n.start - 16):n.start], re.I)]
        if len(before) < 2 or before[-1].name == before[-2].name:
            continue   # (the buyer and the company bought must both be named)
        target, buyer = before[-1], before[-2]
        out.append({"subject": target.name, "attribute": "deal price", "value": money[2], "unit": money[3],
                    "qualifier": f"by {buyer.name}"})
    return out


# words that make what follows a part of a company or a party to it, not the company bought
_PART_OF = (r"(?:a|an|stakes?|shares?|holdings?|interests?|parts?|assets?|units?|divisions?|business(?:es)?|operations|"
            r"majority|minority|control|of|in|from|with|by|for|and|or|to)\b")


@lru_cache(maxsize=8)
def _priced_acquisition_rx(k) -> tuple[re.Pattern, re.Pattern | None] | None:
    """The patterns of `_priced_acquisition`, built once per vocabulary (None: no priced nouns)."""
    nouns = ((k.terms or {}).get("acquisition") or {}).get("priced_nouns") or ()
    if not nouns:
        return None
    # the company bought may follow a short description of it ("to acquire cloud security firm Wiz"), never a part
    # of it ("acquisition of a stake in Wiz", "of assets from Wiz")
    rx = re.compile(r"\s+(?:[a-z][\w-]*\s+)?(?:" + "|".join(re.escape(str(w)) for w in sorted(nouns, key=len, reverse=True))
                    + r")\s+(?:the\s+)?(?:(?!" + _PART_OF + r")(?-i:[a-z][\w-]*)\s+){0,4}?$", re.I)
    verbs = _acquisition_words(k, "agreeing")
    agreed = re.compile(r"\s+(?:(?:has|have|had|on\s+\w+day|\w+ly)\s+)?(?:" + verbs + r")\s+(?:(?:signing|striking|reaching|to)\s+)?"
                        r"(?:an?|the|its)\s+(?:US\s?)?", re.I) if verbs else None
    return rx, agreed


def _priced_acquisition(s: str, names: list[Mention], k) -> list[dict]:
    """'Palo Alto's $25 billion acquisition of CyberArk': the amount before the noun, the company bought
    right after it, the buyer the possessor before the amount (or none)."""
    rxs = _priced_acquisition_rx(k)
    if rxs is None:
        return []
    rx, agreed = rxs
    out = []
    for a, b, value, unit in V.find_money(s):
        target = next((n for n in names if n.start > b and rx.match(s[b:n.start])), None)
        if target is None or not unit:
            continue
        owner = re.search(r"([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s?\s+(?:(?:proposed|planned|pending|agreed|announced)\s+)?$", s[max(0, a - 60):a])
        buyer = next((n for n in names if owner and n.name == owner.group(1)), None)
        if buyer is None and agreed is not None:
            # "Alphabet announced signing a $32 billion deal to acquire …": the subject of the verb of agreeing
            buyer = next((n for n in reversed(names) if n.end <= a and agreed.fullmatch(s[n.end:a])), None)
        if buyer is not None and buyer.name == target.name:
            continue
        out.append({"subject": target.name, "attribute": "deal price", "value": value, "unit": unit,
                    "qualifier": f"by {buyer.name}" if buyer is not None else None})
    return out


# Japanese and Korean put the price before the verb, the company bought before を/을/를 and the buyer
# before は/가/이: "A は B の全株式を総額65億ドルで取得", "A가 B를 65억달러에 인수"; Chinese leads the price with 以:
# "A 以 65 亿美元收购 B"
_CJK_BUY = re.compile(r"(?:で|に|에)\s?(?:取得|買収|買い取|인수|사들)|(?:收购|收購|并购|併購)")
_CJK_OBJECT = re.compile(r"(?:を|을|를)")
_CJK_TOPIC = re.compile(r"^[\u30a0-\u30ff\u4e00-\u9fff]{0,6}(?:[(（][^)）]{1,20}[)）])?\s?(?:は|が|가|이|은|는)")


def _cjk_acquisition(s: str, names: list[Mention]) -> list[dict]:
    out = []
    for verb in _CJK_BUY.finditer(s):
        zh = verb.group().startswith(("收", "并", "併"))
        money = next((x for x in V.find_money(s[max(0, verb.start() - 30):verb.start()])
                      if re.fullmatch(r"\s?", s[max(0, verb.start() - 30) + x[1]:verb.start()])), None)
        if money is None:
            continue
        at = max(0, verb.start() - 30) + money[0]
        if zh:
            if not re.search(r"(?:以|斥资|斥資)\s?$", s[max(0, at - 4):at]):
                continue
            target = next((n for n in names if n.start >= verb.end() and n.start - verb.end() <= 12), None)
            buyer = next((n for n in reversed(names) if n.end <= at - 1), None)
        else:
            target = next((n for n in reversed(names) if n.end <= at and _CJK_OBJECT.search(s, n.end, at)
                           and at - n.end <= 30), None)
            buyer = next((n for n in reversed(names) if target is not None and n.end <= target.start
                          and _CJK_TOPIC.match(s[n.end:n.end + 24])), None)
        if target is None or (buyer is not None and buyer.name == target.name):
            continue
        out.append({"subject": target.name, "attribute": "deal price", "value": money[2], "unit": money[3],
                    "qualifier": f"by {buyer.name}" if buyer is not None else None})
    return out


@lru_cache(maxsize=8)
def _verb_rx(k):
    terms = (k.terms or {}).get("acquisition") or {}
    alt = lambda ws: "|".join(re.escape(str(w)) for w in sorted(ws, key=len, reverse=True)) or "(?!x)x"
    return re.compile(rf"(?<![\w-])(?:(?P<passive>{alt(terms.get('passive') or ())})|{alt(terms.get('verbs') or ())})(?:(?<=['’])|(?![\w-]))", re.I)


@lru_cache(maxsize=8)
def negation_rx(k):
    words = [w for ws in (k.grammar.get("negation") or {}).values() for w in ws] if isinstance(k.grammar.get("negation"), dict) \
        else list(k.grammar.get("negation") or ())
    return re.compile(r"(?<![\w'’])(?:" + "|".join(re.escape(str(w)) for w in sorted(words, key=len, reverse=True)) + r")(?![\w])", re.I) \
        if words else re.compile(r"(?!x)x")


@lru_cache(maxsize=8)
def _acquisition_rx(k):
    terms = (k.terms or {}).get("acquisition") or {}
    active, passive, preps = terms.get("verbs") or (), terms.get("passive") or (), terms.get("for") or ()
    if not (active or passive) or not preps:
        return None
    alt = lambda ws: "|".join(re.escape(str(w)) for w in sorted(ws, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w-])(?P<verb>(?P<passive>{alt(passive) or '(?!x)x'})|{alt(active) or '(?!x)x'})(?:(?<=['’])|(?![\w-]))"
        # up to four lower-case words may lead the price ("about", "the sum of", "la coquette somme de")
        # (or a number word and its magnitude: "pour plus de deux milliards de dollars")
        rf"[^.;:!?]{{1,80}}?\s(?:{alt(preps)})\s+(?P<money>(?:(?-i:[a-zà-ÿ]+)\s+){{0,4}}?(?:US\s?|R|A|C|HK|S|NZ)?[$€£]?\s?"
        rf"(?:\d|(?:{V.WORDNUM}|{V.INTL_WORDNUM})\s+(?:{V.MAG}|{V.INTL_MAG})))", re.I)


def deadline_claims(s: str, names: list[Mention], k, pick: Pick) -> list[dict]:
    """How long a party is given to act (`open_terms.deadline`): "The Commission has given Google 60 days to end
    the practices" (the party after the verb), "Google has 60 days to …" (before it), "TikTok must … within six
    months" (an obligation's subject)."""
    rx = _deadline_rx(k)
    if rx is None:
        return []
    out = []
    for m in rx["span"].finditer(s):
        n = V.number(m.group("n")) if re.match(r"\d", m.group("n")) else V.INTL_WORD_NUMBERS.get(m.group("n").lower(),
                                                                                                V.WORD_NUMBERS.get(m.group("n").lower()))
        if not n:
            continue
        clause_start = max(s.rfind(";", 0, m.start()), s.rfind(". ", 0, m.start())) + 1
        before = s[clause_start:m.start()]
        party = None
        given = next(reversed(list(rx["given"].finditer(before))), None)   # the verb nearest the time
        purpose = rx["purpose"].match(s, m.end())
        if given and purpose:
            after = [x for x in names if given.end() + clause_start <= x.start and x.end <= m.start() and x.kind != "place"]
            front = [x for x in names if clause_start <= x.start and x.end <= given.start() + clause_start and x.kind != "place"]
            if after and re.fullmatch(r"\s*(?:(?:the|die|den|der|dem|la|le|l['’]|el|il|lo|a|o|de|het)\s+)?", s[after[-1].end:m.start()]):
                party = after[-1]   # "has given Google 60 days", "le dio (a TikTok) seis meses"
            elif front and re.fullmatch(r"\s*(?:now\s+|still\s+|jetzt\s+|nun\s+|teraz\s+)?", before[front[-1].end - clause_start:given.start()]) \
                    and _GIVEN_GAP.fullmatch(before, given.end()):
                # (the time right after the verb: "ha convocado una huelga de dos días" gives no one a time)
                party = front[-1]   # "Google has 60 days to", "Google krijgt 60 dagen om", "Google ma teraz 60 dni na"
        elif rx["within"].search(before[-30:]) and rx["obliged"].search(before):
            ob = rx["obliged"].search(before)
            front = [x for x in names if clause_start <= x.start and x.end <= ob.start() + clause_start and x.kind != "place"]
            party = front[-1] if front else None
        if party is None:
            subjects = pick(("lab", "org", "group"), m.start()) if given and purpose and _GIVEN_GAP.fullmatch(before, given.end()) and re.match(r"\W*(?:It|It now|The company|Das Unternehmen|L['’]entreprise|La empresa)\b", before) else []
            if not subjects:
                continue
            party_name = subjects[0]
        else:
            party_name = party.name
        # (what it is for stays in the quote: pages in several languages give one deadline, which must link)
        out.append({"subject": party_name, "attribute": "deadline", "value": V.clean_number(n), "unit": rx["units"][m.group("u").lower()]})
    return out


# what may stand between a verb that gives a time and the time: "Google has now 60 days"
_GIVEN_GAP = re.compile(r"\s*(?:(?:now|still|only|just|another|jetzt|nun|noch|nur|ahora|aún|solo|encore|seulement|ancora|ainda|apenas|nog)\s+)?")


@lru_cache(maxsize=8)
def _deadline_rx(k):
    terms = (k.terms or {}).get("deadline") or {}
    units = {str(w).lower(): canon for canon, ws in (terms.get("units") or {}).items() for w in ws}
    if not units or not terms.get("given"):
        return None
    alt = lambda ws: "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in sorted(ws, key=len, reverse=True))
    number = rf"\d{{1,3}}|{V.INTL_WORDNUM}|(?:{V.WORDNUM})"
    return {"span": re.compile(rf"(?<![\w-])(?P<n>{number})\s+(?P<u>{alt(units)})(?![\w-])", re.I),
            "units": units,
            "given": re.compile(rf"(?<![\w-])(?:{alt(terms['given'])})(?![\w-])", re.I),
            "purpose": re.compile(rf"\s*(?:Zeit,?\s+)?(?:{alt(terms.get('purpose') or ['to'])})\s+", re.I),
            "within": re.compile(rf"(?<![\w-])(?:{alt(terms.get('within') or ['within'])})\s*$", re.I),
            "obliged": re.compile(rf"(?<![\w-])(?:{alt(terms.get('obliged') or ['must'])})(?![\w-])", re.I)}


# "on Vexa", "for the company's shares", "para Vexa", "für Vexa": whose share the target is for
_TARGET_FOR = re.compile(r"\s+(?:on|for|of|para|de|pour|sur|für|per|su|op|voor)\s+(?:(?:the|la|el|le|les|die|das|den|il|lo|o|a|de)\s+)?")
_TARGET_FROM_AFTER = re.compile(r",?\s+(?:from|desde|de|von|da|van)\s+(?:(?:un|una|the)\s+)?", re.I)
_TARGET_FROM_BEFORE = re.compile(r"(?<![\w-])(?:from|desde|de|von|da|van)\s+$", re.I)


_RATINGS = frozenset({"buy", "hold", "sell", "neutral", "overweight", "underweight", "outperform", "underperform", "equal-weight",
                      "equal weight", "market perform", "sector perform", "accumulate", "reduce", "strong buy", "comprar", "mantener",
                      "vender", "acheter", "conserver", "vendre", "kaufen", "halten", "verkaufen", "acquistare", "mantenere", "vendere",
                      "manter", "compra", "venda", "kopen", "houden", "verkopen"})
_ANALYSTS_OF = re.compile(r"(?:analysts?|analistas?|analystes?|Analysten|analisti|analisten)\s+(?:at|of|from|de|da|di|do|von|bei|van|chez)\s+(?:la\s+|el\s+|der\s+)?$", re.I)


def price_target_claims(s: str, k, names: list[Mention], topic: str | None) -> list[dict]:
    """'Morgan Ridge raised its price target on Vexa to $210 from $165', 'elevaron su precio objetivo para
    Vexa desde 7 hasta 10,5 euros': what an analyst expects a company's share to be worth. It is the
    company's named after "on" or "for" (else the page's company) and said by whoever set it: the name
    the clause opens with, else analysts unnamed. A target is never a share's price."""
    rx = next((rx for rx, name in terms_of(k).measures if name == "price target"), None)   # (the measure's own words)
    m = rx.search(s) if rx is not None else None
    if m is None:
        return []
    amounts = [x for x in V.find_money(s) if m.end() <= x[0] <= m.end() + 120 and x[3]]
    if not amounts:
        return []
    owner = next((n for n in names if m.end() <= n.start < amounts[0][0] and n.kind not in ("place", "person")
                  and _TARGET_FOR.fullmatch(s, m.end(), n.start)), None)
    subject = owner.name if owner else topic
    if not subject:
        return []
    if any(n.name == subject and n.end <= m.start() and _ANALYSTS_OF.search(s, max(0, n.start - 25), n.start) for n in names):
        return []   # "Gli analisti di Banca Alpina hanno alzato il prezzo obiettivo": the broker sets it; whose it is, the page must say
    # (an analyst's rating is no one: "upgraded Strathmere to Buy from Hold and raised its price target")
    # (nor a pronoun: "Er senkte sein Kursziel …" points back to the analyst; the sentence does not name him)
    setter = next((n for n in reversed(names) if n.end <= m.start() and n.kind not in ("place",) and n.name != subject
                   and n.name.lower() not in _RATINGS and n.name.lower() not in grammar(k).pronouns), None)
    first = amounts[0]
    value = first[2]
    if len(amounts) > 1 and amounts[1][3] == first[3]:
        second = amounts[1]
        if _TARGET_FROM_AFTER.fullmatch(s, first[1], second[0]):
            value = f"from {second[2]} to {first[2]}"   # "to $210 from $165"
        elif _TARGET_FROM_BEFORE.search(s, max(0, first[0] - 8), first[0]):
            value = f"from {first[2]} to {second[2]}"   # "from 70 to 58 euros"
    return [{"subject": subject, "attribute": "price target", "value": value, "unit": first[3],
             "said_by": setter.name if setter else "analysts' estimate", "amounts": [a[2] for a in amounts[:2]]}]
