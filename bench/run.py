"""Benchmarks for issue "Scale and speed": prints a table of ratios measured in one run.

    .venv/bin/python bench/run.py            # the full run (make bench); about half an hour on 2 busy cores
    .venv/bin/python bench/run.py --quick    # smaller sizes, a few minutes
    .venv/bin/python bench/run.py --only link,site --json out.json

Steps (numbers as in bench/README.md):
  1 convert time at growing N and the ratio per 10x more input   (budget <= 12x per 10x)
  2 `digest convert --jobs 2` vs `--jobs 1`                       (budget >= 1.6x on 2 cores)
  3 link_claims over 10k and 100k synthetic ClaimRefs             (budget 100k < 2 s, <= 12x per 10x)
  4 site with the plugin vs plain Material, time per built page   (budget <= 1.25x)
  5 `mkdocs serve`: new file -> page served, and entries re-parsed (budget 0 re-parsed)
  6 size of search/search_index.json and of the largest generated page; search both ways: the
    first search's download with the Pagefind bundle (adopted) and with Material's index
  7 serving: edit, add, delete -> every affected page rebuilt, `mkdocs serve --dirty` with the plugin
    vs plain Material's `mkdocs serve`, at 1,000 and 5,000 entries (budget 1.5 s and 3 s)
plus peak memory of each, and cProfile summaries of the slowest steps.

The machine is shared and noisy, so every figure is one run's, every budget is a ratio, and each
single-process step reports CPU time (user+sys of the measured process) beside wall time: ratios
use CPU time where one process does the work, wall time where parallelism is the point (jobs,
serve latency). Each measurement runs in its own process (peak RSS from wait4), under a timeout;
servers listen on 127.0.0.1 only and are stopped at the end of their step.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import json
import os
import pstats
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

import generate  # noqa: E402

PY = sys.executable
BIN = Path(sys.executable).parent
GENERATED_NAV = ("stories/index.md", "entities/index.md", "timeline.md", "conflicts.md")
NEW_ENTRY = "bench-new-entry"

FULL = {"convert": [200, 2000, 20000], "jobs": 1000, "link": [10_000, 100_000], "site": 1000,
        "serve": 1000, "sizes": [1000, 5000], "incremental": (100, 300), "dirty": [1000, 5000], "convert_cap": 900.0, "step_timeout": 1800, "build_cap": 900.0}
QUICK = {"convert": [50, 500], "jobs": 300, "link": [3_000, 30_000], "site": 300,
         "serve": 300, "sizes": [300], "incremental": (30, 90), "dirty": [300], "convert_cap": 120.0, "step_timeout": 600, "build_cap": 300.0}


# --- running and measuring a child process -------------------------------------------------------

def run_measured(cmd: list[str], cwd: Path | None = None, timeout: float = 600, log: Path | None = None,
                 env: dict[str, str] | None = None) -> dict:
    """Run cmd in its own process group; wall time, CPU time (user+sys, with reaped children such as
    worker processes, and each apart), peak RSS in MB, exit code, stdout and stderr. Killed after
    `timeout` seconds. `env`: variables set for it besides the process's own."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONHASHSEED="0", **(env or {}))
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=err, env=env, start_new_session=True)
        timed_out = False
        while True:
            pid, status, ru = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - start > timeout:
                timed_out = True
                os.killpg(proc.pid, signal.SIGKILL)
                pid, status, ru = os.wait4(proc.pid, 0)
                break
            time.sleep(0.02)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if log:
        log.write_text(stdout + "\n--- stderr ---\n" + stderr, encoding="utf-8")
    return {"wall": wall, "cpu": ru.ru_utime + ru.ru_stime, "user": ru.ru_utime, "sys": ru.ru_stime,
            "rss_mb": ru.ru_maxrss / 1024, "rc": proc.returncode,
            "timed_out": timed_out, "stdout": stdout, "stderr": stderr}


def child(mode: str, args: dict, timeout: float = 600) -> dict:
    """Run one of this file's --child modes in a fresh interpreter; its JSON result plus process figures."""
    r = run_measured([PY, str(Path(__file__).resolve()), "--child", mode, json.dumps(args)], cwd=ROOT, timeout=timeout)
    if r["timed_out"]:
        return {"error": f"timed out after {timeout:.0f} s", **_proc(r)}
    lines = [ln for ln in r["stdout"].splitlines() if ln.startswith("{")]
    if r["rc"] != 0 or not lines:
        return {"error": f"exit {r['rc']}: {r['stderr'][-2000:]}", **_proc(r)}
    return {**json.loads(lines[-1]), **_proc(r)}


def _proc(r: dict) -> dict:
    return {"proc_wall": r["wall"], "proc_cpu": r["cpu"], "rss_mb": r["rss_mb"]}


def _cpu() -> float:
    return time.process_time()   # user+system CPU of this process, fine-grained


def profile_summary(prof: cProfile.Profile, top: int = 12) -> dict:
    """Where time goes: own time grouped by area (digest module, mkdocs, markdown, yaml, ...) and the
    functions with the most own time."""
    st = pstats.Stats(prof)
    total = st.total_tt or 1e-9
    areas: dict[str, float] = {}
    rows = []
    for (file, line, fn), (cc, nc, tt, ct, callers) in st.stats.items():
        areas[_area(file, fn)] = areas.get(_area(file, fn), 0.0) + tt
        rows.append((tt, ct, nc, f"{_short(file)}:{line}({fn})"))
    rows.sort(reverse=True)
    return {"total": total,
            "areas": sorted(((a, t / total) for a, t in areas.items()), key=lambda x: -x[1])[:10],
            "top": [{"func": f, "own": tt, "cum": ct, "calls": nc} for tt, ct, nc, f in rows[:top]],
            "cum": _cum_of(st, ("digest/",), 14)}


def _cum_of(st: pstats.Stats, parts: tuple[str, ...], top: int) -> list[dict]:
    rows = [(ct, nc, f"{_short(file)}:{line}({fn})") for (file, line, fn), (cc, nc, tt, ct, _) in st.stats.items()
            if any(p in file for p in parts)]
    rows.sort(reverse=True)
    return [{"func": f, "cum": ct, "calls": nc} for ct, nc, f in rows[:top]]


def _short(file: str) -> str:
    for mark in ("site-packages/", "/digest/", "/lib/python3"):
        if mark in file:
            return ("digest/" if mark == "/digest/" else "") + file.split(mark, 1)[1]
    return file


def _area(file: str, fn: str) -> str:
    if "/digest/" in file:
        return "digest." + file.split("/digest/", 1)[1].rsplit(".", 1)[0].replace("/", ".")
    if "site-packages/" in file:
        return file.split("site-packages/", 1)[1].split("/", 1)[0]
    if fn.startswith("<method") or fn.startswith("<built-in"):
        return "builtins (re, str, set, I/O)"
    return "stdlib"


# --- projects ------------------------------------------------------------------------------------

def make_project(dest: Path, plugin: bool = True) -> Path:
    """A temp copy of the site skeleton: mkdocs.yml, site_config/ and content/ without entries/.
    plugin=False drops `- digest` from plugins, the nav items that point at pages the plugin
    generates (targets that are not files in content/) and the home page's marker: plain Material."""
    if dest.exists():
        shutil.rmtree(dest)
    (dest / "content" / "entries").mkdir(parents=True)
    shutil.copytree(ROOT / "site_config", dest / "site_config")
    for p in (ROOT / "content").iterdir():
        if p.name != "entries":
            (shutil.copytree if p.is_dir() else shutil.copy)(p, dest / "content" / p.name)
    cfg = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    if not plugin:
        def generated(line: str) -> bool:
            m = re.fullmatch(r"\s*-\s*(?:[^:#]+:\s*)?(\S+\.md)\s*(?:#.*)?", line)
            return bool(m) and not (ROOT / "content" / m.group(1)).is_file()

        cfg = "\n".join(ln for ln in cfg.split("\n")
                        if not re.fullmatch(r"\s*-\s*digest\s*(?:#.*)?", ln) and not generated(ln)) + "\n"
        (dest / "content" / "index.md").write_text(
            "---\ntitle: AI News Digest\n---\n\n# AI News Digest\n\n"
            "The same entries, built by plain Material for MkDocs without the digest plugin.\n", encoding="utf-8")
        import yaml

        loaded = yaml.safe_load(cfg)
        names = [p if isinstance(p, str) else next(iter(p)) for p in loaded.get("plugins") or []]
        assert "digest" not in names, "the plain project still lists the digest plugin"
    (dest / "mkdocs.yml").write_text(cfg, encoding="utf-8")
    return dest


def copy_entries(src_project: Path, dest_project: Path) -> None:
    src, dst = src_project / "content" / "entries", dest_project / "content" / "entries"
    shutil.rmtree(dst)
    shutil.copytree(src, dst)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def site_stats(site: Path, docs: Path | None = None) -> dict:
    """Built pages (HTML files but 404.html), search index size (and by top-level section), the
    largest generated page (a page with no source file under docs/), the site's size."""
    pages = [p for p in site.rglob("*.html") if p.name != "404.html"]

    def has_source(page: Path) -> bool:
        rel = page.relative_to(site).as_posix()
        stem = rel[: -len("index.html")].rstrip("/") if rel.endswith("index.html") else rel[: -len(".html")]
        names = [f"{stem}.md", f"{stem}/index.md"] if stem else ["index.md"]
        return docs is None or any((docs / n).is_file() for n in names)

    gen = [p for p in pages if not has_source(p)] if docs is not None else [
        p for p in pages if p.relative_to(site).parts[0] in ("stories", "entities", "timeline", "conflicts", "digest")]
    largest = max(gen, key=lambda p: p.stat().st_size, default=None)
    entry_pages = [p.stat().st_size for p in pages if p.relative_to(site).parts[0] == "entries"]
    index = site / "search" / "search_index.json"
    by_area: dict[str, int] = {}
    if index.exists():
        for doc in json.loads(index.read_text(encoding="utf-8")).get("docs", []):
            area = doc.get("location", "").split("#", 1)[0].split("/", 1)[0] or "home"
            by_area[area] = by_area.get(area, 0) + len(json.dumps(doc, ensure_ascii=False).encode())
    return {"pages": len(pages), "generated_pages": len(gen), "search_index_by_area": by_area,
            "search_index_bytes": index.stat().st_size if index.exists() else 0,
            "largest_generated": str(largest.relative_to(site)) if largest else None,
            "largest_generated_bytes": largest.stat().st_size if largest else 0,
            "mean_entry_page_bytes": sum(entry_pages) / len(entry_pages) if entry_pages else 0,
            "site_bytes": sum(p.stat().st_size for p in site.rglob("*") if p.is_file())}


