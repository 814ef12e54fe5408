"""Updates taken from Telegram and not finished yet, kept in Redis so a killed process loses none.

Telegram forgets an update once it is confirmed (the next getUpdates offset, or the webhook's 200
answer), before it is handled. So each process writes the update's JSON into a hash of its own
before it confirms the update, and deletes it once the update is finished. Both writes ride in the
session store's read and write pipelines (bot/serving/inbox_riders.py), so the hot path keeps its
two round trips. An update that has not reached its read within SETTLE_SECONDS (its user's previous
update is still running, or it has no user) is written on its own; one finished without a session
write is deleted in a batch (inbox_deletes.py). A stopped process's are redone (inbox_takeover.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
from collections.abc import Coroutine, Iterable, Mapping
from typing import Any

from redis.asyncio import Redis
from redis.exceptions import RedisError
from telegram.ext import Application

from bot.redis_keys import InboxKeys
from bot.serving.inbox_deletes import FinishedDeletes
from bot.serving.inbox_riders import Arrival, Departure
from bot.serving.inbox_takeover import DeadInboxes, stored_update
from bot.state.store import SessionStore

log = logging.getLogger(__name__)

ALIVE_SECONDS = 10
CHECK_SECONDS = 2.0
SETTLE_SECONDS = 0.05


class UpdateInbox:
    """This process's unfinished updates in Redis, and the take-over of a dead process's."""

    def __init__(self, redis: Redis, store: SessionStore, key_prefix: str, *,
                 alive_seconds: int | None = None, check_seconds: float | None = None) -> None:
        self.redis = redis
        self.store = store
        # Names this process's hash, and is written into the duplicate mark of each update it
        # begins, so that a take-over releases only the marks of the process that died.
        self.instance = secrets.token_hex(6)
        self.alive_seconds = alive_seconds or ALIVE_SECONDS
        self.check_seconds = check_seconds or CHECK_SECONDS
        self.keys = InboxKeys(key_prefix)
        self.app: Application[Any, Any, Any, Any, Any, Any] | None = None  # set while serving
        self._expected: dict[int, str] = {}  # received, not yet in Redis
        self._loading: set[int] = set()  # on their way to Redis in a session read
        self._kept: set[int] = set()
        self._writing: set[int] = set()  # in a write of their own (keep)
        self._done_while_writing: set[int] = set()
        self._changed: asyncio.Future[None] | None = None
        self._batch: dict[int, str] | None = None
        self._batch_written: asyncio.Future[bool] | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._closing = False
        self._hash = self.keys.updates(self.instance)
        self._deletes = FinishedDeletes(redis, self._hash, self._outage)
        self._dead = DeadInboxes(redis, self.keys, self.instance)

    @property
    def unfinished(self) -> int:
        return len(self._kept)

    @property
    def running(self) -> bool:
        return self.app is not None

    async def start(self, app: Application[Any, Any, Any, Any, Any, Any]) -> None:
        """Keep updates from now on; replay a dead process's into `app`."""
        self.app = app
        self._closing = self._deletes.closing = False
        self._spawn(self._watch())
        self._spawn(self._deletes.run())

    async def stop(self) -> None:
        """Delete what finished; if some updates never did, let another process take them now."""
        self._closing = True
        self._deletes.close()
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            # Bounded: redis-py can turn a cancellation that lands mid-command into an error,
            # which the loops then take for an outage; `_closing` ends them anyway.
            await asyncio.wait(list(self._tasks), timeout=2.0)
        self.app = None
        await self._deletes.flush()
        try:
            async with self.redis.pipeline(transaction=False) as pipe:
                pipe.delete(self.keys.alive(self.instance))
                if not self._kept:
                    pipe.delete(self._hash)
                    pipe.srem(self.keys.instances, self.instance)
                await pipe.execute()
        except (RedisError, OSError) as exc:
            log.warning("could not tidy the update inbox at exit: %s", exc)
        if self._kept:
            log.error("%d updates unfinished at exit; another process will handle them",
                      len(self._kept))

    async def keep(self, entries: Mapping[int, str]) -> bool:
        """Store updates (id to JSON) in a write of their own; False if Redis failed.

        For updates that no session read carried in time (settle), and for tests. Callers in the
        same turn of the event loop share one write.
        """
        if not entries:
            return True
        if self._batch is None or self._batch_written is None:
            self._batch = {}
            self._batch_written = asyncio.get_running_loop().create_future()
            self._spawn(self._write_batch())
        self._batch.update(entries)
        self._writing.update(entries)
        return await asyncio.shield(self._batch_written)

    def expect(self, entries: Mapping[int, str]) -> None:
        """Updates (id to JSON) just received; settle() returns once they are in Redis."""
        if self.running:
            self._expected.update(entries)

    def arrival(self, update_id: int) -> Arrival | None:
        """The rider of the update's session read, if the update still needs writing."""
        raw = self._expected.pop(update_id, None)
        if raw is None:
            return None
        self._loading.add(update_id)
        return Arrival(self._hash, update_id, raw, self._arrived)

    def departure(self, update_id: int) -> Departure | None:
        """The rider of the update's session write, if the update was kept."""
        if update_id not in self._kept:
            return None
        self._kept.discard(update_id)
        return Departure(self._hash, update_id, self._deletes.add)

    def finished(self, update_id: int) -> None:
        """The update is done (bot/serving/pipeline.py): whatever is kept of it goes."""
        if self._expected.pop(update_id, None) is not None:
            self._notify()  # done before anything was written: nothing to keep
        elif update_id in self._kept:
            self._kept.discard(update_id)
            self._deletes.add(update_id)
        elif update_id in self._writing:
            self._done_while_writing.add(update_id)  # deleted once its write is through

    async def settle(self, ids: Iterable[int], wait: float = SETTLE_SECONDS) -> None:
        """Return once these updates are in Redis, finished, or Redis failed to take them.

        Waits up to `wait` for their session reads to carry them, then writes the rest itself.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + wait
        ids = list(ids)
        while True:
            expected = [i for i in ids if i in self._expected]
            if not expected and not any(i in self._loading for i in ids):
                return
            if expected and loop.time() >= deadline:
                await self.keep({i: self._expected.pop(i) for i in expected})
                continue
            if self._changed is None:
                self._changed = loop.create_future()
            timeout = deadline - loop.time() if expected else None
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(asyncio.shield(self._changed), timeout)

    def _arrived(self, update_id: int, kept: bool) -> None:
        self._loading.discard(update_id)
        if kept:
            self._kept.add(update_id)
        self._notify()

    def _notify(self) -> None:
        if self._changed is not None and not self._changed.done():
            self._changed.set_result(None)
        self._changed = None

    async def take_over(self) -> int:
        """Handle the unfinished updates of every process whose alive key has expired."""
        taken = 0
        for dead in await self._dead.dead():
            entries = await self._dead.take(dead)
            for raw in entries.values():
                await self._replay(raw, dead)
            if entries:
                log.warning("took over %d unfinished updates of stopped process %s",
                            len(entries), dead)
            taken += len(entries)
        return taken

    async def _replay(self, raw: str, dead: str) -> None:
        app = self.app
        assert app is not None, "a take-over runs while serving"
        update = stored_update(raw, app.bot)
        if update is None:
            return
        # The dead process had marked the update as begun, and the pipeline skips an update
        # already begun; only its marks go, so an update another process handled stays done.
        user = update.effective_user
        if user is not None:
            await self.store.release_mark(user.id, update.update_id, dead)
        self._kept.add(update.update_id)
        app.update_queue.put_nowait(update)

    async def _write_batch(self) -> None:
        await asyncio.sleep(0)  # let the other requests of this loop turn join the batch
        entries, written = self._batch or {}, self._batch_written
        self._batch = self._batch_written = None
        assert written is not None
        stored = False
        try:
            await self.redis.hset(self._hash, mapping={str(k): v for k, v in entries.items()})
            stored = True
        except (RedisError, OSError) as exc:
            self._outage(exc)
        finally:
            self._writing.difference_update(entries)
            done = self._done_while_writing.intersection(entries)
            self._done_while_writing.difference_update(entries)
            if stored:
                self.store.recovered()
                self._kept.update(entries.keys() - done)
                for update_id in done:
                    self._deletes.add(update_id)
            if not written.done():  # cancelled at exit: the callers go on without the inbox
                written.set_result(stored)

    async def _watch(self) -> None:
        while not self._closing:
            try:
                await self._dead.announce(self.alive_seconds)
                await self.take_over()
            except (RedisError, OSError) as exc:
                self._outage(exc)
            await asyncio.sleep(self.check_seconds)

    def _spawn(self, coroutine: Coroutine[Any, Any, None]) -> None:
        task = asyncio.create_task(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _outage(self, exc: Exception) -> None:
        self.store.outage(exc)  # one log line per outage, shared with the session store
