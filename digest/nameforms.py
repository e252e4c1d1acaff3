"""Forms of one name across several pages: "Exxon Mobil" is "ExxonMobil" written apart, and "Exxon" the
first part of that compound name. Used when grouping pages into stories and claims into questions."""

from __future__ import annotations

import re


def compound_forms(names: set[str]) -> dict[str, str]:
    """name -> the compound single-word name it stands for, where the batch writes one: the same letters with
    spaces or hyphens ("Exxon Mobil" -> "ExxonMobil"), or the word that opens it at a capital ("Exxon" ->
    "ExxonMobil", when one compound opens so; "Meta" is no part of "Metaculus")."""
    joined = {re.sub(r"[\s-]+", "", n).casefold(): n for n in names if not re.search(r"[\s-]", n)}
    out: dict[str, str] = {}
    for n in names:
        whole = joined.get(re.sub(r"[\s-]+", "", n).casefold())
        if whole and whole != n:
            out[n] = whole
    for n in names:
        if re.fullmatch(r"[A-Z][a-z]{2,}", n):
            longer = [m for m in joined.values() if m != n and re.match(rf"{re.escape(n)}(?=[A-Z][a-z])", m)]
            if len(longer) == 1:
                out[n] = longer[0]
    return out
