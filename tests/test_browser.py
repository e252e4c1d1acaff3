"""The reader's site in a real browser: headless Chromium over the built seeds site.

One Chromium per session; each test opens its own browser context with a guard that records
page errors, console errors, dialogs, failed local responses and every request, aborting (and
failing on) any request that would leave 127.0.0.1. Screenshots for people to look at come from
tests/screenshots.py (a script that reuses this module's server and guard).
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import threading
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from conftest import make_project, run

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
if not CHROMIUM.exists():
    pytest.skip(f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install chromium)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="browser tests need the playwright package")
expect = sync_api.expect

SHOTS = Path(__file__).resolve().parent / "screenshots"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
STORY = "glm-5-2-launch"
TIMEOUT_MS = 10_000

HOSTILE_LINES = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "[x](javascript:alert(1))",
    '<iframe src="https://example.com">',
]


# --------------------------------------------------------------------------- serving


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the stdlib's signature
        pass


@contextlib.contextmanager
def serve(root: Path):
    """Serve a built site on 127.0.0.1 (an ephemeral port) from a thread; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name=f"serve {root}", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


# --------------------------------------------------------------------------- guard


@dataclass
class Guard:
    """What one browser context did that a reader's offline, static site must never do."""

    requests: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    bad_responses: list[str] = field(default_factory=list)
    pages_visited: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        out = []
        out += [f"request left 127.0.0.1: {u}" for u in self.foreign]
        out += [f"console error: {m}" for m in self.console_errors]
        out += [f"page error: {m}" for m in self.page_errors]
        out += [f"dialog opened: {m}" for m in self.dialogs]
        out += [f"HTTP error: {m}" for m in self.bad_responses]
        return out

    def assert_clean(self) -> None:
        problems = self.problems()
        assert not problems, "on " + ", ".join(self.pages_visited or ["(no page)"]) + ":\n" + "\n".join(problems)


def _route(guard: Guard, route) -> None:
    url = route.request.url
    parts = urllib.parse.urlsplit(url)
    if parts.scheme in ("data", "blob", "about"):
        route.continue_()
    elif parts.scheme in ("http", "https", "ws", "wss") and parts.hostname in LOCAL_HOSTS:
        route.continue_()
    else:
        guard.foreign.append(url)
        route.abort()


def _watch(guard: Guard, page) -> None:
    page.on("pageerror", lambda err: guard.page_errors.append(f"{page.url}: {err}"))
    page.on("console", lambda msg: msg.type == "error" and guard.console_errors.append(
        f"{page.url}: {msg.text} ({msg.location.get('url')}:{msg.location.get('lineNumber')})"))

    def on_dialog(dialog):
        guard.dialogs.append(f"{page.url}: {dialog.type} {dialog.message!r}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("request", lambda req: guard.requests.append(req.url))
    page.on("response", lambda resp: resp.status >= 400 and guard.bad_responses.append(f"{resp.status} {resp.url}"))
    page.on("framenavigated", lambda frame: frame == page.main_frame and guard.pages_visited.append(frame.url))


class Browse:
    """Opens guarded pages; every context it opened is checked and closed at teardown."""

    def __init__(self, browser):
        self.browser = browser
        self.opened: list[tuple[object, Guard]] = []

    def page(self, viewport: dict = DESKTOP, color_scheme: str = "light", **kw):
        guard = Guard()
        context = self.browser.new_context(viewport=viewport, color_scheme=color_scheme,
                                           service_workers="block", **kw)
        context.set_default_timeout(TIMEOUT_MS)
        context.route("**/*", functools.partial(_route, guard))
        context.on("page", lambda p: _watch(guard, p))  # popups and new tabs too
        page = context.new_page()
        self.opened.append((context, guard))
        return page, guard

    def close(self) -> list[str]:
        problems = []
        for context, guard in self.opened:
            context.close()
            problems += guard.problems()
        return problems


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="session")
def browser():
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def browse(browser):
    b = Browse(browser)
    yield b
    problems = b.close()
    assert not problems, "\n".join(problems)


@pytest.fixture(scope="session")
def seeds_site(seeds_project):
    with serve(seeds_project / "site") as base:
        yield base


@pytest.fixture(scope="session")
def claims(seeds_project) -> list[dict]:
    return json.loads((seeds_project / "site" / "claims.json").read_text(encoding="utf-8"))["claims"]


