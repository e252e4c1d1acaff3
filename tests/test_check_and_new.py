"""Editors' tools through the real CLI: `digest check` messages with hints, `digest new`, the JSON Schema."""

from __future__ import annotations

import json
import shutil

import pytest

from conftest import DATA, ROOT, load_yaml, make_project, run
from digest.schema import json_schema_text

C = DATA / "robustness" / "check"
EXPECTED = load_yaml(C / "expected.yml")


@pytest.fixture(scope="module")
def checked(tmp_path_factory):
    """`digest check` over all the purpose-made entries at once: (process, stderr lines)."""
    proj = make_project(tmp_path_factory.mktemp("check"))
    for f in C.glob("*.md"):
        shutil.copy(f, proj / "content" / "entries" / f.name)
    proc = run(["digest", "check"], proj, check=False)
    return proc, proc.stderr.strip().splitlines()


def test_check_exits_1_without_traceback(checked):
    proc, lines = checked
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert len(lines) == len(EXPECTED), proc.stderr  # one line per problem, none for valid.md
    assert not [ln for ln in lines if "valid.md" in ln]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_check_message_names_line_and_fix(checked, name):
    line, phrase = EXPECTED[name]
    [got] = [ln for ln in checked[1] if ln.startswith(f"content/entries/{name}:")]
    assert got.startswith(f"content/entries/{name}:{line}: ") and phrase in got, got


def test_valid_entry_passes(tmp_path):
    proj = make_project(tmp_path / "p")
    shutil.copy(C / "valid.md", proj / "content" / "entries" / "valid.md")
    proc = run(["digest", "check"], proj)
    assert proc.stderr == ""


def test_converted_seeds_pass_check(seeds_project):
    proc = run(["digest", "check"], seeds_project)
    assert proc.stderr == ""
    assert proc.stdout.strip() == "5 entries checked, 0 problems"


def test_one_problem_is_singular(tmp_path):
    proj = make_project(tmp_path / "p")
    shutil.copy(C / "future_date.md", proj / "content" / "entries" / "future_date.md")
    proc = run(["digest", "check"], proj, check=False)
    assert proc.returncode == 1 and proc.stdout.strip() == "1 entry checked, 1 problem"


def test_undated_entry_is_a_notice_not_a_problem(tmp_path):
    """A converted entry with `date: null` (its source states none): check names it, exits 0."""
    proj = make_project(tmp_path / "p")
    (proj / "content" / "entries" / "undated.md").write_text(
        "---\ntitle: Orion-4 notes\ndate: null\nsource:\n  publisher: Example Wire\n"
        "generated:\n  fingerprint: x\n---\n\nOrion Labs shipped Orion-4 with a 400,000-token context window.\n",
        encoding="utf-8")
    proc = run(["digest", "check"], proj)
    [line] = proc.stderr.strip().splitlines()
    assert line.startswith("content/entries/undated.md:3: notice: no publication date")
    assert proc.stdout.strip() == "1 entry checked, 0 problems, 1 undated"


def test_new_entry_passes_check_and_builds(tmp_path):
    proj = make_project(tmp_path / "p")
    proc = run(["digest", "new", "Mistral ships Large 3 with a 256K context window", "--publisher", "TechCrunch",
                "--url", "https://techcrunch.com/2026/06/20/mistral-large-3/", "--date", "2026-06-20",
                "--out", str(proj / "content")], proj)
    path = proj / "content" / "entries" / "mistral-ships-large-3-with-a-256k-context-window.md"
    assert proc.stdout.strip() == str(path) and path.is_file()
    # untouched, the template is no article: check and the strict build both refuse it
    untouched = run(["digest", "check", str(proj / "content")], proj, check=False)
    assert untouched.returncode == 1 and "no text yet" in untouched.stderr
    assert run(["mkdocs", "build", "--strict"], proj, check=False).returncode == 1
    path.write_text(path.read_text(encoding="utf-8") + "\nMistral AI released Mistral Large 3 on Friday.\n",
                    encoding="utf-8")
    run(["digest", "check", str(proj / "content")], proj)
    run(["mkdocs", "build", "--strict"], proj)
    html = (proj / "site" / "entries" / path.stem / "index.html").read_text(encoding="utf-8")
    assert "Mistral ships Large 3" in html and "TechCrunch" in html


