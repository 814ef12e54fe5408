"""The Redis client: one server, Sentinel or Cluster from REDIS_URL, or an embedded store.

URL forms (user and password optional everywhere, `user:password@` before the first host):

- `redis://host:6379/0`, `rediss://host:6380/0` (TLS), `unix:///run/redis.sock?db=0`: one server.
- `redis+cluster://host1:7000,host2:7001` (`rediss+cluster://` for TLS): Redis Cluster; any
  reachable node is enough to discover the others. Cluster has database 0 only.
- `redis+sentinel://sentinel1:26379,sentinel2:26379/mymaster/0`: the master that the sentinels
  name for service `mymaster`, database 0; re-resolved by the client after a failover.
"""

from __future__ import annotations

import logging
from typing import Any, cast
from urllib.parse import unquote, urlsplit

from redis.asyncio import BlockingConnectionPool, Redis, RedisCluster, Sentinel
from redis.asyncio.cluster import ClusterNode
from redis.backoff import ExponentialBackoff
from redis.retry import Retry

log = logging.getLogger(__name__)

# Connections one process may hold at once: each of the 256 updates handled at a time
# (bot.app.MAX_CONCURRENT_UPDATES) holds at most one, and the inbox, the background retries and a
# probe hold a few more. redis-py's default pool (100) failed with "Too many connections" when
# Telegram delivered 100 updates at once, and the bot then served them without stored state.
POOL_SIZE = 256 + 32
# A command that finds every connection taken waits this long for one, instead of failing.
POOL_WAIT_SECONDS = 2.0

SCHEMES = ("redis", "rediss", "unix", "redis+cluster", "rediss+cluster", "redis+sentinel")


class RedisUrlError(ValueError):
    """REDIS_URL names no usable host, service or database."""


def _options() -> dict[str, Any]:
    return {
        "decode_responses": True,
        "socket_timeout": 5,
        "socket_connect_timeout": 2,
        "retry": Retry(ExponentialBackoff(cap=1.0, base=0.05), retries=2),
    }


def _hosts(netloc: str, default_port: int) -> tuple[str | None, str | None, list[tuple[str, int]]]:
    """user, password and (host, port) pairs of a comma-separated host list."""
    credentials, _, hostlist = netloc.rpartition("@")
    user, _, password = credentials.partition(":")
    hosts: list[tuple[str, int]] = []
    for part in filter(None, hostlist.split(",")):
        host, sep, port = part.rpartition(":")
        if not sep or port.endswith("]"):  # no port given (an IPv6 address ends in "]")
            host, port = part, str(default_port)
        if not host or not port.isdigit():
            raise RedisUrlError(f"expected host:port, got {part!r}")
        hosts.append((host.strip("[]"), int(port)))
    if not hosts:
        raise RedisUrlError("expected at least one host")
    return unquote(user) or None, unquote(password) or None, hosts


def parse_sentinel(url: str) -> tuple[str | None, str | None, list[tuple[str, int]], str, int]:
    """user, password, sentinels, service name and database of a redis+sentinel:// URL."""
    parts = urlsplit(url)
    user, password, hosts = _hosts(parts.netloc, 26379)
    path = [p for p in parts.path.split("/") if p]
    if not path:
        raise RedisUrlError("expected a service name: redis+sentinel://host:26379/service/db")
    db = path[1] if len(path) > 1 else "0"
    if not db.isdigit():
        raise RedisUrlError(f"expected a database number, got {db!r}")
    return user, password, hosts, path[0], int(db)


def check_url(url: str) -> None:
    """Raise RedisUrlError when a cluster or sentinel URL names no host or service."""
    parts = urlsplit(url)
    if parts.scheme.endswith("+cluster"):
        _hosts(parts.netloc, 6379)
    elif parts.scheme == "redis+sentinel":
        parse_sentinel(url)


def connect_redis(url: str | None) -> Redis:
    """A client that reconnects by itself; an in-process store when no URL is given.

    A cluster client is returned typed as `Redis`: it offers every command the bot uses, and
    pipelines with transaction=False, which it splits by slot.
    """
    if url is None:
        import fakeredis

        log.warning(
            "REDIS_URL is not set: using an embedded store; state will not outlive the process"
        )
        embedded: Redis = fakeredis.FakeAsyncRedis(decode_responses=True)
        return embedded
    scheme = urlsplit(url).scheme
    if scheme in ("redis+cluster", "rediss+cluster"):
        user, password, hosts = _hosts(urlsplit(url).netloc, 6379)
        cluster = RedisCluster(  # POOL_SIZE per node; its pools do not wait when full
            startup_nodes=[ClusterNode(host, port) for host, port in hosts],
            username=user, password=password, ssl=scheme.startswith("rediss"),
            max_connections=POOL_SIZE, **_options(),
        )  # fmt: skip
        return cast(Redis, cluster)
    if scheme == "redis+sentinel":
        user, password, hosts, service, db = parse_sentinel(url)
        sentinel = Sentinel(  # type: ignore[no-untyped-call]
            hosts, sentinel_kwargs={"password": password, "username": user},
            username=user, password=password, db=db, **_options(),
        )  # fmt: skip
        # Sentinel's pool does not wait when full: sized to what the process can hold at once.
        master: Redis = sentinel.master_for(service, redis_class=Redis,
                                            max_connections=POOL_SIZE)
        return master
    pool = BlockingConnectionPool.from_url(
        url, max_connections=POOL_SIZE, timeout=POOL_WAIT_SECONDS, health_check_interval=30,
        **_options(),
    )  # fmt: skip
    return Redis.from_pool(pool)


def client_kind(client: object) -> str:
    """'cluster', 'sentinel' or 'server', for logs."""
    if isinstance(client, RedisCluster):
        return "cluster"
    pool = getattr(client, "connection_pool", None)
    return "sentinel" if type(pool).__name__ == "SentinelConnectionPool" else "server"
