"""A chip's measures (memory, bandwidth, compute, power) on sentences written for the test: the
units as pages write them in several languages, the chip a clause is about, and the chips that are
only compared or named after a preposition."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import ROOT
from digest.config import load_knowledge
from digest.extract import values as V
from digest.extract.entry import extract_entry
from digest.extract.units import structure_from_markdown

K = load_knowledge(ROOT / "site_config")


def facts(body: str) -> set[tuple]:
    _, found = extract_entry(structure_from_markdown(body), "Chip news", K, dt.date(2025, 3, 10))
    return {(c["subject"], c["attribute"], c["value"], c.get("unit")) for c in found
            if c["attribute"] in ("memory", "memory bandwidth", "compute performance", "power")}


@pytest.mark.parametrize("text, value, unit", [
    ("4.614 Teraflops", 4614, "TFLOPS"),
    ("jusqu’à 4 614 téraflops", "<=4614", "TFLOPS"),
    ("1,835 TFLOPs", 1835, "TFLOPS"),
    ("3,7 TB por segundo", 3.7, "TB/s"),
])
def test_measures_in_each_language(text, value, unit):
    attr = next(a for a in K.attributes if a.name in ("compute performance", "memory bandwidth") and unit in dict(a.values))
    assert [(v, u) for _, _, v, u in V.find_measures(text, attr.values)] == [(value, unit)]


def test_a_bandwidth_is_no_memory_size_and_gigabits_are_no_gigabytes():
    memory = next(a for a in K.attributes if a.name == "memory")
    assert list(V.find_measures("96 MB of SRAM at 12,8 TB por segundo", memory.values)) == []
    assert list(V.find_measures("96 Gb de memória", memory.values)) == []


def test_each_chip_keeps_its_own_measures():
    got = facts("The new VX900 accelerator has 256GB of HBM3e memory with 9 TB/s of memory bandwidth.\n\n"
                "It draws 1,200W of power, against 700 W for the VX800.\n\n"
                "These figures beat the VX700, which had 96 GB of memory and 2.4 TB/s of bandwidth.\n")
    assert ("VX900", "memory", 256, "GB") in got
    assert ("VX900", "memory bandwidth", 9, "TB/s") in got
    assert ("VX900", "power", 1200, "W") in got
    assert ("VX700", "memory", 96, "GB") in got
    assert not [f for f in got if f[0] == "VX800"]


def test_a_chip_named_after_a_preposition_borrows_nothing_and_a_model_keeps_its_specs():
    got = facts("La puce offrirait 9 000 TFLOPS en FP4, contre 2 000 pour la VX800, pour une consommation de 1 200 W.\n")
    assert not got
    _, found = extract_entry(structure_from_markdown(
        "The Zephyr-7 model was trained on 24,000 VX800 GPUs and has a context window of 8,192 tokens.\n"),
        "Zephyr-7", K, dt.date(2025, 3, 10))
    assert ("Zephyr-7", "context window", 8192) in {(c["subject"], c["attribute"], c["value"]) for c in found}


def test_an_sram_or_network_bandwidth_is_no_memory_bandwidth():
    got = facts("The VX900 has 96 MB of SRAM communicating at 12.8 TB/s.\n\n"
                "With its on-chip networking, the VX900 delivers 1.2 TB/s bi-directional bandwidth.\n")
    assert not [f for f in got if f[1] == "memory bandwidth"]


def test_a_compute_figure_keeps_its_number_format():
    _, found = extract_entry(structure_from_markdown(
        "V FP32 tu u VX900 máme 157,3 TFLOPS, nicméně u INT4 jsme na 5 POPs.\n\n"
        "As an accelerator card, the VX800 delivers 1,835 TFLOPs of AI performance using the FP8 data format.\n"),
        "Chip news", K, dt.date(2025, 3, 10))
    got = {(c["subject"], c["value"], c.get("qualifier")) for c in found if c["attribute"] == "compute performance"}
    assert got == {("VX900", 157.3, "FP32"), ("VX800", 1835, "FP8")}


def test_a_long_run_of_groups_is_read_in_linear_time():
    import time
    memory = next(a for a in K.attributes if a.name == "memory")

    def cost(n: int) -> float:
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            assert list(V.find_measures("100 " * n + "x", memory.values)) == []
            best = min(best, time.process_time() - started)
        return best

    small, large = cost(2000), cost(20000)
    assert large < 30 * max(small, 1e-4)   # ten times the text: about ten times the work, not a hundred
