"""Smoke run of the broadcast benchmark at a tiny size, so it cannot rot (no timing asserted)."""

from __future__ import annotations

from benchmarks import broadcast_bench


def test_broadcast_benchmark_runs() -> None:
    result = broadcast_bench.main(["--chats", "40", "--rate", "30", "--workers", "2"])
    assert result["delivered"] == result["reported_ok"] == 40
    assert result["too_many_requests"] == 0
