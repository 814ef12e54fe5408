"""Session store on Redis: one pipelined read and at most one pipelined write per update."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import Protocol

from redis.asyncio import Redis
from redis.asyncio.client import Pipeline
from redis.exceptions import RedisError

from bot.redis_keys import ChatKeys, UserKeys
from bot.redis_scripts import READ_UPDATE_STATE, RELEASE_IF_HELD
from bot.serving import metrics
from bot.state.session import Session

log = logging.getLogger(__name__)

SEEN_TTL_SECONDS = 24 * 3600
RATE_WINDOW_SECONDS = 10


class Rider(Protocol):
    """Someone else's write that rides in a session read or write; the store never reads it."""

    def add_to(self, pipe: Pipeline) -> None: ...

    def done(self, ok: bool) -> None:
        """Called once: True if the pipeline carrying it went through."""


@dataclass
class Loaded:
    """What one update needs from Redis."""

    session: Session
    user_locale: str | None = None
    chat_locale: str | None = None
    duplicate: bool = False
    available: bool = True
    recent: int = 0  # updates of this user in the current rate window, this one included
    snapshot: str | None = field(default=None, repr=False)

    @property
    def changed(self) -> bool:
        return self.session.dumps() != self.snapshot


class SessionStore:
    """Per-user state; the locale lives apart from the session and never expires."""

    def __init__(self, redis: Redis, prefix: str, ttl_seconds: int) -> None:
        self.redis = redis
        self.prefix = prefix
        self.ttl = ttl_seconds
        self._outage_logged = False
        self._release = redis.register_script(RELEASE_IF_HELD)

    def user(self, user_id: int) -> UserKeys:
        return UserKeys(self.prefix, user_id)

    def chat(self, chat_id: int) -> ChatKeys:
        return ChatKeys(self.prefix, chat_id)

    def recovered(self) -> None:
        if self._outage_logged:
            log.warning("Redis is back; state is read and written again")
            self._outage_logged = False

    def outage(self, exc: Exception) -> None:
        metrics.REDIS_ERRORS.inc()
        if not self._outage_logged:
            log.error("Redis unavailable (%s); serving without stored state", exc)
            self._outage_logged = True

    async def load(
        self, user_id: int, *, update_id: int | None = None, chat_id: int | None = None,
        count: bool = False, mark: str = "", rider: Rider | None = None,
    ) -> Loaded:
        """One round trip: duplicate check, rate count, session (sliding expiry), locales.

        With an `update_id` the update's duplicate mark is set, holding `mark` (the process that
        begins it). A `rider` goes in the same pipeline.
        """
        keys = self.user(user_id)
        window = int(time.time()) // RATE_WINDOW_SECONDS
        read = (
            READ_UPDATE_STATE, 4, keys.seen_update(update_id or 0), keys.recent_updates(window),
            keys.session, keys.locale, (mark or "-") if update_id is not None else "",
            SEEN_TTL_SECONDS, 2 * RATE_WINDOW_SECONDS if count else 0, self.ttl,
        )  # fmt: skip
        group = self.chat(chat_id).locale if chat_id is not None and chat_id != user_id else None
        ok = False
        try:
            if group is None and rider is None:
                replies = [await self.redis.eval(*read)]
            else:
                async with self.redis.pipeline(transaction=False) as pipe:
                    pipe.eval(*read)
                    if group is not None:
                        pipe.get(group)
                    if rider is not None:
                        rider.add_to(pipe)
                    replies = await pipe.execute()
            ok = True
        except (RedisError, OSError) as exc:
            self.outage(exc)
            return Loaded(Session(), available=False)
        finally:
            if rider is not None:
                rider.done(ok)
        self.recovered()
        first_time, recent, raw, user_locale = replies[0]
        return Loaded(
            session=Session.loads(raw),
            user_locale=user_locale,
            chat_locale=replies[1] if group is not None else None,
            duplicate=not first_time,
            recent=recent,
            # A user with nothing stored and nothing changed needs no write.
            snapshot=raw if raw is not None else Session().dumps(),
        )

    async def save(self, user_id: int, loaded: Loaded, *, rider: Rider | None = None) -> bool:
        """Write the session if it changed, in one command; True if it was written.

        A `rider` goes in the same pipeline. After a Redis error `loaded.available` turns False.
        """
        changed = loaded.available and loaded.changed
        if not changed and rider is None:
            return False
        raw = loaded.session.dumps()
        ok = False
        try:
            async with self.redis.pipeline(transaction=False) as pipe:
                if changed:
                    pipe.set(self.user(user_id).session, raw, ex=self.ttl)
                if rider is not None:
                    rider.add_to(pipe)
                await pipe.execute()
            ok = True
        except (RedisError, OSError) as exc:
            self.outage(exc)
            loaded.available = False
            return False
        finally:
            if rider is not None:
                rider.done(ok)
        if changed:
            loaded.snapshot = raw
        return changed

    async def release_mark(self, user_id: int, update_id: int, mark: str) -> bool:
        """Delete the update's duplicate mark if it holds `mark`, so that it is handled again."""
        key = self.user(user_id).seen_update(update_id)
        return bool(await self._release(keys=[key], args=[mark]))

    async def set_user_locale(self, user_id: int, locale: str) -> None:
        await self.redis.set(self.user(user_id).locale, locale)

    async def set_chat_locale(self, chat_id: int, locale: str) -> None:
        await self.redis.set(self.chat(chat_id).locale, locale)

    async def clear_session(self, user_id: int) -> None:
        """Drop the menu state only; the language stays."""
        await self.redis.delete(self.user(user_id).session)

    async def forget(self, user_id: int) -> list[str]:
        """Delete every key stored for the user; return the kinds that existed."""
        keys = self.user(user_id)
        found = [key async for key in self.redis.scan_iter(match=keys.all_patterns(), count=100)]
        if not found:
            return []
        await self.redis.delete(*found)
        return sorted({key.removeprefix(f"{keys.tag}:").split(":", 1)[0] for key in found})
