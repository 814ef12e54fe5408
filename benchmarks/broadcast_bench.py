"""Broadcast throughput against the local Telegram enforcing Telegram's flood limits.

``python -m benchmarks.broadcast_bench [--chats 3000] [--rate 30] [--workers 1] [--quick]``

Seeds subscribed groups and channels, queues one broadcast, lets `--workers` delivery workers
(separate processes, as in production) work it, and prints the achieved rate (messages per second
from the first to the last delivery) as a fraction of the limit, and how many 429s came back.
Needs a Redis server (CARDBOT_TEST_REDIS_URL, default db 15; keys under a fresh prefix, removed
after).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import platform
import subprocess
import sys
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from redis.asyncio import Redis

from bot.emulator import LocalTelegram
from bot.emulator.flood import FloodLimits
from bot.i18n import compile_catalogs
from tests.broadcast_support import queue_text, seed, wait_done

ROOT = Path(__file__).resolve().parent.parent
REDIS_URL = os.environ.get("CARDBOT_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
ADMIN = 1000


def _worker(url: str, prefix: str, rate: int, n: int) -> subprocess.Popen[bytes]:
    paid = rate > 30
    env = {**os.environ, "TELEGRAM_API_URL": url, "REDIS_URL": REDIS_URL,
           "REDIS_KEY_PREFIX": prefix, "BROADCAST_RATE": str(rate), "LOG_LEVEL": "WARNING",
           "BROADCAST_PAID": "1" if paid else "0",
           "TELEGRAM_BOT_TOKEN": f"123456789:bench-worker-{n}-AAAAAAAAAAAAAAAA"}
    return subprocess.Popen([sys.executable, "-m", "bot.broadcast", "--poll", "0.1"],
                            cwd=ROOT, env=env, stdin=subprocess.DEVNULL)


async def run(chats: int, rate: int, workers: int) -> dict[str, Any]:
    telegram = LocalTelegram(flood_limits=True)
    telegram.flood.limits = FloodLimits(bot_per_second=rate)
    await telegram.start()
    telegram.user(ADMIN, "Admin")
    redis: Redis = Redis.from_url(REDIS_URL, decode_responses=True)
    prefix = f"bench-{uuid.uuid4().hex[:8]}"
    procs: list[subprocess.Popen[bytes]] = []
    try:
        await seed(telegram, redis, prefix, chats)
        job = await queue_text(redis, prefix, ADMIN, {"en": "Benchmark", "es": "Prueba"})
        # The local Telegram runs in this process: a full collection of the freshly built world
        # in mid-run would stall it and bunch up arrivals it then counts as one burst.
        gc.collect()
        gc.freeze()
        procs = [_worker(telegram.url, prefix, rate, n) for n in range(workers)]
        done = await wait_done(redis, prefix, job.id, timeout=chats / rate * 3 + 60)
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            # Not proc.wait(): the local Telegram shares this event loop and must keep answering
            # while the workers finish their last call.
            await asyncio.to_thread(proc.wait, 30)
        keys = [k async for k in redis.scan_iter(match=f"{prefix}:*", count=1000)]
        if keys:
            await redis.delete(*keys)
        await redis.aclose()
        await telegram.stop()
    sends = [c for c in telegram.calls if c.method == "sendMessage" and c.chat_id != ADMIN]
    ok = sorted(c.timestamp for c in sends if c.ok)
    span = ok[-1] - ok[0] if len(ok) > 1 else 0.0
    achieved = (len(ok) - 1) / span if span else 0.0
    return {"chats": chats, "limit": rate, "workers": workers, "delivered": len(ok),
            "reported_ok": done.counts.get("ok", 0), "seconds": span,
            "rate": achieved, "fraction": achieved / rate,
            "too_many_requests": sum(1 for c in sends if c.status == 429),
            "429_at": [n for n, c in enumerate(sends) if c.status == 429][:20]}


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--chats", type=int, default=None, help="default 3000 (120 with --quick)")
    parser.add_argument("--quick", action="store_true", help="a small run, for smoke tests")
    parser.add_argument("--rate", type=int, default=30, help="the limit the local Telegram "
                        "enforces and the workers are configured for (messages/s)")
    parser.add_argument("--workers", type=int, default=1, help="delivery worker processes")
    args = parser.parse_args(argv)
    compile_catalogs()
    chats = args.chats or (120 if args.quick else 3000)
    result = asyncio.run(run(chats, args.rate, args.workers))
    print(f"machine: {platform.platform()} | {platform.processor() or platform.machine()} | "
          f"{os.cpu_count()} CPUs | Python {platform.python_version()}")
    print(f"{result['delivered']}/{result['chats']} chats delivered by {result['workers']} "
          f"worker process(es) in {result['seconds']:.1f} s")
    print(f"achieved {result['rate']:.2f} msg/s of a {result['limit']}/s limit = "
          f"{result['fraction']:.3f} of the limit; 429 received: {result['too_many_requests']}"
          + (f" (at sends {result['429_at']})" if result["429_at"] else ""))
    return result


if __name__ == "__main__":
    main()
