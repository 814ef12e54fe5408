"""The two admin checks, used by every command that needs one.

- A bot admin (`/broadcast`, `/broadcasts`, `/stats`): a user id in ADMIN_IDS (in local mode the
  chat page's user is added to it at start, see bot/runner.py).
- A chat admin (a group's or channel's settings: `/subscribe`, `/unsubscribe`, `/language` in a
  group, a channel's language): asked of Telegram (getChatMember), cached briefly in Redis. The
  cache spares Telegram a call per command, and lasts only a minute so that a demoted admin loses
  the right soon after.
"""

from __future__ import annotations

import contextlib
import logging

from redis.asyncio import Redis
from redis.exceptions import RedisError
from telegram import Bot
from telegram.constants import ChatMemberStatus
from telegram.error import TelegramError

from bot.config import Config
from bot.redis_keys import BroadcastKeys

log = logging.getLogger(__name__)

CACHE_SECONDS = 60
_ADMINS = (ChatMemberStatus.OWNER, ChatMemberStatus.ADMINISTRATOR)


def is_bot_admin(config: Config, user_id: int | None) -> bool:
    return user_id is not None and user_id in config.admin_ids


async def is_chat_admin(bot: Bot, redis: Redis, prefix: str, chat_id: int, user_id: int) -> bool:
    key = BroadcastKeys(prefix).admin_check(chat_id, user_id)
    try:
        cached = await redis.get(key)
    except (RedisError, OSError):
        cached = None
    if cached is not None:
        return bool(cached == "1")
    try:
        member = await bot.get_chat_member(chat_id, user_id)
    except TelegramError as exc:
        log.info("could not check user %s in chat %s: %s", user_id, chat_id, exc)
        return False  # not cached: the next attempt asks again
    allowed = member.status in _ADMINS
    with contextlib.suppress(RedisError, OSError):
        await redis.set(key, "1" if allowed else "0", ex=CACHE_SECONDS)
    return allowed
