"""How front matter writes a value's bound ("~600000000", ">15", "<=3000000000") and how a reader
reads it: the claim's own sentence and the site's pages say the same words."""

import re

BOUND_WORDS = {"~": "about", ">": "more than", "<": "less than", ">=": "at least", "<=": "up to"}

# one end of a change: a number, with its bound or as a range ("~20000000000", "5400000000-6000000000")
_END = r"(?:~|>=|<=|>|<)?\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?)?"
_CHANGE = re.compile(rf"from ({_END}) to ({_END})")


def change_ends(value) -> tuple[str, str] | None:
    """"from 1500000000 to 4000000000": the two ends of a change as front matter writes it, else None."""
    m = _CHANGE.fullmatch(value) if isinstance(value, str) else None
    return m.groups() if m else None