def new_entry_text(model: str | None) -> str:
    m = model or "Orion-2"
    return ("---\ntitle: Bench hand-written entry about " + m + "\ndate: 2026-06-20\nsource:\n  publisher: TechCrunch\n---\n\n"
            f"{m} was updated on Thursday. {m} has a 1 million-token context window, and API access costs "
            f"$3 per million input tokens and $15 per million output tokens.\n\n## Benchmarks\n\n"
            f"{m} scored 88.2% on MMLU, according to figures the company published.\n")


def main_model(project: Path) -> str | None:
    """The model most entries are about (so the hand-written entry links to many claims)."""
    import collections

    counts: collections.Counter = collections.Counter()
    for p in sorted((project / "content" / "entries").rglob("*.md"))[:400]:
        m = re.search(r"^  primary: (.+)$", p.read_text(encoding="utf-8"), re.M)
        if m and m.group(1) != "null":
            counts[m.group(1).strip("'\"")] += 1
    return counts.most_common(1)[0][0] if counts else None


# --- 1. convert scaling --------------------------------------------------------------------------

def write_dumps(n: int, dest: Path) -> Path:
    if dest.exists():
        shutil.rmtree(dest)
    generate.write_dumps(n, dest)
    return dest


def convert_cli(raw: Path | list[Path], project: Path, jobs: int = 1, timeout: float = 1800) -> dict:
    raws = raw if isinstance(raw, list) else [raw]
    r = run_measured([str(BIN / "digest"), "convert", *map(str, raws), "--out", str(project / "content"),
                      "-q", "--jobs", str(jobs)], cwd=project, timeout=timeout)
    return {"wall": r["wall"], "cpu": r["cpu"], "rss_mb": r["rss_mb"], "rc": r["rc"], "timed_out": r["timed_out"],
            "entries": sum(1 for _ in (project / "content" / "entries").rglob("*.md")),
            "stderr": r["stderr"][-500:]}


def measure_convert(sizes: list[int], work: Path, cap: float, timeout: float, profile_at: int | None = None) -> dict:
    """convert_paths in-process in a fresh child per size (timing excludes interpreter start-up)."""
    rows = []
    for i, n in enumerate(sizes):
        prev = rows[-1] if rows else None
        if prev and prev.get("cpu"):
            # a size whose projected CPU time exceeds `cap` is not started: the projection scales
            # the previous size's time linearly (the duplicate check is indexed, not all pairs)
            projected = prev["cpu"] * n / prev["n"]
            if projected > cap:
                rows.append({"n": n, "skipped": f"projected {projected:.0f} s CPU > cap {cap:.0f} s",
                             "projected_cpu": projected})
                continue
        raw = write_dumps(n, work / f"raw-{n}")
        out = work / f"conv-{n}"
        if out.exists():
            shutil.rmtree(out)
        res = child("convert", {"raw": str(raw), "out": str(out), "jobs": 1, "profile": False}, timeout=timeout)
        res["n"] = n
        # profile one size: the given one, else the largest that is not the last (the last may be skipped)
        if profile_at is None:
            profile_at = sizes[-2] if len(sizes) > 2 else sizes[-1]
        if n == profile_at:
            prof = child("convert", {"raw": str(raw), "out": str(work / f"conv-{n}-prof"), "jobs": 1, "profile": True},
                         timeout=timeout * 2)
            res["profile"] = prof.get("profile")
            sim = prof.get("profile", {}).get("similar_share")
            if sim is not None and res.get("cpu"):
                res["dedupe_cpu"] = res["cpu"] * sim
            shutil.rmtree(work / f"conv-{n}-prof", ignore_errors=True)
        rows.append(res)
        shutil.rmtree(raw, ignore_errors=True)
    for a, b in zip(rows, rows[1:]):
        if a.get("cpu") and b.get("cpu"):
            b["ratio_cpu"] = b["cpu"] / a["cpu"]
            b["ratio_wall"] = b["wall"] / a["wall"]
            b["per_10x"] = b["ratio_cpu"] ** (1 / max(1e-9, _log10(b["n"] / a["n"])))
        elif a.get("cpu") and b.get("projected_cpu"):
            b["ratio_projected"] = b["projected_cpu"] / a["cpu"]
            b["per_10x_projected"] = b["ratio_projected"] ** (1 / _log10(b["n"] / a["n"]))
    return {"rows": rows}


def _log10(x: float) -> float:
    import math

    return math.log10(x)


def _child_convert(args: dict) -> dict:
    from digest.config import load_knowledge
    from digest.convert import convert_paths

    k = load_knowledge(str(ROOT / "site_config"))
    inputs = [(p, str(p)) for p in sorted(Path(args["raw"]).glob("*.txt"))]
    prof = cProfile.Profile() if args["profile"] else None
    t0, c0 = time.perf_counter(), _cpu()
    if prof:
        prof.enable()
    report = convert_paths(inputs, Path(args["out"]), k, jobs=args["jobs"])
    if prof:
        prof.disable()
    out = {"wall": time.perf_counter() - t0, "cpu": _cpu() - c0, "written": len(report.written),
           "duplicates": len(report.duplicates), "rejected": len(report.rejected)}
    if prof:
        summary = profile_summary(prof)
        st = pstats.Stats(prof)
        cum = {fn: ct for (file, line, fn), (cc, nc, tt, ct, _) in st.stats.items() if "/digest/" in file}
        total = summary["total"]
        summary["similar_share"] = (cum.get("find", 0.0) + cum.get("add", 0.0)) / total
        summary["steps"] = {name: cum.get(fn, 0.0) / total for name, fn in (
            ("read", "read_documents"), ("draft (clean, structure, entities)", "draft_job"),
            ("claims and YAML", "entry_job"), ("duplicate check (index)", "find"),
            ("load existing", "read_existing"), ("stories", "assign_stories"), ("write (fsync)", "write"))}
        out["profile"] = summary
    return out


# --- 2. jobs ---------------------------------------------------------------------------------------

def measure_jobs(n: int, work: Path, timeout: float) -> dict:
    raw = write_dumps(n, work / f"raw-jobs-{n}")
    res = {"n": n}
    for jobs in (1, 2):
        proj = make_project(work / f"jobs{jobs}")
        shutil.copytree(raw, proj / "raw")
        res[f"jobs{jobs}"] = convert_cli(proj / "raw", proj, jobs=jobs, timeout=timeout)
    j1, j2 = res["jobs1"], res["jobs2"]
    res["speedup"] = j1["wall"] / j2["wall"] if j2["wall"] else None
    # identical output whatever the number of workers
    a = sorted(p.relative_to(work / "jobs1").as_posix() for p in (work / "jobs1" / "content" / "entries").rglob("*.md"))
    b = sorted(p.relative_to(work / "jobs2").as_posix() for p in (work / "jobs2" / "content" / "entries").rglob("*.md"))
    res["same_output"] = a == b and all((work / "jobs1" / x).read_bytes() == (work / "jobs2" / x).read_bytes() for x in a)
    shutil.rmtree(work / "jobs2", ignore_errors=True)
    shutil.rmtree(raw, ignore_errors=True)
    return res


# --- 1b. incremental convert ------------------------------------------------------------------------

def measure_incremental(base: Path, work: Path, timeout: float, sizes: tuple[int, ...] = (100, 300)) -> dict:
    """New dumps converted into a folder that already holds `base`'s entries (the everyday workflow),
    against the same dumps into an empty folder: what the existing entries cost."""
    existing = sum(1 for _ in (base / "content" / "entries").rglob("*.md"))
    new = generate.generate_dumps(max(sizes) * 4, seed=generate.DEFAULT_SEED + 1)
    rows = []
    for k in sizes:
        raw = work / f"raw-new-{k}"
        if raw.exists():
            shutil.rmtree(raw)
        raw.mkdir(parents=True)
        for d in new[:k]:
            (raw / f"new_{d.name}").write_text(d.text, encoding="utf-8")
        row = {"new": k, "existing": existing}
        into = work / f"inc-{k}"
        if into.exists():
            shutil.rmtree(into)
        shutil.copytree(base, into, ignore=shutil.ignore_patterns("site", "raw"))
        row["into_existing"] = convert_cli(raw, into, jobs=1, timeout=timeout)
        empty = make_project(work / f"inc-empty-{k}")
        row["into_empty"] = convert_cli(raw, empty, jobs=1, timeout=timeout)
        a, b = row["into_existing"], row["into_empty"]
        row["existing_cost_cpu"] = a["cpu"] - b["cpu"]
        for p in (into, empty, raw):
            shutil.rmtree(p, ignore_errors=True)
        rows.append(row)
    for a, b in zip(rows, rows[1:]):
        if a["existing_cost_cpu"] > 0:
            b["existing_cost_ratio"] = b["existing_cost_cpu"] / a["existing_cost_cpu"]
            b["new_ratio"] = b["new"] / a["new"]
    return {"rows": rows}


