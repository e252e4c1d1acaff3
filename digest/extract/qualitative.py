"""Qualitative claims: facts a verb or a copula states about an entity rather than a number
(architecture, modalities, languages, where and to whom it is available, how it performs against
another model, what it replaces, who acquired or sued it, who led its round, a status).

Each relation in `site_config/attributes.yml` `relations` names cue phrases and what follows them:
a closed set of values (one, or a list), the value the cue itself states, proper names, one name,
or an audience. The subject is the sentence's grammatical subject before the cue (or the name after
an inverse cue: "X acquired Y" is Y's acquisition by X). A negated or conditional cue states
nothing; a hedged one carries who hedges it in `said_by`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

_CAP = r"(?:[A-Z][\w.&+'’-]*[\w+]|[A-Z]|[a-z]+[A-Z][\w-]*)"
_NAME = rf"{_CAP}(?:\s+(?:{_CAP}|\d(?:[\w.]*\w)?))*"
_JOIN = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)"
_NAMES = re.compile(rf"(?:the\s+|both\s+|all\s+of\s+)?(?P<list>{_NAME}(?:{_JOIN}(?:the\s+)?{_NAME})*)")
# what may follow a list of names: the clause goes on with another phrase, or ends
_AFTER_NAMES = re.compile(r"\s*(?:$|[,.;:!?)\]—–-]|\((?!\w+\))|\b(?:to|for|in|as|with|from|by|at|on|via|since|starting|today|now|"
                          r"this|last|next|early|later|earlier|until|through|and|or|where|which|who|while|after|before|that|across|over|"
                          r"among|against|under|than|but|when|thanks|because|"
                          r"customers|users)\b)")
_CLAUSE_END = re.compile(r"[;:!?—–]|\s-{1,2}\s|,\s+(?:and\s+|but\s+|while\s+|whereas\s+|although\s+|though\s+)?(?=it\b|they\b|which\b|who\b)"
                         r"|,\s+(?:but|while|whereas|although|though)\b|\.\s")
_PRONOUN = re.compile(r"\b(?:it|they|the (?:new )?model|this model)\b", re.I)
# what narrows a comparison or a replacement: "on text", "as the default model"
_SCOPE = re.compile(r"\s+(?P<q>(?:on|in|across|for|as)\s+(?:[^,.;:()—–]|\.(?=\w))*)")
_SCOPE_END = re.compile(r"\s+(?:while|and|but|at|with|when|to|thanks|because)\b")
_WHOLE = re.compile(r"\b(?:most|majority|many|all|several|range|variety|number|benchmarks?|evaluations?|tasks?|"
                    r"these|those|such|this|that)\b", re.I)
_WORD = re.compile(r"[\w'’-]+")
# a relative clause's opening, up to its verb: "which ", "which is now ", "qui est "
_RELATIVE_OPENER = re.compile(r"\s*(?:which|that|who|que|qui|die|der|das|che|dat)\s+(?:(?:is|are|was|were|now|also|already|est|es|ist|è|é|is)\s+){0,2}", re.I)
# modals of what is planned or scheduled (a forecast), not of what may be (which states nothing)
_FUTURE = re.compile(r"will|expected\s+to|set\s+to|plans?\s+to|será|estará|sera|wird|sarà", re.I)
# words between a cue and a value that set the value against the subject ("is an alternative to MoE")
_CONTRAST = re.compile(r"\b(?:unlike|than|instead|alternative|versus|vs|compared|rather|not|no|non|without|rival|"
                       r"competing|other|traditional|standard|conventional)\b", re.I)
_TIME = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                   r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|"
                   r"Saturday|Sunday|Q[1-4]|H[12]|FY\d*)(?:\s+\d{1,4})*", re.I)


@dataclass(frozen=True)
class Relation:
    attribute: str
    kinds: tuple[str, ...]
    cues: str                   # the cue pattern, compiled when a sentence holds a cue's words
    cue_values: dict            # lower-cased cue -> the value it states ("on par with" -> "on par")
    obj: str                    # values, cue, names, name, audience
    values: tuple               # ((canonical, (phrases...)), ...) in canonical order
    many: bool                  # a list of values
    min_items: int
    gap: int                    # words allowed between the cue and its object
    inverse: bool               # the name after the cue is the subject; the one before is the value
    context: re.Pattern | None  # words the clause must hold ("round" for "led by")
    heads: tuple[str, ...]      # audience nouns ("users", "customers")
    between: str                # words allowed between the cue and a name ("the much larger")
    cue_words: tuple            # every cue's words, lower case: a cheap test before the pattern
    filler: str                 # what may sit between a cue's words
    first_words: frozenset = frozenset()   # each cue's first word: a cheaper test before cue_words
    one_after: frozenset = frozenset()     # verbs after which one value other than the first suffices ("can process images")


@dataclass(frozen=True)
class Words:
    negation: re.Pattern
    modal: re.Pattern
    hedges: tuple   # ((pattern, said_by), ...)
    times: frozenset = frozenset()   # other languages' month and weekday names, lower case
    conditional: re.Pattern = re.compile(r"(?!x)x")


def _alts(phrases) -> str:
    parts = []
    for p in sorted({str(x) for x in phrases}, key=len, reverse=True):
        left = r"(?<![\w-])" if p[:1].isalnum() else ""
        right = r"(?![\w-])" if p[-1:].isalnum() else ""
        parts.append(left + re.escape(p).replace(r"\ ", r"\s+") + right)
    return "|".join(parts) or r"(?!x)x"


def _cue_alts(phrases, filler: str) -> str:
    """Cue phrases whose words may have a filler between them ("available now on", "roll out
    broadly across")."""
    parts = []
    for p in sorted({str(x) for x in phrases}, key=len, reverse=True):
        inner = (filler + r"\s+").join(re.escape(w) for w in p.split())
        left = r"(?<![\w-])" if p[:1].isalnum() else ""
        right = r"(?![\w-])" if p[-1:].isalnum() else ""
        parts.append(left + inner + right)
    return "|".join(parts) or r"(?!x)x"


def _relation(item: dict, filler: str) -> Relation:
    cues = item.get("cues") or []
    cue_values: dict = {}
    if isinstance(cues, dict):   # the cue states the value
        cue_values = {str(p).lower(): str(v) for v, ps in cues.items() for p in ps}
        cues = list(cue_values)
    inverse = [str(c) for c in item.get("inverse_cues") or []]
    values = tuple((str(v), tuple(str(p) for p in ps)) for v, ps in (item.get("values") or {}).items())
    context = item.get("context")
    cue_rx = rf"(?P<cue>{_cue_alts(cues, filler)})"
    return Relation(
        attribute=str(item["attribute"]), kinds=tuple(item.get("kinds") or ("model", "product")),
        cues=cue_rx + (rf"|(?P<inv>{_cue_alts(inverse, filler)})" if inverse else ""),
        cue_values=cue_values, obj=str(item.get("object", "values")), values=values,
        many=bool(item.get("list")), min_items=int(item.get("min_items", 1)), gap=int(item.get("gap", 3)),
        inverse=bool(inverse), context=re.compile(_alts(context), re.I) if context else None,
        heads=tuple(str(h) for h in item.get("heads") or ()), filler=filler,
        between=_alts(item.get("between") or ["the"]),
        cue_words=tuple(sorted({tuple(str(c).lower().split()) for c in list(cues) + inverse})),
        first_words=frozenset(ws[0] for ws in {tuple(str(c).lower().split()) for c in list(cues) + inverse} if ws),
        one_after=frozenset(str(w).lower() for w in item.get("one_after") or ()),
    )


@lru_cache(maxsize=64)
def _compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.I)


