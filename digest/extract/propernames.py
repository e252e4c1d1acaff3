"""Names a document introduces that site_config does not know: organisations and people found by
the cues around them, so that a new company or person needs no YAML edit.

A capitalised phrase becomes a document name only with evidence of what it is: an organisation's
suffix ("Perplexity AI", "Safe Superintelligence Inc."), a company noun beside it ("the startup
X", "X, a search engine startup"), a business verb after it ("X raised", "X is valued"), a
business noun after its possessive ("X's valuation"); a person's role before or after the name
("CEO Jane Roe", "Jane Roe, the founder of"). An acronym defined in brackets ("Safe
Superintelligence (SSI)") and the short forms the page uses later ("Perplexity", "Roe") name the
same entity. The cue words are in site_config/languages.yml `grammar` (all languages at once).
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from functools import lru_cache

from digest.extract import lexicon
from digest.extract import values as V
from digest.extract.entities import find_mentions
from digest.extract.language import detect_language
from digest.extract.names import AMOUNT_AFTER, common_acronyms, proper_names
from digest.extract.quantities import SEAT_BEFORE, measure_head, names_a_measure

MAX_TEXT = 200_000          # characters read per document: names are introduced early
_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'“])|\n+")
# "Chinese", "European", "Western": a people's or region's adjective, not a name
_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:ese|ian|ean|ern|ish|ic)")
# "US-based Vertiv Holdings", "Nvidia-backed X": the modifier is not part of the name
_MODIFIER = re.compile(r"^[\w.]+-(?:led|based|backed|owned|born|made|funded|headquartered|listed)\s+")
_ACRONYM = re.compile(r"\.?\s*\(\s*([A-Z][A-Z0-9&]{1,7})\s*\)")


def _alts(words) -> str:
    return "|".join(re.escape(w) for w in sorted({str(w) for w in words}, key=len, reverse=True)) or r"(?!x)x"


@lru_cache(maxsize=8)
def _cues(k) -> dict:
    g = k.grammar or {}
    word = lambda role: _alts(g.get(role) or ())
    copula = _alts(g.get("copula") or ("is", "was", "remains", "is one of"))
    articles = _alts(w for w in (g.get("articles") or ()) if not w.endswith(("'", "’")))
    bare_nouns = _alts({str(w).split()[-1] for w in g.get("org_nouns") or ()})
    measures = _alts(w for ws in ((k.terms or {}).get("measures") or {}).values() for w in ws)
    results = _alts((k.terms or {}).get("results_verbs") or ())
    changes = _alts(w for ws in ((k.terms or {}).get("changes") or {}).values() for w in ws if not str(w)[:1].isupper())
    prepositions = _alts(g.get("prepositions") or ())
    # ("de entregas a domicilio" is one modifier; "de delivery más relevante en Latinoamérica" places it)
    inner_prepositions = _alts(w for w in g.get("prepositions") or () if w not in ("a", "de", "di", "da", "do"))
    # the company nouns written with their article ("la startup", "l'azienda"): the languages whose adjectives follow
    noun_phrases = _alts(w for w in [*(g.get("org_nouns") or ()), *(g.get("org_nouns_before") or ())] if re.search(r"[\s'’]", str(w))
                         and not re.match(r"(?:der|die|das)\s", str(w)))   # (German adjectives stand before the noun)
    days = _alts([*calendar.month_name[1:], *calendar.month_abbr[1:], *calendar.day_name]
                 + [w for role in ("months", "weekdays") for w in g.get(role) or ()])
    # "X on April 24 reported", "X today announced", "X, on Monday, said": when, between the name and its verb
    when = (rf"(?:\s*,?\s*(?:today|yesterday|(?:on|last|this|earlier this|late last|early)\s+"
            rf"(?:(?:{days})(?:\s+\d{{1,2}})?|\d{{1,2}}\s+(?:{days})|week|month|year|quarter))\s*,?)?")
    return {
        # "Perplexity AI", "Acme Labs": the name's last word
        "suffix": re.compile(rf"(?:^|\s)(?:{word('org_suffixes')})\.?$"),
        # "Banco Santander", "Groupe Renault": the name's first word
        "prefix": re.compile(rf"^(?:{word('org_prefixes')})\s+\S"),
        # "Der Zulieferer Bosch", "der Softwarekonzern SAP": German capitalises the company noun, which is not
        # part of the name after it
        "company_noun": re.compile(rf"(?-i:[A-ZÄÖÜ][\w-]*?)(?:{word('org_noun_heads')})(?:s|n|en|e)?", re.I),
        # (after a town's adjective: "der Hamburger Windanlagenbauer Nordwind")
        "lead_noun": re.compile(rf"(?:(?-i:[A-ZÄÖÜ][\wäöüß]*er)\s+)?(?-i:[A-ZÄÖÜ][\w-]*?(?:{word('org_noun_heads')})|(?:{bare_nouns}))(?:s|n|en|e)?\s+(?=(?-i:[A-Z]))", re.I),
        # "the startup X", "la start-up X": a company noun right before the name
        # (or before an apposition that names it: "sua nova empresa, a Thinking Machines")
        "noun_before": re.compile(rf"(?<![\w-])(?:{word('org_nouns')}|{bare_nouns})(?:,\s+(?:the|{articles}))?\s+$", re.I),
        # "la startup española de entregas a domicilio Glovo", "la firma tecnológica de capital riesgo Lakestar": a
        # noun written with its article, then the adjectives and the de-phrase those languages put after it
        # "der japanische Unterhaltungskonzern Sony": a German compound whose head is a company noun
        # (in any case: "des Sportwagenherstellers Porsche")
        "head_before": re.compile(rf"(?<![\w-])(?-i:[A-ZÄÖÜ][\w-]*?)(?:{word('org_noun_heads')})(?:s|n|en|e)?\s+$"),
        # (not after the agent of a passive: "liderada por la firma de inversión Tiger Global" is an investor)
        "noun_mod_before": re.compile(rf"(?<![\w-])(?<!\bpor )(?<!\bpar )(?<!\bpelo )(?<!\bpela )(?<!\bda )(?<!\bdal )"
                                      rf"(?<!\bdalla )(?:{noun_phrases})"
                                      rf"(?:\s+(?!(?:{prepositions}|{articles})\s)(?![a-zà-ÿ-]*(?:ó|ou|iu)\s)(?-i:[a-zà-ÿ][a-zà-ÿ-]{{2,}})){{0,2}}"
                                      rf"(?:\s+(?:de|di|du|des|da|do|del|della)(?:\s+(?!(?:{inner_prepositions})\s)(?-i:[a-zà-ÿ][a-zà-ÿ-]*)){{1,4}})?\s+$", re.I),
        # "X, a search engine startup", "X, the company behind": a company noun in an apposition
        # "X, a search engine startup", "X is one of the biggest data center operators"
        # (or the noun right after the comma, as Italian and Spanish appositions write it: "Sakana AI, startup di ricerca")
        # (or a name's: "Bharti Airtel, India's second-biggest telecom operator")
        "noun_after": re.compile(rf"^\s*(?:(?:,|\s(?:(?:{word('verb_adverbs')})\s+)?(?:{copula}))\s*(?:the|a|an|its|their|{articles}|(?-i:[A-Z][\w-]*)['’]s)\s+"
                                 rf"(?:[\w-]+\s+){{0,5}}?(?:[\w]+-)?(?:{bare_nouns})s?\b(?!['’])"
                                 rf"|,\s*(?:{bare_nouns})\b(?!['’]))", re.I),
        # "Retelia, il gruppo milanese delle infrastrutture digitali, investirà …": a group noun in an apposition the
        # comma closes (not "…, le groupe compte …", where it opens the next clause)
        "group_apposition": re.compile(rf"^\s*,\s*(?:{_alts(g.get('org_nouns_before') or ())})\s+[^,;.()]{{1,80}},\s", re.I),
        # "Founded in 2013, Databricks sells …": a founding year before a name
        "founded_before": re.compile(rf"(?:^|[.;]\s+)(?:founded|fundada|fundado|fondée|fondé|gegründet|fondata|fondato)\s+"
                                     rf"(?:in|en|em|im|nel)\s+(?:19|20)\d\d\s*,\s*$", re.I),
        "verb_after": re.compile(rf"^{when}\s+(?:(?:has|have|had|is|was|were|will|would|{word('verb_adverbs')})\s+){{0,2}}"
                                 rf"(?:{word('org_verbs')})\b", re.I),
        # the verbs that report a company's results: "Palantir rapporteerde een omzet", "X a publié"
        "results_after": re.compile(rf"^{when}\s+(?:{results})\b", re.I),
        # "Santander said Tuesday its first quarter net profit jumped": who says what its results were is a company
        # (or as the last words of an apposition: "The eurozone's biggest bank, Spain's Santander, said …")
        "says_its_measure": re.compile(rf"^,?{when}\s+(?:said|says|reported|reports|announced|announces)\s+(?:(?:on\s+)?(?:today|yesterday|{days})\s+)?"
                                       rf"(?:that\s+)?(?:its|their)\s+(?:[\w-]+\s+){{0,3}}?(?:{measures})\b", re.I),
        # "… reported net profit of", "… posted a 22% rise": the verb, then a measure or a figure
        "reports_figure": re.compile(rf"^{when}\s+(?:{results})\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){{0,2}}?"
                                     rf"(?:[$€£¥₹]|\d|(?:{measures})\b)", re.I),
        # "Corvid mit Sitz in Linz", "Corvid, con sede en Madrid", "Corvid, headquartered in Austin": where a company sits
        "seat_after": re.compile(rf"^\s*,?\s*(?:{word('seat_after')})\b", re.I) if g.get("seat_after") else re.compile(r"(?!x)x"),
        # "ExxonMobil daalde net geen 4 procent", "Vexa cayó un 5%": a name its change verb and figure follow moves on the market
        "moves_after": re.compile(rf"^\s+(?:{changes})\s+(?:[^\W\d]+\s+){{0,3}}?\d", re.I),
        # "Tidewave shares dropped 22%", "Vexa's stock", "shares of Halcyon Systems": a listed company's shares
        "shares_after": re.compile(r"^(?:['’]s?)?\s+(?:shares|stock)\b(?!\s+(?:of|in)\b)"),
        "shares_before": re.compile(r"(?<![\w-])(?:[Ss]hares|[Ss]tock)\s+(?:of|in)\s+(?:the\s+)?$"),
        # "named Imogen Tate as its chief executive": whom a company gives a post is a person
        "appointed_before": re.compile(r"(?<![\w-])(?:named|appointed|hired|promoted|tapped|nombró a|nomme|a nommé|ernannte|nominou|ha nominato|"
                                       r"benoemde)\s+$"),
        # "fined Ostrava Media", "agreed to acquire Vexa": what an authority fines and a buyer buys is a company
        "object_of": re.compile(r"(?<![\w-])(?:fined|fines|penali[sz]ed|acquire|acquired|acquires|acquiring|buy|buys|bought|buying)\s+$"),
        # "Murmur, the chatbot app developed by Lumen Forge": an app or a service its apposition names
        # (the app noun heads the apposition: "Kestrel, a maker of language apps," is a company)
        "app_after": re.compile(rf"^\s*,\s*(?:the|a|an|its|their|{articles})\s+(?:(?!(?:of|de|du|des|von|di|da|do)\s)[\w-]+\s+){{0,3}}?(?:{word('app_nouns')})\b(?!['’])", re.I)
        if g.get("app_nouns") else re.compile(r"(?!x)x"),
        # (an index moves too, and is no company: "the Nasdaq fell 3%")
        "index": re.compile(rf"(?<![\w-])(?:{_alts((k.terms or {{}}).get('index_words') or ())})(?![\w-])"),
        # "X's valuation", "X's CEO"
        "owns": re.compile(rf"^['’]s?\s+(?:[\w-]+\s+){{0,2}}?(?:{word('org_owns')})\b", re.I),
        # "Andrulis’ Start-up Aleph Alpha", "Musk's company xAI": whose company a name is, a person's
        "company_owner": re.compile(rf"^['’]s?\s+(?:(?:own|new|eigenes|neues)\s+)?(?:{bare_nouns})\s+(?-i:[A-Z])", re.I),
        # "il fatturato di Micron", "les actions d'Oracle", "der Umsatz von X": a company's measure before its name
        # (not after a genitive article, "der Umsatz des Quartals", nor in English, which writes "Micron's
        # revenue": "Total Cost of Ownership", "sales of the Blackwell chip")
        "measure_of": re.compile(rf"(?<![\w-])(?:{measures}|{word('org_owns')})\s+(?:(?:de|di|von|do|da|du|del|della)\s+"
                                 rf"|d['’])$", re.I),
        # "Founder and CEO of ALX", "analyst at Acme Capital": the organisation a role belongs to
        "role_of": re.compile(rf"(?<![\w-])(?:{word('person_roles')})\s+(?:of|at|de|du|chez|bei|von|der|di|da|do)\s+(?:the\s+)?$", re.I),
        # "CEO Jane Roe", "co-founder and chief scientist Jane Roe"
        # ("fondateur et DG de Spotify": a role of the name, which is an organisation)
        # (also as a compound's head after its organisation: "Porsche-ceo Oliver Blume", "Cisco-Chef Chuck Robbins")
        "role_before": re.compile(rf"(?<!\w)(?:{word('person_roles')})(?:\s+(?:and|y|et|und|e)\s+[\w-]+"
                                  rf"(?:\s+(?!(?:of|at|de|du|des|von|der|di|da|do|chez|bei)\s)[\w-]+)?)?(?<!\sof)(?<!\sde)(?<!\sdu)(?<!\sdi)(?<!\sda)(?<!\sdo)\s+$", re.I),
        # "le directeur général d'Orbis, Marc Dupont", "the president of the Swiss Confederation, Alain Berset"
        # (or after its organisation's possessive: "Adobe's chairman and chief executive officer, Shantanu Narayen")
        "role_comma": re.compile(rf"(?<![\w-])(?:the|le|la|l['’]|el|il|lo|der|die|o|a|(?-i:[A-Z][\w&.-]*)['’]s)\s+(?:[\w-]+\s+){{0,2}}?(?:{word('person_roles')})"
                                 rf"(?:\s+[^\W\d_][\w'’-]*){{0,5}}\s*,\s*$", re.I),
        # "Jane Roe, the chief executive of", "Jane Roe, CEO of"
        # "SoftBank CEO Masayoshi Son": a role inside a capitalised phrase splits owner and person
        # (or a compound's head after a hyphen: "Porsche-ceo Oliver Blume", "Porsche-Finanzchef Lutz Meschke")
        "role_inside": re.compile(rf"[\s-](?:{word('person_roles')})\s", re.I),
        "office": re.compile(rf"(?<![\w-])(?-i:{word('government_offices')})(?![\w-])") if g.get("government_offices") else re.compile(r"(?!x)x"),
        # (or lower-case nouns that narrow the role, no article: "Jane Roe, investment analyst at …")
        # (or after its organisation, or its organisation's possessive: "Chuck Robbins, Cisco CEO", "Gary Steele, Splunk's current CEO",
        # "Jim Whitehurst, interim Unity CEO")
        "role_after": re.compile(rf"^\s*,\s*(?:(?:the|its|a|an|his|her|their|former|co-?)\s+(?:[\w-]+\s+){{0,3}}?|(?:(?-i:[a-z][\w-]+)(?<!ing)(?<!ed)\s+){{1,2}}?"
                                 rf"|(?:(?-i:[a-z][\w-]+)\s+)?(?-i:[A-Z][\w&.-]*)(?:\s(?-i:[A-Z][\w&.-]*)){{0,2}}(?:['’]s\s+(?:(?-i:[a-z][\w-]+)\s+){{0,2}}?|\s+))?"
                                 rf"(?:{word('person_roles')})\b", re.I),
    }


# a model noun right before or after a name: "das Sprachmodell Falke 4", "il modello Solco 2", "its Corvid 3 Mini model"
_MODEL_BEFORE = re.compile(r"(?<![\w-])(?:model|modelo|modèle|modello|Modell|Sprachmodell|KI-Modell|LLM|chatbot)\s+"
                           r"(?:(?:called|named|llamado|denominado|appelé|baptisé|chiamato|namens)\s+)?$", re.I)
_MODEL_NOUN_LEADS = re.compile(r"(?:[\w-]*[Mm]odell|KI-Modell)\s+(?=\S)")
_MODEL_AFTER = re.compile(r"\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}?(?:model|LLM)\b(?!['’])", re.I)


# a test a score is on, named by the noun "benchmark" after or before it
_BENCHMARK_AFTER = re.compile(r"\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}?benchmarks?\b(?!\s+(?:results?|scores?|figures?)\b)", re.I)
_BENCHMARK_BEFORE = re.compile(r"(?<![\w-])benchmarks?\s+(?:called\s+|named\s+|known as\s+)?$", re.I)


_GERMAN_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?-i:[Dd]er|[Dd]ie|[Dd]as|[Dd]em|[Dd]en|[Dd]es|[Ee]in|[Ee]ine|[Ee]inem|[Ee]inen|[Ee]ines|[Ee]iner|"
                                    r"im|am|vom|zum|zur|[Ii]m|[Aa]m)\s+"
                                    r"(?:[a-zäöüß][\w-]*\s+)?$")


_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:der|die|das|dem|den|des|einem|einen|eines)\s+(?:(?-i:[a-zäöüß][\w-]*)\s+)?$", re.I)


def _sentences(texts: list[str]) -> list[str]:
    out, size = [], 0
    for t in texts:
        for s in _SENT.split(t):
            s = s.strip()
            if s:
                out.append(s)
                size += len(s)
        if size > MAX_TEXT:
            break
    return out


def _apposition_noun(cue, after: str) -> bool:
    """A company noun in an apposition after the name ("X, a search engine startup"), not one that opens
    a clause naming another ("… en France, la société Amazon France Logistique a été sanctionnée")."""
    m = cue["noun_after"].match(after)
    return bool(m) and not re.match(r"\s+(?-i:[A-Z])", after[m.end():])


def _past_relative(after: str) -> str:
    """The verb phrase of a relative clause right after a name: "Sintelia, che ha guadagnato il 9,6%" -> " ha guadagnato il 9,6%"."""
    m = re.match(r"\s*,\s*(?:which|that|che|que|qui|die|der|das)\s+", after)
    return " " + after[m.end():] if m else ""


def _past_apposition(after: str) -> str:
    m = re.match(r"\s*,\s+(?:the|a|an|which|who)\s[^,;]{1,80},", after)
    return after[m.end():] if m else ""


def _surname_of_a_role(text: str, name: str, cue) -> bool:
    """`name` ends a first name and surname that a person's role word stands right before ("CEO Mustafa Suleyman")."""
    for m in re.finditer(rf"(?<![\w-])[A-Z][a-zà-ÿ'’-]+\s+{re.escape(name)}(?![\w-])", text):
        if cue["role_before"].search(text[max(0, m.start() - 60):m.start()]):
            return True
    return False


