"""Scenarios 2, 3, 5 and 6 of the benchmark: per-query time, start-up, scale-out, memory."""

from __future__ import annotations

import asyncio
import json
import threading
import time
import uuid
from typing import Any

from redis import Redis
from telegram import Update

from benchmarks.menu_taps import FIRST_USER, Variant, percentile, post, run_variant, start_telegram
from benchmarks.procs import Child, free_port


async def _time_queries(telegram_url: str, redis_url: str, repeat: int) -> dict[str, Any]:
    """Our bot and the floor answer the same updates, one at a time, alternating rounds."""
    from redis.asyncio import Redis as AsyncRedis
    from telegram.ext import ApplicationBuilder

    from benchmarks.peers.questions_floor import PrecomputedAnswers, add_floor_handlers
    from bot.app import build_application
    from bot.config import Config
    from tests.search_phrasings import PHRASINGS

    config = Config(redis_url=redis_url, key_prefix=f"bench-{uuid.uuid4().hex[:8]}")
    redis = AsyncRedis.from_url(redis_url, decode_responses=True)
    ours = build_application(config, redis, api_url=telegram_url)
    floor = ApplicationBuilder().token(ours.bot.token).base_url(f"{telegram_url}/bot").build()
    queries = [query for _language, _kind, query, _expected in PHRASINGS]
    samples: dict[str, list[float]] = {}
    async with ours, floor:
        add_floor_handlers(floor, PrecomputedAnswers(queries, ours.bot.username))
        for round_ in range(repeat + 1):  # round 0 warms connections, untimed
            for name, app in (("", ours), ("floor_", floor)):
                for n, query in enumerate(queries):
                    for kind in ("text", "inline"):
                        body = {"user": FIRST_USER + n % 50, "text": query, "kind": kind}
                        update = Update.de_json(post(f"{telegram_url}/_bench/make", body), app.bot)
                        _forget_search()
                        start = time.perf_counter()
                        await app.process_update(update)
                        if round_:
                            took = (time.perf_counter() - start) * 1000
                            samples.setdefault(f"{name}{kind}", []).append(took)
    keys = [k async for k in redis.scan_iter(match=f"{config.key_prefix}:*", count=1000)]
    if keys:
        await redis.delete(*keys)
    await redis.aclose()
    result: dict[str, Any] = {
        f"{kind}_{stat}_ms": percentile(values, q)
        for kind, values in samples.items() for stat, q in (("p50", 50), ("p99", 99))
    }
    for kind in ("text", "inline"):
        result[f"{kind}_p99_vs_floor"] = result[f"{kind}_p99_ms"] / result[f"floor_{kind}_p99_ms"]
    return result | {"queries": sum(len(samples[k]) for k in ("text", "inline"))}


def _forget_search() -> None:
    """Every timed query pays for reading the question: no answer is cached from before."""
    from benchmarks.search_bench import forget

    forget()


def questions(telegram_url: str, redis_url: str, repeat: int) -> dict[str, Any]:
    """Scenario 2: typed questions and inline queries, one at a time, through the whole handler,
    against a bare PTB floor that sends the same answers computed beforehand."""
    post(f"{telegram_url}/_bench/seed", {"first": FIRST_USER, "users": 50})
    return asyncio.run(_time_queries(telegram_url, redis_url, repeat))


def seed_users(redis_url: str, prefix: str, count: int) -> float:
    """Store count users' sessions and languages, pipelined; return the seconds it took."""
    redis = Redis.from_url(redis_url)
    session = json.dumps({"p": {"1": ["home", "cmp", "cmp:health:social"]}, "d": {}})
    start = time.perf_counter()
    pipe = redis.pipeline(transaction=False)
    for uid in range(1, count + 1):
        pipe.set(f"{prefix}:{{u{uid}}}:session", session, ex=86400)
        pipe.set(f"{prefix}:{{u{uid}}}:locale", "es" if uid % 3 == 0 else "en")
        if uid % 5000 == 0:
            pipe.execute()
    pipe.execute()
    redis.close()
    return time.perf_counter() - start


def drop_prefix(redis_url: str, prefix: str) -> None:
    redis = Redis.from_url(redis_url)
    batch: list[Any] = []
    for key in redis.scan_iter(match=f"{prefix}:*", count=5000):
        batch.append(key)
        if len(batch) >= 5000:
            redis.unlink(*batch)
            batch.clear()
    if batch:
        redis.unlink(*batch)
    redis.close()


def _first_answer(telegram_url: str, redis_url: str, prefix: str) -> tuple[float, float]:
    """Seconds from spawning the bot to its first answered tap, and the bot's peak RSS (MiB)."""
    post(f"{telegram_url}/_bench/reset", {})
    result: dict[str, Any] = {}
    body = {"count": 1, "concurrency": 1, "first": FIRST_USER, "users": 1, "timeout": 60}
    waiter = threading.Thread(
        target=lambda: result.update(post(f"{telegram_url}/_bench/taps", body))
    )
    bot = Child("benchmarks.bot_proc", ["--kind", "ours", "--api", telegram_url, "--redis",
                                        redis_url, "--prefix", prefix])  # fmt: skip
    waiter.start()  # the tap is queued before the bot exists
    time.sleep(0.2)
    spawned = time.perf_counter()
    try:
        bot.start()
        waiter.join(90)
        answered = time.perf_counter() - spawned
        peak = bot.memory_mib()[1]
    finally:
        bot.stop()
    if not result.get("latencies"):
        raise RuntimeError("the first tap was not answered")
    return answered, peak


