"""`digest new`: a hand-written entry with valid front matter and a short template body."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from digest.entryfile import atomic_write, dump_front_matter
from digest.extract.stories import slugify
from digest.schema import Entry

TEMPLATE = """Write the article's text here, or paste it. Claims are found in the text at build time:
sentences that state a fact about a named model, lab or person ("Gemini 1.5 Pro has a
1 million-token context window") are linked to what other sources say.

## Section heading

More text.
"""


def write_new_entry(out_dir: Path, title: str, publisher: str, url: str | None, day: dt.date) -> Path:
    meta = {"title": title, "date": day, "source": {"publisher": publisher, "url": url}}
    Entry.model_validate(meta)  # raises on a bad URL or empty title
    slug = slugify(title, 80) or "entry"
    path = out_dir / "entries" / f"{slug}.md"
    if path.exists():
        raise FileExistsError(f"{path}: an entry with this title exists; choose another title")
    atomic_write(path, "---\n" + dump_front_matter(meta) + "---\n\n" + TEMPLATE)
    return path
