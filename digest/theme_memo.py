"""While serving: what the theme renders again on every rebuild although its inputs are unchanged.

- **The tags listing.** Material's tags plugin renders the listing of the whole site (every
  entry's title under each of its tags) whenever the tags page is written, that is after any
  entry changed: at 5,000 entries, hundreds of tag trees through Jinja. Each tree's HTML
  depends on what Material's own fragments read of it (the tree's headline, each page's URL and
  title, its subtrees), on the listing page's URL and on the configuration; a tree whose inputs
  are those of the previous rebuild gets the HTML it got then. Only Material's own fragments are
  remembered (a site that overrides one in `custom_dir` may read more of a page), and only
  rendered with the arguments the tags plugin passes.
- **The theme's file list.** MkDocs lists every file of the theme's folders on each build
  (`Files.add_files_from_theme`: Material ships thousands of icons). An installed theme folder,
  outside the project, does not change while serving; its list is kept. A folder of the project
  (`custom_dir`) is listed anew each time.

Plain objects around Jinja's; nothing here runs outside `mkdocs serve --dirty`.
"""

from __future__ import annotations

import os

import jinja2


def _material_fragments() -> str | None:
    try:
        import material
    except ImportError:  # pragma: no cover - the theme is a dependency
        return None
    return os.path.join(os.path.dirname(os.path.abspath(material.__file__)), "templates", "fragments", "tags") + os.sep


class TagFragments:
    """Material's tag fragments (`fragments/tags/*/tag.html` and `listing.html`), each render kept
    by what it reads, across rebuilds. `salt` is what the whole site's configuration is (a change
    there renders every tree again); only the renders of the last rebuild are kept."""

    def __init__(self) -> None:
        self.kept: dict[tuple, str] = {}
        self.used: dict[tuple, str] = {}
        self.hits = 0
        self.renders = 0
        self.splice: bool | None = None      # whether a tree is the same spliced from its items (checked once)
        self.folder = _material_fragments()

    def install(self, env, salt: str) -> None:
        """Wrap this build's theme environment (a new one each rebuild) for the tags plugin."""
        if self.folder is None:
            return
        # the renders of the last rebuild only: a tree gone (an entry's title changed) is dropped
        if self.used:
            self.kept, self.used = self.used, {}
        self.hits = self.renders = 0
        get_template = env.get_template

        def wrapped(name, *args, **kwargs):
            template = get_template(name, *args, **kwargs)
            if (isinstance(name, str) and name.startswith("fragments/tags/")
                    and os.path.abspath(template.filename or "").startswith(self.folder)):
                return _Memo(template, name, salt, self)
            return template

        env.get_template = wrapped


class _Memo:
    def __init__(self, template, name: str, salt: str, memo: TagFragments) -> None:
        self.template, self.name, self.salt, self.memo = template, name, salt, memo

    def render(self, *args, **kwargs) -> str:
        head = None if args else _head(self.name, self.salt, kwargs)
        if head is None:
            return self.template.render(*args, **kwargs)
        # a tree without subtrees from its items (each page's title read once), else the tree whole
        out = self._spliced(head, kwargs) if head[4] == "listing" else None
        if out is not None:
            return out
        return self._kept(_key(head, kwargs), lambda: self.template.render(**kwargs))

    def _kept(self, key: tuple, make) -> str:
        memo = self.memo
        out = memo.used.get(key)
        if out is None:
            out = memo.kept.get(key)
            if out is None:
                out = make()
                memo.renders += 1
            else:
                memo.hits += 1
            memo.used[key] = out
        else:
            memo.hits += 1
        return out

    def _spliced(self, head: tuple, kwargs: dict) -> str | None:
        """A listing tree without subtrees, from its pages' items kept one by one: `listing.html`
        writes the headline and a list, one item per page in order, each item read from that page
        alone. Each item is rendered as the list of a tree of that page alone, cut out of it; the
        first tree of two or more pages spliced in a serve is also rendered whole, and splicing is
        used only if the two are the same."""
        tree, memo = kwargs.get("listing"), self.memo
        if tree is None or memo.splice is False or list(tree) or not tree.mappings:
            return None
        if memo.splice is None and len(tree.mappings) < 2:
            return None

        def alone(mappings: list) -> str:
            return self.template.render(**{**kwargs, "listing": _Tree(tree.content, mappings)})

        shell = self._kept(head + ("shell", tree.content), lambda: alone([]))
        cut = shell.find("<ul>")
        if cut < 0:
            memo.splice = False
            return None
        cut += len("<ul>")
        before, after = shell[:cut], shell[cut:]

        def item(m) -> str:
            whole = alone([m])
            if not (whole.startswith(before) and whole.endswith(after) and len(whole) >= len(shell)):
                return "\0"     # not a list of items: never spliced (see below)
            return whole[cut:len(whole) - len(after)]

        items = [self._kept(head + ("item", m.item.url, m.item.title), lambda m=m: item(m)) for m in tree.mappings]
        if "\0" in items:
            memo.splice = False
            return None
        out = before + "".join(items) + after
        if memo.splice is None:
            whole = self.template.render(**kwargs)
            memo.splice = whole == out
            return whole
        return out

    def __getattr__(self, name):
        return getattr(self.template, name)


