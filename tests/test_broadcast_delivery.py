"""Delivery through the local Telegram with flood limits on and faults injected, on real Redis."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis

from bot.broadcast.jobs import JobStore
from bot.broadcast.registry import ChatRegistry
from bot.emulator import LocalTelegram
from bot.emulator.flood import FloodLimits
from tests.broadcast_support import local_bot, queue_text, running_worker, seed, wait_done

TEXTS = {"en": "Hello, members: <b>new explainer</b> out.",
         "es": "Hola, miembros: <b>nueva explicación</b> publicada."}
ADMIN = 1000


@pytest.fixture
async def telegram() -> AsyncIterator[LocalTelegram]:
    server = LocalTelegram(flood_limits=True)
    await server.start()
    server.user(ADMIN, "Admin")
    yield server
    await server.stop()


async def test_two_thousand_chats_each_get_one_message_in_their_language(
    telegram: LocalTelegram, redis: Redis, key_prefix: str
) -> None:
    """Paid-broadcast tier so 2,000 chats take seconds: the local Telegram enforces 1,000/s.

    The 30/s tier at full size runs in benchmarks/broadcast_bench.py.
    """
    telegram.flood.limits = FloodLimits(bot_per_second=1000)
    chats = await seed(telegram, redis, key_prefix, 2000, blocked_every=50, migrated_every=97)
    job = await queue_text(redis, key_prefix, ADMIN, TEXTS)
    async with local_bot(telegram) as bot:
        progress = await bot.send_message(ADMIN, "Broadcast queued")
        await JobStore(redis, key_prefix).update(job.id, progress_message_id=str(progress.id))
        telegram.fail_next(3, status=429, method="sendMessage", retry_after=1)
        telegram.fail_next(20, status=500, method="sendMessage")
        telegram.fail_next(5, status=502, method="sendMessage")
        async with running_worker(bot, redis, key_prefix, 1000):
            done = await wait_done(redis, key_prefix, job.id, timeout=120)
            await telegram.wait_call("sendMessage", timeout=15,
                                     where=lambda c: c.ok and "finished" in str(c.params["text"]))

    for chat_id in chats.all:
        where = chats.migrated.get(chat_id, chat_id)
        got = telegram.received(where)
        if chat_id in chats.blocked:
            assert got == [], chat_id
            continue
        assert len(got) == 1, (chat_id, len(got))
        assert got[0].html == TEXTS[chats.locale[chat_id]]
    for old in chats.migrated:
        assert telegram.received(old) == []
    registry = ChatRegistry(redis, key_prefix)
    for chat_id in chats.blocked:
        info = await registry.get(chat_id)
        assert info is not None and not info.active
    for old, new in chats.migrated.items():
        moved = await registry.get(new)
        assert moved is not None and moved.locale == chats.locale[old]
    assert done.counts.get("ok") == len(chats.reachable)
    assert done.counts.get("blocked") == len(chats.blocked)
    assert done.counts.get("migrated") == len(chats.migrated)
    assert done.failed == {}
    assert telegram.invalid_requests == []
    [bar, report] = telegram.messages(ADMIN)
    assert bar.edits >= 2  # along the way, and at the end
    assert bar.text.splitlines()[1:3] == [
        "▓▓▓▓▓▓▓▓▓▓▓▓ 100%",
        f"2000 of 2000 chats checked · {len(chats.reachable)} delivered · "
        f"{len(chats.blocked)} blocked · 0 failed"]
    assert f"Delivered: {len(chats.reachable)}" in report.text
    assert f"Blocked or removed (marked inactive): {len(chats.blocked)}" in report.text


async def test_at_thirty_per_second_no_429_and_groups_by_audience(
    telegram: LocalTelegram, redis: Redis, key_prefix: str
) -> None:
    chats = await seed(telegram, redis, key_prefix, 60)
    job = await queue_text(redis, key_prefix, ADMIN, {"*": "Groups only"}, audience="groups")
    async with local_bot(telegram) as bot, running_worker(bot, redis, key_prefix, 30):
        done = await wait_done(redis, key_prefix, job.id, timeout=60)
    sends = [c for c in telegram.calls if c.method == "sendMessage" and c.chat_id != ADMIN]
    assert [c for c in sends if c.status == 429] == []
    channels = {c for c in chats.all if telegram.world.chats[c].type == "channel"}
    for chat_id in chats.all:
        assert len(telegram.received(chat_id)) == (0 if chat_id in channels else 1)
    assert done.counts.get("ok") == len(chats.all) - len(channels)
    states = await JobStore(redis, key_prefix).delivery_states(job.id)
    assert set(states) == set(chats.all) - channels
