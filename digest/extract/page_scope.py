"""Readings of a page's claims that take the whole page: the purchase "the deal" means, the party an
authority's fine falls on, the place a figure is stated in, and the figures after a paragraph turns
to a region. Each works on the claims the page's sentences gave, after grounding; a claim's reading
sentence follows its fields afterwards (extract_claims)."""

from __future__ import annotations

import re
from functools import lru_cache

from digest.extract import lexicon, quantities
from digest.extract import values as V
from digest.extract import quantity_shapes as shapes
from digest.extract.entities import find_mentions
from digest.extract.grounding import value_spans
from digest.extract.names import proper_names


# a place a figure is stated in: "In the US and Canada, …", "… 260 million subscribers in Europe", "nel Regno Unito"
_ART = r"(?:the|den|der|dem|la|le|les|el|los|o|os|a|as|il|gli|lo)\s+"
_PLACE_NAME = r"[A-Z][\w.]*(?:[ -][A-Z][\w.]*){0,3}"
_IN_PLACE = re.compile(rf"(?<![\w-])(?:[Ff]rom|[Aa]us|[Ii]n|[Ii]m|[Ee]n|[Ee]m|[Nn]el|[Nn]ella|[Nn]egli|[Nn]ei|[Dd]ans|[Aa]ux|[Aa]u|[Nn]a|[Nn]o|[Nn]os|[Nn]as)\s+(?:{_ART})?"
                       rf"(?P<place>{_PLACE_NAME}(?:\s+(?:and|und|et|y|e|&)\s+(?:{_ART})?{_PLACE_NAME})?)")
# "based in", "headquartered in": where the company is, not where the figure is
_SEAT_BEFORE = re.compile(r"\b(?:based|headquartered|located|founded|listed|born|incorporated|registered|offices?|headquarters|"
                          r"con sede|mit Sitz|basée?|sediada|situada|ansässige?)\s+$", re.I)
_AFTER_MEASURE = re.compile(r"\s*%?\s*(?:[\w-]+\s+){0,2}?(?=(?:in|im|en|em|nel|nella|nei|negli|nelle|dans|aux|au|na|no|nos|nas)\s)")


_DASH_ASIDE = re.compile(r"\s[-–—]\s[^-–—]{1,160}?\s[-–—]\s|\([^()]{1,160}\)")


def place_scope(claims: list[dict], k) -> None:
    """A figure stated in a place is that place's share of the subject ("In the US and Canada, Netflix
    added …", "260 million subscribers in Europe"): the place becomes its qualifier, so it is never
    read as the subject's whole figure. Only places a reader can be sure of: known ones or a country's
    or region's name; never where a company is based."""
    for c in claims:
        if c.get("qualifier") and not re.fullmatch(r"(?:\d{4}|\d{4}-\d\d|\d{4}-Q[1-4]|FY\d{4}|[HQ][1-4](?: \d{4})?)", str(c["qualifier"])):
            continue
        if k.entity_kind(c["subject"]) == "place" or lexicon.is_place(c["subject"]) or _UNPLACED.match(c["attribute"]):
            continue   # (a market's figures are where the market is: "In Europe, the CAC 40 … fell 1.2%")
        q = c["quote"]
        spans = value_spans(q, c["value"])
        if len(spans) != 1:
            continue
        at, end = spans[0]
        lo = max(q.rfind(";", 0, at), q.rfind(". ", 0, at)) + 1
        # (not a place inside an aside closed before the figure: "la sanzione - una delle più alte mai comminate in
        # Europa - considerando il fatturato globale di Amazon (circa 330 miliardi)")
        asides = [a.span() for a in _DASH_ASIDE.finditer(q, lo, at)]
        hits = [m for m in _IN_PLACE.finditer(q, lo, at) if not _SEAT_BEFORE.search(q, max(0, m.start() - 30), m.start())
                and not any(a <= m.start() < b for a, b in asides)]
        after = _AFTER_MEASURE.match(q, end)
        if after:
            hits += [m for m in [_IN_PLACE.match(q, after.end())] if m]
        places = []
        for m in hits[-1:]:
            parts = [re.sub(rf"^{_ART}", "", p_.strip()) for p_ in re.split(r"\s+(?:and|und|et|y|e|&)\s+", m.group("place"))]
            parts = [p_ if _is_place(p_, k) else p_.rstrip(".") for p_ in parts]   # ("in Europe." ends the sentence)
            if parts and all(_is_place(p_, k) for p_ in parts):
                places = parts
        if places:
            where = "in " + " and ".join(places)
            c["qualifier"] = f"{c['qualifier']}, {where}" if c.get("qualifier") else where