# a name some other noun's: "le groupe de Larry Ellison", "the fund of Jane Roe", "Jane Roe's company"
_OWNER_BEFORE = re.compile(r"(?:(?<![\w-])(?:of|de|di|da|do|du|des|del|della|von|van|der)|['’]s?)\s+$", re.I)


# a legal form after a comma: "Kestrel Learning, Inc. (NASDAQ: KSTL) …" (no form a place or a title shares: "Pretoria, SA", "Jane Roe, AG of Ohio")
_LEGAL_AFTER = re.compile(r",\s*(?:Inc|Corp|Ltd|LLC|PLC|plc|GmbH|N\.V|S\.A|S\.p\.A|KGaA)\.?(?![\w-])")
# "Toronto-based Corvane", "Sunnyvale, California-based Corvane": a place and "-based" right before a name make it a company
_BASED_BEFORE = re.compile(r"(?<![\w-])(?-i:[A-Z][\w.]*)(?:,? (?-i:[A-Z][\w.]*)){0,2}-based\s+$")


def _opens_a_report(cue: dict, before: str, after: str) -> bool:
    """'Bharti Airtel reported net profit of …': a name shaped like a person's that reports a measure or a
    figure as the subject of its clause is a company (a person's name is another noun's when a results
    verb follows it: 'le groupe de Larry Ellison affiche …'; a person reports from somewhere)."""
    return not _OWNER_BEFORE.search(before) and bool(cue["reports_figure"].match(after))


