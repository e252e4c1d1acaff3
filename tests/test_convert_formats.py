"""HTML pages and feeds through the whole converter: entries, re-runs, duplicates across formats."""

from __future__ import annotations

import re
import shutil

import yaml

from conftest import DATA, make_project, run

FEED = DATA / "fixtures" / "022_anthropic-news-feed.xml"

NEW_ITEM = """<item>
      <title>Introducing Claude Orbit 1</title>
      <link>https://www.anthropic.com/news/claude-orbit-1</link>
      <description>Claude Orbit 1 has a 500,000-token context window and is available today.</description>
      <guid isPermaLink="false">https://www.anthropic.com/news/claude-orbit-1</guid>
      <pubDate>Mon, 08 Dec 2025 00:00:00 GMT</pubDate>
    </item>
"""


def _metas(proj):
    out = []
    for p in sorted((proj / "content" / "entries").glob("*.md")):
        out.append(yaml.safe_load(p.read_text(encoding="utf-8").split("---")[1]))
    return out


def test_feed_items_become_entries_and_updates_add_only_new(tmp_path):
    proj = make_project(tmp_path / "p")
    (proj / "in").mkdir()
    shutil.copy(FEED, proj / "in" / "feed.xml")
    first = run(["digest", "convert", "in"], proj)
    assert "11 written" in first.stdout
    metas = _metas(proj)
    assert len(metas) == 11 and all(m["source"]["publisher"] == "Anthropic" for m in metas)
    text = (proj / "in" / "feed.xml").read_text(encoding="utf-8")
    (proj / "in" / "feed.xml").write_text(text.replace("<item>", NEW_ITEM + "    <item>", 1), encoding="utf-8")
    second = run(["digest", "convert", "in"], proj)
    assert "1 written, 11 unchanged" in second.stdout
    new = [m for m in _metas(proj) if m["title"] == "Introducing Claude Orbit 1"]
    assert new and new[0]["date"].isoformat() == "2025-12-08"
    assert any(c["attribute"] == "context window" and c["value"] == 500000 for c in new[0]["claims"])


def test_same_article_as_dump_and_feed_item_is_kept_once(tmp_path):
    proj = make_project(tmp_path / "p")
    (proj / "in").mkdir()
    body = ("Claude Orbit 1 has a 500,000-token context window and is available today. "
            "Anthropic said the model was trained on a new mixture of public and licensed data, "
            "and that developers can use it through the API and the Claude apps from Monday.")
    feed = FEED.read_text(encoding="utf-8").replace(
        "<item>", NEW_ITEM.replace("Claude Orbit 1 has a 500,000-token context window and is available today.", body)
        + "    <item>", 1)
    (proj / "in" / "feed.xml").write_text(feed, encoding="utf-8")
    (proj / "in" / "orbit.txt").write_text("Introducing Claude Orbit 1\n\n" + body + "\n", encoding="utf-8")
    proc = run(["digest", "convert", "in"], proj)
    assert re.search(r"orbit\.txt: same article as .*feed\.xml", proc.stderr) or re.search(
        r"feed\.xml: same article as .*orbit\.txt", proc.stderr), proc.stderr
    orbit = [m for m in _metas(proj) if "Orbit" in m["title"]]
    assert len(orbit) == 1
    also = orbit[0]["source"].get("also") or []
    assert len(also) == 1


def test_html_page_builds_into_the_site(tmp_path):
    proj = make_project(tmp_path / "p")
    run(["digest", "convert", str(DATA / "fixtures" / "021_deepmind-dnc-qq-zh.html"),
         str(DATA / "formats" / "news_page.html")], proj)
    run(["mkdocs", "build", "--strict"], proj)
    metas = _metas(proj)
    zh = [m for m in metas if m["language"] == "zh"][0]
    assert zh["date"].isoformat() == "2016-10-14" and zh["source"]["publisher"] == "腾讯网"
    for page in (proj / "site" / "entries").rglob("index.html"):
        html = page.read_text(encoding="utf-8")
        article = html.split('<article', 1)[1]
        assert "<script>alert" not in article and "onerror=" not in article and "javascript:" not in article


def test_worker_processes_write_the_same_entries(tmp_path):
    """--jobs 2 converts the seeds, the dev set and a syndicated copy exactly as one process does:
    the same files byte for byte, the copy found although another worker drafted it."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for p in list((DATA.parent.parent / "seeds").iterdir()) + list((DATA / "devset" / "raw").iterdir()):
        shutil.copy(p, raw / p.name)
    first = sorted(raw.iterdir())[0]
    (raw / "zz_copy.txt").write_text("Share this story\n\n" + first.read_text(encoding="utf-8"), encoding="utf-8")
    outs = {}
    for jobs in (1, 2):
        proj = make_project(tmp_path / f"j{jobs}")
        proc = run(["digest", "convert", str(raw), "--jobs", str(jobs)], proj)
        assert "zz_copy.txt: same article as" in proc.stderr, proc.stderr
        outs[jobs] = {p.name: p.read_bytes() for p in (proj / "content" / "entries").glob("*.md")}
    assert len(outs[1]) == 17 and outs[1] == outs[2]
