"""Saved news pages: the article as escaped Markdown, metadata from JSON-LD, meta tags and the page."""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from email.utils import parsedate_tz
from urllib.parse import urlsplit

import dateparser
import trafilatura
from lxml import etree
from lxml import html as lxml_html

from digest.errors import RejectedInput
from digest.extract.markdown import escape_line, table
from digest.extract.metadata import detect_language
from digest.sources.decode import decode
from digest.sources.document import Document

# --- decoding -----------------------------------------------------------------------------------

_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", re.I)
# What browsers actually use for these labels (WHATWG Encoding Standard).
_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "iso-8859-1": "cp1252",
            "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252",
            "shift_jis": "cp932", "sjis": "cp932", "euc-kr": "cp949", "big5": "big5hkscs"}


def decode_markup(data: bytes, path: str) -> str:
    """HTML or XML bytes to text: BOM, then strict UTF-8, then the declared charset, then a guess."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        m = _DECLARED.search(data[:8192])
        label = (m.group(1) or m.group(2)).decode("ascii").lower() if m else None
        if label and label not in ("utf-8", "utf8"):
            try:
                text = data.decode(_ALIASES.get(label, label))
            except (LookupError, UnicodeDecodeError):
                pass
            else:
                return decode(text.encode("utf-8"), path)
    return decode(data, path)


# --- HTML (or trafilatura XML) to escaped Markdown -------------------------------------------------

# Both vocabularies share one walker: HTML tags for feed fragments, trafilatura's XML for pages.
_SKIP = {"script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed",
         "applet", "form", "button", "input", "select", "option", "textarea", "svg", "math", "canvas",
         "nav", "title", "meta", "link", "base", "video", "audio", "source", "track", "img",
         "picture", "graphic", "map", "area", "dialog", "comments", "portal"}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_LISTS = {"ul", "ol", "list", "dl"}
_ITEMS = {"li", "item", "dt", "dd"}
_BREAKS = {"br", "lb"}
_BLOCKS = {"p", "div", "section", "article", "main", "header", "footer", "aside", "figure",
           "figcaption", "address", "center", "body", "html", "doc", "hr", "details", "summary",
           "blockquote", "quote", "pre", "table", "tr", "row", "td", "th", "cell", "caption"} | _LISTS | _ITEMS
_SPACE = re.compile(r"\s+")


def _tag(el) -> str:
    return el.tag.rsplit("}", 1)[-1].lower() if isinstance(el.tag, str) else ""


def norm_space(text: str) -> str:
    return _SPACE.sub(" ", text.replace("\xa0", " ").replace("\u200b", "")).strip()


def _text(el, stop=frozenset()) -> str:
    """Visible text under `el`, without skipped elements and without children whose tag is in `stop`."""
    parts: list[str] = []

    def walk(e):
        tag = _tag(e)
        if tag and tag not in _SKIP and tag not in stop:
            if tag in _BREAKS:
                parts.append("\n")
            elif tag in _BLOCKS:
                parts.append(" ")
            parts.append(e.text or "")
            for child in e:
                walk(child)
            if tag in _BLOCKS:
                parts.append(" ")
        if e is not el:
            parts.append(e.tail or "")

    walk(el)
    return "".join(parts)


class _Blocks:
    """Collects ("p"|"h"|"li"|"quote"|"pre"|"table", ...) blocks from a tree."""

    def __init__(self):
        self.out: list[tuple] = []
        self.buf: list[str] = []

    def flush(self, kind="p"):
        text = norm_space("".join(self.buf))
        self.buf = []
        if text:
            self.out.append((kind, text))

    def walk(self, el, quoted=False):
        tag = _tag(el)
        kind = "quote" if quoted else "p"
        if not tag or tag in _SKIP:
            return
        if tag in _HEADINGS or tag == "head":
            self.flush(kind)
            level = _HEADINGS.get(tag) or _HEADINGS.get((el.get("rend") or "h2").lower(), 2)
            text = norm_space(_text(el))
            if text:
                self.out.append(("h", text, min(max(level, 2), 4)))
            return
        if tag in _LISTS:
            self.flush(kind)
            self.items(el, 0)
            return
        if tag == "table":
            self.flush(kind)
            self.table(el)
            return
        if tag == "pre" or (tag == "code" and el.getparent() is not None and _tag(el.getparent()) in ("main", "doc")):
            self.flush(kind)
            lines = [norm_space(line) for line in _text(el).split("\n")]
            if any(lines):
                self.out.append(("pre", [line for line in lines if line]))
            return
        if tag in _BREAKS:
            self.buf.append(" ")
        block = tag in _BLOCKS
        if block:
            self.flush(kind)
        quoted = quoted or tag in ("blockquote", "quote")
        self.buf.append(el.text or "")
        for child in el:
            self.walk(child, quoted)
            self.buf.append(child.tail or "")
        if block:
            self.flush("quote" if quoted else "p")

    def items(self, el, depth):
        for item in el:
            if _tag(item) not in _ITEMS:
                continue
            text = norm_space(_text(item, stop=_LISTS))
            if text:
                self.out.append(("li", text, depth))
            for sub in item.iter():
                if sub is not item and _tag(sub) in _LISTS and not any(_tag(a) in _LISTS for a in _between(sub, item)):
                    self.items(sub, depth + 1)

    def table(self, el):
        rows, header = [], None
        for row in el.iter():
            if _tag(row) not in ("tr", "row"):
                continue
            cells = [c for c in row if _tag(c) in ("td", "th", "cell")]
            texts = [norm_space(_text(c)) for c in cells]
            if not any(texts):
                continue
            if header is None and not rows and all(_tag(c) == "th" or c.get("role") == "head" for c in cells):
                header = texts
            else:
                rows.append(texts)
        if header is None and rows:
            header = rows.pop(0)
        if header and (rows or len(header) > 1):
            width = max(len(header), *(len(r) for r in rows)) if rows else len(header)
            self.out.append(("table", [r[:width] for r in rows], header + [""] * (width - len(header))))
        elif header:
            self.out.append(("p", header[0]))


def _between(el, ancestor):
    node = el.getparent()
    while node is not None and node is not ancestor:
        yield node
        node = node.getparent()


# Furniture that extractors let through: rights notices, "related/recommended" teasers, share prompts.
_NOTICE = re.compile(r"未经(?:授权|许可)|不得转载|版权所有|转载请注明|all rights reserved|^\W*(?:©|copyright\b)", re.I)
_TEASER = re.compile(
    r"^\W*(?:(?:相关|精彩|热门|更多|推荐|猜你喜欢)(?:视频|阅读|新闻|文章|内容|专题)?(?:推荐|阅读)?"
    r"|(?:related|recommended|more)(?: \w+)?(?: stories| articles| reading| videos| coverage| content| news)?"
    r"|read (?:more|next|this next)|you (?:may|might) also like|most (?:read|popular|viewed|shared)"
    r"|trending(?: now)?|share (?:this|on)\b.*|(?:转播|分享)到.*|sign up for .*|subscribe\b.*)\W*$", re.I)
_EDITOR = re.compile(r"^\W*(?:责任编辑|责编|编辑)\s*[:：]")
# A line holding only the page's date/time and source: "2023年10月17日 10:26 来源：星河科技".
_DATELINE = re.compile(r"^(?=.*\d)\W*(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?"
                       r"\s*(?:(?:来源|source)\s*[:：]\s*\S{1,30})?\s*$", re.I)


def _drop_furniture(blocks: list[tuple]) -> list[tuple]:
    kept, cutting = [], False
    for block in blocks:
        kind, text = block[0], block[1]
        if cutting and kind == "li":
            continue  # the link list under a "Related stories" teaser
        cutting = False
        if kind in ("p", "h", "quote") and len(text) <= 60 and _TEASER.match(text):
            cutting = True
            continue
        if kind in ("p", "quote") and len(text) <= 200 and (
                _NOTICE.search(text) or _EDITOR.match(text) or _DATELINE.match(text)):
            continue
        kept.append(block)
    return kept


def _line(text: str) -> str:
    out = escape_line(text)
    if re.fullmatch(r"[-=_ ]+", out):  # a lone "-"/"--" line would turn the one above into a heading
        out = "\\" + out
    return out


def render_blocks(blocks: list[tuple]) -> str:
    """Escaped Markdown for blocks; every piece of source text goes through the markdown escapers."""
    out: list[str] = []
    prev = None
    for block in blocks:
        kind = block[0]
        if kind == "p":
            piece = _line(block[1])
        elif kind == "quote":
            piece = "> " + _line(block[1])
        elif kind == "h":
            piece = "#" * block[2] + " " + re.sub(r"(\s)(#+)$", r"\1\\\2", _line(block[1]))
        elif kind == "li":
            piece = "    " * block[2] + "- " + _line(block[1])
        elif kind == "pre":
            piece = "  \n".join(_line(line) for line in block[1])
        else:
            piece = table(block[1], block[2])
        out.append(("\n" if prev == kind == "li" else "\n\n") + piece if out else piece)
        prev = kind
    return "".join(out).strip() + ("\n" if out else "")


def html_to_markdown(fragment: str) -> str:
    """An HTML fragment (a feed item's content) as escaped Markdown text."""
    if not fragment.strip():
        return ""
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError, AssertionError):
        # a whole document ("<html>...") rather than a fragment: lxml asserts one body
        try:
            root = lxml_html.document_fromstring(fragment).body
        except (etree.ParserError, ValueError, AssertionError):
            root = None
        if root is None:
            return _line(norm_space(fragment)) + "\n"
    blocks = _Blocks()
    blocks.walk(root)
    blocks.flush()
    return render_blocks(_drop_furniture(blocks.out))


