"""Comparing two normalised values: equal (agrees), different (conflicts) or not comparable."""

from __future__ import annotations

import calendar
import re

OPEN_LICENSES = {"open weights", "open source", "mit", "apache 2.0", "apache", "bsd", "gpl", "open"}
CLOSED_LICENSES = {"proprietary", "closed", "closed source", "closed weights"}
_RANGE = re.compile(r"^(-?\d+(?:\.\d+)?)\s*-\s*(-?\d+(?:\.\d+)?)$")
_BOUND = re.compile(r"^(>=|<=|>|<|~)\s*(-?\d+(?:\.\d+)?)$")
_FROM_TO = re.compile(r"^from\s+(\S+)\s+to\s+(\S+)$")
APPROX_TOLERANCE = 0.05
_PERIOD = re.compile(r"^(\d{4})(?:-(Q[1-4]|H[12]|\d{2})(?:-(\d{2}))?)?$")
_TOP = re.compile(r"^top (\d+)$")
TOLERANCE = 0.02
BOUND_SPAN = 10


def _interval(v) -> tuple[float, float, bool] | None:
    """A numeric value as (low, high, exact)."""
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return float(v), float(v), True
    s = str(v).strip().lower().replace(",", "")
    try:
        x = float(s)
        return x, x, True
    except ValueError:
        pass
    m = _RANGE.match(s)
    if m:
        return float(m.group(1)), float(m.group(2)), False
    m = _BOUND.match(s)
    if m:
        x = float(m.group(2))
        if m.group(1) == "~":
            return x * (1 - APPROX_TOLERANCE), x * (1 + APPROX_TOLERANCE), False
        # a bound speaks of its own order of magnitude: "less than $6 billion" is not "$5.6 million"
        if m.group(1).startswith(">"):
            return x, x * BOUND_SPAN if x > 0 else float("inf"), False
        return x / BOUND_SPAN if x > 0 else float("-inf"), x, False
    m = _TOP.match(s)
    if m:
        return 1.0, float(m.group(1)), False
    return None


def _months(v) -> tuple[int, int] | None:
    """A date, month, quarter, half or year as an inclusive (first month, last month) span."""
    s = str(v).strip()
    m = _PERIOD.match(s)
    if not m:
        return None
    year = int(m.group(1))
    part = m.group(2)
    base = year * 12
    if not part:
        return base + 1, base + 12
    if part.startswith("Q"):
        q = int(part[1])
        return base + 3 * q - 2, base + 3 * q
    if part.startswith("H"):
        h = int(part[1])
        return base + 6 * h - 5, base + 6 * h
    month = int(part)
    return base + month, base + month


def _license_class(s: str) -> str | None:
    s = s.lower().replace("-", " ")
    if s in CLOSED_LICENSES:
        return "closed"
    if s in OPEN_LICENSES or s.startswith(("apache", "mit", "gpl", "bsd", "cc by", "llama")):
        return "open"
    return None


_GENERIC_LICENSES = {"open weights", "open source", "open", "open-weight", "open-source"}


def _named_licenses_differ(sa: str, sb: str) -> bool:
    """Two named licenses ("MIT", "Apache-2.0") cannot both be a model's; "open weights" is
    true of either."""
    a, b = (re.sub(r"[\s_-]+", " ", x).replace(" license", "").strip() for x in (sa, sb))
    if a in _GENERIC_LICENSES or b in _GENERIC_LICENSES or a.startswith(b) or b.startswith(a):
        return False
    return True


def _significant(x: float) -> int:
    digits = re.sub(r"e.*$", "", f"{abs(x):.10g}").replace(".", "").lstrip("0").rstrip("0")
    return max(1, len(digits))


def _same_figure(a: float, b: float) -> bool:
    """Two stated figures agree when they are one figure at the coarser precision of the two
    (86.8 ~ 87, 200,000 ~ 200k, 1.76 trillion ~ 1.8 trillion); 86.8 and 85.7 are two reports."""
    n = min(_significant(a), _significant(b))
    return float(f"{a:.{n}g}") == float(f"{b:.{n}g}")


