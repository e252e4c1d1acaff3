"""Function words of other languages, read from site_config/languages.yml `grammar`, as patterns
the extractors use beside their English ones: prepositions that make a name an object, nouns
that refer back to the page's organisation, speech verbs and "according to" phrases, forecast
and hearsay markers, and the words a language writes for "percent"."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from functools import lru_cache

from digest.extract.values import INTL_WORD_NUMBERS, clean_number, percent_number
from digest.extract.wordtrie import alternation

# the small numbers written out in the languages read, never "un", "una", "ein" (an article) before a percentage word
_WORD_NUMBER = alternation(sorted((w for w, n in INTL_WORD_NUMBERS.items() if n > 1), key=len, reverse=True), icase=None) + r"(?![\w-])"


def _alts(words) -> str:
    return "|".join(re.escape(str(w)) for w in sorted(set(words), key=len, reverse=True))


UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")   # a letter of a script written without spaces
# a letter of a script written with spaces: a name ends or starts where Chinese or Japanese text does ("のAmpereの")
SPACED_LETTER = r"[^\W\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
_SPACED_LETTER = re.compile(SPACED_LETTER)
_DIGIT = re.compile(r"\d")
_SPAN = re.compile(r".+", re.S)


_AFTER = {"-": "-", "-d": r"-\d", ".d": r"\.\d", "$": r"\$"}


def literal_hits(text: str, word: str, before: str, after: tuple[str, ...]) -> list[re.Match]:
    """What `re.finditer(rf"(?<!{SPACED_LETTER})(?<![{before}]){re.escape(word)}(?!{SPACED_LETTER}|{after…})", text)`
    finds, without compiling a pattern for each word (one with these character ranges costs milliseconds
    to compile): `word` where neither a letter of a spaced script nor a character of `before` stands
    before it, and after it no such letter and none of the shapes of `after`: "-" a hyphen, "-d" a
    hyphen and a digit, ".d" a full stop and a digit, "$" a dollar sign. Each hit is a match of its span
    in `text` (start, end, group); the search goes on after a hit, as finditer's does."""
    if not word:
        right = "|".join([SPACED_LETTER, *(_AFTER[a] for a in after)])
        return list(re.finditer(rf"(?<!{SPACED_LETTER})" + (rf"(?<![{re.escape(before)}])" if before else "") + rf"(?!{right})", text))
    out: list[re.Match] = []
    n, size = len(word), len(text)
    hyphen, hyphen_digit, stop_digit, dollar = "-" in after, "-d" in after, ".d" in after, "$" in after
    i = text.find(word)
    while i >= 0:
        e = i + n
        ok = i == 0 or (text[i - 1] not in before and not _SPACED_LETTER.match(text, i - 1))
        if ok and e < size:
            c = text[e]
            ok = not (_SPACED_LETTER.match(text, e) or (hyphen and c == "-") or (hyphen_digit and c == "-" and _DIGIT.match(text, e + 1))
                      or (stop_digit and c == "." and _DIGIT.match(text, e + 1)) or (dollar and c == "$"))
        if ok:
            out.append(_SPAN.match(text, i, e))
            i = text.find(word, e)
        else:
            i = text.find(word, i + 1)
    return out


def _left(w: str) -> str:
    return r"(?<![\w'’])" if w[:1].isalnum() and not UNSPACED.match(w[:1]) else ""


def _right(w: str) -> str:
    return r"(?![\w'’])" if w[-1:].isalnum() and not UNSPACED.match(w[-1:]) else ""


def _bounded(words) -> str:
    """Phrases as alternatives that start and end on word boundaries ("d'" ends on its apostrophe),
    for a pattern compiled with IGNORECASE (every caller's), as a tree of their common beginnings."""
    ordered = sorted(set(words), key=len, reverse=True)
    return alternation(ordered, icase=True, left=_left, right=_right) if ordered else r"(?!x)x"


