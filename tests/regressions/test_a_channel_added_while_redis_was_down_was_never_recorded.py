"""Regression: a channel added while Redis was down was never recorded (the update was consumed).

handlers/chats.py now retries such writes in the background (bot/state/pending_writes.py).
"""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path

import pytest
from redis.asyncio import Redis
from redis.exceptions import RedisError

from bot.config import Config
from bot.emulator import LocalTelegram
from bot.redis_conn import connect_redis
from tests.harness import User, running_bot
from tests.reliability.figures import FIGURES
from tests.reliability.load import DurableRedis
from tests.reliability.test_records import ADMINS, CHANNELS, subscribers


@pytest.mark.skipif(not DurableRedis.available(), reason="needs redis-server")
async def test_a_channel_added_while_redis_is_down_is_recorded_once_it_is_back(
    telegram: LocalTelegram, default_config: Config, tmp_path: Path
) -> None:
    config = default_config
    server = DurableRedis(tmp_path)
    await server.start()
    client: Redis = connect_redis(server.url)
    User(telegram, ADMINS[0])
    telegram.channel(CHANNELS[0], "Channel")
    try:
        async with running_bot(telegram, config, client):
            server.stop()
            FIGURES.faults_injected += 1
            telegram.add_bot_to_chat(CHANNELS[0], ADMINS[0], as_admin=True)
            FIGURES.updates_accepted += 1
            await telegram.idle(timeout=20)
            await server.start()
            for _ in range(200):  # give the retry its chance, without timing the answer
                with contextlib.suppress(RedisError):  # still loading its data, for a moment
                    if await subscribers(client, config.key_prefix):
                        break
                await asyncio.sleep(0.05)
            recorded = await subscribers(client, config.key_prefix)
            FIGURES.records_lost += 0 if recorded else 1
            FIGURES.updates_answered += 1 if recorded else 0
            assert recorded == [str(CHANNELS[0])]
    finally:
        await client.aclose()
        server.stop()