def _claim(claims: list[dict], subject: str, attribute: str, value) -> dict:
    hits = [c for c in claims if c["subject"] == subject and c["attribute"] == attribute and c["value"] == value]
    assert hits, f"claims.json has no claim {subject} · {attribute} = {value!r}"
    return hits[0]


def _anchor(claim: dict) -> str:
    return claim["url"].split("#", 1)[1]


def _goto(page, url: str):
    resp = page.goto(url, wait_until="load")
    assert resp is not None and resp.ok, f"{url}: {resp and resp.status}"
    _settle(page)
    return resp


def _settle(page) -> None:
    """Wait until Material's scripts have run to the end: the search worker has loaded the index
    and replaced "Initializing search" (quicker than waiting for network idle)."""
    page.wait_for_function("""() => {
        const m = document.querySelector('.md-search-result__meta');
        return document.readyState === 'complete' && (!m || !/Initializing/i.test(m.textContent));
    }""")


# --------------------------------------------------------------------------- tests


def test_conflict_link_leads_to_the_2m_claim(browse, seeds_site, claims):
    one_m = _claim(claims, "GLM-5.2", "context window", 1000000)
    two_m = [c for c in claims if c["subject"] == "GLM-5.2" and c["attribute"] == "context window"
             and c["value"] == 2000000]
    assert two_m, "claims.json has no 2M-token GLM-5.2 context window claim"
    target_urls = {c["url"] for c in two_m}
    assert any(r["kind"] == "conflicts" and r["target"] in target_urls for r in one_m["relations"]), \
        "claims.json does not mark the 1M claim as conflicting with the 2M claim"

    page, guard = browse.page()
    entry_url = seeds_site + one_m["url"].split("#", 1)[0]
    _goto(page, entry_url)
    claim = page.locator(f"#{_anchor(one_m)}")
    expect(claim).to_be_visible()
    panel = claim.locator("aside.digest-panel")
    expect(panel).to_have_count(1)
    expect(panel).to_be_visible()

    conflicting = panel.locator("li:has(.digest-kind--conflicts)")
    assert conflicting.count() >= 1, "the 1M claim's panel has no link marked conflicting"
    wanted = {seeds_site + u for u in target_urls}
    hrefs = conflicting.evaluate_all("lis => lis.map(li => (li.querySelector('a[href]') || {}).href)")
    picks = [i for i, h in enumerate(hrefs) if h in wanted]
    assert picks, f"no conflicting panel link goes to the 2M claim {sorted(wanted)}; links: {hrefs}"
    item = conflicting.nth(picks[0])
    # the badge says so in words, not only in colour
    expect(item.locator(".digest-kind--conflicts")).to_contain_text("conflicts")
    link = item.locator("a[href]").first

    link.click()
    page.wait_for_url(hrefs[picks[0]])
    target = next(c for c in two_m if seeds_site + c["url"] == hrefs[picks[0]])
    anchor = _anchor(target)
    assert page.evaluate("location.hash") == f"#{anchor}"
    assert page.evaluate("document.querySelector(':target') && document.querySelector(':target').id") == anchor
    landed = page.locator(f"#{anchor}")
    expect(landed).to_be_visible()
    expect(landed).to_be_in_viewport()
    expect(landed.locator(".digest-claim__body")).to_contain_text("2M")
    # and the 2M claim's own panel links back to the 1M claim, marked conflicting
    back = landed.locator("aside.digest-panel li:has(.digest-kind--conflicts) a[href]")
    assert seeds_site + one_m["url"] in back.evaluate_all("els => els.map(a => a.href)")
    guard.assert_clean()


def _search(page, words: str) -> None:
    page.keyboard.press("/")  # Material's search shortcut ("f", "s" and "/" open search)
    box = page.locator("input.md-search__input")
    if not box.evaluate("el => el === document.activeElement"):
        page.locator('label[for="__search"]').first.click()
    expect(box).to_be_focused()
    box.press_sequentially(words, delay=20)


@pytest.mark.parametrize("words", ["MIT", "2M tokens", "sources disagree on GLM-5.2's context window"])
def test_search_finds_the_story_by_value_and_summary(browse, seeds_site, words):
    page, guard = browse.page()
    _goto(page, seeds_site)
    _search(page, words)
    story = page.locator(f".md-search-result__item a[href*='stories/{STORY}/']")
    expect(story.first).to_be_attached()
    guard.assert_clean()


