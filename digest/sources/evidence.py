"""A page's metadata by evidence: the title, outlet, author, date, URL and language each read from
what the page says about itself (JSON-LD, meta tags, <title>, <h1>, bylines, trafilatura)."""

from __future__ import annotations

import copy
import json
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import urlsplit

import trafilatura

from digest.extract.dates import iso_day
from digest.extract.language import FALLBACK, MIN_CONFIDENCE, guess_language
from digest.sources.blocks import norm_space

_ARTICLE_TYPES = {"newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
                  "opinionnewsarticle", "backgroundnewsarticle", "technicalarticle", "techarticle",
                  "liveblogposting", "report", "scholarlyarticle", "socialmediaposting", "posting"}
# Title separators between a headline and its site/section names; "_" is the Chinese portal habit.
TITLE_SEP = re.compile(r"\s+(?:\||-|–|—|·|»|::)\s+|\s*[_｜]\s*")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _jsonld_objects(tree) -> list[dict]:
    found: list[dict] = []

    def collect(root):
        stack = [root]  # a loop, not recursion: JSON-LD can nest a thousand levels deep
        while stack:
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(reversed(node))
            elif isinstance(node, dict):
                found.append(node)
                stack.extend(reversed([v for v in node.values() if isinstance(v, (dict, list))]))

    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower() or not script.text:
            continue
        raw = re.sub(r"^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$", "", script.text.strip())
        try:
            collect(json.loads(raw, strict=False))
        except (ValueError, RecursionError):
            continue
    return found


def _types(obj: dict) -> set[str]:
    t = obj.get("@type") or []
    return {str(x).lower() for x in (t if isinstance(t, list) else [t])}


def _names(value, index: dict) -> list[str]:
    """Names in a JSON-LD author/publisher value: strings, objects, @id references, lists of them."""
    out: list[str] = []
    for v in value if isinstance(value, list) else [value]:
        if isinstance(v, dict):
            v = index.get(v.get("@id"), v) if set(v) <= {"@id", "@type"} else v
            v = v.get("name") if isinstance(v, dict) else v
            if isinstance(v, list):
                v = v[0] if v else None
        if isinstance(v, str) and v.strip() and not _is_url(v):
            out.append(norm_space(v))
    return out


def _is_url(value: str) -> bool:
    return bool(re.match(r"\s*(?:https?:)?//|\s*www\.", value))


def http_url(value) -> str | None:
    if not isinstance(value, str):
        return None
    value = value.strip()
    try:
        parts = urlsplit(value)
    except ValueError:  # "http://[x": a broken IPv6 host
        return None
    return value if parts.scheme in ("http", "https") and parts.netloc else None


def _meta(tree) -> dict[str, str]:
    meta: dict[str, str] = {}
    for m in tree.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        content = m.get("content")
        if key and content and content.strip() and key not in meta:
            meta[key] = norm_space(content)
    return meta


_BYLINE_PREFIX = re.compile(r"^\W*(?:by|written by|words by|posted by|author[:：]?|作者|文|编译|记者|撰文)\s*[/／:：]?\s*", re.I)
# Where a byline stops naming people: a separator, "Updated", a weekday or month before a number, any digit.
_BYLINE_CUT = re.compile(r"\s*(?:[|•·]|\b(?:updated|published|posted|on)\b|\d|"
                         r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+\d|"
                         r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)", re.I)
_LATIN_NAME = re.compile(r"^[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,4}$")
_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "du", "del", "la", "le", "bin", "al", "el", "dos", "das"}
_CJK_NAME = re.compile(r"^[\u3400-\u9fff·•]{2,8}$")


def clean_author(raw) -> str | None:
    """A byline reduced to "Name, Name", or None when it does not read as people's names."""
    if not isinstance(raw, str):
        return None
    s = _BYLINE_PREFIX.sub("", norm_space(raw))
    cut = _BYLINE_CUT.search(s)
    if cut and cut.start() > 0:
        s = s[: cut.start()]
    names = []
    for part in re.split(r"\s*(?:[,;、&/]|\band\b|\bund\b|\bet\b|和|与)\s*", s):
        part = part.strip(" .:-–—()（）")
        title_case = all(w[:1].isupper() or w.lower() in _PARTICLES for w in part.split())
        if part and not _is_url(part) and "@" not in part and (
                (_LATIN_NAME.match(part) and title_case) or _CJK_NAME.match(part)):
            if part not in names:
                names.append(part)
    return ", ".join(names) or None


