"""One sending budget: menu taps at a steady rate while a broadcast runs.

``python -m benchmarks.shared_budget_bench [--chats 3000] [--tap-rate 10] [--alone 20] [--quick]``

The local Telegram enforces 30 messages/s for the bot and counts edits too (a tap is
answerCallbackQuery + editMessageText). The bot (long polling, in this process) answers taps of
users who each tap at most once every few seconds, at `--tap-rate` taps/s in all: first alone for
`--alone` seconds, then while one delivery worker process sends a broadcast to `--chats` chats
with BROADCAST_RATE=30 (no hand tuning). Prints the broadcast's rate against what the taps leave
(30 minus their messages/s), the taps' p50/p99 alone and during the broadcast, and the 429s.
Targets (issue 20): no 429, taps' p99 within 1.5x of alone, broadcast >= 0.9 of what is left.
Needs a Redis server (CARDBOT_TEST_REDIS_URL, default db 15; keys under a fresh prefix, removed
after).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import platform
import time
import uuid
from collections.abc import Sequence
from typing import Any

from redis.asyncio import Redis

from benchmarks.broadcast_bench import REDIS_URL, _worker
from benchmarks.menu_taps import percentile
from bot.addresses import Compare
from bot.callbacks import Go, GoHome
from bot.config import Config
from bot.emulator import LocalTelegram
from bot.emulator.flood import FloodLimits
from bot.i18n import compile_catalogs
from tests.broadcast_support import queue_text, seed, wait_done
from tests.harness import running_bot

ADMIN = 1000
FIRST_USER = 20_000_001
LIMIT = 30
TAP_EVERY = 4.0  # seconds between one user's taps: under a private chat's ~1 message/s


class Taps:
    """Users tapping Home <-> Compare at a steady rate; latencies matched with the edits after."""

    def __init__(self, telegram: LocalTelegram, rate: float) -> None:
        self.telegram = telegram
        self.rate = rate
        self.users = [FIRST_USER + n for n in range(max(1, round(rate * TAP_EVERY)))]
        self.home: dict[int, int] = {}
        self.presses: dict[int, list[float]] = {u: [] for u in self.users}
        self.on_compare: dict[int, bool] = {}

    async def open_menus(self) -> None:
        for user in self.users:
            self.telegram.user(user, f"Tapper{user}", "en")
            mark = self.telegram.mark()
            self.telegram.send_text(user, "/start")
            call = await self.telegram.wait_call(
                "sendMessage", since=mark, timeout=30,
                where=lambda c, u=user: bool(c.chat_id == u and c.ok))  # type: ignore[misc]
            self.home[user] = int(call.result["message_id"])
            self.on_compare[user] = False
            await asyncio.sleep(1 / LIMIT)  # setup stays under the bot's limit

    async def run(self, until: asyncio.Event) -> tuple[float, float]:
        """Tap until `until` is set; returns (first press, last press) times."""
        start = time.time()
        n = 0
        while not until.is_set():
            due = start + n / self.rate
            await asyncio.sleep(max(0.0, due - time.time()))
            user = self.users[n % len(self.users)]
            data = GoHome().pack() if self.on_compare[user] else Go.to(Compare()).pack()
            self.on_compare[user] = not self.on_compare[user]
            self.presses[user].append(time.time())
            self.telegram.press_button(user, self.home[user], data)
            n += 1
        return start, time.time()

    def latencies(self, since: float, until: float) -> list[float]:
        """ms from each press in [since, until) to its edit being answered."""
        edits: dict[int, list[float]] = {u: [] for u in self.users}
        for call in self.telegram.calls:
            if call.method == "editMessageText" and call.ok and call.chat_id in edits:
                edits[int(call.chat_id)].append(call.timestamp)
        found = []
        for user, presses in self.presses.items():
            for pressed, edited in zip(presses, edits[user], strict=False):
                if since <= pressed < until:
                    found.append((edited - pressed) * 1000)
        return found


async def run(chats: int, tap_rate: float, alone: float) -> dict[str, Any]:
    telegram = LocalTelegram(flood_limits=True)
    telegram.flood.limits = FloodLimits(bot_per_second=LIMIT, edits_count=True)
    await telegram.start()
    telegram.user(ADMIN, "Admin")
    redis: Redis = Redis.from_url(REDIS_URL, decode_responses=True)
    prefix = f"bench-{uuid.uuid4().hex[:8]}"
    config = Config(redis_url=REDIS_URL, key_prefix=prefix, admin_ids=frozenset({ADMIN}))
    taps = Taps(telegram, tap_rate)
    worker = None
    try:
        async with running_bot(telegram, config, redis):
            await taps.open_menus()
            await seed(telegram, redis, prefix, chats)
            gc.collect()
            gc.freeze()
            measuring = telegram.mark()
            stop = asyncio.Event()
            tapping = asyncio.create_task(taps.run(stop))
            await asyncio.sleep(alone)
            alone_end = time.time()
            job = await queue_text(redis, prefix, ADMIN, {"en": "Benchmark", "es": "Prueba"})
            worker = _worker(telegram.url, prefix, LIMIT, 0)
            await wait_done(redis, prefix, job.id, timeout=chats / 10 + 120)
            stop.set()
            tap_start, tap_end = await tapping
            await asyncio.sleep(0.5)  # the last taps' edits (a few ms each)
    finally:
        if worker is not None:
            worker.terminate()
            await asyncio.to_thread(worker.wait, 30)
        keys = [k async for k in redis.scan_iter(match=f"{prefix}:*", count=1000)]
        if keys:
            await redis.delete(*keys)
        await redis.aclose()
        await telegram.stop()
    calls = telegram.calls[measuring:]
    chat_ids = {c for c in telegram.world.chats if c < 0}
    sends = sorted(c.timestamp for c in calls if c.method == "sendMessage" and c.ok
                   and int(c.chat_id) in chat_ids)
    span = sends[-1] - sends[0] if len(sends) > 1 else 0.0
    broadcast_rate = (len(sends) - 1) / span if span else 0.0
    tap_edits = [c for c in calls if c.method == "editMessageText" and c.ok
                 and int(c.chat_id) >= FIRST_USER and span and sends[0] <= c.timestamp <= sends[-1]]
    tap_messages = len(tap_edits) / span if span else 0.0
    left = LIMIT - tap_messages
    alone_ms = taps.latencies(tap_start, alone_end)
    during_ms = taps.latencies(sends[0], sends[-1]) if sends else []
    too_many = [c for c in calls if c.status == 429]
    return {
        "chats": chats, "delivered": len(sends), "seconds": span,
        "broadcast_rate": broadcast_rate, "tap_rate": tap_rate, "tap_messages": tap_messages,
        "left": left, "fraction": broadcast_rate / left if left > 0 else 0.0,
        "alone_p50": percentile(alone_ms, 50), "alone_p99": percentile(alone_ms, 99),
        "during_p50": percentile(during_ms, 50), "during_p99": percentile(during_ms, 99),
        "taps_alone": len(alone_ms), "taps_during": len(during_ms),
        "too_many_requests": len(too_many),
        "429_taps": sum(1 for c in too_many if c.method != "sendMessage"
                        or int(c.chat_id) >= FIRST_USER),
        "tap_span": tap_end - tap_start,
    }


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--chats", type=int, default=None, help="default 3000 (150 with --quick)")
    parser.add_argument("--tap-rate", type=float, default=10.0, help="taps per second in all")
    parser.add_argument("--alone", type=float, default=None,
                        help="seconds of taps before the broadcast (default 20; 5 with --quick)")
    parser.add_argument("--quick", action="store_true", help="a small run, for smoke tests")
    args = parser.parse_args(argv)
    compile_catalogs()
    chats = args.chats or (150 if args.quick else 3000)
    alone = args.alone if args.alone is not None else (5.0 if args.quick else 20.0)
    r = asyncio.run(run(chats, args.tap_rate, alone))
    ratio = r["during_p99"] / r["alone_p99"] if r["alone_p99"] else float("nan")
    print(f"machine: {platform.platform()} | {platform.processor() or platform.machine()} | "
          f"{os.cpu_count()} CPUs | Python {platform.python_version()}")
    print(f"broadcast: {r['delivered']}/{r['chats']} chats in {r['seconds']:.1f} s = "
          f"{r['broadcast_rate']:.2f} msg/s; taps used {r['tap_messages']:.2f} msg/s of {LIMIT}, "
          f"leaving {r['left']:.2f}: the broadcast used {r['fraction']:.3f} of it")
    print(f"taps at {r['tap_rate']:g}/s: alone p50 {r['alone_p50']:.1f} / p99 "
          f"{r['alone_p99']:.1f} ms ({r['taps_alone']} taps); during the broadcast p50 "
          f"{r['during_p50']:.1f} / p99 {r['during_p99']:.1f} ms ({r['taps_during']} taps): "
          f"p99 {ratio:.2f}x alone")
    print(f"429 received: {r['too_many_requests']} (on taps: {r['429_taps']})")
    r["p99_ratio"] = ratio
    return r


if __name__ == "__main__":
    main()
