"""Benchmark-only MkDocs hooks, run before every plugin: open the timing brackets (see page_timer.py)."""

from mkdocs.plugins import event_priority

import page_timer as T


@event_priority(10_000)
def on_files(files, config):
    T.start("on_files")
    return files


@event_priority(10_000)
def on_pre_page(page, config, files):
    T.start(page.file.src_uri)
    return page


@event_priority(10_000)
def on_page_context(context, page, config, nav):
    T.start(page.file.src_uri)
    return context


@event_priority(10_000)
def on_post_build(config):
    T.start("on_post_build")