# --- 3. linking -------------------------------------------------------------------------------------

def measure_link(sizes: list[int], timeout: float) -> dict:
    rows = []
    for n in sizes:
        r = child("link", {"n": n, "trace": False, "profile": False}, timeout=timeout)
        mem = child("link", {"n": n, "trace": True, "profile": False}, timeout=timeout * 3)
        r["tracemalloc_peak_mb"] = mem.get("tracemalloc_peak_mb")
        r["n"] = n
        rows.append(r)
    for a, b in zip(rows, rows[1:]):
        if a.get("cpu") and b.get("cpu"):
            b["ratio_cpu"] = b["cpu"] / a["cpu"]
            b["per_10x"] = b["ratio_cpu"] ** (1 / _log10(b["n"] / a["n"]))
    prof = child("link", {"n": sizes[-1], "trace": False, "profile": True}, timeout=timeout * 3)
    return {"rows": rows, "profile": prof.get("profile")}


def _child_link(args: dict) -> dict:
    from digest.link.relations import link_claims

    claims = generate.synthetic_claims(args["n"])
    prof = cProfile.Profile() if args["profile"] else None
    if args["trace"]:
        import tracemalloc

        tracemalloc.start()
    t0, c0 = time.perf_counter(), _cpu()
    if prof:
        prof.enable()
    link_claims(claims, limit=20)
    if prof:
        prof.disable()
    out = {"wall": time.perf_counter() - t0, "cpu": _cpu() - c0, "claims": len(claims),
           "relations": sum(len(c.relations) for c in claims),
           "conflicts": sum(1 for c in claims for _, k in c.relations if k == "conflicts")}
    if args["trace"]:
        import tracemalloc

        out["tracemalloc_peak_mb"] = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    if prof:
        out["profile"] = profile_summary(prof, top=10)
    return out


# --- 4. site build, plugin vs plain ------------------------------------------------------------------

def build_cli(project: Path, timeout: float, site: Path | None = None) -> dict:
    """`mkdocs build` of `project` into `site` (default: its site/), as a user's next build runs:
    the site folder as the last build left it, emptied by MkDocs within the timed build (the
    digest plugin writes the files it makes again over the last ones, `digest/site_folder.py`)."""
    site = (site or project / "site").resolve()   # MkDocs reads a relative --site-dir from mkdocs.yml's folder
    r = run_measured([str(BIN / "mkdocs"), "build", "--site-dir", str(site)], cwd=project, timeout=timeout)
    res = {"wall": r["wall"], "cpu": r["cpu"], "rss_mb": r["rss_mb"], "rc": r["rc"], "timed_out": r["timed_out"],
           "warnings": len(re.findall(r"^WARNING", r["stderr"], re.M)), "stderr": r["stderr"][-800:]}
    if site.exists() and r["rc"] == 0 and not r["timed_out"]:   # a failed build may leave the last site
        res.update(site_stats(site, project / "content"))
    return res


