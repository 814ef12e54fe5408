"""Smoke runs of the benchmarks at tiny sizes, so they cannot rot (no timing is asserted)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from benchmarks import search_bench

ROOT = Path(__file__).resolve().parent.parent


def test_search_benchmark_runs() -> None:
    result = search_bench.main(["--repeat", "1", "--queries", "5"])
    assert result["queries"] == 5


def test_full_benchmark_runs_every_scenario(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.run(
        # Broadcasts have their own smoke run (tests/test_broadcast_bench.py).
        [sys.executable, "-m", "benchmarks", "--quick", "--json", str(out), "--only", "taps",
         "webhook", "questions", "startup", "scaleout", "memory"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=240,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-3000:]
    results = json.loads(out.read_text())
    for row in results["taps"] + results["webhook"]:
        assert row["answered"] == row["taps"], row
        assert row["lost"] == 0 and not row["errors"], row
    kinds = {row["kind"] for row in results["taps"]}
    assert {"ours", "floor"} <= kinds
    assert {row["http"] for row in results["taps"] if row["kind"] == "ours"} == {"aiohttp", "httpx"}
    ours = next(r for r in results["webhook"] if r["kind"] == "ours")
    assert ours["redis_commands_per_tap"] > 0  # the private Redis saw the bot's state
    assert results["questions"]["queries"] > 0
    assert results["startup"]["first_answer_1000_s"] > 0
    assert results["memory"]["baseline_mib"] > 0
    assert results["scaleout"]["shared_2p_taps_per_s"] > 0
    assert "Menu taps, long polling" in run.stdout
    assert "| 6 | memory" in run.stdout
