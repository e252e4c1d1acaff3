"""Normalising values as sources write them: numbers with magnitudes, percentages, money, dates,
quarters (also relative ones like "early next year"), ranks, multiples, licenses."""

from __future__ import annotations

import bisect
import datetime as dt
import math
import re
from functools import lru_cache

from digest.extract.wordtrie import alternation

MAGNITUDE = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "mio": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "t": 1e12, "tn": 1e12, "tr": 1e12,
    # the Indian system: "₹32,805 crore", "Rs 4.5 lakh", "₹1.5 lakh crore"
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "lakh crore": 1e12, "lakh crores": 1e12,
}
WORD_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10}
CURRENCY = {"$": "USD", "us$": "USD", "$us": "USD", "€": "EUR", "£": "GBP", "¥": "CNY", "rmb": "CNY",
            "usd": "USD", "eur": "EUR", "gbp": "GBP", "cny": "CNY", "yuan": "CNY",
            "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP",
            "yen": "JPY", "won": "KRW", "rupees": "INR", "swiss francs": "CHF", "r$": "BRL", "₹": "INR", "rs": "INR", "rs.": "INR"}
CURRENCY.update({code.lower(): code for code in ("JPY", "KRW", "INR", "CHF", "HKD", "SGD", "AUD", "CAD", "TWD", "SEK",
                                                  "NOK", "DKK", "PLN", "BRL", "MXN")})
CURRENCY.update({"dólar": "USD", "dólares": "USD", "dolar": "USD", "dolares": "USD"})
CURRENCY["ntd"] = "TWD"   # "NTD 933.79 billion": the New Taiwan dollar as Indian and Taiwanese wires write it
MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}

# A number starts where a digit run starts and is at most 24 digits (with 12 decimals): finders
# stay linear on long digit runs, and no value overflows a float.
NUM = r"(?<![\d,])(?:\d{1,3}(?:,\d{3}){1,7}|\d{1,24})(?:\.\d{1,12})?(?![\d,]?\d)"
WORDNUM = alternation(sorted(WORD_NUMBERS, key=len, reverse=True), icase=None)
MAG = r"(?:thousand|million|billion|trillion|lakh\s+crores?|crores?|lakhs?|mn|bn|tn|tr|[kKmMbBtT])\b"
# Magnitude words of other languages: with them "6.600" and "465,000" group thousands and
# "14,8" is a decimal ("6.600 millones" = 6.6e9, "14,8 billones" = 14.8e12).
INTL_MAGNITUDE = {
    "mil millones": 1e9, "millones": 1e6, "millón": 1e6, "billones": 1e12, "billón": 1e12,
    "milhões": 1e6, "milhão": 1e6, "bilhões": 1e9, "bilhão": 1e9, "trilhões": 1e12,
    "millionen": 1e6, "million": 1e6, "milliarden": 1e9, "milliarde": 1e9, "billionen": 1e12,
    "mio.": 1e6, "mio": 1e6, "mrd.": 1e9, "mrd": 1e9, "milliards": 1e9, "milliard": 1e9, "millions": 1e6,
    "mil milhões": 1e9, "milioni": 1e6, "milione": 1e6, "miliardi": 1e9, "miliardo": 1e9,
    "mila miliardi": 1e12, "mil billones": 1e15, "mille milliards": 1e12, "tausend milliarden": 1e12,
    "miljoen": 1e6, "miljard": 1e9, "biljoen": 1e12,   # Dutch
    # thousands written as a word: "10 mil funcionários", "10 mila dipendenti", "10 Tausend Stellen"
    "mil": 1e3, "mila": 1e3, "tausend": 1e3, "duizend": 1e3,
    "millioner": 1e6, "milliarder": 1e9, "miljoner": 1e6, "miljarder": 1e9, "miljon": 1e6,   # Norwegian, Danish, Swedish
    "mln": 1e6, "mld": 1e9, "milionów": 1e6, "miliardów": 1e9, "miliony": 1e6, "miliardy": 1e9,   # Polish
    "miliárd": 1e9, "miliarda": 1e9, "milióna": 1e6, "miliónov": 1e6, "milióny": 1e6, "bilióna": 1e12, "bilióny": 1e12,   # Slovak, Czech
    "miliardy": 1e9, "miliard": 1e9, "milionu": 1e6, "milionů": 1e6, "milion": 1e6, "mld.": 1e9,   # Czech
    "млн": 1e6, "млн.": 1e6, "млрд": 1e9, "млрд.": 1e9, "трлн": 1e12, "трлн.": 1e12, "миллиона": 1e6, "миллионов": 1e6,
    "миллиард": 1e9, "миллиарда": 1e9, "миллиардов": 1e9,   # Russian
    "juta": 1e6, "miliar": 1e9, "triliun": 1e12,   # Indonesian
    "milyon": 1e6, "milyar": 1e9,   # Turkish
    "triệu": 1e6, "tỷ": 1e9, "nghìn tỷ": 1e12,   # Vietnamese
}
# the magnitude words of the Dutch, Nordic, Polish, Czech, Russian and Indonesian amounts above, as a pattern for
# the rules that only ask whether a number is an amount
MAGNITUDE_WORDS_MORE = r"miljoen|miljard|miljoner|miljarder|millioner|milliarder|mln|mld|mlrd|milion\w*|miliard\w*|млн|млрд|juta|miliar|triliun"
# the magnitude words of languages whose comma is only ever a decimal one: "8,833 Milliarden" is 8.833e9
# (Spanish "465,000 millones", as Mexico writes it, and the English "million" group thousands)
COMMA_DECIMAL = frozenset(w for w in INTL_MAGNITUDE if w not in (
    "mil millones", "millones", "millón", "billones", "billón", "million", "millions"))
# Small cardinals written out before another language's magnitude word ("zwei Milliarden", "deux
# milliards", "dos mil millones", "dieci miliardi", "dez bilhões")
INTL_WORD_NUMBERS = {
    "un": 1, "una": 1, "uno": 1, "une": 1, "ein": 1, "eine": 1, "um": 1, "uma": 1, "een": 1,
    "dos": 2, "deux": 2, "zwei": 2, "due": 2, "dois": 2, "duas": 2, "twee": 2,
    "tres": 3, "trois": 3, "drei": 3, "tre": 3, "três": 3, "drie": 3,
    "cuatro": 4, "quatre": 4, "vier": 4, "quattro": 4, "quatro": 4,
    "cinco": 5, "cinq": 5, "fünf": 5, "cinque": 5, "vijf": 5,
    "seis": 6, "six": 6, "sechs": 6, "sei": 6, "zes": 6,
    "siete": 7, "sept": 7, "sieben": 7, "sette": 7, "sete": 7, "zeven": 7,
    "ocho": 8, "huit": 8, "acht": 8, "otto": 8, "oito": 8,
    "nueve": 9, "neuf": 9, "neun": 9, "nove": 9, "negen": 9,
    "diez": 10, "dix": 10, "zehn": 10, "dieci": 10, "dez": 10, "tien": 10,
    "once": 11, "onze": 11, "elf": 11, "undici": 11, "doce": 12, "douze": 12, "zwölf": 12, "dodici": 12, "twaalf": 12,
    "quince": 15, "quinze": 15, "fünfzehn": 15, "quindici": 15,
    "veinte": 20, "vingt": 20, "zwanzig": 20, "venti": 20, "vinte": 20, "twintig": 20,
    "cien": 100, "cent": 100, "hundert": 100, "cento": 100, "cem": 100, "honderd": 100,
}
INTL_WORDNUM = r"(?<![\w-])" + alternation(sorted(INTL_WORD_NUMBERS, key=len, reverse=True), icase=None) + r"(?![\w-])"
INTL_NUM = (r"(?<![\d.,])(?:\d{1,3}(?:[.,]\d{3}){1,7}(?:,\d{1,2})?|\d{1,3}(?:[ \u00a0\u202f]\d{3}){1,4}(?![ \u00a0\u202f]\d)(?:,\d{1,2})?"
            r"|\d{1,24}(?:[.,]\d{1,2})?)(?![\d.,]?\d)")
INTL_MAG = alternation(sorted(INTL_MAGNITUDE, key=len, reverse=True), icase=None) + r"(?![\w])"
NUMSTART = r"(?<![\w.,])(?<!\d[ \u00a0\u202f])"   # not inside "3 000": a group of thousands is no number of its own
APPROX = r"\b" + alternation(["over", "more than", "at least", "nearly", "almost", "about", "around", "roughly", "approximately", "up to",
                               "as much as", "less than", "under", "below", "some", "topped", "exceeded", "exceeding", "exceeds",
                               "exceed", "surpassed", "surpassing", "surpasses", "surpass", "above"], icase=None)


def number(num: str, mag: str | None = None) -> float | None:
    s = num.strip().lower().replace(",", "")
    if s in WORD_NUMBERS:
        val = float(WORD_NUMBERS[s])
    else:
        try:
            val = float(s)
        except ValueError:
            return None
        if not math.isfinite(val):
            return None
    if mag:
        val *= MAGNITUDE.get(" ".join(mag.lower().split()), 1)
    return val


