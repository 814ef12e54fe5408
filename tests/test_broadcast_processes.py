"""Real worker processes: SIGKILLed twice and restarted, and two running side by side."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from redis.asyncio import Redis

from bot.broadcast.jobs import JobStore
from bot.emulator import LocalTelegram
from bot.emulator.flood import FloodLimits
from tests.broadcast_support import queue_text, seed, wait_done
from tests.conftest import TEST_REDIS_URL

ROOT = Path(__file__).resolve().parent.parent
ADMIN = 1000


@pytest.fixture
async def telegram() -> AsyncIterator[LocalTelegram]:
    server = LocalTelegram(flood_limits=True)
    await server.start()
    server.user(ADMIN, "Admin")
    yield server
    await server.stop()


def start_worker(telegram: LocalTelegram, prefix: str, *, token: str = "",
                 rate: int = 30, paid: bool = False) -> subprocess.Popen[bytes]:
    env = {**os.environ, "TELEGRAM_API_URL": telegram.url, "REDIS_URL": TEST_REDIS_URL,
           "REDIS_KEY_PREFIX": prefix, "BROADCAST_RATE": str(rate),
           "BROADCAST_PAID": "1" if paid else "0", "LOG_LEVEL": "WARNING"}
    env.pop("TELEGRAM_BOT_TOKEN", None)
    if token:
        env["TELEGRAM_BOT_TOKEN"] = token
    args = [sys.executable, "-m", "bot.broadcast", "--poll", "0.05", "--lease", "2",
            "--progress", "0.5"]
    return subprocess.Popen(args, cwd=ROOT, env=env, stdin=subprocess.DEVNULL)


@contextlib.asynccontextmanager
async def workers(*procs: subprocess.Popen[bytes]) -> AsyncIterator[None]:
    """Stop the workers at the end; waiting in a thread, because the local Telegram shares this
    event loop and must keep answering their last calls."""
    try:
        yield
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in procs:
            try:
                await asyncio.to_thread(proc.wait, 15)
            except subprocess.TimeoutExpired:
                proc.kill()


async def wait_received(telegram: LocalTelegram, chats: list[int], count: int) -> None:
    deadline = asyncio.get_running_loop().time() + 60
    while sum(len(telegram.received(c)) for c in chats) < count:
        assert asyncio.get_running_loop().time() < deadline, "the worker made no progress"
        await asyncio.sleep(0.02)


async def test_killed_twice_and_restarted_each_chat_gets_at_most_one_message(
    telegram: LocalTelegram, redis: Redis, key_prefix: str
) -> None:
    """600 chats at a 100/s paid tier (enforced by the local Telegram), faults on the way."""
    telegram.flood.limits = FloodLimits(bot_per_second=100)
    chats = await seed(telegram, redis, key_prefix, 600, blocked_every=40)
    telegram.fail_next(10, status=500, method="sendMessage")
    job = await queue_text(redis, key_prefix, ADMIN, {"en": "Update", "es": "Novedad"})
    first = start_worker(telegram, key_prefix, rate=100, paid=True)
    async with workers(first):
        await wait_received(telegram, chats.all, 150)
        first.send_signal(signal.SIGKILL)
        await asyncio.to_thread(first.wait, 10)
    second = start_worker(telegram, key_prefix, rate=100, paid=True)
    async with workers(second):
        await wait_received(telegram, chats.all, 350)
        second.send_signal(signal.SIGKILL)
        await asyncio.to_thread(second.wait, 10)
    third = start_worker(telegram, key_prefix, rate=100, paid=True)
    async with workers(third):
        done = await wait_done(redis, key_prefix, job.id, timeout=90)

    states = await JobStore(redis, key_prefix).delivery_states(job.id)
    in_doubt = {c for c, s in states.items() if s == "doubt"}
    for chat_id in chats.all:
        got = telegram.received(chat_id)
        assert len(got) <= 1, f"chat {chat_id} got {len(got)} copies"
        if chat_id in chats.blocked:
            assert got == [] and states[chat_id] in ("blocked", "doubt")
        elif chat_id not in in_doubt:
            assert len(got) == 1 and states[chat_id] == "ok", chat_id
            assert got[0].text == ("Novedad" if chats.locale[chat_id] == "es" else "Update")
    # Each kill can leave at most the sends then in flight (8 per process) in doubt.
    assert len(in_doubt) <= 16
    blocked = done.counts.get("blocked", 0)
    assert done.counts.get("ok", 0) + len(in_doubt) + blocked == len(chats.all)
    print(f"in doubt after two SIGKILLs: {len(in_doubt)}; of them received: "
          f"{sum(len(telegram.received(c)) for c in in_doubt)}")
    assert telegram.invalid_requests == []


async def test_two_processes_share_the_flood_limit_and_never_share_a_broadcast(
    telegram: LocalTelegram, redis: Redis, key_prefix: str
) -> None:
    """The local Telegram enforces 30/s for the bot; two workers send two broadcasts."""
    chats = await seed(telegram, redis, key_prefix, 90)
    first = await queue_text(redis, key_prefix, ADMIN, {"*": "Broadcast A"})
    second = await queue_text(redis, key_prefix, ADMIN, {"*": "Broadcast B"})
    tokens = [f"123456789:worker{n}-AAAAAAAAAAAAAAAAAAAA" for n in (1, 2)]
    procs = [start_worker(telegram, key_prefix, token=t) for t in tokens]
    async with workers(*procs):
        await wait_done(redis, key_prefix, first.id, timeout=60)
        await wait_done(redis, key_prefix, second.id, timeout=60)

    sends = [c for c in telegram.calls if c.method == "sendMessage" and c.chat_id != ADMIN]
    assert [c for c in sends if c.status == 429] == []
    for text in ("Broadcast A", "Broadcast B"):
        mine = [c for c in sends if c.params.get("text") == text]
        assert len({c.token for c in mine}) == 1, f"{text} was sent by two processes"
        assert sorted(int(c.chat_id) for c in mine) == sorted(chats.all)
    for chat_id in chats.all:
        assert sorted(m.text for m in telegram.received(chat_id)) == ["Broadcast A",
                                                                     "Broadcast B"]
