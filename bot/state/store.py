"""Session store on Redis: one pipelined read and at most one pipelined write per update."""

from __future__ import annotations

import logging
import secrets
import time
from dataclasses import dataclass, field

from redis.asyncio import Redis
from redis.exceptions import RedisError

from bot.redis_keys import ChatKeys, UserKeys
from bot.redis_scripts import READ_UPDATE_STATE, RELEASE_IF_HELD
from bot.serving import metrics
from bot.state.session import Session

log = logging.getLogger(__name__)

SEEN_TTL_SECONDS = 24 * 3600
InboxEntry = tuple[str, str, str]  # hash, field, value
InboxField = tuple[str, str]
RATE_WINDOW_SECONDS = 10


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
        # Written into each duplicate mark: which process began the update (bot/serving/inbox.py).
        self.claimant = secrets.token_hex(6)
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
        count: bool = False, keep: InboxEntry | None = None,
    ) -> Loaded:
        """One round trip: duplicate check, rate count, session (sliding expiry), locales.

        `keep` (hash, field, value) rides along: the update's copy in bot/serving/inbox.py.
        """
        keys = self.user(user_id)
        window = int(time.time()) // RATE_WINDOW_SECONDS
        read = (
            READ_UPDATE_STATE, 4, keys.seen_update(update_id or 0), keys.recent_updates(window),
            keys.session, keys.locale, self.claimant if update_id is not None else "",
            SEEN_TTL_SECONDS, 2 * RATE_WINDOW_SECONDS if count else 0, self.ttl,
        )  # fmt: skip
        group = self.chat(chat_id).locale if chat_id is not None and chat_id != user_id else None
        try:
            if group is None and keep is None:
                replies = [await self.redis.eval(*read)]
            else:
                async with self.redis.pipeline(transaction=False) as pipe:
                    pipe.eval(*read)
                    if group is not None:
                        pipe.get(group)
                    if keep is not None:
                        pipe.hset(keep[0], keep[1], keep[2])
                    replies = await pipe.execute()
        except (RedisError, OSError) as exc:
            self.outage(exc)
            return Loaded(Session(), available=False)
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

    async def save(self, user_id: int, loaded: Loaded, *, drop: InboxField | None = None
                   ) -> bool:
        """Write the session if it changed, in one command; True if it was written.

        `drop` (hash, field) rides along: the update is finished, its inbox copy goes. After a
        Redis error `loaded.available` turns False.
        """
        changed = loaded.available and loaded.changed
        if not changed and drop is None:
            return False
        raw = loaded.session.dumps()
        try:
            async with self.redis.pipeline(transaction=False) as pipe:
                if changed:
                    pipe.set(self.user(user_id).session, raw, ex=self.ttl)
                if drop is not None:
                    pipe.hdel(drop[0], drop[1])
                await pipe.execute()
        except (RedisError, OSError) as exc:
            self.outage(exc)
            loaded.available = False
            return False
        if changed:
            loaded.snapshot = raw
        return changed

    async def release_claim(self, user_id: int, update_id: int, claimant: str) -> bool:
        """Forget that `claimant` began this update, so that it is handled again."""
        key = self.user(user_id).seen_update(update_id)
        return bool(await self._release(keys=[key], args=[claimant]))

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