def clean_number(val: float) -> int | float:
    """Integers stay integers; other values keep at most four decimals. A large amount is whole
    even when a float product is not (4.1 * 1e12 is 4099999999999.9995)."""
    if abs(val - round(val)) < max(1e-9, abs(val) * 1e-12):
        return int(round(val))
    return round(val, 4)


def parse_quantity(text: str) -> int | float | None:
    """'1 million' -> 1000000, '744 billion' -> 744000000000, '128K' -> 128000, '1,000,000' -> 1000000."""
    m = re.fullmatch(rf"\s*(?P<num>{NUM}|{WORDNUM})(?:\s*|-)(?P<mag>{MAG})?\s*", text, re.IGNORECASE)
    if not m:
        return None
    val = number(m.group("num"), m.group("mag"))
    return clean_number(val) if val is not None else None


# --- typed finders: each returns a list of (start, end, value, unit, qualifier) -----------------

TOKENS = re.compile(
    rf"(?P<q>{APPROX}\s{{1,3}})?{NUMSTART}(?P<num>{NUM}|{WORDNUM})(?:(?:\s{{0,3}}|-)(?P<mag>{MAG}))?"
    rf"(?:\+)?(?:[- ]?tokens?\b|(?=[- ]?(?:token\s{{1,3}})?context))",
    re.IGNORECASE,
)
COUNT = re.compile(
    rf"(?P<q>{APPROX}\s{{1,3}})?{NUMSTART}(?P<num>{NUM}|{WORDNUM})(?:\s{{1,3}}|-|(?<=\d))(?P<mag>{MAG})?(?:\+)?",
    re.IGNORECASE,
)
PCT_NUM = rf"(?:(?<![\d,])\d{{1,24}},\d{{1,2}}(?![\d,])|{NUM})"
# (a percentage may follow a Chinese, Japanese or Korean character with no space: "短期金利を0～0.1%")
PERCENT = re.compile(
    rf"(?P<q>{APPROX}\s{{1,3}})?(?<![A-Za-z0-9_.,\u00c0-\u024f])(?<!\d[ \u00a0\u202f])"
    # ("0.1pc": the British press's abbreviation, written straight after the number)
    rf"(?P<lo>{PCT_NUM})(?:\s{{0,3}}(?:%|(?-i:pc))?\s{{0,3}}(?:-|–|～|〜|~|to)\s{{0,3}}(?P<hi>{PCT_NUM}))?(?:\s{{0,3}}(?:%|percent\b|per cent\b|percentage points?\b)|(?-i:pc)\b)",
    re.IGNORECASE,
)
POINTS = re.compile(rf"(?P<num>{NUM})\s{{0,3}}(?:points?|pts)\b", re.IGNORECASE)
INTL_Q = (r"(?P<q>(?<![\w-])(?:superior(?:es)? a(?:l| los| las)?|sup[ée]rieure?s? [àa]|superiore a(?:i|gli|l)?|acima de|m[aá]s de|menos de|cerca de|aproximadamente|unos|unas|mehr als|rund|etwa|fast|plus de|environ|pr[eè]s de|quase"
          r"|mais de|oltre|circa|quasi|intorno a(?:i|l|gli)?|attorno a(?:i|l|gli)?|au moins|al menos|mindestens|pelo menos|almeno|meer dan|ruim|bijna|ongeveer|hasta|bis zu|jusqu['’]à|fino a|até)\s{1,3}"
          r"|(?:d[ée]passe|d[ée]passait|a d[ée]pass[ée]|d[ée]passer|supera|superaba|super[oó]|superar|superare|superando|übersteigt|überstieg|"
          r"übertrifft|übersteigen|ultrapassa|ultrapassou|ultrapassar|overschrijdt)\s{1,3}(?:(?:los|las|os|as|die|den|i|gli|le|les)\s)?"
          # French elides "de" before "un": "plus d'un milliard"
          r"|(?:plus|moins|près) d['’](?=une?\s))?")
INTL_MONEY = re.compile(
    INTL_Q +
    rf"(?:(?P<sym>U\$S|US\$|\$|€|£|R\$|(?<![\w-])(?-i:Rp))\s?|{NUMSTART})(?P<num>{INTL_NUM}|{INTL_WORDNUM})\s{{0,3}}(?P<mag>{INTL_MAG})"
    rf"(?:\s{{1,3}}(?:de\s{{1,3}}|d['’]|di\s{{1,3}})?(?P<cur>d[oó]lares|dollars?|dollari|euros?|Euro|reais|yuan|yen|jenov|jenů|USD|EUR|JPY|CHF|US-Dollar|"
    # (the crowns, the zloty, the rouble, the rupiah, the lira and the dong, by their words and codes)
    rf"kronor|kroner|kr\b|SEK|NOK|DKK|GBP|z[łl]otych|z[łl]\b|PLN|zlotých|Kč|korun|CZK|рублей|рубля|руб\.?|RUB|rupiah|IDR|lira|TL\b|TRY|đồng|VND|"
    # (the Swiss franc, in the languages of the site: "3 Milliarden Schweizer Franken", "3 milliards de francs suisses")
    rf"Schweizer\s+Franken|Franken|francs\s+suisses|franchi\s+svizzeri|francos\s+suizos|francos\s+su[íi]ços|Swiss\s+francs|"
    # (another country's dollar, hyphenated: "398 Milliarden Taiwan-Dollar", "Hongkong-Dollar")
    rf"(?-i:[A-Z][a-z]+)-Dollar))?",
    re.IGNORECASE,
)
_INTL_QUAL = {**{f"superior{es} a{art}": ">" for es in ("", "es") for art in ("", "l", " los", " las")},
              **{f"superiore a{art}": ">" for art in ("i", "gli", "l")}, "superior a": ">", "superiores a": ">", "supérieur à": ">", "supérieure à": ">", "supérieurs à": ">",
              "supérieures à": ">", "superiore a": ">", "acima de": ">", "más de": ">", "mas de": ">", "menos de": "<", "mehr als": ">", "plus de": ">", "mais de": ">", "oltre": ">",
              "au moins": ">=", "al menos": ">=", "mindestens": ">=", "pelo menos": ">=", "almeno": ">=",
              "meer dan": ">", "ruim": ">", "bijna": "~", "ongeveer": "~",
              "hasta": "<=", "bis zu": "<=", "jusqu'à": "<=", "jusqu’à": "<=", "fino a": "<=", "até": "<=",
              "plus d'": ">", "plus d’": ">", "moins d'": "<", "moins d’": "<", "près d'": "~", "près d’": "~",
              # verbs of passing a sum: "dont la capitalisation dépasse 83 milliards de dollars"
              "dépasse": ">", "dépassait": ">", "a dépassé": ">", "supera": ">", "superaba": ">", "superó": ">",
              "übersteigt": ">", "überstieg": ">", "übertrifft": ">", "ultrapassa": ">", "ultrapassou": ">", "overschrijdt": ">",
              # the infinitive and gerund of those ("fino a superare i 600 milioni di dollari", "pour dépasser les 2 milliards")
              "dépasser": ">", "depasser": ">", "superar": ">", "superare": ">", "superando": ">", "übersteigen": ">", "ultrapassar": ">"}
_INTL_CUR = {"dólares": "USD", "dolares": "USD", "dollars": "USD", "dollari": "USD", "dollar": "USD", "us-dollar": "USD",
             "euros": "EUR", "euro": "EUR", "reais": "BRL", "yuan": "CNY", "usd": "USD", "eur": "EUR",
             "yen": "JPY", "jenov": "JPY", "jenů": "JPY", "jpy": "JPY", "yuanes": "CNY", "yenes": "JPY", "yuans": "CNY", "yens": "JPY",
             "chf": "CHF", "schweizer franken": "CHF", "franken": "CHF", "francs suisses": "CHF", "franchi svizzeri": "CHF",
             "francos suizos": "CHF", "francos suíços": "CHF", "francos suicos": "CHF", "swiss francs": "CHF",
             "$": "USD", "us$": "USD", "u$s": "USD", "€": "EUR", "£": "GBP", "r$": "BRL",
             "kronor": "SEK", "kr": "SEK", "sek": "SEK", "kroner": "NOK", "nok": "NOK", "dkk": "DKK", "gbp": "GBP",
             "złotych": "PLN", "zlotych": "PLN", "zł": "PLN", "zl": "PLN", "pln": "PLN", "zlotých": "PLN",
             "kč": "CZK", "korun": "CZK", "czk": "CZK", "рублей": "RUB", "рубля": "RUB", "руб": "RUB", "руб.": "RUB", "rub": "RUB",
             "rupiah": "IDR", "idr": "IDR", "rp": "IDR", "lira": "TRY", "tl": "TRY", "try": "TRY", "đồng": "VND", "vnd": "VND"}
# an ISO code written before the number ("RMB192.9 billion", "CHF 439", "EUR 310 million"), in capitals only
ISO_CODES = ("RMB", "CNY", "USD", "EUR", "GBP", "JPY", "KRW", "INR", "CHF", "HKD", "SGD", "AUD", "CAD", "TWD", "SEK", "NOK",
             "DKK", "PLN", "BRL", "MXN", "NTD")
