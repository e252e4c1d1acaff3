"""Bad inputs through the real CLI: each gets one clear line, nothing is lost, nothing unsafe is published."""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import signal
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import BIN, DATA, ROOT, load_yaml, make_project, run
from digest.entryfile import parse_entry
from digest.search_bundle import read_bundle

R = DATA / "robustness"
SOCIETE = (R / "societe.txt").read_text(encoding="utf-8")


def convert(proj: Path, *args: str) -> subprocess.CompletedProcess:
    return run(["digest", "convert", *args], proj, check=False)


def entries(proj: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((proj / "content" / "entries").glob("*.md"))}


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {str(p): (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.rglob("*")) if p.is_file()}


def no_traceback(proc: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout, proc.stderr


@pytest.fixture
def proj(tmp_path) -> Path:
    p = make_project(tmp_path / "proj")
    (p / "in").mkdir()
    return p


# --- files that are not articles ------------------------------------------------------------------

def _png() -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(1).randbytes(3000)


NOT_ARTICLES = {
    "empty.txt": (b"", "empty"),
    "blank.txt": (b"  \n\n\t \r\n   \n", "only whitespace"),
    "picture.txt": (_png(), "PNG image"),
    "noise.txt": (random.Random(2).randbytes(4000), "binary"),
}


@pytest.mark.parametrize("name", sorted(NOT_ARTICLES))
def test_not_an_article_is_rejected_in_one_line(proj, name):
    data, reason = NOT_ARTICLES[name]
    (proj / "in" / name).write_bytes(data)
    proc = convert(proj, "in")
    assert proc.returncode == 1
    no_traceback(proc)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"in/{name}: ") and reason in lines[0], proc.stderr
    assert not entries(proj)


def test_nul_bytes_are_dropped(proj):
    (proj / "in" / "nul.txt").write_bytes(SOCIETE.encode().replace(b"Friday", b"Fri\x00day\x00"))
    proc = convert(proj, "in")
    assert proc.returncode == 0, proc.stderr
    [text] = [b.decode() for b in entries(proj).values()]
    assert "\x00" not in text and "on Friday it will invest" in text


def test_oversized_file_is_rejected_fast(proj):
    (proj / "in" / "big.txt").write_bytes((SOCIETE + "\n").encode() * (2 * 1024 * 1024 // len(SOCIETE) + 1))
    start = time.monotonic()
    proc = convert(proj, "in", "--max-size", "1")
    assert time.monotonic() - start < 10
    assert proc.returncode == 1
    no_traceback(proc)
    [line] = proc.stderr.strip().splitlines()
    assert line.startswith("in/big.txt: ") and "over the 1 MB limit" in line and "--max-size" in line, line
    assert not entries(proj)


def test_oversized_file_is_not_read(proj):
    """A 4 GB (sparse) file costs neither time nor memory: the size is checked before reading."""
    with open(proj / "in" / "huge.txt", "wb") as fh:
        fh.truncate(4 * 1024 ** 3)
    probe = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], capture_output=True, timeout=60); "
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    start = time.monotonic()
    out = subprocess.run([sys.executable, "-c", probe, str(BIN / "digest"), "convert", "in"], cwd=proj,
                         capture_output=True, text=True, timeout=120)
    assert time.monotonic() - start < 30
    assert int(out.stdout) < 400 * 1024, f"peak memory {int(out.stdout) // 1024} MB"


# --- encodings ----------------------------------------------------------------------------------

ENCODINGS = {
    "utf8": lambda t: t.encode("utf-8"),
    "utf8-bom": lambda t: t.encode("utf-8-sig"),
    "utf16-le-bom": lambda t: t.encode("utf-16"),  # Python writes the BOM, little-endian
    "latin1": lambda t: t.encode("latin-1"),
    "cp1252": lambda t: t.replace("'", "\u2019").encode("cp1252"),
    "crlf": lambda t: t.replace("\n", "\r\n").encode("utf-8"),
}


@pytest.mark.parametrize("encoding", sorted(ENCODINGS))
def test_encodings_keep_accents(proj, encoding):
    (proj / "in" / "article.txt").write_bytes(ENCODINGS[encoding](SOCIETE))
    proc = convert(proj, "in")
    assert proc.returncode == 0, proc.stderr
    parsed = parse_entry(next((proj / "content" / "entries").glob("*.md")))
    assert not parsed.problems
    assert parsed.meta["title"] == "Société Générale backs Zürich AI lab in new funding round"
    assert "Zürich-based start-up" in parsed.body and "café" in parsed.body
    assert "\r" not in parsed.body and "Ã" not in parsed.body