@lru_cache(maxsize=8)
def relations(k) -> tuple[Relation, ...]:
    w = k.relation_words
    shapes = [_alts(w.get("fillers") or ())] + [str(x) for x in w.get("filler_shapes") or ()]
    filler = r"(?:\s+(?:" + "|".join(shapes) + r"))?"
    return tuple(_relation(item, filler) for item in k.relations)



@lru_cache(maxsize=8)
def words(k) -> Words:
    g = k.grammar or {}
    hedges = tuple((re.compile(_alts([p]), re.I), said) for said, ps in (k.relation_words.get("hedges") or {}).items()
                   for p in ps)
    return Words(negation=re.compile(_alts(g.get("negation") or ()), re.I),
                 modal=re.compile(_alts(g.get("modal") or ()), re.I), hedges=hedges,
                 times=frozenset(x.lower() for role in ("months", "weekdays") for x in g.get(role) or ()),
                 conditional=re.compile(_alts(g.get("conditional") or ()), re.I))


def _cue_value(rel: Relation, text: str) -> str | None:
    """The value a cue states, its fillers aside ("matched or even exceeded" is "matched or exceeded")."""
    for phrase, value in rel.cue_values.items():
        if _phrase_rx(phrase, rel.filler).fullmatch(text):
            return value
    return None