def after_a_region(claims: list[dict]) -> list[dict]:
    """Once a paragraph turns to a region ("In den USA und Kanada legte das Unternehmen … zu"), a later
    figure of its subject there that names no place of its own may be that region's or another's ("Der
    Umsatz … belief sich auf 3,931 Milliarden"): not safely the whole company's, so it is left out."""
    turned: dict[tuple, int] = {}   # (paragraph, subject) -> the sentence where a region's figures begin
    for c in claims:
        at = c.get("_at")
        if at and at[0] >= 0 and " in " in f" {c.get('qualifier') or ''}" and not _UNPLACED.match(c["attribute"]):
            key = (at[0], c["subject"])
            turned[key] = min(turned.get(key, at[1]), at[1])
    out = []
    for c in claims:
        at = c.pop("_at", None)
        start = turned.get((at[0], c["subject"])) if at else None
        if start is not None and at[1] > start and " in " not in f" {c.get('qualifier') or ''}" \
                and not _UNPLACED.match(c["attribute"]):
            continue
        out.append(c)
    return out


_UNPLACED = re.compile(r"(?:index|share price|market value|valuation|funding|investment|deal price|deal value)\b")


def _is_place(name: str, k) -> bool:
    return lexicon.is_place(name) or any(m.kind == "place" and m.start == 0 and m.end == len(name) for m in find_mentions(name, k))


def fine_on_the_fined(claims: list[dict], k, shorts: dict) -> list[dict]:
    """An authority imposes a fine and never pays it: a fine filed under one ("hält die EU-Kommission die
    hohe Busse von 1,8 Milliarden Euro für gerechtfertigt") is the one company its sentence names, else no one's."""
    words = (k.grounding or {}).get("authority_words") or ()
    if not words:
        return claims
    authority = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(str(w)) for w in words) + r")(?![\w])")
    out = []
    for c in claims:
        if c["attribute"] == "fine" and authority.search(c["subject"]):
            # (the names the site or the page knows as companies: a German page capitalises every noun)
            parties = {m.name for m in find_mentions(c["quote"], k, shorts)
                       if m.kind in ("lab", "org", "group") and not authority.search(m.name) and not lexicon.is_place(m.name)}
            if len(parties) != 1:
                continue
            c["subject"] = parties.pop()
        out.append(c)
    return out


def maker_of_bare_products(claims: list[dict], units: list, k, shorts: dict) -> None:
    """A product named by a common noun and a number ("Model 3", "Model Y") reads only with its maker's
    name: "Tesla Model 3" when the page writes "Tesla Model 3", "Tesla's Model 3" or "Model 3 de Tesla",
    or "Tesla cut prices of its Model 3". The nouns are `grammar.bare_product_words` in site_config."""
    words = {str(w).lower() for w in ((getattr(k, "grammar", None) or {}).get("bare_product_words") or ())}
    if not words:
        return
    makers: dict[str, str | None] = {}
    for c in claims:
        name = c["subject"]
        if " " not in name or name.split(" ", 1)[0].lower() not in words:
            continue
        if name not in makers:
            makers[name] = _maker_of(name, [u.text for u in units], k, shorts)
        if makers[name]:
            c["subject"] = f"{makers[name]} {name}"


_ORG = r"(?P<org>[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,2})"
_POSSESSIVE = r"(?:its|their|sus?|ses|son|sa|seine[nms]?|ihre[nms]?|seu|seus|sua|suo|suoi)"


def _maker_of(name: str, texts: list[str], k, shorts: dict) -> str | None:
    n = re.escape(name)
    found: set[str] = set()
    owned: set[str] = set()
    for t in texts:
        found |= {m.group("org") for m in re.finditer(rf"(?<![\w-]){_ORG}(?:['’]s)?\s+{n}(?![\w-])", t)}
        found |= {m.group("org") for m in re.finditer(rf"(?<![\w-]){n}(?:\s+[\w-]+){{0,3}}?\s+(?:de|von|of|di|do|da|du)\s+{_ORG}(?![\w-])", t)}
        for m in re.finditer(rf"(?<![\w-]){_POSSESSIVE}\s+(?:[\w-]+\s+){{0,2}}{n}(?![\w-])", t, re.I):
            # "Tesla cut prices for all versions of its Model 3": the company named last before "its"
            before = [x for x in find_mentions(t[:m.start()], k, shorts) if x.kind in ("lab", "org") and not lexicon.is_place(x.name)]
            if before:
                owned.add(before[-1].name)
    found = {f for f in found if not lexicon.is_place(f) and any(x.kind in ("lab", "org") for x in find_mentions(f, k, shorts))}
    found = found or owned
    return found.pop() if len(found) == 1 else None


def _names(text: str, k, shorts: dict) -> list:
    """The names a sentence gives, with its language's function words and company nouns cut ("den
    Schieferöl-Spezialisten Pioneer" names Pioneer)."""
    g = lexicon.grammar(k)
    return proper_names(text, find_mentions(text, k, shorts), g.stop, g.company, g.nouns)