def _person_shape(name: str) -> bool:
    words = name.split()
    return 2 <= len(words) <= 3 and all(re.fullmatch(r"[A-Z][a-zà-ÿ'’-]+", w) for w in words)


def discover(texts: list[str], k, title: str = "") -> dict[str, tuple[str, str]]:
    """Surface form -> (name, kind) for the organisations ("lab") and people ("person") a document
    names with evidence and site_config does not list; the known ones are found as they are. The
    title, when given, counts for a name the page is about (`_salient`)."""
    cue = _cues(k)
    g = lexicon.grammar(k)
    g_heads = bool((k.grammar or {}).get("org_noun_heads"))
    seen: Counter = Counter()
    inside: Counter = Counter()   # occurrences not opening their sentence
    known_words: set[str] = set()   # words of the known names the page uses ("Haiku" of "Claude 3 Haiku")
    kind_votes: dict[str, Counter] = {}
    acronyms: dict[str, str] = {}
    publishers = set(k.publishers)
    for s in _sentences(texts):
        mentions = find_mentions(s, k)
        known_at = {m.start for m in mentions}
        known_words.update(w for m in mentions for w in m.name.split())
        for n in proper_names(s, mentions, g.stop, g.company, g.nouns):
            if n.kind != "org" or n.start in known_at:
                continue
            if re.match(r":[a-z\d]", s[n.end:n.end + 2]):
                continue   # "Run:ai": one name written with a colon, not "Run"
            if n.start == 0 and " " not in n.name and names_a_measure(n.name, k):
                continue   # "Bookings rose 12%": a measure that opens the sentence, no name
            if n.start == 0 and " " in n.name and (head := measure_head(n.name, k)):
                # "Pendapatan GoTo naik …", "Przychody Allegro wzrosły …": the measure's word is not the name's first
                n = type(n)(n.start + len(head) + 1, n.end, n.name[len(head) + 1:], n.kind)
            if n.start == 0 and " " not in n.name and re.match(r"\s*,", s[n.end:]) and n.name.endswith("ly"):
                continue   # "Accordingly, the Japanese firm …": a sentence's opening adverb, not a name
            noun = _MODEL_NOUN_LEADS.match(n.name)
            if noun:
                n = type(n)(n.start + noun.end(), n.end, n.name[noun.end():], n.kind)   # "Sprachmodell Falke 4": the name after the noun
            lead = cue["lead_noun"].match(s, n.start, n.end) if _ARTICLE_BEFORE.search(s, 0, n.start) else None
            if lead:
                n = type(n)(lead.end(), n.end, s[lead.end():n.end], n.kind)
            elif _ARTICLE_BEFORE.search(s, 0, n.start) and cue["company_noun"].fullmatch(n.name.split()[-1]):
                continue   # "der Stuttgarter Luxusautohersteller": a company noun and its adjective, no name
            for name, start, end, hint in _split_roles(s, n, cue):
                if s[max(0, start - 1):start] == "$":
                    continue   # "$US182": a currency and its amount
                if len(name) < 2 or not name[0].isalnum() or name.lower() in publishers or name.isupper() and len(name) > 8 \
                        or lexicon.is_place(name):   # ("President & Chief Executive Officer": a name opens on a letter)
                    continue   # (a country "posts" growth in a results page: a segment, not a company)
                seen[name] += 1
                if re.search(r"\w", s[:start]):
                    inside[name] += 1
                before, after = s[max(0, start - 80):start], s[end:end + 120]
                if SEAT_BEFORE.search(before):
                    continue   # "Datavia mit Sitz in Karlsruhe erzielte …": the seat, whatever verb follows it
                votes = kind_votes.setdefault(name, Counter())
                if hint:
                    votes[hint] += 1
                elif _BENCHMARK_AFTER.match(after) or _BENCHMARK_BEFORE.search(before):
                    votes["benchmark"] += 2   # "78.4% on the SWE-Verify coding benchmark", "el benchmark MathArena"
                elif cue["company_owner"].match(after):
                    votes["person"] += 2   # "Andrulis’ Start-up Aleph Alpha": the one who owns or founded the company
                elif cue["app_after"].match(after):
                    votes["product"] += 2   # "Murmur, the chatbot app developed by Lumen Forge, now has …"
                elif re.search(r"\d", name) and (_MODEL_BEFORE.search(before) or _MODEL_AFTER.match(after)):
                    votes["model"] += 2   # "sein Sprachmodell Falke 4", "its Corvid 3 Mini model": a versioned name a model noun names
                elif (cue["suffix"].search(s[start:end]) and not _of_a_place(name.split()[0], k)) or cue["prefix"].match(s[start:end]) or cue["noun_before"].search(before) or cue["noun_mod_before"].search(before) \
                        or (g_heads and cue["head_before"].search(before)) \
                        or (_apposition_noun(cue, after) and not g.according_before.search(before)) or cue["owns"].match(after) or cue["founded_before"].search(before) \
                        or cue["group_apposition"].match(after) \
                        or cue["seat_after"].match(after) or _BASED_BEFORE.search(before) or _LEGAL_AFTER.match(after):
                    votes["lab"] += 1
                elif cue["role_of"].search(before) or cue["measure_of"].search(before) \
                        or cue["shares_after"].match(after) or cue["shares_before"].search(before) or cue["object_of"].search(before):
                    votes["lab"] += 1
                elif cue["role_before"].search(before) or cue["role_after"].match(after) \
                        or (cue["appointed_before"].search(before) and _person_shape(name)) \
                        or (cue["role_comma"].search(before) and " " in name and not re.search(r"[,;.]", before[-40:-2])):
                    votes["person"] += 1
                elif (cue["verb_after"].match(after) or cue["verb_after"].match(_past_apposition(after))) \
                        and not _GERMAN_ARTICLE_BEFORE.search(before):
                    # ("das vergangene Quartal meldete …": a German noun after its article is no company)
                    # (also after an apposition: "Cursor, the code editor he co-founded three years ago, had raised …")
                    votes["person" if _person_shape(name) and votes["person"] else "lab"] += 1
                elif (cue["results_after"].match(after) or cue["moves_after"].match(after) or cue["moves_after"].match(_past_relative(after))
                      or cue["says_its_measure"].match(after)) \
                        and not cue["index"].search(name) \
                        and (not _person_shape(name) or _opens_a_report(cue, before, after)) \
                        and not _GERMAN_ARTICLE_BEFORE.search(before):
                    votes["lab"] += 1   # ("Le groupe de Larry Ellison affiche …": a person's name reports no results)
                m = _ACRONYM.match(after)
                if m and len(name.split()) >= 2 and _initials_match(name, m.group(1)):
                    acronyms[m.group(1)] = name
    for name in _lower_brands(texts, cue):
        seen[name] += 1
        kind_votes.setdefault(name, Counter())["lab"] += 1
    for name in _salient(texts, title, seen, inside, kind_votes, known_words, k):
        kind_votes[name]["lab"] += 1
    for name in _products(texts, title, k):
        kind_votes.setdefault(name, Counter())["product"] += 10
    for name in _numbered_models(texts, title, k):
        kind_votes.setdefault(name, Counter())["model"] += 20
    for name in _japanese_lede_subjects(texts) + _korean_lede_subjects(texts):
        kind_votes.setdefault(name, Counter())["lab"] += 3
    korean = _korean_companies(texts)
    for name in korean:
        kind_votes.setdefault(name, Counter())["lab"] += 3
    found: dict[str, tuple[str, str]] = {}
    common = common_acronyms(texts)
    joined = "\n".join(texts)[:MAX_TEXT]
    for name, votes in kind_votes.items():
        if not votes or name in common:
            continue
        kind = votes.most_common(1)[0][0]
        if kind == "lab" and re.fullmatch(r"[A-Z][a-zà-ÿ'’-]+", name) and _surname_of_a_role(joined, name, cue):
            kind = "person"   # "Suleyman" after "Inflection CEO Mustafa Suleyman": the person's surname, not a company
        if kind == "benchmark" and name in known_words:
            continue   # "catch up to the Fable benchmark" beside "Claude Fable 5": a model held up as a mark, no test
        found[name] = (name, kind)
    # one entity under its several forms: "Perplexity AI" and "Perplexity", "Jane Roe" and "Roe"
    canon = _merge_forms(found, seen, cue["prefix"], "\n".join(texts))
    out: dict[str, tuple[str, str]] = {}
    for surface, name in canon.items():
        out[surface] = (name, found[name][1])
    for name, latin in korean.items():
        if latin and name in out:
            out[name] = out[latin] = (latin, "lab")   # "크래프톤(KRAFTON)": the name in Latin letters stands for both
    for acr, name in acronyms.items():
        target = canon.get(name)
        if target:
            # the acronym is the defined name, wherever else the page used it
            out[acr] = (target, found[target][1])
            for surface, (was, _) in list(out.items()):
                if was == acr:
                    out[surface] = out[acr]
    return out


