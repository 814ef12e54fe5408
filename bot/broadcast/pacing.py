"""Send pacing shared by every bot process through Redis, since Telegram's limits are per bot.

Two mechanisms, both Lua scripts on Redis's clock:

1. Spacing: each send reserves the next slot of an evenly spaced stream at the configured rate
   (times SAFETY); the caller sleeps until its slot. This keeps sends smooth, and a 429 moves the
   next slot past its retry_after for every process at once.
2. A window guard that holds whatever the network and CPUs do: a send may start only while fewer
   than `limit` sends are in flight or finished within the last second. A send therefore starts
   more than a second after the send `limit` places before it has completed, so Telegram cannot
   see `limit + 1` of them arrive within one second, however late a process woke up.

Groups and channels also get a sliding window of 20 messages a minute each.

3. One budget for everything the bot sends: the guard also counts the interactive replies of the
   last second (bot/serving/reply_budget.py), and leaves them that much plus a reserve for the
   replies not yet reported or about to come. Replies come first and never wait; broadcasts use
   what is left, so a busy bot needs no lower BROADCAST_RATE.
"""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import AsyncIterator

from redis.asyncio import Redis
from redis.commands.core import AsyncScript

from bot.broadcast.keys import BroadcastKeys
from bot.serving.reply_budget import REPLIES_LAST_SECOND_LUA

# Fraction of the limit the spacing aims at; the window guard enforces the limit itself.
SAFETY = 0.985
FREE_LIMIT = 30
PAID_LIMIT = 1000
WINDOW = 1.0
PENDING_SECONDS = 30.0  # a send whose process died stops counting after this
GUARD_POLL = 0.02
# 20 messages a minute into one group or channel; the window is padded because a send is
# counted here before it waits for its global turn.
CHAT_LIMIT = 20
CHAT_WINDOW = 62.0

_RESERVE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local nxt = tonumber(redis.call('HGET', KEYS[1], 'next') or '0')
local pause = tonumber(redis.call('HGET', KEYS[1], 'pause') or '0')
local slot = math.max(now, nxt, pause)
redis.call('HSET', KEYS[1], 'next', slot + tonumber(ARGV[1]))
redis.call('PEXPIRE', KEYS[1], 600000)
return slot - now
"""

# KEYS[1]: sorted set of sends scored by when they stop counting. ARGV: window (us), limit,
# member, score offset for the new member (us). Returns 0 (counted) or the wait in us.
_TAKE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local window = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[2]) then
  redis.call('ZADD', KEYS[1], now + tonumber(ARGV[4]), ARGV[3])
  redis.call('PEXPIRE', KEYS[1], math.floor(window / 1000) + 120000)
  return 0
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return math.max(1, tonumber(oldest[2]) + window - now)
"""

# The guard of the bot-wide window, sharing it with the replies. KEYS[1]: the broadcast window
# as above; KEYS[2]: replies per 10 ms bucket. ARGV as above. The replies' last second is left
# to them, and a reserve of two messages (one more per 20 replies/s) for their bursts and for
# those counted in the last 20 ms but not yet written.
_TAKE_SHARED = REPLIES_LAST_SECOND_LUA + """
local window = tonumber(ARGV[1])
local reserve = 0
if replies > 0 then reserve = 2 + math.floor(replies / 20) end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) + replies + reserve < tonumber(ARGV[2]) then
  redis.call('ZADD', KEYS[1], now + tonumber(ARGV[4]), ARGV[3])
  redis.call('PEXPIRE', KEYS[1], math.floor(window / 1000) + 120000)
  return 0
end
return 20000
"""

_DONE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
redis.call('ZADD', KEYS[1], 'XX', now, ARGV[1])
return 1
"""

_PAUSE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local until_ = now + tonumber(ARGV[1])
local pause = tonumber(redis.call('HGET', KEYS[1], 'pause') or '0')
if until_ > pause then redis.call('HSET', KEYS[1], 'pause', until_) end
redis.call('PEXPIRE', KEYS[1], 600000)
return until_ - now
"""


class Pacer:
    """`async with pacer.turn(chat_id): send` keeps every process within the bot's limits."""

    def __init__(self, redis: Redis, prefix: str, rate: float) -> None:
        self.redis = redis
        self.keys = BroadcastKeys(prefix)
        self.limit = max(1, int(rate))
        self.interval_us = int(1_000_000 / (rate * SAFETY))
        self._reserve = redis.register_script(_RESERVE)
        self._take = redis.register_script(_TAKE)
        self._take_shared = redis.register_script(_TAKE_SHARED)
        self._done = redis.register_script(_DONE)
        self._pause = redis.register_script(_PAUSE)
        self._process = uuid.uuid4().hex[:8]
        self._count = 0

    @contextlib.asynccontextmanager
    async def turn(self, chat_id: int, *, per_chat: bool = True) -> AsyncIterator[None]:
        """Wait for this process's turn to send one message into `chat_id`; the send goes in
        the block, and its completion is recorded when the block ends."""
        if per_chat:
            # The chat's turn first: waiting for it while holding a global slot would waste it.
            await self._window(self._take, [self.keys.chat_pace(chat_id)], CHAT_WINDOW,
                               CHAT_LIMIT, self._member(), CHAT_WINDOW, poll=None)
        wait = int(await self._reserve([self.keys.pace], [self.interval_us]))
        if wait > 0:
            await asyncio.sleep(wait / 1_000_000)
        member = self._member()
        await self._window(self._take_shared, [self.keys.window, self.keys.replies], WINDOW,
                           self.limit, member, PENDING_SECONDS, poll=GUARD_POLL)
        try:
            yield
        finally:
            await self._done([self.keys.window], [member])

    async def _window(self, script: AsyncScript, keys: list[str], window: float, limit: int,
                      member: str, pending: float, *, poll: float | None) -> None:
        while True:
            wait = int(await script(keys, [int(window * 1_000_000), limit, member,
                                           int((pending - window) * 1_000_000)]))
            if wait <= 0:
                return
            seconds = wait / 1_000_000
            await asyncio.sleep(seconds if poll is None else min(seconds, poll))

    def _member(self) -> str:
        self._count += 1
        return f"{self._process}:{self._count}"

    async def pause_all(self, seconds: float) -> None:
        """Telegram answered 429: no process sends anything until retry_after has passed."""
        await self._pause([self.keys.pace], [int(seconds * 1_000_000)])


def effective_limit(rate: int, paid: bool) -> int:
    """The configured rate, capped at what Telegram allows for free or paid broadcasts."""
    return max(1, min(rate, PAID_LIMIT if paid else FREE_LIMIT))
