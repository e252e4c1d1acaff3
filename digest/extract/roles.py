"""A person's role as a sentence states it, from the shapes news writes roles in:

- the role before the name, with the organisation before it when written there: "said AMD CEO Lisa
  Su" (role "AMD CEO"), "Chief Executive Christophe Fouquet", "zegt AP-voorzitter Aleid Wolfsen";
- the role in an apposition after the name, up to its comma: "Frank Zhang, general manager of ZT
  Systems, will join AMD";
- the role in brackets after the name: "Frank Zhang (actuel CEO de ZT Systems)";
- the role after the name's comma with its organisation's possessive or its organisation before it:
  "Gary Steele, Splunk's current CEO," (role "current CEO of Splunk"), "Chuck Robbins, Cisco CEO".

The role words are site_config's `person_roles` (every language); a role is read only next to a
name the page knows as a person, so "the CEO said" or "CEO pay" give nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from digest.extract.names import NOT_NAMES
from digest.schema import ROLE  # the attribute a role claim is filed under

# capitalised words before a role that name no organisation: openers of a sentence and verbs of speech
_NO_ORGANISATION = NOT_NAMES | {"said", "says", "added", "told", "wrote", "noted", "explained", "warned", "argued", "stated",
                                "sagte", "sagt", "dit", "zegt", "dijo", "disse"}

# words that narrow a role before it ("senior vice president", "interim CEO", "actuel CEO")
_MODIFIERS = (r"senior|executive|deputy|vice|chief|general|former|interim|acting|founding|managing|outgoing|incoming|"
              r"then|current|new|co|actuel|actuelle|ancien|ancienne|nouveau|nouvelle|ehemalige|ehemaliger|neue|neuer|"
              r"antiguo|antigua|actual|nuevo|nueva|ex|atual|novo|nova|attuale|nuovo|nuova|voormalig|huidige|nieuwe")
_OF = r"(?:of|at|for|de|du|des|chez|bei|beim|von|der|des|di|del|della|da|do|dos|van|bij)"


@lru_cache(maxsize=8)
def _patterns(roles: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    alt = "|".join(re.escape(r) for r in sorted(roles, key=len, reverse=True))
    # ("co-founder and the chief executive": the second role may take its article)
    role = rf"(?:(?:{_MODIFIERS})[\s-]+){{0,2}}(?:{alt})(?:\s+(?:and|y|et|und|e|en|&)\s+(?:(?:the|a|an|le|la|el|il|der|die)\s+)?(?:(?:{_MODIFIERS})\s+)?(?:{alt}))?"
    # an organisation written before the role, capitalised, one to three words or a hyphenated compound's head
    # ("AMD CEO", "DPC Deputy Commissioner", "AP-voorzitter")
    before = re.compile(rf"(?:(?<![\w-])(?P<mod>(?:{_MODIFIERS})\s+)?(?P<org>(?-i:[A-ZÀ-Ý][\w&.]*)(?:\s(?-i:[A-ZÀ-Ý][\w&.]*)){{0,2}}?)(?:\s+|-))?(?P<role>{role})\s+$", re.I)
    # ", general manager of ZT Systems," / ", senior vice president of People Experience and Technology at Amazon,"
    # (nouns that narrow it, lower-case: "investment analyst"; a field after it: "analyste en investissement chez AJ Bell",
    # "vice president of product and partnerships at OpenAI")
    after = re.compile(rf"\s*,\s+(?:(?:the|a|an|its|la|le|el|il|die|der|o|a)\s+)?(?P<role>(?:(?-i:[a-zà-ÿ][\w-]+)(?<!ing)(?<!ed)\s+){{0,2}}?{role}"
                       rf"(?:\s+(?:en|in|for|für|em|pour|of)\s+(?-i:[a-zà-ÿ][\w-]+)(?:\s+(?:(?:and|&)\s+)?(?-i:[a-zà-ÿ][\w-]+))?(?=\s+{_OF}\s))?"
                       # (its organisation after "of", "d'", or with none between: "PDG d'Adobe", "vd Klarna", "CEO & COO Telekom
                       # Austria Group")
                       rf"(?:(?:\s+{_OF}\s+(?:the\s+|la\s+|le\s+|l['’])?|\s+d['’]|\s+)(?-i:[A-Z][\w&.'’-]*)(?:\s+(?:(?:and|&|de|of|at|für)\s+)?(?-i:[A-Z][\w&.'’-]*)){{0,6}})?)"
                       rf"\s*(?=[,;.)—–]|\s[–—-]\s)", re.I)
    # ", Splunk's current CEO," / ", Figure's founder and CEO,": the role of the possessor; ", Cisco CEO,": its organisation before it
    owned = re.compile(rf"\s*,\s+(?P<mod>(?:{_MODIFIERS})\s+)?(?P<owner>(?-i:[A-Z][\w&.-]*)(?:\s(?-i:[A-Z][\w&.-]*)){{0,2}})(?:['’]s\s+(?P<role>(?:(?-i:[a-z][\w-]+)\s+){{0,1}}?{role})"
                       rf"|\s+(?P<after>{role}))\s*(?=[,;.)—–]|\s[–—-]\s|$)", re.I)
    bracket = re.compile(rf"\s*\(\s*(?P<role>{role}(?:\s+{_OF}\s+[^()]{{1,40}})?)\s*\)", re.I)
    alone = re.compile(rf"(?<![\w-])(?P<role>{role})\s+$", re.I)
    # the role with its article, then a comma, before the name: "le directeur général d'Orbis, Marc Dupont", "the
    # president of the Swiss Confederation, Alain Berset", "la commissaire européenne à la Concurrence, Margrethe Vestager"
    comma = re.compile(rf"(?<![\w-])(?:the|le|la|l['’]|el|il|lo|der|die|o|a|(?P<owner>(?-i:[A-Z][\w&.-]*)(?:\s(?-i:[A-Z][\w&.-]*))?)['’]s)\s+(?P<role>{role}(?:\s+(?-i:[a-zà-ÿ][\w-]+)){{0,2}}"
                       rf"(?:\s+(?:{_OF}|à|au|aux|d['’]|für|zur|zum)\s*(?:the\s+|la\s+|le\s+|l['’]|der\s+|die\s+)?(?-i:[A-ZÀ-Ý][\w&.'’-]*)"
                       rf"(?:\s+(?-i:[a-zà-ÿ][\w-]+|[A-ZÀ-Ý][\w&.'’-]*)){{0,2}})?)\s*,\s*$", re.I)
    # "Sabrecloud named Imogen Tate as its chief executive officer", "nombró a Ana Ruiz como nueva consejera delegada"
    appointed = re.compile(rf"\s+(?:as|to be|como|comme|en tant que|als|zur|zum|come)\s+(?:(?:its|their|the|the company's|su|sa|son|sein|seine|"
                           rf"seinen|ihre|ihren|il suo|la sua|o seu|a sua|suo|sua)\s+)?(?:(?:new|next|nueva|nuevo|nouveau|nouvelle|neue|neuen|"
                           rf"neuer|nuovo|nuova|novo|nova)\s+)?(?P<role>{role})\b", re.I)
    return before, after, bracket, alone, comma, appointed, owned


# the verbs that give a person a post: "named", "appointed", "nombró a", "ernannte"
_APPOINTS = re.compile(r"(?<![\w-])(?:named|names|appointed|appoints|hired|hires|promoted|tapped|picked|chose|nombró|nombra|ha nombrado|"
                       r"nomme|a nommé|ernannte|ernennt|berief|beruft|nominou|nomeou|ha nominato|nomina|benoemde|benoemt)\s+(?:a\s+)?$", re.I)


# an organisation, "and", and its possessive before a role: "LVMH und dessen (milliardenschwerem) Chef", "Orbis and its chief
# executive", "Orbis y su presidente"
_OWNER_BEFORE = re.compile(r"(?P<org>(?-i:[A-Z][\w&.-]*)(?:\s(?-i:[A-Z][\w&.-]*)){0,2})\s+(?:und|and|y|et|e|en)\s+"
                           r"(?:dessen|deren|its|seinem|seinen|seiner|seine|sein|ihrem|ihren|ihr|su|sus|son|sa|ses|il suo|la sua|o seu|a sua|zijn|haar)"
                           r"\s+(?:(?-i:[a-zäöüßà-ÿ][\w-]*)\s+){0,2}$")


# the words that end a company's name: a role's organisation that opens on one is the tail of a longer name
_NAME_ENDS = frozenset({"Group", "Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "Ltd", "Ltd.", "LLC", "Holdings", "AG", "SA", "SE",
                        "plc", "PLC", "GmbH", "Partners", "Capital", "Ventures", "Research", "Labs", "Technologies"})


# the small words inside a person's name: "Martín de los Santos", "Luis von Ahn", "Isabelle de Silva"
_PARTICLE = r"(?:de(?:\s+(?:la|las|los))?|del|da|das|do|dos|di|du|van(?:\s+(?:der|den|de))?|von(?:\s+(?:der|dem))?|ter|ten|bin|ibn|zu)"
_NAME_GOES_ON = re.compile(rf"(?:\s+{_PARTICLE}(?:\s+(?-i:[A-ZÀ-Ý][\w'’-]+)){{1,2}})+")
_NAME_BEGAN = re.compile(rf"(?<![\w-])(?-i:[A-ZÀ-Ý][a-zà-ÿ'’][\w'’-]*)(?:\s+(?-i:[A-ZÀ-Ý][a-zà-ÿ'’][\w'’-]*))?\s+{_PARTICLE}\s+$")


def _whole_name(s: str, p):
    """The person's mention with the rest of a name its particle split: "Martín" of "Martín de los Santos", "Ahn" of "Luis
    von Ahn" (a mention of one word only)."""
    if " " in p.name:
        return p   # (two names already: "Liesje Schreinemacher van Buitenlandse Handel" is a minister and her portfolio)
    after = _NAME_GOES_ON.match(s, p.end)
    before = _NAME_BEGAN.search(s, max(0, p.start - 40), p.start)
    if not after and not before:
        return p
    start, end = before.start() if before else p.start, after.end() if after else p.end
    return type(p)(start, end, s[start:end], p.kind)