# a Japanese news lede: "(電子部品大手の)オルビスは10日、…を発表した": the company that acts, then its day; a name in
# katakana or kanji (with its legal form) right before は, after an optional descriptor ending in の
_JA_LEDE = re.compile(r"(?:^|[。」\n]\s*)(?:[^、。「」\s]{1,24}の)?(?P<name>[ァ-ヶー・]{3,16}|[一-龥ァ-ヶー]{2,12}(?:株式会社|ホールディングス|グループ))"
                      r"(?:株式会社)?は(?:[0-9０-９]{1,2}日|[今昨]日|同日|[0-9０-９]{1,2}月[0-9０-９]{1,2}日)(?:[、,]|に)")


# a Korean company named with its chief executive in brackets ("크래프톤(대표 김창한)은"), and its name in Latin
# letters in brackets ("크래프톤(KRAFTON)")
_KO_CEO = re.compile(r"(?P<name>[\uac00-\ud7af]{2,10})\s?[(（]\s*(?:대표(?:이사)?|CEO)\s+[\uac00-\ud7af]{2,4}\s*[)）]")
_KO_LATIN = r"\s?[(（](?P<latin>[A-Z][A-Za-z0-9&.\- ]{1,30})[)）]"


def _korean_companies(texts: list[str]) -> dict[str, str | None]:
    """Companies a Korean page names with their chief executive in brackets, each with the Latin form the page
    gives it in brackets, if any."""
    text = "\n".join(texts)[:MAX_TEXT]
    if not re.search(r"[\uac00-\ud7af]", text):
        return {}
    out: dict[str, str | None] = {}
    for m in _KO_CEO.finditer(text):
        latin = re.search(re.escape(m.group("name")) + _KO_LATIN, text)
        out.setdefault(m.group("name"), latin.group("latin").strip() if latin else None)
    return out


