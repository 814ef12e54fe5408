"""Bug: updates that finished during a Redis outage stayed in the inbox, and were handled again.

Their deletes failed while Redis was down and were tried again only when some later update
finished; so after the outage they stayed, and any later crash replayed them (3 after a 5 s
outage, with 3 tracebacks). Now the deletes are retried with growing pauses until Redis answers,
as bot/state/pending_writes.py retries chat records.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.config import Config
from bot.emulator import LocalTelegram
from bot.redis_conn import connect_redis
from tests.conftest import wait_until
from tests.harness import User
from tests.reliability.load import DurableRedis
from tests.webhook_harness import free_port, webhook_bot, webhook_config

REPLY_SECONDS = 1.5


@pytest.mark.skipif(not DurableRedis.available(), reason="needs redis-server")
async def test_an_update_finished_while_redis_was_down_leaves_the_inbox_once_it_is_back(
    telegram: LocalTelegram, default_config: Config, tmp_path: Path
) -> None:
    server = DurableRedis(tmp_path)
    await server.start()
    client = connect_redis(server.url)
    inbox = f"{default_config.key_prefix}:{{inbox}}:updates:*"
    user = User(telegram, 317)
    try:
        async with webhook_bot(telegram, webhook_config(default_config, free_port()), client):
            # The reply is slow: the update is kept in Redis, and finishes after Redis is gone.
            telegram.fail_next(1, status=200, delay=REPLY_SECONDS, method="sendMessage")
            telegram.send_text(user.id, "/start")
            await wait_until(lambda: telegram.inflight > 0)
            server.stop()
            await telegram.idle(timeout=20)
            await server.start()
            kept = [k async for k in client.scan_iter(match=inbox)]

            async def inbox_size() -> int:
                return sum([await client.hlen(key) for key in kept])

            sizes = []
            for _ in range(150):  # bounded: 15 s, well past the retry's longest pause
                sizes.append(await inbox_size())
                if sizes[-1] == 0:
                    break
                await asyncio.sleep(0.1)
    finally:
        await client.aclose()
        server.stop()
    assert kept, "the update was never kept: nothing was tested"
    assert sizes[0] == 1 and sizes[-1] == 0, "the finished update stayed in the inbox"
    assert len(telegram.received(user.id)) == 1