@lru_cache(maxsize=512)
def _phrase_rx(phrase: str, filler: str) -> re.Pattern:
    return re.compile(_cue_alts([phrase], filler), re.I)


def _clause_before(s: str, pos: int) -> str:
    """The words of the cue's own clause before it."""
    ends = [m.end() for m in _CLAUSE_END.finditer(s, 0, pos)]
    return s[ends[-1] if ends else 0:pos]


@lru_cache(maxsize=64)
def _value_rx(values: tuple) -> re.Pattern:
    return re.compile("|".join(f"(?P<v{i}>{_alts(ps)})" for i, (_, ps) in enumerate(values)), re.I)


def _closed_values(rel: Relation, rest: str) -> list[str]:
    """The closed-set values right after the cue: one, or a coordinated list of them."""
    rx = _value_rx(rel.values)
    first = None
    for m in rx.finditer(rest):
        gap = rest[:m.start()]
        if len(_WORD.findall(gap)) <= rel.gap and not re.search(r"[.;:!?]", gap) and not _CONTRAST.search(gap):
            first = m
        break
    if not first:
        return []
    found = [first]
    if rel.many:
        pos = first.end()
        while True:
            nxt = re.compile(rf"(?:\s+(?:inputs?|outputs?|data|content))?(?:{_JOIN}|\s+(?:alongside|along with|as well as|together with)\s+)").match(rest, pos)
            m = rx.match(rest, nxt.end()) if nxt else None
            if not m:
                break
            found.append(m)
            pos = m.end()
    got = {next(i for i, g in enumerate(m.groups()) if g) for m in found}
    return [rel.values[i][0] for i in sorted(got)]


def _names_after(rest: str, mentions_after, times: frozenset = frozenset()) -> list[str] | None:
    """A coordinated list of proper names opening `rest`, when the clause goes on or ends after it."""
    m = _NAMES.match(rest)
    if not m or not _AFTER_NAMES.match(rest, m.end()):
        return None
    parts = re.split(_JOIN, m.group("list"))
    names = []
    for p in parts:
        p = re.sub(r"^the\s+", "", p.strip())
        p = re.sub(r"^[\w.]+-(?:based|headquartered|backed|listed|owned|led)\s+(?=[A-Z])", "", p)   # "Mumbai-headquartered WNS"
        owned = re.match(r"[A-Z][\w.&-]*['’]s\s+(?P<name>.+)", p)
        if owned:
            p = owned.group("name")   # "OpenAI's GPT-4 Turbo": the model, not its maker
        if _TIME.fullmatch(p) or p.split()[0].lower() in times:
            return None   # "available in March", "on Monday", "in Q3": a time, not a place or a platform
        if p and re.match(r"[A-Z]|[a-z]+[A-Z]", p):
            names.append(mentions_after.get(p, p))
    return names or None


def qualitative_claims(s: str, quote: str, said_by: str | None, mentions: list, k, scoped: bool,
                       pick_subject: Callable, make_claim: Callable) -> list[dict]:
    """Claims the relations read in one sentence. `pick_subject(kinds, pos, exclude)` names the
    grammatical subject before a position; `make_claim(subject, attribute, value, unit, quote, said_by, qualifier, text)`
    builds the claim record."""
    out: list[dict] = []
    w = words(k)
    present = set(_WORD.findall(s.lower()))
    for rel in relations(k):
        if rel.first_words.isdisjoint(present) or not any(all(x in present for x in ws) for ws in rel.cue_words):
            continue
        for cue in _compiled(rel.cues).finditer(s):
            claim = _read(rel, cue, s, mentions, scoped, pick_subject, w)
            if claim:
                subjects, attribute, value, hedge, qualifier = claim
                out.extend(_claims(k, rel, subjects, attribute, value, quote, said_by or hedge, qualifier, make_claim))
                if rel.obj != "name":
                    break   # one statement per relation; comparisons with two models are two
    return out


