"""The `digest` MkDocs plugin: a thin shell over the core.

The build, in order: parse and check entries as `digest check` does (cached across `mkdocs
serve` rebuilds and, in `.cache/digest/`, across builds; many at once in worker processes; a
rejected entry is reported and left out) -> link claims and decide each
question's verdict -> add story, entity, week, timeline, conflict and undated pages (their large
blocks are HTML from the theme's fragments, put in after Markdown) -> add attribution, timeline
and comparison to entry pages -> sanitise entry HTML -> let search read each entry with its
claims as plain paragraphs -> put in the claims with their cross-reference panels -> write
claims.json -> turn Material's search index into a Pagefind bundle (digest/search_bundle.py; with
`mkdocs build`, search reads every page once all are rendered, and Pagefind indexes them in a
thread while MkDocs writes them).
Under `mkdocs serve --dirty`, MkDocs writes only the pages whose inputs changed (digest.rebuild
decides which); the claim graph is linked again only in the parts a change reaches
(digest.link.parts), generated pages are drawn again only when what they show changed
(digest.pageplan), and the search index, feeds and tags keep the other pages' items.
"""

from __future__ import annotations

import copy
import hashlib
import html
import json
import logging
import os
import re
import shutil
import sys
import threading
from collections.abc import Mapping
from pathlib import Path

import jinja2
from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.toc import get_toc
from mkdocs.utils.meta import YAML_RE

from digest import pageplan, rebuild
from digest.config import Knowledge, load_knowledge
from digest.pages import entry as entry_pages
from digest.pages import story as story_pages, weekly
from digest.pages.compare import comparison_table
from digest.pages.fragments import Fragments
from digest.pages.links import Links, PageParts, fill as fill_slots, is_unsearched
from digest.forked import ForkedJobs
from digest.parsecache import BLOCKS, RENDERS, ParseCache, package_version
from digest.perf import IdleCollector, gc_paused, no_collection_at_exit
from digest.watching import use_file_events
from digest.sanitize import sanitize, theme_safe_meta
from digest.theme_memo import TagFragments, ThemeListing
from digest import search_bundle, site_folder
from digest.sitebuild import (checked_entries, claim_row, claim_urls, fill_stories, generated_pages,
                              warm_extractor)
from digest.link.parts import LinkedParts
from digest.sitedata import EntryInfo, SiteData, attribute_family, build_site_data, claim_uid

log = get_plugin_logger(__name__)
HOME_MARKER = "<!-- digest:stories -->"


def _spaced_cells(html_text: str) -> str:
    """Search joins the text of adjacent table cells ("open sourceMIT"): a space keeps them words."""
    return html_text.replace("</td>", " </td>").replace("</th>", " </th>") if html_text else html_text


class DigestConfig(Config):
    entries_dir = c.Type(str, default="entries")
    """Folder under docs_dir that holds one Markdown file per source article."""
    config_dir = c.Optional(c.Type(str))
    """Folder with entities.yml, attributes.yml and sources.yml (default: site_config beside mkdocs.yml)."""
    max_related = c.Type(int, default=20)
    """How many related claims each claim keeps in its panel and in claims.json."""
    sanitize_entries = c.Type(bool, default=True)
    """Pass entry pages' HTML through an allow-list (nh3) after Markdown."""
    search_full_text = c.Type(int, default=1000)
    """Entries' whole text (and their claims' quotes) go into the search index while the digest
    holds at most this many entries; above that, search reads an entry's lede and what its claims
    state, so that the index (which the browser loads whole on the first search) stays a few MB."""
    search = c.Choice(("pagefind", "material"), default="pagefind")
    """`pagefind`: after the build, Material's search index becomes a Pagefind bundle that the
    browser loads in fragments per query, and Material's search box asks it through the theme's
    worker (a first search downloads about 0.2 MB at 5,000 entries instead of a 6 MB index). While
    serving, and with `material`, Material's own index and worker."""
    jobs = c.Type(int, default=0)
    """Processes a `mkdocs build` uses when it finds many entries it has not parsed, rendered or
    drawn the claims of (a first build, or a new knowledge or code): 0 is one per core (at most 8),
    1 does everything in the build's own process. Parsing gives each process 16 entries or more
    (`_workers`, `sitebuild.checked_entries`); renders and claims blocks go to forked processes,
    one for every 64 to make, while the build renders the first part itself (`on_nav`)."""
    file_events = c.Type(bool, default=True)
    """`mkdocs serve` sees saves through the system's file events (inotify, FSEvents,
    ReadDirectoryChangesW) as they happen, instead of MkDocs' polling every half second; `false`
    keeps the polling (folders on network drives, some containers, report no events)."""


# renders, generated pages and claims blocks to make, in all, for each process forked for them
# (each takes a few milliseconds)
_FORK_AT_LEAST = 64