ISO_PREFIX = rf"(?<![A-Za-z])(?-i:{'|'.join(ISO_CODES)})(?![A-Za-z])"
MONEY = re.compile(
    rf"(?P<q>{APPROX}\s{{1,3}})?"
    rf"(?:(?P<sym>US\$|\$US|\$|€|£|¥|₹|(?<![A-Za-z])(?-i:Rs)\.?(?=\s?\d)|{ISO_PREFIX})\s?(?P<num>{NUM})(?:(?:\s{{0,3}}|-)(?P<mag>{MAG}))?"
    # (a number word stands apart from its magnitude: "a t USD" is no sum, "at USD 40" is)
    rf"|{NUMSTART}(?P<num2>{NUM}|{WORDNUM}(?![^\W\d_]))(?:(?:\s{{0,3}}|-)(?P<mag2>{MAG}))?\s{{0,3}}"
    # ("1.8 billion Canadian dollars": another country's dollar, named by `_other_dollar`)
    rf"(?:(?:U\.?S\.?|Canadian|Australian|New Zealand|Hong Kong|Singapore|New Taiwan|Taiwan)\s)?"
    rf"(?P<cur>dollars?|euros?|USD|EUR|GBP|yuan|RMB|CNY|yen|JPY|won|KRW|rupees|INR|Swiss francs|CHF|pounds)\b)",
    re.IGNORECASE,
)
PER_MILLION = re.compile(
    rf"(?P<sym>US\$|R\$|\$|€|£)\s?(?P<num>{NUM})\s{{0,3}}(?:/|per|for|por|pro|par|al)\s{{0,3}}"
    rf"(?:1M|1 ?million|one million|million|M|milh[aã]o|mill[oó]n|Million|milione|Mio\.)(?!\w)"
    rf"(?:\s{{0,3}}(?:input|output))?(?:\s{{0,3}}(?:de |di |von )?tokens?)?",
    re.IGNORECASE,
)
# the same with the currency's word after the amount, as other languages write it: "0,90 dollar par million de tokens
# en entrée", "0,80 Euro je Million Eingabe-Token", "US$ 0,90 por milhão de tokens de entrada"
PER_MILLION_AFTER = re.compile(
    r"(?:(?P<pre>US\$|R\$|\$|€|£)\s?)?(?P<num>\d{1,4}(?:[.,]\d{1,4})?)\s?(?P<word>d[oó]lar(?:es)?|dollars?|euros?|Euro|€|\$)?\s+"
    r"(?:par|por|per|pro|je|al|for)\s+(?:1\s?)?(?:million|mill[oó]n|milh[aã]o|milione|Million)\s+"
    r"(?:(?:de|di|von|of|d['’])\s+)?(?:(?P<side1>Eingabe|Ausgabe|input|output)-?)?(?:tokens?|Token)"
    r"(?:\s+(?:en|in|de|di|d['’]|da)\s*(?P<side2>entr[ée]e|sortie|entrada|salida|sa[ií]da|ingresso|uscita|input|output))?",
    re.IGNORECASE,
)
MULTIPLE = re.compile(
    rf"(?P<num>{NUM})\s{{0,3}}(?:x|×|times)\b|(?P<word>twice|double|triple|half)\b|(?P<wn>{WORDNUM})\s{{1,3}}times\b",
    re.IGNORECASE,
)
DURATION = re.compile(
    rf"(?P<q>{APPROX}\s{{1,3}})?{NUMSTART}(?P<lo>{NUM}|{WORDNUM})(?:\s{{0,3}}(?:or|-|–|to)\s{{0,3}}(?P<hi>{NUM}))?\s{{0,3}}(?P<unit>hours?|minutes?|hrs?|seconds?|secs?|milliseconds?|ms)\b",
    re.IGNORECASE,
)
RANK = re.compile(
    r"(?:(?<![\w&])#(?P<hash>\d{1,3})\b(?=\s+(?:on|in|at|among|spot|place|position|download|app|model)\b)|"
    r"\b(?:No\.\s?(?P<no>\d{1,4})|number (?P<numw>one|two|three|\d{1,4})|(?P<ord>first|second|third|fourth|fifth)(?:\s{1,3}place|\s{1,3}spot|\s{1,3}globally|\s{1,3}worldwide|\s{1,3}only|\s{1,3}behind)?"
    r"|top[- ](?P<top>three|five|ten|two|\d{1,4}))\b"
    # "took the top spot on", "displaced GPT-4 from the top of the leaderboard": first place (not one lost)
    r"|(?<!\bfell from )(?<!\bfallen from )(?<!\bdropped from )(?<!\bslipped from )(?<!\blost )(?<!\blosing )(?<!\bloses )"
    r"(?<!\bknocked off )(?<!\bousted from )\bthe (?P<spot>top (?:spot|place|position)(?= on| in| of)|top(?= of the \w| of \w)))",
    re.IGNORECASE,
)
LICENSE = re.compile(
    r"\b(?P<lic>MIT|Apache(?:[- ]2\.0| License 2\.0)?|GPL(?:-?v?\d)?|BSD|CC[- ]BY(?:-[A-Z]{2})*(?:[- ]\d\.\d)?|"
    # a license named after its model: "Llama 3 Community License", "Zephyr 4 Research License"
    r"(?-i:[A-Z][\w.-]*)(?: \d+(?:\.\d)?)? (?-i:Community|Research|Open Model|Non-Commercial|Source-Available) License)"
    r"(?:\s{1,3}licen[sc]e)?|(?P<open>open[- ]weights?|open[- ]source|openly accessible|publicly available weights)"
    r"|(?P<closed>proprietary|closed[- ]source|closed[- ]weights?|isn'?t open[- ]source|not open[- ]source)\b",
    re.IGNORECASE,
)
QUARTER = re.compile(
    r"\b(?:(?P<q>Q[1-4])\s{0,3}(?P<qy>\d{4})|(?P<qy2>\d{4})[- ](?P<q2>Q[1-4])"
    r"|(?:the\s{1,3})?(?P<qord>first|second|third|fourth|1st|2nd|3rd|4th)\s{1,3}quarter\s{1,3}(?:of\s{1,3})?(?P<qy3>\d{4})"
    r"|(?P<h>H[12])\s{0,3}(?P<hy>\d{4})|(?:the\s{1,3})?(?P<hord>first|second)\s{1,3}half\s{1,3}(?:of\s{1,3})?(?P<hy2>\d{4})"
    r"|(?P<rel>early|late|the end of|end of|mid|the middle of)[- ]?(?P<relwhat>next year|this year|(?P<ry>\d{4}))"
    r"|(?P<within>within the year|this year|later this year|by year-end|by the end of the year)"
    r"|(?P<next>next year)"
    r"|(?:by|in|until|before)\s{1,3}(?P<year>20\d{2}))\b",
    re.IGNORECASE,
)
DATE = re.compile(
    r"\b(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s{1,3}(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s{1,3})?(?P<year>\d{4})\b"
    r"|\b(?P<dday>\d{1,2})\s{1,3}(?P<dmonth>January|February|March|April|May|June|July|August|September|October|November|December)"
    r",?\s{1,3}(?P<dyear>\d{4})\b"
    r"|\b(?P<iso>\d{4}-\d{2}(?:-\d{2})?)\b"
    r"|\b(?P<early>early|late|mid)[- ](?P<ey>\d{4})\b"
    r"|\bin (?P<y>\d{4})\b",
)
_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_QUAL = {"over": ">", "more than": ">", "at least": ">=", "up to": "<=", "as much as": "<=", "less than": "<", "under": "<",
         "nearly": "~", "almost": "~", "about": "~", "around": "~", "roughly": "~", "approximately": "~",
         "some": "~", "topped": ">", "exceeded": ">", "exceeding": ">", "exceeds": ">", "exceed": ">", "surpassed": ">", "surpassing": ">",
         "surpasses": ">", "surpass": ">", "above": ">", "below": "<"}


def intl_number(num: str, mag: str, comma_decimal: bool = False) -> float | None:
    """'6.600' + 'millones' -> 6.6e9; '465,000' + 'millones' -> 4.65e11; '14,8' + 'billones' -> 1.48e13.
    `comma_decimal`: the words around say the comma is a decimal one ("5,369 millions de yens" is French)."""
    if num.strip().lower() in INTL_WORD_NUMBERS:
        return INTL_WORD_NUMBERS[num.strip().lower()] * INTL_MAGNITUDE.get(mag.lower(), 1)
    num = re.sub(r"[ \u00a0\u202f]", "", num)   # "1 500 millions": French groups of thousands
    groups = re.split(r"[.,]", num)
    if re.fullmatch(r"\d{1,3},\d{3}", num) and (mag.lower() in COMMA_DECIMAL or comma_decimal):
        whole = float(num.replace(",", "."))   # "8,833 Milliarden": German writes no thousands with a comma
    elif len(groups) > 1 and all(len(g) == 3 for g in groups[1:]):
        whole = float("".join(groups))
    elif len(groups) > 2 and all(len(g) == 3 for g in groups[1:-1]):
        whole = float("".join(groups[:-1]) + "." + groups[-1])
    else:
        whole = float(num.replace(",", "."))
    return whole * INTL_MAGNITUDE.get(mag.lower(), 1)


def _qualify(val, q: str | None):
    q = (q or "").strip().lower()
    return f"{_QUAL[q]}{val}" if q in _QUAL else val