def prepare_site_project(n: int, work: Path, timeout: float, jobs: int = 2) -> Path:
    """n dumps converted into a fresh project (a converted 1,000-entry project is reused)."""
    proj = work / f"site-{n}"
    if (proj / "content" / "entries").is_dir() and any((proj / "content" / "entries").iterdir()):
        return proj
    make_project(proj)
    dumps = generate.generate_dumps(n)
    # Convert in batches by subject: stories are per main model, so batches hold whole stories, and each
    # batch's duplicate check stays small (see README: the check compares all pairs).
    batches: dict[int, list] = {}
    models = sorted({d.model for d in dumps})
    per = max(1, len(models) // max(1, n // 500))
    index = {m: i // per for i, m in enumerate(models)}
    for d in dumps:
        batches.setdefault(index[d.model], []).append(d)
    for b, ds in sorted(batches.items()):
        raw = work / f"raw-site-{n}-{b}"
        if raw.exists():
            shutil.rmtree(raw)
        raw.mkdir(parents=True)
        for d in ds:
            (raw / d.name).write_text(d.text, encoding="utf-8")
        sub = work / f"conv-site-{n}-{b}"
        make_project(sub)
        res = convert_cli(raw, sub, jobs=jobs, timeout=timeout)
        if res["rc"] not in (0, 1):
            raise RuntimeError(f"convert failed: {res['stderr']}")
        shutil.copytree(sub / "content" / "entries", proj / "content" / "entries" / f"b{b:02d}")
        shutil.rmtree(sub)
        shutil.rmtree(raw)
    return proj


def measure_site(n: int, work: Path, timeout: float, entries_from: Path | None = None, rounds: int = 3,
                 caches: tuple[str, ...] = ("cold", "warm"), in_memory: bool = False) -> dict:
    """Plain Material against the plugin, the plugin with its parse cache (.cache/digest/) empty
    ("cold": every entry parsed and checked), filled by the previous build ("warm": no entry
    changed, none parsed) or filled and one entry's text changed since ("edited"). `plugin` is the first state measured, as the rest of the report reads it.

    `in_memory`: both sites are written to /dev/shm instead of the projects' site/ folders, so
    that the ratio leaves out what the file system costs the kernel (on some disks a file's
    creation costs more than its page's CPU)."""
    proj = work / f"site-{n}"
    if entries_from is not None:
        make_project(proj)
        copy_entries(entries_from, proj)
    else:
        proj = prepare_site_project(n, work, timeout)
    plain = make_project(work / f"plain-{n}", plugin=False)
    copy_entries(proj, plain)
    res = {"n": n, "entries": sum(1 for _ in (proj / "content" / "entries").rglob("*.md")), "caches": list(caches),
           "in_memory": in_memory}
    outs: dict[str, Path | None] = {"plain": None, "plugin": None}
    shm = Path("/dev/shm")
    if in_memory:
        if not shm.is_dir():
            raise SystemExit("--site-in-memory needs /dev/shm (a memory file system), which this machine lacks")
        # both sites (about 110 KB per entry for the plugin's, 30 KB for plain Material's) and
        # Pagefind's staged input, with room to spare
        need, free = res["entries"] * 200_000 + (256 << 20), shutil.disk_usage(shm).free
        if free < need:
            raise SystemExit(f"--site-in-memory: /dev/shm has {free >> 20} MB free, "
                             f"{need >> 20} MB are needed for {res['entries']:,} entries; run without it")
    cache = proj / ".cache"
    # The machine's speed drifts by a third within minutes: the builds alternate, `rounds` times
    # each, and each keeps its fastest run (the one least disturbed by others).
    runs: dict[str, list[dict]] = {"plain": [], **{c: [] for c in caches}}
    edited = sorted((proj / "content" / "entries").rglob("*.md"))
    originals: dict[Path, str] = {}
    try:
        if in_memory:
            outs = {k: Path(tempfile.mkdtemp(prefix=f"bench-{k}-{n}-", dir=shm)) for k in outs}
        for round_no in range(rounds):
            runs["plain"].append(build_cli(plain, timeout, outs["plain"]))
            for state in caches:
                if state == "cold":
                    shutil.rmtree(cache, ignore_errors=True)
                elif not cache.is_dir():
                    build_cli(proj, timeout, outs["plugin"])   # fills the cache
                if state == "edited":
                    # an editor's typical save: one entry's text changed since the last build (its
                    # claims as they were), so its page, search's pages and the Pagefind bundle are made again
                    path, text, changed = accepted_edit(proj, edited, (round_no * 7919) % len(edited),
                                                        f"Edited in round {round_no + 1} of the benchmark.")
                    originals.setdefault(path, text)
                    path.write_text(changed, encoding="utf-8")
                runs[state].append(build_cli(proj, timeout, outs["plugin"]))
    finally:
        for path, text in originals.items():
            path.write_text(text, encoding="utf-8")
        for out in outs.values():
            if out is not None:
                shutil.rmtree(out, ignore_errors=True)
    keys = {"plain": "plain", **{c: ("plugin" if i == 0 else f"plugin_{c}") for i, c in enumerate(caches)}}
    for kind, rs in runs.items():
        ok = [r for r in rs if r.get("rc") == 0] or rs
        # the fastest run by CPU, and the fastest wall time of any run (builds use a second core:
        # Pagefind indexes while MkDocs writes pages, a first build parses in worker processes)
        res[keys[kind]] = dict(min(ok, key=lambda r: r["cpu"]), runs_cpu=[round(r["cpu"], 2) for r in rs],
                               runs_wall=[round(r["wall"], 2) for r in rs], best_wall=min(r["wall"] for r in ok), cache=kind)
    q = res["plain"]
    for state in caches:
        p, suffix = res[keys[state]], ("" if keys[state] == "plugin" else f"_{state}")
        if p.get("rc") or q.get("rc"):
            # a build that failed in every round made part of a site: no ratio from it
            res[f"failed{suffix}"] = f"exit {p.get('rc') or q.get('rc')}: {(p.get('stderr') or q.get('stderr') or '')[-200:]}"
        elif p.get("pages") and q.get("pages"):
            for key in ("best_wall", "cpu"):
                res[f"per_page_{key.replace('best_', '')}_ratio{suffix}"] = (p[key] / p["pages"]) / (q[key] / q["pages"])
            res[f"whole_build_cpu_ratio{suffix}"] = p["cpu"] / q["cpu"]
    res["plain_ok"] = q.get("rc") == 0 and q.get("pages", 0) >= res["entries"]
    shutil.rmtree(cache, ignore_errors=True)
    return res


def _child_inproc(args: dict) -> dict:
    """Builds through the MkDocs API with one plugin instance, as `mkdocs serve` does: a full build,
    then a rebuild after one new entry (profiled when asked). CPU time per page and per stage comes
    from the benchmark's hooks (page_timer.py); parsed_count from the plugin."""
    import logging

    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    import page_timer as T

    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    proj = Path(args["project"])
    os.chdir(proj)
    hooks = [str(BENCH / "hooks_first.py"), str(BENCH / "hooks_last.py")]
    site_dir = tempfile.mkdtemp(prefix="bench-site-")
    new = proj / "content" / "entries" / f"{NEW_ENTRY}.md"

    def one_build(prof: cProfile.Profile | None = None) -> dict:
        cfg = load_config(config_file=str(proj / "mkdocs.yml"), site_dir=site_dir, hooks=hooks)
        if not one_build.started:
            cfg.plugins.on_startup(command="serve", dirty=False)
            one_build.started = True
        plugin = cfg.plugins.get("digest")
        T.reset()
        t0, c0 = time.perf_counter(), _cpu()
        if prof:
            prof.enable()
        build(cfg)
        if prof:
            prof.disable()
        out = {"wall": time.perf_counter() - t0, "cpu": _cpu() - c0, "stages": dict(T.STAGES),
               "parsed": getattr(plugin, "parsed_count", None), "plugin_id": id(plugin) if plugin else None}
        groups: dict[str, list[float]] = {"entry": [], "generated": [], "other": []}
        for src, t in T.PAGES.items():
            kind = "entry" if src.startswith("entries/") else (
                "other" if (proj / "content" / src).is_file() else "generated")
            groups[kind].append(t)
        out["pages"] = {k: {"n": len(v), "cpu": sum(v), "max": max(v, default=0.0)} for k, v in groups.items()}
        return out

    one_build.started = False
    try:
        first = one_build()
        new.write_text(new_entry_text(args.get("model")), encoding="utf-8")
        prof = cProfile.Profile() if args.get("profile") else None
        second = one_build(prof)
        second["same_instance"] = second["plugin_id"] == first["plugin_id"]
        second["profiled"] = prof is not None
    finally:
        new.unlink(missing_ok=True)
        shutil.rmtree(site_dir, ignore_errors=True)
    out = {"first_build": first, "rebuild": second}
    if prof:
        out["rebuild_profile"] = profile_summary(prof, top=14)
    return out


def _child_core(args: dict) -> dict:
    from digest.perf import gc_paused

    with gc_paused():  # as in the plugin's on_files
        return _core_stages(args)


def _core_stages(args: dict) -> dict:
    """The plugin's core without MkDocs, stage by stage: parse entries, assign stories, link claims
    (build_site_data), write the generated pages' Markdown. CPU seconds per stage, and a profile of
    the page generation."""
    from digest.config import load_knowledge
    from digest.sitebuild import entry_info_from_file, fill_stories, generated_pages
    from digest.sitedata import build_site_data

    proj = Path(args["project"])
    docs = proj / "content"
    k = load_knowledge(str(proj / "site_config"))
    out: dict = {}
    c0 = _cpu()
    infos = []
    for path in sorted((docs / "entries").rglob("*.md")):
        src = path.relative_to(docs).as_posix()
        info, _ = entry_info_from_file(str(path), src, src, k)
        if info is not None:
            infos.append(info)
    out["parse"] = _cpu() - c0
    c0 = _cpu()
    fill_stories(infos, k)
    out["stories"] = _cpu() - c0
    c0 = _cpu()
    site = build_site_data(infos, k, limit=20)
    out["link (build_site_data)"] = _cpu() - c0
    prof = cProfile.Profile()
    c0 = _cpu()
    prof.enable()
    pages = generated_pages(site)
    prof.disable()
    out["generated pages"] = _cpu() - c0
    out["entries"] = len(infos)
    out["claims"] = len(site.claims)
    out["pages"] = len(pages)
    size = {p.src: len(p.markdown.encode()) + sum(len(h.encode()) for h in p.html.values()) for p in pages}
    out["page_bytes"] = sum(size.values())
    out["largest_page"] = max(((n, src) for src, n in size.items()), default=(0, None))
    st = pstats.Stats(prof)
    out["pages_by_function"] = [
        {"func": f"{_short(file)}:{line}({fn})", "cum": ct, "calls": nc}
        for (file, line, fn), (cc, nc, tt, ct, _) in sorted(st.stats.items(), key=lambda kv: -kv[1][3])
        if "/digest/pages/" in file][:8]
    return out


# --- 5. serve ---------------------------------------------------------------------------------------

def measure_serve_one(project: Path, timeout: float, model: str | None) -> dict:
    port = free_port()
    log_path = project / "serve.log"
    new = project / "content" / "entries" / f"{NEW_ENTRY}.md"
    new.unlink(missing_ok=True)
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONHASHSEED="0")
    res: dict = {"port": port}
    with open(log_path, "w") as log:
        proc = subprocess.Popen([str(BIN / "mkdocs"), "serve", "-a", f"127.0.0.1:{port}"], cwd=project,
                                stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    ru = None
    try:
        start = time.perf_counter()
        while "Serving on" not in log_path.read_text(errors="replace"):
            if proc.poll() is not None:
                raise RuntimeError("mkdocs serve exited: " + log_path.read_text()[-1500:])
            if time.perf_counter() - start > timeout:
                raise TimeoutError("mkdocs serve did not start in time")
            time.sleep(0.1)
        res["startup_wall"] = time.perf_counter() - start
        _poll(f"http://127.0.0.1:{port}/", 60)
        time.sleep(1.0)   # let the file watcher settle
        builds_before = log_path.read_text(errors="replace").count("Documentation built in")
        cpu0 = _proc_cpu(proc.pid)
        t0 = time.perf_counter()
        new.write_text(new_entry_text(model), encoding="utf-8")
        status = _poll(f"http://127.0.0.1:{port}/entries/{NEW_ENTRY}/", timeout)
        res["new_page_wall"] = time.perf_counter() - t0
        res["status"] = status
        deadline = time.perf_counter() + 30
        while log_path.read_text(errors="replace").count("Documentation built in") <= builds_before and time.perf_counter() < deadline:
            time.sleep(0.1)
        res["rebuild_cpu"] = _proc_cpu(proc.pid) - cpu0
        times = re.findall(r"Documentation built in ([\d.]+) seconds", log_path.read_text(errors="replace"))
        res["initial_build_reported"] = float(times[0]) if times else None
        res["rebuild_reported"] = float(times[-1]) if len(times) > builds_before else None
    except Exception as err:  # reported in the table, the other steps go on
        res["error"] = f"{type(err).__name__}: {err}"
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGINT)
            end = time.perf_counter() + 15
            while time.perf_counter() < end:
                pid, status, ru = os.wait4(proc.pid, os.WNOHANG)
                if pid:
                    break
                time.sleep(0.05)
            else:
                os.killpg(proc.pid, signal.SIGKILL)
                pid, status, ru = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
        new.unlink(missing_ok=True)
    if ru is not None:
        res["rss_mb"] = ru.ru_maxrss / 1024
        res["cpu"] = ru.ru_utime + ru.ru_stime
    return res


def _proc_cpu(pid: int) -> float:
    """User+system CPU seconds of a running process (all its threads), from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _poll(url: str, timeout: float) -> int:
    end = time.perf_counter() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as r:
                if r.status == 200:
                    return 200
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
            pass
        if time.perf_counter() > end:
            raise TimeoutError(f"{url} not served within {timeout:.0f} s")
        time.sleep(0.05)


def measure_serve(n: int, work: Path, timeout: float, entries_from: Path) -> dict:
    proj = make_project(work / f"serve-{n}")
    copy_entries(entries_from, proj)
    plain = make_project(work / f"serve-plain-{n}", plugin=False)
    copy_entries(entries_from, plain)
    model = main_model(proj)
    res = {"n": n, "model": model}
    res["plugin"] = measure_serve_one(proj, timeout, model)
    res["plain"] = measure_serve_one(plain, timeout, model)
    p, q = res["plugin"].get("new_page_wall"), res["plain"].get("new_page_wall")
    res["ratio"] = p / q if p and q else None
    p, q = res["plugin"].get("rebuild_cpu"), res["plain"].get("rebuild_cpu")
    res["ratio_cpu"] = p / q if p and q else None
    res["inproc"] = child("inproc", {"project": str(proj), "model": model, "profile": True}, timeout=timeout * 2)
    res["inproc_plain"] = child("inproc", {"project": str(plain), "model": model, "profile": False}, timeout=timeout)
    ip = res["inproc"]
    if "rebuild" in ip:
        # the rebuild parses the new file only: every other parse is an unchanged entry re-parsed
        res["reparsed_unchanged"] = ip["rebuild"]["parsed"] - 1
    shutil.rmtree(plain, ignore_errors=True)
    return res


# --- 6. sizes ---------------------------------------------------------------------------------------

SEARCH_QUERIES = ("context window", "open weights", "MMLU")   # words every generated digest holds


@contextlib.contextmanager
def _material_search(project: Path):
    """Within: the project's digest plugin keeps Material's own search index (`search: material`),
    so that one build gives both figures: Material's index as the browser would load it, then the
    Pagefind bundle made from it. After: mkdocs.yml as it was, for the next step's builds."""
    cfg = project / "mkdocs.yml"
    text = cfg.read_text(encoding="utf-8")
    if "search: material" not in text:
        cfg.write_text(text.replace("\n  - digest\n", "\n  - digest:\n      search: material\n"), encoding="utf-8")
    try:
        yield
    finally:
        cfg.write_text(text, encoding="utf-8")


def _gz(data: bytes) -> int:
    import gzip

    return len(gzip.compress(data, 6))


def _first_searches(site: Path, queries: tuple[str, ...], worker: str | None = None) -> list[dict]:
    """Each query typed into Material's search box on a fresh browser (Debian's chromium): the
    search files fetched from page load to the first results (Material's index and worker, or
    the digest worker and Pagefind's files), raw and gzipped, the wait, and the hits."""
    import functools
    import http.server
    import threading

    chromium = Path("/usr/bin/chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return [{"query": q, "error": "playwright is not installed"} for q in queries]
    if not chromium.exists():
        return [{"query": q, "error": f"no {chromium}"} for q in queries]

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    page_path = site / "stories" / "index.html"
    original = page_path.read_text(encoding="utf-8")
    if worker:   # the bench's page asks the digest worker, the rest of the site is as built
        page_path.write_text(re.sub(r'"search": "[^"]*"', f'"search": "../{worker}"', original), encoding="utf-8")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    rows = []
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=str(chromium), headless=True,
                                         args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
            for q in queries:
                context = browser.new_context(service_workers="block")
                context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(base)
                              else route.abort())
                page = context.new_page()
                urls: list[str] = []
                page.on("requestfinished", lambda req: urls.append(req.url))
                page.goto(base + "stories/", wait_until="load")
                page.wait_for_function("() => { const m = document.querySelector('.md-search-result__meta');"
                                       " return m && !/Initializing/i.test(m.textContent) }", timeout=300_000)
                t0 = time.perf_counter()
                page.keyboard.press("/")
                page.locator("input.md-search__input").fill(q)
                page.locator("input.md-search__input").press("End")   # a keyup: Material sends the query
                page.wait_for_selector(".md-search-result__item", state="attached", timeout=300_000)
                wait = time.perf_counter() - t0
                page.wait_for_timeout(300)
                hits = page.locator(".md-search-result__item").count()
                files = sorted({u[len(base):].split("?")[0] for u in urls if u.startswith(base)})
                files = [f for f in files if f.startswith(("search/", "pagefind/", "assets/javascripts/workers/",
                                                           "assets/javascripts/lunr/", "assets/javascripts/digest-search"))]
                datas = [(site / f).read_bytes() for f in files if (site / f).is_file()]
                rows.append({"query": q, "files": len(datas), "bytes": sum(map(len, datas)),
                             "gzip": sum(map(_gz, datas)), "seconds": wait, "hits": hits})
                context.close()
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
        page_path.write_text(original, encoding="utf-8")
    return rows


def search_figures(site: Path) -> dict:
    """Search at this size, both ways, from one build with Material's index kept: (b) Material's
    index (downloaded whole at page load: raw, gzipped, and its floor, titles alone) and its
    first searches; (a) the Pagefind bundle made from the same documents: build time (this
    process and the binary) and first searches through the digest worker."""
    import resource

    from digest import search_bundle

    index = site / "search" / "search_index.json"
    data = index.read_bytes()
    docs = json.loads(data)["docs"]
    titles = json.dumps({"docs": [{"location": d["location"], "title": d["title"]} for d in docs
                                  if "#" not in d["location"]]}, ensure_ascii=False).encode()
    material = {"index_bytes": len(data), "index_gzip": _gz(data), "docs": len(docs),
                "titles_only_bytes": len(titles), "titles_only_gzip": _gz(titles),
                "first_search": _first_searches(site, SEARCH_QUERIES)}
    kids0, cpu0, t0 = resource.getrusage(resource.RUSAGE_CHILDREN), time.process_time(), time.perf_counter()
    built = search_bundle.build_bundle(site)
    kids1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    bundle = site / search_bundle.BUNDLE_DIR
    pagefind = {"pages": built["pages"], "build_wall": time.perf_counter() - t0,
                "build_cpu": time.process_time() - cpu0 + (kids1.ru_utime - kids0.ru_utime) + (kids1.ru_stime - kids0.ru_stime),
                "bundle_bytes": sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file()),
                "first_search": _first_searches(site, SEARCH_QUERIES, worker=search_bundle.WORKER)}
    return {"material": material, "pagefind": pagefind}