# Bylines written into the article text: "By Jane Doe", "作者：张三", "（编译/林靖东）".
_TEXT_BYLINES = (
    re.compile(r"^(?:By|BY)\s+([A-Z][^\n]{2,80}?)(?:\s*[,|–—-]\s*[A-Za-z ]{0,40})?$"),
    re.compile(r"[（(]\s*(?:编译|作者|文|记者|撰文|翻译)\s*[/／:：]\s*([\u3400-\u9fff·]{2,8})\s*[)）]"),
    re.compile(r"^(?:作者|文|撰文|记者)\s*[/／:：]\s*([\u3400-\u9fff·]{2,8})"),
)


def author_from_text(blocks: list[tuple]) -> str | None:
    paragraphs = [b[1] for b in blocks if b[0] == "p"]
    for i, text in enumerate(paragraphs):
        for n, rx in enumerate(_TEXT_BYLINES):
            if n == 0 and (i > 2 or len(text) > 100):
                continue  # an English byline stands alone near the top
            m = rx.search(text)
            found = clean_author(m.group(1)) if m else None
            if found and (n > 0 or all(len(name.split()) >= 2 for name in found.split(", "))):
                return found
    return None


def site_label(url: str | None) -> str | None:
    """'anthropic' for https://www.anthropic.com/news, 'bbc' for bbc.co.uk: the name in a domain."""
    try:
        host = urlsplit(url or "").hostname or ""
    except ValueError:  # "http://[x": a broken IPv6 host
        return None
    labels = [x for x in host.split(".") if x and x != "www"]
    if len(labels) < 2:
        return None
    labels = labels[:-1]
    if len(labels) > 1 and labels[-1] in ("co", "com", "org", "net", "ac", "gov", "edu", "ne", "or"):
        labels = labels[:-1]
    return labels[-1]


def squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", text).casefold())


def _short(segment: str) -> bool:
    return len(segment) <= 12 if _CJK.search(segment) else len(segment.split()) <= 4 and len(segment) <= 40


def split_title(title: str, headlines: list[str], site_hints: list[str]) -> tuple[str, str | None]:
    """(headline, site name) from a <title>: "Headline | Site", "标题_频道_网站"."""
    title = norm_space(title)
    for head in headlines:
        head = norm_space(head or "")
        if head and title != head and title.startswith(head) and TITLE_SEP.match(title[len(head):]):
            rest = [p for p in TITLE_SEP.split(title[len(head):]) if p.strip()]
            return head, (rest[-1].strip() if rest else None)
    seps = list(TITLE_SEP.finditer(title))
    if not seps:
        return title, None
    hints = {squash(h) for h in site_hints if h}
    last = title[seps[-1].end():].strip()
    head = title[: seps[-1].start()].strip()
    if not head or not (_short(last) or squash(last) in hints):
        return title, None
    # Portal titles chain a section before the site ("标题_科技_腾讯网"): drop one short section too.
    if len(seps) > 1 and "_" in seps[-1].group() and _short(title[seps[-2].end(): seps[-1].start()]):
        head = title[: seps[-2].start()].strip()
    return head, last


def language_of(tree, meta: dict, text: str) -> str | None:
    declared = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang") \
        or meta.get("content-language") or meta.get("og:locale") or ""
    declared = re.split(r"[-_]", declared.strip().lower())[0] or None
    detected, confidence = guess_language(text) if text.strip() else (None, 0.0)
    if detected and confidence >= MIN_CONFIDENCE and declared != detected:
        return detected  # templates often say lang="en" whatever the article's language
    return declared or detected or FALLBACK


def _first(*values):
    for v in values:
        if v:
            return v
    return None


