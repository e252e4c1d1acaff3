"""Comparison tables built from claims: attributes as rows (grouped by family), subjects as columns."""

from __future__ import annotations

import math
from html import escape as esc

from digest.config import Family
from digest.pages.format import show_value
from digest.pages.links import Links, html_table

def comparison_rows(claims: list[dict], family_of, families: dict[str, Family]
                    ) -> tuple[list[str], list[tuple[str, dict[str, dict]]]]:
    """(subjects, [(attribute, {subject: claim})]) for attributes given for two or more subjects;
    rows in the order of their families (site_config), forecasts and opinions left out."""
    def family(attr: str) -> Family:
        name = family_of(attr)
        return families.get(name) or Family(name)

    by_attr: dict[str, dict[str, dict]] = {}
    for c in claims:
        if c.get("said_by") and family(c["attribute"]).opinion:
            continue
        by_attr.setdefault(c["attribute"], {}).setdefault(c["subject"], c)
    rows = [(a, cells) for a, cells in by_attr.items() if len(cells) >= 2]
    if not rows:
        return [], []
    subjects: list[str] = []
    for _, cells in rows:
        for s in cells:
            if s not in subjects:
                subjects.append(s)
    rows.sort(key=lambda r: (math.inf if (o := family(r[0]).order) is None else o, r[0].lower()))
    return subjects, rows


def comparison_table(src: str, claims: list[dict], family_of, families: dict[str, Family], links: Links) -> str:
    """HTML for an entry's generated comparison table, or '' when there is nothing to compare or
    when it would only repeat a table the source printed."""
    subjects, rows = comparison_rows(claims, family_of, families)
    # rows read straight off a table the source printed are already on the page
    rows = [(a, cells) for a, cells in rows if not all(c["quote"].startswith("|") for c in cells.values())]
    if not rows:
        return ""
    subjects = [s for s in subjects if any(s in cells for _, cells in rows)]
    body = []
    for attribute, cells in rows:
        vals = [links.a(show_value(c["value"], c.get("unit")), src, src, "claim-" + c["id"]) if c else "—"
                for c in (cells.get(s) for s in subjects)]
        body.append([esc(attribute), *vals])
    return html_table(["Attribute", *(esc(s) for s in subjects)], body)