# --- metadata -------------------------------------------------------------------------------------

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


def iso_day(value) -> str | None:
    """The calendar day a date string states, as YYYY-MM-DD; no time-zone shift, no guessed year."""
    if not isinstance(value, str) or not value.strip() or len(value) > 200:  # no date is this long
        return None
    s = value.strip()
    m = (re.search(r"(\d{4})-(\d{1,2})-(\d{1,2})", s) or re.search(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日", s)
         or re.search(r"\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b", s))
    if m:
        parts = tuple(int(g) for g in m.groups())
    elif parsedate_tz(s):
        parts = parsedate_tz(s)[:3]
    elif re.search(r"\b(?:19|20)\d{2}\b", s):
        parsed = dateparser.parse(s, settings={"REQUIRE_PARTS": ["day", "month", "year"]})
        parts = (parsed.year, parsed.month, parsed.day) if parsed else None
    else:
        parts = None
    try:
        day = dt.date(*parts) if parts else None
    except (ValueError, OverflowError):  # February 30, the year 9999999999
        return None
    return day.isoformat() if day and 1990 <= day.year <= 2100 else None


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


def _author_from_text(blocks: list[tuple]) -> str | None:
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
    host = urlsplit(url or "").hostname or ""
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


def _language(tree, meta: dict, text: str) -> str | None:
    declared = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang") \
        or meta.get("content-language") or meta.get("og:locale") or ""
    declared = re.split(r"[-_]", declared.strip().lower())[0] or None
    detected = detect_language(text) if text.strip() else None
    if detected in ("zh", "ja", "ko") and declared != detected:
        return detected  # templates often say lang="en" on CJK pages
    return declared or detected


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


def _original_source(tree, publisher: str | None) -> str | None:
    """A reprint's credited source ("TNW中文站", "来源：星河科技") when it is not the publisher itself."""
    xp = (f"//*[contains(concat(' ',normalize-space(@class),' '),' where ') or contains(@class,'source')]"
          f"[not(ancestor-or-self::*[{_NOT_ARTICLE}])]")
    for el in tree.xpath(xp):
        text = re.sub(r"^\s*(?:来源|source|via)\s*[:：]\s*", "", norm_space(el.text_content()), flags=re.I)
        if 2 <= len(text) <= 30 and not re.search(r"\d{4}|https?:", text) and squash(text) != squash(publisher or ""):
            return text
    return None


# --- the page -------------------------------------------------------------------------------------

def _extract_blocks(text: str, **options) -> list[tuple]:
    xml = trafilatura.extract(text, output_format="xml", include_tables=True, include_comments=False,
                              include_formatting=False, include_links=False, include_images=False,
                              deduplicate=False, **options)
    if not xml:
        return []
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.fromstring(xml.encode("utf-8"), parser)
    main = root.find("main")
    blocks = _Blocks()
    for child in (main if main is not None else root):
        blocks.walk(child)
        blocks.flush()
    return blocks.out


def read_html(data: bytes, path: str) -> Document:
    """A saved news page: main text as escaped Markdown and the best metadata the page offers."""
    text = decode_markup(data, path)
    if not re.search(r"<(?:html|head|body|p|div|article|title)\b", text[:200000], re.I):
        raise RejectedInput(path, "no HTML markup found; save the page as HTML or convert it as a text dump")
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # lxml refuses str input with an encoding declaration
    try:
        tree = lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError) as err:
        raise RejectedInput(path, f"cannot parse the HTML ({err}); save the page again") from None

    blocks = _extract_blocks(text) or _extract_blocks(text, favor_recall=True)
    if not blocks or sum(len(b[1]) for b in blocks if b[0] in ("p", "li", "quote")) < 40:
        raise RejectedInput(path, "no article text found in the page; save the article page itself, "
                                  "not an index, a log-in wall or a script-only shell")
    try:
        tm = trafilatura.extract_metadata(text)
    except (AssertionError, ValueError, TypeError, RecursionError):  # htmldate on odd trees ("<svg><html>")
        tm = None
    meta = _meta(tree)

    objects = _jsonld_objects(tree)
    index = {o.get("@id"): o for o in objects if isinstance(o.get("@id"), str)}
    article = next((o for o in objects if _types(o) & _ARTICLE_TYPES), {})
    website = next((o for o in objects if "website" in _types(o)), {})

    ld_headline = article.get("headline") or article.get("name")
    ld_headline = norm_space(ld_headline) if isinstance(ld_headline, str) else ""
    h1s = [norm_space(h.text_content()) for h in tree.iter("h1") if norm_space(h.text_content())]
    og_title = meta.get("og:title") or meta.get("twitter:title") or ""
    title_el = tree.find(".//title")
    title_tag = norm_space(title_el.text_content()) if title_el is not None else ""

    publisher = _first(*(_names(article.get("publisher"), index) or [None]), *(_names(website.get("name"), index) or [None]),
                       meta.get("og:site_name"), meta.get("application-name"))
    hints = [publisher or "", site_label(_first(meta.get("og:url"), tm.url if tm else None)) or ""]
    og_head, og_site = split_title(og_title, [ld_headline, *h1s], hints) if og_title else ("", None)
    tag_head, tag_site = split_title(title_tag, [ld_headline, og_head, *h1s], hints) if title_tag else ("", None)
    agreeing = next((h for h in h1s for c in (ld_headline, og_head, tag_head) if c and squash(h) == squash(c)), None)
    title = _first(agreeing, ld_headline, og_head, tag_head, h1s[0] if h1s else None, tm.title if tm else None)
    publisher = _first(publisher, tag_site, og_site, tm.sitename if tm else None)

    author = _first(clean_author(", ".join(_names(article.get("author"), index))),
                    *(clean_author(meta.get(k)) for k in _AUTHOR_META if not _is_url(meta.get(k, "x"))),
                    *(clean_author(a) for a in _dom_authors(tree)),
                    clean_author(tm.author.replace(";", ",")) if tm and tm.author else None,
                    *(clean_author(b) for b in _dom_bylines(tree)),
                    _author_from_text(blocks))
    if author and publisher and squash(author) == squash(publisher):
        author = None  # an organisation credited as author is the publisher, as in feeds
    date = _first(iso_day(article.get("datePublished")), iso_day(article.get("dateCreated")),
                  *(iso_day(meta.get(k)) for k in _DATE_META), *(iso_day(d) for d in _dom_dates(tree)),
                  iso_day(tm.date) if tm else None)
    canonical = next((l.get("href") for l in tree.iter("link") if (l.get("rel") or "").lower() == "canonical"), None)
    main_entity = article.get("mainEntityOfPage")
    url = _first(http_url(article.get("url")), http_url(main_entity.get("@id") if isinstance(main_entity, dict) else main_entity),
                 http_url(canonical), http_url(meta.get("og:url")), http_url(tm.url) if tm else None)

    if blocks and blocks[0][0] in ("h", "p") and title and squash(blocks[0][1]) == squash(title):
        blocks = blocks[1:]  # the headline is the entry's title, not body text
    blocks = _drop_furniture(blocks)
    body = render_blocks(blocks)
    plain = " ".join(b[1] for b in blocks if isinstance(b[1], str))
    extra = {k: v for k, v in (("original", _original_source(tree, publisher)),
                               ("description", meta.get("description") or meta.get("og:description"))) if v}
    return Document(path=path, text=body, is_markdown=True, title=title or None, author=author,
                    publisher=publisher, date=date, url=url, language=_language(tree, meta, plain),
                    extra=extra)
