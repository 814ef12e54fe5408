"""Bug: idle connections and slowloris ones (a header byte a second) were never closed.

500 idle and 200 slowloris connections stayed open for over 130 s, and the process went from 11
to 711 file descriptors; nothing bounded how many there could be. Now headers must arrive within
HEADER_SECONDS, a body within BODY_SECONDS (408), and at most MAX_OPEN_CONNECTIONS are open at
once (bot/serving/http_guard.py).
"""

from __future__ import annotations

import asyncio
import contextlib

from redis.asyncio import Redis

from bot.config import Config
from bot.emulator import LocalTelegram
from bot.serving.http_guard import HEADER_SECONDS, MAX_OPEN_CONNECTIONS
from bot.serving.webhook import SECRET_HEADER
from tests.harness import User
from tests.raw_http import request_head
from tests.webhook_harness import free_port, webhook_bot, webhook_config

SLOW = 20
CLOSE_BOUND = HEADER_SECONDS + 10  # a bound for the test, not a timing under test


async def closed_by_server(reader: asyncio.StreamReader, within: float) -> bool:
    try:
        return await asyncio.wait_for(reader.read(1024), within) == b""
    except TimeoutError:  # before OSError, of which it is a kind
        return False
    except (ConnectionError, OSError):
        return True


async def slowloris(writer: asyncio.StreamWriter) -> None:
    """A request's headers, one byte a second, never finished."""
    with contextlib.suppress(ConnectionError, OSError):
        writer.write(b"POST /telegram HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        for _ in range(int(CLOSE_BOUND) + 5):
            await asyncio.sleep(1.0)
            writer.write(b"a")
            await writer.drain()


async def slow_body(port: int) -> bytes:
    """Headers with the right secret, then a body that stops short: the server's answer."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(request_head("/telegram", {SECRET_HEADER: b"right-secret_1"}, 1000) + b"{")
        return await asyncio.wait_for(reader.read(1024), CLOSE_BOUND)
    finally:
        writer.close()


async def test_idle_and_slow_connections_are_closed_and_their_number_is_bounded(
    telegram: LocalTelegram, default_config: Config, redis: Redis
) -> None:
    port = free_port()
    opened: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []
    tasks: list[asyncio.Task[None]] = []
    async with webhook_bot(telegram, webhook_config(default_config, port), redis):
        body_answer = asyncio.create_task(slow_body(port))
        await asyncio.sleep(0.1)
        try:
            for _ in range(SLOW):
                opened.append(await asyncio.open_connection("127.0.0.1", port))
                tasks.append(asyncio.create_task(slowloris(opened[-1][1])))
            while len(opened) < MAX_OPEN_CONNECTIONS - 1:  # the rest say nothing at all
                opened.append(await asyncio.open_connection("127.0.0.1", port))
            await asyncio.sleep(0.2)  # the server has accepted them all
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            opened.append((reader, writer))
            # One over the limit is closed at once, before the others time out.
            assert await closed_by_server(reader, HEADER_SECONDS / 2), "no connection limit"
            closed = await asyncio.gather(*(closed_by_server(r, CLOSE_BOUND) for r, _ in opened))
            assert closed.count(False) == 0, f"{closed.count(False)} connections still open"
            assert (await body_answer).startswith(b"HTTP/1.1 408")
            # And the server serves as before.
            assert "Card Guide" in (await User(telegram, 319).send("/start")).text
        finally:
            for task in tasks:
                task.cancel()
            for _, w in opened:
                w.close()
