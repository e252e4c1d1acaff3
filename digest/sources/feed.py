"""RSS and Atom feeds: one document per item, parsed with entity declarations refused up front."""

from __future__ import annotations

import codecs
import hashlib
import io
import re

import feedparser
from lxml import etree
from lxml import html as lxml_html

from digest.errors import RejectedInput
from digest.extract.markdown import escape_line
from digest.extract.language import detect_language
from digest.sources.document import Document
from digest.extract.dates import iso_day
from digest.sources.blocks import html_to_markdown, norm_space
from digest.sources.evidence import TITLE_SEP, clean_author, http_url, site_label, squash
from digest.sources.markup import decode_markup

# Each part of the prolog is matched without nested repeats (an internal subset is "[...]" once):
# the old "(?:[^\[>]|\[.*?\])*" was exponential on "[][][]...".
_PROLOG = re.compile(r"(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^\[>]*(?:\[[^\]]*\][^\[>]*)?>)*", re.S | re.I)
_ROOT = re.compile(r"<(rss|rdf:RDF|feed)\b[^>]*>", re.I)
_ENTITY_DECL = re.compile(r"<!\s*ENTITY", re.I)
_CDATA = re.compile(r"<!\[CDATA\[.*?\]\]>", re.S)
# Trailing words that name the feed rather than the publisher: "Anthropic News", "Kiroku Labs Blog".
_FEED_WORDS = re.compile(r"(?:\s+(?:news(?:room)?|blog|feed|rss|updates|articles|posts|press releases?|"
                         r"announcements|latest|all posts|all stories|headlines))+\s*$", re.I)


def sniff_feed(data: bytes) -> bool:
    """True when the bytes are an RSS (0.9x/1.0/2.0) or Atom document, judged by the root element."""
    head = data[:65536]
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            text = head[len(bom):].decode(codec, errors="replace")
            break
    else:
        nul_odd = head[1:512:2].count(0) > 100
        nul_even = head[0:512:2].count(0) > 100
        codec = "utf-16-le" if nul_odd and not nul_even else "utf-16-be" if nul_even and not nul_odd else "utf-8"
        text = head.decode(codec, errors="replace")
    m = _ROOT.match(text, _PROLOG.match(text).end())
    if not m:
        return False
    root = m.group(1).lower()
    if root == "feed":
        return "/Atom" in m.group(0) or "purl.org/atom" in m.group(0)
    if root == "rdf:rdf":
        return "purl.org/rss/1.0" in text or "my.netscape.com/rdf" in text
    return True


def _safe_bytes(data: bytes, path: str) -> bytes:
    """The feed as UTF-8 bytes for feedparser, refusing any DTD entity declaration."""
    text = decode_markup(data, path)
    # feedparser turns off external entities, but its loose-parser fallback expands internal ones
    # without limit (a 200 kB feed with one 50 kB entity referenced 50,000 times grew to 2.5 GB).
    # Real feeds do not declare entities, so any declaration outside CDATA is refused.
    if _ENTITY_DECL.search(_CDATA.sub("", text)):
        raise RejectedInput(path, "feed declares XML entities in a <!DOCTYPE> (a way to read local files or "
                                  "expand into gigabytes); refused. Remove the DOCTYPE block if you trust the feed")
    text = re.sub(r"^(\s*<\?xml[^>]*?)\s+encoding\s*=\s*[\"'][^\"']*[\"']", r"\1", text, count=1)
    return text.encode("utf-8")


def _plain(value: str | None, detail=None) -> str | None:
    """A title or name as plain text, whether the feed gave it as text or as HTML."""
    if not value:
        return None
    if detail and "html" in (detail.get("type") or "") and "<" in value:
        try:
            value = lxml_html.fragment_fromstring(value, create_parent="div").text_content()
        except (etree.ParserError, ValueError):
            pass
    return norm_space(value) or None


