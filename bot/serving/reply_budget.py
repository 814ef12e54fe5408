"""Interactive replies' share of the bot's one sending budget (Telegram: 30 messages/s per bot).

Replies to people come first; broadcasts use what is left (bot/broadcast/pacing.py reads the
replies of the last second and leaves them that much plus a reserve). While no broadcast is
sending, a reply does not wait for anything: each process counts its messages and adds them to a
Redis hash of 10 ms buckets (Redis's clock) within FLUSH_SECONDS, in one command, so a tap keeps
its two round trips. While a broadcast sends (each write tells the process), every reply first
takes its place in the budget in one short script: it may use the whole limit, where broadcasts
stop short of it, so it goes at once unless a burst of replies has filled even the reserve; then
it waits the few milliseconds until a place frees, rather than meet a 429 and wait a second.
"""

from __future__ import annotations

import asyncio
import logging
import time

from redis.asyncio import Redis
from redis.exceptions import RedisError

from bot.redis_keys import BroadcastKeys
from bot.redis_scripts import ADD_REPLIES, TAKE_REPLY_TURN

log = logging.getLogger(__name__)

FLUSH_SECONDS = 0.02
STICKY_SECONDS = 5.0
MAX_WAIT = 1.0  # a reply never waits longer for the budget than Telegram would make it
_NOT_MESSAGES = frozenset({"sendChatAction"})

def counts_as_message(endpoint: str) -> bool:
    """What Telegram counts against the per-bot limit; edits are counted too, to be safe."""
    if endpoint in _NOT_MESSAGES:
        return False
    return endpoint.startswith(("send", "edit")) or endpoint in ("copyMessage", "forwardMessage")


class ReplyBudget:
    """One per bot process: counts its replies into the shared budget."""

    def __init__(self, redis: Redis, prefix: str, limit: int) -> None:
        keys = BroadcastKeys(prefix)
        self.keys = [keys.window, keys.replies]
        self.limit = limit
        self._broadcast_seen = float("-inf")  # when this process last saw a broadcast send
        self._add = redis.register_script(ADD_REPLIES)
        self._take = redis.register_script(TAKE_REPLY_TURN)
        self._pending = 0
        self._flush: asyncio.Task[None] | None = None

    async def before_send(self, endpoint: str) -> None:
        if not counts_as_message(endpoint):
            return
        if not self.broadcasting:
            self._pending += 1
            if self._flush is None:
                self._flush = asyncio.get_running_loop().create_task(self._write_soon())
            return
        deadline = time.monotonic() + MAX_WAIT
        while True:
            try:
                wait, broadcast = await self._take(self.keys, [self.limit])
            except (RedisError, OSError) as exc:  # the budget is advice: the reply goes on
                log.debug("could not take a place in the sending budget: %s", exc)
                return
            self._saw(int(broadcast))
            if int(wait) <= 0 or time.monotonic() >= deadline:
                return
            await asyncio.sleep(int(wait) / 1_000_000)

    async def _add_replies(self, count: int) -> None:
        self._saw(int(await self._add(self.keys, [count])))

    def _saw(self, broadcast_sends: int) -> None:
        if broadcast_sends > 0:
            self._broadcast_seen = time.monotonic()

    @property
    def broadcasting(self) -> bool:
        """A broadcast sent within STICKY_SECONDS: also across its pause after a 429, when its
        window is empty for a second but it is about to send again."""
        return time.monotonic() - self._broadcast_seen < STICKY_SECONDS

    async def written(self) -> None:
        """Wait until the replies counted so far are added to the shared budget."""
        if self._flush is not None:
            await self._flush

    async def _write_soon(self) -> None:
        try:
            await asyncio.sleep(FLUSH_SECONDS)
            count, self._pending = self._pending, 0
            await self._add_replies(count)
        except (RedisError, OSError) as exc:
            log.debug("could not add replies to the sending budget: %s", exc)
        finally:
            self._flush = None
