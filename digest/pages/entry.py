"""Additions to an entry page: the attribution line, the timeline table, the claims with panels."""

from __future__ import annotations

from digest.extract.markdown import escape_inline, table
from digest.pages.format import badge, link, show_value
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
    parts.append(f"{e.date.isoformat()}{' (date inferred)' if e.date_inferred else ''}")
    if s.get("url"):
        parts.append(f"[original article]({s['url']})")
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


def claims_section(e: EntryInfo, site: SiteData, refs_by_uid: dict) -> str:
    if not e.claims:
        return ""
    out = ["", "## Claims", "", '<div class="digest-claims" markdown>', ""]
    for c in e.claims:
        uid = claim_uid(e.src, c["id"])
        ref = refs_by_uid.get(uid)
        who = f" — according to {escape_inline(c['said_by'])}" if c.get("said_by") else ""
        out.append(f'<div class="digest-claim" id="claim-{c["id"]}" markdown>')
        out.append("")
        out.append(f'<div class="digest-claim__body" markdown>')
        out.append("")
        out.append(f"**{escape_inline(c['subject'])} · {escape_inline(c['attribute'])}:** "
                   f"{escape_inline(show_value(c['value'], c.get('unit')))}{who}")
        out.append("")
        out.append(f"> {escape_inline(c['quote'])}")
        out.append("")
        out.append("</div>")
        out.append("")
        out.append(panel(e, ref, site))
        out.append("</div>")
        out.append("")
    out.append("</div>")
    return "\n".join(out) + "\n"


def panel(e: EntryInfo, ref, site: SiteData) -> str:
    rels = ref.relations if ref else []
    lines = ['<aside class="digest-panel" data-search-exclude markdown>', "",
             f'<p class="digest-panel__title">Other sources ({len(rels)})</p>', ""]
    if not rels:
        lines.append('<p class="digest-panel__empty">No other source states this yet.</p>')
    for target, kind in rels:
        other, oc = site.by_uid[target]
        who = f" ({escape_inline(oc['said_by'])})" if oc.get("said_by") else ""
        label = f"{other.outlet}: {show_value(oc['value'], oc.get('unit'))}"
        if oc["subject"] != (ref.subject if ref else None):
            label = f"{other.outlet}: {oc['subject']} {show_value(oc['value'], oc.get('unit'))}"
        same = " (this entry)" if other.src == e.src else ""
        lines.append(f"- {badge(kind)} {link(label, e.src, other.src, 'claim-' + oc['id'])}{who}{same}")
    lines += ["", "</aside>", ""]
    return "\n".join(lines)
