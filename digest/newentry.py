"""`digest new`: a hand-written entry with valid front matter and a short template body."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from pydantic import ValidationError

from digest.entryfile import atomic_write, dump_front_matter
from digest.schema import Entry
from digest.slugs import distinct_slug

SLUG_MAX = 80
TEMPLATE = """<!--
Replace this note with the article's text. At build time the digest reads the text for
entities, claims and the story, and links each claim to what other sources say: a sentence
that states a fact about a named model, lab or person becomes a claim. Headings (## …),
lists and pipe tables are kept. This note is an HTML comment: readers never see it.
-->
"""


def _one_line(text: str | None) -> str | None:
    return re.sub(r"\s+", " ", text).strip() if text is not None else None


def write_new_entry(out_dir: Path, title: str, publisher: str, url: str | None, day: dt.date) -> Path:
    """Write out_dir/entries/<slug>.md; a bad title, publisher or URL raises ValueError with one plain line."""
    title, publisher, url = _one_line(title), _one_line(publisher), _one_line(url) or None
    meta = {"title": title, "date": day, "source": {"publisher": publisher, "url": url}}
    try:
        Entry.model_validate(meta)
    except ValidationError as err:
        e = err.errors()[0]
        field = ".".join(str(p) for p in e["loc"])
        option = {"title": "the title", "source.publisher": "--publisher", "source.url": "--url"}.get(field, field)
        msg = "must not be empty" if e["type"] == "string_too_short" else e["msg"].removeprefix("Value error, ")
        raise ValueError(f"{option}: {msg}") from None
    if not publisher:
        raise ValueError("--publisher: must not be empty")
    # a title with no ASCII letter at all is named by its hash
    slug = distinct_slug(title, title, limit=SLUG_MAX, keep=SLUG_MAX, digits=10, prefix="entry-", share=0)
    path = out_dir / "entries" / f"{slug}.md"
    if path.exists():
        raise FileExistsError(f"{path}: an entry with this title exists; choose another title or edit that file")
    atomic_write(path, "---\n" + dump_front_matter(meta) + "---\n\n" + TEMPLATE)
    return path