def _claims(k, rel: Relation, subjects, attribute, value, quote, said_by, qualifier, make_claim) -> list[dict]:
    vocab = k.attribute(attribute)
    out = []
    for subject in subjects:
        if re.match(rf"\W*(?:The\s+)?{re.escape(subject)}\s+(?:claimed|claims|said|says|stated|states|insisted|insists)\s+"
                    rf"(?:that\s+|to\s+have\s+|it\s+)", quote):
            said_by = subject   # "DeepSeek claimed to have used a process called …": its own word, whatever else is reported
        if vocab and vocab.type == "count" and rel.many:
            # the vocabulary counts this attribute ("five languages"): the list gives its count
            n = len(str(value).split(", "))
            text = None if said_by else f"{subject}: {attribute} {n} ({value})."
            out.append(make_claim(subject, attribute, n, vocab.unit, quote, said_by, qualifier, text))
        else:
            out.append(make_claim(subject, attribute, value, None, quote, said_by, qualifier, None))
    return out


def _read(rel: Relation, cue: re.Match, s: str, mentions, scoped: bool, pick_subject, w: Words):
    if s.rstrip().endswith("?"):
        return None   # a question states nothing
    before = _clause_before(s, cue.start())
    modal = w.modal.search(before[-30:])
    if w.negation.search(before[-40:]) or (modal and not _FUTURE.fullmatch(modal.group())):
        return None   # "is not available in the EU", "could be released": nothing stated
    if w.conditional.search(before):
        return None   # "if X outperforms Y": a condition, not a statement
    if rel.context and not rel.context.search(s):
        return None
    rest = s[cue.end():]
    rest = rest[:_CLAUSE_END.search(rest).start()] if _CLAUSE_END.search(rest) else rest
    after = {m.name: m.name for m in mentions}
    by_text = {s[m.start:m.end]: m.name for m in mentions}
    after.update(by_text)
    attribute = rel.attribute
    inverse = cue.lastgroup == "inv"
    if rel.obj in ("values",):
        vals = _closed_values(rel, rest.lstrip(" \"'“”‘’"))
        one = len(vals) == 1 and rel.values and vals[0] != rel.values[0][0] and cue.group().lower() in rel.one_after \
            and any(re.match(rf"\s*(?:{_alts(ps)})(?:\s*$|\s*[,.;:—–-]|\s+(?:alongside|as|inputs?|and|or|together|too|natively)\b)",
                             rest.lstrip(" \"'“”‘’"), re.I) for v, ps in rel.values if v == vals[0])
        if len(vals) < rel.min_items and not one:
            return None   # ("can process images": one input beside text is said; "processes text" says nothing)
        value = ", ".join(vals)
    elif rel.obj == "cue":
        value = _cue_value(rel, cue.group())
    elif rel.obj == "audience":
        head = rf"(?:[\w-]+\s+){{0,3}}?(?:{_alts(rel.heads)})"
        m = re.match(rf"\s*((?:all\s+)?{head}(?:\s+(?:and|or)\s+{head})?)\b", rest, re.I)
        if not m or re.search(r"\b(?:the|a|an|more|than|some|many|few|over|up)\b", m.group(1), re.I):
            return None
        value = re.sub(r"\s+", " ", m.group(1)).strip()
        if value.lower() in ("users", "customers", "people"):
            return None   # "the best model available for users": every product is for its users; no audience is named
    else:
        lead = re.match(rf"\s*(?:(?:{rel.between})\s+){{0,{rel.gap}}}", rest, re.I)
        # (what a name's letters stand for is the words as written: "M stands for Mistral" names no company)
        names = _names_after(rest[lead.end():] if rel.obj == "name" else rest.lstrip(),
                             {} if rel.attribute == "name expansion" else after, w.times)
        if not names:
            return None
        if rel.obj == "name" and len(names) != 1:
            return None   # "on par with X and Y": a comparison with several is not one question
        value = ", ".join(sorted(set(names))) if rel.obj == "names" else names[0]
    if rel.obj == "name" and rel.cue_values:
        attribute, value = f"{rel.attribute} {value}", _cue_value(rel, cue.group())
    elif rel.cue_values:
        value = _cue_value(rel, cue.group())
    if not value:
        return None
    qualifier = None
    if rel.obj == "name":
        at = rest.find(names[0]) if names[0] in rest else -1
        scope = _SCOPE.match(rest, at + len(names[0])) if at >= 0 else None
        q = _SCOPE_END.split(scope.group("q"))[0].strip() if scope else ""
        # a comparison's domain ("on text") or a role ("as the default model"); a date is no scope here
        if q and len(q.split()) <= 8 and not _WHOLE.search(q) and (rel.cue_values or q.startswith("as ")) \
                and not re.search(r"\b(?:19|20)\d\d\b", q):
            qualifier = q
    if inverse:
        subject, value = value, None
        names = [m for m in mentions if m.end <= cue.start()]
        value = names[-1].name if names and not _CLAUSE_END.search(s[names[-1].end:cue.start()]) else None
        if not value or value == subject:
            return None
        subjects = [subject]
    else:
        subjects = _subject(rel, cue, s, before, mentions, scoped, pick_subject, value)
        if not subjects:
            return None
    hedge = next((said for rx, said in w.hedges if rx.search(before)), None)
    if modal:
        hedge = hedge or "forecast"   # "will be an upgrade from Llama 2", "is set to replace": what is planned
    return subjects, attribute, value, hedge, qualifier