def role_claims(s: str, people: list, orgs: set[str], roles: tuple[str, ...], stop: frozenset = frozenset()) -> list[tuple[str, str]]:
    """(person, role as written) for each person of `people` (mentions of kind "person") whose role
    the sentence states next to the name. The capitalised words before a role are its organisation
    ("AMD CEO", "Tesla CEO", "former OpenAI researcher") unless one of them opens a sentence or
    speech ("Meanwhile CEO …", "Said CEO …") or is one of `stop`, another language's function words ("Volgens
    financieel topman …"); a known organisation of `orgs` is kept whatever it is."""
    if not roles:
        return []
    before, after, bracket, alone, comma, appointed, owned = _patterns(tuple(roles))
    out: list[tuple[str, str]] = []
    for p in people:
        p = _whole_name(s, p)
        if not re.search(r"[a-zà-ÿ]", p.name) or p.name.split()[-1] in _NAME_ENDS:
            continue   # "3. TURBINE LEAD TIMES": a heading in capitals; "Telekom Austria Group": a company's name
        m = before.search(s, max(0, p.start - 80), p.start)
        if m:
            org, role = m.group("org"), m.group("role")
            owner = _OWNER_BEFORE.search(s, max(0, m.start() - 80), m.start("role"))
            if not org and owner:
                # "mit dem Luxuskonzern LVMH und dessen milliardenschwerem Chef Bernard Arnault": the role of the name before
                # (the known name at its end, not the capitalised noun German writes before it)
                words = owner.group("org").split()
                name = next((" ".join(words[i:]) for i in range(len(words)) if " ".join(words[i:]) in orgs), owner.group("org"))
                out.append((p.name, f"{role.strip()} of {name}"))
                continue
            if org and org not in orgs and any(w.lower() in _NO_ORGANISATION or w.lower() in stop for w in org.split()):
                # ("Meanwhile CEO Jane Roe", "Chief Executive …"): a capitalised word that names no organisation
                role, org = alone.search(s, max(0, p.start - 80), p.start).group("role"), None
            if org and org.split()[0] in _NAME_ENDS and s[max(0, m.start("org") - 2):m.start("org")].strip():
                # "Dell’Oro Group Senior Research Director": the end of a longer name, not an organisation of its own
                rest = " ".join(org.split()[1:])
                out.append((p.name, f"{rest} {role.strip()}".strip()))
                continue
            if org and org.endswith("s") and org[:-1] in orgs:
                org = org[:-1]   # "Älvkraft Energis vd", "Lumateks Chef": the company's genitive
            if org:
                role = (m.group("mod") or "") + (f"{org} {role}" if s[m.start("org"):m.end("org") + 1] == org + " " else f"{org}-{role}")
            out.append((p.name, role.strip()))
            continue
        m = appointed.match(s, p.end) if _APPOINTS.search(s, max(0, p.start - 20), p.start) else None
        if m:
            # the post is the appointing organisation's: the known one nearest before the verb
            org = next((o for o in sorted(orgs, key=len, reverse=True) if o in s[:p.start]), None)
            out.append((p.name, m.group("role").strip() + (f" of {org}" if org else "")))
            continue
        m = after.match(s, p.end) or bracket.match(s, p.end)
        if m:
            out.append((p.name, m.group("role").strip()))
            continue
        m = owned.match(s, p.end)
        if m and not any(w.lower() in _NO_ORGANISATION or w.lower() in stop for w in m.group("owner").split()):
            owner = m.group("owner")
            mod = m.group("mod") or ""   # (", interim Unity CEO,")
            out.append((p.name, f"{m.group('role').strip()} of {owner}" if m.group("role") else f"{mod}{owner} {m.group('after').strip()}"))
            continue
        m = comma.search(s, max(0, p.start - 120), p.start)
        if m and not re.search(r"[,;]", m.group("role")):
            # ("Adobe's chairman and chief executive officer, Shantanu Narayen": the role of the possessor)
            out.append((p.name, m.group("role").strip() + (f" of {m.group('owner')}" if m.group("owner") else "")))
    return out
