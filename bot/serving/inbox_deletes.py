"""The deletes of finished updates from the inbox, a few milliseconds apart in one command."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from redis.asyncio import Redis
from redis.exceptions import RedisError

from bot.state.pending_writes import FIRST_PAUSE, LONGEST_PAUSE

FLUSH_DELAY = 0.02  # finished updates are deleted together, a few milliseconds apart


class FinishedDeletes:
    """Updates finished without a session write (or whose write failed), deleted in batches."""

    def __init__(self, redis: Redis, hash_key: str, outage: Callable[[Exception], None]) -> None:
        self.redis = redis
        self.hash_key = hash_key
        self.outage = outage
        self.closing = False
        self._finished: set[int] = set()
        self._wake = asyncio.Event()

    def add(self, update_id: int) -> None:
        """Delete this update in the next batch."""
        self._finished.add(update_id)
        self._wake.set()

    def close(self) -> None:
        """End run() at its next turn."""
        self.closing = True
        self._wake.set()

    async def run(self) -> None:
        """Delete what finished whenever something did, until closed."""
        pause = FIRST_PAUSE
        while not self.closing:
            await self._wake.wait()
            await asyncio.sleep(FLUSH_DELAY)
            self._wake.clear()
            if await self.flush():
                pause = FIRST_PAUSE
                continue
            # Redis is down: try again, as bot/state/pending_writes.py does, not only when some
            # later update finishes (after an outage none may, and a crash would replay these).
            await asyncio.sleep(pause)
            pause = min(pause * 2, LONGEST_PAUSE)
            self._wake.set()

    async def flush(self) -> bool:
        """Delete the finished updates; False if Redis failed (they wait for the next flush)."""
        done, self._finished = self._finished, set()
        if not done:
            return True
        try:
            await self.redis.hdel(self.hash_key, *map(str, done))
        except (RedisError, OSError) as exc:
            self.outage(exc)
            self._finished |= done
            return False
        return True