@dataclass(frozen=True)
class Grammar:
    prep_before: re.Pattern     # a preposition right before a name
    referent: re.Pattern        # "la start-up", "das Unternehmen"
    according_before: re.Pattern  # "según ", "selon le " right before a name
    said_after: re.Pattern      # "Musk dijo": a speech verb right after a name
    said_before: re.Pattern     # "dijo Musk", "a déclaré CNBC": a speech verb right before a name
    reported: re.Pattern        # unnamed reports
    forecast: re.Pattern
    agent_before: re.Pattern    # "par xAI", "por Nvidia" right after a value
    relative: re.Pattern        # ", which", ", que", ", die": a relative clause opens
    conjunction: re.Pattern     # "mientras", "tandis que", "während": a new clause opens
    percent: re.Pattern | None  # a number and another language's word for "percent"
    stop: frozenset = frozenset()  # one-word function words: not the first word of a name ("Según Bloomberg")
    articles: frozenset = frozenset()
    pronouns: frozenset = frozenset()   # "Er", "Elle", "Lui": a capitalised pronoun opening a sentence names no one
    company: frozenset = frozenset()    # nouns a name follows ("das Münchner Start-up Helsing")
    nouns: frozenset = frozenset()      # capitalised common nouns: attribute words, units, company nouns
    under_license: re.Pattern | None = None   # "sous licence ", "unter der " before a license name
    month_in: re.Pattern | None = None   # "en enero de 2025", "im Januar", "en 2024"
    month_number: tuple = ()              # month names, twelve per language in order
    according_doc: re.Pattern | None = None   # "según documentos judiciales": a source named by a common noun
    maker_nouns: re.Pattern | None = None     # "ChatGPT maker OpenAI": after a product's name, before its maker's
    forecast_words: re.Pattern | None = None  # the forecast words alone, not the future tense ("se espera que", "prevé")
    auxiliary: re.Pattern | None = None       # " hat ", " a ", " has ": an auxiliary right after a clause's subject
    percent_sign: re.Pattern | None = None    # "%" or a word for "percent": what every match of `percent` holds
    source_nouns: frozenset = frozenset()     # one-word `source_documents` ("data", "figures"): where a figure is read


@lru_cache(maxsize=8)
def grammar(k) -> Grammar:
    g = k.grammar or {}
    words = lambda role: g.get(role) or ()
    _ARTICLE = r"(?:(?:the|" + _alts(words("articles")) + r")\s*)?"
    return Grammar(
        # "von der japanischen Softbank Group": adjectives (lower case) may stand between the article and the name
        prep_before=re.compile(_bounded(words("prepositions")) + r"\s*" + _ARTICLE
                               + r"(?:(?-i:[a-zäöüßàâçéèêëîïôûùÿñ][\w-]*)\s+){0,2}$", re.I),
        referent=re.compile(_bounded(words("referents")), re.I),
        # "según analistas de Bernstein", "selon des informations obtenues par le WSJ"
        # ("el segundo unicornio de España", "o segundo trimestre": after an article "segundo" is an ordinal)
        according_before=re.compile(r"(?<!\bel )(?<!\bo )(?<!\bun )(?<!\bum )(?<!\bdel )(?<!\bdo )(?<!\bal )(?<!\bao )"
                                    + _bounded(words("according_to")) + r"\s+(?:(?-i:[a-zß-ÿ][\w-]*)\s+){0,4}?" + _ARTICLE
                                    # (and the source's kind, a German noun: "Laut der Beratungsgesellschaft PWC")
                                    + r"(?:(?<=\s)(?-i:[A-ZÄÖÜ][a-zäöüß]{5,})\s+)?$", re.I),
        # (and a word of "according to" that follows its source: "Der \"Financial Times\" zufolge")
        # (a closing quote only before the latter: '…, Blackwell Ultra", disse a empresa' is the company speaking)
        said_after=re.compile(r"^\s*,?\s*" + _bounded(words("said")) + r"|^[\"”»'’]?\s*" + _bounded(words("according_after")), re.I),
        according_doc=re.compile("(?:" + _bounded(list(words("according_to")) + ["according to"]) + r")\s+" + _ARTICLE
                                 + r"(?P<who>" + _bounded(words("source_documents")) + ")", re.I)
        if words("source_documents") else None,
        # ("rapporte dimanche le Financial Times": a day may stand between the verb and who speaks)
        said_before=re.compile(_bounded(words("said")) + r"\s*,?\s+(?:" + _bounded([*words("weekdays"), "today", "yesterday", "hier",
                                                                                    "aujourd'hui", "ayer", "hoy", "gestern", "heute",
                                                                                    "ieri", "oggi", "ontem", "hoje"]) + r"\s+)?"
                               + _ARTICLE + r"$", re.I),
        reported=re.compile("|".join([_bounded(words("reported"))] + list(words("reported_forms"))), re.I),
        forecast=re.compile("|".join([_bounded(words("forecast"))] + list(words("forecast_forms"))), re.I),
        maker_nouns=re.compile(r"(?:\s+|-)" + _bounded(words("maker_nouns")) + r"\s+", re.I) if words("maker_nouns") else None,
        forecast_words=re.compile(_bounded(words("forecast")), re.I) if words("forecast") else None,
        auxiliary=re.compile(r"\s+" + _bounded(words("auxiliaries")) + r"\s", re.I) if words("auxiliaries") else None,
        agent_before=re.compile(r"^\s+" + _bounded(words("agent")) + r"\s+" + _ARTICLE + r"$", re.I),
        relative=re.compile(r",\s*" + _bounded(words("relative")), re.I),
        # (from the first space of a run only: "\s*,?\s+" tried every split of a long run of spaces)
        conjunction=re.compile(r"(?<!\s)(?:\s*,\s+|\s+)" + _bounded(words("conjunctions")) + r"\s", re.I),
        # (the Spanish, Portuguese, French and Italian bound takes an article: "más de un 22%", "circa l'88 per cento")
        # ("hasta un 70%" is at most 70%; "hasta el 2%" is the level reached, read as no bound)
        percent=re.compile(rf"(?:(?:(?P<approx>{_bounded(words('approx'))})\s+|(?P<more>{_bounded(words('more_than'))})\s+|(?P<less>{_bounded(words('less_than'))})\s+)(?:(?:un|una|um|uma|une|il|el|o)\s+|l['’])?"
                           rf"|(?P<upto>{_bounded(words('up_to') or ['(?!x)x'])})\s+(?:(?:un|una|um|uma|une)\s+)?(?=\d|{_WORD_NUMBER}))?"
                           # (a small number written out: "um knapp sieben Prozent", "über zehn Prozent", "dix pour cent")
                           rf"(?<![\w.,])(?P<n>\d+(?:[.,]\d{{1,2}})?|{_WORD_NUMBER})(?:\s+{_bounded(words('percent'))}|\s?%(?<=(?:\s|\d)%))", re.I)
        if words("percent") else None,
        percent_sign=re.compile(r"%|" + _bounded(words("percent")), re.I) if words("percent") else None,
        stop=frozenset(w.lower() for role in ("prepositions", "according_to", "agent", "articles", "approx", "months", "weekdays",
                                              "connectives", "demonstratives")
                       for w in words(role) if " " not in w),
        articles=frozenset(w.lower() for w in words("articles")) | {"the", "a", "an"},
        pronouns=frozenset(w.lower() for w in words("pronouns")),
        # (and the nouns that stand before a name: "Chipmaker Orrin", "Rival Orrin Semiconductor")
        company=frozenset(w.split()[-1].lower() for w in (*words("referents"), *words("org_nouns"))),
        nouns=frozenset(w.lower() for role in ("terms", "units") for w in words(role) if " " not in w)
        | frozenset(w.split()[-1].lower() for w in words("referents")),
        month_in=re.compile(rf"{_bounded(words('in_month'))}\s+(?P<month>{_bounded(words('months'))})(?:\s+(?:de\s+|del\s+)?(?P<year>(?:19|20)\d{{2}})\b)?"
                            rf"|{_bounded(words('in_year'))}\s+(?P<y>(?:19|20)\d{{2}})\b", re.I)
        if words("months") and words("in_month") and words("in_year") else None,
        month_number=tuple(w.lower() for w in words("months")),
        source_nouns=frozenset(str(w).lower() for w in words("source_documents") if " " not in str(w)),
        under_license=re.compile(_bounded(words("under_license")) + r"\s+(?=(?:MIT|Apache|GPL|BSD|CC|Llama))", re.I)
        if words("under_license") else None,
    )



