"""Run the real bot in webhook mode, in this process or as separate `cardbot run` processes."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import os
import signal
import socket
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
from redis.asyncio import Redis

from bot.app import LOCAL_TOKEN, BotApplication, build_application
from bot.config import Config
from bot.emulator import LocalTelegram
from bot.serving.webhook import serve_webhook

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


async def wait_ready(base: str, timeout: float = 30.0, proc: subprocess.Popen[bytes] | None = None
                     ) -> None:
    """Poll GET /readyz until it answers 200 (bounded); fail early if the process died."""
    deadline = asyncio.get_running_loop().time() + timeout
    async with aiohttp.ClientSession() as session:
        while True:
            if proc is not None and proc.poll() is not None:
                raise AssertionError(f"bot process exited with {proc.returncode}")
            with contextlib.suppress(aiohttp.ClientError, OSError):
                async with session.get(f"{base}/readyz") as resp:
                    if resp.status == 200:
                        return
            if asyncio.get_running_loop().time() > deadline:
                raise AssertionError(f"{base} not ready in {timeout}s")
            await asyncio.sleep(0.05)


def webhook_config(config: Config, port: int, secret: str | None = "right-secret_1") -> Config:
    return dataclasses.replace(
        config, bot_token=LOCAL_TOKEN, webhook_url=f"http://127.0.0.1:{port}/telegram",
        webhook_secret=secret, webhook_host="127.0.0.1", webhook_port=port,
    )  # fmt: skip


@contextlib.asynccontextmanager
async def webhook_bot(
    telegram: LocalTelegram, config: Config, redis: Redis, *, drain_timeout: float = 20.0,
    max_backlog: int = 2000,
) -> AsyncIterator[BotApplication]:
    """The bot serving webhook mode in this process; `config` comes from webhook_config."""
    app = build_application(config, redis, api_url=telegram.url)
    stop = asyncio.Event()
    task = asyncio.create_task(serve_webhook(
        app, config, config.webhook_host, config.webhook_port, stop,
        drain_timeout=drain_timeout, max_backlog=max_backlog,
    ))  # fmt: skip
    try:
        await wait_ready(f"http://127.0.0.1:{config.webhook_port}")
        yield app
    finally:
        stop.set()
        await asyncio.wait_for(task, 30)


class BotProcess:
    """`python -m bot run` in webhook mode against the local Telegram, as its own process."""

    def __init__(self, telegram_url: str, redis_url: str, prefix: str, *, public_url: str,
                 port: int, secret: str, log_path: Path, cwd: Path = ROOT,
                 extra_env: dict[str, str] | None = None) -> None:
        self.port = port
        self.base = f"http://127.0.0.1:{port}"
        env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": LOCAL_TOKEN, "TELEGRAM_API_URL": telegram_url,
            "REDIS_URL": redis_url, "REDIS_KEY_PREFIX": prefix,
            "WEBHOOK_URL": public_url, "WEBHOOK_LISTEN": f"127.0.0.1:{port}",
            "WEBHOOK_SECRET": secret, "LOG_LEVEL": "INFO", **(extra_env or {}),
        }  # fmt: skip
        self.log_path = log_path
        self._log = log_path.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bot", "run"], env=env, cwd=cwd,
            stdout=self._log, stderr=subprocess.STDOUT,
        )  # fmt: skip

    async def ready(self) -> None:
        await wait_ready(self.base, proc=self.proc)

    def terminate(self) -> None:
        self.proc.send_signal(signal.SIGTERM)

    async def wait(self, timeout: float = 60.0) -> int:
        deadline = asyncio.get_running_loop().time() + timeout
        while self.proc.poll() is None:
            if asyncio.get_running_loop().time() > deadline:
                self.proc.kill()
                raise AssertionError("bot process did not exit")
            await asyncio.sleep(0.05)
        self._log.close()
        return self.proc.returncode

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)
        self._log.close()
