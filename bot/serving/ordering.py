"""Updates of one user run in order; updates of different users run concurrently."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from bot.serving.retry import in_update

_UNBOUNDED = 2**31 - 1


def ordering_key(update: object) -> int | None:
    """The user whose updates run in order (the chat, for updates without a user)."""
    if not isinstance(update, Update):
        return None
    if update.effective_user is not None:
        return update.effective_user.id
    return update.effective_chat.id if update.effective_chat is not None else None


class PerUserUpdateProcessor(BaseUpdateProcessor):
    """One asyncio lock per active user, dropped when nobody waits on it.

    `run` is what happens once it is the update's turn: here, the handlers alone; the bot's
    pipeline (bot/serving/pipeline.py) puts the update's state around them.
    """

    def __init__(self, max_concurrent_updates: int) -> None:
        # PTB takes its semaphore before do_process_update, that is before the user's lock, so
        # one user's backlog could hold every slot. Ours is taken once it is the user's turn.
        super().__init__(_UNBOUNDED)
        self._max_concurrent_updates = max_concurrent_updates
        self._slots = asyncio.BoundedSemaphore(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        self._waiters: dict[int, int] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        in_update.set(True)  # this task's Bot API calls are retried (bot/serving/retry.py)
        key = ordering_key(update)
        if key is None:
            async with self._slots:
                await self.run(update, coroutine)
            return
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._waiters[key] = self._waiters.get(key, 0) + 1
        try:
            async with lock, self._slots:
                await self.run(update, coroutine)
        finally:
            self._waiters[key] -= 1
            if not self._waiters[key]:
                # Memory stays bounded by active users, not by all users ever seen.
                del self._waiters[key]
                del self._locks[key]

    async def run(self, update: object, handlers: Awaitable[Any]) -> None:
        await handlers

    @property
    def active_users(self) -> int:
        """Users with an update running or waiting; nothing is kept for the others."""
        return len(self._locks)

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None