# a Korean news lede: the company, its topic particle and its day ("대한항공은 27일 3분기 영업이익이 …"), or the company's
# period ("삼성SDI의 3분기 영업이익은 …"); a Hangul name, or one with its Latin letters ("삼성SDI")
_KO_LEDE = re.compile(r"(?:^|(?<=[.\n])\s*|(?<=\s))(?P<name>[\uac00-\ud7af]{2,10}(?:[A-Z]{2,5})?)"
                      r"(?:(?:은|는)\s(?:\d{1,2}일|지난\s?\d{1,2}일|(?:올해\s|지난해\s)?\d분기|상반기|하반기)|의\s(?:\d분기|[1-4]Q|상반기|하반기))")
# nouns a Korean lede may open with that name no company: "회사는 27일", "정부는 26일"
_KO_COMMON = frozenset({"회사", "회사측", "업계", "업체", "정부", "당국", "이들", "그룹", "기업", "은행", "증권가", "시장", "전문가", "관계자",
                        "올해", "지난해", "작년", "이날", "한편", "특히", "다만", "또한", "이번"})


def _korean_lede_subjects(texts: list[str]) -> list[str]:
    """Companies a Korean page's sentences open with, in the shape of a news lede."""
    text = "\n".join(texts)[:MAX_TEXT]
    if not re.search(r"[\uac00-\ud7af]", text):
        return []
    return list(dict.fromkeys(m.group("name") for m in _KO_LEDE.finditer(text) if m.group("name") not in _KO_COMMON))


def _japanese_lede_subjects(texts: list[str]) -> list[str]:
    """Companies a Japanese page's sentences open with, in the shape of a news lede ("オルビスは10日、")."""
    text = "\n".join(texts)[:MAX_TEXT]
    if not re.search(r"[\u3040-\u30ff]", text):
        return []
    return list(dict.fromkeys(m.group("name") for m in _JA_LEDE.finditer(text)))


# fewest mentions, and of them fewest inside a sentence, that make a capitalised word the page's subject
# (one fewer of each when the title names it too)
SALIENT_MENTIONS, SALIENT_INSIDE = 3, 2
_CAPITALISED_NOUNS = {"de", "lb", "nl"}   # languages that capitalise every noun: a repeated capital says nothing