# a verb of passing another: the name after it is the one passed ("overtook rival ChatGPT"), not the subject
OVERTAKES = re.compile(r"(?<![\w-])(?:overtaken|overtook|overtakes|overtaking|surpassed|surpasses|surpassing|outpaced|"
                       r"dethroned|displace|displaced|displaces|displacing|unseated|unseat|ousted|oust|missed|beat|beats|topped|superó|superado|superando|dépassé|dépasse|détrône|überholt|"
                       r"überholte|superato|supera|superou|ultrapassou)\s+"
                       r"(?:(?!(?:and|or|but|as|so|while|after|y|et|und|e|o)\s)[^\s,;]+\s+){0,3}$", re.I)


def _subject(rel: Relation, cue: re.Match, s: str, before: str, mentions, scoped: bool, pick_subject, value):
    """The grammatical subject of the cue's clause: a name in the clause, a pronoun for the
    sentence's opening name, or the scope's entity; never a name inside the value or a possessor
    ("GPT-4o's audio API is available to developers" is about the API)."""
    start = cue.start() - len(before)
    # (not the one passed: "DeepSeek's AI assistant overtook rival ChatGPT to become the top-rated free application")
    own = [m for m in mentions if m.kind in rel.kinds and start <= m.start and m.end <= cue.start()
           and not OVERTAKES.search(s, max(0, m.start - 40), m.start)]
    opening = re.match(r"\s*(?:[A-Za-z]+ly,?\s+)?(?:The\s+|Both\s+)?", s[start:cue.start()])
    pronoun = _PRONOUN.match(s, start + opening.end())
    if own and pronoun and re.search(r"\b(?:is|was|are|were|became|becomes|remains|remained)\b", s[pronoun.end():own[0].start]):
        # "It was the first Claude generation to accept image input": the name describes what "it" is
        return [x for x in _pronoun(rel, s, pronoun.start(), mentions, pick_subject)[:1]
                if _may_be_subject(x, cue, s, mentions, value, rel.context)]
    if own and re.fullmatch(r"\s*(?:,|,?\s*and|or)\s*(?:[a-z]+ly\s+)?", s[own[-1].end:cue.start()]):
        # "X surpasses Y and rivals Z": the second verb's subject is the first's, not its object
        if own[0].start == start + opening.end() and len(own) > 1:
            subjects = [own[0].name]
        elif _PRONOUN.match(s, start + opening.end()):
            subjects = _pronoun(rel, s, start + opening.end(), mentions, pick_subject)
        else:
            return []
    elif own:
        subjects = pick_subject(rel.kinds, cue.start(), ())
        if not subjects or subjects[0] not in {m.name for m in own}:
            subjects = [own[0].name]   # a name the vocabulary does not know, by its shape
        if len(own) > 1 and own[0].start == start + opening.end() and all(
                re.fullmatch(r"\s*(?:,|,?\s*and|&)\s*", s[x.end:y.start]) for x, y in zip(own, own[1:])):
            # "Opus and Sonnet were available …": both
            return [m.name for m in own if _may_be_subject(m.name, cue, s, mentions, value, rel.context)]
    elif _PRONOUN.search(before):
        subjects = _pronoun(rel, s, start + _PRONOUN.search(before).start(), mentions, pick_subject)
    elif (scoped and not before.strip(" ,")) or (
            start == 0 and "lab" in rel.kinds and re.match(r"\s*(?:The company|The startup|The firm)\b(?!['’])", s)):
        subjects = pick_subject(rel.kinds, cue.start(), ())
    elif start == 0 and not before.strip():
        subjects = _main_clause_subject(rel, cue, s, mentions, pick_subject, value)
    elif _RELATIVE_OPENER.fullmatch(before):
        # "Llama, which stands for …", "Gemini, which is now available in …": the name the relative clause follows
        subjects = [m.name for m in mentions if m.kind in rel.kinds and re.fullmatch(r"\s*(?:\([^()]{1,30}\)\s*)?,\s*", s[m.end:start])][-1:]
    else:
        subjects = _before_dash(rel, s, start, mentions)
        aside = re.match(r"\s*(?:which|who)\b[^,]*,", before)
        opener = _PRONOUN.match(s, re.match(r"\W*", s).end())
        if not subjects and aside and opener and start > 0 and re.fullmatch(r",\s*", s[opener.end():start]):
            # "The new model, which is expected in July, will be an upgrade from …": the aside closed, the
            # opening noun is the verb's subject
            subjects = _pronoun(rel, s, opener.start(), mentions, pick_subject)
    return [x for x in subjects[:1] if _may_be_subject(x, cue, s, mentions, value, rel.context)]


