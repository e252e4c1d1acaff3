"""Additions to an entry page: the attribution line, the timeline table, the claims with panels."""

from __future__ import annotations

from html import escape as esc

from digest.extract.markdown import escape_inline, table
from digest.pages.format import badge, link, show_value
from digest.pages.links import slot
from digest.sanitize import markdown_url
from digest.sitedata import EntryInfo, SiteData, claim_uid, shown_day


def attribution(e: EntryInfo, story_src: str | None) -> str:
    s = e.source
    parts = []
    if s.get("publisher"):
        parts.append(f"**{escape_inline(s['publisher'])}**")
    else:
        parts.append("**Unnamed outlet**")
    if s.get("via"):
        parts.append(f"via {escape_inline(s['via'])}")
    if s.get("original"):
        parts.append(f"based on {escape_inline(s['original'])}")
    if s.get("author"):
        parts.append(f"by {escape_inline(s['author'])}")
    parts.append(f"{shown_day(e)}{' (date inferred)' if e.date_inferred else ''}")
    if s.get("url"):
        parts.append(f"[original article]({markdown_url(s['url'])})")
    line = " · ".join(parts)
    if story_src:
        from digest.sitedata import story_title

        line += " · story: " + link(story_title(e.story), e.src, story_src)
    return f'<div class="digest-attribution" markdown>\n{line}\n</div>\n'


def timeline_table(e: EntryInfo, body: str) -> str:
    if not e.timeline or "| Date | Event |" in body:
        return ""
    rows = [[str(t.get("date")), str(t.get("event"))] for t in e.timeline]
    return "\n## Timeline\n\n" + table(rows, ["Date", "Event"]) + "\n"


def claims_heading(e: EntryInfo) -> str:
    """The Markdown part of the Claims section: a heading (for the table of contents) and a slot
    that the plugin fills with `claims_html` once search has read the page, so the claims and
    their panels cost neither Markdown nor search any parsing."""
    return "\n## Claims\n" + slot("claims") if e.claims else ""


def comparison_heading(table_html: str) -> str:
    if not table_html:
        return ""
    return ("\n## Comparison\n\nBuilt from this article's claims; each value links to its claim.\n"
            + slot("comparison"))


def claims_html(e: EntryInfo, panels: list[str]) -> str:
    """Each claim as HTML, with `panels[i]` beside claim i. Every piece of text is escaped."""
    out = ['<div class="digest-claims">']
    for c, panel in zip(e.claims, panels):
        question, answer = _statement(c)
        out.append(
            f'<div class="digest-claim" id="claim-{esc(c["id"])}"><div class="digest-claim__body">'
            f"<p><strong>{esc(question)}:</strong> {esc(answer)}</p>"
            f"<blockquote><p>{esc(c['quote'])}</p></blockquote></div>"
        )
        out.append(panel)
        out.append("</div>")
    out.append("</div>")
    return "\n".join(out)


def panels_for(e: EntryInfo, site: SiteData, refs_by_uid: dict, href) -> list[str]:
    """Each claim's cross-reference panel; `href(src, anchor)` gives a link relative to this page."""
    return [panel_html(e, refs_by_uid.get(claim_uid(e.src, c["id"])), site, href) for c in e.claims]


def claims_for_search(e: EntryInfo, quotes: bool = True) -> str:
    """The claims as search reads them: one paragraph each (the full block, with its panels,
    would cost search more to parse than the rest of the page). Without `quotes`, only what
    each claim states, for a large digest's index."""
    out = []
    for c in e.claims:
        question, answer = _statement(c)
        quote = f" {c['quote']}" if quotes else ""
        out.append(f"<p>{esc(question)}: {esc(answer)}.{esc(quote)}</p>")
    return "\n".join(out)


def _statement(c: dict) -> tuple[str, str]:
    """What a claim states, as text: ("GLM-5.2 · context window", "2M tokens — according to X")."""
    who = f" — according to {c['said_by']}" if c.get("said_by") else ""
    return f"{c['subject']} · {c['attribute']}", show_value(c["value"], c.get("unit")) + who


def search_view(e: EntryInfo, claims_text: str, claims_id: str | None) -> str:
    """What search reads of an entry in a large digest: the lede, and the claims."""
    lede = f"<p>{esc(e.summary)}</p>\n" if e.summary else ""
    if not claims_text:
        return lede
    return lede + f'<h2 id="{esc(claims_id or "claims")}">Claims</h2>\n' + claims_text


def panel_html(e: EntryInfo, ref, site: SiteData, href) -> str:
    rels = ref.relations if ref else []
    subject = ref.subject if ref else None
    items = []
    cache = site.panel_items
    for target, kind in rels:
        key = (target, kind, subject)
        parts = cache.get(key)
        if parts is None:
            # a claim appears in many panels: its line is built once (only the link differs)
            other, oc = site.by_uid[target]
            value = show_value(oc["value"], oc.get("unit"))
            label = f"{other.outlet}: {value}" if oc["subject"] == subject else f"{other.outlet}: {oc['subject']} {value}"
            who = f" ({esc(oc['said_by'])})" if oc.get("said_by") else ""
            parts = cache[key] = (f"<li>{badge(kind)} <a href=\"", f"\">{esc(label)}</a>{who}", other.src, "claim-" + oc["id"])
        head, tail, other_src, anchor = parts
        same = " (this entry)" if other_src == e.src else ""
        items.append(f"{head}{esc(href(other_src, anchor))}{tail}{same}</li>")
    body = f"<ul>{''.join(items)}</ul>" if items else '<p class="digest-panel__empty">No other source states this yet.</p>'
    return (f'<aside class="digest-panel" data-search-exclude><p class="digest-panel__title">'
            f"Other sources ({len(rels)})</p>{body}</aside>")
