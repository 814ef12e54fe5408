"""Counters that tell what to improve: chosen inline results, and how typed questions were met.

Questions are counted by the kind of reply they got (answered, "Did you mean", "not covered",
small talk) and, when the sources are silent, by the kind of gap (lost cards, foreigners…).
No text anyone typed is kept.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from redis.asyncio import Redis
from redis.exceptions import RedisError

from bot.redis_keys import StatsKeys
from bot.search import NOT_COVERED, Reply

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StatsReport:
    totals: dict[str, int]
    chosen: list[tuple[str, int]]
    replies: dict[str, int]
    gaps: dict[str, int]


class Stats:
    """Best effort: a Redis outage loses a count, never an answer."""

    def __init__(self, redis: Redis, prefix: str) -> None:
        self.redis = redis
        self.keys = StatsKeys(prefix)

    async def question(self, reply: Reply) -> None:
        try:
            async with self.redis.pipeline(transaction=False) as pipe:
                pipe.hincrby(self.keys.totals, "questions", 1)
                pipe.hincrby(self.keys.replies, reply.kind, 1)
                if reply.kind == NOT_COVERED:
                    pipe.hincrby(self.keys.gaps, reply.gap or "other", 1)
                await pipe.execute()
        except RedisError as exc:
            log.warning("question not counted: %s", exc)

    async def chosen(self, node: str) -> None:
        try:
            async with self.redis.pipeline(transaction=False) as pipe:
                pipe.hincrby(self.keys.totals, "inline_chosen", 1)
                pipe.zincrby(self.keys.chosen, 1, node[:64])
                await pipe.execute()
        except RedisError as exc:
            log.warning("inline choice not counted: %s", exc)

    async def read(self, top: int = 10) -> StatsReport:
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.hgetall(self.keys.totals)
            pipe.zrevrange(self.keys.chosen, 0, top - 1, withscores=True)
            pipe.hgetall(self.keys.replies)
            pipe.hgetall(self.keys.gaps)
            totals, chosen, replies, gaps = await pipe.execute()
        return StatsReport(
            totals=_counts(totals), chosen=_scored(chosen), replies=_counts(replies),
            gaps=_counts(gaps),
        )  # fmt: skip


def _counts(mapping: dict[Any, Any]) -> dict[str, int]:
    return {str(key): int(value) for key, value in mapping.items()}


def _scored(pairs: Sequence[Any]) -> list[tuple[str, int]]:
    """ZREVRANGE WITHSCORES replies as (member, score) pairs."""
    return [(str(pair[0]), int(pair[1])) for pair in pairs]
