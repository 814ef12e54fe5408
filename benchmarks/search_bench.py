"""Time per search query: ``python -m benchmarks.search_bench [--repeat N]``.

Prints p50/p99 over the phrasing test set (each phrasing searched ``repeat`` times, after one
warm-up pass that also builds the index), and the machine it ran on.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import time
from collections.abc import Sequence

from bot.i18n import compile_catalogs
from bot.search import as_you_type, engine, phrases, spelling, text
from bot.search import understand as search
from tests.search_phrasings import PHRASINGS


def forget() -> None:
    """Empty the per-word caches, so that every sample pays for the whole query."""
    text.words.cache_clear()
    text.detected.cache_clear()
    engine.index().forget()
    spelling.forget()
    as_you_type.understand.cache_clear()
    phrases.stem.cache_clear()


def measure(queries: Sequence[str], repeat: int) -> list[float]:
    """Seconds per query (cold word caches), one sample per (query, repetition)."""
    for query in queries:
        search(query)
    samples: list[float] = []
    clock = time.perf_counter
    for _ in range(repeat):
        for query in queries:
            forget()
            start = clock()
            search(query)
            samples.append(clock() - start)
    return samples


def percentile(samples: Sequence[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def main(argv: Sequence[str] | None = None) -> dict[str, float]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--queries", type=int, default=len(PHRASINGS))
    args = parser.parse_args(argv)
    compile_catalogs()
    queries = [query for _language, _kind, query, _expected in PHRASINGS[: args.queries]]
    start = time.perf_counter()
    search("warm up")
    build = time.perf_counter() - start
    samples = measure(queries, args.repeat)
    result = {
        "queries": float(len(samples)),
        "build_ms": build * 1000,
        "p50_ms": percentile(samples, 50) * 1000,
        "p99_ms": percentile(samples, 99) * 1000,
        "mean_ms": statistics.fmean(samples) * 1000,
    }
    print(
        f"machine: {platform.platform()} | {platform.processor() or platform.machine()} | "
        f"{os.cpu_count()} CPUs | Python {platform.python_version()}"
    )
    print(
        f"{len(samples)} searches ({len(queries)} phrasings x {args.repeat}); "
        f"index build {result['build_ms']:.1f} ms"
    )
    print(
        f"per query: p50 {result['p50_ms']:.3f} ms, p99 {result['p99_ms']:.3f} ms, "
        f"mean {result['mean_ms']:.3f} ms"
    )
    return result


if __name__ == "__main__":
    main()
