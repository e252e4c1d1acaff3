"""A list of literal words as one regular expression that matches exactly what their alternation
matches, but shares the words' common beginnings ("die Gesellschaft|die Geschäftsführung|…" becomes
"die Gesch(?:äftsführung|…)|…"), so the engine tries one branch per distinct character at each
position instead of every word.

Equivalence: words that match at one position spell the same characters there, so each is a prefix
of the longer ones; the alternation lists a word before the words that begin it (longest first does),
so it tries their ends longest first, and so does the tree, which prefers going deeper over ending. Characters
are merged only when the engine matches them against the same characters of the text (under
IGNORECASE: the same lower-case form, or one of its `re` extra cases); when a word list defeats
that (siblings that could match one character, or words whose boundary assertions differ where they
are merged), the plain alternation is returned unchanged."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from re import _casefix

import _sre

_EXTRA = _casefix._EXTRA_CASES
_END = ""


def _key(c: str, icase: bool):
    o = ord(c)
    if not icase:
        return o
    if not _sre.unicode_iscased(o):
        return ("x", o)
    lo = _sre.unicode_tolower(o)
    return ("c", min((lo, *_EXTRA.get(lo, ()))))


def _disjoint(node: dict, icase: bool) -> bool:
    """No two branches of a node match one character of the text."""
    keys = [k for k in node if k != _END]
    if icase:
        plain = {k[1] for k in keys if k[0] == "x"}
        for k in keys:
            if k[0] == "c" and plain & {k[1], *_EXTRA.get(k[1], ())}:
                return False
    return all(_disjoint(node[k][1], icase) for k in keys)


def _emit(node: dict) -> str:
    alts = [re.escape(node[k][0]) + _emit(node[k][1]) for k in node if k != _END]
    if _END in node:
        alts.append(node[_END])   # ending here is tried last: the longer words first
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def alternation(words: Iterable[str], *, icase: bool | None, left: Callable[[str], str] = lambda w: "",
                right: Callable[[str], str] = lambda w: "") -> str:
    """The pattern `(?:left(w1)esc(w1)right(w1)|left(w2)…)` for `words` in the order given, as a
    tree; a word must not come after a word that begins it (longest first does). `icase`: the pattern
    is compiled with IGNORECASE (and not ASCII or LOCALE); None: with or without it (then the words
    must hold no two characters that IGNORECASE matches alike). `left`/`right`: the assertion
    before/after a word, from the word."""
    words = [str(w) for w in words]
    plain = "(?:" + "|".join(left(w) + re.escape(w) + right(w) for w in words) + ")"
    if not words or any(not w for w in words):
        return plain
    if icase is None:
        chars = {c for w in words for c in w}
        if len({_key(c, True) for c in chars}) != len(chars):
            return plain
        icase = False   # (each character its own branch either way)
    root: dict = {}
    lefts: dict = {}
    for w in words:
        k0 = _key(w[0], icase)
        if lefts.setdefault(k0, left(w)) != left(w):
            return plain
        node = root
        for c in w:
            if _END in node and node is not root:
                return plain   # a word after one that begins it: the alternation would try the shorter first
            node = node.setdefault(_key(c, icase), (c, {}))[1]
        if node.setdefault(_END, right(w)) != right(w):
            return plain
    if not _disjoint(root, icase):
        return plain
    # the first characters' branches match disjoint characters, so their order is free: those behind one
    # assertion are grouped, and the assertion is tried once
    groups: dict[str, list[str]] = {}
    for k in root:
        groups.setdefault(lefts[k], []).append(re.escape(root[k][0]) + _emit(root[k][1]))
    return "(?:" + "|".join(lf + "(?:" + "|".join(bs) + ")" for lf, bs in groups.items()) + ")"