@pytest.mark.parametrize("args, phrase", [
    (["", "--publisher", "Wired"], "the title: must not be empty"),
    (["A title", "--publisher", " "], "--publisher: must not be empty"),
    (["A title", "--publisher", "Wired", "--url", "javascript:alert(1)"], "--url: url must start with http"),
    (["A title", "--publisher", "Wired", "--url", "https://x.org/a b"], "--url: url must not contain spaces"),
])
def test_new_refuses_bad_input_in_one_line(tmp_path, args, phrase):
    proc = run(["digest", "new", *args, "--out", str(tmp_path / "content")], tmp_path, check=False)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    [line] = proc.stderr.strip().splitlines()
    assert phrase in line
    assert not (tmp_path / "content" / "entries").exists() or not list((tmp_path / "content" / "entries").iterdir())


def test_new_never_overwrites_and_keeps_names_inside(tmp_path):
    out = tmp_path / "content"
    first = run(["digest", "new", "../../../../etc/passwd", "--publisher", "Wired", "--out", str(out)], tmp_path)
    path = out / "entries" / "etc-passwd.md"
    assert first.stdout.strip() == str(path)
    path.write_text(path.read_text(encoding="utf-8") + "\nMy edit.\n", encoding="utf-8")
    again = run(["digest", "new", "../../../../etc/passwd", "--publisher", "Wired", "--out", str(out)], tmp_path,
                check=False)
    assert again.returncode == 1 and "exists" in again.stderr and "Traceback" not in again.stderr
    assert path.read_text(encoding="utf-8").endswith("My edit.\n")
    long = run(["digest", "new", "Word " * 1200, "--publisher", "Wired", "--out", str(out)], tmp_path)
    assert len(long.stdout.strip().rsplit("/", 1)[1]) <= 90
    assert sorted(p.parent for p in tmp_path.rglob("*.md")) == [out / "entries"] * 2


def test_json_schema_file_is_current():
    """site_config/entry.schema.json is generated: `python -m digest.schema` rewrites it."""
    committed = (ROOT / "site_config" / "entry.schema.json").read_text(encoding="utf-8")
    assert committed == json_schema_text(), "run `.venv/bin/python -m digest.schema` and commit the file"
    schema = json.loads(committed)
    assert set(schema["required"]) == {"title", "date", "source"}
    assert schema["$defs"]["Claim"]["properties"]["id"]["pattern"]


def test_build_rejects_what_check_rejects_in_one_line_each(tmp_path):
    """The plugin runs check's validation: under --strict the build fails on an entry check
    rejects, each entry reported once, in one line, with no "not in nav" noise around it."""
    proj = make_project(tmp_path / "p")
    shutil.copy(C / "valid.md", proj / "content" / "entries" / "valid.md")
    for name in ("future_date.md", "value_not_in_quote.md"):
        shutil.copy(C / name, proj / "content" / "entries" / name)
    check = run(["digest", "check"], proj, check=False)
    build = run(["mkdocs", "build", "--strict"], proj, check=False)
    assert check.returncode == 1 and build.returncode == 1
    warnings = [ln for ln in build.stderr.splitlines() if ln.startswith("WARNING")]
    assert len(warnings) == 2, build.stderr
    for line in check.stderr.strip().splitlines():
        assert sum(line in w for w in warnings) == 1, (line, warnings)
    assert "not included in the \"nav\"" not in build.stderr
    # without --strict the site builds, and leaves the rejected entries out
    run(["mkdocs", "build"], proj)
    assert (proj / "site" / "entries" / "valid" / "index.html").is_file()
    assert not (proj / "site" / "entries" / "future_date").exists()


def test_serve_shows_what_is_wrong_with_a_broken_entry(tmp_path):
    """While serving, a broken entry's page says what is wrong and where, not a 404."""
    import socket
    import subprocess
    import time
    import urllib.request

    from conftest import BIN

    proj = make_project(tmp_path / "p")
    shutil.copy(C / "valid.md", proj / "content" / "entries" / "valid.md")
    (proj / "content" / "entries" / "broken.md").write_text(
        "---\ntitle: Broken\ndate: 2026-06-20\nsource: [unclosed\n---\n\nText.\n", encoding="utf-8")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([str(BIN / "mkdocs"), "serve", "--no-livereload", "-a", f"127.0.0.1:{port}"],
                            cwd=proj, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        body = None
        for _ in range(120):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/entries/broken/", timeout=2) as resp:
                    body = resp.read().decode("utf-8")
                break
            except OSError:
                time.sleep(0.5)
        assert body is not None, "mkdocs serve did not answer"
        assert "This entry is not published" in body
        assert "content/entries/broken.md:4:" in body
    finally:
        proc.terminate()
        proc.wait(10)