# "128.000 tokens", "128 000 tokens", "1 millón de tokens", "2 Millionen Token"
INTL_TOKENS = re.compile(
    rf"{NUMSTART}(?P<num>\d{{1,3}}(?:[.\u00a0\u202f ]\d{{3}})+(?![\d.,]\d)|{INTL_NUM})\s*(?P<mag>{INTL_MAG})?"
    rf"\s*(?:de\s+|d['’]|di\s+)?tokens?\b", re.IGNORECASE)
INTL_COUNT = re.compile(INTL_Q + rf"{NUMSTART}(?P<num>{INTL_NUM})\s{{0,3}}(?P<mag>{INTL_MAG})", re.IGNORECASE)
_ENGLISH_MAG = ("million", "millions")


def _intl_tokens(s: str):
    for m in INTL_TOKENS.finditer(s):
        num, mag = m.group("num"), m.group("mag") or ""
        if mag.lower() in _ENGLISH_MAG or not (mag or re.search(r"\d[.\u00a0\u202f ]\d{3}$", num)):
            continue   # "128,000 tokens", "1 million tokens": the English reader's
        val = intl_number(re.sub(r"[\u00a0\u202f ]", ".", num), mag) if mag else float(re.sub(r"\D", "", num))
        if val and val >= 1000:
            yield m.start(), m.end(), clean_number(val), "tokens"


def _intl_counts(s: str, min_value: float = 1):
    for m in INTL_COUNT.finditer(s):
        if m.group("mag").lower() in _ENGLISH_MAG and not re.match(r"\s+(?:de|d['’])", s[m.end():m.end() + 4]):
            continue
        val = intl_number(m.group("num"), m.group("mag"), _french_million(s, m))
        if val >= min_value:
            yield m.start(), m.end(), _intl_qualify(clean_number(val), m.group("q")), None


CJK_TOKEN = re.compile(r"\s?(?:トークン|token|tokens|词元|詞元|토큰|개의 토큰)")


_MEASURE_NUM = r"\d{1,3}(?:[.,\u00a0\u202f ]\d{3}){1,4}(?![.,\u00a0\u202f ]\d)(?:[.,]\d{1,6})?|\d{1,12}(?:[.,]\d{1,6})?"
_MEASURE_BOUND = {"up to": "<=", "as much as": "<=", "hasta": "<=", "jusqu'à": "<=", "jusqu’à": "<=", "bis zu": "<=",
                  "até": "<=", "fino a": "<=", "more than": ">", "over": ">", "más de": ">", "plus de": ">",
                  "mehr als": ">", "mais de": ">", "oltre": ">", "about": "~", "around": "~", "nearly": "~",
                  "approximately": "~", "roughly": "~", "environ": "~", "rund": "~", "etwa": "~", "unos": "~", "cerca de": "~"}


_PER_SECOND = re.compile(r"\s?(?:/\s?s\b|ps\b|p/s|por segundo|per second|par seconde|pro Sekunde|al secondo|/秒|毎秒)", re.I)


def _measure_number(t: str) -> float | None:
    """'4.614' (a German page's thousands), '3,7' (a decimal comma), '4 614', '1,835': a separator before
    exactly three digits groups thousands, whatever the language; otherwise it is the decimal mark."""
    t = re.sub(r"[\u00a0\u202f ]", "", t)
    if re.fullmatch(r"[1-9]\d{0,2}(?:[.,]\d{3})+", t):
        t = re.sub(r"[.,]", "", t)
    elif "." in t and "," in t:
        dec = max(t.rfind("."), t.rfind(","))
        t = re.sub(r"[.,]", "", t[:dec]) + "." + t[dec + 1:]
    else:
        t = t.replace(",", ".")
    try:
        v = float(t)
    except ValueError:
        return None
    return v if math.isfinite(v) else None


@lru_cache(maxsize=64)
def _measure_re(units: tuple) -> re.Pattern:
    forms = sorted({f for _, fs in units for f in fs}, key=len, reverse=True)
    bounds = "|".join(re.escape(b) for b in sorted(_MEASURE_BOUND, key=len, reverse=True))
    # units as written: "GB" is not "Gb" (gigabits); the bound words in any case
    return re.compile(rf"(?:(?i:(?P<q>{bounds}))\s+)?(?<![\w.,])(?<!\d[ \u00a0\u202f])(?P<num>{_MEASURE_NUM})(?:\s|-(?=[a-zA-Z]))?(?P<unit>{'|'.join(map(re.escape, forms))})"
                      r"(?![\w/])")


def find_measures(s: str, units: tuple):
    """A quantity in one of an attribute's units ("128GB", "3,7 TB por segundo", "up to 4,614 TFLOPs"):
    `units` maps each canonical unit to the ways pages write it. Yields (start, end, value, unit)."""
    if not units:
        return
    canon = {f: u for u, fs in units for f in fs}
    for m in _measure_re(units).finditer(s):
        val = _measure_number(m.group("num"))
        if val is None or val == 0:
            continue
        if "/" not in canon[m.group("unit")] and _PER_SECOND.match(s, m.end()):
            continue   # "12,8 TB por segundo" is a bandwidth, not a memory size
        q = _MEASURE_BOUND.get((m.group("q") or "").lower())
        v = clean_number(val)
        yield m.start(), m.end(), f"{q}{v}" if q else v, canon[m.group("unit")]


def find_tokens(s: str):
    intl = list(_intl_tokens(s))
    # "14.8Tトークン", "14.8万亿token", "128K 토큰"
    intl += [(a, CJK_TOKEN.match(s, b).end(), v, "tokens") for a, b, v, cur in find_cjk_numbers(s)
             if not cur and CJK_TOKEN.match(s, b) and (_num_of(v) or 0) >= 1000
             and not any(x < b and a < y for x, y, _, _ in intl)]
    yield from intl
    for hit in _english_tokens(s):
        if not any(a < hit[1] and hit[0] < b for a, b, _, _ in intl):
            yield hit


def _english_tokens(s: str):
    for m in TOKENS.finditer(s):
        val = number(m.group("num"), m.group("mag"))
        if val is not None and _half_of(s, m):
            val *= 0.5   # "half a million tokens"
        if val is None or val < 1000:
            continue
        yield m.start(), m.end(), _qualify(clean_number(val), m.group("q")), "tokens"


# Chinese and Japanese numbers: digits or numerals with the myriad magnitudes ("3000万" = 3e7, "1.5亿" = 1.5e8,
# "三千" = 3000, "2万亿" = 2e12), bounds before or after ("大约", "超过", "多", "以上") and currencies after.
CJK_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CJK_UNITS = {"十": 10, "百": 100, "千": 1000}
CJK_MAGNITUDE = {"万亿": 1e12, "萬億": 1e12, "万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "兆": 1e12,
                 "만": 1e4, "억": 1e8}   # Korean 조 (1e12) also means "article": not read
# Latin magnitude letters inside CJK text ("671Bパラメータ", "14.8Tトークン", "128K上下文")
_LATIN_MAG = {"K": 1e3, "k": 1e3, "M": 1e6, "B": 1e9, "T": 1e12}
CJK_CURRENCY = {"美元": "USD", "美金": "USD", "ドル": "USD", "人民币": "CNY", "元": "CNY", "欧元": "EUR", "ユーロ": "EUR",
                "日元": "JPY", "円": "JPY", "英镑": "GBP", "달러": "USD", "원": "KRW", "유로": "EUR",
                "台湾元": "TWD", "台灣元": "TWD", "新台幣": "TWD", "新台币": "TWD", "台幣": "TWD", "台币": "TWD",
                "港元": "HKD", "港币": "HKD", "港幣": "HKD", "ウォン": "KRW", "韩元": "KRW", "韓元": "KRW"}
# "新台幣 9,337.9億元": a currency named before the number makes its "元" that currency's
_CJK_CURRENCY_BEFORE = re.compile(r"新台幣|新台币|台幣|台币|港元|港币|港幣|人民币|人民幣")
# "4兆7千億円", "9조5000억원": a number in two magnitudes
_CJK_COMPOUND = re.compile(r"(?<![\d.,])(?P<hi>\d+(?:\.\d+)?)\s?(?P<big>兆|조|億|억|亿)\s?(?P<lo>\d+(?:,\d{3})*|\d*[千]?)\s?"
                           r"(?P<small>億|억|亿|万|만|萬)(?P<cur>\s?(?:円|원|元|ドル|달러|美元|台湾元))?")
_CJK_TAIL = re.compile(r"(?<![\d.,])(?P<hi>\d+)(?P<big>万|萬|만|億|亿|억)(?P<lo>\d{1,4}|\d,\d{3})(?![\d.,]?\d)(?!\s?(?:万|萬|만|億|亿|억|千))"
                       r"(?P<cur>\s?(?:円|원|元|ドル|달러|美元))?")
_CJK_STEP = {"兆": 1e12, "조": 1e12, "億": 1e8, "억": 1e8, "亿": 1e8, "万": 1e4, "만": 1e4, "萬": 1e4}
_CJK_BEFORE = {"大约": "~", "约": "~", "約": "~", "近": "~", "将近": "~", "接近": "~", "およそ": "~", "超过": ">", "超過": ">", "突破": ">", "一举突破": ">",
               "逾": ">", "不到": "<", "不足": "<"}
_CJK_AFTER = {"多": ">", "余": ">", "餘": ">", "以上": ">", "左右": "~", "前后": "~", "未満": "<"}
_CJK_ANY = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")


