"""What generated pages and page additions contain, as Markdown text (no MkDocs here)."""
