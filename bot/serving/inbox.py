"""Updates taken from Telegram and not finished yet, kept in Redis so a killed process loses none.

Telegram forgets an update once it is confirmed: by the next getUpdates offset when polling, by the
200 answer when it comes by webhook. Both happen before the update is handled. So each process
writes the update's JSON into a hash of its own before it confirms the update, and deletes it once
the update is finished. Both writes ride in the session store's read and write pipelines, as
riders that the store carries without reading (bot/serving/pipeline.py asks for them), so the hot
path keeps its two round trips. An update that has not reached its read within SETTLE_SECONDS (its
user's previous update is still running, or it has no user) is written on its own, and updates
finished without a session write are deleted in batches.

Each process refreshes a key `alive:<id>` that expires after ALIVE_SECONDS. A process that finds
another's key gone moves that process's hash into its own (one Lua script, so only one process
takes it) and handles those updates again. The dead process had marked them as begun, and
the pipeline skips an update already begun, so those marks are deleted first: only the marks
the dead process made, so an update that Telegram sent again and another process handled is not
handled twice.

Every key carries the hash tag `{inbox}`, so the script also runs on Redis Cluster.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
from collections.abc import Coroutine, Iterable, Mapping
from typing import Any

from redis.asyncio import Redis
from redis.asyncio.client import Pipeline
from redis.exceptions import RedisError
from telegram import Update
from telegram.ext import Application

from bot.redis_keys import InboxKeys
from bot.redis_scripts import TAKE_OVER_INBOX
from bot.serving.incoming import without_unread_parts
from bot.state.pending_writes import FIRST_PAUSE, LONGEST_PAUSE
from bot.state.store import SessionStore

log = logging.getLogger(__name__)

ALIVE_SECONDS = 10
CHECK_SECONDS = 2.0
FLUSH_DELAY = 0.02  # finished updates are deleted together, a few milliseconds apart
SETTLE_SECONDS = 0.05

def _text(value: object) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


class _Arrival:
    """Rides in the update's session read: its copy into the inbox."""

    __slots__ = ("inbox", "raw", "update_id")

    def __init__(self, inbox: UpdateInbox, update_id: int, raw: str) -> None:
        self.inbox, self.update_id, self.raw = inbox, update_id, raw

    def add_to(self, pipe: Pipeline) -> None:
        pipe.hset(self.inbox.keys.updates(self.inbox.instance), str(self.update_id), self.raw)

    def done(self, ok: bool) -> None:
        self.inbox._arrived(self.update_id, ok)