def _salient(texts: list[str], title: str, seen: Counter, inside: Counter, kind_votes: dict[str, Counter],
             known_words: set[str], k=None) -> list[str]:
    """A company the page is about but never introduces ("Netflix Adds 13.1M Subs … Netflix handily beat
    …"): one capitalised word named three times or more, twice inside a sentence (or in the title and
    twice, once inside a sentence, or in a title that opens on it and its verb, and twice), never written
    in lower case, with no cue of another kind. Not a person's or a product's shape ("Jane Roe", "Switch 2"), not a word of a known name or listed with
    one ("Haiku, Sonnet and Opus" beside "Claude 3 Opus"), not in a language that capitalises its nouns."""
    def named(n: str) -> bool:
        extra = 1 if re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", title) else 0
        # (a title that opens on the name, its verb after it, makes it the subject whatever opens the sentences:
        # "Recogni appears to have defied …", then "Recogni is leading …")
        opens = bool(re.match(rf"{re.escape(n)}(?:['’]s)?\s+(?-i:[a-z])", title))
        return seen[n] + extra >= SALIENT_MENTIONS and (inside[n] + extra >= SALIENT_INSIDE or opens)
    candidates = [n for n in seen if named(n) and not kind_votes.get(n) and n not in known_words
                  and re.fullmatch(r"[A-Z][\w&.-]*[a-z][\w&.-]*", n) and not n.isupper()]
    if not candidates:
        return []
    text = "\n".join(texts)[:MAX_TEXT]
    if detect_language(text) in _CAPITALISED_NOUNS:
        # a language that capitalises its nouns: a name stands bare where a noun takes its article, its
        # possessive or its number ("Netflix verbesserte seinen Umsatz", never "der Umsatz", "5 Millionen Abonnenten")
        g = (k.grammar or {}) if k is not None else {}
        common = {str(w).lower() for w in (*(g.get("product_nouns") or ()), *(g.get("org_nouns") or ()))} | \
            {str(w).lower() for ws in (((k.terms or {}) if k is not None else {}).get("measures") or {}).values() for w in ws}
        candidates = [n for n in candidates if _always_bare(text, n)
                      and not {n.lower(), n.lower()[:-1], n.lower()[:-2]} & common]   # ("allen Smartphones", "Gewinn")
    candidates = [n for n in candidates if not _of_a_place(n, k)]
    people = {w for n, v in kind_votes.items() if v.get("person") for w in n.split()}
    siblings = _coordinated_with(text, known_words)
    return [n for n in candidates if n not in people and n not in siblings
            and not re.search(rf"(?<![\w-]){re.escape(n.lower())}(?![\w-])", text)
            # ("Switch 2", "2 Switch": a product's number; not an amount after the name, "erlöste Infineon 2,7 Milliarden Euro")
            and not any(not AMOUNT_AFTER.match(text, m.end()) for m in re.finditer(rf"(?<![\w-]){re.escape(n)}\s+\d[\d.,]*", text))
            and not re.search(rf"\d\s+{re.escape(n)}(?![\w-])", text)]


# a device's name: one or two capitalised words ("PlayStation", "iPhone"), a number, and the tier words
# devices carry ("Pixel 9 Pro", "Galaxy S25 Ultra", "Switch 2")
# words after a device's name that name a tier of it ("Pixel 9 Pro", "iPhone 16 Pro Max", "Galaxy Z Fold")
DEVICE_TIERS = ("Pro", "Ultra", "Max", "Plus", "Mini", "mini", "Lite", "Air", "Edge", "XL", "Fold", "Flip", "FE", "SE",
                "Turbo", "Flash", "Nano")
_PRODUCT = re.compile(r"(?<![\w.-])(?P<name>(?:[A-Z][a-z]+[A-Z]?[a-z]*|i[A-Z][a-z]+)(?: [A-Z][a-z]+)? (?:[A-Z]?\d{1,3}[a-z]?|(?!(?:US|UK|EU|USD|EUR|GBP|CNY|JPY|RMB|KRW|AI|CEO|IPO|A|I)\b)[A-Z]{1,3})"
                      rf"(?: (?:{'|'.join(DEVICE_TIERS)}|OLED))*)(?![\w-]|[.,]\d)")


@lru_cache(maxsize=8)
def _product_words(k):
    """What `_products` reads by: the words near a device's name, a name before a specific device noun,
    dates, words that are no device, and words that open no name (None when site_config names no device noun)."""
    g = k.grammar or {}
    if not g.get("product_nouns"):
        return None
    # (and the units a maker sells: "3,5 milhões de unidades do Switch 2")
    cues = _alts([*(g.get("product_nouns") or ()), *((((k.terms or {}).get("count_nouns") or {}).get("units")) or ()),
                  *(w for a in k.attributes if a.name in ("release date", "price") for w in a.synonyms)])
    near = re.compile(rf"(?<![\w-])(?:{cues})(?![\w-])", re.I)
    generic = {str(w).lower() for w in g.get("generic_product_nouns") or ()}
    specific = _alts([w for w in g.get("product_nouns") or () if str(w).lower() not in generic])
    specific_rx = re.compile(rf"(?<![\w.-])(?P<name>(?-i:[A-Z][\w-]*|i[A-Z]\w*)(?: (?-i:[A-Z][\w-]*)){{0,2}}) (?:{specific})(?![\w-])", re.I)
    dates = frozenset({str(w).lower() for w in (*(g.get("months") or ()), *(g.get("weekdays") or ()))} |
                      {m.lower() for m in calendar.month_name[1:] + calendar.day_name[:]})
    not_devices = frozenset(str(w).lower() for w in g.get("not_device_words") or ())
    gr = lexicon.grammar(k)
    stop = gr.stop | gr.articles | {"its", "their", "our", "his", "her", "this", "that", "these", "new", "latest", "and", "or"} \
        | {str(w).lower() for w in g.get("product_nouns") or ()}   # ("Die Konsole Switch 2")
    return near, specific_rx, dates, not_devices, frozenset(stop)


