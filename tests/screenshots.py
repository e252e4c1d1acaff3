"""Screenshots of the reader's site for a person to look at (not collected by pytest).

    .venv/bin/python tests/screenshots.py [--site DIR] [--out tests/screenshots]

Without --site it converts seeds/ into a temp project and builds it with `mkdocs build --strict`
(like the test suite's `seeds_project`). It serves the site on 127.0.0.1 and saves, with headless
Chromium, home, an entry with panels (whole page, and its claims section), the story page (and
its claim matrix up close; on a phone a list of cards) and the conflicts page at desktop (1280x900) and phone (390x844) widths in the light and dark palettes:
<out>/<page>-<desktop|phone>-<light|dark>.png. Requests that would leave 127.0.0.1 are aborted
and, like page and console errors, reported; the exit code is 1 if there were any.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import test_browser as tb  # noqa: E402  (shares the server, the guard and Chromium's flags)
from conftest import ROOT, make_project, run  # noqa: E402

STORY = tb.STORY


def build_seeds(tmp: Path) -> Path:
    proj = make_project(tmp / "proj")
    shutil.copytree(ROOT / "seeds", proj / "seeds")
    run(["digest", "convert", "seeds"], proj)
    run(["mkdocs", "build", "--strict"], proj)
    return proj / "site"


def claim_urls(site: Path) -> tuple[str, str]:
    """An entry with panels (the 1M-token claim's) and a claim a conflict link lands on (its first)."""
    claims = json.loads((site / "claims.json").read_text(encoding="utf-8"))["claims"]
    pick = next((c for c in claims if c["subject"] == "GLM-5.2" and c["attribute"] == "context window"
                 and c["value"] == 1000000), None) or max(claims, key=lambda c: len(c["relations"]))
    landing = next((r["target"] for r in pick["relations"] if r["kind"] == "conflicts"), pick["url"])
    return pick["url"].split("#", 1)[0], landing


def shot_element(page, locator, path: Path) -> None:
    """An element as laid out in the whole page (so Material's fixed header does not cover it)."""
    box = locator.bounding_box()
    scroll = page.evaluate("({x: window.scrollX, y: window.scrollY})")
    clip = {"x": box["x"] + scroll["x"], "y": box["y"] + scroll["y"], "width": box["width"], "height": box["height"]}
    page.screenshot(path=str(path), full_page=True, clip=clip)
    print(path)


def shoot(site: Path, out: Path) -> list[str]:
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    entry, landing = claim_urls(site)
    pages = {"home": "", "entry": entry, "story": f"stories/{STORY}/", "conflicts": "conflicts/"}
    problems: list[str] = []
    with tb.serve(site) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(tb.CHROMIUM), args=tb.CHROMIUM_ARGS, headless=True)
        browse = tb.Browse(browser)
        try:
            for scheme in ("light", "dark"):
                for size, viewport in (("desktop", tb.DESKTOP), ("phone", tb.PHONE)):
                    page, _ = browse.page(viewport=viewport, color_scheme=scheme)
                    for name, path in pages.items():
                        tb._goto(page, base + path)
                        page.screenshot(path=str(out / f"{name}-{size}-{scheme}.png"), full_page=True)
                        print(out / f"{name}-{size}-{scheme}.png")
                        if name == "story":  # the claim matrix up close
                            matrix = page.locator(".digest-matrix").first
                            if matrix.count():
                                shot_element(page, matrix, out / f"matrix-{size}-{scheme}.png")
                    # the claims with their panels, as a reader scrolled there sees them
                    tb._goto(page, base + entry + "#claims")
                    page.screenshot(path=str(out / f"claims-{size}-{scheme}.png"))
                    print(out / f"claims-{size}-{scheme}.png")
                    # where a conflict link lands: the other entry's claim, targeted
                    tb._goto(page, base + landing)
                    page.screenshot(path=str(out / f"landing-{size}-{scheme}.png"))
                    print(out / f"landing-{size}-{scheme}.png")
        finally:
            problems += browse.close()
            browser.close()
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--site", type=Path, help="a built site to serve (default: build the seeds into a temp dir)")
    ap.add_argument("--out", type=Path, default=HERE / "screenshots")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="digest-shots-") as tmp:
        site = args.site or build_seeds(Path(tmp))
        problems = shoot(site, args.out)
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
