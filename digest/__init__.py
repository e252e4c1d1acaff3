"""AI news digest: convert raw source dumps into cross-referenced Markdown entries and a MkDocs site."""

__version__ = "0.1.0"
