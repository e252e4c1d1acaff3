"""Who asserts a sentence when that is not the outlet: reported speech ("X said", "according to
X", "reports X"), unnamed reports and estimates ("reportedly", "analyses have suggested"), and
forecasts ("is expected to", "could reach"), which readers weigh apart from facts."""

from __future__ import annotations

import re

from digest.extract.entities import Mention
from digest.extract.lexicon import Grammar, is_place
from digest.extract.quantities import apposition_head

_SAY = r"(?:said|says|told|tells|reported|reports|estimated|estimates|claimed|claims|stated|revealed|noted|wrote|added|explained|confirmed)"
# ("the Nasdaq added 1.4%", "reported revenue of …": a verb of a figure, not of speech)
_BEFORE_VERB = re.compile(rf"^\s*(?:,\s*)?(?:has\s+|had\s+|have\s+)?{_SAY}\b(?!\s+(?:(?:about|nearly|some|an?|another)\s+)?[$€£¥]?\d)")
# ("told CNBC": the one told listens; it is the speaker only before the verb)
_AFTER_VERB = re.compile(rf"\b(?!told\b|tells\b){_SAY}\s+(?:the\s+)?$")
# "below Wall Street estimates": after a comparison, a speech verb's form that is also a noun is the noun
_COMPARED_WITH = re.compile(r"\b(?:below|above|than|beat|beats|beating|missed|misses|missing|topped|tops|topping|exceeded|exceeds|"
                            r"exceeding|of|with|versus|vs\.?|against|surpassed|surpassing|short of|ahead of)\s+(?:the\s+)?$", re.I)
_NOUN_FORM = re.compile(r"['’]?s?\s+(?:estimates|reports|claims|notes)\b")
# "Jane Roe, chief financial officer of the startup, told CNBC": a speaker, an aside, then the verb
_ASIDE_THEN = re.compile(r"^,[^,;]{1,80},")
# "according to Reuters", "according to a report by The Guardian", "according to Vexa chief executive Lena Marsh"
_ACCORDING = re.compile(r"\baccording to\s+(?:(?-i:[A-Z][\w.&-]*)(?:['’]s)?\s+(?=(?-i:[a-z])))?(?:(?-i:[a-z][\w-]*)\s+){0,4}?(?:the\s+|a\s+)?$", re.I)
_UNNAMED = re.compile(
    r"\b(?:reportedly|is said to|are said to|is claimed to|are claimed to|is believed to|are believed to|is thought to|"
    r"are thought to|is rumou?red to|(?:is|are|was|were) estimated to|"

    r"the (?:report|reports|study|paper|filing) (?:said|says|claimed|claims|stated|states|suggested|suggests)|"
    # ("Analysts at Morrow & Finch estimate …": the firm the analysts work at stands between)
    r"(?:analyses|analysts|estimates|experts|observers|reports)(?:\s+(?:at|from|with)\s+(?:[A-Z][\w&.'’-]*\s+|&\s+){1,4})?"
    r"\s*(?:have\s+|has\s+)?(?:suggested|suggest|estimate[sd]?|say|said|believe[sd]?))\b",
    re.I)
# ("a forecast-beating profit" is a result: a word in a compound is no cue)
FORECAST = re.compile(
    r"\b(?:is|are|was|were)\s+(?:widely\s+)?expected to\b|\b(?:is|are)\s+set to\b|\b(?:will|could|may|might)\s+(?:likely\s+)?"
    r"(?:reach|hit|top|exceed|rise|fall|grow|be released|launch|arrive)\b|(?<!-)\bforecasts?\b(?!-)|\bprojected to\b"
    # a cut that only may happen: "a strategy that could slash 30,000 positions"
    r"|\b(?:could|may|might)\s+(?:eventually\s+|ultimately\s+)?(?:cut|slash|eliminate|reduce|lay off|affect)\b"
    r"|\b(?:plans|planned|aims|intends|hopes)\s+to\b"
    # a likelihood: "will likely be able to regain the number 3 spot", "is likely to overtake"
    r"|\b(?:will|would)\s+(?:likely|probably)\b|\b(?:is|are)\s+(?:likely|unlikely)\s+to\b"
    # a wish: "Investors want to see operating margin get back above 25%"
    r"|\b(?:wants?|would like)\s+to\s+see\b"
    # a prediction: "Patel predicts that … Bitcoin could continue its upward trajectory, potentially reaching $120,000"
    r"|\bpredict(?:s|ed|ing)?\b|\bpotentially\s+(?:reaching|hitting|topping|exceeding|rising|falling)\b"
    # what can be reached by a date to come: "the ad tier can reach 150 million users by the end of next year"
    r"|\bcan\s+(?:reach|hit|top|exceed|grow to)\b[^.;]{0,80}?\bby\s+(?:the\s+end\s+of\s+)?(?:next\b|20\d\d\b)"
    # "We now expect AI-related revenue to exceed $3 billion in fiscal 2026"
    r"|\b(?:expects?|expecting|anticipates?)\s+(?:[\w'’-]+\s+){0,4}?to\s+(?:reach|exceed|top|hit|surpass|pass|grow|rise|climb|fall|decline)\b", re.I)