def _products(texts: list[str], title: str, k) -> list[str]:
    """Devices the page launches or prices ("Nintendo has announced a June 5 launch date and $449.99
    price tag for its latest gaming console, the Switch 2"): a name of a device's shape, named twice
    (the title counts), once beside a device noun (`product_nouns`) or a launch or price word. Not a
    date ("June 5"), nor a name site_config or the page gives another kind."""
    g = k.grammar or {}
    text = "\n".join([title, *texts])[:MAX_TEXT]
    words = _product_words(k)
    if words is None:
        return []
    near, specific, dates, not_devices, stop = words
    counts: Counter = Counter()
    cued: set[str] = set()
    for m in _PRODUCT.finditer(text):
        name = m.group("name")
        first = name.split()[0]
        if first.lower() in stop:
            name = name[len(first) + 1:]   # "The Pixel 9 Pro": the article opens the sentence, not the name
            first = name.split()[0]
            if re.match(r"[A-Z]?\d", first):
                continue
        if first.lower() in dates or first.lower() in not_devices or find_mentions(name, k):
            continue
        counts[name] += 1
        if near.search(text, max(0, m.start() - 60), m.start()) or near.search(text[m.end():m.end() + 40]):
            cued.add(name)
    # a name with no number standing right before a device noun it names: "Apple's Vision Pro headset"
    for m in specific.finditer(text):
        words = m.group("name").split()
        while words and (words[0].lower() in stop or find_mentions(words[0], k)):
            words = words[1:]   # ("The Apple Vision Pro headset": the article and the maker are no part of the device's name)
        name = " ".join(words)
        if not name or name.lower() in dates or words[0].lower() in not_devices or find_mentions(name, k) \
                or len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)) < 2:
            continue
        cued.add(name)
        counts[name] = max(counts[name], 2)
    not_products = {str(w) for w in g.get("not_product_words") or ()}
    # a name right after its maker's, that the page also writes alone: "lässt sich Apple Vision Pro vorbestellen …
    # erste Exemplare von Vision Pro"
    for m in re.finditer(r"(?<![\w.-])(?P<maker>[A-Z][\w&-]*) (?P<name>(?-i:[A-Z][a-z][\w-]*)(?: (?-i:[A-Z][\w-]*|\d{1,3}))?)(?![\w-])", text):
        name, maker = m.group("name"), m.group("maker")
        if name in cued or not find_mentions(maker, k) or find_mentions(name, k) or name.split()[0].lower() in stop \
                or lexicon.is_place(name) or _of_a_place(name.split()[0], k) \
                or name.split()[0].lower() in dates or name.split()[0].lower() in not_devices or name.split()[0] in not_products:
            continue
        # (alone: after no other capitalised word either, "Oracle Cloud" is no "Cloud" alone, nor after an article)
        alone = [x for x in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
                 if not re.search(r"(?:[A-Z][\w&.-]*|\b(?:the|a|an|le|la|les|l['’]|el|los|der|die|das|den|dem|il|lo|o|a|het|de))\s$",
                                  text[max(0, x.start() - 30):x.start()])]
        if len(alone) >= 1 and len(re.findall(rf"(?<![\w-]){re.escape(maker)} {re.escape(name)}(?![\w-])", text)) >= 2:
            cued.add(name)
            counts[name] = max(counts[name], 2)
    # Chinese, Japanese and Korean name a device in brackets right after its noun: "新型家庭用ゲーム機「ニンテンドースイッチ2」"
    cjk_nouns = [str(w) for w in g.get("product_nouns") or () if V.is_cjk(str(w)[:1])]
    if cjk_nouns:
        for m in re.finditer(rf"(?:{_alts(cjk_nouns)})\s?[「『“](?P<name>[^」』”\n]{{2,30}})[」』”]", text):
            cued.add(m.group("name"))
            counts[m.group("name")] = 2
    return [n for n in cued if counts[n] >= 2]


def _numbered_models(texts: list[str], title: str, k) -> list[str]:
    """AI models written with a space before their version ("Falkenstein 2", "Aurelia 3"), which the
    model shapes of site_config leave to devices: a name of that shape the page writes at least twice
    (the title counts), once right beside a model word ("das Sprachmodell Falkenstein 2", "Aurelia 3,
    la terza versione del suo modello"). A tier written after it ("Falkenstein 2 Mini") is the same
    model's variant, and the name without it is the model too."""
    words = (k.grammar or {}).get("model_words") or ()
    if not words:
        return []
    text = "\n".join([title, *texts])[:MAX_TEXT]
    # (German compounds: "KI-Sprachmodell", "des Modells")
    cue = re.compile(rf"(?<![\w-])(?:{_alts(words)})(?![\w-])|(?-i:[A-ZÄÖÜ][\w-]*modells?)(?![\w-])", re.I)
    dates = {str(w).lower() for w in ((k.grammar or {}).get("months") or ())} | {m.lower() for m in calendar.month_name[1:]}
    not_devices = {str(w).lower() for w in (k.grammar or {}).get("not_device_words") or ()}
    skip = lexicon.grammar(k).stop | lexicon.grammar(k).articles | dates | not_devices   # words no name opens with
    counts: Counter = Counter()
    cued: set[str] = set()
    for m in _PRODUCT.finditer(text):
        name = m.group("name")
        lead = cue.match(name)
        if lead and lead.end() < len(name) and name[lead.end()] == " ":
            name = name[lead.end() + 1:]   # "Sprachmodell Falkenstein 2": the model word is no part of the name
        base = re.match(r"\S+ \d{1,3}(?:\.\d)?(?!\w|\.\d)", name)
        if base is None or name.split()[0].lower() in skip or find_mentions(name, k):
            continue
        base_name = base.group()
        counts[base_name] += 1
        # beside: "Sprachmodell Falkenstein 2", "the open-weight model Falcon 3"; or its apposition names one:
        # "Aurelia 3, la terza versione del suo modello linguistico"
        before = re.search(rf"(?:{cue.pattern})\s+(?:(?:the|its|their|our|[a-zäöüß][\w-]*)\s+){{0,2}}$",
                           text[max(0, m.start() - 60):m.start()], re.I) or lead
        apposition = re.match(rf"\s*,\s+(?:[^\s.,;:]+\s+){{0,8}}?(?:{cue.pattern})", text[m.end():m.end() + 90], re.I)
        if before or apposition:
            cued.add(base_name)
            if name != base_name:
                cued.add(name)
    found = [n for n in cued if counts[" ".join(n.split(" ")[:2])] >= 2]
    # any name whose apposition calls it a model: "launching Sable Voice, our real-time speech model, in public beta"
    for m in re.finditer(rf"(?<![\w.-])(?P<name>(?-i:[A-Z][\w-]*)(?: (?-i:[A-Z][\w-]*|\d[\w.]*)){{0,2}}),\s+"
                         rf"(?:our|its|their|the|a|an|el|la|le|il|lo|o|un|une|una|um|uma|sein|seine|ihr|ihre|das|der|die|ein|eine|su|son|sa|seu|sua|suo)\s+"
                         rf"(?:[\w'’-]+\s+){{0,4}}?(?:{cue.pattern})(?=\s*[,.;:)]|\s+(?:in|for|that|which|designed|built|trained|available|en|pour|für|per|para)\b)",
                         text):
        name = m.group("name")
        if name.split()[0].lower() in skip or find_mentions(name, k) or lexicon.is_place(name):
            continue
        found.append(name)
    return list(dict.fromkeys(found))


def _of_a_place(name: str, k) -> bool:
    """'West', 'American', 'Chinese', 'Europeans': a compass point (`grammar.compass_points`) or a word
    made from a place's name."""
    if name in set((k.grammar or {}).get("compass_points") or ()):
        return True
    low = name.lower().rstrip("s")
    for end in ("ian", "ean", "an", "ese", "ish", "ic", "i", "n"):
        stem = low[:-len(end)] if low.endswith(end) else None
        if stem and len(stem) >= 4 and any(p.startswith(stem) and len(p) - len(stem) <= 2 for p in lexicon.place_names()):
            return True
    return False


