"""The registry of groups and channels the bot is in, and which of them are subscribed.

A chat's record is a small hash read when needed; subscribers are a sorted set scored by chat id,
which the delivery worker walks in batches with a cursor, so no process holds the whole list.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from redis.asyncio import Redis

from bot.redis_keys import BroadcastKeys

GROUP_TYPES = ("group", "supergroup")
CHANNEL = "channel"
PRESENT = ("member", "administrator", "creator", "restricted")


@dataclass(frozen=True)
class ChatInfo:
    """What a broadcast needs to know about one chat."""

    chat_id: int
    type: str = ""
    title: str = ""
    locale: str | None = None
    subscribed: bool = False
    active: bool = True
    status: str = ""
    migrated_to: int | None = None

    @property
    def is_channel(self) -> bool:
        return self.type == CHANNEL


class ChatRegistry:
    """Reads and writes chat records; every method is a few Redis commands."""

    def __init__(self, redis: Redis, prefix: str) -> None:
        self.redis = redis
        self.keys = BroadcastKeys(prefix)

    async def record(self, chat_id: int, chat_type: str, title: str, status: str,
                     *, added_by: int | None = None) -> None:
        """The bot's membership changed (my_chat_member). Channels subscribe while we may post."""
        present = status in PRESENT
        fields: dict[Any, Any] = {"type": chat_type, "title": title[:256], "status": status,
                  "active": "1" if present else "0"}
        if added_by is not None:
            fields["added_by"] = str(added_by)
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.hset(self.keys.chat(chat_id), mapping=fields)
            if chat_type == CHANNEL:
                pipe.hset(self.keys.chat(chat_id), "subscribed", "1" if present else "0")
            await pipe.execute()
        if chat_type == CHANNEL and status == "administrator":
            await self.redis.zadd(self.keys.subscribers, {str(chat_id): chat_id})
        elif not present:
            await self.redis.zrem(self.keys.subscribers, str(chat_id))
        if added_by is not None and chat_type == CHANNEL and present:
            await self.redis.sadd(self.keys.user_channels(added_by), str(chat_id))

    async def set_subscribed(self, chat_id: int, subscribed: bool) -> None:
        await self.redis.hset(self.keys.chat(chat_id), "subscribed", "1" if subscribed else "0")
        if subscribed:
            await self.redis.zadd(self.keys.subscribers, {str(chat_id): chat_id})
        else:
            await self.redis.zrem(self.keys.subscribers, str(chat_id))

    async def mark_inactive(self, chat_id: int, status: str = "kicked") -> None:
        """Telegram answered Forbidden: the bot was removed or blocked; stop sending there."""
        await self.redis.hset(self.keys.chat(chat_id), mapping={"active": "0", "status": status})
        await self.redis.zrem(self.keys.subscribers, str(chat_id))

    async def migrate(self, old_id: int, new_id: int) -> None:
        """A group became a supergroup: move its record, language and subscription to new_id.

        Safe to run twice (both the old and the new chat report the migration).
        """
        old = await self.redis.hgetall(self.keys.chat(old_id))
        locale = await self.redis.get(self.keys.chat_locale(old_id))
        subscribed = await self.redis.zscore(self.keys.subscribers, str(old_id)) is not None
        if old:
            fields: dict[Any, Any] = {k: v for k, v in old.items() if k != "migrated_to"}
            fields["type"] = "supergroup"
            await self.redis.hset(self.keys.chat(new_id), mapping=fields)
        if locale and not await self.redis.exists(self.keys.chat_locale(new_id)):
            await self.redis.set(self.keys.chat_locale(new_id), locale)
        await self.redis.hset(self.keys.chat(old_id),
                              mapping={"migrated_to": str(new_id), "active": "0"})
        if subscribed:
            await self.redis.zrem(self.keys.subscribers, str(old_id))
            await self.redis.zadd(self.keys.subscribers, {str(new_id): new_id})

    async def get(self, chat_id: int) -> ChatInfo | None:
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.hgetall(self.keys.chat(chat_id))
            pipe.get(self.keys.chat_locale(chat_id))
            raw, locale = await pipe.execute()
        return _info(chat_id, raw, locale) if raw else None

    async def many(self, chat_ids: Iterable[int]) -> list[ChatInfo]:
        """Records of a batch of chats in one round trip; unknown chats get a bare record."""
        ids = list(chat_ids)
        async with self.redis.pipeline(transaction=False) as pipe:
            for chat_id in ids:
                pipe.hgetall(self.keys.chat(chat_id))
                pipe.get(self.keys.chat_locale(chat_id))
            replies = await pipe.execute()
        return [_info(i, replies[2 * n] or {}, replies[2 * n + 1]) for n, i in enumerate(ids)]

    async def subscribers_after(self, cursor: float, batch: int) -> list[int]:
        """The next `batch` subscribed chat ids above `cursor`, in id order."""
        raw = await self.redis.zrangebyscore(
            self.keys.subscribers, f"({cursor}" if cursor != float("-inf") else "-inf", "+inf",
            start=0, num=batch,
        )  # fmt: skip
        return [int(str(x)) for x in raw]

    async def subscriber_count(self) -> int:
        return int(await self.redis.zcard(self.keys.subscribers))

    async def audience_count(self, audience: str, default_locale: str,
                             batch: int = 500) -> int:
        """How many subscribed, active chats an audience takes, read in batches as the worker
        walks them (for the admin's confirmation; nothing is kept)."""
        if audience == "all":
            return await self.subscriber_count()
        count, cursor = 0, float("-inf")
        while ids := await self.subscribers_after(cursor, batch):
            count += sum(1 for chat in await self.many(ids)
                         if chat.active and matches(audience, chat, default_locale))
            cursor = float(ids[-1])
        return count

    async def channels_added_by(self, user_id: int) -> list[ChatInfo]:
        ids = sorted(int(x) for x in await self.redis.smembers(self.keys.user_channels(user_id)))
        return [c for c in await self.many(ids) if c.active and c.is_channel]


def matches(audience: str, chat: ChatInfo, default_locale: str) -> bool:
    """Whether a broadcast's audience ("all", "groups", "channels", "lang:<code>") takes chat."""
    if audience == "groups":
        return not chat.is_channel
    if audience == "channels":
        return chat.is_channel
    if audience.startswith("lang:"):
        return (chat.locale or default_locale) == audience[5:]
    return True


def _info(chat_id: int, raw: dict[Any, Any], locale: str | None) -> ChatInfo:
    migrated = raw.get("migrated_to", "")
    return ChatInfo(
        chat_id=chat_id, type=raw.get("type", ""), title=raw.get("title", ""), locale=locale,
        subscribed=raw.get("subscribed") == "1", active=raw.get("active", "1") == "1",
        status=raw.get("status", ""),
        migrated_to=int(migrated) if migrated.lstrip("-").isdigit() else None,
    )  # fmt: skip