def is_cjk(ch: str) -> bool:
    return bool(_CJK_ANY.match(ch))


def has_cjk(text: str) -> bool:
    """Some character of `text` is one `is_cjk` holds (one search instead of a call per character)."""
    return bool(_CJK_ANY.search(text))


def _alts(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


CJK_NUMBER = re.compile(
    rf"(?P<before>{_alts(_CJK_BEFORE)})?(?<![A-Za-z0-9_.,\-])(?<![A-Za-z] )"
    rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|[{''.join(CJK_DIGITS)}{''.join(CJK_UNITS)}]+)"
    rf"(?:\s?(?P<mag>{_alts(CJK_MAGNITUDE)})|(?P<latin>[KkMBT])(?=[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]))?"
    rf"(?P<after>{_alts(_CJK_AFTER)})?\s?(?P<cur>{_alts(CJK_CURRENCY)})?")


def cjk_number(num: str, mag: str | None = None) -> float | None:
    """'3000' + '万' -> 3e7; '三千' -> 3000; '十五' -> 15; '两' + '亿' -> 2e8."""
    if re.fullmatch(r"\d[\d,]*(?:\.\d+)?", num):
        val = float(num.replace(",", ""))
    else:
        val, digit = 0.0, None
        for ch in num:
            if ch in CJK_DIGITS:
                if digit is not None:   # "二〇二四": digit by digit
                    digit = digit * 10 + CJK_DIGITS[ch]
                else:
                    digit = CJK_DIGITS[ch]
            else:
                val += (digit if digit is not None else 1) * CJK_UNITS[ch]
                digit = None
        val += digit or 0
    return val * CJK_MAGNITUDE.get(mag or "", 1)


def find_cjk_numbers(s: str):
    """(start, end, value, currency or None) for each number written the Chinese or Japanese way; a bare
    run of Arabic digits is left to the other readers."""
    if not _CJK_ANY.search(s):
        return
    compound = []
    for m in _CJK_COMPOUND.finditer(s):
        if _CJK_STEP[m.group("small")] >= _CJK_STEP[m.group("big")]:
            continue
        lo = m.group("lo").replace(",", "")
        lo_val = (float(lo[:-1] or 1) * 1000 if lo.endswith("千") else float(lo)) if lo else 0.0
        if lo_val * _CJK_STEP[m.group("small")] >= _CJK_STEP[m.group("big")]:
            continue
        val = float(m.group("hi")) * _CJK_STEP[m.group("big")] + lo_val * _CJK_STEP[m.group("small")]
        compound.append((m.start(), m.end()))
        cur = CJK_CURRENCY.get((m.group("cur") or "").strip())
        before = s[max(0, m.start() - 3):m.start()]
        bound = next((b for w, b in _CJK_BEFORE.items() if before.endswith(w)), None)
        yield m.start(), m.end(), f"{bound}{clean_number(val)}" if bound else clean_number(val), cur
    for m in _CJK_TAIL.finditer(s):   # "4万9980円": the units under the magnitude written in digits
        if any(a < m.end() and m.start() < b for a, b in compound):
            continue
        val = float(m.group("hi")) * _CJK_STEP[m.group("big")] + float(m.group("lo").replace(",", ""))
        compound.append((m.start(), m.end()))
        yield m.start(), m.end(), clean_number(val), CJK_CURRENCY.get((m.group("cur") or "").strip())
    for m in CJK_NUMBER.finditer(s):
        if any(a <= m.start() < b for a, b in compound):
            continue
        if not (m.group("mag") or m.group("latin") or m.group("cur") or not m.group("num")[0].isdigit()):
            continue
        if not m.group("num")[0].isdigit() and not m.group("mag") and len(m.group("num")) == 1 and not m.group("cur"):
            continue   # "一" alone is a word ("one", "a") far more often than a count
        val = cjk_number(m.group("num"), m.group("mag"))
        if val is None:
            continue
        if m.group("latin"):
            val *= _LATIN_MAG[m.group("latin")]
        bound = _CJK_BEFORE.get(m.group("before") or "") or _CJK_AFTER.get(m.group("after") or "")
        val = clean_number(val)
        cur = CJK_CURRENCY.get(m.group("cur") or "")
        if cur == "CNY" and m.group("cur") == "元":
            # "新台幣 9,337.9億元，稅後純益約 3,982.7 億元": the currency the sentence named before its "元"
            named = list(_CJK_CURRENCY_BEFORE.finditer(s, max(0, m.start() - 80), m.start("num")))
            cur = CJK_CURRENCY.get(named[-1].group(), cur) if named else cur
        yield m.start(), m.end(), f"{bound}{val}" if bound else val, cur


# at most four groups, and no further group after them: "100 200 300 400 500" is a list, not a number
SPACED_COUNT = re.compile(r"(?<![\d.,])(?<!\d[ \u00a0\u202f])[1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3}){1,4}(?![\d.,]?\d)(?![ \u00a0\u202f]\d)")


def find_counts(s: str, min_value: float = 1, words_ok: bool = False):
    """Counts: '15 trillion', 'more than 1,000'; another language's '70.000 millones', '2,5 Milliarden', '3000万',
    '300 000'."""
    intl = list(_intl_counts(s, min_value))
    intl += [(m.start(), m.end(), int(re.sub(r"\D", "", m.group())), None) for m in SPACED_COUNT.finditer(s)
             if int(re.sub(r"\D", "", m.group())) >= min_value and not any(a < m.end() and m.start() < b for a, b, _, _ in intl)]
    intl += [(a, b, v, None) for a, b, v, cur in find_cjk_numbers(s)
             if not cur and (_num_of(v) or 0) >= min_value and not any(x < b and a < y for x, y, _, _ in intl)]
    yield from intl
    for hit in _english_counts(s, min_value, words_ok):
        if not any(a < hit[1] and hit[0] < b for a, b, _, _ in intl):
            yield hit


def _half_of(s: str, m: re.Match) -> bool:
    """'half a trillion': the article counts one of a magnitude that "half" halves."""
    return m.group("num").lower() in ("a", "an") and bool(m.group("mag")) and bool(re.search(r"(?<![\w-])half\s+$", s[max(0, m.start("num") - 6):m.start("num")], re.I))


def _english_counts(s: str, min_value: float, words_ok: bool):
    for m in COUNT.finditer(s):
        if not m.group("mag") and not re.search(r"\d", m.group("num")) and not words_ok:
            continue
        if m.group("num").lower() in ("a", "an") and not m.group("mag"):
            continue
        if re.match(r"-[^\W\d_]", s[m.end():m.end() + 2]) and not m.group("mag"):
            continue   # "a 10-second video", "a 5-year deal": a compound adjective, not a count
        if not m.group("mag") and re.match(r"[^\W\d_]", s[m.end("num"):m.end("num") + 1]):
            continue   # "la red 4G", "3D", "2nm": a number glued to letters is part of a name or a unit, no count
        num = m.group("num")
        if re.fullmatch(r"[1-9]\d{0,2}(?:\.\d{3})+", num):
            num = num.replace(".", "")   # "300.000 clientes": a dot groups thousands, as Spanish and German write
        spaced = re.match(r"(?:[ \u00a0\u202f]\d{3}(?!\d))+", s[m.end("num"):])
        if spaced and re.fullmatch(r"[1-9]\d{0,2}", num) and not m.group("mag"):
            continue   # "300 000 clients": read below as one number
        val = number(num, m.group("mag"))
        if val is not None and _half_of(s, m):
            val *= 0.5   # "half a trillion parameters"
        if val is None or val < min_value:
            continue
        yield m.start(), m.end(), _qualify(clean_number(val), m.group("q")), None


# "a range of 0 per cent to 0.1 per cent": a range written with the word after each end
_PERCENT_RANGE_WORDS = re.compile(rf"(?:(?<=range of )|(?<=between ))(?P<lo>{PCT_NUM})\s(?:percent|per cent)\s(?:to|and)\s(?P<hi>{PCT_NUM})\s(?:percent|per cent)\b",
                                  re.I)


def find_percents(s: str):
    found = [(m.start(), m.end(), f"{clean_number(percent_number(m.group('lo')))}-{clean_number(percent_number(m.group('hi')))}", "percent")
             for m in _PERCENT_RANGE_WORDS.finditer(s)]
    starts = [a for a, _, _, _ in found]   # (in order and apart, as finditer gives them)
    for m in PERCENT.finditer(s):
        i = bisect.bisect_right(starts, m.start()) - 1
        if i >= 0 and m.start() < found[i][1]:
            continue
        lo = clean_number(percent_number(m.group("lo")))
        if m.group("hi"):
            hi = clean_number(percent_number(m.group("hi")))
            found.append((m.start(), m.end(), f"{lo}-{hi}", "percent"))
        else:
            found.append((m.start(), m.end(), _qualify(lo, m.group("q")), "percent"))
    yield from (sorted(found, key=lambda x: x[0]) if starts else found)


def percent_number(num: str) -> float:
    """'2,3' (a decimal comma) is 2.3; '1,200' is 1200."""
    if re.fullmatch(r"\d+,\d{1,2}", num):
        return float(num.replace(",", "."))
    return float(num.replace(",", ""))


