"""Jinja fragments for the digest's blocks (panel and its items, claims, matrix, timeline).

They live in the theme, `fragments/digest/*.html` under `site_config/overrides/`, as Material's
tags plugin keeps `fragments/tags/*.html`: a site changes their HTML with its own `custom_dir`,
no Python. Rendered with autoescape on, so every piece of source text is escaped.
"""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

import jinja2
from markupsafe import Markup

THEME_DIR = Path(__file__).resolve().parents[2] / "site_config" / "overrides"
NAMES = ("panel", "panel_item", "claims", "matrix", "timeline")


class Fragments:
    """The four fragments, compiled once per build."""

    def __init__(self, loader: jinja2.BaseLoader | None = None, bytecode_cache: jinja2.BytecodeCache | None = None):
        # The project's fragments stay behind the site's own: a custom_dir overrides one at a time.
        default = jinja2.FileSystemLoader(str(THEME_DIR))
        env = jinja2.Environment(loader=jinja2.ChoiceLoader([loader, default]) if loader else default,
                                 autoescape=True, auto_reload=False, keep_trailing_newline=False,
                                 bytecode_cache=bytecode_cache)
        self.templates = {name: env.get_template(f"fragments/digest/{name}.html") for name in NAMES}

        self._stamps: dict[tuple, list[str]] = {}

    def render(self, name: str, **context) -> str:
        return self.templates[name].render(**context).strip()

    def stamp(self, name: str, fixed: dict, **values) -> str:
        """`render` for a fragment drawn thousands of times (a panel per claim): rendered once per
        `fixed` context with a stand-in for each of `values`, which are then put in, escaped
        (Markup as is). A fragment prints such values; it does not transform them."""
        key = (name, tuple(sorted(fixed.items())), tuple(sorted(values)))
        parts = self._stamps.get(key)
        if parts is None:
            context = {slot: Markup(f"\ue000{slot}\ue001") for slot in values}
            context.update(fixed)
            parts = self._stamps[key] = _STAND_IN.split(self.render(name, **context))
        out = []
        for i, part in enumerate(parts):
            if i % 2:
                v = values[part]
                out.append(v if isinstance(v, Markup) else escape(str(v)))
            else:
                out.append(part)
        return "".join(out)


_STAND_IN = re.compile("\ue000(\\w+)\ue001")


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