def startup(telegram_url: str, redis_url: str, small: int, large: int, repeats: int
            ) -> dict[str, Any]:  # fmt: skip
    """Scenario 3: start-up with `small` vs `large` stored users (alternating runs, medians)."""
    post(f"{telegram_url}/_bench/seed", {"first": FIRST_USER, "users": 1})
    prefixes = {small: f"bench-s{uuid.uuid4().hex[:6]}", large: f"bench-l{uuid.uuid4().hex[:6]}"}
    out: dict[str, Any] = {}
    try:
        for size, prefix in prefixes.items():
            out[f"seed_{size}_s"] = seed_users(redis_url, prefix, size)
        runs: dict[int, list[tuple[float, float]]] = {small: [], large: []}
        for _ in range(repeats):
            for size, prefix in prefixes.items():
                runs[size].append(_first_answer(telegram_url, redis_url, prefix))
        for size, values in runs.items():
            values.sort()
            out[f"first_answer_{size}_s"] = values[len(values) // 2][0]
            out[f"peak_rss_{size}_mib"] = max(v[1] for v in values)
    finally:
        for prefix in prefixes.values():
            drop_prefix(redis_url, prefix)
    out["time_ratio"] = out[f"first_answer_{large}_s"] / out[f"first_answer_{small}_s"]
    out["rss_ratio"] = out[f"peak_rss_{large}_mib"] / out[f"peak_rss_{small}_mib"]
    return out


def scale_out(redis_url: str, taps: int, users: int, concurrency: int) -> dict[str, Any]:
    """Scenario 5: one vs two webhook processes; unpinned, then Telegram on CPU 0, bots on 1."""
    variant = Variant("our bot, webhook", "ours", mode="webhook")
    out: dict[str, Any] = {}
    for label, tg_cpus, bot_cpus in (("shared", None, None), ("pinned", "0", "1")):
        telegram, url = start_telegram(cpus=tg_cpus)
        try:
            for processes in (1, 2):
                result = run_variant(url, variant, taps=taps, concurrency=concurrency,
                                     users=users, redis_url=redis_url, cpus=bot_cpus,
                                     processes=processes, telegram=telegram)  # fmt: skip
                out[f"{label}_{processes}p_taps_per_s"] = result["taps_per_s"]
                out[f"{label}_{processes}p_p99_ms"] = result["p99_ms"]
        finally:
            telegram.stop()
        out[f"{label}_ratio"] = out[f"{label}_2p_taps_per_s"] / out[f"{label}_1p_taps_per_s"]
    return out


def memory(telegram_url: str, redis_url: str, taps: int, users: int, concurrency: int
           ) -> dict[str, Any]:  # fmt: skip
    """Scenario 6: RSS of one webhook process after rounds of taps by known and by new users; the
    growth per user is read over the second round of new users, once the first has filled what
    is bounded (caches, the allocator's pools), and the first round's is reported beside it."""
    port = free_port()
    prefix = f"bench-m{uuid.uuid4().hex[:6]}"
    post(f"{telegram_url}/_bench/seed", {"first": FIRST_USER, "users": 3 * users})
    bot = Child("benchmarks.bot_proc", ["--kind", "ours", "--api", telegram_url, "--mode",
                                        "webhook", "--port", str(port), "--redis", redis_url,
                                        "--prefix", prefix])  # fmt: skip
    hook = [f"http://127.0.0.1:{port}/telegram"]
    body = {"concurrency": concurrency, "webhooks": hook, "users": users}
    out: dict[str, Any] = {}
    try:
        bot.start()
        post(f"{telegram_url}/_bench/taps", {**body, "count": min(500, taps), "first": FIRST_USER})
        out["baseline_mib"] = bot.memory_mib()[0]
        for label, first in (("users_a", FIRST_USER), ("new_users_b", FIRST_USER + users),
                             ("new_users_c", FIRST_USER + 2 * users),
                             ("users_a_again", FIRST_USER)):
            post(f"{telegram_url}/_bench/taps", {**body, "count": taps, "first": first})
            out[f"after_{label}_mib"] = bot.memory_mib()[0]
    finally:
        bot.stop()
        drop_prefix(redis_url, prefix)
    first_round = out["after_new_users_b_mib"] - out["after_users_a_mib"]
    out["first_round_bytes_per_new_user"] = first_round * 1024 * 1024 / users
    growth = out["after_new_users_c_mib"] - out["after_new_users_b_mib"]
    out["bytes_per_new_user"] = growth * 1024 * 1024 / users
    return out
