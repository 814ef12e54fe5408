"""Telegram at its own parallelism: up to 100 webhook deliveries at once, some of them repeated.

The local Telegram delivers one update at a time. Here it only makes the updates (messages,
button presses, each with its id and callback query) and keeps the record of the bot's calls;
the POSTs go out from a pool of `concurrency` connections, as Telegram's `max_connections` allows,
and an update may be POSTed several times at once (Telegram retries a delivery it thinks failed).
"""

from __future__ import annotations

import asyncio
import json
import random
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from bot.emulator import LocalTelegram
from bot.serving.webhook import SECRET_HEADER

TELEGRAM_CONCURRENCY = 100  # bot.serving.webhook.MAX_CONNECTIONS


NO_ANSWER = 0  # the status counted for a POST that got no HTTP answer (refused, reset)
MAX_ATTEMPTS = 100  # per copy: a bot that never accepts it fails the test, after about 25 s


@dataclass
class Deliveries:
    """The statuses of every POST, and when each update was first sent (time.time())."""

    statuses: Counter[int] = field(default_factory=Counter)
    first_sent: dict[int, float] = field(default_factory=dict)


class ParallelTelegram:
    """Takes the updates the local Telegram made and POSTs them to the webhook in parallel."""

    def __init__(self, telegram: LocalTelegram, url: str, secret: str,
                 concurrency: int = TELEGRAM_CONCURRENCY) -> None:
        self.telegram = telegram
        self.url = url
        self.headers = {SECRET_HEADER: secret, "Content-Type": "application/json"}
        self.concurrency = concurrency
        assert telegram.queue.webhook is not None, "start the bot first: it sets the webhook"
        telegram.queue.webhook = None  # the local Telegram's own one-at-a-time delivery stops

    def take(self) -> list[dict[str, Any]]:
        """The updates made since the last take, no longer pending in the local Telegram."""
        updates = [p.update for p in self.telegram.queue.pending]
        self.telegram.queue.pending.clear()
        return updates

    async def deliver(self, updates: Sequence[dict[str, Any]], *, copies: tuple[int, int] = (1, 1),
                      seed: int = 0) -> Deliveries:
        """POST each update between copies[0] and copies[1] times, all in a shuffled order, at
        most `concurrency` at once; a 503 is retried, as Telegram does, until accepted."""
        rng = random.Random(seed)
        bodies = [(int(u["update_id"]), json.dumps(u).encode()) for u in updates]
        work = [item for item in bodies for _ in range(rng.randint(*copies))]
        rng.shuffle(work)
        queue: asyncio.Queue[tuple[int, bytes]] = asyncio.Queue()
        for item in work:
            queue.put_nowait(item)
        result = Deliveries()
        connector = aiohttp.TCPConnector(limit=self.concurrency)
        async with aiohttp.ClientSession(connector=connector) as session:
            await asyncio.gather(*(self._worker(session, queue, result)
                                   for _ in range(self.concurrency)))
        return result

    async def _worker(self, session: aiohttp.ClientSession,
                      queue: asyncio.Queue[tuple[int, bytes]], result: Deliveries) -> None:
        while not queue.empty():
            update_id, body = queue.get_nowait()
            result.first_sent.setdefault(update_id, time.time())
            for attempt in range(MAX_ATTEMPTS):
                status = await self._post(session, body)
                result.statuses[status] += 1
                if status not in (503, NO_ANSWER):
                    break
                # Telegram tries a failed delivery again, a little later each time.
                await asyncio.sleep(0.05 * min(attempt + 1, 5))

    async def _post(self, session: aiohttp.ClientSession, body: bytes) -> int:
        try:
            async with session.post(self.url, data=body, headers=self.headers,
                                    timeout=aiohttp.ClientTimeout(total=15)) as resp:
                await resp.read()
                return resp.status
        except (aiohttp.ClientError, OSError):  # TimeoutError is an OSError
            return NO_ANSWER


def calls_per(telegram: LocalTelegram, method: str, key: str) -> Counter[str]:
    """How many times the bot called `method` for each value of the parameter `key`."""
    return Counter(str(c.params.get(key)) for c in telegram.calls if c.method == method)


def percentile(values: Sequence[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else 0.0
