"""Bug: in polling mode, the probes' port (METRICS_LISTEN) kept idle and slowloris connections
open for ever and took any number of them; the webhook server's guards (bot/serving/http_guard.py)
were never applied to it. Now it closes a connection whose headers do not arrive in time, as the
webhook server does, and still answers the probes."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses

import aiohttp
import pytest
from redis.asyncio import Redis

from bot.config import Config
from bot.emulator import LocalTelegram
from bot.serving import http_guard
from tests.harness import User, running_bot
from tests.webhook_harness import free_port

HEADER_SECONDS = 1.0  # the guard's own 10 s, shortened for the test
CLOSE_BOUND = HEADER_SECONDS + 5  # a bound for the test, not a timing under test


async def closed_by_server(reader: asyncio.StreamReader) -> bool:
    try:
        return await asyncio.wait_for(reader.read(1024), CLOSE_BOUND) == b""
    except TimeoutError:  # before OSError, of which it is a kind
        return False
    except (ConnectionError, OSError):
        return True


async def test_idle_and_slow_connections_to_the_probes_are_closed(
    telegram: LocalTelegram, default_config: Config, redis: Redis,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(http_guard.HANDLER_ARGS, "keepalive_timeout", HEADER_SECONDS)
    port = free_port()
    config = dataclasses.replace(default_config, metrics_port=port)
    async with running_bot(telegram, config, redis):
        await User(telegram, 403).send("/start")
        idle_reader, idle_writer = await asyncio.open_connection("127.0.0.1", port)
        slow_reader, slow_writer = await asyncio.open_connection("127.0.0.1", port)
        slow_writer.write(b"GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: a")  # never ends
        try:
            closed = await asyncio.gather(closed_by_server(idle_reader),
                                          closed_by_server(slow_reader))  # fmt: skip
            assert closed == [True, True]
            url = f"http://127.0.0.1:{port}/healthz"
            async with aiohttp.ClientSession() as session, session.get(url) as resp:
                assert resp.status == 200
        finally:
            for writer in (idle_writer, slow_writer):
                writer.close()
                with contextlib.suppress(ConnectionError, OSError):
                    await writer.wait_closed()
