"""The Redis client: a real server from REDIS_URL, or an embedded store for local mode."""

from __future__ import annotations

import logging

from redis.asyncio import Redis
from redis.backoff import ExponentialBackoff
from redis.retry import Retry

log = logging.getLogger(__name__)


def connect_redis(url: str | None) -> Redis:
    """A client that reconnects by itself; an in-process store when no URL is given."""
    if url is None:
        import fakeredis

        log.warning(
            "REDIS_URL is not set: using an embedded store; state will not outlive the process"
        )
        embedded: Redis = fakeredis.FakeAsyncRedis(decode_responses=True)
        return embedded
    client: Redis = Redis.from_url(
        url,
        decode_responses=True,
        socket_timeout=5,
        socket_connect_timeout=2,
        health_check_interval=30,
        retry=Retry(ExponentialBackoff(cap=1.0, base=0.05), retries=2),
    )
    return client
