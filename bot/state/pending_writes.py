"""Writes that Telegram gives one chance to make, retried in the background while Redis is down.

A chat's record comes from a my_chat_member update that Telegram sends once: if Redis is down at
that moment, the write is tried again with growing pauses until Redis answers. Bounded: at most
MAX_WAITING writes wait, each for at most GIVE_UP_SECONDS. Writes still waiting when the process
stops are logged one by one, so an operator can redo them; they are lost if the process is killed
during the outage.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from redis.exceptions import RedisError

log = logging.getLogger(__name__)

MAX_WAITING = 1000
GIVE_UP_SECONDS = 3600.0
FIRST_PAUSE = 0.5
LONGEST_PAUSE = 5.0

Write = Callable[[], Awaitable[object]]


class PendingWrites:
    """Background retries of writes that failed because Redis was unavailable."""

    def __init__(self) -> None:
        self._waiting: dict[asyncio.Task[None], str] = {}
        self._latest: dict[str, asyncio.Task[None]] = {}

    def __len__(self) -> int:
        return len(self._waiting)

    def retry(self, write: Write, what: str, *, key: str) -> bool:
        """Try `write` again later, replacing a waiting write of the same `key` (it is older).

        False if too many writes already wait: then this one is lost, and logged.
        """
        older = self._latest.pop(key, None)
        if older is not None:
            older.cancel()
            self._waiting.pop(older, None)
        if len(self._waiting) >= MAX_WAITING:
            log.error("Redis down and %d writes waiting: %s is lost", MAX_WAITING, what)
            return False
        task = asyncio.create_task(self._retry(write, what))
        self._waiting[task] = what
        self._latest[key] = task

        def forget(done: asyncio.Task[None]) -> None:
            self._waiting.pop(done, None)
            if self._latest.get(key) is done:
                del self._latest[key]

        task.add_done_callback(forget)
        log.warning("Redis unavailable: %s will be written once it is back", what)
        return True

    async def _retry(self, write: Write, what: str) -> None:
        loop = asyncio.get_running_loop()
        give_up = loop.time() + GIVE_UP_SECONDS
        pause = FIRST_PAUSE
        while True:
            await asyncio.sleep(pause)
            try:
                await write()
            except (RedisError, OSError) as exc:
                if loop.time() >= give_up:
                    log.error("gave up writing %s: Redis still unavailable (%s)", what, exc)
                    return
                pause = min(pause * 2, LONGEST_PAUSE)
                continue
            log.info("written after Redis came back: %s", what)
            return

    async def close(self) -> None:
        """At shutdown: stop retrying, and name every write that was not made."""
        for task, what in list(self._waiting.items()):
            task.cancel()
            log.error("not written (the process stopped while Redis was down): %s", what)
        await asyncio.gather(*self._waiting, return_exceptions=True)
