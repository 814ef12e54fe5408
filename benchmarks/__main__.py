"""``python -m benchmarks``: every scenario in one run; prints a table and writes a JSON file.

The local Telegram (with the load generator inside it) and every bot run in processes of their
own; Redis is a private redis-server started for the run (its counters count only our bot).
Default sizes are the issues'; ``--quick`` shrinks everything for a smoke run.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks import report, scenarios
from benchmarks.menu_taps import ISSUE_10, Variant, compare, start_telegram
from benchmarks.redis_server import private_redis

SCENARIOS = ("taps", "webhook", "questions", "startup", "broadcast", "scaleout", "memory")


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="tiny sizes (the tests' smoke run)")
    parser.add_argument("--only", nargs="+", choices=SCENARIOS, default=list(SCENARIOS))
    parser.add_argument("--taps", type=int, default=3000, help="menu-tap comparison (issue 10)")
    parser.add_argument("--webhook-taps", type=int, default=20000)
    parser.add_argument("--users", type=int, default=10000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--stored-users", type=int, default=1_000_000)
    parser.add_argument("--query-repeat", type=int, default=5)
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/15",
                        help="used only when redis-server is not installed")
    parser.add_argument("--json", type=Path, default=Path("benchmarks/results.json"))
    args = parser.parse_args(argv)
    if args.quick:
        args.taps, args.webhook_taps, args.users, args.concurrency = 40, 40, 100, 5
        args.repeats, args.stored_users, args.query_repeat = 1, 2000, 1
    return args


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    return (f"{platform.platform()} | {cpu} | {os.cpu_count()} CPUs | "
            f"Python {platform.python_version()}")  # fmt: skip


def run(args: argparse.Namespace) -> dict[str, Any]:
    results: dict[str, Any] = {"machine": machine(), "args": {k: str(v) for k, v in
                                                              vars(args).items()}}  # fmt: skip
    started = time.perf_counter()
    with private_redis(args.redis_url) as (redis_url, how):
        results["redis"] = how
        telegram, url = start_telegram()
        try:
            if "taps" in args.only:
                variants = tuple(v for v in ISSUE_10 if v.kind != "aiogram" or has_aiogram())
                if len(variants) < len(ISSUE_10):
                    results["missing"] = "aiogram peer: pip install -e '.[bench]'"
                results["taps"] = compare(
                    variants, taps=args.taps, concurrency=args.concurrency, users=args.users,
                    repeats=args.repeats, redis_url=redis_url, telegram_url=url,
                )  # fmt: skip
            if "webhook" in args.only:
                webhook = (Variant("our bot, webhook", "ours", mode="webhook"),
                           Variant("bare PTB floor, webhook", "floor", mode="webhook"))
                results["webhook"] = compare(
                    webhook, taps=args.webhook_taps, concurrency=args.concurrency,
                    users=args.users, repeats=args.repeats, redis_url=redis_url, telegram_url=url,
                )  # fmt: skip
            if "questions" in args.only:
                results["questions"] = scenarios.questions(url, redis_url, args.query_repeat)
            if "startup" in args.only:
                results["startup"] = scenarios.startup(
                    url, redis_url, 1000, args.stored_users, max(1, args.repeats)
                )
            if "memory" in args.only:
                results["memory"] = scenarios.memory(
                    url, redis_url, args.webhook_taps, args.users, args.concurrency
                )
        finally:
            telegram.stop()
        if "broadcast" in args.only:
            results["broadcast"] = broadcast(args.quick)
        if "scaleout" in args.only:
            results["scaleout"] = scenarios.scale_out(
                redis_url, args.webhook_taps, args.users, args.concurrency
            )
    results["seconds"] = time.perf_counter() - started
    return results


def has_aiogram() -> bool:
    return importlib.util.find_spec("aiogram") is not None


def broadcast(quick: bool) -> dict[str, Any]:
    """Scenario 4, from the broadcasts' own benchmark (benchmarks/broadcast_bench.py)."""
    from benchmarks import broadcast_bench

    try:
        result: dict[str, Any] = broadcast_bench.main(["--quick"] if quick else [])
    except Exception as exc:  # its own failure must not throw away the other scenarios
        return {"status": f"failed: {type(exc).__name__}: {exc}"[:300]}
    return {"status": "measured", **result}


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    args = parse(argv)
    results = run(args)
    print(report.render(results))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2, default=str) + "\n")
    print(f"\nJSON written to {args.json}")
    return results


if __name__ == "__main__":
    main()
