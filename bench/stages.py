"""CPU time of one `mkdocs build` by stage: MkDocs' own steps, each plugin event, and the digest
plugin's costly steps, timed in the build's process (children's CPU given as one figure).

    .venv/bin/python bench/stages.py PROJECT [--cold] [--jobs N]

--cold: the project's .cache/ removed first (a first build); --jobs N: the plugin's `jobs` option
for this build (1: everything in the build's own process, so that its CPU is the whole build's but
for the search bundle's indexer, which always runs in a process of its own).

The site is written to a temporary folder on the same file system as the system's temporary folder.
Stages nest (a plugin event's time includes the plugin's steps it calls), so the figures do not add up.
"""

from __future__ import annotations

import argparse
import collections
import logging
import os
import resource
import shutil
import tempfile
import time
from pathlib import Path

import jinja2
import mkdocs.plugins
import mkdocs.utils
from mkdocs.commands import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.structure.pages import Page

spent: collections.Counter = collections.Counter()


def timed(name: str, fn):
    def call(*args, **kwargs):
        started = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[name] += time.process_time() - started
    return call


def instrument() -> None:
    import material.plugins.search.plugin as search

    from digest import parsecache, plugin

    Page.render = timed("markdown", Page.render)
    mkdocs_build._build_page = timed("MkDocs: build a page (template, write)", mkdocs_build._build_page)
    mkdocs_build._populate_page = timed("MkDocs: populate a page (read, Markdown)", mkdocs_build._populate_page)
    mkdocs_build.utils.write_file = timed("MkDocs: write a file", mkdocs.utils.write_file)
    jinja2.Template.render = timed("Jinja templates", jinja2.Template.render)
    search.SearchIndex.add_entry_from_context = timed("Material search: read a page", search.SearchIndex.add_entry_from_context)
    parsecache.ParseCache._store = timed("parse cache: store", parsecache.ParseCache._store)
    parsecache.ParseCache._load = timed("parse cache: load", parsecache.ParseCache._load)
    for name in ("_add_files", "_claims_block", "_search_view", "_write_claims_json", "_search_bundle"):
        setattr(plugin.DigestPlugin, name, timed(f"digest: {name}", getattr(plugin.DigestPlugin, name)))
    run_event = mkdocs.plugins.PluginCollection.run_event

    def timed_event(self, name, item=None, **kwargs):
        started = time.process_time()
        try:
            return run_event(self, name, item, **kwargs)
        finally:
            spent[f"event {name}"] += time.process_time() - started
    mkdocs.plugins.PluginCollection.run_event = timed_event


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("project", type=Path)
    ap.add_argument("--cold", action="store_true", help="remove the project's .cache/ first (a first build)")
    ap.add_argument("--jobs", type=int, help="the plugin's jobs option for this build (1: all in this process)")
    args = ap.parse_args()
    project = args.project.resolve()
    if args.cold:
        shutil.rmtree(project / ".cache", ignore_errors=True)
    instrument()
    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    os.chdir(project)
    site = tempfile.mkdtemp(prefix="stages-site-")
    try:
        started = time.process_time()
        config = load_config(config_file=str(project / "mkdocs.yml"), site_dir=site)
        if args.jobs is not None:
            config.plugins["digest"].config.jobs = args.jobs
        config.plugins.on_startup(command="build", dirty=False)
        mkdocs_build.build(config)
        own = time.process_time() - started
    finally:
        shutil.rmtree(site, ignore_errors=True)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(f"build's process: {own:.2f} s CPU; its children: {children.ru_utime + children.ru_stime:.2f} s CPU")
    for name, seconds in spent.most_common():
        print(f"  {name:44s} {seconds:6.2f}")


if __name__ == "__main__":
    main()