_SECONDS = {"ms": 0.001, "milliseconds": 0.001, "seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}


def _scaled(v, factor: float):
    """A number, bound or range in another unit ("<3" seconds -> "<3000" ms)."""
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return v * factor
    return re.sub(r"\d+(?:\.\d+)?", lambda m: repr(float(m.group()) * factor), str(v))


def compare(a, b, unit_a=None, unit_b=None) -> str:
    """'agrees', 'conflicts' or 'related' (not comparable)."""
    sa, sb = str(a).strip().lower(), str(b).strip().lower()
    fa, fb = _FROM_TO.match(sa), _FROM_TO.match(sb)
    if fa or fb:   # a change from one level to another: both ends must agree with both ends
        if not (fa and fb):
            return "related"
        ends = [compare(fa.group(i), fb.group(i), unit_a, unit_b) for i in (1, 2)]
        return "agrees" if ends == ["agrees", "agrees"] else "conflicts"
    if sa == "undisclosed" or sb == "undisclosed":
        return "agrees" if sa == sb else "conflicts"
    if unit_a and unit_b and unit_a != unit_b and unit_a in _SECONDS and unit_b in _SECONDS:
        # "320 ms" and "0.32 seconds", "1 hour" and "60 minutes": one duration in two units
        return compare(_scaled(a, _SECONDS[unit_a]), _scaled(b, _SECONDS[unit_b]))
    if unit_a and unit_b and unit_a != unit_b and {unit_a, unit_b} - {"percent", "points"}:
        return "related"
    listed = compare_qualitative(a, b)
    if listed:
        return listed
    ma, mb = _months(a), _months(b)
    if ma and mb and isinstance(a, str) and isinstance(b, str):
        inside = (ma[0] <= mb[0] and mb[1] <= ma[1]) or (mb[0] <= ma[0] and ma[1] <= mb[1])
        return "agrees" if inside else "conflicts"
    ia, ib = _interval(a), _interval(b)
    if ia and ib:
        lo_a, hi_a, exact_a = ia
        lo_b, hi_b, exact_b = ib
        if exact_a and exact_b:
            return "agrees" if _same_figure(lo_a, lo_b) else "conflicts"
        # a bound or range agrees with what it contains, and with a near approximation
        if lo_a <= hi_b * (1 + TOLERANCE) and lo_b <= hi_a * (1 + TOLERANCE):
            return "agrees"
        return "conflicts"
    if ma and mb:
        inside = (ma[0] <= mb[0] and mb[1] <= ma[1]) or (mb[0] <= ma[0] and ma[1] <= mb[1])
        return "agrees" if inside else "conflicts"
    if ia or ib or ma or mb:
        return "related"
    la, lb = _license_class(sa), _license_class(sb)
    if la and lb:
        if la != lb or _named_licenses_differ(sa, sb):
            return "conflicts"
        return "agrees"
    if re.match(r"(?:without|no|not|non)\b", sa) or re.match(r"(?:without|no|not|non)\b", sb):
        return "related"
    na, nb = re.sub(r"[^a-z0-9]+", " ", sa).strip(), re.sub(r"[^a-z0-9]+", " ", sb).strip()
    if na == nb or (na and nb and (na in nb or nb in na)):
        return "agrees"
    return "conflicts"


_ITEMS = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+")
# how one model performs against another (site_config relations "performance versus"): "on par or
# better" holds with either of the others, which exclude each other
_STANDING = {"on par": {"on par"}, "better": {"better"}, "on par or better": {"on par", "better"}}


def _items(v) -> frozenset[str] | None:
    """A listed value ("text, images, audio", "Amazon Bedrock and Vertex AI") as a set of items."""
    if isinstance(v, (int, float)) or not re.search(r",\s|\s(?:and|&)\s", str(v)):
        return None
    items = frozenset(x.strip().lower() for x in _ITEMS.split(str(v)) if x.strip())
    return items if len(items) >= 2 else None


def compare_qualitative(a, b) -> str | None:
    """Lists and standings; None when neither value is one. Two lists agree when they list the same
    items, whatever the order or the joining words; one that lists part of the other, or other
    items, is related, not a conflict (a page names what it chose to name). A list agrees with a
    count of as many items ("five languages"). Standings conflict only when they exclude each other."""
    sa, sb = str(a).strip().lower(), str(b).strip().lower()
    if sa in _STANDING and sb in _STANDING:
        return "agrees" if _STANDING[sa] & _STANDING[sb] else "conflicts"
    la, lb = _items(a), _items(b)
    if la is None and lb is None:
        return None
    if la is not None and lb is not None:
        return "agrees" if la == lb else "related"
    listed, other = (la, b) if la is not None else (lb, a)
    count = _interval(other)
    if count and count[2]:
        return "agrees" if count[0] == len(listed) else "related"
    return "agrees" if frozenset({str(other).strip().lower()}) == listed else "related"


def several_values(a, b) -> str:
    """Values of an attribute that holds several at once (where a model is available, who led a
    round): the same items agree, other or partial ones are related, never a conflict."""
    listed = compare_qualitative(a, b)
    if listed:
        return listed
    na, nb = re.sub(r"[^a-z0-9]+", " ", str(a).lower()).strip(), re.sub(r"[^a-z0-9]+", " ", str(b).lower()).strip()
    return "agrees" if na == nb else "related"


_CORPORATE = re.compile(r"\s+(?:inc|corp|corporation|ltd|co|plc|ag|sa|llc)\.?$", re.I)
_LEMMA_EXCEPTIONS = {"series", "news", "analysis", "gpus", "ms", "sales"}


def lemma(word: str) -> str:
    """A plural's singular by spelling ("losses" -> "loss", "companies" -> "company")."""
    w = word.lower()
    if w in _LEMMA_EXCEPTIONS or len(w) <= 3 or w.endswith(("ss", "us", "is")):
        return w
    if w.endswith("ies"):
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches", "xes")):
        return w[:-2]
    if w.endswith("s"):
        return w[:-1]
    return w


def canonical_attribute(name: str, synonyms: dict[str, str] | None = None) -> str:
    """One key for attributes that mean the same: lower case, singular words, editors' synonyms
    applied to the whole name and to each word ("Market Caps Lost" -> "market cap lost")."""
    words = [lemma(w) for w in re.findall(r"[\w.@-]+", str(name).lower().replace("_", " "))]
    key = " ".join(words)
    syn = synonyms or {}
    if key in syn:
        return syn[key]
    return " ".join(syn.get(w, w) for w in words)


def canonical_subject(name: str) -> str:
    """One key for the same entity written differently ("Broadcom Inc." ~ "broadcom",
    "Llama-3-70B" ~ "llama 3 70b"); a family and one of its models stay apart."""
    s = _CORPORATE.sub("", str(name).strip())
    return re.sub(r"[^a-z0-9.]+", " ", s.lower()).strip()


# a benchmark's evaluation setting ("5-shot", "pass@1", "0-shot CoT") is shown on the claim but does not
# keep two reports of one score apart: pages rarely state it, and a differing figure is worth a look
_SETTING = re.compile(r"(?:\d+-shot|pass@\d+|maj@\d+|cot|chain[- ]of[- ]thought)(?:[ ,]+(?:\d+-shot|pass@\d+|maj@\d+|cot))*", re.I)


_MONTH_NUMBER = {calendar.month_name[i].lower(): i for i in range(1, 13)}


def canonical_qualifier(q: str | None) -> str:
    """'2024-09' and '--09' (September, year not stated) are one scope; empty is none."""
    if not q or _SETTING.fullmatch(str(q).strip()):
        return ""
    m = re.fullmatch(r"(?:\d{4})?-{1,2}(\d{2})", str(q))
    if m:
        return f"--{m.group(1)}"
    month = _MONTH_NUMBER.get(str(q).strip().lower())
    return f"--{month:02d}" if month else str(q).strip().lower()
