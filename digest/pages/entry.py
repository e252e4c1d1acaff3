"""Additions to an entry page: the attribution line, the timeline table, the claims with panels."""

from __future__ import annotations

from html import escape as esc

from markupsafe import Markup

from digest.extract.markdown import escape_inline, table
from digest.pages.format import KIND_ICON, link, show_value, timeline_date
from digest.pages.fragments import fragments_of
from digest.pages.links import slot
from digest.pages.verdicts import shown, verdict_context
from digest.sanitize import markdown_url
from digest.sitedata import EntryInfo, SiteData, claim_uid



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
    if e.date is None:
        parts.append("undated (the source states no date)")
    else:
        parts.append(f"{e.date.isoformat()}{' (date inferred)' if e.date_inferred else ''}")
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
    rows = [[timeline_date(str(t.get("date"))), str(t.get("event"))] for t in e.timeline]
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


def claims_html(e: EntryInfo, panels: list[str], site: SiteData | None = None) -> str:
    """Each claim as HTML (the `claims` fragment), with `panels[i]` beside claim i."""
    claims = []
    for c, panel in zip(e.claims, panels):
        question, answer = _statement(c)
        claims.append({"id": c["id"], "question": question, "answer": answer, "quote": c["quote"],
                       "panel": Markup(panel)})
    return fragments_of(site).render("claims", claims=claims)


def panels_for(e: EntryInfo, site: SiteData, refs_by_uid: dict, href) -> list[str]:
    """Each claim's cross-reference panel; `href(src, anchor)` gives a link relative to this page."""
    pages: dict[str, str] = {}   # another entry -> the escaped link to it from this page
    return [panel_html(e, refs_by_uid.get(claim_uid(e.src, c["id"])), site, href, pages) for c in e.claims]


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


def panel_html(e: EntryInfo, ref, site: SiteData, href, pages: dict[str, str] | None = None) -> str:
    """A claim's cross-reference panel (the `panel` fragment): every related claim with its kind,
    naming the other source and what its claim says, and the verdict of the claim's question."""
    rels = ref.relations if ref else []
    subject = ref.subject if ref else None
    fragments = fragments_of(site)
    pages = {} if pages is None else pages
    # A related claim's line is the same on every page but for the link to its page: drawn once
    # per build, with the claim's anchor in it, and split where the page's link goes.
    lines = site.memo.setdefault("panel_lines", {})
    items = []
    for target, kind in rels:
        other, oc = site.by_uid[target]
        same_entry = other.src == e.src
        key = (target, kind, oc["subject"] == subject, same_entry)
        pieces = lines.get(key)
        if pieces is None:
            pieces = lines[key] = _panel_line(fragments, other, oc, kind, subject, same_entry)
        if same_entry:
            items.append("".join(pieces))
            continue
        page = pages.get(other.src)
        if page is None:
            page = pages[other.src] = esc(href(other.src, None))
        items.append(page.join(pieces))
    q = site.questions.of.get(ref.uid) if ref else None
    verdict = verdict_context(q) if q and q.verdict != "single" else None
    # the items go in as one stand-in: the panel is rendered once per verdict, not per claim
    fixed = {"verdict": verdict, "items": (Markup("\ue000items\ue001"),) if items else ()}
    return fragments.stamp("panel", fixed, count=len(rels), items=Markup("".join(items)))


_HREF = "\ue002href\ue003"


def _panel_line(fragments, other: EntryInfo, oc: dict, kind: str, subject: str | None,
                same_entry: bool) -> list[str]:
    """A related claim's line in panels (the `panel_item` fragment), split where the link to the
    other page goes (`href(page, None)`, whose link to a claim is that and `#claim-<id>`)."""
    # name what the other claim is about, so "conflicts: top 3" never leaves "of what?"
    about = oc["attribute"] if oc["subject"] == subject else f"{oc['subject']} {oc['attribute']}"
    fixed = {"kind": kind, "icon": KIND_ICON[kind], "same_entry": same_entry}
    extra = {"said_by": oc["said_by"]} if oc.get("said_by") else {}
    if not extra:
        fixed["said_by"] = None
    # the link is the other page's (put in per page) and the claim's anchor on it
    line = fragments.stamp("panel_item", fixed, href=Markup(_HREF + esc("#claim-" + oc["id"])),
                           label=f"{other.outlet}: {about} {shown(oc)}", **extra)
    return line.split(_HREF)


def broken_page(problems: list[str]) -> str:
    """What `mkdocs serve` shows in place of an entry that fails validation (Markdown, escaped)."""
    lines = "\n".join("- `" + p.replace("`", "'") + "`" for p in problems)
    # draft: the RSS plugin skips it (it reads dates from a file this page does not have)
    return ("---\nsearch:\n  exclude: true\ndraft: true\n---\n\n# This entry is not published\n\n"
            "`digest check` rejects it; fix each line below in the file and save, and the page comes back:\n\n"
            + lines + "\n")
