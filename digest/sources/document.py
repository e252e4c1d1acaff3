"""The plain record every reader produces: text plus whatever metadata the format carried."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Document:
    """One article read from a raw input, before cleaning and extraction."""

    path: str                    # the input path as given on the command line
    text: str                    # page text (dumps) or Markdown (HTML pages, feed items)
    is_markdown: bool = False    # True when `text` is already Markdown from a structured format
    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    date: str | None = None      # ISO date when the format states one
    url: str | None = None
    language: str | None = None
    item_id: str | None = None   # a feed item's guid or link: its identity across re-runs
    extra: dict = field(default_factory=dict)