# a sum in the future tense: "Third-quarter revenue will be $5.4 billion to $6 billion, the company said" (a fine
# or a payment a decision sets is stated so too: grounding reads that one as the decision)
FUTURE_SUM = re.compile(r"\b(?:will|would)\s+(?:likely\s+)?(?:be|total|come in at|amount to)\s+(?:(?:about|around|roughly|"
                        r"approximately|some|between|in the range of)\s+)?(?:US|A|C|HK|NT)?[$€£¥]\s?\d", re.I)


# a relative clause between commas: a name in it describes the one before it ("X, which acts on behalf of Y, said")
# (a number's comma is no end of the aside: "which employs about 9,800 people and has a factory in Sunderland,")
RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whose|that)\s(?:[^,;()]|(?<=\d),(?=\d{3})){3,120},")
_DESCRIBES_NOUN = re.compile(r"\s+(?-i:[a-z][a-z-]{2,})\b(?!\s+(?:said|says|reported|reports|stated|states|told))")
# where a company sits: "based in X", "headquartered in X" (a name there is a place, whatever the page knows of it)
_PLACE_BEFORE = re.compile(r"\b(?:based|headquartered|located|incorporated|registered)\s+in\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){0,3}?"
                           r"(?:(?-i:[A-Z])[\w.'’-]*,\s+)?$", re.I)
_ACCORDING_SOURCE = re.compile(r"^\s*According to (?P<who>(?:a|an)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*),")
_QUOTES_AFTER = re.compile(r"^[^.:;\"“”]{0,40}:\s*[\"“]")


# "a source familiar with the matter told Reuters": the voice is unnamed, whoever it told
_SOURCES = re.compile(r"\b(?:an?|one|two|three|several)?\s*(?:sources?|people|persons?|insiders?)\s+"
                      r"(?:familiar with|with knowledge of|close to|briefed on|with direct knowledge)\b"
                      # the same unnamed sources again: "…, one of the people said", "the person added"
                      r"|\b(?:one|two|both|either|neither) of (?:the|those|these) (?:people|persons|sources|insiders)\s+(?:said|says|added|told)\b"
                      r"|\bthe (?:people|person|sources?|insiders?)\s+(?:said|says|added)\b"
                      # "segundo pessoas próximas à negociação", "según personas cercanas", "selon des sources proches"
                      r"|\b(?:pessoas|fontes)\s+próximas\b|\b(?:personas|fuentes)\s+cercanas\b|\b(?:personnes|sources)\s+proches\b"
                      r"|\b(?:persone|fonti)\s+vicine\b|\bmit\s+der\s+Sache\s+vertraute\b", re.I)


# "Stability AI's former CEO noted …": an organisation's officer, unnamed, before a speech verb
_ROLE_SPEAKS = re.compile(rf"(?P<who>(?-i:[A-Z])[\w.&-]*(?:\s+(?-i:[A-Z])[\w.&-]*){{0,3}}['’]s?\s+(?:former\s+|ex-|then-|chief\s+|top\s+|lead\s+)?"
                          rf"(?:CEO|CTO|CFO|COO|founder|co-founder|cofounder|president|chairman|chairwoman|chief executive|spokesperson|spokesman|"
                          rf"spokeswoman|head of [a-z]+|chief scientist|chief economist))\s+(?:has\s+|had\s+)?{_SAY}\b", re.I)


# a speech verb and its "que" before a French conditional: reported speech, not an unconfirmed report
_SAID_THAT = re.compile(r"(?<![\w-])(?:a|ont|avait|avaient)\s+(?:\w+\s+){0,2}?(?:annoncé|déclaré|indiqué|précisé|affirmé|expliqué|"
                        r"fait savoir|confirmé|estimé|prévenu|assuré)\s+(?:\w+\s+){0,3}?qu(?:e\s|['’])", re.I)