def test_search_loads_the_fragments_it_needs_from_the_site(browse, seeds_site, seeds_project):
    """Material's search box answers from the Pagefind bundle: the page load fetches Material's
    index with no documents, the first query Pagefind's script, its index chunks and fragments,
    all from the site; hits are marked in the results."""
    page, guard = browse.page()
    _goto(page, seeds_site)
    _search(page, "MIT")
    expect(page.locator(f".md-search-result__item a[href*='stories/{STORY}/']").first).to_be_attached()
    expect(page.locator(".md-search-result mark").first).to_have_text("MIT", ignore_case=True)
    paths = [urllib.parse.urlsplit(u).path for u in guard.requests]
    assert any(p.endswith(".pf_index") for p in paths) and any(p.endswith(".pf_fragment") for p in paths), paths
    assert any(p.endswith("/assets/javascripts/digest-search.js") for p in paths), paths
    site = seeds_project / "site"
    assert (site / "search" / "search_index.json").stat().st_size < 1000
    searched = {p for p in paths if p.startswith(("/pagefind/", "/search/", "/assets/javascripts/digest-search"))}
    assert sum((site / p.lstrip("/")).stat().st_size for p in searched) < 400_000, searched
    guard.assert_clean()


def test_search_finds_an_entity_and_ranks_contributing_last(browse, seeds_site):
    page, guard = browse.page()
    _goto(page, seeds_site)
    _search(page, "Tang Jie")
    expect(page.locator(".md-search-result__item a[href*='entities/tang-jie/']").first).to_be_attached()
    page.locator("input.md-search__input").fill("")
    page.locator("input.md-search__input").press_sequentially("context window", delay=20)
    items = page.locator(".md-search-result__item > a")
    expect(items.nth(2)).to_be_attached()
    hrefs = items.evaluate_all("els => els.map(a => a.getAttribute('href'))")
    assert "contributing" not in hrefs[0], hrefs
    guard.assert_clean()


def test_search_finds_context_window(browse, seeds_site):
    page, guard = browse.page()
    _goto(page, seeds_site)
    _search(page, "context window")
    items = page.locator(".md-search-result__item")
    expect(items.nth(2)).to_be_visible()  # at least three results
    assert items.count() >= 3
    expect(page.locator(".md-search-result")).to_contain_text("context window", ignore_case=True)
    guard.assert_clean()


def test_story_matrix_flags_context_window_conflict(browse, seeds_site, claims):
    page, guard = browse.page()
    _goto(page, f"{seeds_site}stories/{STORY}/")
    rows = page.locator("table tr").filter(
        has=page.locator(".digest-row--conflict").filter(has_text="context window"))
    expect(rows).not_to_have_count(0)
    row = rows.filter(has_text="GLM-5.2").first
    expect(row).to_be_visible()
    expect(row.locator(".digest-verdict--conflict")).to_contain_text("conflict")
    # the summary above the matrix says the same, in words
    expect(page.locator("article ul").first).to_contain_text("Sources disagree on GLM-5.2's context window")
    # the cells link to the 1M and the 2M claims
    cell_links = row.locator("td a[href]").evaluate_all("els => els.map(a => a.href)")
    one_m = _claim(claims, "GLM-5.2", "context window", 1000000)
    two_m = _claim(claims, "GLM-5.2", "context window", 2000000)
    assert seeds_site + one_m["url"] in cell_links and seeds_site + two_m["url"] in cell_links, cell_links
    guard.assert_clean()


def _tab_until(page, selector: str, limit: int = 400) -> int:
    """Press Tab until document.activeElement matches `selector`; returns the presses, or fails."""
    page.locator("body").focus()
    for n in range(1, limit + 1):
        page.keyboard.press("Tab")
        if page.evaluate("s => !!(document.activeElement && document.activeElement.matches(s))", selector):
            return n
    raise AssertionError(f"{limit} Tab presses never focused {selector} on {page.url}")


def _focus_is_visible(page) -> bool:
    return page.evaluate("""() => {
        const s = getComputedStyle(document.activeElement);
        return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
    }""")