class _Departure:
    """Rides in the update's session write: the delete of its copy."""

    __slots__ = ("inbox", "update_id")

    def __init__(self, inbox: UpdateInbox, update_id: int) -> None:
        self.inbox, self.update_id = inbox, update_id

    def add_to(self, pipe: Pipeline) -> None:
        pipe.hdel(self.inbox.keys.updates(self.inbox.instance), str(self.update_id))

    def done(self, ok: bool) -> None:
        if not ok:
            self.inbox._delete_later(self.update_id)


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
        self._finished: set[int] = set()
        self._changed: asyncio.Future[None] | None = None
        self._batch: dict[int, str] | None = None
        self._batch_written: asyncio.Future[bool] | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._wake = asyncio.Event()
        self._closing = False
        self._take = self.redis.register_script(TAKE_OVER_INBOX)

    @property
    def unfinished(self) -> int:
        return len(self._kept)

    @property
    def running(self) -> bool:
        return self.app is not None

    async def start(self, app: Application[Any, Any, Any, Any, Any, Any]) -> None:
        """Keep updates from now on; replay a dead process's into `app`."""
        self.app = app
        self._closing = False
        self._spawn(self._watch())
        self._spawn(self._flush_when_woken())

    async def stop(self) -> None:
        """Delete what finished; if some updates never did, let another process take them now."""
        self._closing = True
        self._wake.set()
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            # Bounded: redis-py can turn a cancellation that lands mid-command into an error,
            # which the loops then take for an outage; `_closing` ends them anyway.
            await asyncio.wait(list(self._tasks), timeout=2.0)
        self.app = None
        await self._flush()
        try:
            async with self.redis.pipeline(transaction=False) as pipe:
                pipe.delete(self.keys.alive(self.instance))
                if not self._kept:
                    pipe.delete(self.keys.updates(self.instance))
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

    def arrival(self, update_id: int) -> _Arrival | None:
        """The rider of the update's session read, if the update still needs writing."""
        raw = self._expected.pop(update_id, None)
        if raw is None:
            return None
        self._loading.add(update_id)
        return _Arrival(self, update_id, raw)

    def departure(self, update_id: int) -> _Departure | None:
        """The rider of the update's session write, if the update was kept."""
        if update_id not in self._kept:
            return None
        self._kept.discard(update_id)
        return _Departure(self, update_id)

    def finished(self, update_id: int) -> None:
        """The update is done (bot/serving/pipeline.py): whatever is kept of it goes."""
        if self._expected.pop(update_id, None) is not None:
            self._notify()  # done before anything was written: nothing to keep
        elif update_id in self._kept:
            self._kept.discard(update_id)
            self._delete_later(update_id)
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

    def _delete_later(self, update_id: int) -> None:
        """Deleted in the next batch: finished without a session write, or that write failed."""
        self._finished.add(update_id)
        self._wake.set()

    def _notify(self) -> None:
        if self._changed is not None and not self._changed.done():
            self._changed.set_result(None)
        self._changed = None

    async def take_over(self) -> int:
        """Handle the unfinished updates of every process whose alive key has expired."""
        members = [_text(m) for m in await self.redis.smembers(self.keys.instances)]
        others = [m for m in members if m != self.instance]
        if not others:
            return 0
        async with self.redis.pipeline(transaction=False) as pipe:
            for other in others:
                pipe.exists(self.keys.alive(other))
            alive = await pipe.execute()
        taken = 0
        for other, is_alive in zip(others, alive, strict=True):
            if not is_alive:
                taken += await self._take_over(other)
        return taken

    async def _take_over(self, dead: str) -> int:
        keys = [self.keys.updates(dead), self.keys.updates(self.instance), self.keys.instances,
                self.keys.alive(dead)]
        flat = [_text(v) for v in await self._take(keys=keys, args=[dead])]
        entries = dict(zip(flat[::2], flat[1::2], strict=True))
        for raw in entries.values():
            await self._replay(raw, dead)
        if entries:
            log.warning("took over %d unfinished updates of stopped process %s",
                        len(entries), dead)
        return len(entries)

    async def _replay(self, raw: str, dead: str) -> None:
        app = self.app
        assert app is not None, "a take-over runs while serving"
        try:
            update = Update.de_json(without_unread_parts(json.loads(raw)), app.bot)
        except Exception:  # a stored update python-telegram-bot cannot read: nothing to redo
            log.warning("dropped an unreadable stored update")
            return
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
            await self.redis.hset(self.keys.updates(self.instance),
                                  mapping={str(k): v for k, v in entries.items()})
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
                    self._delete_later(update_id)
            if not written.done():  # cancelled at exit: the callers go on without the inbox
                written.set_result(stored)

    async def _watch(self) -> None:
        while not self._closing:
            try:
                async with self.redis.pipeline(transaction=False) as pipe:
                    pipe.sadd(self.keys.instances, self.instance)
                    pipe.set(self.keys.alive(self.instance), 1, ex=self.alive_seconds)
                    await pipe.execute()
                await self.take_over()
            except (RedisError, OSError) as exc:
                self._outage(exc)
            await asyncio.sleep(self.check_seconds)

    async def _flush_when_woken(self) -> None:
        pause = FIRST_PAUSE
        while not self._closing:
            await self._wake.wait()
            await asyncio.sleep(FLUSH_DELAY)
            self._wake.clear()
            if await self._flush():
                pause = FIRST_PAUSE
                continue
            # Redis is down: try again, as bot/state/pending_writes.py does, not only when some
            # later update finishes (after an outage none may, and a crash would replay these).
            await asyncio.sleep(pause)
            pause = min(pause * 2, LONGEST_PAUSE)
            self._wake.set()

    async def _flush(self) -> bool:
        """Delete the finished updates; False if Redis failed (they wait for the next flush)."""
        done, self._finished = self._finished, set()
        if not done:
            return True
        try:
            await self.redis.hdel(self.keys.updates(self.instance), *map(str, done))
        except (RedisError, OSError) as exc:
            self._outage(exc)
            self._finished |= done
            return False
        return True

    def _spawn(self, coroutine: Coroutine[Any, Any, None]) -> None:
        task = asyncio.create_task(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _outage(self, exc: Exception) -> None:
        self.store.outage(exc)  # one log line per outage, shared with the session store