def measure_sizes(sizes: list[int], work: Path, timeout: float, known: dict[int, dict], build_cap: float) -> dict:
    """Search index and largest generated page per size, the plugin core's stages (_child_core), and
    search both ways (search_figures) from a build that keeps Material's index."""
    rows = []
    keys = ("search_index_bytes", "largest_generated", "largest_generated_bytes", "mean_entry_page_bytes",
            "site_bytes", "pages", "generated_pages", "wall", "cpu", "rss_mb", "search_index_by_area")
    for n in sizes:
        proj = work / f"site-{n}"
        if n in known:
            row = {"n": n, **{k: known[n][k] for k in keys if k in known[n]}}
            with _material_search(proj):
                b = build_cli(proj, build_cap)   # the site step's builds end with the Pagefind bundle
            row.update({k: b[k] for k in ("search_index_bytes", "search_index_by_area") if k in b})
        else:
            t0 = time.perf_counter()
            try:
                proj = prepare_site_project(n, work, timeout)
            except Exception as err:
                rows.append({"n": n, "error": f"{type(err).__name__}: {err}"})
                continue
            conv = time.perf_counter() - t0
            core = child("core", {"project": str(proj)}, timeout=timeout)
            with _material_search(proj):
                b = build_cli(proj, build_cap)
            row = {"n": n, "convert_wall": conv, "core": core, **{k: b[k] for k in keys if k in b}}
            if b.get("timed_out") or b.get("rc"):
                row["error"] = (f"plugin build not finished within {build_cap:.0f} s (stopped)" if b.get("timed_out")
                                else f"plugin build exit {b.get('rc')}: {b.get('stderr', '')[-200:]}")
        if not row.get("error") and (proj / "site" / "search" / "search_index.json").is_file():
            try:
                row["search"] = search_figures(proj / "site")
            except Exception as err:   # a figure missing, not a run lost
                row["search"] = {"error": f"{type(err).__name__}: {err}"}
        row["entries"] = sum(1 for _ in (proj / "content" / "entries").rglob("*.md"))
        if "core" not in row:
            row["core"] = child("core", {"project": str(proj)}, timeout=timeout)
        if n not in known:
            shutil.rmtree(proj, ignore_errors=True)
        rows.append(row)
    for a, b in zip(rows, rows[1:]):
        if a.get("entries") and b.get("entries"):
            b["n_ratio"] = b["entries"] / a["entries"]
        if a.get("search_index_bytes") and b.get("search_index_bytes") and not b.get("error"):
            b["search_index_ratio"] = b["search_index_bytes"] / a["search_index_bytes"]
            b["largest_generated_ratio"] = b["largest_generated_bytes"] / a["largest_generated_bytes"]
            b["build_cpu_ratio"] = b["cpu"] / a["cpu"]
        ca, cb = a.get("core") or {}, b.get("core") or {}
        b["core_ratios"] = {k: cb[k] / ca[k] for k in ("parse", "link (build_site_data)", "generated pages")
                            if ca.get(k) and cb.get(k)}
    return {"rows": rows}


def search_rows(r: dict) -> list[tuple]:
    """Table rows for one size's search figures: the adopted search (Pagefind) against the budget,
    then Material's index measured the same way."""
    s = r.get("search") or {}
    n = f"{r.get('entries', r['n']):,} entries"
    if s.get("error"):
        return [("6 search", f"{n}: {s['error'][:90]}", "", "", "", "", "≤ 1 MB", "")]
    out = []

    def firsts(fs: list[dict]) -> tuple[str, int | None]:
        ok = [f for f in fs if "bytes" in f]
        if not ok:
            return (fs[0].get("error", "no figure") if fs else "no figure"), None
        worst = max(f["bytes"] for f in ok)
        text = "; ".join(f"\"{f['query']}\" {_mb(f['bytes'])} ({_mb(f['gzip'])} gzip, {f['files']} files, "
                         f"{f['seconds']:.1f} s, {f['hits']} hits)" for f in ok)
        return text, worst

    pf, mat = s.get("pagefind") or {}, s.get("material") or {}
    text, worst = firsts(pf.get("first_search") or [])
    out.append(("6 search", f"{n}, Pagefind (adopted), first search: {text}; bundle {_mb(pf.get('bundle_bytes'))} "
                f"on disk, {pf.get('pages')} pages",
                _f(pf.get("build_wall")), _f(pf.get("build_cpu")), "", "", "≤ 1 MB",
                _met(None if worst is None else worst <= 2**20)))
    text, worst = firsts(mat.get("first_search") or [])
    out.append(("6 search", f"{n}, Material's index (alternative): {_mb(mat.get('index_bytes'))} "
                f"({_mb(mat.get('index_gzip'))} gzip, {mat.get('docs'):,} documents; titles alone "
                f"{_mb(mat.get('titles_only_bytes'))}, {_mb(mat.get('titles_only_gzip'))} gzip), first search: {text}",
                "", "", "", "", "≤ 1 MB", _met(None if worst is None else worst <= 2**20)))
    return out


# --- report -------------------------------------------------------------------------------------------

# --- 7. serving with dirty rebuilds --------------------------------------------------------------------