class _Tree:
    """A listing tree of some pages and no subtrees, as `listing.html` reads one."""

    def __init__(self, content, mappings: list) -> None:
        self.content, self.mappings = content, mappings

    def __iter__(self):
        return iter(())


def _head(name: str, salt: str, kwargs: dict) -> tuple | None:
    """Which of Material's tag fragments renders what for which page, or None for a call the tags
    plugin does not make."""
    page, base_url = kwargs.get("page"), kwargs.get("base_url")
    if page is None or not isinstance(base_url, str) or "config" not in kwargs:
        return None
    if set(kwargs) == {"config", "page", "base_url", "tag"} and name.endswith("/tag.html"):
        return (name, salt, page.url, base_url, "tag")
    if set(kwargs) == {"config", "page", "base_url", "listing"} and name.endswith("/listing.html"):
        return (name, salt, page.url, base_url, "listing")
    return None


def _key(head: tuple, kwargs: dict) -> tuple:
    """What the fragment reads: the tag's name and whether it is hidden, or the whole tree."""
    if head[4] == "tag":
        tag = kwargs["tag"]
        return head + (str(tag.name), bool(tag.hidden))
    return head + (_tree(kwargs["listing"]),)


def _tree(tree) -> tuple:
    """A listing tree as `listing.html` reads it: its headline, its pages' URLs and titles, its subtrees."""
    return (tree.content, tuple((m.item.url, m.item.title) for m in tree.mappings), tuple(_tree(t) for t in tree))


class ThemeListing:
    """The file lists of the theme's installed folders, kept across rebuilds (see the module's doc)."""

    def __init__(self) -> None:
        self.lists: dict[tuple, list[str]] = {}

    def install(self, theme) -> None:
        """Wrap `theme.get_env` (a new theme object each rebuild) so that the environment it makes
        lists the installed folders' templates from memory and `custom_dir` anew."""
        get_env = theme.get_env
        dirs = [os.path.abspath(d) for d in theme.dirs]
        own = os.path.abspath(theme.custom_dir) if theme.custom_dir else None
        lists = self.lists

        def wrapped_env():
            env = get_env()
            loader = env.loader
            if (type(loader) is not jinja2.FileSystemLoader
                    or [os.path.abspath(p) for p in loader.searchpath] != dirs):
                return env

            def listed():
                # FileSystemLoader.list_templates over all its folders: the sorted union of each one's
                found: set[str] = set()
                for d in dirs:
                    key = (d, loader.followlinks)
                    names = lists.get(key) if d != own else None
                    if names is None:
                        names = jinja2.FileSystemLoader(d, followlinks=loader.followlinks).list_templates()
                        if d != own:
                            lists[key] = names
                    found.update(names)
                return sorted(found)

            loader.list_templates = listed
            return env

        theme.get_env = wrapped_env
