"""A small, fast run of the benchmark scripts (bench/generate.py, bench/run.py) so they do not rot.

Tiny sizes, no timing assertions: only that every step runs, stops by itself and reports figures.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import generate  # noqa: E402
import run  # noqa: E402


def test_generator_is_deterministic_and_shaped_like_dumps():
    a = generate.generate(20)
    b = generate.generate(20)
    assert a == b
    assert generate.generate(20, seed=1) != a
    assert len({name for name, _ in a}) == 20
    text = "\n".join(t for _, t in a)
    for furniture in ("Comments (", "Log in or register to comment", "By ", "Related"):
        assert furniture in text
    assert "per million input tokens" in text and "context window" in text
    dumps = generate.generate_dumps(20)
    assert [(d.name, d.text) for d in dumps] == a
    assert all(d.model for d in dumps)


def test_dumps_convert_and_claims_link(tmp_path):
    from digest.config import load_knowledge
    from digest.convert import convert_paths
    from digest.link.relations import link_claims

    paths = generate.write_dumps(20, tmp_path / "raw")
    report = convert_paths([(p, p.name) for p in paths], tmp_path / "out", load_knowledge(str(ROOT / "site_config")))
    assert not report.rejected
    assert len(report.written) + len(report.duplicates) == 20
    entries = list((tmp_path / "out" / "entries").glob("*.md"))
    assert entries and any("claims:\n- id:" in p.read_text(encoding="utf-8") for p in entries)

    claims = generate.synthetic_claims(1000)
    assert len(claims) == 1000
    link_claims(claims)
    kinds = {k for c in claims for _, k in c.relations}
    assert {"agrees", "conflicts"} <= kinds


def test_plain_project_drops_the_plugin(tmp_path):
    import yaml

    plain = run.make_project(tmp_path / "plain", plugin=False)
    cfg = yaml.safe_load((plain / "mkdocs.yml").read_text(encoding="utf-8"))
    names = [p if isinstance(p, str) else next(iter(p)) for p in cfg.get("plugins") or []]
    assert "digest" not in names
    docs = plain / "content"

    def targets(nav):
        for item in nav or []:
            value = next(iter(item.values())) if isinstance(item, dict) else item
            if isinstance(value, list):
                yield from targets(value)
            else:
                yield value

    assert all((docs / t).is_file() for t in targets(cfg.get("nav")))


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    """Every step of bench/run.py at tiny sizes, in one work folder."""
    work = tmp_path_factory.mktemp("bench")
    results = {"convert": run.measure_convert([10, 20], work, cap=600, timeout=300),
               "jobs": run.measure_jobs(12, work, timeout=300)}
    results["incremental"] = run.measure_incremental(work / "jobs1", work, timeout=300, sizes=(3, 6))
    results["link"] = run.measure_link([200, 1000], timeout=300)
    results["site"] = run.measure_site(12, work, timeout=300, entries_from=work / "jobs1", rounds=1)
    results["serve"] = run.measure_serve(12, work, timeout=300, entries_from=work / "site-12")
    known = {12: results["site"]["plugin"]}
    results["sizes"] = run.measure_sizes([12, 24], work, timeout=300, known=known, build_cap=300)
    results["work"] = work
    return results


def test_every_step_reports(tiny):
    conv = tiny["convert"]["rows"]
    assert [r["n"] for r in conv] == [10, 20] and all("cpu" in r for r in conv)
    assert "ratio_cpu" in conv[1] and conv[-1].get("profile")
    assert tiny["jobs"]["same_output"] is True and tiny["jobs"]["speedup"]
    inc = tiny["incremental"]["rows"]
    assert [r["new"] for r in inc] == [3, 6] and all(r["into_existing"]["rc"] in (0, 1) for r in inc)
    link = tiny["link"]["rows"]
    assert link[1]["relations"] > 0 and "ratio_cpu" in link[1] and tiny["link"]["profile"]
    site = tiny["site"]
    assert site["plain_ok"] and site["plugin"]["rc"] == 0 and site["plugin"]["generated_pages"] > 0
    assert site["per_page_cpu_ratio"] > 0
    serve = tiny["serve"]
    for kind in ("plugin", "plain"):
        assert "error" not in serve[kind], serve[kind]
        assert serve[kind]["status"] == 200
    assert isinstance(serve["reparsed_unchanged"], int)
    assert serve["inproc"]["rebuild"]["same_instance"] is True
    sizes = tiny["sizes"]["rows"]
    assert [r["n"] for r in sizes] == [12, 24]
    assert all(r["search_index_bytes"] > 0 and r["core"]["pages"] > 0 for r in sizes)


def test_report_prints(tiny):
    text = run.table(tiny)
    for step in ("1 convert", "1b incr.", "2 jobs", "3 link", "4 site", "5 serve", "6 sizes", "6 core"):
        assert step in text
    assert "NOT met" in text or "met" in text
    assert "cProfile" in run.profiles(tiny)


def test_quick_sizes_are_smaller():
    assert max(run.QUICK["convert"]) < max(run.FULL["convert"])
    assert run.QUICK["site"] < run.FULL["site"]


def test_the_measuring_scripts_run_on_a_bench_project(tiny):
    """bench/event_times.py, bench/stages.py and bench/idle_collection.py on a project the bench made."""
    project = tiny["work"] / "site-12"
    bench = ROOT / "bench"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    events = subprocess.run([sys.executable, str(bench / "event_times.py"), str(project), "--cold", "--jobs", "1"],
                            capture_output=True, text=True, timeout=600, env=env)
    assert events.returncode == 0, events.stderr
    assert re.search(r"^files +[\d.]+ \.\. +[\d.]+ s", events.stdout, re.M), events.stdout
    assert re.search(r"^build [\d.]+ s wall; CPU [\d.]+ s in its process", events.stdout, re.M), events.stdout
    stages = subprocess.run([sys.executable, str(bench / "stages.py"), str(project), "--cold", "--jobs", "1"],
                            capture_output=True, text=True, timeout=600, env=env)
    assert stages.returncode == 0, stages.stderr
    assert re.search(r"^build's process: [\d.]+ s CPU; its children: [\d.]+ s CPU", stages.stdout, re.M), stages.stdout
    assert re.search(r"^  digest: _add_files +[\d.]+$", stages.stdout, re.M), stages.stdout
    idle = subprocess.run([sys.executable, str(bench / "idle_collection.py"), str(project), "--rebuilds", "2"],
                          capture_output=True, text=True, timeout=600, env=env)
    assert idle.returncode == 0, idle.stderr
    rows = re.findall(r"^(add|delete) +rebuild +[\d.]+ s +collection +([\d.]+) s", idle.stdout, re.M)
    assert [kind for kind, _ in rows] == ["add", "delete"], idle.stdout
    assert not list(project.glob("content/entries/zz-bench-idle.md"))