def speaker_of(s: str, names: list[Mention], g: Grammar | None = None) -> str | None:
    """The named or unnamed voice a sentence reports, or None when the outlet states it; `g` adds
    other languages' speech verbs and markers ("según X", "a déclaré X", "X sagte")."""
    if _SOURCES.search(s):
        return "unnamed reports"
    for n in names:
        if n.kind in ("benchmark", "model") or (g is not None and n.name.lower() in g.pronouns):
            continue   # ("Er senkte sein Kursziel …": a pronoun points back to the one who speaks; it is no name)
        if re.search(r"\b(?:led by|run by|headed by|founded by|liderada por|dirigida por|fundada por|dirigée par|"
                     r"fondée par|geführt von|gegründet von|guidata da|fondata da)\s+$", s[max(0, n.start - 16):n.start], re.I):
            continue   # "la empresa liderada por Jensen Huang anunció …": the company speaks, not the one who leads it
        rel = next((r for r in RELATIVE_ASIDE.finditer(s) if r.start() < n.start < r.end()), None)
        if rel and _BEFORE_VERB.match(s[rel.end() - 1:rel.end() + 20].lstrip(",")):
            # "The Irish DPC, which acts on behalf of the European Union, said …": the name the clause is about speaks
            head = re.search(r"(?-i:[A-Z][\w.&'’-]*(?:\s+(?:of\s+|for\s+|de\s+)?[A-Z][\w.&'’-]*)*)(?:\s*\([^()]{1,20}\))?$", s[:rel.start()])
            who = re.sub(r"^(?:The|La|Le|El|Die|Der|Das|Il|Lo|O|A)\s+|\s*\([^()]*\)$", "", head.group()) if head else ""
            return who if re.search(r"[A-Z]", who) else None
        if n.kind == "place" or is_place(n.name) or _PLACE_BEFORE.search(s, max(0, n.start - 30), n.start):
            continue   # ("… em Portugal e no Brasil, anunciou a empresa", "Strata, based in Palo Verde Springs, said": a place says nothing)
        if n.kind == "person" and _QUOTES_AFTER.match(s[n.end:n.end + 60]):
            return n.name   # 'Pichai makes it simpler: "It's about 10 hours of video"'
        aside = _ASIDE_THEN.match(s[n.end:n.end + 90]) if n.kind in ("person", "org") else None
        # ("according to its Chinese website": a name that describes the noun after it names no source)
        according = _ACCORDING.search(s[max(0, n.start - 50):n.start]) and not _DESCRIBES_NOUN.match(s, n.end)
        if _BEFORE_VERB.match(s[n.end:n.end + 20]) and _COMPARED_WITH.search(s, max(0, n.start - 30), n.start) \
                and _NOUN_FORM.match(s, n.end):
            continue   # "below Wall Street estimates", "beat analysts' reports": the noun, not a speech verb
        after_verb = _AFTER_VERB.search(s[max(0, n.start - 20):n.start]) and not re.match(r"['’]s?\s", s[n.end:n.end + 3]) \
            and not (re.search(r"\bthe\s+$", s[max(0, n.start - 5):n.start]) and _DESCRIBES_NOUN.match(s, n.end))
        # ("said the Harrowgate region had …": the name describes the noun after it, which is what the speaker speaks of)
        # ("said Britain's talent pool …": the name owns what is said, it does not say it)
        if _BEFORE_VERB.match(s[n.end:n.end + 20]) or after_verb or according or \
                (aside and _BEFORE_VERB.match(s[n.end + aside.end():n.end + aside.end() + 20])):
            head = apposition_head(s, n.start, names, n.end + 2)
            return head.name if head is not None else n.name
        if g and (g.said_after.match(s[n.end:n.end + 30]) or g.said_before.search(s[max(0, n.start - 30):n.start])
                  or g.according_before.search(s[max(0, n.start - 60):n.start])):
            head = apposition_head(s, n.start, names, n.end + 2)
            if head is not None:
                return head.name   # "Jane Roe, ex-CTO of Acme, announced …": Jane Roe speaks, not Acme
            art = re.search(r"(?<=\S )([A-Z][a-z]{1,2}) $", s[max(0, n.start - 8):n.start])
            return f"{art.group(1)} {n.name}" if art and art.group(1).lower() in g.articles else n.name   # "selon Les Echos"
    role = _ROLE_SPEAKS.search(s)
    if role and any(n.start == role.start() and n.kind in ("lab", "org", "group") for n in names):
        return role.group("who")   # "Stability AI's former CEO noted it costs …": a role of an organisation speaks
    source = _ACCORDING_SOURCE.search(s)
    if source:
        return source.group("who")   # "According to a research paper, …": a source the outlet does not name
    reported = g.reported.search(s) if g else None
    if reported and not _SAID_THAT.search(s, 0, reported.start()):
        return "unnamed reports"   # ("a annoncé jeudi qu'il supprimerait …": the company's own words in reported speech, not a rumour)
    doc = g.according_doc.search(s) if g and g.according_doc else None
    if doc and not _UNNAMED.search(doc.group()):
        return doc.group("who")   # "según documentos judiciales", "according to court filings": the outlet's source
    if g and g.forecast.search(s):
        return "forecast"
    m = _UNNAMED.search(s)
    if m:
        word = m.group().lower()
        if re.match(r"(?:is|are|was|were) estimated", word):
            return "estimate"   # "The outage is estimated to have cost Delta $500 million": whose estimate, the page does not say
        return "analysts' estimate" if re.search(r"analys|estimat|expert|observer", word) else "unnamed reports"
    if FORECAST.search(s) or FUTURE_SUM.search(s):
        return "forecast"
    return None
