"""Slugs: the ASCII names of entry files, stories, entities, generated pages and claim ids."""

from __future__ import annotations

import hashlib
import re
import unicodedata

# Index pages the plugin generates in each folder; no entry value may take their names.
INDEX_NAMES = {"index"}


def slugify(text: str, limit: int = 60, *, fold: bool = True) -> str:
    """Lower-case ASCII words joined by "-", at most `limit` characters. `fold` turns accented
    letters into their base letters ("é" -> "e"); without it they only separate words."""
    if fold:
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s[:limit].strip("-")


def short_hash(key: str, digits: int) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:digits]


def distinct_slug(text: str, key: str, *, limit: int, keep: int, digits: int, prefix: str = "",
                  floor: int = 1, share: float = 0.5) -> str:
    """A bounded slug of `text` that stays distinct when little of the text is ASCII (a title in
    another script): when the slug keeps fewer than max(floor, share of the text's letters)
    characters, its first `keep` characters (or `prefix` when none) are followed by a hash of `key`."""
    s = slugify(text, limit)
    letters = sum(ch.isalnum() for ch in text)
    if len(s.replace("-", "")) < max(floor, int(letters * share)):
        s = (s[:keep] + "-" if s else prefix) + short_hash(key, digits)
    return s


def page_name(slug: str) -> str:
    """A generated page's file name for a slug from entry values: "_" cannot occur in a slug, so
    "index" becomes "index_" and no story or entity replaces a folder's index page."""
    return slug + "_" if slug in INDEX_NAMES else slug


def entity_slug(name: str) -> str:
    """A distinct, bounded ASCII name: a name mostly in other scripts keeps a short hash of itself."""
    return page_name(distinct_slug(name, name, limit=60, keep=50, digits=8))


def entry_slug(title: str, key: str, limit: int = 80) -> str:
    """An entry's file name: titles mostly in other scripts keep a short hash so they stay distinct."""
    return distinct_slug(title, key, limit=limit, keep=limit - 11, digits=10, prefix="entry-", floor=8)


def story_slug(title: str, key: str) -> str:
    """A story of its own, named from its first entry's title."""
    return distinct_slug(title, key, limit=50, keep=40, digits=8, prefix="story-", floor=6)


def claim_slug(text: str, limit: int = 40) -> str:
    """A claim id: accented letters separate words (ids stay as they were first written)."""
    return slugify(text, limit, fold=False) or "claim"
