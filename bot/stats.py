"""Counters that tell what to improve: chosen inline results and unanswered questions.

Only what a count needs is kept: a folded, shortened form of an unanswered question, never who
asked it; the list keeps the most frequent entries and drops the rest.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from redis.asyncio import Redis
from redis.exceptions import RedisError

log = logging.getLogger(__name__)

MAX_QUESTION_KEY = 80
KEEP_UNANSWERED = 500


def fold_question(text: str) -> str:
    """Lowercase, accents and punctuation removed, spaces collapsed, cut to a short key."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(c for c in decomposed if c.isalnum() or c.isspace())
    return " ".join(kept.split())[:MAX_QUESTION_KEY]


@dataclass(frozen=True)
class StatsKeys:
    prefix: str

    @property
    def totals(self) -> str:
        return f"{self.prefix}:stats:totals"

    @property
    def chosen(self) -> str:
        return f"{self.prefix}:stats:chosen"

    @property
    def unanswered(self) -> str:
        return f"{self.prefix}:stats:unanswered"


@dataclass(frozen=True)
class StatsReport:
    totals: dict[str, int]
    chosen: list[tuple[str, int]]
    unanswered: list[tuple[str, int]]


class Stats:
    """Best effort: a Redis outage loses a count, never an answer."""

    def __init__(self, redis: Redis, prefix: str) -> None:
        self.redis = redis
        self.keys = StatsKeys(prefix)

    async def question(self, text: str, answered_node: str | None) -> None:
        try:
            async with self.redis.pipeline(transaction=False) as pipe:
                pipe.hincrby(self.keys.totals, "questions", 1)
                if answered_node is None:
                    pipe.hincrby(self.keys.totals, "unanswered", 1)
                    folded = fold_question(text)
                    if folded:
                        pipe.zincrby(self.keys.unanswered, 1, folded)
                        pipe.zremrangebyrank(self.keys.unanswered, 0, -KEEP_UNANSWERED - 1)
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
        totals = await self.redis.hgetall(self.keys.totals)
        chosen = await self.redis.zrevrange(self.keys.chosen, 0, top - 1, withscores=True)
        unanswered = await self.redis.zrevrange(self.keys.unanswered, 0, top - 1, withscores=True)
        return StatsReport(
            totals={str(k): int(v) for k, v in totals.items()},
            chosen=_scored(chosen),
            unanswered=_scored(unanswered),
        )


def _scored(pairs: Sequence[Any]) -> list[tuple[str, int]]:
    """ZREVRANGE WITHSCORES replies as (member, score) pairs."""
    return [(str(pair[0]), int(pair[1])) for pair in pairs]
