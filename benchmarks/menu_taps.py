"""Menu taps under load: answerCallbackQuery + editMessageText per tap, at a fixed concurrency.

The local Telegram (with the load generator inside it) and each bot run in processes of their
own. A tap is timed from the moment its update exists (queued for getUpdates, or POSTed to the
webhook) to the moment the bot's editMessageText for it has been answered. Redis figures come
from the server's own counters (INFO stats): commands, and socket reads as round trips.
"""

from __future__ import annotations

import json
import statistics
import urllib.request
import uuid
from dataclasses import dataclass
from typing import Any

from redis import Redis

from benchmarks.procs import Child, free_port

FIRST_USER = 10_000_001


@dataclass(frozen=True)
class Variant:
    """One bot configuration under test."""

    name: str
    kind: str  # ours | floor | aiogram
    http: str = "aiohttp"
    mode: str = "polling"


ISSUE_10 = (
    Variant("our bot, aiohttp", "ours"),
    Variant("our bot, httpx (PTB default)", "ours", "httpx"),
    Variant("bare PTB floor, aiohttp", "floor"),
    Variant("aiogram 3 + RedisStorage", "aiogram"),
)


def post(url: str, body: dict[str, Any], timeout: float = 900.0) -> Any:
    data = json.dumps(body).encode()
    request = urllib.request.Request(url, data, {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read())


def percentile(samples: list[float], q: float) -> float:
    if not samples:
        return float("nan")
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def redis_counters(redis: Redis) -> tuple[int, int]:
    stats: dict[str, Any] = redis.info("stats")
    return int(stats["total_commands_processed"]), int(stats.get("total_reads_processed", 0))


def start_telegram(cpus: str | None = None, flood_limits: bool = False) -> tuple[Child, str]:
    args = ["--flood-limits"] if flood_limits else []
    child = Child("benchmarks.telegram_proc", args, cpus=cpus)
    url = child.start().split()[1]
    return child, url


def run_variant(
    telegram_url: str, variant: Variant, *, taps: int, concurrency: int, users: int,
    redis_url: str, warmup: int = 300, cpus: str | None = None, processes: int = 1,
    telegram: Child | None = None,
) -> dict[str, Any]:  # fmt: skip
    """Start the bot(s), warm up, run the taps, stop; return the figures."""
    prefix = f"bench-{uuid.uuid4().hex[:8]}"
    post(f"{telegram_url}/_bench/seed", {"first": FIRST_USER, "users": users})
    post(f"{telegram_url}/_bench/reset", {})
    bots: list[Child] = []
    ports: list[int] = []
    for _ in range(processes):
        port = free_port()
        args = ["--kind", variant.kind, "--http", variant.http, "--api", telegram_url,
                "--mode", variant.mode, "--port", str(port), "--redis", redis_url,
                "--prefix", prefix]  # fmt: skip
        bots.append(Child("benchmarks.bot_proc", args, cpus=cpus))
        ports.append(port)
    redis = Redis.from_url(redis_url)
    try:
        for bot in bots:
            bot.start()
        hooks = [f"http://127.0.0.1:{p}/telegram" for p in ports]
        body: dict[str, Any] = {"concurrency": concurrency, "first": FIRST_USER, "users": users}
        if variant.mode == "webhook":
            body["webhooks"] = hooks
        post(f"{telegram_url}/_bench/taps", {**body, "count": min(warmup, taps)})
        post(f"{telegram_url}/_bench/reset", {})
        commands0, reads0 = redis_counters(redis)
        cpu0 = sum(bot.cpu_seconds() for bot in bots)
        tg0 = telegram.cpu_seconds() if telegram else 0.0
        result = post(f"{telegram_url}/_bench/taps", {**body, "count": taps})
        cpu1 = sum(bot.cpu_seconds() for bot in bots)
        tg1 = telegram.cpu_seconds() if telegram else 0.0
        commands1, reads1 = redis_counters(redis)
        rss = [bot.memory_mib() for bot in bots]
    finally:
        for bot in bots:
            bot.stop()
        _cleanup(redis, prefix)
        redis.close()
    lat = [x * 1000 for x in result["latencies"]]
    done = len(lat)
    return {
        "variant": variant.name, "kind": variant.kind, "http": variant.http, "mode": variant.mode,
        "processes": processes, "taps": taps, "answered": done, "lost": result["lost"],
        "errors": result["errors"], "seconds": result["elapsed"],
        "taps_per_s": done / result["elapsed"] if result["elapsed"] else 0.0,
        "p50_ms": percentile(lat, 50), "p99_ms": percentile(lat, 99),
        "mean_ms": statistics.fmean(lat) if lat else float("nan"),
        # Minus the two INFO calls of this function itself.
        "redis_commands_per_tap": max(0, commands1 - commands0 - 1) / max(done, 1),
        "redis_reads_per_tap": max(0, reads1 - reads0 - 1) / max(done, 1),
        "bot_cpu_ms_per_tap": (cpu1 - cpu0) * 1000 / max(done, 1),
        "telegram_cpu_ms_per_tap": (tg1 - tg0) * 1000 / max(done, 1),
        "bot_cpu_share": (cpu1 - cpu0) / result["elapsed"] if result["elapsed"] else 0.0,
        "rss_mib": sum(r[0] for r in rss), "peak_rss_mib": sum(r[1] for r in rss),
    }  # fmt: skip


def _cleanup(redis: Redis, prefix: str) -> None:
    for pattern in (f"{prefix}:*", f"{prefix}*"):
        batch: list[Any] = []
        for key in redis.scan_iter(match=pattern, count=1000):
            batch.append(key)
            if len(batch) >= 1000:
                redis.delete(*batch)
                batch.clear()
        if batch:
            redis.delete(*batch)


def median_runs(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The run with the median throughput, plus every run's throughput for the record."""
    ordered = sorted(runs, key=lambda r: r["taps_per_s"])
    chosen = dict(ordered[len(ordered) // 2])
    chosen["runs_taps_per_s"] = [round(r["taps_per_s"], 1) for r in runs]
    return chosen


def compare(
    variants: tuple[Variant, ...], *, taps: int, concurrency: int, users: int, repeats: int,
    redis_url: str, telegram_url: str,
) -> list[dict[str, Any]]:  # fmt: skip
    """Alternate the variants `repeats` times (A B C D A B C D ...); the median run of each."""
    runs: dict[str, list[dict[str, Any]]] = {v.name: [] for v in variants}
    for _ in range(repeats):
        for variant in variants:
            runs[variant.name].append(run_variant(
                telegram_url, variant, taps=taps, concurrency=concurrency, users=users,
                redis_url=redis_url,
            ))  # fmt: skip
    return [median_runs(runs[v.name]) for v in variants]
