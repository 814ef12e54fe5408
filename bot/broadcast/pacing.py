"""Send pacing shared by every bot process through Redis, since Telegram's limits are per bot.

Two mechanisms, both Lua scripts on Redis's clock:

1. Spacing: each send reserves the next slot of an evenly spaced stream at the configured rate
   (times SAFETY); the caller sleeps until its slot. This keeps sends smooth, and a 429 moves the
   next slot past its retry_after for every process at once.
2. A window guard that holds whatever the network and CPUs do: a send may start only while fewer
   than `limit` sends are in flight or finished within the last second. A send therefore starts
   more than a second after the send `limit` places before it has completed, so Telegram cannot
   see `limit + 1` of them arrive within one second, however late a process woke up.

Groups and channels also get a sliding window of 20 messages a minute each.

3. One budget for everything the bot sends: the guard also counts the interactive replies of the
   last second (bot/serving/reply_budget.py), and leaves them that much plus a reserve for the
   replies not yet reported or about to come. Replies come first and never wait; broadcasts use
   what is left, so a busy bot needs no lower BROADCAST_RATE.
"""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import AsyncIterator

from redis.asyncio import Redis
from redis.commands.core import AsyncScript

from bot.redis_keys import BroadcastKeys
from bot.redis_scripts import (
    MARK_SENT,
    PAUSE_SENDS,
    RESERVE_SEND_SLOT,
    TAKE_SHARED_WINDOW,
    TAKE_WINDOW,
)

# Fraction of the limit the spacing aims at; the window guard enforces the limit itself.
SAFETY = 0.985
FREE_LIMIT = 30
PAID_LIMIT = 1000
WINDOW = 1.0
PENDING_SECONDS = 30.0  # a send whose process died stops counting after this
GUARD_POLL = 0.02
# 20 messages a minute into one group or channel; the window is padded because a send is
# counted here before it waits for its global turn.
CHAT_LIMIT = 20
CHAT_WINDOW = 62.0

class Pacer:
    """`async with pacer.turn(chat_id): send` keeps every process within the bot's limits."""

    def __init__(self, redis: Redis, prefix: str, rate: float) -> None:
        self.redis = redis
        self.keys = BroadcastKeys(prefix)
        self.limit = max(1, int(rate))
        self.interval_us = int(1_000_000 / (rate * SAFETY))
        self._reserve = redis.register_script(RESERVE_SEND_SLOT)
        self._take = redis.register_script(TAKE_WINDOW)
        self._take_shared = redis.register_script(TAKE_SHARED_WINDOW)
        self._done = redis.register_script(MARK_SENT)
        self._pause = redis.register_script(PAUSE_SENDS)
        self._process = uuid.uuid4().hex[:8]
        self._count = 0

    @contextlib.asynccontextmanager
    async def turn(self, chat_id: int, *, per_chat: bool = True) -> AsyncIterator[None]:
        """Wait for this process's turn to send one message into `chat_id`; the send goes in
        the block, and its completion is recorded when the block ends."""
        if per_chat:
            # The chat's turn first: waiting for it while holding a global slot would waste it.
            await self._window(self._take, [self.keys.chat_pace(chat_id)], CHAT_WINDOW,
                               CHAT_LIMIT, self._member(), CHAT_WINDOW, poll=None)
        wait = int(await self._reserve([self.keys.pace], [self.interval_us]))
        if wait > 0:
            await asyncio.sleep(wait / 1_000_000)
        member = self._member()
        await self._window(self._take_shared, [self.keys.window, self.keys.replies], WINDOW,
                           self.limit, member, PENDING_SECONDS, poll=GUARD_POLL)
        try:
            yield
        finally:
            await self._done([self.keys.window], [member])

    async def _window(self, script: AsyncScript, keys: list[str], window: float, limit: int,
                      member: str, pending: float, *, poll: float | None) -> None:
        while True:
            wait = int(await script(keys, [int(window * 1_000_000), limit, member,
                                           int((pending - window) * 1_000_000)]))
            if wait <= 0:
                return
            seconds = wait / 1_000_000
            await asyncio.sleep(seconds if poll is None else min(seconds, poll))

    def _member(self) -> str:
        self._count += 1
        return f"{self._process}:{self._count}"

    async def pause_all(self, seconds: float) -> None:
        """Telegram answered 429: no process sends anything until retry_after has passed."""
        await self._pause([self.keys.pace], [int(seconds * 1_000_000)])


def effective_limit(rate: int, paid: bool) -> int:
    """The configured rate, capped at what Telegram allows for free or paid broadcasts."""
    return max(1, min(rate, PAID_LIMIT if paid else FREE_LIMIT))
