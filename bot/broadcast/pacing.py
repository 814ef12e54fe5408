"""Send pacing shared by every bot process through Redis, since Telegram's limits are per bot.

Each send reserves a slot: a Lua script reads Redis's clock, takes the later of "now", the next
free slot and the end of any 429 pause, and moves the next free slot one interval on. The caller
sleeps until its slot. Slots are evenly spaced, so the sends arrive evenly spaced too, which keeps
them inside Telegram's sliding one-second window; the interval has a small safety margin for
network jitter (SAFETY).
"""

from __future__ import annotations

import asyncio
import uuid

from redis.asyncio import Redis

from bot.broadcast.keys import BroadcastKeys

# Fraction of the limit actually used: 30/s becomes ~29.1/s, so a send arriving up to ~30 ms
# late still does not push 31 sends into one second.
SAFETY = 0.97
FREE_LIMIT = 30
PAID_LIMIT = 1000
# A slot more than this late is given up for a new one (seconds), at most MAX_LATE times.
LATE_TOLERANCE = 0.010
MAX_LATE = 5
# 20 messages a minute into one group or channel, as a sliding window like Telegram's; the window
# is padded because a send is counted here before it waits for its global slot.
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

_CHAT = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local window = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[2]) then
  redis.call('ZADD', KEYS[1], now, ARGV[3] .. ':' .. now)
  redis.call('PEXPIRE', KEYS[1], math.floor(window / 1000) + 1000)
  return 0
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return tonumber(oldest[2]) + window - now + 1
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
    """Reserve send slots: one global stream at `rate` per second, one per group or channel."""

    def __init__(self, redis: Redis, prefix: str, rate: float) -> None:
        self.redis = redis
        self.keys = BroadcastKeys(prefix)
        self.interval_us = int(1_000_000 / (rate * SAFETY))
        self._reserve = redis.register_script(_RESERVE)
        self._chat = redis.register_script(_CHAT)
        self._token = uuid.uuid4().hex[:8]
        self._pause = redis.register_script(_PAUSE)

    async def wait_turn(self, chat_id: int, *, per_chat: bool = True) -> None:
        """Sleep until this process may send one message into `chat_id`."""
        # The chat's turn first: waiting for it while holding a global slot would waste that slot.
        while per_chat:
            chat_wait = int(await self._chat([self.keys.chat_pace(chat_id)],
                                             [int(CHAT_WINDOW * 1_000_000), CHAT_LIMIT,
                                              self._token]))
            if chat_wait <= 0:
                break
            await asyncio.sleep(chat_wait / 1_000_000)
        loop = asyncio.get_running_loop()
        for _attempt in range(MAX_LATE):
            wait = int(await self._reserve([self.keys.pace], [self.interval_us])) / 1_000_000
            due = loop.time() + wait
            if wait > 0:
                await asyncio.sleep(wait)
            # Woken late (a busy CPU, a slow event loop)? Sending now would bunch this send up
            # with the next ones inside one second; take a fresh slot instead.
            if loop.time() - due <= LATE_TOLERANCE:
                return

    async def pause_all(self, seconds: float) -> None:
        """Telegram answered 429: no process sends anything until retry_after has passed."""
        await self._pause([self.keys.pace], [int(seconds * 1_000_000)])


def effective_limit(rate: int, paid: bool) -> int:
    """The configured rate, capped at what Telegram allows for free or paid broadcasts."""
    return max(1, min(rate, PAID_LIMIT if paid else FREE_LIMIT))