def find_points(s: str):
    for m in POINTS.finditer(s):
        yield m.start(), m.end(), clean_number(float(m.group("num").replace(",", ""))), "points"


# a sum with no magnitude written the other languages' way: "0,25 $", "15 €", "3 dólares", "2,50 euros",
# "215.900 yuan" (a group of thousands, not a decimal)
SMALL_MONEY = re.compile(
    rf"{NUMSTART}(?P<num>\d{{1,3}}(?:\.\d{{3}})+(?:,\d{{1,2}})?|\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}}){{1,4}}(?![ \u00a0\u202f]\d)(?:,\d{{1,2}})?|\d+(?:,\d{{1,2}})?)(?![\d.,]\d)"
    rf"(?:\s?(?P<sym>\$|€|US\$)(?!\w)|\s+(?:de\s+)?(?:US-|US\s)?(?P<cur>d[oó]lares|dollars?|dollari|euros?|reais|yuan(?:es|s)?|yen(?:es|s)?)\b)", re.IGNORECASE)
# the sign before the sum, in a form English never writes: a decimal comma ("US$ 449,99", "€1.299,00"),
# or the real's sign ("R$ 2.999")
SIGN_FIRST_MONEY = re.compile(
    r"(?<![A-Za-z])(?:(?P<sym>US\$|U\$S|€|\$)\s?(?P<num>\d{1,3}(?:\.\d{3})*,\d{2})"
    r"|(?P<real>R\$)\s?(?P<rnum>\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+(?:,\d{1,2})?))(?![\d.,]?\d)")


def _small_money(s: str):
    for m in SMALL_MONEY.finditer(s):
        num = re.sub(r"[ \u00a0\u202f]", "", m.group("num")).replace(".", "").replace(",", ".")
        if len(num) > 18:
            continue   # no amount has this many digits: a run of numbers
        cur = (m.group("sym") or m.group("cur")).lower()
        yield m.start(), m.end(), clean_number(float(num)), _INTL_CUR.get(cur, cur.upper())
    for m in SIGN_FIRST_MONEY.finditer(s):
        num = (m.group("num") or m.group("rnum")).replace(".", "").replace(",", ".")
        yield m.start(), m.end(), clean_number(float(num)), "BRL" if m.group("real") else _INTL_CUR[m.group("sym").lower()]


def _num_of(v) -> float | None:
    try:
        return float(str(v).lstrip("<>=~"))
    except ValueError:
        return None


_LEAD_NUM = re.compile(r"\d[\d.,\u00a0\u202f]*")
_BETWEEN = r"(?:between|entre|zwischen|tra|fra|tussen)"
# the low end of a range written before an amount: "26 to", "26-", "26 bis", "between 26 and"
_LOW_END = re.compile(rf"(?:(?<![\w.,])(?P<lo>\d[\d.,]*)\s*(?:-|–|\bto|\bbis)\s*"
                      rf"|\b{_BETWEEN}\s+(?P<lo2>\d[\d.,]*)\s+(?:and|y|und|et|e|en)\s+)$", re.I)
_HIGH_END = re.compile(rf"^\s*[-–]\s*(?P<hi>\d[\d.,]*)\s*(?P<mag>{MAG})")
# ("55.5%~57.5%", "318～330億", "31,8 bis 33": the ends of a range in other scripts and languages)
_JOIN = re.compile(r"^\s*(?:-|–|~|～|〜|至|to|bis)\s*$", re.I)
_JOIN_BETWEEN = re.compile(r"^\s*(?:and|y|und|et|e|en)\s*$", re.I)
_BETWEEN_BEFORE = re.compile(rf"\b{_BETWEEN}\s+(?:(?:the|de|die|den|le|les|los|las|i|gli)\s+)?$", re.I)   # ("tussen de €6,5 miljard en …")
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)   # "from 26 to 28": a change, read with its verb


def _plain_number(text: str) -> float | None:
    """The leading number of an amount as written, read the same way for both ends of a range."""
    m = _LEAD_NUM.search(text)
    if not m:
        return None
    t = m.group().rstrip(".,")
    t = re.sub(r"[.,\u00a0\u202f](?=\d{3}(?!\d))", "", t) if re.fullmatch(r"\d{1,3}(?:[.,\u00a0\u202f]\d{3})+", t) else t.replace(",", ".")
    try:
        return float(t)
    except ValueError:
        return None


def merge_ranges(s: str, hits: list[tuple]) -> list[tuple]:
    """Amounts that are the two ends of one range ("$26 billion to $28 billion", "26 bis 28
    Milliarden Dollar", "$26-28 billion", "between 5% and 7%") become one hit whose value is
    "low-high"; a change ("from 26 to 28") is left to the claim reader. One end alone would be a
    wrong value, so an end that cannot be read drops the amount."""
    hits = sorted(hits, key=lambda h: h[0])
    out: list[tuple] = []
    i = 0
    while i < len(hits):
        a, b, v, u = hits[i]
        if not isinstance(v, (int, float)):
            out.append(hits[i])
            i += 1
            continue
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        gap = s[b:nxt[0]] if nxt else ""
        if nxt and nxt[3] == u and isinstance(nxt[2], (int, float)) and not _FROM_BEFORE.search(s[max(0, a - 8):a]) \
                and (_JOIN.match(gap) or (_JOIN_BETWEEN.match(gap) and _BETWEEN_BEFORE.search(s[max(0, a - 12):a]))):
            lo = v
            if v * 1000 <= nxt[2] and not re.search(r"[^\W\d_]", s[a:b]):   # "$26 to $28 billion"
                lo_n, hi_n = _plain_number(s[a:b]), _plain_number(s[nxt[0]:nxt[1]])
                lo = clean_number(nxt[2] * lo_n / hi_n) if lo_n and hi_n else None
            if lo is not None and lo < nxt[2]:
                out.append((a, nxt[1], f"{clean_number(lo)}-{nxt[2]}", u))
                i += 2
                continue
        m = _HIGH_END.match(s[b:])
        lead = _LEAD_NUM.search(s[a:b])
        if m and lead and not re.search(r"[^\W\d_]", s[a:b]):    # "$26-28 billion"
            lo, hi = number(lead.group().rstrip(".,"), m.group("mag")), number(m.group("hi").rstrip(".,"), m.group("mag"))
            if lo is not None and hi is not None and math.isfinite(lo) and math.isfinite(hi) and lo < hi:
                out.append((a, b + m.end(), f"{clean_number(lo)}-{clean_number(hi)}", u))
            i += 1
            continue
        low = _LOW_END.search(s[max(0, a - 40):a])
        if low and s[a:a + 1].isdigit() and not _FROM_BEFORE.search(s[max(0, a - 40):a - len(low.group())]):
            lo_n, hi_n = _plain_number(low.group("lo") or low.group("lo2")), _plain_number(s[a:b])
            if lo_n is not None and hi_n and lo_n < hi_n:
                out.append((a - len(low.group()), b, f"{clean_number(v * lo_n / hi_n)}-{v}", u))
            i += 1
            continue
        out.append(hits[i])
        i += 1
    return out


# "NTD 933.79 (USD 31.73) billion": a sum and its conversion in brackets share the magnitude written after both
_SHARED_MAG = re.compile(rf"(?<![\w$])(?P<c1>[A-Z]{{3}})\s?(?P<n1>{NUM})\s*\((?P<c2>[A-Z]{{3}}|US\$|\$)\s?(?P<n2>{NUM})\)\s*"
                         r"(?P<mag>trillion|billion|million|bn|mn)\b")
_CODE_ALIASES = {"NTD": "TWD", "RMB": "CNY"}


def _shared_magnitude(s: str) -> list[tuple]:
    out = []
    for m in _SHARED_MAG.finditer(s):
        c1 = _CODE_ALIASES.get(m.group("c1"), m.group("c1"))
        if c1.lower() not in CURRENCY and c1 not in CURRENCY.values():
            continue
        c2 = "USD" if m.group("c2") in ("US$", "$") else _CODE_ALIASES.get(m.group("c2"), m.group("c2"))
        out.append((m.start(), m.end("n1"), clean_number(number(m.group("n1"), m.group("mag"))), CURRENCY.get(c1.lower(), c1)))
        out.append((m.start("c2"), m.end(), clean_number(number(m.group("n2"), m.group("mag"))), CURRENCY.get(c2.lower(), c2)))
    return out


@lru_cache(maxsize=2048)
def find_money(s: str) -> tuple[tuple, ...]:
    """Every amount of money in `s` as (start, end, value, currency), in text order. Extraction asks
    this of one sentence many times over: the answer is kept for a while (a tuple, never changed)."""
    return tuple(_money_hits(s))