def deal_of_page(claims: list[dict], units: list, k, shorts: dict, title: str = "") -> list[dict]:
    """What "the deal" or "the transaction" is worth is the price of the purchase the page stated last
    before it ("Broadcom Inc. completed its takeover of software maker VMware Inc. … The transaction,
    worth $61 billion …"), filed under the company bought as a priced purchase is. With no purchase
    stated before it (the title counts as the first sentence), a deal value stays as it is. What the
    buyer of that purchase pays per share is the price of one share of the company bought."""
    deals = [c for c in claims if c["attribute"] in _OF_THE_DEAL or c["attribute"] == "share price"]
    if not deals:
        return claims
    last = next(reversed(shapes.acquisition_parties(title, _names(title, k, shorts), k)), None)
    explained: set[int] = set()   # the premiums a purchase of the page explains
    for u in units:
        if u.kind != "sentence":
            continue
        parties = shapes.acquisition_parties(u.text, _names(u.text, k, shorts), k)
        last = parties[-1] if parties else last
        for c in deals:
            if last is None or c["quote"] not in (u.quote, u.text):
                continue
            target, buyer = last
            if c["attribute"] == "deal value":
                c.update(subject=target, attribute="deal price",
                         qualifier=c.get("qualifier") or (f"by {buyer}" if buyer else None))
            elif c["attribute"] == "acquisition premium" and c["subject"] in (target, buyer):
                # "a 31% premium to Splunk's closing price": above the price of the company bought
                c.update(subject=target, qualifier=f"by {buyer}" if buyer else None)
                explained.add(id(c))
            elif c["attribute"] == "share price":
                if buyer and c["subject"] == buyer and shapes.speaks_of_premium(u.text, k):
                    c["subject"] = target   # "un premio del 31,5% rispetto alla chiusura, quando il titolo aveva terminato a 10,80 euro"
            elif buyer and c["subject"] == buyer:   # "Cisco will pay $157 per share": the buyer of the purchase stated
                c.update(subject=target, attribute="deal price per share", qualifier=f"by {buyer}")
    # a payment per share or a premium that no purchase of the page explains is no one's price
    return [c for c in claims if c["attribute"] != "payment per share" and (c["attribute"] != "acquisition premium" or id(c) in explained)]


def closing_of_page(claims: list[dict], units: list, k, shorts: dict, title: str, date) -> list[dict]:
    """When the purchase the page states is expected to be completed ("The deal is expected to close in the
    second half of 2024", "soll bis Ende 2026 vollzogen werden"): an `expected closing` claim of the company
    bought, the time as "2024-H2", "2024-Q3" or "2026". Only in a sentence about that purchase (it names
    a party or a deal noun, or opens with the expectation) and after the page has stated the purchase."""
    rx = _closing_rx(k)
    if rx is None:
        return claims
    terms = quantities.terms_of(k)
    deal = _deal_word_rx(k)
    last = next(reversed(shapes.acquisition_parties(title, _names(title, k, shorts), k)), None)
    out = list(claims)
    for u in units:
        if u.kind != "sentence":
            continue
        parties = shapes.acquisition_parties(u.text, _names(u.text, k, shorts), k)
        last = parties[-1] if parties else last
        m = rx.search(u.text)
        if m is None or last is None:
            continue
        target, buyer = last
        opening = re.fullmatch(r"\W*", u.text[:m.start()])
        # ("The companies expect the deal to close in …": the deal named inside the cue)
        if not (opening or (deal is not None and deal.search(u.text, 0, m.end())) or target in u.text[:m.start()]
                or (buyer and buyer in u.text[:m.start()])):
            continue
        if shapes.negation_rx(k).search(u.text, max(0, m.start() - 20), m.start()):
            continue   # "is not expected to close until …"
        window = m.group("when") if m.group("when") is not None else u.text[m.end():m.end() + 90]
        value = _period(re.split(r"[.;!?]\s|,\s+(?!\d)", window)[0], terms, date)
        if value and not any(c["subject"] == target and c["attribute"] == "expected closing" for c in out):
            out.append({"text": None, "subject": target, "attribute": "expected closing", "value": value, "unit": None,
                        "qualifier": f"by {buyer}" if buyer else None, "said_by": None, "quote": u.quote, "_auto": True})
    return out


