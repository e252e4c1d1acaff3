"""Jinja fragments for the digest's blocks (panel, claims, matrix, timeline).

They live in the theme, `fragments/digest/*.html` under `site_config/overrides/`, as Material's
tags plugin keeps `fragments/tags/*.html`: a site changes their HTML with its own `custom_dir`,
no Python. Rendered with autoescape on, so every piece of source text is escaped.
"""

from __future__ import annotations

from pathlib import Path

import jinja2

THEME_DIR = Path(__file__).resolve().parents[2] / "site_config" / "overrides"
NAMES = ("panel", "claims", "matrix", "timeline")


class Fragments:
    """The four fragments, compiled once per build."""

    def __init__(self, loader: jinja2.BaseLoader | None = None):
        # The project's fragments stay behind the site's own: a custom_dir overrides one at a time.
        default = jinja2.FileSystemLoader(str(THEME_DIR))
        env = jinja2.Environment(loader=jinja2.ChoiceLoader([loader, default]) if loader else default,
                                 autoescape=True, auto_reload=False, keep_trailing_newline=False)
        self.templates = {name: env.get_template(f"fragments/digest/{name}.html") for name in NAMES}

    def render(self, name: str, **context) -> str:
        return self.templates[name].render(**context).strip()


_default: Fragments | None = None


def default_fragments() -> Fragments:
    """The project's own fragments, for the core used without MkDocs (tests, benchmarks)."""
    global _default
    if _default is None:
        _default = Fragments()
    return _default


def fragments_of(site) -> Fragments:
    """The fragments a build renders with: the theme's, set by the plugin, else the project's."""
    return getattr(site, "fragments", None) or default_fragments()