_DATE_META = ("article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
              "publish-date", "publish_date", "date", "dc.date", "dc.date.issued", "dcterms.created",
              "dcterms.issued", "sailthru.date", "parsely-pub-date", "article.published", "citation_publication_date")
_AUTHOR_META = ("author", "article:author", "byl", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator")
# Page parts whose dates and names belong to other articles or to readers.
_NOT_ARTICLE = ("self::aside or self::nav or self::footer or contains(@class,'comment') or contains(@id,'comment') "
                "or contains(@class,'related') or contains(@class,'sidebar')")


def _dom_dates(tree) -> list[str]:
    xp = ["//*[@itemprop='datePublished']/@content", "//*[@itemprop='datePublished']/@datetime",
          "//time[@pubdate]/@datetime", f"//article//time[@datetime][not(ancestor::*[{_NOT_ARTICLE}])]/@datetime",
          f"//time[@datetime][not(ancestor::*[{_NOT_ARTICLE}])]/@datetime"]
    found = [v for x in xp for v in tree.xpath(x)]
    for el in tree.xpath("//*[contains(translate(@class,'PUBTIME','pubtime'),'pubtime') or "
                         "contains(translate(@class,'PUBDATE','pubdate'),'pubdate') or contains(@class,'publish')]"):
        found.append(norm_space(el.text_content())[:60])
    return found


def _dom_authors(tree) -> list[str]:
    xp = [f"//*[@itemprop='author'][not(ancestor::*[{_NOT_ARTICLE}])]", f"//a[@rel='author'][not(ancestor::*[{_NOT_ARTICLE}])]"]
    out = []
    for x in xp:
        for el in tree.xpath(x):
            named = el.xpath(".//*[@itemprop='name']")
            out.append(", ".join(norm_space(n.get("content") or n.text_content()) for n in named) if named
                       else norm_space(el.get("content") or el.text_content()))
    return out


def _dom_bylines(tree) -> list[str]:
    cls = "contains(translate(@class,'BYLINE','byline'),'byline') or contains(@class,'author')"
    return [norm_space(el.text_content())[:200] for el in tree.xpath(f"//*[{cls}][not(ancestor::*[{_NOT_ARTICLE}])]")]


def original_source(tree, publisher: str | None) -> str | None:
    """A reprint's credited source ("TNW中文站", "来源：星河科技") when it is not the publisher itself."""
    xp = (f"//*[contains(concat(' ',normalize-space(@class),' '),' where ') or contains(@class,'source')]"
          f"[not(ancestor-or-self::*[{_NOT_ARTICLE}])]")
    for el in tree.xpath(xp):
        text = re.sub(r"^\s*(?:来源|source|via)\s*[:：]\s*", "", norm_space(el.text_content()), flags=re.I)
        if 2 <= len(text) <= 30 and not re.search(r"\d{4}|https?:", text) and squash(text) != squash(publisher or ""):
            return text
    return None


@dataclass
class Page:
    """What the page says about itself, gathered once: meta tags, JSON-LD, <title>, <h1>, trafilatura."""

    tree: object
    meta: dict
    article: dict
    index: dict
    website: dict
    h1s: list[str]
    title_tag: str
    tm: object


def gather(tree) -> Page:
    objects = _jsonld_objects(tree)
    title_el = tree.find(".//title")
    return Page(
        tree=tree, meta=_meta(tree),
        article=next((o for o in objects if _types(o) & _ARTICLE_TYPES), {}),
        index={o.get("@id"): o for o in objects if isinstance(o.get("@id"), str)},
        website=next((o for o in objects if "website" in _types(o)), {}),
        h1s=[t for t in (norm_space(h.text_content()) for h in tree.iter("h1")) if t],
        title_tag=norm_space(title_el.text_content()) if title_el is not None else "",
        tm=_trafilatura_metadata(tree),
    )


def _trafilatura_metadata(tree):
    """trafilatura's reading of the page, or None when its date finder trips on odd markup
    ("<svg><html>"): the other sources of evidence still stand."""
    try:
        return trafilatura.extract_metadata(copy.deepcopy(tree))
    except (AssertionError, ValueError, TypeError, AttributeError, RecursionError):
        return None


def _declared_publisher(pg: Page) -> str | None:
    return _first(*(_names(pg.article.get("publisher"), pg.index) or [None]),
                  *(_names(pg.website.get("name"), pg.index) or [None]),
                  pg.meta.get("og:site_name"), pg.meta.get("application-name"))


def title_and_site(pg: Page) -> tuple[str | None, str | None]:
    """The headline by evidence: the reading most sources agree on (JSON-LD, OpenGraph, <title>, <h1>,
    trafilatura), ties going to the more deliberate source; shown as the page's own <h1> wording."""
    ld = pg.article.get("headline") or pg.article.get("name")
    ld = norm_space(ld) if isinstance(ld, str) else ""
    publisher = _declared_publisher(pg)
    hints = [publisher or "", site_label(_first(pg.meta.get("og:url"), pg.tm.url if pg.tm else None)) or ""]
    og_title = pg.meta.get("og:title") or pg.meta.get("twitter:title") or ""
    og_head, og_site = split_title(og_title, [ld, *pg.h1s], hints) if og_title else ("", None)
    tag_head, tag_site = split_title(pg.title_tag, [ld, og_head, *pg.h1s], hints) if pg.title_tag else ("", None)
    site_names = {squash(x) for x in (publisher, og_site, tag_site, pg.tm.sitename if pg.tm else None) if x}
    # (source priority, text): a lower number is a more deliberate statement of the headline
    readings = [(0, ld), (1, og_head), (2, tag_head)] + [(3, h) for h in pg.h1s[:3]] + \
        [(4, pg.tm.title if pg.tm and pg.tm.title else "")]
    readings = [(src, t) for src, t in readings if t and squash(t) and squash(t) not in site_names]
    best = None
    for src, text in readings:
        key = squash(text)
        support = {s for s, t in readings if squash(t) == key}
        rank = (len(support), -min(support))
        if best is None or rank > best[0]:
            shown = next((t for s, t in readings if s == 3 and squash(t) == key), text)
            best = (rank, shown)
    title = best[1] if best else (pg.h1s[0] if pg.h1s else None)
    return title, _first(tag_site, og_site)


def publisher_of(pg: Page, site: str | None) -> str | None:
    return _first(_declared_publisher(pg), site, pg.tm.sitename if pg.tm else None)


def author_of(pg: Page, blocks: list[tuple], publisher: str | None) -> str | None:
    tm = pg.tm
    author = _first(clean_author(", ".join(_names(pg.article.get("author"), pg.index))),
                    *(clean_author(pg.meta.get(k)) for k in _AUTHOR_META if not _is_url(pg.meta.get(k, "x"))),
                    *(clean_author(a) for a in _dom_authors(pg.tree)),
                    clean_author(tm.author.replace(";", ",")) if tm and tm.author else None,
                    *(clean_author(b) for b in _dom_bylines(pg.tree)),
                    author_from_text(blocks))
    if author and publisher and squash(author) == squash(publisher):
        return None  # an organisation credited as author is the publisher, as in feeds
    return author


def date_of(pg: Page) -> str | None:
    return _first(iso_day(pg.article.get("datePublished")), iso_day(pg.article.get("dateCreated")),
                  *(iso_day(pg.meta.get(k)) for k in _DATE_META), *(iso_day(d) for d in _dom_dates(pg.tree)),
                  iso_day(pg.tm.date) if pg.tm else None)


def url_of(pg: Page) -> str | None:
    canonical = next((l.get("href") for l in pg.tree.iter("link") if (l.get("rel") or "").lower() == "canonical"), None)
    main_entity = pg.article.get("mainEntityOfPage")
    return _first(http_url(pg.article.get("url")),
                  http_url(main_entity.get("@id") if isinstance(main_entity, dict) else main_entity),
                  http_url(canonical), http_url(pg.meta.get("og:url")), http_url(pg.tm.url) if pg.tm else None)