def in_parens(s: str, pos: int) -> int | None:
    """Where the parenthesis enclosing `pos` opens, or None."""
    depth_at = s.rfind("(", 0, pos)
    if depth_at < 0 or s.rfind(")", 0, pos) > depth_at:
        return None
    return depth_at


# the low end of a range before a percentage, and its word: "22 až 24 procent", "5 bis 7 Prozent"
_RANGE_LOW = re.compile(r"(?<![\w.,])(?P<lo>\d+(?:[.,]\d{1,2})?)\s*(?:-|–|to|až|do|bis|à|a|hasta|tot|till|til|до|hingga|sampai)\s*$", re.I)
# … unless it is where a change started: "von 5 auf 7", "pasó de 22 a 24"
_FROM_WORD = re.compile(r"(?<![\w-])(?:from|von|de|desde|da|dal|van|z|ze|с|от|dari)\s+$", re.I)


def find_percents(s: str, k):
    """'17 Prozent', 'rund 2,3 por ciento', 'cerca del 17%': percentages with another language's
    word or bound; '22 až 24 procent' is one range."""
    rx = grammar(k).percent
    # (the pattern's optional bounds make it slow to try at every position: most sentences hold no percentage)
    if rx is None or not grammar(k).percent_sign.search(s):
        return
    for m in rx.finditer(s):
        if m.group().endswith("%") and not (m.group("approx") or m.group("more") or m.group("less") or m.group("upto")):
            continue   # a bare "17%": the English reader's
        num = m.group("n")
        if num.lower() in INTL_WORD_NUMBERS:
            val = float(INTL_WORD_NUMBERS[num.lower()])
        else:
            val = percent_number(num)
        val = int(val) if val == int(val) else round(val, 4)
        low = _RANGE_LOW.search(s, max(0, m.start() - 20), m.start()) if m.start() == m.start("n") else None
        if low and not _FROM_WORD.search(s, max(0, low.start() - 8), low.start()):
            lo = clean_number(percent_number(low.group("lo")))
            if lo < val:
                yield low.start("lo"), m.end(), f"{lo}-{val}", "percent"
            continue   # (an end that is not the lower one: no range to read, and not the percentage alone)
        yield m.start(), m.end(), (f"~{val}" if m.group("approx") else f">{val}" if m.group("more")
                                   else f"<{val}" if m.group("less") else f"<={val}" if m.group("upto") else val), "percent"