# what stands before a noun and never before a company's name in German and Dutch
_NOUN_BEFORE = re.compile(r"(?:\b(?i:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|kein|keine|keinen|sein|seine|seinen|"
                          r"seinem|seiner|ihr|ihre|ihren|ihrem|ihrer|unser|unsere|unseren|dieser|diese|dieses|diesen|jeder|jede|"
                          r"jedes|im|am|zum|zur|vom|beim|ins|de|het|een|zijn|haar|hun|deze|dit|dat|mehr|viele|neue|neuen|neuer|"
                          r"neues|alle|allen|aller|allem|viele|vielen|mehrere|mehreren|einige|einigen|beide|beiden)(?:\s+[a-zäöüß]+(?:e|en|er|es|em))?|\d|[Mm]illionen|[Mm]illiarden|[Pp]rozent|miljoen|miljard|procent)\s+$")
# (an inflected adjective may stand between: "das vergangene Jahr", "einem geringeren Gewinn")


def _always_bare(text: str, name: str) -> bool:
    if re.search(r"\w-[a-zäöüß]", name):
        return False   # "Start-ups": a noun's compound, not a name ("Coca-Cola" keeps its capitals)
    return not any(_NOUN_BEFORE.search(text, max(0, m.start() - 40), m.start())
                   for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))


_LIST = re.compile(r"[A-Z][\w.&-]*(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*[→/]\s*)[A-Z][\w.&-]*)+")


def _coordinated_with(text: str, known_words: set[str]) -> set[str]:
    """Words listed with a known name's word: "Haiku, Sonnet and Opus" beside "Claude 3 Opus" are its
    siblings, not companies."""
    out: set[str] = set()
    for m in _LIST.finditer(text):
        items = re.findall(r"[A-Z][\w.&-]*", m.group())
        if any(w in known_words for w in items):
            out.update(items)
    return out


_BRAND = re.compile(r"(?<![\w-])(?P<caps>[A-Z]{2,4}) (?P<word>[a-z][a-z0-9]{2,})(?![\w-])")


def _lower_brands(texts: list[str], cue) -> list[str]:
    """'SK hynix': a company written as capitals and a lower-case word. The word never stands without
    the capitals, the pair recurs, and once it acts as a company does ("SK hynix posted", "SK hynix's
    operating margin")."""
    text = "\n".join(texts)[:MAX_TEXT]
    pairs: dict[str, list[re.Match]] = {}
    for m in _BRAND.finditer(text):
        pairs.setdefault(m.group(), []).append(m)
    out = []
    for name, ms in pairs.items():
        word = ms[0].group("word")
        if len(ms) < 2 or len(re.findall(rf"(?<![\w-]){word}(?![\w-])", text, re.I)) != len(ms):
            continue
        if any(cue["verb_after"].match(text[m.end():m.end() + 120]) or cue["results_after"].match(text[m.end():m.end() + 120])
               or cue["owns"].match(text[m.end():m.end() + 120]) for m in ms):
            out.append(name)
    return out


def _split_roles(s: str, n, cue) -> list[tuple[str, int, int, str | None]]:
    """(name, start, end, kind hint): "SoftBank CEO Masayoshi Son" is an organisation and a person;
    "Chief Scientist Ilya Sutskever" is the person after the role."""
    text = s[n.start:n.end]
    mod = _MODIFIER.match(text)
    if mod:
        text = text[mod.end():]
        n = type(n)(n.start + mod.end(), n.end, n.name[mod.end():] if n.name.startswith(mod.group()) else n.name, n.kind)
    if _ADJECTIVE.fullmatch(text.strip()):
        return []
    m = cue["role_inside"].search(" " + text + " ")
    if not m:
        return [(n.name.strip(" .,'’"), n.start, n.end, None)]
    left, right = text[:max(0, m.start())].strip(), text[max(0, m.end() - 2):].strip()
    while (more := cue["role_inside"].match(" " + right + " ")) and right[max(0, more.end() - 2):].strip():
        right = right[max(0, more.end() - 2):].strip()   # "Toyota Executive Vice President Yoichi Miyazaki": every role word goes
    out = []
    # ("Innovation Minister Claire Tremblay", "Finance Secretary …": an office of government names the portfolio, no organisation)
    if left and not cue["office"].search(m.group()):
        out.append((left, n.start, n.start + len(left), "lab"))
    if right:
        r0 = n.start + text.index(right)
        out.append((right, r0, r0 + len(right), "person" if _person_shape(right) else None))
    return out


def _initials_match(name: str, acronym: str) -> bool:
    initials = "".join(w[0] for w in name.split() if w[0].isupper())
    return acronym.upper().startswith(initials[:len(acronym)]) and len(initials) >= 2 or acronym == initials


_LEGAL_FORMS = frozenset({"AG", "SE", "SA", "S.A.", "Inc", "Inc.", "Corp", "Corp.", "PLC", "plc", "GmbH", "NV", "N.V.", "SpA",
                          "S.p.A.", "KGaA", "Ltd", "Ltd.", "LLC", "Holding", "Holdings", "Group", "Groupe", "Gruppe"})


def _merge_forms(found: dict[str, tuple[str, str]], seen: Counter, prefix: re.Pattern | None = None, text: str = "") -> dict[str, str]:
    """surface -> canonical name. An organisation's suffix or prefix form and its bare form are one
    name (the one the page uses most: "Banco Santander" and "Santander"); a person's surname alone is
    the person when no one else has it."""
    canon = {n: n for n in found}
    orgs = [n for n, (_, kind) in found.items() if kind == "lab"]
    # a name written with two legal forms names two companies ("Porsche AG" and the holding "Porsche SE"): neither
    # is the bare name
    legal = "|".join(re.escape(f) for f in sorted(_LEGAL_FORMS, key=len, reverse=True))
    for n in orgs:
        words = n.split()
        if len(words) >= 2 and words[-1] in _LEGAL_FORMS and len(set(re.findall(
                rf"(?<![\w-]){re.escape(' '.join(words[:-1]))}\s+({legal})(?![\w-])", text))) > 1:
            continue
        if len(words) >= 2 and not (words[-1][:1].isdigit() and not (prefix is not None and prefix.match(n))):
            # ("Switch 2" and "Switch": a version's number names another thing than the bare name)
            bare = " ".join(words[1:]) if prefix is not None and prefix.match(n) else " ".join(words[:-1])
            if bare in seen and bare not in found:
                found[bare] = (bare, "lab")
                canon[bare] = bare
            if bare in canon and found[bare][1] == "lab":
                main = max((bare, n), key=lambda x: (seen[x], -len(x)))
                canon[bare] = canon[n] = main
    by_case: dict[str, list[str]] = {}
    for n in list(canon):
        by_case.setdefault(n.lower(), []).append(n)
    for forms in by_case.values():
        if len(forms) > 1:
            main = max(forms, key=lambda x: (seen[x], x))
            for f in forms:
                canon[f] = canon.get(main, main)
    people = [n for n, (_, kind) in found.items() if kind == "person"]
    surnames = Counter(n.split()[-1] for n in people if " " in n)
    for n in people:
        last = n.split()[-1]
        if surnames[last] == 1 and (last not in canon or found.get(last, ("", ""))[1] == "person"):
            canon[last] = n
    return canon