def feed_publisher(feed) -> str | None:
    """The publisher a feed names: dc:publisher, else the site's name as the feed title spells it.

    Feed titles add what the feed is ("Anthropic News", "Kiroku Labs Blog", "The Verge - All Posts").
    When the channel link's domain names the site (anthropic.com), the title segment that spells the
    domain, without trailing feed words, is the publisher ("Anthropic"); a title that does not spell its
    domain ("Hacker News" on ycombinator.com) is kept whole, as is any title when there is no link.
    managingEditor and webMaster are people's e-mail addresses, not publishers, so they are not used.
    """
    named = _plain((feed.get("publisher_detail") or {}).get("name") or feed.get("publisher"))
    if named and "@" not in named:
        return named
    title = _plain(feed.get("title"), feed.get("title_detail"))
    label = site_label(feed.get("link"))
    if not title or not label:
        return title
    for segment in TITLE_SEP.split(title):
        if label in squash(segment):
            short = _FEED_WORDS.sub("", segment).strip()
            return short if label in squash(short) else segment.strip()
    return title


def _item_text(entry) -> str:
    contents = entry.get("content") or []
    chosen = max(contents, key=lambda c: len(c.get("value") or ""), default=None)
    if not chosen or not (chosen.get("value") or "").strip():
        chosen = entry.get("summary_detail") or {"value": entry.get("summary") or "", "type": "text/html"}
    value = chosen.get("value") or ""
    if "html" in (chosen.get("type") or "text/html"):
        return html_to_markdown(value)
    paragraphs = [norm_space(p) for p in re.split(r"\n\s*\n", value)]
    return "\n\n".join(escape_line(p) for p in paragraphs if p) + ("\n" if any(paragraphs) else "")


def _author(entry) -> str | None:
    detail = entry.get("author_detail") or {}
    raw = detail.get("name") or entry.get("author")
    if not raw or "@" in raw and not detail.get("name"):
        return None
    return clean_author(raw) or _plain(raw)


def _language(entry, feed, text: str) -> str | None:
    for detail in (entry.get("content") or [{}])[0], entry.get("summary_detail") or {}:
        if detail.get("language"):
            return re.split(r"[-_]", detail["language"].lower())[0]
    if feed.get("language"):
        return re.split(r"[-_]", feed["language"].strip().lower())[0]
    return detect_language(text) if text.strip() else None


def read_feed(data: bytes, path: str, rejected: list[str] | None = None) -> list[Document]:
    """One Document per feed item, each with its own title, link, day, author and publisher.

    An item that cannot be read is left out with one line in `rejected` (raised when it is None);
    the other items still convert."""
    parsed = feedparser.parse(io.BytesIO(_safe_bytes(data, path)), sanitize_html=True)
    feed, entries = parsed.get("feed", {}), parsed.get("entries", [])
    if not entries:
        if parsed.get("bozo") and not parsed.get("version"):
            raise RejectedInput(path, f"not a readable RSS or Atom feed ({parsed.get('bozo_exception')}); "
                                      "check the file is the feed itself")
        raise RejectedInput(path, "feed has no items; nothing to convert")
    publisher = feed_publisher(feed)
    docs = []
    for n, entry in enumerate(entries, 1):
        try:
            docs.append(_item_document(entry, feed, publisher, path))
        except Exception as err:
            if rejected is None:
                raise
            rejected.append(f"{path}: feed item {n} could not be read ({type(err).__name__}: "
                            f"{str(err)[:120]}); skipped, the other items were converted")
    return docs


def _item_document(entry, feed, publisher: str | None, path: str) -> Document:
    title = _plain(entry.get("title"), entry.get("title_detail"))
    url = http_url(entry.get("link"))
    date_raw = entry.get("published") or entry.get("updated") or entry.get("created")
    item_id = entry.get("id") or url or "sha1:" + hashlib.sha1(
        f"{title}\n{date_raw}".encode("utf-8")).hexdigest()[:16]
    author = _author(entry)
    if author and squash(author) in {squash(publisher or ""), site_label(feed.get("link"))}:
        author = None  # "<author>Anthropic</author>" credits the site itself, not a person
    source = entry.get("source") or {}
    text = _item_text(entry)
    return Document(
        path=path, text=text, is_markdown=True, title=title, author=author,
        publisher=_plain(source.get("title")) or _plain(entry.get("publisher")) or publisher,
        date=iso_day(date_raw), url=url, language=_language(entry, feed, text), item_id=item_id,
        extra={"feed_title": _plain(feed.get("title")), "feed_url": http_url(feed.get("link"))},
    )
