"""Telegram and Redis fail while users keep going: the bot recovers by itself and loses nothing."""

from __future__ import annotations

import asyncio
import random
from pathlib import Path

import pytest
from redis.asyncio import Redis

from bot.config import Config
from bot.emulator import LocalTelegram
from bot.redis_conn import connect_redis
from tests.harness import User, running_bot
from tests.reliability.figures import FIGURES, ErrorLog
from tests.reliability.load import (
    DurableRedis,
    Tally,
    choose_language,
    duplicates,
    stored_languages,
)

USERS = list(range(5001, 5013))



async def test_telegram_failing_at_random_loses_no_answer_and_no_language(
    telegram: LocalTelegram, config: Config, redis: Redis
) -> None:
    rng = random.Random(9)
    for uid in USERS:
        User(telegram, uid)
    tally = Tally()

    async def walk(uid: int) -> None:
        own = random.Random(rng.random())
        for round_ in range(3):
            await choose_language(telegram, uid, "es" if (uid + round_) % 2 else "en", tally, own)

    with ErrorLog("handlers.errors") as errors:
        async with running_bot(telegram, config, redis):
            await asyncio.gather(*(walk(uid) for uid in USERS))
            await telegram.idle(timeout=20)
    assert tally.unanswered == []
    # Every fault was one failed attempt: the retry answered, so no update reached the error path.
    assert errors.describe() == []
    stored = await stored_languages(redis, config.key_prefix, USERS)
    lost = {uid: code for uid, code in tally.acknowledged.items() if stored.get(uid) != code}
    extra = duplicates(telegram, tally)
    FIGURES.records_lost += len(lost)
    FIGURES.duplicates += extra
    assert set(tally.acknowledged) == set(USERS)
    assert lost == {}
    assert extra == 0


@pytest.mark.skipif(not DurableRedis.available(), reason="needs redis-server")
@pytest.mark.rate_limited
async def test_redis_stopped_and_restarted_under_load(
    telegram: LocalTelegram, default_config: Config, tmp_path: Path
) -> None:
    server = DurableRedis(tmp_path)
    await server.start()
    client: Redis = connect_redis(server.url)
    for uid in USERS:
        User(telegram, uid)
    tally = Tally()
    stop = asyncio.Event()

    async def keep_going(uid: int) -> None:
        round_ = 0
        while not stop.is_set():
            await choose_language(telegram, uid, "es" if (uid + round_) % 2 else "en", tally)
            round_ += 1
            await asyncio.sleep(1.2)  # a person's pace, below the rate limit

    try:
        async with running_bot(telegram, default_config, client):
            users = [asyncio.create_task(keep_going(uid)) for uid in USERS]
            await asyncio.sleep(1.5)
            server.stop()
            FIGURES.faults_injected += 1
            await asyncio.sleep(2.0)
            await server.start()
            await asyncio.sleep(2.0)
            stop.set()
            await asyncio.gather(*users)
            await telegram.idle(timeout=20)
            # Recovered by itself: a fresh choice after the restart is saved.
            after = Tally()
            await asyncio.gather(*(choose_language(telegram, uid, "es", after) for uid in USERS))
            assert set(after.acknowledged) == set(USERS)
            tally.acknowledged.update(after.acknowledged)
            tally.unanswered += after.unanswered
        assert tally.unanswered == []
        stored = await stored_languages(client, default_config.key_prefix, USERS)
        lost = {u: c for u, c in tally.acknowledged.items() if stored.get(u) != c}
        FIGURES.records_lost += len(lost)
        assert lost == {}
    finally:
        await client.aclose()
        server.stop()


async def test_a_reply_that_times_out_is_sent_again_and_arrives_once(
    telegram: LocalTelegram, config: Config, redis: Redis
) -> None:
    """Telegram hangs past the read timeout (5 s), then drops the connection without sending."""
    user = User(telegram, 5099)
    with ErrorLog("handlers.errors") as errors:
        async with running_bot(telegram, config, redis):
            telegram.fail_next(1, reset=True, delay=6.0, method="sendMessage", chat_id=user.id)
            FIGURES.faults_injected += 1
            telegram.send_text(user.id, "/start")
            FIGURES.updates_accepted += 1
            await telegram.wait_call("sendMessage", timeout=20, where=lambda c: c.ok)
            await telegram.idle(timeout=10)
    assert errors.describe() == []
    texts = [m.text for m in telegram.received(user.id)]
    assert len(texts) == 1 and "Card Guide" in texts[0]
    FIGURES.updates_answered += 1