def _served_text(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.read().decode("utf-8", "replace") if r.status == 200 else None
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return None


def _builds(log_path: Path) -> int:
    """A count that grows with every build finished (it is compared, never read as a number of
    builds). MkDocs logs a message once per process (its DuplicateFilter), so a build that takes as
    long as an earlier one to the hundredth of a second logs no "Documentation built in"; the
    server's "[hh:mm:ss] Reloading browsers" follows every rebuild."""
    text = log_path.read_text(errors="replace")
    return text.count("Documentation built in") + text.count("Reloading browsers")


def _until(done, timeout: float) -> None:
    end = time.perf_counter() + timeout
    while not done():
        if time.perf_counter() > end:
            raise TimeoutError(f"not done within {timeout:.0f} s")
        time.sleep(0.02)


def editable_entry(project: Path, title: str) -> Path:
    """The entry whose title the serving step edits: the middle one, or the next one that `digest
    check` still accepts once edited (an edited entry is checked as hand-written, and a generated
    entry may name an attribute outside the vocabulary: a rejected entry would not be served)."""
    files = sorted((project / "content" / "entries").rglob("*.md"))
    found = _accepted(project, files, len(files) // 2,
                      lambda text: re.sub(r"^title: .*$", f"title: {title}", text, count=1, flags=re.M))
    return found[0] if found else files[len(files) // 2]


def accepted_edit(project: Path, files: list[Path], start: int, sentence: str) -> tuple[Path, str, str]:
    """From `files[start]` on, the first entry that `digest check` still accepts with `sentence`
    added to its text (checked as hand-written once edited): (path, its text, the edited text)."""
    found = _accepted(project, files, start, lambda text: text.rstrip("\n") + f"\n\n{sentence}\n")
    if found is None:
        raise RuntimeError("no entry stays valid once edited")
    return found


def _accepted(project: Path, files: list[Path], start: int, edit) -> tuple[Path, str, str] | None:
    from digest.check import check_parsed
    from digest.config import load_knowledge
    from digest.entryfile import parse_entry

    k = load_knowledge(str(project / "site_config"))
    for path in files[start:] + files[:start]:
        text = path.read_text(encoding="utf-8")
        changed = edit(text)
        if not check_parsed(parse_entry(str(path), changed), changed, k):
            return path, text, changed
    return None


def measure_serve_changes(project: Path, timeout: float, model: str | None, dirty: bool) -> dict:
    """`mkdocs serve` (with --dirty for the plugin) and three saves, one after the other: an entry
    edited (its title), a new entry, that entry deleted. Latency: from the file written until the
    changed page is served updated and the rebuild has finished (every affected page written)."""
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    log_path = project / "serve.log"
    entries = project / "content" / "entries"
    marker = "Bench edited title"
    edited = editable_entry(project, marker)
    edited_url = base + edited.relative_to(project / "content").with_suffix("").as_posix() + "/"
    new = entries / f"{NEW_ENTRY}.md"
    new.unlink(missing_ok=True)
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONHASHSEED="0")
    cmd = [str(BIN / "mkdocs"), "serve", "-a", f"127.0.0.1:{port}"] + (["--dirty"] if dirty else [])
    res: dict = {"dirty": dirty}
    original = edited.read_text(encoding="utf-8")
    with open(log_path, "w") as log:
        proc = subprocess.Popen(cmd, cwd=project, stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    try:
        start = time.perf_counter()
        _until(lambda: "Serving on" in log_path.read_text(errors="replace") or proc.poll() is not None, timeout)
        if proc.poll() is not None:
            raise RuntimeError("mkdocs serve exited: " + log_path.read_text()[-1500:])
        res["startup_wall"] = time.perf_counter() - start
        _poll(base, 60)
        time.sleep(1.0)   # let the file watcher settle

        def rebuilt() -> list[int]:
            return [int(a) for a in re.findall(r"digest: rebuilding (\d+) of", log_path.read_text(errors="replace"))]

        def change(name: str, write, served) -> None:
            before, counted, cpu0 = _builds(log_path), len(rebuilt()), _proc_cpu(proc.pid)
            said = log_path.read_text(errors="replace").count("Documentation built in")
            t0 = time.perf_counter()
            write()
            _until(lambda: served() and _builds(log_path) > before, timeout)
            res[name] = time.perf_counter() - t0
            time.sleep(1.0)   # a second build (the watcher saw two events) counts with this change
            res[name + "_cpu"] = _proc_cpu(proc.pid) - cpu0
            times = re.findall(r"Documentation built in ([\d.]+) seconds", log_path.read_text(errors="replace"))
            # none when the build took as long as an earlier one (MkDocs said it once)
            res[name + "_build"] = float(times[-1]) if len(times) > said else None
            res[name + "_rebuilt"] = sum(rebuilt()[counted:]) if dirty else None
            work = re.findall(r"(\d+) generated pages drawn, (\d+) claims linked again", log_path.read_text(errors="replace"))
            res[name + "_drawn"] = sum(int(a) for a, _ in work[counted:]) if dirty else None
            res[name + "_relinked"] = sum(int(b) for _, b in work[counted:]) if dirty else None

        change("edit", lambda: edited.write_text(re.sub(r"^title: .*$", f"title: {marker}", original, count=1, flags=re.M),
                                                 encoding="utf-8"),
               lambda: marker in (_served_text(edited_url) or ""))
        change("add", lambda: new.write_text(new_entry_text(model), encoding="utf-8"),
               lambda: _served_text(base + f"entries/{NEW_ENTRY}/") is not None)
        change("delete", lambda: new.unlink(),
               lambda: _served_text(base + f"entries/{NEW_ENTRY}/") is None)
        pages = re.findall(r"digest: rebuilding \d+ of (\d+) pages", log_path.read_text(errors="replace"))
        res["pages"] = int(pages[-1]) if pages else None
    except Exception as err:  # reported in the table, the other steps go on
        res["error"] = f"{type(err).__name__}: {err}"
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGINT)
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        new.unlink(missing_ok=True)
        edited.write_text(original, encoding="utf-8")
    return res


def _child_dirty_profile(args: dict) -> dict:
    """One dirty rebuild after an edited title, in process and profiled: where the time goes."""
    import logging

    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    logging.disable(logging.WARNING)
    project = Path(args["project"])
    os.chdir(project)
    site = project / "site-dirty"
    config = load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(site))
    config.plugins.on_startup(command="serve", dirty=True)
    plugin = config.plugins["digest"]
    build(config, dirty=True)
    edited = editable_entry(project, "Bench profiled title")
    original = edited.read_text(encoding="utf-8")
    edited.write_text(re.sub(r"^title: .*$", "title: Bench profiled title", original, count=1, flags=re.M), encoding="utf-8")
    prof = cProfile.Profile()
    try:
        config = load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(site))
        t0, c0 = time.perf_counter(), _cpu()
        prof.enable()
        build(config, dirty=True)
        prof.disable()
        wall, cpu = time.perf_counter() - t0, _cpu() - c0
    finally:
        edited.write_text(original, encoding="utf-8")
        shutil.rmtree(site, ignore_errors=True)
    return {"wall": wall, "cpu": cpu, "rebuilt": len(plugin.rebuilt), "pages": len(plugin.fingerprints),
            "drawn": len(plugin.rendered), "relinked": plugin.relinked,
            "claims": len(plugin.site.claims) if plugin.site else None, "profile": profile_summary(prof, top=14)}


def measure_serve_dirty(sizes: list[int], work: Path, timeout: float, plain_too: bool = True) -> dict:
    """At each size: the plugin under `mkdocs serve --dirty` (what `make serve` runs) and plain
    Material under `mkdocs serve` as its users run it (every save rebuilds the site; left out
    with `plain_too=False`, a few minutes less at 5,000 entries)."""
    rows = []
    for n in sizes:
        proj = prepare_site_project(n, work, timeout)
        served = make_project(work / f"dirty-{n}")
        copy_entries(proj, served)
        plain = make_project(work / f"dirty-plain-{n}", plugin=False) if plain_too else None
        if plain is not None:
            copy_entries(proj, plain)
        model = main_model(served)
        row = {"n": n, "entries": sum(1 for _ in (served / "content" / "entries").rglob("*.md"))}
        row["plugin"] = measure_serve_changes(served, timeout, model, dirty=True)
        row["plain"] = measure_serve_changes(plain, timeout, model, dirty=False) if plain is not None else {}
        row["profile"] = child("dirtyprof", {"project": str(served)}, timeout=timeout)
        rows.append(row)
        if plain is not None:
            shutil.rmtree(plain, ignore_errors=True)
        shutil.rmtree(served, ignore_errors=True)
    return {"rows": rows}


def dirty_table(res: dict) -> str:
    out = ["", "Serving (7): file written -> changed page served and every affected page rebuilt, wall s",
           "(CPU: the server's CPU seconds for the change, its rebuild(s) included);",
           "plugin: `mkdocs serve --dirty` (make serve); plain Material: `mkdocs serve` (full rebuilds)", "",
           "| entries | change | plugin | pages rebuilt | plain Material | budget | met |", "|---|---|---|---|---|---|---|"]
    for row in res.get("rows", []):
        budget = 1.5 if row["n"] <= 1000 else 3.0
        p, q = row["plugin"], row["plain"]
        for name in ("edit", "add", "delete"):
            rebuilt = p.get(name + "_rebuilt")
            pages = f"{rebuilt} of {p.get('pages')}" if rebuilt is not None else "-"
            if p.get(name + "_drawn") is not None:
                pages += f" ({p[name + '_drawn']} drawn, {p[name + '_relinked']} claims relinked)"
            out.append(f"| {row['entries']:,} | {name} | {_f(p.get(name))} (CPU {_f(p.get(name + '_cpu'))}) | {pages} "
                       f"| {_f(q.get(name))} (CPU {_f(q.get(name + '_cpu'))}) | <= {budget} s | {_met(p.get(name) is not None and p[name] <= budget)} |")
        for side in ("plugin", "plain"):
            if row[side].get("error"):
                out.append(f"| {row['entries']:,} | {side} error | {row[side]['error'][:200]} | | | | |")
        prof = row.get("profile") or {}
        if prof.get("profile"):
            areas = ", ".join(f"{a} {share:.0%}" for a, share in prof["profile"]["areas"][:6])
            out.append(f"\n{row['entries']:,} entries, one dirty rebuild in process: {_f(prof.get('wall'))} s wall, "
                       f"{_f(prof.get('cpu'))} s CPU, {prof.get('rebuilt')} of {prof.get('pages')} pages written, "
                       f"{prof.get('drawn')} generated pages drawn, {prof.get('relinked')} of {prof.get('claims')} "
                       f"claims linked again; {areas}")
            for t in prof["profile"]["top"][:8]:
                out.append(f"    {t['own']:.3f} s own  {t['cum']:.3f} s cum  {t['func']}")
    return "\n".join(out)