def _period(text: str, terms, date) -> str | None:
    """'the second half of 2024' -> '2024-H2', 'la fin du troisième trimestre 2024' -> '2024-Q3', 'bis Ende
    2026' -> '2026'; a period with no year takes the entry's date's ('by the end of the year'), or none."""
    years = re.findall(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]?\d)", text)
    when = quantities.qualifier_of(text, None, terms) or ""
    part = re.match(r"(Q[1-4]|H[12])\b", when)
    year = years[0] if len(set(years)) == 1 else None
    if year is None and not years and date is not None:
        if re.search(r"\bnext year\b|l['’]année prochaine|l['’]an prochain|nächsten Jahres|el año que viene|el próximo año|"
                     r"l['’]anno prossimo|volgend jaar", text, re.I):
            year = str(date.year + 1)
        elif re.search(r"\b(?:this|the) year\b|cette année|de l['’]année|dieses Jahres|este año|quest['’]anno|dit jaar", text, re.I):
            year = str(date.year)
    if year is None:
        return None
    return f"{year}-{part.group(1)}" if part else year


@lru_cache(maxsize=8)
def _closing_rx(k):
    terms = (k.terms or {}).get("acquisition") or {}
    alt = lambda ws: "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in sorted(ws, key=len, reverse=True))
    parts = []
    if terms.get("closing"):
        parts.append(rf"(?<![\w-])(?:{alt(terms['closing'])})(?![\w-])")
    split = terms.get("closing_split") or ()
    if len(split) == 2:
        parts.append(rf"(?<![\w-])(?:{alt(split[0])})\s+(?:demnach\s+|voraussichtlich\s+|noch\s+)*(?P<when>[^.;!?]{{3,60}}?)\s+(?:{alt(split[1])})(?![\w-])")
    return re.compile("|".join(parts), re.I) if parts else None


@lru_cache(maxsize=8)
def _deal_word_rx(k):
    nouns = (k.grounding or {}).get("deal_nouns") or ()
    return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(str(w)) for w in sorted(nouns, key=len, reverse=True))})(?![\w-])", re.I) if nouns else None


_OF_THE_DEAL = ("deal value", "payment per share", "acquisition premium")


@lru_cache(maxsize=8)
def _scale_declaration(k) -> re.Pattern | None:
    """'(in thousands, except per share amounts)', '(en millions d'euros)', '(単位：百万円)': brackets that
    declare the scale of the amounts written after them (attributes.yml `grounding.scale_words`)."""
    words = (k.grounding or {}).get("scale_words") or ()
    spaced = [str(w) for w in words if not lexicon.UNSPACED.search(str(w))]
    unspaced = [str(w) for w in words if lexicon.UNSPACED.search(str(w))]
    alt = lambda ws: "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True))
    parts = []
    if spaced:
        parts.append(r"[(（]\s*(?:[^()（）]{0,40}?[,;]\s*)?(?:(?:amounts|figures|dollars|euros)\s+)?(?:in|en|em|In|En|Em)\s+"
                     r"(?:(?:US\s?)?[$€£¥]\s*|USD\s+|EUR\s+|GBP\s+|euros?\s+|dollars?\s+)?(?:" + alt(spaced) + r")(?![\w-])")
    if unspaced:
        parts.append(r"[(（]?\s*(?:単位|单位|單位|단위)\s*[:：]?\s*(?:" + alt(unspaced) + ")")
    return re.compile("|".join(parts), re.I) if parts else None


_MAGNITUDE_AFTER = re.compile(r"\s?(?:" + V.MAG + "|" + V.INTL_MAG + r"|[万萬亿億兆千百만억])", re.I)
_DIGITS = re.compile(r"\D{0,6}?\d(?:[.,\s]?\d)*")   # an amount's sign and digits, up to what names its size
_CURRENCIES = frozenset(V.CURRENCY.values()) | frozenset(V.CJK_CURRENCY.values())


def declared_scale(claims: list[dict], units: list, k) -> list[dict]:
    """A paragraph or table whose amounts a bracket declares in thousands or millions ("(in thousands, except
    per share amounts and percentages): … Revenues … $ 213,033") writes its sums without a magnitude word:
    read as they stand they are a thousandth or a millionth of the sum. Such a sum is left out (what the
    declaration's "except" spares is not read)."""
    rx = _scale_declaration(k)
    if rx is None or not claims:
        return claims
    text: dict[int, list[str]] = {}
    for u in units:
        parts = text.setdefault(u.block, [])
        parts.append(u.text)
        if u.kind == "table" and not parts[1:]:
            parts.extend([" ".join(u.header), u.scope])   # (a table's header row and heading, read once with its first row)
    declared = {b for b, parts in text.items() if rx.search(" ".join(parts))}
    # (a short paragraph that declares the scale captions the table or the paragraph after it)
    declared |= {b + 1 for b, parts in text.items() if b in declared and len(" ".join(parts)) <= 300}
    if not declared:
        return claims
    out = []
    for c in claims:
        block = c.get("_block")
        if block in declared and c.get("unit") in _CURRENCIES:
            spans = value_spans(c["quote"], c["value"])
            if spans and not any(_MAGNITUDE_AFTER.match(c["quote"], _DIGITS.match(c["quote"], a).end()) for a, _ in spans):
                continue
        out.append(c)
    return out
