"""Benchmark-only MkDocs hooks, run after every plugin: close the timing brackets (see page_timer.py)."""

from mkdocs.plugins import event_priority

import page_timer as T


@event_priority(-10_000)
def on_files(files, config):
    T.stop("on_files", T.STAGES)
    return files


@event_priority(-10_000)
def on_page_content(html, page, config, files):
    T.stop(page.file.src_uri, T.PAGES)
    return html


@event_priority(-10_000)
def on_post_page(output, page, config):
    T.stop(page.file.src_uri, T.PAGES)
    return output


@event_priority(-10_000)
def on_post_build(config):
    T.stop("on_post_build", T.STAGES)