def _f(x, fmt="{:.2f}") -> str:
    return "—" if x is None else fmt.format(x)


def _mb(b) -> str:
    return "—" if not b else f"{b / 2**20:.2f} MB"


def _met(ok) -> str:
    return "—" if ok is None else ("met" if ok else "NOT met")


def table(results: dict) -> str:
    rows = [("step", "measurement", "wall s", "CPU s", "peak RSS MB", "ratio", "budget", "verdict")]
    c = results.get("convert")
    if c:
        for r in c["rows"]:
            if r.get("skipped"):
                rows.append(("1 convert", f"N={r['n']:,}: not run, {r['skipped']}", "—", "—", "—",
                             f"projected ×{_f(r.get('ratio_projected'), '{:.1f}')} CPU", "≤12× per 10×",
                             _met(r["per_10x_projected"] <= 12) + " (projected)" if r.get("per_10x_projected") else ""))
                continue
            if r.get("error"):
                rows.append(("1 convert", f"N={r['n']:,}: {r['error'][:60]}", "—", "—", "—", "—", "", ""))
                continue
            ratio = f"×{r['ratio_cpu']:.1f} CPU (×{r['ratio_wall']:.1f} wall)" if r.get("ratio_cpu") else ""
            verdict = _met(r["per_10x"] <= 12) if r.get("per_10x") else ""
            rows.append(("1 convert", f"N={r['n']:,} (jobs 1, in-process; {r.get('written', 0)} written)",
                         _f(r.get("wall")), _f(r.get("cpu")), _f(r.get("rss_mb"), "{:.0f}"), ratio,
                         "≤12× per 10×" if ratio else "", verdict))
    j = results.get("jobs")
    if j:
        rows.append(("2 jobs", f"`digest convert` N={j['n']:,} --jobs 1", _f(j["jobs1"]["wall"]), _f(j["jobs1"]["cpu"]),
                     _f(j["jobs1"]["rss_mb"], "{:.0f}"), "", "", ""))
        rows.append(("2 jobs", f"`digest convert` N={j['n']:,} --jobs 2 (same output: {j.get('same_output')})",
                     _f(j["jobs2"]["wall"]), _f(j["jobs2"]["cpu"]), _f(j["jobs2"]["rss_mb"], "{:.0f}"),
                     f"speed-up ×{_f(j.get('speedup'))} wall", "≥1.6×", _met((j.get("speedup") or 0) >= 1.6)))
    inc = results.get("incremental")
    if inc:
        for r in inc["rows"]:
            a, b = r["into_existing"], r["into_empty"]
            ratio = ""
            if r.get("existing_cost_ratio"):
                ratio = f"existing-entry cost ×{r['existing_cost_ratio']:.1f} for ×{r['new_ratio']:.0f} new dumps"
            rows.append(("1b incr.", f"{r['new']} new dumps into {r['existing']:,} entries (into an empty folder: "
                         f"{b['wall']:.2f} s wall, {b['cpu']:.2f} s CPU; existing entries cost {r['existing_cost_cpu']:.2f} s CPU)",
                         _f(a["wall"]), _f(a["cpu"]), _f(a["rss_mb"], "{:.0f}"), ratio, "", ""))
    lk = results.get("link")
    if lk:
        for r in lk["rows"]:
            if r.get("error"):
                rows.append(("3 link", f"{r['n']:,} claims: {r['error'][:60]}", "—", "—", "—", "—", "", ""))
                continue
            ratio = f"×{r['ratio_cpu']:.1f} CPU" if r.get("ratio_cpu") else ""
            big = r["n"] >= 100_000
            budget = "<2 s and ≤12× per 10×" if big else ("≤12× per 10×" if ratio else "")
            ok = None
            if ratio:
                ok = r["per_10x"] <= 12 and (r["wall"] < 2 if big else True)
            rows.append(("3 link", f"link_claims, {r['n']:,} claims ({r.get('relations', 0):,} relations; "
                         f"tracemalloc peak {_f(r.get('tracemalloc_peak_mb'), '{:.0f}')} MB)",
                         _f(r.get("wall")), _f(r.get("cpu")), _f(r.get("rss_mb"), "{:.0f}"), ratio, budget, _met(ok)))
    for s in [results["site"]] + results.get("site_more", []) if results.get("site") else []:
        states = s.get("caches") or ["cold"]
        kinds = [("plugin" if i == 0 else f"plugin_{c}", c) for i, c in enumerate(states)] + [("plain", None)]
        for kind, state in kinds:
            b = s[kind]
            rows.append(("4 site", f"{s['entries']:,} entries, {'plugin, ' + state + ' cache' if state else kind}: "
                         f"{b.get('pages', '?')} pages"
                         + (f" ({b.get('generated_pages')} generated)" if state else f", builds: {s.get('plain_ok')}")
                         + (f"; fastest of CPU {', '.join(map(str, b['runs_cpu']))} s, of wall "
                            f"{', '.join(map(str, b.get('runs_wall', [])))} s" if len(b.get("runs_cpu", [])) > 1 else ""),
                         _f(b.get("wall")), _f(b.get("cpu")), _f(b.get("rss_mb"), "{:.0f}"),
                         f"{_f(b['wall'] / b['pages'] * 1000 if b.get('pages') else None, '{:.1f}')} ms/page wall", "", ""))
        for kind, state in kinds[:-1]:
            suffix = "" if kind == "plugin" else f"_{state}"
            ratio = s.get(f"per_page_cpu_ratio{suffix}")
            where = ", sites written to memory" if s.get("in_memory") else ""
            if s.get(f"failed{suffix}"):
                rows.append(("4 site", f"{s['entries']:,} entries, plugin ({state} cache) vs plain: a build failed in "
                             f"every round ({s[f'failed{suffix}'][:120]})", "", "", "", "no ratio", "≤1.25×", "NOT met"))
                continue
            wall = s.get(f"per_page_wall_ratio{suffix}")
            rows.append(("4 site", f"{s['entries']:,} entries, plugin ({state} cache) vs plain, time per built page{where}"
                         " (verdict: wall, what an editor waits for; CPU counts both cores)",
                         "", "", "", f"×{_f(wall)} wall (×{_f(ratio)} CPU)", "≤1.25×",
                         _met(wall is not None and wall <= 1.25)))
    s = results.get("site")
    if s:
        v = results.get("serve") or {}
        ip = v.get("inproc", {})
        for label, b in (("plugin", ip.get("first_build")), ("plain", v.get("inproc_plain", {}).get("first_build"))):
            if not b:
                continue
            pg = b["pages"]
            parts = [f"{k} {pg[k]['n']} pages {pg[k]['cpu']:.1f} s ({pg[k]['cpu'] / pg[k]['n'] * 1000:.0f} ms/page, max {pg[k]['max'] * 1000:.0f} ms)"
                     for k in ("entry", "generated", "other") if pg[k]["n"]]
            stages = ", ".join(f"{k} {t:.1f} s" for k, t in b["stages"].items())
            rows.append(("4 site", f"in-process {label} build, CPU by page kind: " + "; ".join(parts) + f"; {stages}",
                         _f(b["wall"]), _f(b["cpu"]), "", "", "", ""))
    v = results.get("serve")
    if v:
        for kind in ("plugin", "plain"):
            r = v[kind]
            rows.append(("5 serve", f"{v['n']:,} entries, {kind}: new file -> page served"
                         + (f" ({r['error'][:60]})" if r.get("error") else
                            f" (rebuild logged {_f(r.get('rebuild_reported'))} s)"),
                         _f(r.get("new_page_wall")), _f(r.get("rebuild_cpu")), _f(r.get("rss_mb"), "{:.0f}"), "", "", ""))
        rows.append(("5 serve", "plugin vs plain, new file -> served", "", "", "",
                     f"×{_f(v.get('ratio_cpu'))} CPU (×{_f(v.get('ratio'))} wall)", "", ""))
        ip = v.get("inproc", {})
        if "rebuild" in ip:
            prof = " (profiled: times inflated)" if ip["rebuild"].get("profiled") else ""
            rows.append(("5 serve", f"in-process rebuild after one new file{prof}: parsed {ip['rebuild']['parsed']} "
                         f"(first build parsed {ip['first_build']['parsed']}; same plugin instance: {ip['rebuild']['same_instance']})",
                         _f(ip["rebuild"]["wall"]), _f(ip["rebuild"]["cpu"]), _f(ip.get("rss_mb"), "{:.0f}"),
                         f"{v.get('reparsed_unchanged')} unchanged re-parsed", "0", _met(v.get("reparsed_unchanged") == 0)))
        elif ip.get("error"):
            rows.append(("5 serve", f"in-process rebuild: {ip['error'][:80]}", "", "", "", "", "0", ""))
    z = results.get("sizes")
    if z:
        for r in z["rows"]:
            if r.get("error"):
                rows.append(("6 sizes", f"{r.get('entries', r['n']):,} entries: {r['error'][:90]}", _f(r.get("wall")),
                             _f(r.get("cpu")), _f(r.get("rss_mb"), "{:.0f}"), "", "", ""))
            ratio = ""
            if r.get("error"):
                pass
            elif r.get("search_index_ratio"):
                ratio = (f"×{r['search_index_ratio']:.1f} index, ×{r['largest_generated_ratio']:.1f} largest page, "
                         f"×{r['build_cpu_ratio']:.1f} build CPU for ×{r['n_ratio']:.1f} entries")
            if not r.get("error"):
                rows.append(("6 sizes", f"{r.get('entries', r['n']):,} entries, {r.get('pages')} pages: search_index.json "
                         f"{_mb(r.get('search_index_bytes'))}, largest generated {r.get('largest_generated')} "
                         f"{_mb(r.get('largest_generated_bytes'))}, mean entry page {_mb(r.get('mean_entry_page_bytes'))}, "
                         f"site {_mb(r.get('site_bytes'))} (plugin build); search index by section: "
                         + ", ".join(f"{a} {_mb(b)}" for a, b in sorted((r.get("search_index_by_area") or {}).items(),
                                                                         key=lambda x: -x[1])[:4]),
                         _f(r.get("wall")), _f(r.get("cpu")), _f(r.get("rss_mb"), "{:.0f}"), ratio, "", ""))
            if r.get("search"):
                rows.extend(search_rows(r))
            core = r.get("core") or {}
            if "parse" in core:
                ratio = ""
                if r.get("core_ratios"):
                    ratio = ", ".join(f"{k.split(' ')[0]} ×{v:.1f}" for k, v in r["core_ratios"].items())
                rows.append(("6 core", f"{core['entries']:,} entries, {core['claims']:,} claims, plugin core CPU: "
                             + ", ".join(f"{k} {core[k]:.1f} s" for k in ("parse", "stories", "link (build_site_data)",
                                                                          "generated pages"))
                             + f"; {core['pages']} generated pages, {_mb(core['page_bytes'])} Markdown",
                             "", _f(sum(core[k] for k in ("parse", "stories", "link (build_site_data)", "generated pages"))),
                             _f(core.get("rss_mb"), "{:.0f}"), ratio, "", ""))
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = ["| " + " | ".join(str(r[i]).ljust(widths[i]) for i in range(len(r))) + " |" for r in rows]
    out.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(out)


