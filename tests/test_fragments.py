"""The digest's blocks come from Jinja fragments in the theme: a site's `custom_dir` changes their
HTML without Python, the others keep the project's, and text from sources stays escaped."""

from __future__ import annotations

from conftest import make_project, run

ENTRY = """---
title: Orion-4 <b>ships</b>
date: 2026-04-02
source:
  publisher: Example <i>Wire</i>
story: orion-4-launch
claims:
  - id: context-window
    text: Orion-4 has a 400,000-token context window.
    subject: Orion-4
    attribute: context window
    value: 400000
    unit: tokens
    quote: Orion-4 reads 400,000 tokens <script>alert(1)</script>
timeline:
  - date: 2026-04
    event: Orion-4 ships <img src=x onerror=alert(2)>
---

Orion Labs shipped Orion-4 on Thursday. Orion-4 reads 400,000 tokens <script>alert(1)</script> at once.
"""

OTHER = ENTRY.replace("Orion-4 <b>ships</b>", "Orion-4 reviewed").replace("Example <i>Wire</i>", "Second Desk") \
    .replace("400000", "500000").replace("400,000", "500,000").replace("2026-04-02", "2026-04-03")


def test_custom_dir_overrides_one_fragment(tmp_path):
    proj = make_project(tmp_path / "p")
    (proj / "content" / "entries" / "a.md").write_text(ENTRY, encoding="utf-8")
    (proj / "content" / "entries" / "b.md").write_text(OTHER, encoding="utf-8")
    own = proj / "my_theme" / "fragments" / "digest"
    own.mkdir(parents=True)
    (own / "timeline.html").write_text(
        '<dl class="my-timeline">{% for t in items %}<dt>{{ t.date }}</dt><dd>{{ t.event }}</dd>{% endfor %}</dl>',
        encoding="utf-8")
    cfg = proj / "mkdocs.yml"
    cfg.write_text(cfg.read_text(encoding="utf-8").replace("custom_dir: site_config/overrides", "custom_dir: my_theme"),
                   encoding="utf-8")
    run(["mkdocs", "build", "--strict"], proj)
    story = (proj / "site" / "stories" / "orion-4-launch" / "index.html").read_text(encoding="utf-8")
    assert '<dl class="my-timeline"><dt>2026-04</dt><dd>Orion-4 ships &lt;img src=x onerror=alert(2)&gt;</dd>' in story
    assert 'class="digest-timeline"' not in story
    # the fragments the site did not override are the project's
    assert 'class="digest-matrix"' in story and "digest-verdict--conflict" in story
    entry = (proj / "site" / "entries" / "a" / "index.html").read_text(encoding="utf-8")
    assert 'class="digest-panel"' in entry and "Second Desk: context window 500,000 tokens" in entry
    assert "<script>alert(1)</script>" not in entry.split('class="digest-claims"', 1)[1]
    assert "Example &lt;i&gt;Wire&lt;/i&gt;" in story
    assert not (proj / "site" / "fragments").exists()


def test_a_broken_fragment_is_named_in_one_line(tmp_path):
    proj = make_project(tmp_path / "p")
    (proj / "content" / "entries" / "a.md").write_text(ENTRY, encoding="utf-8")
    (proj / "site_config" / "overrides" / "fragments" / "digest" / "timeline.html").write_text(
        "<ol>\n{% for t in items %}<li>{{ t.date }</li>{% endfor %}</ol>\n", encoding="utf-8")
    proc = run(["mkdocs", "build", "--strict"], proj, check=False)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "fragments/digest/timeline.html:2: " in proc.stderr, proc.stderr
