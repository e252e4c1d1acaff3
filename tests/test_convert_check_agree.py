"""What the converter writes, `digest check` and the build accept (texts written for these tests)."""

from __future__ import annotations

from conftest import make_project, run

GLUED = """Orbital-7 benchmarks compared

Published: March 3, 2025

Orbital Labs released Orbital-7 on Monday. The table below compares it with Kestrel-4.

Benchmark Orbital-7 Kestrel-4
MMLU88.7%86.4%
HumanEval90.2%86.6%
GPQA53.6%49.9%
MATH76.6%72.6%

Orbital-7 has a 256,000-token context window, the company said.
"""


def test_claims_from_a_flattened_table_pass_check_and_reach_the_site(tmp_path):
    proj = make_project(tmp_path / "p")
    (proj / "dumps").mkdir()
    (proj / "dumps" / "orbital.txt").write_text(GLUED, encoding="utf-8")
    run(["digest", "convert", "dumps"], proj)
    check = run(["digest", "check"], proj, check=False)
    assert check.returncode == 0, check.stdout + check.stderr
    run(["mkdocs", "build", "--strict"], proj)
    claims = (proj / "site" / "claims.json").read_text(encoding="utf-8")
    assert '"attribute": "MMLU"' in claims or '"attribute": "mmlu"' in claims.lower()