@lru_cache(maxsize=8)
def _date_re(k) -> tuple[re.Pattern | None, dict[str, int]]:
    months = (k.grammar or {}).get("months") or ()
    if not months or len(months) % 12:
        return None, {}
    number = {m.lower(): i % 12 + 1 for i, m in enumerate(months)}
    in_year = (k.grammar or {}).get("in_year") or ()
    rx = re.compile(
        rf"(?:(?P<day>\d{{1,2}})(?:\.|er|º)?\s+(?:de\s+)?)?(?P<month>{_bounded(months)})\s+(?:de\s+|del\s+)?(?P<year>(?:19|20)\d{{2}})\b"
        + (rf"|{_bounded(in_year)}\s+(?P<y>(?:19|20)\d{{2}})\b" if in_year else ""), re.I)
    return rx, number


def find_dates(s: str, k):
    """'13 de mayo de 2024', '13. Mai 2024', 'juin 2024', 'fundada en 2023': ISO dates, months, years."""
    rx, number = _date_re(k)
    if rx is None:
        return
    for m in rx.finditer(s):
        if m.group("month"):
            month = number[m.group("month").lower()]
            val = f"{m.group('year')}-{month:02d}" + (f"-{int(m.group('day')):02d}" if m.group("day") else "")
        else:
            val = m.group("y")
        yield m.start(), m.end(), val, None


def days_without_year(s: str, k):
    """'7. November', '26 septembre', '5 de junho', '7 novembre': (start, end, month, day) of a day another
    language writes with its month and no year."""
    months = (k.grammar or {}).get("months") or ()
    if not months or len(months) % 12:
        return
    number = {m.lower(): i % 12 + 1 for i, m in enumerate(months)}
    rx = _day_month_re(tuple(months))
    for m in rx.finditer(s):
        yield m.start(), m.end(), number[m.group("month").lower()], int(m.group("day"))


@lru_cache(maxsize=4)
def _day_month_re(months: tuple) -> re.Pattern:
    return re.compile(rf"(?<![\d.])(?P<day>\d{{1,2}})(?:\.|er|º)?\s+(?:de\s+)?(?P<month>{_bounded(months)})"
                      rf"(?!\s+(?:de\s+|del\s+)?(?:19|20)\d\d)", re.I)


def month_in(clause: str, g: Grammar) -> tuple[int | None, str | None] | None:
    """(month, year) a clause dates its value by in another language; (None, year) for a bare year."""
    m = g.month_in.search(clause) if g.month_in else None
    if not m:
        return None
    if m.group("y"):
        return None, m.group("y")
    return g.month_number.index(m.group("month").lower()) % 12 + 1, m.group("year")


@lru_cache(maxsize=1)
def _places() -> frozenset:
    """Country and region names in the languages the site reads (babel's CLDR territory names)."""
    from babel import Locale
    names = set()
    for code in ("en", "es", "fr", "de", "pt", "it", "nl", "sv"):
        names.update(n.lower() for n in Locale(code).territories.values())
    return frozenset(names)


def place_names() -> frozenset:
    """Every country's and region's name the reader knows, in lower case."""
    return _places()


@functools.lru_cache(maxsize=1)
def _demonyms() -> frozenset:
    """The adjectives of places, as English forms most of them from the place's name ("Asia" -> "Asian", "Japan"
    -> "Japanese", "Italy" -> "Italian"); the irregular ones are `grammar.demonyms` in site_config."""
    out = set()
    for place in _places():
        p = place.split()[-1]   # ("South Korea" -> "Korean")
        if len(p) < 4:
            continue
        stem = p[:-1] if p[-1] in "aeiouy" else p
        out.update({p + "n", p + "an", p + "ese", stem + "ese", stem + "an", stem + "ian", p + "ian"})
        if p.endswith("y"):
            out.add(stem)   # "Germany" -> "German"
    return frozenset(out)


def is_demonym(word: str, k=None) -> bool:
    """'Asian', 'European', 'Chinese', 'French': a place's adjective (a modifier, never a company's name)."""
    w = word.lower()
    extra = {str(x).lower() for x in ((getattr(k, "grammar", None) or {}).get("demonyms") or ())} if k is not None else set()
    return w in extra or w in _demonyms()


def is_place(name: str) -> bool:
    """A country or region ("Argentina", "Frankreich", "Europe"): a place, never an organisation."""
    return name.lower() in _places()