def test_panel_and_matrix_links_reachable_by_keyboard(browse, seeds_site, claims):
    page, guard = browse.page()
    one_m = _claim(claims, "GLM-5.2", "context window", 1000000)
    _goto(page, seeds_site + one_m["url"].split("#", 1)[0])
    _tab_until(page, "aside.digest-panel a[href]")
    assert page.evaluate("!!document.activeElement.closest('aside.digest-panel')")
    assert _focus_is_visible(page), "a focused panel link shows no focus ring"
    # Enter follows the focused link like a click
    href = page.evaluate("document.activeElement.href")
    page.keyboard.press("Enter")
    page.wait_for_url(href)

    _goto(page, f"{seeds_site}stories/{STORY}/")
    _tab_until(page, "table td a[href]")
    assert page.evaluate("!!document.activeElement.closest('td')")
    assert _focus_is_visible(page), "a focused matrix link shows no focus ring"
    guard.assert_clean()


def test_every_section_page_is_clean_and_offline(browse, seeds_site, seeds_project):
    """Home, the section pages, the story and every entry: no errors, nothing fetched off-host."""
    site = seeds_project / "site"
    paths = ["", "stories/", f"stories/{STORY}/", "entities/", "timeline/", "conflicts/", "contributing/"]
    paths += sorted(f"entities/{p.parent.name}/" for p in (site / "entities").glob("glm-5-2/index.html"))
    paths += sorted(f"entries/{p.parent.name}/" for p in (site / "entries").glob("*/index.html"))
    page, guard = browse.page()
    for path in paths:
        _goto(page, seeds_site + path)
        expect(page.locator("article h1").first).to_be_visible()
    assert all(urllib.parse.urlsplit(u).hostname in LOCAL_HOSTS for u in guard.requests
               if u.startswith("http")), guard.requests
    guard.assert_clean()


@pytest.mark.parametrize("viewport,beside", [(DESKTOP, True), (PHONE, False)], ids=["desktop", "phone"])
def test_panel_beside_claim_on_desktop_stacked_on_phone(browse, seeds_site, claims, viewport, beside):
    page, guard = browse.page(viewport=viewport)
    one_m = _claim(claims, "GLM-5.2", "context window", 1000000)
    _goto(page, seeds_site + one_m["url"])
    claim = page.locator(f"#{_anchor(one_m)}")
    body = claim.locator(".digest-claim__body").bounding_box()
    panel = claim.locator("aside.digest-panel").bounding_box()
    if beside:
        assert panel["x"] >= body["x"] + body["width"] - 1, (body, panel)
        assert abs(panel["y"] - body["y"]) < 40, (body, panel)
    else:
        assert panel["y"] >= body["y"] + body["height"] - 1, (body, panel)
    # nothing runs off the side of the screen
    width = page.evaluate("document.documentElement.clientWidth")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert panel["x"] + panel["width"] <= width + 1
    guard.assert_clean()


@pytest.mark.parametrize("path", [f"stories/{STORY}/", "conflicts/", "entities/glm-5-2/"])
def test_tables_become_cards_on_phone(browse, seeds_site, path):
    """At 390 px each question (or claim) is a card: its verdict, then every source's value under
    the source's name, all inside the screen; nothing is cut and nothing scrolls sideways."""
    page, guard = browse.page(viewport=PHONE)
    _goto(page, seeds_site + path)
    cells = page.locator(":is(.digest-matrix, .digest-pairs, .digest-cards) td")
    assert cells.count() > 4
    width = page.evaluate("document.documentElement.clientWidth")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    boxes = cells.evaluate_all("""els => els.filter(e => e.offsetParent).map(e => {
        const r = e.getBoundingClientRect();
        return {left: r.left, right: r.right, clipped: e.scrollWidth > e.clientWidth + 1, text: e.textContent.trim()};
    })""")
    assert boxes, "no cell is shown"
    for b in boxes:
        assert b["left"] >= -1 and b["right"] <= width + 1 and not b["clipped"], b
    verdicts = page.locator(".digest-verdict:visible")
    assert verdicts.count() >= 1
    for text in verdicts.all_inner_texts():
        assert text.strip() and not text.strip().endswith(("C", "\u2026")), text  # never cut to "✗ C"
    if path.startswith("stories/"):
        # each source's value under the source's name
        labels = page.locator(".digest-matrix td[data-label='SignalDesk']:visible").first
        assert page.evaluate("el => getComputedStyle(el, '::before').content", labels.element_handle()).startswith('"SignalDesk')
    guard.assert_clean()


