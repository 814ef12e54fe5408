"""Redis goes away mid-use and comes back: the bot keeps answering and recovers by itself."""

from __future__ import annotations

import asyncio
import logging
import shutil
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from redis.asyncio import Redis

from bot.config import Config
from bot.emulator import LocalTelegram
from bot.redis_conn import connect_redis
from tests.harness import User, running_bot

pytestmark = pytest.mark.skipif(shutil.which("redis-server") is None, reason="needs redis-server")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class RedisProcess:
    """A throwaway redis-server the test can stop and start again on the same port."""

    def __init__(self, port: int, workdir: Path) -> None:
        self.port, self.workdir = port, workdir
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", str(self.workdir)],
            stdout=subprocess.DEVNULL,
        )
        for _ in range(200):
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            subprocess.run(["sleep", "0.02"], check=False)
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(10)
            self.process = None


@pytest.fixture
def redis_process(tmp_path: Path) -> Iterator[RedisProcess]:
    server = RedisProcess(free_port(), tmp_path)
    server.start()
    yield server
    server.stop()



async def test_outage_is_survived_logged_once_and_recovered(
    telegram: LocalTelegram, config: Config, redis_process: RedisProcess,
    caplog: pytest.LogCaptureFixture,
) -> None:
    client: Redis = connect_redis(f"redis://127.0.0.1:{redis_process.port}/0")
    user = User(telegram, 31)
    key = f"{config.key_prefix}:{{u31}}:session"
    try:
        async with running_bot(telegram, config, client):
            menu = await user.send("/start")
            lang = await user.press(menu, "Language")
            redis_process.stop()
            with caplog.at_level(logging.ERROR, logger="bot.state.store"):
                # Content that needs no stored state still answers.
                assert "Card Guide" in (await user.send("/start")).text
                faq = await user.send("/start faq-1")
                assert "No. The health card" in faq.text
                # Back needs the lost history: a note and the main menu, not an error.
                back = await user.press(lang, "Back")
                assert "Pick what you want to know" in back.text
            outage_lines = [r for r in caplog.records if "Redis unavailable" in r.getMessage()]
            assert len(outage_lines) == 1
            redis_process.start()
            menu = await user.send("/start")
            lang = await user.press(menu, "Language")
            for _ in range(300):
                if await client.get(key):
                    break
                await asyncio.sleep(0.01)
            back = await user.press(lang, "Back")
            assert "older menu" not in back.text
            assert "Pick what you want to know" in back.text
    finally:
        await client.aclose()
