"""Regression: an update in progress was lost when the bot process was killed (SIGKILL).

Polling confirmed it with the next getUpdates offset, and the webhook with its 200, before it was
handled. Now it waits in Redis (bot/serving/inbox.py) and the next process handles it.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from redis.asyncio import Redis

from bot.app import LOCAL_TOKEN
from bot.config import Config
from bot.emulator import LocalTelegram
from bot.serving.inbox import ALIVE_SECONDS
from tests.conftest import TEST_REDIS_URL
from tests.harness import User
from tests.reliability.figures import FIGURES
from tests.webhook_harness import BotProcess, free_port

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
async def telegram() -> AsyncIterator[LocalTelegram]:
    server = LocalTelegram(token=LOCAL_TOKEN)
    await server.start()
    yield server
    await server.stop()


def start_bot(telegram: LocalTelegram, config: Config, log: Path) -> subprocess.Popen[bytes]:
    env = {
        **os.environ, "TELEGRAM_BOT_TOKEN": LOCAL_TOKEN, "TELEGRAM_API_URL": telegram.url,
        "REDIS_URL": TEST_REDIS_URL, "REDIS_KEY_PREFIX": config.key_prefix,
        "TELEGRAM_HTTP_CLIENT": config.http_client,
    }  # fmt: skip
    env.pop("WEBHOOK_URL", None)
    with log.open("ab") as out:
        return subprocess.Popen([sys.executable, "-m", "bot", "run"], env=env, cwd=ROOT,
                                stdout=out, stderr=subprocess.STDOUT)


async def until(predicate: object, timeout: float = 20.0) -> None:
    assert callable(predicate)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        assert loop.time() < deadline, "condition not met in time"
        await asyncio.sleep(0.02)


async def test_an_update_in_progress_when_the_process_is_killed_is_answered_after_restart(
    telegram: LocalTelegram, default_config: Config, redis: Redis, tmp_path: Path
) -> None:
    config = default_config
    user = User(telegram, 81)
    log = tmp_path / "bot.log"
    first = start_bot(telegram, config, log)
    try:
        await telegram.wait_call("getUpdates", timeout=30)
        # The reply hangs, then its connection drops: the update is mid-way when the kill comes.
        telegram.fail_next(1, reset=True, delay=10.0, method="sendMessage", chat_id=user.id)
        telegram.send_text(user.id, "/start")
        FIGURES.updates_accepted += 1
        await until(lambda: telegram.queue.pending_count == 0 and telegram.inflight > 0)
        first.kill()
        first.wait(10)
        FIGURES.faults_injected += 1
        FIGURES.records_lost += 1  # taken back below once the update is answered
        telegram.faults.clear()
        second = start_bot(telegram, config, log)
        try:
            mark = telegram.mark()
            await telegram.wait_call("getUpdates", since=mark, timeout=30)
            # The new process takes the update over once the old one's alive key has expired.
            await telegram.wait_call("sendMessage", since=mark, timeout=ALIVE_SECONDS + 20,
                                     where=lambda c: c.ok and c.params["chat_id"] == user.id)
            FIGURES.updates_answered += 1
            FIGURES.records_lost -= 1
            await telegram.idle(timeout=10)
            assert len(telegram.received(user.id)) == 1, "answered twice"
        finally:
            second.kill()
            second.wait(10)
    finally:
        if first.poll() is None:
            first.kill()
            first.wait(10)


async def test_a_webhook_update_answered_200_then_killed_mid_way_is_handled_by_the_next_process(
    telegram: LocalTelegram, key_prefix: str, redis: Redis, tmp_path: Path
) -> None:
    user = User(telegram, 82)

    def start(name: str) -> BotProcess:
        port = free_port()
        return BotProcess(telegram.url, TEST_REDIS_URL, key_prefix, port=port,
                          secret="kill-secret_1", public_url=f"http://127.0.0.1:{port}/telegram",
                          log_path=tmp_path / f"{name}.log")

    first = start("first")
    try:
        await first.ready()
        telegram.fail_next(1, reset=True, delay=10.0, method="sendMessage", chat_id=user.id)
        update = telegram.send_text(user.id, "/start")
        FIGURES.updates_accepted += 1
        await until(lambda: any(d.update_id == update["update_id"] and d.status == 200
                                for d in telegram.webhook_deliveries) and telegram.inflight > 0)
        first.kill()
        FIGURES.faults_injected += 1
    finally:
        first.kill()
    telegram.faults.clear()
    second = start("second")
    try:
        await second.ready()
        await until(lambda: len(telegram.received(user.id)) > 0, timeout=ALIVE_SECONDS + 30)
        FIGURES.updates_answered += 1
        await telegram.idle(timeout=10)
        assert len(telegram.received(user.id)) == 1, "answered twice"
        # Telegram had its 200: it never delivered the update again; Redis did.
        assert [d.update_id for d in telegram.webhook_deliveries].count(update["update_id"]) == 1
        assert "took over 1 unfinished updates" in second.log()
    finally:
        second.terminate()
        await second.wait()
        second.kill()