# --------------------------------------------------------------------------- hostile text


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory):
    proj = make_project(tmp_path_factory.mktemp("hostile-site"))
    dumps = proj / "dumps"
    dumps.mkdir()
    text = "\n".join([
        "Acme AI ships Widget-1 with a 128K context window",
        "",
        "By Jane Doe · June 20, 2026",
        "",
        "Acme AI released Widget-1 on Thursday. The model has a 128,000-token context window.",
        *HOSTILE_LINES,
        "The company said Widget-1 is available under the MIT license <script>alert(2)</script>.",
        "Widget-1 has 70 billion parameters <img src=x onerror=alert(3)>, the company said.",
        "",
    ])
    (dumps / "hostile.txt").write_text(text, encoding="utf-8")
    run(["digest", "convert", "dumps", "--date", "2026-06-20"], proj)
    run(["mkdocs", "build", "--strict"], proj)
    with serve(proj / "site") as base:
        yield proj, base


INJECTED = ("script:not([src]):not([type='application/json'])", "img[onerror]", "[onerror]", "[onload]",
            "iframe", "object", "embed", "a[href^='javascript:' i]")


def _injected(page, scope: str) -> dict[str, int]:
    found = {sel: page.locator(f"{scope} {sel}").count() for sel in INJECTED}
    # Material's own icons are inline SVGs inside .md-icon / buttons; any other SVG in the text was injected
    found["svg"] = page.locator(f"{scope} svg").evaluate_all(
        "els => els.filter(e => !e.closest('.md-icon, .md-content__button, .twemoji')).length")
    return {k: v for k, v in found.items() if v}


def test_hostile_text_never_runs(browse, hostile_site):
    proj, base = hostile_site
    entries = sorted((proj / "site" / "entries").glob("*/index.html"))
    assert len(entries) == 1, entries
    page, guard = browse.page()
    _goto(page, f"{base}entries/{entries[0].parent.name}/")
    page.wait_for_timeout(300)  # give any onerror/onload a chance to fire
    article = page.locator("article")
    expect(article).to_contain_text("Widget-1")
    assert _injected(page, "article") == {}
    assert page.locator("iframe, object, embed").count() == 0

    # the story page and search results show the same text: still inert
    story = page.locator(".digest-attribution a[href*='stories/']")
    if story.count():
        story.first.click()
        page.wait_for_load_state("load")
        _settle(page)
        assert _injected(page, "article") == {}
    page.keyboard.press("/")
    box = page.locator("input.md-search__input")
    if not box.evaluate("el => el === document.activeElement"):
        page.locator('label[for="__search"]').first.click()
    box.press_sequentially("alert", delay=20)
    expect(page.locator(".md-search-result__item").first).to_be_attached()  # source text found, as text
    page.wait_for_timeout(500)
    assert _injected(page, ".md-search") == {}
    page.wait_for_timeout(200)
    assert guard.dialogs == []
    guard.assert_clean()