# --- hostile text -------------------------------------------------------------------------------

class _Tags(HTMLParser):
    """Every element with its attributes, and the text inside <script> elements."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, {k: v or "" for k, v in attrs}))
        self._in_script = tag == "script"
        if tag == "script":
            self.scripts.append("")

    def handle_startendtag(self, tag, attrs):
        self.elements.append((tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data


def unsafe_markup(html: str) -> list[str]:
    """What in `html` would run or load something: inline handlers, script, frames, javascript: links."""
    p = _Tags()
    p.feed(html)
    bad = [f"<script> {s[:60]!r}" for s in p.scripts if "alert" in s]
    for tag, attrs in p.elements:
        if tag in ("iframe", "frame", "object", "embed"):
            bad.append(f"<{tag}>")
        if tag == "img" and attrs.get("src") == "x":
            bad.append("<img src=x>")
        for name, value in attrs.items():
            if name.startswith("on"):
                bad.append(f"<{tag} {name}=...>")
            if name in ("href", "src", "action", "formaction", "xlink:href") and \
                    value.strip().lower().startswith(("javascript:", "data:text")):
                bad.append(f"<{tag} {name}={value[:40]}>")
    return bad


def _passwd_line() -> str:
    try:
        return Path("/etc/passwd").read_text().splitlines()[0]
    except (OSError, IndexError):
        return "root:x:0:0:"


def _build_hostile(proj: Path, dump: str) -> Path:
    (proj / "in" / "hostile.txt").write_text(dump, encoding="utf-8")
    run(["digest", "convert", "in"], proj)
    run(["mkdocs", "build", "--strict"], proj)
    [entry] = (proj / "content" / "entries").glob("*.md")
    return proj / "site" / "entries" / entry.stem / "index.html"


def test_hostile_text_is_published_as_text(proj):
    page = _build_hostile(proj, (R / "hostile.txt").read_text(encoding="utf-8"))
    html = page.read_text(encoding="utf-8")
    assert unsafe_markup(html) == []
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # shown as text, not dropped silently
    assert "<svg onload" not in html and "<iframe" not in html
    passwd = _passwd_line()
    for f in (proj / "site").rglob("*"):
        if f.suffix in (".html", ".json", ".xml"):
            text = f.read_text(encoding="utf-8", errors="replace")
            assert passwd not in text, f
            if f.suffix == ".html":
                assert unsafe_markup(text) == [], f
    index = json.loads((proj / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))
    for doc in index["docs"] + read_bundle(proj / "site"):   # Material's index or the Pagefind bundle
        assert unsafe_markup(doc["text"]) == [] and unsafe_markup(doc["title"]) == [], doc["location"]


def test_hostile_feed_links_never_reach_the_site(proj):
    shutil.copy(R / "hostile_feed.xml", proj / "in" / "feed.xml")
    run(["digest", "convert", "in"], proj)
    for path in (proj / "content" / "entries").glob("*.md"):
        url = parse_entry(path).meta["source"]["url"]
        assert url is None or (url.startswith("https://") and not set(url) & set(" \"'<>")), url
    run(["digest", "check"], proj)
    run(["mkdocs", "build", "--strict"], proj)
    for f in (proj / "site" / "entries").rglob("*.html"):
        html = f.read_text(encoding="utf-8")
        assert unsafe_markup(html) == [] and "evil.example/track.png" not in html, f



def test_hostile_headline_is_published_as_text(proj):
    dump = ("OpenAI ships GPT-9 <img src=x onerror=alert(1)> and <script>alert(2)</script> today\n"
            "June 12, 2026\n\nOpenAI released GPT-9 on Monday. The model has a 4 million token context window.\n")
    html = _build_hostile(proj, dump).read_text(encoding="utf-8")
    assert unsafe_markup(html) == []


# --- broken front matter in hand-written entries ----------------------------------------------------

BROKEN = load_yaml(R / "entries" / "expected.yml")


def test_check_reports_broken_front_matter(tmp_path):
    proj = make_project(tmp_path / "p")
    for name in BROKEN:
        shutil.copy(R / "entries" / name, proj / "content" / "entries" / name)
    start = time.monotonic()
    proc = run(["digest", "check"], proj, check=False)
    assert time.monotonic() - start < 10
    assert proc.returncode == 1
    no_traceback(proc)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == len(BROKEN), proc.stderr
    for name, (line, phrase) in BROKEN.items():
        [got] = [ln for ln in lines if ln.startswith(f"content/entries/{name}:")]
        assert got.startswith(f"content/entries/{name}:{line}: ") and phrase in got, got


def _build_with(tmp_path, names: list[str], timeout: float) -> subprocess.CompletedProcess:
    proj = make_project(tmp_path / "p")
    for name in names:
        shutil.copy(R / "entries" / name, proj / "content" / "entries" / name)
    try:
        return subprocess.run([str(BIN / "mkdocs"), "build", "--strict"], cwd=proj, capture_output=True,
                              text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        pytest.fail(f"mkdocs build did not finish in {timeout} s")


def test_build_reports_broken_front_matter(tmp_path):
    names = [n for n in BROKEN if n != "alias_bomb.md"]
    proc = _build_with(tmp_path, names, 120)
    assert proc.returncode != 0
    no_traceback(proc)
    for name in names:
        line, phrase = BROKEN[name]
        assert f"content/entries/{name}:{line}: " in proc.stderr and phrase in proc.stderr, name



def test_build_reports_alias_bomb_fast(tmp_path):
    # expanded, the aliases would take hours and gigabytes; refused, the build takes what a one-entry build
    # takes (about 7 s here, several times that on a busy shared machine)
    proc = _build_with(tmp_path, ["alias_bomb.md"], 60)
    assert proc.returncode != 0
    no_traceback(proc)
    assert "content/entries/alias_bomb.md:14: " in proc.stderr



def test_broken_hand_written_entries_do_not_stop_convert(proj):
    for name in BROKEN:
        shutil.copy(R / "entries" / name, proj / "content" / "entries" / name)
    shutil.copy(R / "good_a.txt", proj / "in" / "good_a.txt")
    proc = convert(proj, "in")
    no_traceback(proc)
    assert proc.returncode == 0
    assert len(entries(proj)) == len(BROKEN) + 1


# --- names --------------------------------------------------------------------------------------

def _article(headline: str, day: int, body: str) -> str:
    return f"{headline}\nJune {day}, 2026\n\n{body}\n"


def test_hostile_and_huge_titles_give_safe_bounded_slugs(proj):
    (proj / "in" / "a.txt").write_text(_article(
        "../../../../etc/passwd Leaked By A Rogue AI Agent", 3,
        "Mistral AI released Mistral Large 4 with a 512,000-token context window on Wednesday in Paris."))
    (proj / "in" / "b.txt").write_text(("Huge " * 1200).strip() + "\nJune 4, 2026\n\n"
                                       "Google released Gemini 9 with a 10 million token context window on Thursday.\n")
    proc = convert(proj, "in")
    assert proc.returncode == 0, proc.stderr
    made = [p for p in proj.rglob("*.md") if p.parent.name == "entries"]
    assert len(made) == 2
    for p in made:
        assert p.parent == proj / "content" / "entries"
        assert len(p.name) <= 90 and p.name[0].isalnum() and ".." not in p.name and "/" not in p.stem
    assert not (proj / "etc").exists() and not (proj.parent / "etc").exists()


def test_same_title_different_articles_give_two_entries(proj):
    title = "OpenAI releases a new model"
    (proj / "in" / "a.txt").write_text(_article(title, 5, "OpenAI released GPT-9 with a 4 million token "
                                                "context window on Monday, the company said in San Francisco."))
    (proj / "in" / "b.txt").write_text(_article(title, 6, "A different story entirely: OpenAI priced o9 at "
                                                "$2 per million input tokens, its chief executive told investors."))
    proc = convert(proj, "in")
    assert proc.returncode == 0, proc.stderr
    files = sorted((proj / "content" / "entries").glob("*.md"))
    assert len(files) == 2
    assert {parse_entry(f).meta["source"]["file"] for f in files} == {"in/a.txt", "in/b.txt"}


def test_same_article_twice_is_kept_once(proj):
    (proj / "in" / "first.txt").write_text(SOCIETE, encoding="utf-8")
    (proj / "in" / "copy.txt").write_text(SOCIETE, encoding="utf-8")
    proc = convert(proj, "in")
    assert proc.returncode == 0
    assert len(entries(proj)) == 1
    assert "same article" in proc.stderr and ("in/copy.txt" in proc.stderr or "in/first.txt" in proc.stderr)



def test_date_line_shared_by_several_dumps_is_still_a_date(proj):
    for i, model in enumerate(["GPT-9", "Claude 9", "Gemini 9"]):
        (proj / "in" / f"{i}.txt").write_text(_article(
            f"Lab number {i} ships {model} to developers", 12,
            f"The company released {model} on Friday with a {i + 2} million token context window, "
            f"its chief scientist number {i} told reporters."))
    proc = convert(proj, "in")
    assert proc.returncode == 0, proc.stderr
    assert [str(parse_entry(p).meta["date"]) for p in (proj / "content" / "entries").glob("*.md")] == ["2026-06-12"] * 3



def test_lines_that_look_like_list_markers_keep_their_text(proj):
    (proj / "in" / "a.txt").write_text(_article(
        "Google updates Gemini with a longer context window", 2,
        "Google shipped an update on Monday.\n\n1.5 Pro now has a 2 million token context window, Google said."
        "\n\n-5% is how much the price fell this week, the company said."))
    run(["digest", "convert", "in"], proj)
    body = parse_entry(next((proj / "content" / "entries").glob("*.md"))).body
    assert "1.5 Pro now has" in body and "-5% is how much" in body


# --- nothing lost -------------------------------------------------------------------------------

def _mixed_folder(folder: Path) -> dict[str, str]:
    """Good and bad inputs side by side; returns bad file name -> a word its stderr line must hold."""
    for name in ("good_a.txt", "good_b.txt", "societe.txt", "hostile.txt"):
        shutil.copy(R / name, folder / name)
    (folder / "nul.txt").write_bytes((R / "good_c.txt").read_bytes().replace(b"MIT", b"MIT\x00"))
    (folder / "latin1.txt").write_bytes((R / "good_latin.txt").read_text(encoding="utf-8").encode("latin-1"))
    (folder / "copy-of-good-b.txt").write_bytes((R / "good_b.txt").read_bytes())
    bad = {}
    for name, (data, reason) in NOT_ARTICLES.items():
        (folder / name).write_bytes(data)
        bad[name] = reason.split()[-1]
    (folder / "big.txt").write_bytes(b"word " * (1024 * 1024 // 5 * 2))
    bad["big.txt"] = "limit"
    return bad


def test_mixed_folder_converts_good_and_names_each_bad(proj):
    bad = _mixed_folder(proj / "in")
    proc = convert(proj, "in", "--max-size", "1")
    assert proc.returncode == 1
    no_traceback(proc)
    lines = proc.stderr.strip().splitlines()
    for name, word in bad.items():
        mine = [ln for ln in lines if ln.startswith(f"in/{name}: ")]
        assert len(mine) == 1 and word in mine[0], (name, proc.stderr)
    sources = {parse_entry(p).meta["source"]["file"] for p in (proj / "content" / "entries").glob("*.md")}
    assert {"in/good_a.txt", "in/societe.txt", "in/hostile.txt", "in/nul.txt", "in/latin1.txt"} <= sources
    assert len({"in/good_b.txt", "in/copy-of-good-b.txt"} & sources) == 1
    assert any("copy-of-good-b.txt" in ln and "same article" in ln for ln in lines)


def test_rerun_is_byte_identical_and_inputs_untouched(proj):
    _mixed_folder(proj / "in")
    shutil.copytree(ROOT / "seeds", proj / "seeds")
    raw = snapshot(proj / "in") | snapshot(proj / "seeds")
    convert(proj, "in", "seeds", "--max-size", "1")
    first = snapshot(proj / "content" / "entries")
    proc = convert(proj, "in", "seeds", "--max-size", "1")
    assert proc.returncode == 1  # the bad inputs are still bad
    assert snapshot(proj / "content" / "entries") == first  # same bytes, files not even rewritten
    assert snapshot(proj / "in") | snapshot(proj / "seeds") == raw


def test_hand_edit_is_never_overwritten(proj):
    shutil.copy(R / "good_a.txt", proj / "in" / "good_a.txt")
    run(["digest", "convert", "in"], proj)
    [path] = (proj / "content" / "entries").glob("*.md")
    edited = path.read_text(encoding="utf-8").replace("on Thursday", "on Thursday, 20 June")
    path.write_text(edited, encoding="utf-8")
    proc = convert(proj, "in")
    assert proc.returncode == 0
    assert path.read_text(encoding="utf-8") == edited
    assert f"{path.relative_to(proj)}" in proc.stderr and "by hand" in proc.stderr


def _many_dumps(folder: Path, n: int) -> None:
    rng = random.Random(7)
    words = ("model lab context window tokens release benchmark price launch parameters open weights company "
             "investors revenue users chips training data safety policy agent search video speech").split()
    models = ["GPT-5", "Gemini 1.5 Pro", "Claude 3.5 Sonnet", "Mistral Large", "GLM-5.2", "Llama 3"]
    for i in range(n):
        # distinct dates: a date line shared by several dumps would be dropped as site furniture
        day = (dt.date(2025, 1, 1) + dt.timedelta(days=i)).strftime("%B %-d, %Y")
        paras = [f"{rng.choice(models)} " + " ".join(rng.choice(words) for _ in range(rng.randint(12, 25)))
                 + f" with {rng.randint(1, 900)} thousand tokens." for _ in range(5)]
        (folder / f"d{i:03d}.txt").write_text(f"Report {i}: {rng.choice(models)} roundup number {i}\n{day}\n\n"
                                              + "\n\n".join(paras) + "\n")


def test_killed_run_leaves_only_whole_entries(proj):
    shutil.copy(R / "good_a.txt", proj / "in" / "good_a.txt")
    run(["digest", "convert", "in"], proj)
    (proj / "content" / "entries" / "by-hand.md").write_text(
        (R / "check" / "valid.md").read_text(encoding="utf-8"), encoding="utf-8")
    before = entries(proj)
    many = proj / "many"
    many.mkdir()
    _many_dumps(many, 300)
    proc = subprocess.Popen([str(BIN / "digest"), "convert", "in", "many"], cwd=proj,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    try:
        # kill it while it writes: once a few new entries are on disk
        while proc.poll() is None and time.monotonic() < deadline:
            if len(list((proj / "content" / "entries").glob("*.md"))) >= len(before) + 5:
                break
            time.sleep(0.005)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    after = entries(proj)
    assert len(after) < len(before) + 300, "the run finished before it could be killed"
    for name, data in before.items():
        assert after[name] == data, name
    for path in (proj / "content" / "entries").glob("*.md"):
        assert parse_entry(path).problems == [], path
    check = run(["digest", "check"], proj, check=False)
    assert check.returncode == 0, check.stderr


# --- properties ---------------------------------------------------------------------------------

FRAGMENTS = ["GPT-4", "Gemini 1.5 Pro", "Claude 3.5 Sonnet", "Zhipu AI", "GLM-5.2", " 1 million tokens",
             " 2M-token context window", "$3 per million", "40%", "early next year", "2027-Q1", "June 12, 2026",
             "\n", "\n\n", "- ", "# ", "| a | b |", "โข", "๐ก", "Ã©", "â€™", "\ue000", "\u200d", "\ufeff",
             "🚀",
             " said ", ". ", "According to Reuters, ", "Share", "Log in", "<script>", "--8<--", "{: #x }"]
text_like = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=20)), max_size=40).map("".join)
# Derandomized: the same examples every run, so the suite never fails by luck.
PROPS = settings(max_examples=150, deadline=None, derandomize=True, database=None,
                 suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def knowledge():
    from digest.config import load_knowledge

    return load_knowledge(ROOT / "site_config")


@PROPS
@given(text=text_like)
def test_fix_text_never_raises_and_is_idempotent(text):
    from digest.clean.mojibake import fix_text

    once = fix_text(text)
    assert fix_text(once) == once



@pytest.mark.parametrize("text", ["Ãโข", "café Ãโข test", "™Ã\u00a0"])
def test_fix_text_is_idempotent_after_thai_repair(text):
    """Found by hypothesis with more examples than the suite runs."""
    from digest.clean.mojibake import fix_text

    once = fix_text(text)
    assert fix_text(once) == once


@PROPS
@given(text=text_like)
def test_clean_lines_never_raises(knowledge, text):
    from digest.clean.boilerplate import clean_lines
    from digest.clean.mojibake import fix_text

    clean_lines(fix_text(text), knowledge)


YAML_BITS = ["title: ", "date: ", "source:", "\n", "  ", "- ", "? ", ": ", "[", "]", "{", "}", ",", "&a ", "*a",
             "!!python/name:os.system", "'", '"', "|", "#", "2026-02-30", "2026-06-19", "null", "1e999", "claims:",
             "  - id: x\n", "\t", "\x00", "---", "<<: *a\n", "9" * 50]


@PROPS
@given(fm=st.one_of(st.lists(st.sampled_from(YAML_BITS), max_size=40).map("".join), st.text()))
def test_front_matter_problems_are_one_line_and_never_raise(fm):
    parsed = parse_entry("x.md", "---\n" + fm + "\n---\n\nBody.\n")
    assert all("\n" not in p.message and (p.line or 1) >= 1 for p in parsed.problems)


@PROPS
@given(text=text_like)
def test_drafting_and_claims_never_raise(knowledge, text):
    from digest.convert import claims_for, draft_document
    from digest.sources.document import Document

    draft = draft_document(Document(path="x.txt", text=text), knowledge)
    claims_for(draft, knowledge)
