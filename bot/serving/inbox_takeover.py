"""Finding processes whose alive key expired and moving their unfinished updates to this one.

Each process refreshes a key `alive:<id>` that expires after ALIVE_SECONDS (bot/serving/inbox.py).
A process that finds another's key gone moves that process's hash into its own (one Lua script, so
only one process takes it) and handles those updates again. Every key carries the hash tag
`{inbox}`, so the script also runs on Redis Cluster.
"""

from __future__ import annotations

import json
import logging

from redis.asyncio import Redis
from telegram import Bot, Update

from bot.redis_keys import InboxKeys
from bot.redis_scripts import TAKE_OVER_INBOX
from bot.serving.incoming import without_unread_parts

log = logging.getLogger(__name__)


def _text(value: object) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


class DeadInboxes:
    """The hashes of stopped processes, each moved into this process's in one Lua script."""

    def __init__(self, redis: Redis, keys: InboxKeys, instance: str) -> None:
        self.redis = redis
        self.keys = keys
        self.instance = instance
        self._take = redis.register_script(TAKE_OVER_INBOX)

    async def announce(self, alive_seconds: int) -> None:
        """Say this process is alive for `alive_seconds` more."""
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.sadd(self.keys.instances, self.instance)
            pipe.set(self.keys.alive(self.instance), 1, ex=alive_seconds)
            await pipe.execute()

    async def dead(self) -> list[str]:
        """The other processes whose alive key has expired."""
        members = [_text(m) for m in await self.redis.smembers(self.keys.instances)]
        others = [m for m in members if m != self.instance]
        if not others:
            return []
        async with self.redis.pipeline(transaction=False) as pipe:
            for other in others:
                pipe.exists(self.keys.alive(other))
            alive = await pipe.execute()
        return [other for other, is_alive in zip(others, alive, strict=True) if not is_alive]

    async def take(self, dead: str) -> dict[str, str]:
        """Move a dead process's updates (id to JSON) into this one's hash; {} if another did."""
        keys = [self.keys.updates(dead), self.keys.updates(self.instance), self.keys.instances,
                self.keys.alive(dead)]
        flat = [_text(v) for v in await self._take(keys=keys, args=[dead])]
        return dict(zip(flat[::2], flat[1::2], strict=True))


def stored_update(raw: str, bot: Bot) -> Update | None:
    """The Update kept as JSON in a hash; None if python-telegram-bot cannot read it."""
    try:
        return Update.de_json(without_unread_parts(json.loads(raw)), bot)
    except Exception:  # a stored update python-telegram-bot cannot read: nothing to redo
        log.warning("dropped an unreadable stored update")
        return None