def _money_hits(s: str):
    shared = _shared_magnitude(s) if "(" in s else []
    hits = merge_ranges(s, [(a, b, v, _other_dollar(s, a, b) if cur == "USD" else cur) for a, b, v, cur in _find_money(s)
                            if not any(x < b and a < y for x, y, _, _ in shared)] + shared)
    hits = sorted(hits, key=lambda h: h[0])
    for i, hit in enumerate(hits):
        prev = hits[i - 1] if i else None
        if prev is not None and prev[3] and hit[3] and prev[3] != hit[3] and _CONVERSION.fullmatch(s[prev[1]:hit[0]]):
            continue   # "$29.3 billion, approximately ¥207.9 billion", "65억달러(약 9조5000억원)": the same sum converted
        if isinstance(hit[2], (int, float)) and _GLUED_MIL.search(s[:hit[1]], max(0, hit[0] - 2)):
            hit = (hit[0], hit[1], clean_number(hit[2] * 1000), hit[3])   # "US$263mil": Asian English's million, not "mil" (thousand)
        if isinstance(hit[2], (int, float)) and not isinstance(hit[2], bool) and re.match(r"\+(?![\d+])", s[hit[1]:hit[1] + 2]):
            hit = (hit[0], hit[1] + 1, f">{clean_number(hit[2])}", hit[3])   # "$10B+": at least, as "over $10B" says
        upper = _BARE_UPPER.match(s, hit[1]) if isinstance(hit[2], (int, float)) and not isinstance(hit[2], bool) else None
        if upper and float(upper.group(1)) > hit[2]:
            # "¥0.5-2 per million tokens", "$10–15 per month": the symbol is written once for both ends
            hit = (hit[0], upper.end(1), f"{clean_number(hit[2])}-{clean_number(float(upper.group(1)))}", hit[3])
        yield hit


# a currency's symbol, its amount and "mil" glued to it: "US$263mil", "S$1.5mil" (Romance languages space it: "263 mil dólares")
# (not the real's "R$2mil", two thousand reais as Brazil writes it)
_GLUED_MIL = re.compile(r"(?:(?<![A-Z])(?:US|S|A|AU|NZ|HK|C|NT)?\$|RM)\s?\d[\d.,]*mil$")
_BARE_UPPER = re.compile(r"[-–](?!(?:19|20)\d\d\b)(\d+(?:\.\d+)?)(?![\d.,]*\s*(?:%|percent|[kKmMbBtT]\b|bn|mn|million|billion|trillion|thousand|[$€£¥]))")


# what stands between an amount and the same amount in another currency
_CONVERSION = re.compile(r"\s*(?:(?:taiwaneses|taiwanais|taiwanesi|canadiens|canadienses|australiens|australianos|estadounidenses|"
                         r"américains|americanos|statunitensi)\s*)?[,(（/]?\s*(?:or|approximately|approx\.?|about|around|roughly|some|nearly|equivalent to|equal to|"
                         r"i\.e\.|ca\.|circa|environ|soit|unos|unas|cerca de|aproximadamente|etwa|rund|umgerechnet|circa|"
                         r"约合|约|約|약|대략|相当于)?\s*", re.I)


# dollars of another country: "NT$", "HK$", "Taiwan dollars", "dólares taiwaneses", "Taiwan-Dollar"
_DOLLAR_PLACES = (("TWD", "NT|T", r"New Taiwan|Taiwan|taiwanese|taiwaneses|taiwanais|taiwanesi|taiwanesischen?"),
                  ("HKD", "HK", r"Hong Kong|Hongkong|hongkongais"),
                  ("CAD", "C|CA", r"Canadian|canadiens?|canadienses?|kanadischen?|canadesi"),
                  ("AUD", "A|AU", r"Australian|australiens?|australianos?|australischen?|australiani"),
                  ("SGD", "S", r"Singapore|singapouriens?|Singapur"),
                  ("NZD", "NZ", r"New Zealand|néo-zélandais|neozelandeses"))
_DOLLAR_WORD = r"(?:d[oó]lares|dollars?|dollari|Dollar)"
_SYMBOL_PLACE = re.compile(r"(?<![A-Za-z])(" + "|".join(sym for _, sym, _ in _DOLLAR_PLACES) + r")$")
_WORD_PLACE = "|".join(words for _, _, words in _DOLLAR_PLACES)
_PLACE_THEN_WORD = re.compile(rf"(?<![A-Za-z])({_WORD_PLACE})[-\s]?{_DOLLAR_WORD}\b", re.I)
_WORD_THEN_PLACE = re.compile(rf"{_DOLLAR_WORD}\s+(?:de\s+|di\s+)?({_WORD_PLACE})\b", re.I)


def _other_dollar(s: str, a: int, b: int) -> str:
    """USD, unless the amount names another country's dollar."""
    amount = s[a:b]
    i = amount.find("$")
    if i >= 0:
        m = _SYMBOL_PLACE.search(s[max(0, a - 4):a + i])
        return next((code for code, sym, _ in _DOLLAR_PLACES if m and re.fullmatch(sym, m.group(1))), "USD")
    m = _PLACE_THEN_WORD.search(s, max(0, a), b + 4) or _WORD_THEN_PLACE.search(s, max(0, b - 12), b + 40)
    if m and (m.start() < b or re.fullmatch(r"\s*", s[b:m.start()])):
        return next((code for code, _, words in _DOLLAR_PLACES if re.fullmatch(words, m.group(1), re.I)), "USD")
    return "USD"


def _find_money(s: str):
    intl = list(_intl_money(s))
    intl += [hit for hit in find_cjk_numbers(s) if hit[3] and not any(a < hit[1] and hit[0] < b for a, b, _, _ in intl)]
    intl += [hit for hit in _small_money(s) if not any(a < hit[1] and hit[0] < b for a, b, _, _ in intl)]
    yield from intl
    taken = [(a, b) for a, b, _, _ in intl]
    for hit in _english_money(s):
        if not any(a < hit[1] and hit[0] < b for a, b in taken):
            yield hit


# vague multipliers: "several hundred million dollars", "mehreren zehn Milliarden" (no amount), and
# grounding's "some billion"
VAGUE_WORDS = (r"several|a few|few|many|tens of|hundreds of|dozens of|mehrere[nr]?|einige[nr]?|plusieurs|quelques|"
               r"varios|varias|algunos|algunas|diversi|diverse|alcuni|alcune|vários|várias|alguns|algumas|enkele|meerdere")
_VAGUE_BEFORE = re.compile(rf"(?<![\w-])(?:{VAGUE_WORDS})\s+$", re.I)


def vague_before(s: str, start: int, num: str) -> bool:
    """A written-out number at `start` follows a vague multiplier ("several hundred million")."""
    return not num[:1].isdigit() and bool(_VAGUE_BEFORE.search(s[max(0, start - 20):start]))


# "¥" writes both the yen and the yuan: the sentence's other words say which
YEN_CUES = re.compile(r"\b(?:yen|Japan|Japanese|Tokyo|Nikkei|TSE|TYO)\b|円", re.I)
YUAN_CUES = re.compile(r"\b(?:yuan|renminbi|RMB|CNY|China|Chinese|Beijing|Shanghai|Shenzhen|Hong Kong)\b|元|人民币", re.I)


# "68 cents a share", "a dividend of 10 cents": a hundredth of the dollar (of the euro after "euro")
_CENTS = re.compile(r"(?<![\w.,$€£])(?P<num>\d{1,2}(?:\.\d+)?)\s(?P<euro>euro\s)?cents?\b", re.I)


def _english_money(s: str):
    for m in PER_MILLION.finditer(s):
        yield m.start(), m.end(), clean_number(float(m.group("num").replace(",", ""))), CURRENCY[m.group("sym").lower()]
    for m in _CENTS.finditer(s):
        yield m.start(), m.end(), clean_number(round(float(m.group("num")) / 100, 4)), "EUR" if m.group("euro") else "USD"
    for m in MONEY.finditer(s):
        if m.group("sym"):
            if m.group("sym").isalpha() and not m.group("mag") and re.fullmatch(r"(?:19|20)\d\d", m.group("num")):
                continue   # "EUR 2024": a code above a year's column, no sum
            val = number(m.group("num"), m.group("mag"))
            cur = CURRENCY[m.group("sym").lower()]
            if cur == "CNY" and m.group("sym") == "¥" and YEN_CUES.search(s) and not YUAN_CUES.search(s):
                cur = "JPY"   # "¥489 billion" in a sentence about Japan or in yen: the sign is the yen's
        else:
            if not m.group("mag2") and m.group("cur").lower() in ("won", "pounds"):
                continue   # "won 3 awards", "lost 20 pounds": a currency only after a magnitude ("9.2 trillion won")
            if vague_before(s, m.start("num2"), m.group("num2")):
                continue
            val = number(m.group("num2"), m.group("mag2"))
            cur = CURRENCY.get(m.group("cur").lower(), m.group("cur").upper())
        if val is None:
            continue
        yield m.start(), m.end(), _qualify(clean_number(val), m.group("q")), cur


def _intl_money(s: str):
    """Amounts with another language's magnitude word and a currency ('465.000 millones de dólares')."""
    last = None
    for m in INTL_MONEY.finditer(s):
        cur = m.group("sym") or m.group("cur")
        if not cur and last and m.group("mag").lower() not in ("million", "millions") \
                and re.match(r"\s*(?:[,.;:)–—]|$|(?!(?:de|del|d['’]|di|of)\b)[a-zß-ÿ])", s[m.end():]):
            cur = last   # "3,5 Milliarden Dollar … mit 61,5 Milliarden bewertet": the currency stated before
        if not cur:
            continue
        last = cur
        if vague_before(s, m.start("num"), m.group("num")):
            continue
        if m.group("mag").lower() in ("million", "millions") and not m.group("cur"):
            continue   # English "$2 million": the English finder reads it
        val = intl_number(m.group("num"), m.group("mag"), _french_million(s, m))
        code = "USD" if cur.lower().endswith("-dollar") else _INTL_CUR.get(re.sub(r"\s+", " ", cur.lower()), cur.upper())   # (whose dollar: `_other_dollar`)
        start = m.start()
        thousands = _MIL_BEFORE.search(s, max(0, m.start() - 12), m.start()) if m.group("mag").lower() in ("millones", "milhões") \
            and not m.group("sym") and re.fullmatch(r"\d{1,3}", m.group("num")) else None
        if thousands and val is not None:
            # "4 mil 300 millones de dólares", as Mexico writes 4,300 million: the thousands of millions before
            val, start = val + float(thousands.group(1)) * 1e9, thousands.start()
        yield start, m.end(), _intl_qualify(clean_number(val), m.group("q")), code


