"""A page's DOM as blocks (paragraphs, headings, list items, quotes, code, tables) and blocks as
escaped Markdown: trafilatura's main text, the page's own article as a fallback, feed fragments."""

from __future__ import annotations

import copy
import re

import trafilatura
from lxml import etree
from lxml import html as lxml_html

from digest.config import Knowledge, load_knowledge
from digest.extract.markdown import escape_line, table

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


def drop_furniture(blocks: list[tuple], k: Knowledge) -> list[tuple]:
    """Furniture extractors let through, by the vocabulary text dumps use (site_config/sources.yml):
    teasers and the link lists under them, rights notices, editor credits, datelines."""
    teasers = k.furniture.get("teaser", [])
    kept, cutting = [], False
    for block in blocks:
        kind, text = block[0], block[1]
        if cutting and kind == "li":
            continue  # the link list under a "Related stories" teaser
        cutting = False
        if kind in ("p", "h", "quote") and len(text) <= 60 and any(p.search(text) for p in teasers):
            cutting = True
            continue
        if kind in ("p", "quote") and len(text) <= 200 and any(p.search(text) for p in k.boilerplate):
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


def html_to_markdown(fragment: str, k: Knowledge | None = None) -> str:
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
    return render_blocks(drop_furniture(blocks.out, k or load_knowledge()))


def extract_blocks(tree, **options) -> list[tuple]:
    """Trafilatura's main-text extraction on the parsed page (it works on its own copy)."""
    xml = trafilatura.extract(tree, output_format="xml", include_tables=True, include_comments=False,
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


def fallback_blocks(tree) -> list[tuple]:
    """The page's own <article>, <main> or <body> when trafilatura finds no main text: page chrome
    (header, footer, navigation, asides, forms) left out."""
    page = copy.deepcopy(tree)
    for el in page.xpath("//header|//footer|//nav|//aside|//form|//*[@role='navigation' or @role='banner' "
                         "or @role='contentinfo' or @role='complementary']"):
        if el.getparent() is not None:
            el.drop_tree()
    root = next(iter(page.xpath("//article") or page.xpath("//main") or page.xpath("//body")), None)
    if root is None:
        return []
    blocks = _Blocks()
    blocks.walk(root)
    blocks.flush()
    return blocks.out


def text_size(blocks: list[tuple]) -> int:
    return sum(len(b[1]) for b in blocks if b[0] in ("p", "li", "quote")) + \
        sum(len(" ".join(c for row in [b[2], *b[1]] for c in row)) for b in blocks if b[0] == "table")