class DigestPlugin(BasePlugin[DigestConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        super().__init__()
        # The plugin's whole state. Kept across `mkdocs serve` rebuilds (on_startup keeps this
        # instance): parsed entries by path, with the file's stamp and its problems.
        self.cache: dict[str, tuple[tuple, EntryInfo | None, list[str]]] = {}
        # Across `mkdocs build` runs: entries that passed every check, by content (digest.parsecache).
        self.disk_cache: ParseCache | None = None
        self.serving = False
        self.collector: IdleCollector | None = None     # while serving: collections between rebuilds
        self.warmed = False                             # while serving: the extractor read a sample entry
        # Set in on_config: the editable knowledge and the project root.
        self.knowledge = Knowledge()
        self.family_of = attribute_family(self.knowledge)
        self.root = Path(".")
        self.fragments: Fragments | None = None          # the theme's Jinja fragments
        # Rebuilt in on_files on every build.
        self.infos: dict[str, EntryInfo] = {}           # entry src -> its parsed entry
        self.site: SiteData | None = None               # linked claims, questions, stories
        self.links = Links()
        self.links_for: tuple = ()                      # (docs_dir, site_dir, use_directory_urls) of self.links
        self.parts: dict[str, dict[str, str]] = {}      # page src -> slot name -> HTML
        self.parsed_count = 0                           # entries parsed this build (not cached)
        self.parsed_now: set[str] = set()               # their srcs
        self.ahead: ForkedJobs | None = None            # mkdocs build: renders, pages and claims blocks made in other processes
        self.render_sink: dict | None = None            # in such a process: the renders it made
        # Per page, between events.
        self.handed_meta: set[str] = set()              # entries whose front matter was handed over
        self.full_content: dict[str, str] = {}          # page src -> its HTML while search reads a view
        # Dirty rebuilds while serving (`mkdocs serve --dirty`): what the previous build wrote.
        self.dirty = False
        self.built_key = ""                             # mkdocs.yml and site_config as last built
        self.marked_key = ""                            # the same, when pages were last fingerprinted
        self.tokens = pageplan.Tokens()                 # a digest of each parsed entry
        self.generated: dict[str, tuple] = {}           # page src -> (inputs, PageParts, output fingerprint)
        self.rendered: set[str] = set()                 # generated pages rendered by this build
        # mkdocs build: generated pages drawn when MkDocs reads them, by a forked process when one
        # was made (`on_nav`), and what goes into the parse cache's folder once all are drawn
        self.pages_later: dict[str, pageplan.PlannedPage] = {}
        self.pages_kept: dict[str, tuple] | None = None
        self.pages_key: bytes | None = None
        self.relinked = 0                               # claims this build linked again
        self.relinked_since: set[str] | None = None     # entries relinked since the last entry prints
        self.tables = pageplan.Tables()                 # the conflicts page's tables, by their questions
        self.page_memo: dict[str, dict] = {}            # questions' and entities' digests, what they were made of
        self.stamps: dict[str, tuple] = {}              # entry src -> its file's (mtime, size)
        self.entry_prints: dict[str, rebuild.EntryPrint] = {}  # entry src -> its page's fingerprint
        self.fingerprints: dict[str, str] = {}          # page src -> fingerprint of its inputs
        self.dest_of: dict[str, str] = {}               # page src -> its output file
        self.rebuilt: set[str] = set()                  # page srcs this build writes
        self.order: list[tuple[str, str, str | None]] = []  # (src, url, abs source) in build order
        self.kept: dict[tuple, dict] = {}               # site-wide outputs per page: search, feed, tags
        self.feed_mark: dict[int, int] = {}             # feed plugin -> its pages before this build
        self.config_dir = Path("site_config")
        self.templates = _CompiledTemplates()
        self.fragment_code = _CompiledTemplates()       # the digest's fragments, compiled (an autoescaping env)
        self.entry_lines: dict[str, tuple] = {}         # entry src -> its claims.json lines and what they were made of
        self.claims_written: list[bytes] = []             # claims.json's lines as last written while serving
        self.claims_writer: _FileWriter | None = None    # while serving: claims.json being written
        self.renders: dict[str, tuple] = {}              # while serving: entry src -> its Markdown as HTML
        self.reuse_renders = False                      # while serving, with Markdown extensions known to read only the page
        self.entry_keys: dict[str, bytes] = {}          # mkdocs build: entry src -> the parse cache's key of its bytes
        self.settings_key: str | None = None            # mkdocs build: the settings what is kept on disk is made under
        self.renders_reused: set[str] = set()           # entries this build did not put through Markdown
        self.claim_lines: dict[str, list[bytes]] = {}    # mkdocs build: entry src -> its claims.json lines
        self.claim_urls: dict[str, str] | None = None    # mkdocs build: claim uid -> its URL
        self.claim_refs: dict[str, list] = {}            # mkdocs build: entry src -> its linked claims
        self.search_stored: dict[str, list] = {}         # mkdocs build: page src -> its kept search items
        self.search_pending: dict[str, tuple] = {}       # mkdocs build: page src -> (key, index lengths before)
        self.link_lookups: dict[str, tuple] = {}        # while serving: entry src -> the files its links found
        self.page_srcs: set[str] = set()                # the pages of the last dirty build
        self.search_seen: dict[str, tuple] = {}          # page src -> what search last read of it
        self.search_kept: set[str] = set()              # pages rebuilt whose search items are kept
        self.search_meta: dict[str, object] = {}        # their `search` front matter, put back after search
        self.searched_ahead: set[str] = set()           # mkdocs build: pages search read before they were written
        self.bundle_job: search_bundle.BundleJob | None = None  # mkdocs build: Pagefind indexing them meanwhile
        self.bundle_previous: Path | None = None      # mkdocs build: the last bundle, set aside with the site
        self.site_home: Path | None = None            # mkdocs build: the site folder
        self.site_aside: Path | None = None           # the last site, set aside there (on_pre_build)
        self.site_kept: list[str] = []                # its files moved back, to be written over (on_env)
        self.tag_fragments = TagFragments()             # while serving: the tags listing's trees as last rendered
        self.theme_listing = ThemeListing()             # while serving: the installed theme's file list

    def on_startup(self, *, command, dirty) -> None:
        # Defining on_startup keeps this instance across `mkdocs serve` rebuilds, so the cache
        # of parsed entries survives and a rebuild re-reads only files that changed.
        self.serving = command == "serve"
        # with --dirty, MkDocs rebuilds only files it counts as modified: this plugin decides
        self.dirty = dirty
        self.collector = IdleCollector() if self.serving else None
        no_collection_at_exit()

    def on_serve(self, server, *, config, builder):
        if self.config.file_events:
            why = use_file_events(server)
            if why:
                log.info(f"watching for changes by polling: {why}")
        return server

    def on_shutdown(self) -> None:
        if self.collector is not None:
            self.collector.stop()
        if self.disk_cache is not None:
            self.disk_cache.close()

    def on_build_error(self, *, error) -> None:
        if self.ahead is not None:
            self.ahead.stop()
            self.ahead = None
        if self.bundle_job is not None:        # Pagefind started on pages this build never wrote
            self.bundle_job.wait()
            self.bundle_job = None
        if self.site_aside is not None:        # what is still aside goes back: the last search bundle, or all
            site_folder.put_back(self.site_aside, self.site_home)
            self.site_aside, self.site_kept, self.bundle_previous = None, [], None
        if self.disk_cache is not None:
            self.disk_cache.close()
        if self.claims_writer is not None:
            self.claims_writer.wait(raise_error=False)
            self.claims_writer = None
        if self.collector is not None:
            self.collector.build_done()

    def on_config(self, config):
        if self.collector is not None:
            self.collector.build_started()
        root = Path(config.config_file_path or ".").resolve().parent
        cfg = Path(self.config.config_dir) if self.config.config_dir else root / "site_config"
        self.knowledge = load_knowledge(str(cfg if cfg.is_absolute() else root / cfg))
        self.family_of = attribute_family(self.knowledge)
        self.root = root
        self._choose_search(config)
        self.reuse_renders = self.serving and self.dirty and _page_only(config)
        self.config_dir = cfg if cfg.is_absolute() else root / cfg
        if self.serving and self.dirty:
            self.theme_listing.install(config.theme)
        # the theme's loader (custom_dir first): a site overrides a fragment without Python
        try:
            # while serving, compiled once (kept by each template's checksum), as the theme's are
            self.fragments = Fragments(config.theme.get_env().loader, self.fragment_code if self.serving else None)
        except jinja2.TemplateSyntaxError as err:
            raise PluginError(f"{err.filename}:{err.lineno}: {err.message}; fix the fragment's Jinja") from None
        return config

    @event_priority(-100)   # last: MkDocs empties the site folder right after (without --dirty)
    def on_pre_build(self, *, config) -> None:
        # `mkdocs build`: the last site is moved out of MkDocs' way, its files to be written over
        # rather than deleted and made again (`site_folder`), and the last Pagefind bundle to be
        # brought up to date (put back if the build fails)
        self.bundle_previous, self.site_aside, self.site_kept = None, None, []
        if self.dirty or self.serving:
            return
        site = Path(config.site_dir).resolve()
        self.site_home = site
        place = self._disk_cache().base / f"site-{hashlib.sha256(str(site).encode()).hexdigest()[:16]}"
        self.site_aside = site_folder.set_aside(site, place)
        bundle = place / search_bundle.BUNDLE_DIR
        if self._pagefind(config) and self.site_aside is not None and bundle.is_dir() and not bundle.is_symlink():
            self.bundle_previous = bundle

    @event_priority(1000)   # before any other handler: MkDocs writes the static files right after
    def _move_site_back(self, env, *, config, files):
        """The last site's files that this build writes again (its pages, static files and the
        theme's templates) moved back to be written over; every other one deleted (`site_folder`)."""
        if self.site_aside is None:
            return env
        place, site = self.site_aside, self.site_home
        if not site_folder.cleaned(site):       # MkDocs did not empty the folder (a dirty build)
            site_folder.put_back(place, site)
            self.site_aside, self.bundle_previous = None, None
            return env
        inside = os.path.join(str(site), "")
        # not a file some plugin wrote into the site itself: MkDocs leaves that one as it is
        keep = {f.dest_uri for f in files
                if f.inclusion.is_included() and not os.path.abspath(f.abs_src_path or "/").startswith(inside)}
        keep |= set(config.theme.static_templates) | set(config.extra_templates)
        if "sitemap.xml" in keep:
            keep.add("sitemap.xml.gz")
        leave = frozenset({search_bundle.BUNDLE_DIR}) if self.bundle_previous is not None else frozenset()
        try:
            self.site_kept = site_folder.move_back(place, site, keep, leave)
        except OSError as err:
            raise PluginError(f"{site}: could not move the last build's files back from {place} ({err}); "
                              "check that both folders can be written, and build again") from None
        return env

    def on_files(self, files: Files, *, config) -> Files:
        with gc_paused():
            files = self._add_files(files, config)
            if self.serving:
                self._note_pages(files, config)
            if self.dirty:
                self._mark_modified(files, config)
                if self.serving:
                    self._start_claims_json(config)
            return files

    def _add_files(self, files: Files, config) -> Files:
        self.renders_reused = set()
        self.pages_later, self.pages_kept, self.pages_key = {}, None, None
        self.entry_keys, self.settings_key = {}, None
        self.claim_lines, self.claim_urls = {}, None
        self.search_stored, self.search_pending = {}, {}
        self.handed_meta.clear()
        self.full_content.clear()
        prefix = self.config.entries_dir.strip("/") + "/"
        infos: list[EntryInfo] = []
        self.stamps = {}
        self.parsed_count = 0
        self.parsed_now = set()
        seen = set()
        broken = []
        found: list[tuple[File, tuple | None]] = []
        pending: list[tuple] = []
        for f in files.documentation_pages():
            if not f.src_uri.startswith(prefix):
                continue
            seen.add(f.abs_src_path)
            found.append((f, self._known_entry(f, pending)))
        parsed = self._parse_entries(pending)
        for f, known in found:
            info, problems = known or parsed[f.src_uri]
            for p in problems:
                log.warning(p)
            if info is not None:
                infos.append(info)
                self.stamps[f.src_uri] = self.cache[f.abs_src_path][0]
            else:
                broken.append((f, problems))
        # An entry that failed validation was reported above; MkDocs and other plugins must not
        # read it again (a non-UTF-8 file or a YAML alias bomb would crash or hang them). While
        # serving, its page says what is wrong instead of a 404.
        for f, problems in broken:
            files.remove(f)
            if self.serving:
                files.append(File.generated(config, f.src_uri, content=entry_pages.broken_page(problems)))
        for stale in set(self.cache) - seen:
            del self.cache[stale]
        fill_stories(infos, self.knowledge)
        self.infos = {i.src: i for i in infos}
        key = self._built_key(config) if self.dirty else ""
        same = self.dirty and key == self.built_key
        self.built_key = key
        self.relinked = 0
        unchanged = same and self.site is not None and _same_entries(self.site.entries, infos)
        if unchanged:
            pass  # no entry changed (the watcher's second event, a theme change): the claim graph stands
        elif self.dirty:
            # only the parts of the claim graph a change reaches are linked again
            kept = self.site.linked if same and self.site is not None else None
            self.site = build_site_data(infos, self.knowledge, limit=self.config.max_related,
                                        parts=kept or LinkedParts())
            self.relinked = self.site.linked.relinked
            # the entries whose linked claims are new objects since the entry pages were last
            # fingerprinted (None: not known, every entry's claims are looked up)
            if kept is None or self.relinked_since is None:
                self.relinked_since = None if kept is None else set(self.site.linked.relinked_entries)
            else:
                self.relinked_since |= self.site.linked.relinked_entries
        else:
            self.site = build_site_data(infos, self.knowledge, limit=self.config.max_related)
        self.site.fragments = self.fragments
        docs, out, dir_urls = config.docs_dir, config.site_dir, config.use_directory_urls
        if not (same and self.links_for == (docs, out, dir_urls)):
            # while serving, kept across rebuilds: a page's URL and the links between two pages do not change
            self.links = Links(lambda src: File(src, docs, out, dir_urls).url)
            self.links_for = (docs, out, dir_urls)
        self.parts: dict[str, dict[str, str]] = {}
        if self.dirty and unchanged and self.generated:
            pages, self.rendered = [page for _, page, _ in self.generated.values()], set()
        elif self.dirty:
            pages = self._changed_generated_pages(infos, same)
        elif not self.serving and self._disk_cache() is not None:
            pages = self._kept_generated_pages(config)
        else:
            pages = generated_pages(self.site, self.links)
        for page in pages:
            existing = files.get_file_from_path(page.src)
            if existing is not None:
                files.remove(existing)
            files.append(File.generated(config, page.src, content=page.markdown))
            self.parts[page.src] = page.html
        return files

    def _changed_generated_pages(self, infos: list[EntryInfo], same_config: bool) -> list:
        """Generated pages while serving: only those whose inputs changed are rendered again
        (digest.pageplan); each keeps the fingerprint of its output for `_mark_modified`."""
        self.tokens.keep_only(infos)
        if not same_config:
            self.tables, self.page_memo = pageplan.Tables(), {}
        plan = pageplan.planned_pages(self.site, self.links, self.tokens, self.tables, self.page_memo)
        previous = {src: (inputs, page) for src, (inputs, page, _) in self.generated.items()} if same_config else {}
        pages, rendered = pageplan.render_changed(plan, previous)
        pageplan.keep_summaries(self.site, self.page_memo)
        self.rendered = rendered
        kept = self.generated if same_config else {}
        self.generated = {}
        for planned, page in zip(plan, pages):
            printed = (kept[page.src][2] if page.src not in rendered
                       else rebuild.page_fingerprint(page.markdown, page.html))
            self.generated[page.src] = (planned.inputs, page, printed)
        return pages

    def _settings(self, config) -> str:
        """What everything a `mkdocs build` keeps on disk is made under: the settings as MkDocs
        resolved them (command-line options, `!ENV` and `INHERIT` included), this plugin's options,
        `site_config/` and the theme's overrides by content, and the versions of the libraries that
        render pages. Once per build, after every plugin's on_config."""
        if self.settings_key is None:
            self.settings_key = _settings_key(config, self.config, self.config_dir)
        return self.settings_key

    def _kept_generated_pages(self, config) -> list:
        """`mkdocs build`: the generated pages the last build stored in the parse cache's folder,
        each drawn again only when what it shows changed (digest.pageplan, as while serving), under
        the same settings (`_settings`). With processes to spare (`_pages_later`), a page to draw
        is drawn when MkDocs reads it (`_draw_later`), by a process forked at `on_nav` if any."""
        disk = self._disk_cache()
        key = self._settings(config).encode()
        plan = pageplan.planned_pages(self.site, self.links, self.tokens)
        previous = disk.get_pages(key)
        if not _pages_later(config, self):
            pages, self.rendered = pageplan.render_changed(plan, previous or {})
            if previous is None or self.rendered or len(previous) != len(plan):
                disk.put_pages(key, {page.src: (planned.inputs, page) for planned, page in zip(plan, pages)})
            return pages
        # each page to draw gets its Markdown when MkDocs reads it (`_draw_later`): meanwhile the
        # build goes on, and a process forked at `on_nav` may draw it
        pages, self.rendered = [], set()
        self.pages_kept = {}
        for planned in plan:
            hit = (previous or {}).get(planned.src)
            if hit is not None and hit[0] == planned.inputs:
                pages.append(hit[1])
                self.pages_kept[planned.src] = hit
            else:
                pages.append(PageParts(planned.src, "", {}))
                self.pages_later[planned.src] = planned
                self.rendered.add(planned.src)
        self.pages_key = key if previous is None or self.rendered or len(previous) != len(plan) else None
        self._keep_drawn_pages()
        return pages

    def _draw_later(self, page) -> None:
        """A generated page left to draw (`_kept_generated_pages`), as MkDocs is about to read it:
        drawn by a forked process (from the claim graph this build made) or here; once every such
        page is drawn, all are kept for the next build."""
        planned = self.pages_later.pop(page.file.src_uri, None)
        if planned is None:
            return
        made = self.ahead.get(("page", planned.src)) if self.ahead is not None else None
        parts = made if isinstance(made, PageParts) and made.src == planned.src else planned.render()
        page.file.content_string = parts.markdown
        self.parts[planned.src] = parts.html
        if self.pages_kept is not None:
            self.pages_kept[planned.src] = (planned.inputs, parts)
            self._keep_drawn_pages()

    def _keep_drawn_pages(self) -> None:
        """Once no generated page is left to draw, and some changed: all kept for the next build."""
        if not self.pages_later and self.pages_key is not None and self.pages_kept is not None:
            self._disk_cache().put_pages(self.pages_key, self.pages_kept)
            self.pages_kept = None

    def _known_entry(self, f: File, pending: list[tuple]) -> tuple[EntryInfo | None, list[str]] | None:
        """An entry as this process last read it (same file stamp), or as a build stored it (same
        bytes, knowledge and code); None when it must be parsed, noted in `pending`."""
        st = os.stat(f.abs_src_path)
        stamp = (st.st_mtime_ns, st.st_size)
        hit = self.cache.get(f.abs_src_path)
        if hit and hit[0] == stamp:
            return hit[1], hit[2]
        shown = os.path.relpath(f.abs_src_path, self.root)
        try:
            data = Path(f.abs_src_path).read_bytes()
        except OSError:
            data = None
        disk = self._disk_cache()
        key = disk.key(data, f.src_uri, shown) if disk is not None and data is not None else None
        if key is not None:
            self.entry_keys[f.src_uri] = key
            info = disk.get(f.src_uri, key)
            if info is not None:
                self.cache[f.abs_src_path] = (stamp, info, [])
                return info, []
        pending.append((f, stamp, data, key, shown))
        return None

    def _parse_entries(self, pending: list[tuple]) -> dict[str, tuple[EntryInfo | None, list[str]]]:
        """The same checks as `digest check`: an entry a check rejects is reported and not
        published. `mkdocs build` parses many entries (a first build) in worker processes."""
        out = {}
        items = [(f.abs_src_path, data, shown, f.src_uri) for f, _, data, _, shown in pending]
        disk = self._disk_cache()
        for (f, stamp, _, key, _), (info, problems) in zip(pending, checked_entries(items, self.knowledge,
                                                                                    self._workers())):
            self.parsed_count += 1
            self.parsed_now.add(f.src_uri)
            if key is not None and disk is not None and info is not None and not problems:
                disk.put(f.src_uri, key, info)
            self.cache[f.abs_src_path] = (stamp, info, problems)
            out[f.src_uri] = (info, problems)
        return out

    def _workers(self) -> int:
        """Processes that parse entries, or render them and draw their claims (this one and
        forked ones): `jobs` (0: one per core, at most 8) for `mkdocs build`. One while serving,
        and whenever the process has other threads (`mkdocs serve --clean` tells plugins it
        builds): a rebuild parses a few entries, and threads must not be forked. Processes are
        forked on Linux only (macOS's system libraries are not safe to fork)."""
        if self.serving or threading.active_count() > 1 or not sys.platform.startswith("linux"):
            return 1
        if self.config.jobs > 0:
            return self.config.jobs
        return min(8, len(os.sched_getaffinity(0)))

    def _disk_cache(self) -> ParseCache | None:
        """The parse cache of this project and knowledge (made once per build configuration)."""
        cfg = Path(self.config.config_dir) if self.config.config_dir else self.root / "site_config"
        cfg = cfg if cfg.is_absolute() else self.root / cfg
        if self.disk_cache is None or self.disk_cache.made_for != (self.root, cfg, id(self.knowledge)):
            self.disk_cache = ParseCache(self.root, cfg)
            self.disk_cache.made_for = (self.root, cfg, id(self.knowledge))
        return self.disk_cache

    # --- Rebuilds while serving. With `mkdocs serve --dirty`, MkDocs writes only the files that
    # count as modified; the plugin decides which (digest.rebuild), removes the output of pages
    # gone, and gives the search index, the feeds and the tags of pages not rebuilt what the
    # previous build gave them.

    def _note_pages(self, files: Files, config) -> None:
        # a page's URL as search and tags key it (Page.url: the home page's is "", not "./")
        self.order = [(f.src_uri, "" if f.url == "./" else f.url, f.abs_src_path) for f in files.documentation_pages()]
        self.rebuilt = {src for src, _, _ in self.order}
        # the feed plugin keeps every page it ever read while serving (its list starts at on_startup)
        self.feed_mark = {id(p): len(p.pages_to_filter) for p in _plugins_with(config, "pages_to_filter")}
        self.search_kept, self.search_meta = set(), {}
        self.renders = {src: hit for src, hit in self.renders.items() if src in self.rebuilt}
        self.link_lookups = {src: seen for src, seen in self.link_lookups.items() if src in self.rebuilt}
        self.search_seen = {src: seen for src, seen in self.search_seen.items() if src in self.rebuilt}

    def _built_key(self, config) -> str:
        """mkdocs.yml, the knowledge and theme overrides, and whether search reads whole entries:
        when one of them changed since the last build, every page is rebuilt. Stylesheets and
        scripts are not in it: pages link to them, and MkDocs copies a changed one by itself."""
        parts = [str(len(self.infos) <= self.config.search_full_text)]
        if config.config_file_path and os.path.isfile(config.config_file_path):
            parts.append(Path(config.config_file_path).read_text(encoding="utf-8", errors="replace"))
        for _, path in _settings_files(config, self.config_dir):
            if path.suffix.lower() not in (".css", ".js"):
                st = path.stat()
                parts.append(f"{path}:{st.st_mtime_ns}:{st.st_size}")
        return rebuild.digest_of(parts)

    def _mark_modified(self, files: Files, config) -> None:
        key = self.built_key
        previous = self.fingerprints if key == self.marked_key else {}
        current: dict[str, str] = {}
        hand_written = []
        pages = files.documentation_pages()
        stories = self.site.stories
        self.entry_prints = rebuild.entry_prints(
            self.site, self.stamps, lambda e: story_pages.story_src(e.story) if e.story in stories else None,
            # panels name another entry by its outlet (its title when it has no publisher) and show
            # its claims: what `tokens.claims` covers, so that a new headline rewrites only the pages
            # whose panels name that entry by its title
            self.tokens.claims, self.entry_prints if key == self.marked_key else {}, self.relinked_since)
        self.relinked_since = set()
        for f in pages:
            src = f.src_uri
            info = self.infos.get(src)
            if info is not None:
                current[src] = self.entry_prints[src].print
            elif f.generated_by is not None:
                made = self.generated.get(src)
                current[src] = made[2] if made else rebuild.page_fingerprint(f.content_string, self.parts.get(src))
            else:
                hand_written.append(f)
        # the home page and the tags page list the whole site
        whole = rebuild.site_fingerprint(current)
        for f in hand_written:
            st = os.stat(f.abs_src_path)
            current[f.src_uri] = rebuild.digest_of([f"{st.st_mtime_ns}:{st.st_size}", whole])
        modified, gone = rebuild.changed_pages(previous, current)
        # an entry whose Markdown links to a page that came or went since it was rendered (a file's
        # URL follows from its name and mkdocs.yml, which the key covers)
        srcs = set(current)
        came_or_went = srcs ^ self.page_srcs if key == self.marked_key else None
        for src, seen in self.link_lookups.items():
            if (src in current and src not in modified
                    and (came_or_went is None or any(path in came_or_went for path, _ in seen))
                    and any(_look_up(files, path) != found for path, found in seen)):
                modified.add(src)
        self.page_srcs = srcs
        for f in pages:
            if f.src_uri not in modified and not os.path.isfile(f.abs_dest_path):
                modified.add(f.src_uri)
            f.is_modified = _answer(f.src_uri in modified)
        for src in sorted(gone):
            _remove_output(self.dest_of.get(src), config.site_dir)
        self.marked_key, self.fingerprints, self.rebuilt = key, current, modified
        self.dest_of = {f.src_uri: f.abs_dest_path for f in pages}
        log.info(f"digest: rebuilding {len(modified)} of {len(pages)} pages, {len(gone)} removed; "
                 f"{len(self.rendered)} generated pages drawn, {self.relinked} claims linked again")

    def _claim_rows(self) -> list[bytes]:
        """claims.json's lines, encoded, entry by entry: an entry whose linked claims are the same
        objects as last time (linking kept their parts, so their questions too), from the same
        parsed entry in the same story, keeps its lines; else a claim keeps its line while what the
        line says is unchanged: its entry (`tokens`), its question's name and verdict, its relations."""
        urls = None
        by_uid, of = self.site.by_uid, self.site.questions.of
        kept, self.entry_lines = self.entry_lines, {}
        out: list[bytes] = []
        for src, refs in self.site.linked.entry_refs.items():
            if not refs:
                continue
            info, hit = self.infos[src], kept.get(src)
            if (hit is not None and hit[0] is refs and hit[1] is info and hit[2] == info.story
                    and hit[3] == self.built_key):
                self.entry_lines[src] = hit
                out += hit[4]
                continue
            said = hit[5] if hit is not None else {}
            lines, made = [], {}
            for ref in refs:
                q = of[ref.uid]
                key = (self.built_key, self.tokens(by_uid[ref.uid][0]), q.name, q.verdict, tuple(ref.relations))
                line = said.get(ref.uid)
                if line is None or line[0] != key:
                    urls = urls or claim_urls(self.site, self.links.url)
                    line = (key, json.dumps(claim_row(self.site, ref, urls), ensure_ascii=False,
                                            default=str).encode("utf-8"))
                made[ref.uid] = line
                lines.append(line[1])
            self.entry_lines[src] = (refs, info, info.story, self.built_key, lines, made)
            out += lines
        return out

    @event_priority(110)  # before the tags plugin (100) lists every page's tags
    def _serve_env(self, env, *, config, files):
        if self.dirty and self.serving:
            # each rebuild makes a new theme environment: compile its templates once per serve
            env.bytecode_cache = self.templates
            # the tags plugin (next) renders its listing of the whole site: trees as they were keep their HTML
            self.tag_fragments.install(env, self.built_key)
            urls = [url for _, url, _ in self.order]
            rebuilt = {url for src, url, _ in self.order if src in self.rebuilt}
            for plugin in _plugins_with(config, "mappings"):
                data = getattr(plugin.mappings, "data", None)
                if isinstance(data, dict):
                    kept = rebuild.carry_over(urls, rebuilt, {u: [m] for u, m in data.items()},
                                              self.kept.get(("tags", id(plugin)), {}))
                    self.kept[("tags", id(plugin))] = kept
                    plugin.mappings.data = {u: ms[0] for u, ms in kept.items()}
        return env

    # After the tags plugin (100) has put its listings in their pages: every page is rendered.
    @event_priority(-100)
    def _search_ahead(self, env, *, config, files):
        """`mkdocs build` with the Pagefind bundle: each page is read for search now, as search would
        read it while MkDocs writes it (its title escaped, its search view, Material's own reader,
        kept items reused), in MkDocs' order, and Pagefind starts on the whole index in a thread
        while MkDocs renders the pages' templates and writes them (`search_bundle.BundleJob`).
        At `on_page_context` search then skips these pages. Only when nothing else that runs
        before search at `on_page_context` could change what it reads (`_search_reads_ahead`)."""
        self.searched_ahead = set()
        self.bundle_job = None
        plugins = _material_search(config)
        if (not self._pagefind(config) or self.dirty or len(plugins) != 1 or not plugins[0].config.enabled
                or not _search_reads_ahead(config, self, plugins[0])):
            return env
        search = plugins[0]
        for f in files.documentation_pages(inclusion=InclusionLevel.is_included):
            page = f.page
            if page is None:
                continue
            self._escape_title(None, page=page, config=config, nav=None)
            self._search_view(None, page=page, config=config, nav=None)
            search.on_page_context(None, page=page, config=config, nav=None)
            self._after_search(page, config)
            self.searched_ahead.add(f.src_uri)
        docs = json.loads(json.dumps(search.search_index.entries, separators=(",", ":"), default=str))
        self.bundle_job = search_bundle.BundleJob(docs, Path(config.site_dir) / search_bundle.BUNDLE_DIR,
                                                  self._disk_cache(), self.bundle_previous)
        return env

    on_env = CombinedEvent(_move_site_back, _serve_env, _search_ahead)

    @event_priority(50)  # before search and the feed plugin write what they gathered
    def _carry_over(self, *, config) -> None:
        if not self.serving:
            return
        urls = [url for _, url, _ in self.order]
        # pages whose search view was what search read last time keep their items (_keep_search_items)
        rebuilt = {url for src, url, _ in self.order if src in self.rebuilt and src not in self.search_kept}
        for plugin in _plugins_with(config, "search_index"):
            index = plugin.search_index
            if not isinstance(getattr(index, "entries", None), list):
                continue
            fresh = rebuild.group_by(index.entries, lambda e: e["location"].split("#", 1)[0])
            kept = rebuild.carry_over(urls, rebuilt, fresh, self.kept.get(("search", id(plugin)), {}))
            self.kept[("search", id(plugin))] = kept
            index.entries = [e for items in kept.values() for e in items]
            # its own merge assumes one page per rebuild; the index is whole already
            plugin.search_index_prev = None
        sources = [path for _, _, path in self.order if path]
        built = {path for src, _, path in self.order if path and src in self.rebuilt}
        for plugin in _plugins_with(config, "pages_to_filter"):
            fresh = rebuild.group_by(plugin.pages_to_filter[self.feed_mark.get(id(plugin), 0):],
                                     lambda p: str(p.abs_path))
            kept = rebuild.carry_over(sources, built, fresh, self.kept.get(("feed", id(plugin)), {}))
            self.kept[("feed", id(plugin))] = kept
            plugin.pages_to_filter = [p for items in kept.values() for p in items[-1:]]

    # MkDocs would parse each entry's front matter again: hand it the body and, before any other
    # plugin reads page.meta, the front matter this plugin has already read and validated.
    def on_page_read_source(self, *, page, config) -> str | None:
        if self.pages_later:
            self._draw_later(page)
        info = self.infos.get(page.file.src_uri)
        if info is None or info.meta is None:
            return None
        source = page.file.content_string
        m = YAML_RE.match(source)
        if m is None:
            return None
        self.handed_meta.add(page.file.src_uri)
        return "---\n{}\n---\n" + source[m.end():]

    @event_priority(1000)
    def _restore_meta(self, markdown: str, *, page, config, files) -> str:
        src = page.file.src_uri
        if src in self.handed_meta:
            self.handed_meta.discard(src)
            if not page.meta:  # another plugin's on_page_read_source may have had the last word
                page.meta = dict(self.infos[src].meta)
        return markdown

    def _add_to_entry(self, markdown: str, *, page, config, files) -> str:
        src = page.file.src_uri
        if src == "index.md" and HOME_MARKER in markdown:
            return markdown.replace(HOME_MARKER, weekly.home_block(self.site, "index.md"))
        info = self.infos.get(src)
        if info is None:
            return markdown
        # Material's tags plugin reads page.meta["tags"] later (priority -50): entities become tags
        if not page.meta.get("tags"):
            page.meta["tags"] = [e for e in info.entities[:8]]
        if info.date is None:
            # the RSS plugin skips drafts: an undated entry joins the feed once an editor dates it
            page.meta["draft"] = True
        # the page's <meta name="description"> and its item in the RSS feed: the lede, as text
        if info.summary and not page.meta.get("description"):
            page.meta["description"] = info.summary
        # before the tags plugin, search and the feed read them: they print these unescaped
        page.meta.update(theme_safe_meta(page.meta))
        story_src = story_pages.story_src(info.story) if info.story in self.site.stories else None
        compare = comparison_table(src, info.claims, self.family_of, self.knowledge.attribute_families, self.links)
        self.parts[src] = {"comparison": compare} if compare else {}
        return (entry_pages.attribution(info, story_src) + "\n" + markdown
                + entry_pages.timeline_table(info, markdown)
                + entry_pages.claims_heading(info)
                + entry_pages.comparison_heading(compare))

    # Last of the page's Markdown events. While serving, an entry written again because its panels
    # changed has the same Markdown as last time, and Markdown would make the same HTML of it; a
    # `mkdocs build` finds the last build's HTML of each unchanged entry in the parse cache's folder.
    @event_priority(-1000)
    def _reuse_render(self, markdown: str, *, page, config, files) -> str:
        src, ahead = page.file.src_uri, None
        if src not in self.infos:
            return markdown
        if self.reuse_renders:              # serving: last rebuild's renders, in memory
            key = (self.built_key, page.file.url, rebuild.digest_of([markdown]))
            store, hit, lookups = self.renders, self.renders.pop(src, None), self.link_lookups
            hit = hit if hit is not None and hit[0] == key else None
        elif not self.serving and _page_only(config) and _not_debugging() and (disk := self._disk_cache()) is not None:
            key = rebuild.digest_of([self._settings(config), page.file.url, markdown]).encode()
            if self.render_sink is not None:     # a forked process (`_render_ahead`): sent to the build
                store, lookups, hit = _StoredRenders(lambda src, key, value: self.render_sink.__setitem__(src, value)), {}, None
            else:
                store, lookups = _StoredRenders(disk.put_render), {}
                hit = store.load(disk.get_render(src, key))
                if hit is None and self.ahead is not None and (made := self.ahead.get(("render", src))) is not None \
                        and made[0] == key and (hit := store.load(made)) is not None:
                    ahead = made
        else:
            return markdown
        if hit is not None and all(_look_up(files, path) == found for path, found in hit[6]):
            if store is self.renders:
                self.renders[src] = hit
            elif ahead is not None:         # made by a forked process: kept as if made here
                disk.put_render(src, key, ahead)
            page.render = _Rendered(page, hit)
            self.renders_reused.add(src)
        else:
            page.render = _RenderAndKeep(page, key, store, lookups)
        return markdown

    on_page_markdown = CombinedEvent(_restore_meta, _add_to_entry, _reuse_render)

    @event_priority(50)  # before search (priority 0) reads page.content at on_page_context
    def on_page_content(self, output: str, *, page, config, files) -> str:
        src = page.file.src_uri
        parts = self.parts.get(src) or {}
        info = self.infos.get(src)
        if info is None:
            # a generated page: its blocks are built here from escaped text; those search skips
            # go in after search has read the page (_fill_claims), so that it parses less
            return fill_slots(output, {k: v for k, v in parts.items() if not is_unsearched(v)}) if parts else output
        if self.config.sanitize_entries:
            output = sanitize(output)
        if info.claims and page.present_anchor_ids is not None:
            # the claims are put in after search has read the page; links to them stay checked
            page.present_anchor_ids.update(f"claim-{c['id']}" for c in info.claims)
        return fill_slots(output, parts, last=True)

    # After the RSS plugin has read the title (it escapes titles itself) and before search:
    # Material prints page titles unescaped, and an entry's title is text from a source.
    @event_priority(100)
    def _escape_title(self, context, *, page, config, nav):
        info = self.infos.get(page.file.src_uri)
        if info is not None:
            page.meta["title"] = html.escape(info.title)
        return context

    # Just before search (priority 0): search reads the claims as one paragraph each and, in a
    # large digest, an entry's lede and claims only, not its whole text.
    @event_priority(10)
    def _search_view(self, context, *, page, config, nav):
        info = self.infos.get(page.file.src_uri)
        self.full_content[page.file.src_uri] = page.content
        if page.file.src_uri in self.searched_ahead:    # its items are in the index already
            self._skip_search(page)
            return context
        if info is None:
            page.content = _spaced_cells(page.content)
            if not self.serving:
                self._stored_search_items(page, config)
            return context
        if len(self.infos) <= self.config.search_full_text:
            # each quote is already in the body search reads: the claims add what they state
            claims = entry_pages.claims_for_search(info, quotes=False)
            page.content = fill_slots(page.content, {"claims": claims}, last=True)
        else:
            claims = entry_pages.claims_for_search(info, quotes=False)
            ids = re.findall(r'<h2 id="([^"]+)"[^>]*>Claims', page.content)
            page.content = entry_pages.search_view(info, claims, ids[-1] if ids else None)
        page.content = _spaced_cells(page.content)
        if self.dirty and self.serving:
            self._keep_search_items(page, config)
        elif not self.serving:
            self._stored_search_items(page, config)
        return context

    def _stored_search_items(self, page, config) -> None:
        """`mkdocs build`: a page whose search view, title, table of contents and front matter as
        search reads them are those a build stored gets the items Material's search took from it
        then, without being parsed again (skipped through `search: exclude`, as while serving;
        `_fill_claims` adds the items where search would have). Only with Material's search."""
        plugins = _material_search(config)
        search = page.meta.get("search")
        if not plugins or not (search is None or isinstance(search, dict)):
            return
        disk = self._disk_cache()
        src = page.file.src_uri
        # the search plugins' own options too (the settings leave other plugins out)
        key = rebuild.digest_of([self._settings(config), _JIEBA, repr([_plain(dict(p.config)) for p in plugins]),
                                 *_search_reads(page)]).encode()
        items = disk.get_search(src, key)
        if items is not None and len(items) == len(plugins):
            self._skip_search(page)
            self.search_stored[src] = items
        else:
            self.search_pending[src] = (key, [len(p.search_index.entries) for p in plugins])

    def _keep_search_items(self, page, config) -> None:
        """While serving: a page written again whose search view is what search read of it last
        time (an entry whose panels changed, not its text) keeps its items in the index without
        being read again. Search is told to skip it through Material's own `search: exclude`
        (front matter put back once search has run), and `_carry_over` gives it the last build's
        items. Only with Material's search, whose items this is known to reproduce."""
        plugins = _material_search(config)
        if not plugins:
            return
        src, search = page.file.src_uri, page.meta.get("search")
        seen = rebuild.digest_of([self.built_key, *_search_reads(page)])
        if (self.search_seen.get(src) == seen and (search is None or isinstance(search, dict))
                and all(page.url in self.kept.get(("search", id(p)), {}) for p in plugins)):
            self._skip_search(page)
            self.search_kept.add(src)
        self.search_seen[src] = seen

    def _skip_search(self, page) -> None:
        """Material's search leaves the page out (its own `search: exclude`); `_fill_claims` puts
        the page's `search` front matter back once search has run."""
        search = page.meta.get("search")
        self.search_meta[page.file.src_uri] = search
        page.meta["search"] = {**(search or {}), "exclude": True}

    # After search: the page as readers see it, with each claim and its cross-reference panel.
    # The panels are ours and every piece of source text in them is escaped.
    @event_priority(-100)
    def _fill_claims(self, context, *, page, config, nav):
        self._after_search(page, config)
        info = self.infos.get(page.file.src_uri)
        if info is None:
            late = {k: v for k, v in (self.parts.get(page.file.src_uri) or {}).items() if is_unsearched(v)}
            page.content = fill_slots(page.content, late) if late else page.content
            return context
        if info.claims:
            page.content = fill_slots(page.content, {"claims": self._claims_block(info, page, config)}, last=True)
        return context

    def _after_search(self, page, config) -> None:
        """Once search has read the page (or skipped it): its front matter and HTML as they were,
        and its search items added or kept."""
        if page.file.src_uri in self.search_meta:      # search skipped it: its front matter as it was
            search = self.search_meta.pop(page.file.src_uri)
            if search is None:
                page.meta.pop("search", None)
            else:
                page.meta["search"] = search
        full = self.full_content.pop(page.file.src_uri, None)
        if full is not None:
            page.content = full
        if not self.serving:
            self._store_search_items(page, config)

    def _store_search_items(self, page, config) -> None:
        """After search read the page (or skipped it): its stored items added, or its new ones stored."""
        src = page.file.src_uri
        stored, pending = self.search_stored.pop(src, None), self.search_pending.pop(src, None)
        plugins = _material_search(config)
        if stored is not None:
            for plugin, items in zip(plugins, stored):
                plugin.search_index.entries.extend(items)
        elif pending is not None and len(pending[1]) == len(plugins):
            key, marks = pending
            self._disk_cache().put_search(src, key, [p.search_index.entries[m:] for p, m in zip(plugins, marks)])

    def _claims_block(self, info: EntryInfo, page, config) -> str:
        """An entry's claims with their panels. `mkdocs build` keeps each in the parse cache's
        folder under the fingerprint a rebuild while serving decides by (`rebuild.entry_fingerprint`:
        the entry's bytes, its story, each claim's question and every related claim its panels show,
        as that other entry is now), the page's URL and the settings (`_settings`)."""
        disk = self._disk_cache() if not self.serving and info.src in self.entry_keys else None
        if disk is None:
            return self._claims_html(info)
        ahead = self.ahead.get(("block", info.src)) if self.ahead is not None else None
        if ahead is not None and ahead[3] == (self._settings(config), page.file.url):
            # drawn by a process forked from this one once the claim graph was final (`on_nav`):
            # under the same settings and URL, its key is the one this process would compute
            key, block, lines, _ = ahead
        else:
            key = self._block_key(info, page.file.url, config)
            kept = disk.get_block(info.src, key)
            if kept is not None:
                self.claim_lines[info.src] = kept[1]
                return kept[0]
            _, block, lines = self._drawn_block(info, key)
        self.claim_lines[info.src] = lines
        disk.put_block(info.src, key, block, lines)
        return block

    def _block_key(self, info: EntryInfo, url: str, config) -> bytes:
        stories, of = self.site.stories, self.site.questions.of
        # claims.json's lines also name each claim's question
        names = [q.name if (q := of.get(claim_uid(info.src, c["id"]))) else "" for c in info.claims]
        return rebuild.digest_of([self._settings(config), url, rebuild.entry_fingerprint(
            info, self.site, (self.entry_keys[info.src].hex(),),
            story_pages.story_src(info.story) if info.story in stories else None, self.tokens.claims)]
            + names).encode()

    def _claims_html(self, info: EntryInfo) -> str:
        panels = entry_pages.panels_for(info, self.site, self.site.refs,
                                        lambda to, anchor: self.links.href(info.src, to, anchor))
        return entry_pages.claims_html(info, panels, self.site)

    def _drawn_block(self, info: EntryInfo, key: bytes) -> tuple[bytes, str, list[bytes]]:
        """`mkdocs build`: an entry's claims block and claims.json lines, with the key they are kept under."""
        return key, self._claims_html(info), self._entry_claim_lines(info.src)

    @event_priority(-100)   # after other plugins: the pages and their URLs are final
    def on_nav(self, nav, *, config, files):
        """A first `mkdocs build` (or one after many entries changed): forked processes turn the
        Markdown of the entries no build has kept into HTML, while MkDocs does the first of them
        in its own thread, then draw the generated pages left to draw (`_kept_generated_pages`)
        and the entries' claims blocks. The build uses each render made under the key it finds
        itself (`_reuse_render`), each page as drawn (`_draw_later`) and each block drawn under its
        settings and the page's URL (`_claims_block`), and makes anything else as before."""
        if self.ahead is not None:
            self.ahead.stop()
        self.ahead = None
        if self.pages_later:
            # a page `exclude_docs` or `draft_docs` leaves out is never read: not drawn, not kept
            self.pages_later = {src: planned for src, planned in self.pages_later.items()
                                if (f := files.get_file_from_path(src)) is not None and f.inclusion.is_included()}
            self._keep_drawn_pages()
        processes = self._workers() - 1
        if self.serving or self.dirty or processes < 1 or (disk := self._disk_cache()) is None:
            return nav
        renders, blocks = [], []
        rendered, drawn = disk.stored_keys(RENDERS), disk.stored_keys(BLOCKS)
        for f in files.documentation_pages(inclusion=InclusionLevel.is_included):
            info = self.infos.get(f.src_uri)
            if info is None or f.page is None:
                continue
            if f.src_uri not in rendered or f.src_uri in self.parsed_now:
                renders.append((("render", f.src_uri), ("render", (f.page, config, files))))
            if info.claims and (f.src_uri not in drawn or f.src_uri in self.parsed_now):
                blocks.append((("block", f.src_uri), ("block", (info, f.url, config))))
        if not _renders_ahead(config, self):
            renders = []
        # the generated pages are read after the entries, their claims blocks needed after both
        pages = [(("page", src), ("page", src)) for src in self.pages_later]
        if len(renders) + len(blocks) + len(pages) < _FORK_AT_LEAST:
            return nav
        processes = min(processes, (len(renders) + len(blocks) + len(pages)) // _FORK_AT_LEAST)
        # this thread renders the first part itself; each child renders a later part, in MkDocs'
        # order, so that a render is most often sent before the build asks for it
        later = renders[len(renders) // (processes + 1):]
        shares = [later[len(later) * i // processes:len(later) * (i + 1) // processes]
                  + pages[i::processes] + blocks[i::processes] for i in range(processes)]
        if blocks:
            self._claims_by_entry()     # once, before the children need it
        try:
            self.ahead = ForkedJobs(self._made_ahead, shares)
        except OSError as err:          # no memory or processes to spare: this process does it all
            log.debug(f"no process forked for renders, generated pages and claims blocks: {err}")
        return nav

    def _made_ahead(self, job: tuple):
        """In a forked process: a render (`_render_ahead`), a generated page or a claims block
        (`_drawn_block`)."""
        kind, args = job
        if kind == "page":
            return self.pages_later[args].render()
        if kind == "block":
            info, url, config = args
            return (*self._drawn_block(info, self._block_key(info, url, config)), (self._settings(config), url))
        return self._render_ahead(*args)

    def _render_ahead(self, page, config, files) -> tuple | None:
        """In a forked process: what `_RenderAndKeep` would keep of an entry's page (None if it
        keeps nothing, as when rendering said something), made by the events MkDocs runs before
        it renders a page. Only when every handler of those events is known (`_renders_ahead`)."""
        if self.render_sink is None:
            self.render_sink = {}
        config._current_page = page
        page = config.plugins.on_pre_page(page, config=config, files=files)
        page.read_source(config)
        page.markdown = config.plugins.on_page_markdown(page.markdown, page=page, config=config, files=files)
        page.render(config, files)
        return self.render_sink.pop(page.file.src_uri, None)

    def _claims_by_entry(self) -> dict[str, list]:
        """`mkdocs build`: each entry's linked claims, in the site's order (made once per build)."""
        if self.claim_urls is None:
            self.claim_urls = claim_urls(self.site, self.links.url)
            self.claim_refs = rebuild.group_by(self.site.claims, lambda ref: self.site.by_uid[ref.uid][0].src)
        return self.claim_refs

    def _entry_claim_lines(self, src: str) -> list[bytes]:
        """`mkdocs build`: an entry's claims as claims.json writes them, one encoded line each."""
        refs = self._claims_by_entry().get(src) or ()
        return [json.dumps(claim_row(self.site, ref, self.claim_urls), ensure_ascii=False, default=str).encode("utf-8")
                for ref in refs]

    def _claims_json_lines(self) -> list[bytes]:
        """`mkdocs build`: claims.json's lines in the site's order of claims, each entry's as
        `_claims_block` made or kept them, or made here."""
        made = self.claim_lines
        for src, refs in self._claims_by_entry().items():
            if len(made.get(src) or ()) != len(refs):
                made[src] = self._entry_claim_lines(src)
        lines, at = [], {}
        for ref in self.site.claims:
            src = self.site.by_uid[ref.uid][0].src
            i = at[src] = at.get(src, -1) + 1
            lines.append(made[src][i])
        return lines

    on_page_context = CombinedEvent(_escape_title, _search_view, _fill_claims)

    def _pagefind(self, config) -> bool:
        """Whether this build ends with a Pagefind bundle: not while serving (Pagefind indexes the
        whole site each time; Material's search index is rebuilt per changed page), and only
        when Material's search plugin writes the index it is made from."""
        return self.config.search == "pagefind" and not self.serving and "material/search" in config.plugins

    def _choose_search(self, config) -> None:
        if self._pagefind(config):
            config.extra["digest_search_worker"] = search_bundle.WORKER
        else:
            config.extra.pop("digest_search_worker", None)

    def _search_bundle(self, config) -> None:
        if not self._pagefind(config):
            return
        kept, job, self.bundle_job = self._disk_cache(), self.bundle_job, None
        try:
            figures = search_bundle.build_bundle(config.site_dir, kept, job, self.bundle_previous)
        except search_bundle.SearchBundleError as err:
            raise PluginError(f"{config.config_file_path}: {err}") from None
        finally:
            if job is not None:     # it writes into the site: done before anything else moves there
                job.wait()
        if figures["reused"]:
            log.info(f"search: {figures['pages']} pages, indexed as in the last build: its Pagefind bundle reused")
        else:
            meanwhile = ", while the pages were written" if figures["ahead"] else ""
            log.info(f"search: {figures['pages']} pages indexed by Pagefind in {figures['seconds']:.1f} s{meanwhile}")

    def _start_claims_json(self, config) -> None:
        """While serving: claims.json's lines as soon as the claim graph is known (end of on_files),
        and the file written by a thread while MkDocs renders the pages (the write is the kernel's
        work, over 100 MB at 5,000 entries, and releases the interpreter). The file is replaced
        whole once written, and the build waits for it before it ends (`_write_claims_json`)."""
        if self.claims_writer is not None:     # a build that failed before its end
            self.claims_writer.wait(raise_error=False)
            self.claims_writer = None
        out = Path(config.site_dir) / "claims.json"
        lines = self._claim_rows()
        if lines == self.claims_written and out.is_file():
            return   # not one claim's line changed: the file stands
        self.claims_written = []               # known again once the file is written
        self.claims_writer = _FileWriter(out, lines, self.claims_written)

    # After Material's search plugin (priority 0) has written the index the Pagefind bundle reads.
    @event_priority(-50)
    def _write_claims_json(self, *, config) -> None:
        out = Path(config.site_dir) / "claims.json"
        if self.dirty and self.serving:
            if self.claims_writer is not None:
                writer, self.claims_writer = self.claims_writer, None
                writer.wait()
            self._search_bundle(config)
            return
        # one claim per line: readable in a diff, and json's C encoder (indent= would not use it)
        _write_claim_lines(out, self._claims_json_lines())
        self._search_bundle(config)

    @event_priority(-100)   # the build's last step: the page is ready to be served
    def _built(self, *, config) -> None:
        if self.ahead is not None:   # reaped; what no page asked for is dropped
            self.ahead.results()
            self.ahead = None
        if self.site_aside is not None:
            # a kept file nothing wrote again is not this build's; what is left aside is not either
            site_folder.drop_unwritten(self.site_kept, self.site_home)
            shutil.rmtree(self.site_aside, ignore_errors=True)
            self.site_aside, self.site_kept, self.bundle_previous = None, [], None
        if self.disk_cache is not None:
            self.disk_cache.close()
        if self.collector is not None:
            if not self.warmed:
                warm_extractor(self.knowledge)
                self.warmed = True
            self.collector.build_done()

    on_post_build = CombinedEvent(_carry_over, _write_claims_json, _built)


def _write_claim_lines(out: Path, lines: list[bytes]) -> None:
    """claims.json from its encoded lines, one claim per line. At 5,000 entries the file is over
    100 MB: written in chunks of lines (joining them all first would copy the whole file once more,
    a write per line costs a call each)."""
    with open(out, "wb") as f:
        f.write(b'{"claims": [\n')
        for at in range(0, len(lines), 2000):
            if at:
                f.write(b",\n")
            f.write(b",\n".join(lines[at:at + 2000]))
        f.write(b"\n]}\n")


class _FileWriter:
    """claims.json written by a thread: to a temporary file beside it, then put in its place, so
    that the file is never seen half written. `wait` re-raises what the thread met."""

    def __init__(self, out: Path, lines: list[bytes], written: list[bytes]) -> None:
        self.out, self.lines, self.written = out, lines, written
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="digest-claims-json", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        tmp = self.out.with_name(".claims.json.writing")
        try:
            self.out.parent.mkdir(parents=True, exist_ok=True)
            _write_claim_lines(tmp, self.lines)
            os.replace(tmp, self.out)
            self.written.extend(self.lines)     # what the file now holds
        except BaseException as err:  # noqa: BLE001 - handed to the build in wait()
            self.error = err
            try:
                tmp.unlink()
            except OSError:
                pass

    def wait(self, raise_error: bool = True) -> None:
        self.thread.join()
        if self.error is not None and raise_error:
            raise PluginError(f"{self.out}: could not write claims.json ({self.error})") from None


class _CompiledTemplates(jinja2.BytecodeCache):
    """The theme's compiled templates, in memory across rebuilds (keyed by each source's checksum)."""

    def __init__(self) -> None:
        self.code: dict[str, bytes] = {}

    def load_bytecode(self, bucket) -> None:
        if bucket.key in self.code:
            bucket.bytecode_from_string(self.code[bucket.key])

    def dump_bytecode(self, bucket) -> None:
        self.code[bucket.key] = bucket.bytecode_to_string()


def _plugins_with(config, attribute: str) -> list:
    """Other plugins that keep `attribute` (search's index, the feed's pages, the tags' mappings)."""
    return [p for p in config.plugins.values() if hasattr(p, attribute) and not isinstance(p, DigestPlugin)]


def _same_entries(before: list[EntryInfo], now: list[EntryInfo]) -> bool:
    """The same parsed entries as the last build (an entry not parsed again is the same object)."""
    return len(before) == len(now) and {id(e) for e in before} == {id(e) for e in now}


# Markdown extensions whose HTML depends on the page's Markdown alone (no other file, no clock)
_PAGE_ONLY_EXTENSIONS = {"toc", "tables", "fenced_code", "md_in_html", "attr_list", "admonition", "abbr", "def_list",
                         "footnotes", "meta", "sane_lists", "smarty", "nl2br", "codehilite", "extra", "legacy_attrs",
                         "legacy_em"}
_PAGES_LOG = logging.getLogger("mkdocs.structure.pages")


def _look_up(files, path: str):
    """What MkDocs finds at a link's target: the file's name and URL, and whether it is built."""
    f = files.get_file_from_path(path)
    return None if f is None else (f.src_uri, f.url, f.inclusion.is_excluded())


class _LookUps:
    """The site's files as Markdown sees them while rendering one page: each target looked up is noted."""

    def __init__(self, files) -> None:
        self._files, self.seen = files, []

    def get_file_from_path(self, path: str):
        self.seen.append((path, _look_up(self._files, path)))
        return self._files.get_file_from_path(path)

    def __getattr__(self, name):
        return getattr(self._files, name)


class _Said(logging.Filter):
    """Counts what rendering says (INFO and above, whatever the build's level), and lets through
    what the build's level shows."""

    def __init__(self, shown: int) -> None:
        super().__init__()
        self.count, self.shown = 0, shown

    def filter(self, record) -> bool:
        self.count += 1
        return record.levelno >= self.shown


class _RenderAndKeep:
    """MkDocs' `Page.render`, keeping what it made for the next build (`_Rendered`): when the page
    links only to files found (their names and URLs noted) and rendering said nothing (a warning
    would not be said again)."""

    def __init__(self, page, key, renders, lookups: dict) -> None:   # renders: a dict, or _StoredRenders
        self.page, self.key, self.renders, self.lookups = page, key, renders, lookups

    def __call__(self, config, files) -> None:
        page, seen = self.page, _LookUps(files)
        # with `-q`, a warning is still counted (and not shown): a page that has one is not kept
        level, said = _PAGES_LOG.level, _Said(_PAGES_LOG.getEffectiveLevel())
        if said.shown > logging.INFO:
            _PAGES_LOG.setLevel(logging.INFO)
        _PAGES_LOG.addFilter(said)
        try:
            type(page).render(page, config, seen)
        finally:
            _PAGES_LOG.removeFilter(said)
            _PAGES_LOG.setLevel(level)
        # what its links found: a file that comes or goes there changes the page (`_mark_modified`)
        self.lookups[page.file.src_uri] = tuple(seen.seen)
        if said.count or any(found is None for _, found in seen.seen):
            return
        # links to anchors (checked at the end of each build), by the name of the file linked to
        links = page.links_to_anchors
        anchors = None if links is None else tuple((f.src_uri, dict(a)) for f, a in links.items())
        self.renders[page.file.src_uri] = (self.key, page.content, copy.deepcopy(page.toc), page._title_from_render,
                                           frozenset(page.present_anchor_ids or ()), anchors, tuple(seen.seen))


class _StoredRenders:
    """`_RenderAndKeep`'s store on disk (the parse cache's folder, `put(src, key, value)`): a table
    of contents is kept as the tokens MkDocs makes one of, everything else as plain values."""

    def __init__(self, put) -> None:
        self.put = put

    def __setitem__(self, src: str, hit: tuple) -> None:
        key, content, toc, *rest = hit
        self.put(src, key, (key, content, _toc_tokens(toc), *rest))

    @staticmethod
    def load(value) -> tuple | None:
        """A stored value as `_Rendered` uses it (None: not one)."""
        if not isinstance(value, tuple) or len(value) != 7:
            return None
        try:
            return (value[0], value[1], get_toc(value[2]), *value[3:])
        except (KeyError, TypeError):
            return None


def _toc_tokens(toc) -> list[dict]:
    return [{"level": a.level, "id": a.id, "name": a.title, "children": _toc_tokens(a.children)} for a in toc or ()]


# Settings that change no page: where the site is written, the server, other plugins' objects
_NOT_SETTINGS = {"config_file_path", "site_dir", "dev_addr", "watch", "plugins", "hooks", "strict",
                 "remote_branch", "remote_name"}
# This plugin's options that change no page: how many processes parse, how serving sees saves
_NOT_OPTIONS = {"jobs", "file_events"}
# Libraries whose output is in the pages a build keeps
_RENDERING = ("mkdocs", "mkdocs-material", "Markdown", "pymdown-extensions", "Pygments", "Jinja2", "MarkupSafe")


def _settings_key(config, options, config_dir: Path) -> str:
    h = hashlib.blake2b(digest_size=16)
    settings = {k: v for k, v in config.items() if k not in _NOT_SETTINGS}
    versions = [f"{name}={package_version(name)}" for name in _RENDERING]
    options = {k: v for k, v in dict(options).items() if k not in _NOT_OPTIONS}
    h.update(repr((_plain(settings), _plain(options), versions)).encode("utf-8", "surrogatepass"))
    for name, path in _settings_files(config, config_dir):
        try:
            data = path.read_bytes()
        except OSError:
            data = b"-"
        h.update(name.encode("utf-8", "surrogatepass") + b"\0" + data + b"\0")
    return h.hexdigest()


def _settings_files(config, config_dir: Path):
    """Every file of site_config/ and of the theme's overrides, in order: (name within its folder, path)."""
    for d in [Path(config_dir)] + ([Path(config.theme.custom_dir)] if config.theme.custom_dir else []):
        for path in sorted(d.rglob("*")) if d.is_dir() else ():
            if path.is_file():
                yield str(path.relative_to(d)), path


def _plain(value):
    """A setting as plain values in a stable order (sets sorted, objects by their repr)."""
    if isinstance(value, Mapping):
        return tuple(sorted((str(k), _plain(v)) for k, v in value.items()))
    if isinstance(value, (set, frozenset)):
        return tuple(sorted(repr(_plain(v)) for v in value))
    if isinstance(value, (list, tuple)):
        return tuple(_plain(v) for v in value)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return repr(value)


def _page_only(config) -> bool:
    """Whether every Markdown extension makes a page's HTML from that page alone."""
    names = [e if isinstance(e, str) else type(e).__module__ for e in config.markdown_extensions]
    return all(n.removeprefix("markdown.extensions.") in _PAGE_ONLY_EXTENSIONS for n in names)


def _not_debugging() -> bool:
    """With `-v`, MkDocs notes no page's links to anchors: a render is neither kept nor reused."""
    return not _PAGES_LOG.isEnabledFor(logging.DEBUG)


class _Rendered:
    """`Page.render` for a page whose Markdown, and every file it links to, are as last time."""

    def __init__(self, page, hit: tuple) -> None:
        self.page, self.hit = page, hit

    def __call__(self, config, files) -> None:
        page, (_, content, toc, title, anchors, links, _) = self.page, self.hit
        page.content, page.toc, page._title_from_render = content, copy.deepcopy(toc), title
        page.present_anchor_ids = set(anchors)
        if links is not None:
            # this build's files: the page itself, and those it links to (found, as last time)
            page.links_to_anchors = {page.file if src == page.file.src_uri else files.get_file_from_path(src): dict(a)
                                     for src, a in links}


def _material_search(config) -> list:
    """The search plugins whose items a build may keep: all of them Material's, or none."""
    plugins = _plugins_with(config, "search_index")
    if all(type(p).__module__.startswith("material.plugins.search") for p in plugins):
        return [p for p in plugins if isinstance(getattr(p.search_index, "entries", None), list)]
    return []


# Plugins whose handlers of the events before a page is rendered change only the page and
# their own memory: a forked process may run them for a page the build will render again
_SAFE_BEFORE_RENDER = ("material.plugins.tags", "material.plugins.search")


def _renders_ahead(config, plugin) -> bool:
    """Whether forked processes may render entries ahead (`DigestPlugin.on_nav`): with Markdown
    extensions that read the page alone, not debugging, and every handler of on_pre_page,
    on_page_read_source and on_page_markdown this plugin's or one of `_SAFE_BEFORE_RENDER`."""
    return (_page_only(config) and _not_debugging()
            and _known_handlers(config, plugin, ("pre_page", "page_read_source", "page_markdown")))


def _known_handlers(config, plugin, events: tuple[str, ...]) -> bool:
    """Whether every handler of these events is this plugin's or one of `_SAFE_BEFORE_RENDER`."""
    for event in events:
        for method in config.plugins.events[event]:
            owner = getattr(method, "__self__", None)
            if owner is not plugin and not type(owner).__module__.startswith(_SAFE_BEFORE_RENDER):
                return False
    return True


def _pages_later(config, plugin) -> bool:
    """Whether `mkdocs build` may leave generated pages to draw until MkDocs reads them
    (`_kept_generated_pages`): with processes to spare, and every handler that could read a
    page's Markdown before then (on_files, on_nav, on_pre_page, on_page_read_source) this
    plugin's or one of `_SAFE_BEFORE_RENDER`."""
    return (not plugin.serving and not plugin.dirty and plugin._workers() >= 2
            and _known_handlers(config, plugin, ("files", "nav", "pre_page", "page_read_source")))


def _search_reads_ahead(config, plugin, search) -> bool:
    """Whether search may read every page at on_env (`_search_ahead`): each handler that runs at
    on_page_context before Material's search is this plugin's, or Material's tags plugin's (it
    only adds the page's tags to the template's context)."""
    for method in config.plugins.events["page_context"]:
        owner = getattr(method, "__self__", None)
        if owner is search:
            return True
        if owner is not plugin and not type(owner).__module__.startswith("material.plugins.tags"):
            return False
    return False


# Material's search splits Chinese text with jieba when it is installed
_JIEBA = "jieba=" + package_version("jieba")


def _search_reads(page) -> list[str]:
    """A page as Material's search reads it: its URL, titles, tags, `search` front matter, table
    of contents and HTML (the search view while search runs)."""
    meta = page.meta
    return [page.url, str(page.title), repr(meta.get("title")), repr(meta.get("tags")), repr(meta.get("search")),
            repr(_toc_key(page.toc)), page.content]


def _toc_key(toc) -> tuple:
    """A page's table of contents as search reads it (each heading's anchor and title)."""
    out = []
    stack = list(toc or ())[::-1]
    while stack:
        item = stack.pop()
        out.append((item.url, item.title, item.level))
        stack.extend(list(item.children or ())[::-1])
    return tuple(out)


def _answer(value: bool):
    return lambda: value


def _remove_output(dest: str | None, site_dir: str) -> None:
    """A page gone since the last build: its file, and the folders that leaves empty."""
    if not dest or not os.path.isfile(dest):
        return
    os.remove(dest)
    folder, top = os.path.dirname(dest), os.path.abspath(site_dir)
    while os.path.abspath(folder).startswith(top + os.sep) and not os.listdir(folder):
        os.rmdir(folder)
        folder = os.path.dirname(folder)