_MIL_BEFORE = re.compile(r"(?<![\d.,])(\d{1,3})\s+mil\s+$")


def _french_million(s: str, m: re.Match) -> bool:
    """"5,369 millions de yens": "millions" followed by "de" is French, whose comma is a decimal one."""
    return m.group("mag").lower() in ("million", "millions") and bool(re.match(r"\s+(?:de|d['’])\s?", s[m.end("mag"):]))


def _intl_qualify(val, q: str | None):
    q = re.sub(r"^((?:supera|superaba|superó|superar|superare|superando|ultrapassa|ultrapassou|ultrapassar|übersteigt|überstieg|übertrifft|"
               r"übersteigen|dépasser|depasser))\s+(?:los|las|os|as|die|den|i|gli|le|les)$", r"\1",
               (q or "").strip().lower())   # ("supera los 83.000 millones")
    return f"{_INTL_QUAL[q]}{val}" if q in _INTL_QUAL else f"~{val}" if q else val


def find_multiples(s: str):
    for m in MULTIPLE.finditer(s):
        if m.group("num"):
            val = clean_number(float(m.group("num").replace(",", "")))
        elif m.group("word"):
            val = {"twice": 2, "double": 2, "triple": 3, "half": 0.5}[m.group("word").lower()]
        else:
            val = WORD_NUMBERS[m.group("wn").lower()]
        yield m.start(), m.end(), val, "times"


def find_durations(s: str):
    for m in DURATION.finditer(s):
        lo = number(m.group("lo"))
        if lo is None:
            continue
        word = m.group("unit").lower()
        unit = "hours" if word.startswith("h") else "ms" if word.startswith(("ms", "milli")) else \
            "seconds" if word.startswith("s") else "minutes"
        val = f"{clean_number(lo)}-{m.group('hi')}" if m.group("hi") else _qualify(clean_number(lo), m.group("q"))
        yield m.start(), m.end(), val, unit


# what a "No. 1" can name that ranks nothing among rivals: "our No. 1 strategic priority", "the top concern"
_UNRANKED = re.compile(r"\s+(?:[a-z]+\s+)?(?:priority|priorities|goal|goals|aim|focus|concern|concerns|reason|reasons|question|issue|"
                       r"task|challenge|risk|threat|fan|fans|enemy|objective|rule|lesson|tip|mistake|problem|worry|complaint)\b", re.I)


_PERIOD_AFTER_ORDINAL = re.compile(r"[\s-]+(?:consecutive\s+|straight\s+)?(?:quarter|half|year|month|week|day|time|round|season|"
                                   r"trimestre|semestre|Quartal|Halbjahr|kwartaal|kvartalet|kvartal|kwartał)", re.I)


def find_ranks(s: str):
    for m in RANK.finditer(s):
        if m.group("no") and re.match(r"[:/-]\w", s[m.end():m.end() + 2]):
            continue   # "No. 1:25-cv-01388": a case or file number, no rank
        if _UNRANKED.match(s, m.end()):
            continue   # "AI is our No. 1 strategic priority": a ranking of the speaker's concerns, no rank among rivals
        if m.group("top") and re.match(r"\s+(?:[a-z]+\s+)?(?:customers|clients|suppliers|buyers|markets|holders|shareholders|investors|"
                                       r"executives|partners|products|cities|countries|banks|companies|firms)\b", s[m.end():], re.I):
            continue   # "orders from its top five customers fell 22%": a group named by its rank, no rank of the subject
        if m.group("no") or m.group("hash"):
            val = int(m.group("no") or m.group("hash"))
        elif m.group("numw"):
            w = m.group("numw").lower()
            val = WORD_NUMBERS.get(w) or int(w)
        elif m.group("spot"):
            if re.search(r"\b(?:spell|reign|run|stint|tenure|streak|days|time)\s+(?:at|on|in)\s+$|"
                         r"\b(?:end|ends|ended|ending|over|after)\b|\bheld\s+$", s[max(0, m.start() - 60):m.start()], re.I):
                continue   # "ends GPT-4's prolonged spell at the top", "have held the top spot": a time there, over or ending
            val = 1
        elif m.group("ord"):
            if _PERIOD_AFTER_ORDINAL.match(s, m.end("ord")):
                continue   # "booked in the second quarter", "for the third time in a row": a time, no rank
            val = ORDINALS[m.group("ord").lower()]
        else:
            t = m.group("top").lower()
            val = f"top {WORD_NUMBERS.get(t) or int(t)}"
        yield m.start(), m.end(), val, None


def find_licenses(s: str):
    for m in LICENSE.finditer(s):
        if m.group("lic"):
            lic = m.group("lic")
            if lic.lower().startswith("apache"):
                lic = "Apache-2.0"
            val = lic
        elif m.group("open"):
            val = "open weights" if "weight" in m.group("open").lower() else "open source"
        else:
            val = "proprietary"
        yield m.start(), m.end(), val, None


def _shift_year(base: dt.date | None, offset: int) -> int | None:
    return base.year + offset if base else None


def find_quarters(s: str, base: dt.date | None):
    """Forecast horizons as ISO quarters or years; relative ones need the entry's date."""
    for m in QUARTER.finditer(s):
        val = None
        if m.group("q"):
            val = f"{m.group('qy')}-{m.group('q').upper()}"
        elif m.group("q2"):
            val = f"{m.group('qy2')}-{m.group('q2').upper()}"
        elif m.group("qord"):
            val = f"{m.group('qy3')}-Q{_ORD[m.group('qord').lower()]}"
        elif m.group("h"):
            val = f"{m.group('hy')}-{m.group('h').upper()}"
        elif m.group("hord"):
            val = f"{m.group('hy2')}-H{_ORD[m.group('hord').lower()]}"
        elif m.group("rel"):
            what = m.group("relwhat").lower()
            year = int(m.group("ry")) if m.group("ry") else _shift_year(base, 1 if "next" in what else 0)
            if year:
                rel = m.group("rel").lower()
                q = {"early": "Q1", "mid": "Q2", "the middle of": "Q2", "late": "Q4", "end of": "Q4", "the end of": "Q4"}[rel]
                val = f"{year}-{q}"
        elif m.group("within"):
            year = _shift_year(base, 0)
            val = str(year) if year else None
        elif m.group("next"):
            year = _shift_year(base, 1)
            val = str(year) if year else None
        elif m.group("year"):
            val = m.group("year")
        if val:
            yield m.start(), m.end(), val, None


def find_dates(s: str):
    for m in DATE.finditer(s):
        if m.group("month"):
            month = MONTHS.get(m.group("month").lower()) or next(
                v for k, v in MONTHS.items() if k.startswith(m.group("month").lower()[:3]))
            if m.group("day"):
                val = f"{m.group('year')}-{month:02d}-{int(m.group('day')):02d}"
            else:
                val = f"{m.group('year')}-{month:02d}"
        elif m.group("dmonth"):   # "13 May 2024"
            val = f"{m.group('dyear')}-{MONTHS[m.group('dmonth').lower()]:02d}-{int(m.group('dday')):02d}"
        elif m.group("iso"):
            val = m.group("iso")
        elif m.group("early"):
            val = m.group("ey")
        else:
            val = m.group("y")
        yield m.start(), m.end(), val, None


UNDISCLOSED = re.compile(
    r"\b(?:not (?:yet )?(?:released|disclosed|published|revealed|shared|announced)|undisclosed|"
    r"declined to (?:say|disclose|reveal|comment on|specify)|did(?: not|n't) (?:say|disclose|reveal|specify)|"
    r"without (?:any )?(?:data|details|information|figures|numbers) on|no (?:official )?(?:data|details|figures|specs|specifications|information) (?:on|about|were|was|have|has)|"
    r"(?:remains?|is|are|were|was) unknown|(?:has|have) not (?:said|disclosed|specified))\b",
    re.IGNORECASE,
)


def value_key(value) -> str:
    """A comparable form of a normalised value: numbers as floats, text folded."""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (int, float)):
        return repr(float(value))
    s = str(value).strip().lower()
    s = re.sub(r"[\s_-]+", " ", s)
    try:
        return repr(float(s.replace(",", "")))
    except ValueError:
        return s


def short_size(n: float) -> str | None:
    """A parameter count as model names write it: 70000000000 -> "70B", 1.5e12 -> "1.5T"."""
    for scale, letter in ((1e12, "T"), (1e9, "B"), (1e6, "M")):
        if n >= scale:
            return f"{n / scale:g}{letter}"
    return None