def profiles(results: dict) -> str:
    out = []

    def show(title, p, n_top=8):
        if not p:
            return
        out.append(f"\n{title} (cProfile, {p['total']:.1f} s profiled)")
        out.append("  own time by area: " + ", ".join(f"{a} {s:.0%}" for a, s in p["areas"][:7]))
        if p.get("steps"):
            out.append("  convert steps (cumulative share): " + ", ".join(f"{k} {v:.0%}" for k, v in p["steps"].items()))
        out.append("  most own time:")
        for t in p["top"][:n_top]:
            out.append(f"    {t['own']:7.2f} s own {t['cum']:7.2f} s cum {t['calls']:>9,} calls  {t['func']}")
        out.append("  digest functions by cumulative time:")
        for t in p.get("cum", [])[:8]:
            out.append(f"    {t['cum']:7.2f} s cum {t['calls']:>9,} calls  {t['func']}")

    c = results.get("convert")
    if c:
        for r in c["rows"]:
            if r.get("profile"):
                show(f"convert N={r['n']:,}", r["profile"])
    if results.get("link", {}).get("profile"):
        show(f"link_claims {results['link']['rows'][-1]['n']:,} claims", results["link"]["profile"])
    ip = results.get("serve", {}).get("inproc", {})
    if ip.get("rebuild_profile"):
        show(f"plugin build of {results['serve']['n']:,} entries after one new entry (a full build but for "
             "parsing unchanged entries)", ip["rebuild_profile"], 10)
    for r in results.get("sizes", {}).get("rows", []):
        core = r.get("core") or {}
        if core.get("pages_by_function"):
            out.append(f"\ngenerated pages' Markdown at {core['entries']:,} entries ({core['generated pages']:.1f} s CPU, "
                       f"largest {core['largest_page'][1]} {_mb(core['largest_page'][0])}), cumulative by function:")
            for t in core["pages_by_function"][:6]:
                out.append(f"    {t['cum']:7.2f} s cum {t['calls']:>9,} calls  {t['func']}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Scale and speed benchmarks (prints ratios measured in one run).")
    ap.add_argument("--quick", action="store_true", help="smaller sizes (a few minutes)")
    ap.add_argument("--only", default="convert,incremental,jobs,link,site,serve,sizes,dirty", help="comma-separated steps")
    ap.add_argument("--json", type=Path, help="also write every figure to this JSON file")
    ap.add_argument("--work", type=Path, help="work folder (default: a temp folder, removed at the end)")
    ap.add_argument("--site-sizes", type=lambda v: [int(x) for x in v.split(",")],
                    help="entries for the site step, e.g. 1000,5000 (default: 1000, or 300 with --quick)")
    ap.add_argument("--dirty-sizes", type=lambda v: [int(x) for x in v.split(",")],
                    help="entries for the serving step, e.g. 1000 (default: 1000,5000, or 300 with --quick)")
    ap.add_argument("--dirty-no-plain", action="store_true",
                    help="serving step: the plugin only, without plain Material's full rebuilds")
    ap.add_argument("--site-cache", default="cold,warm",
                    help="the plugin's parse cache in the site step, comma-separated: cold (emptied before each build), "
                         "warm (filled, nothing changed), edited (filled, one entry's text changed)")
    ap.add_argument("--site-in-memory", action="store_true",
                    help="site step: write both sites to /dev/shm, leaving out the file system's cost")
    ap.add_argument("--site-rounds", type=lambda v: [int(x) for x in v.split(",")], default=[3],
                    help="builds of each kind in the site step, fastest kept; one number per size, e.g. 3,1")
    ap.add_argument("--child", nargs=2, metavar=("MODE", "ARGS"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        mode, payload = args.child
        fn = {"convert": _child_convert, "link": _child_link, "inproc": _child_inproc, "core": _child_core,
              "dirtyprof": _child_dirty_profile}[mode]
        print(json.dumps(fn(json.loads(payload)), default=str))
        return 0
    sizes = QUICK if args.quick else FULL
    steps = set(args.only.split(","))
    if args.site_in_memory and steps & {"sizes", "serve"}:
        ap.error("--site-in-memory leaves the file system out of the site step's builds, which the sizes "
                 "and serve steps compare with their own: run it with --only site")
    work = args.work or Path(tempfile.mkdtemp(prefix="digest-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    results: dict = {"config": sizes, "cpus": os.cpu_count(), "load_before": os.getloadavg()}
    t_start = time.perf_counter()
    timeout = sizes["step_timeout"]

    def say(msg):
        print(f"[{time.perf_counter() - t_start:6.0f} s] {msg}", file=sys.stderr, flush=True)

    try:
        if "convert" in steps:
            say(f"1 convert {sizes['convert']}")
            results["convert"] = measure_convert(sizes["convert"], work, sizes["convert_cap"], timeout)
        if args.site_sizes:
            sizes = dict(sizes, site=args.site_sizes[0])
        site_n = sizes["site"]
        if steps & {"jobs", "incremental"}:
            say(f"2 jobs: digest convert of {sizes['jobs']} dumps, --jobs 1 and 2")
            results["jobs"] = measure_jobs(sizes["jobs"], work, timeout)
        # the site step builds the entries the jobs step converted, when it ran at the same size
        converted = work / "jobs1" if sizes["jobs"] == site_n and (work / "jobs1").is_dir() else None
        if "incremental" in steps and (work / "jobs1").is_dir():
            say(f"1b incremental: new dumps into the {sizes['jobs']}-entry folder")
            results["incremental"] = measure_incremental(work / "jobs1", work, timeout, sizes["incremental"])
        if "link" in steps:
            say(f"3 link {sizes['link']}")
            results["link"] = measure_link(sizes["link"], timeout)
        if steps & {"site", "serve", "sizes"}:
            say(f"4 site: {site_n} entries, plugin vs plain")
            caches = tuple(args.site_cache.split(","))
            rounds = args.site_rounds + args.site_rounds[-1:] * 8
            results["site"] = measure_site(site_n, work, timeout, entries_from=converted, caches=caches,
                                           rounds=rounds[0], in_memory=args.site_in_memory)
            for i, n in enumerate((args.site_sizes or [])[1:], 1):
                say(f"4 site: {n} entries, plugin vs plain")
                results.setdefault("site_more", []).append(
                    measure_site(n, work, timeout, caches=caches, rounds=rounds[i], in_memory=args.site_in_memory))
        if "serve" in steps:
            say(f"5 serve: {sizes['serve']} entries")
            results["serve"] = measure_serve(sizes["serve"], work, timeout, entries_from=work / f"site-{site_n}")
        if "sizes" in steps:
            say(f"6 sizes {sizes['sizes']}")
            known = {site_n: results["site"]["plugin"]} if "site" in results else {}
            results["sizes"] = measure_sizes(sizes["sizes"], work, timeout, known, sizes["build_cap"])
        if "dirty" in steps:
            dirty_sizes = args.dirty_sizes or sizes["dirty"]
            say(f"7 serving with dirty rebuilds: {dirty_sizes} entries")
            results["dirty"] = measure_serve_dirty(dirty_sizes, work, timeout, plain_too=not args.dirty_no_plain)
    finally:
        results["load_after"] = os.getloadavg()
        results["total_wall"] = time.perf_counter() - t_start
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    print(table(results))
    print(profiles(results))
    if "dirty" in results:
        print(dirty_table(results["dirty"]))
    print(f"\nload average before {results['load_before'][0]:.1f}, after {results['load_after'][0]:.1f}; "
          f"{os.cpu_count()} cores; whole run {results['total_wall']:.0f} s")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