def _pronoun(rel: Relation, s: str, at: int, mentions, pick_subject) -> list[str]:
    """What "it" at `at` stands for: the name the sentence opens with, else, when the sentence
    names nothing before it, the model or company the text spoke of last; several names before
    it leave it unresolved."""
    first = [m for m in mentions if m.kind in rel.kinds and m.start < at]
    if first and re.fullmatch(r"\s*(?:The\s+|All\s+(?:(?:two|three|four|five|\d+)\s+)?(?:of\s+the\s+)?|Both\s+)?", s[:first[0].start]):
        return [first[0].name]
    if first:
        return []
    return pick_subject(rel.kinds, at + 12, ())


def _may_be_subject(subject: str, cue: re.Match, s: str, mentions, value, context: re.Pattern | None = None) -> bool:
    if subject.lower() in str(value).lower():
        return False
    if any(m.name == subject and m.start >= cue.end() for m in mentions) and \
            not any(m.name == subject and m.end <= cue.start() for m in mentions):
        return False
    at = [m for m in mentions if m.name == subject and m.end <= cue.start()]
    if at and context is not None and re.match(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + context.pattern + ")", s[at[-1].end:], re.I):
        return True   # "Cohere's funding was led by …": the possessor of the word the relation needs owns what it states
    return not (at and re.match(r"['’]s?\s+(?!(?:new|latest)\s+model)[a-z]", s[at[-1].end:at[-1].end + 12]))


def _before_dash(rel: Relation, s: str, start: int, mentions) -> list[str]:
    """"Mistral Large -- now available on Azure", "GPT-4o ("omni")—a model that processes text":
    a clause a dash opens, with no subject of its own, speaks of the name the dash follows."""
    dash = re.search(r"(?:\s*\([^()]{0,40}\))?\s*(?:—|–|\s-{1,2})\s*$", s[:start])
    if not dash:
        return []
    named = [m for m in mentions if m.kind in rel.kinds and m.end == dash.start()]
    return [named[-1].name] if named else []


def _main_clause_subject(rel: Relation, cue: re.Match, s: str, mentions, pick_subject, value) -> list[str]:
    """"Available via Amazon Bedrock, the model competes with …": a sentence that opens with the
    cue speaks of the subject of the clause after the comma."""
    main = re.search(r",\s+(?:(?P<pronoun>it|the (?:new )?model|this model)\b|(?=\S))", s[cue.end():], re.I)
    if not main:
        return []
    at = cue.end() + main.end()
    if main.group("pronoun"):
        items = tuple(x.strip() for x in str(value).split(","))
        return pick_subject(rel.kinds, at, items + tuple(m.name for m in mentions if m.end <= at))
    named = [m for m in mentions if m.start == at and m.kind in rel.kinds]
    return [named[0].name] if named else []
