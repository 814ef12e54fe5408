"""Shared fixtures: a real Redis under a per-test key prefix, the local Telegram, a running bot."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis

from bot.app import BotApplication
from bot.config import Config
from bot.emulator import LocalTelegram
from bot.i18n import compile_catalogs

pytest_plugins = ["tests.figures_report"]  # the figures printed at the end of the run

TEST_REDIS_URL = os.environ.get("CARDBOT_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")

compile_catalogs()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "rate_limited: keep the per-user rate limit (handlers/throttle.py) on"
    )


@pytest.fixture(autouse=True)
def _rate_limit_only_where_asked(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tests click faster than any person; only tests marked `rate_limited` keep the limit."""
    if request.node.get_closest_marker("rate_limited") is None:
        monkeypatch.setattr("handlers.throttle.RATE_LIMIT", 10**9)


@pytest.fixture
def key_prefix() -> str:
    return f"test-{uuid.uuid4().hex[:12]}"


@pytest.fixture
async def redis(key_prefix: str) -> AsyncIterator[Redis]:
    client: Redis = Redis.from_url(TEST_REDIS_URL, decode_responses=True)
    try:
        await client.ping()
    except OSError as exc:  # pragma: no cover - environment problem, not a test result
        pytest.fail(f"no Redis at {TEST_REDIS_URL}: {exc}")
    yield client
    keys = [key async for key in client.scan_iter(match=f"{key_prefix}:*", count=500)]
    if keys:
        await client.delete(*keys)
    await client.aclose()


@pytest.fixture(params=["aiohttp", "httpx"])
def config(key_prefix: str, request: pytest.FixtureRequest) -> Config:
    """Every end-to-end test runs once per Bot API transport (TELEGRAM_HTTP_CLIENT)."""
    return Config(
        redis_url=TEST_REDIS_URL, key_prefix=key_prefix, admin_ids=frozenset({1000}),
        http_client=request.param,
    )  # fmt: skip


@pytest.fixture
def default_config(key_prefix: str) -> Config:
    """For tests in which the transport plays no part: the default one (aiohttp), run once."""
    return Config(redis_url=TEST_REDIS_URL, key_prefix=key_prefix, admin_ids=frozenset({1000}))


@pytest.fixture
async def telegram() -> AsyncIterator[LocalTelegram]:
    """The local Telegram on a free port, for one test."""
    server = LocalTelegram()
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
async def bot(
    telegram: LocalTelegram, config: Config, redis: Redis
) -> AsyncIterator[BotApplication]:
    """The real bot long-polling the local Telegram for the whole test."""
    from tests.harness import running_bot

    async with running_bot(telegram, config, redis) as app:
        yield app


async def wait_until(predicate: object, timeout: float = 5.0) -> None:
    """Poll a zero-argument callable until it returns something truthy."""
    assert callable(predicate)
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.01)