_BADGE_COLOURS = """() => {
    const rgba = s => { const m = (s.match(/[\\d.]+/g) || [0, 0, 0, 0]).map(Number);
                        return [m[0], m[1], m[2], m.length > 3 ? m[3] : 1]; };
    const over = (top, bottom) => top.slice(0, 3).map((c, i) => c * top[3] + bottom[i] * (1 - top[3]));
    const lum = c => { const l = c.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
                       return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2]; };
    // the colour actually behind an element: its own and its ancestors' backgrounds, composited
    const behind = el => {
        const layers = [];
        for (let e = el; e; e = e.parentElement) layers.push(rgba(getComputedStyle(e).backgroundColor));
        let c = [255, 255, 255];
        for (const l of layers.reverse()) c = over(l, c);
        return c;
    };
    const out = {};
    for (const kind of ['kind--conflicts', 'kind--agrees', 'kind--related', 'verdict--conflict', 'verdict--agree',
                        'verdict--forecasts', 'verdict--related', 'verdict--undisclosed']) {
        let worst = null;
        for (const el of document.querySelectorAll('article .digest-' + kind)) {
            const s = getComputedStyle(el);
            const bg = behind(el);
            const fg = over(rgba(s.color), bg);
            const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
            const c = {text: el.textContent.trim(), color: s.color, background: s.backgroundColor,
                       contrast: (a + 0.05) / (b + 0.05)};
            if (!worst || c.contrast < worst.contrast) worst = c;
        }
        if (worst) out[kind] = worst;
    }
    return out;
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_kinds_read_in_words_and_colours(browse, seeds_site, claims, scheme):
    """Conflicts, agrees and related differ in word and in colour, and each badge is legible
    (WCAG AA contrast for small text) in both palettes."""
    page, guard = browse.page(color_scheme=scheme)
    want = "slate" if scheme == "dark" else "default"
    one_m = _claim(claims, "GLM-5.2", "context window", 1000000)
    # the story's matrix, and an entry's panels (badges there sit on the panel's background)
    for path in (f"stories/{STORY}/", one_m["url"].split("#", 1)[0]):
        _goto(page, seeds_site + path)
        assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == want
        badges = page.evaluate(_BADGE_COLOURS)
        assert {"kind--conflicts", "verdict--conflict", "verdict--agree"} & set(badges), (path, badges)
        for kind, b in badges.items():
            word = {"verdict--related": "not comparable"}.get(kind, kind.split("--")[1])
            assert word in b["text"].lower(), (path, b)
            assert b["contrast"] >= 4.5, (path, kind, b)
        # a kind and the verdict of the same name share a colour; different words differ in colour
        colours = {k.split("--")[1].rstrip("s"): b["color"] for k, b in badges.items()}
        assert len(set(colours.values())) == len(colours), (path, badges)
        # panel and matrix links: underlined, and 4.5:1 against what is behind them
        links = page.evaluate(_LINK_COLOURS)
        assert links, path
        for link in links:
            assert "underline" in link["decoration"] and link["contrast"] >= 4.5, (path, link)
    guard.assert_clean()


_LINK_COLOURS = _BADGE_COLOURS.split("const out = {};")[0] + """
    return [...document.querySelectorAll('article :is(.digest-panel, .digest-matrix) a[href]')].slice(0, 40).map(el => {
        const s = getComputedStyle(el);
        const bg = behind(el);
        const fg = over(rgba(s.color), bg);
        const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
        return {text: el.textContent.trim(), decoration: s.textDecorationLine, contrast: (a + 0.05) / (b + 0.05)};
    });
}"""


AXE = Path(__file__).resolve().parent / "vendor" / "axe-core" / "axe.min.js"
AXE_RUN = """async () => {
    const r = await axe.run(document, {resultTypes: ['violations']});
    const out = [];
    for (const v of r.violations) for (const n of v.nodes) {
        const el = document.querySelector(n.target[0]);
        // the page's own content (Markdown and the digest's blocks) is the project's; the header,
        // tabs, navigation, search and footer are Material's
        out.push({rule: v.id, ours: !!(el && el.closest('article')), target: n.target.join(' '),
                  html: n.html.slice(0, 200), why: (n.failureSummary || '').slice(0, 300)});
    }
    return out;
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_axe_finds_no_violation_in_the_projects_html(browse, seeds_site, claims, scheme, viewport):
    """axe-core (vendored from npm, runs offline) on home, story, conflicts, an entry and an
    entity: no violation from the project's HTML and CSS. The theme's own are listed, not failed."""
    page, guard = browse.page(viewport=viewport, color_scheme=scheme)
    one_m = _claim(claims, "GLM-5.2", "context window", 1000000)
    ours, theme = [], set()
    for path in ("", f"stories/{STORY}/", "conflicts/", one_m["url"].split("#", 1)[0], "entities/glm-5-2/"):
        _goto(page, seeds_site + path)
        page.add_script_tag(path=str(AXE))
        for v in page.evaluate(AXE_RUN):
            (ours.append((path, v)) if v["ours"] else theme.add(f"{v['rule']}: {v['target']}"))
    if theme:
        print(f"theme ({scheme}, {viewport['width']} px):", *sorted(theme), sep="\n  ")
    assert not ours, "\n".join(f"{p}: {v['rule']} {v['target']} {v['why']}" for p, v in ours)
    guard.assert_clean()
