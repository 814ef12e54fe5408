"""Polling mode serves /healthz, /readyz and /metrics on METRICS_LISTEN, and nothing without it."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import aiohttp
import pytest
from redis.asyncio import Redis

from bot.config import Config, ConfigError, load_config
from bot.emulator import LocalTelegram
from tests.harness import User, running_bot
from tests.webhook_harness import free_port


async def get(url: str) -> tuple[int, str]:
    async with aiohttp.ClientSession() as session, session.get(url) as resp:
        return resp.status, await resp.text()


async def test_a_polling_bot_reports_health_readiness_and_metrics(
    telegram: LocalTelegram, default_config: Config, redis: Redis
) -> None:
    port = free_port()
    config = dataclasses.replace(default_config, metrics_port=port)
    base = f"http://127.0.0.1:{port}"
    async with running_bot(telegram, config, redis):
        await User(telegram, 401).send("/start")
        assert (await get(f"{base}/healthz"))[0] == 200
        status, body = await get(f"{base}/readyz")
        assert status == 200 and '"accepting": true' in body
        status, text = await get(f"{base}/metrics")
    assert status == 200
    assert 'cardbot_updates_total{outcome="ok",type="message"}' in text
    assert 'cardbot_telegram_calls_total{method="sendMessage"}' in text
    with pytest.raises(aiohttp.ClientConnectionError):
        await get(f"{base}/healthz")  # stopped with the bot


async def test_without_metrics_listen_no_port_is_opened(
    telegram: LocalTelegram, default_config: Config, redis: Redis
) -> None:
    port = free_port()
    async with running_bot(telegram, default_config, redis):
        await User(telegram, 402).send("/start")
        with pytest.raises(aiohttp.ClientConnectionError):
            await get(f"http://127.0.0.1:{port}/metrics")


def test_metrics_listen_is_read_and_checked(tmp_path: Path) -> None:
    none = tmp_path / "none"
    assert load_config({}, dotenv=none).metrics_port is None
    loaded = load_config({"METRICS_LISTEN": "0.0.0.0:9100"}, dotenv=none)
    assert (loaded.metrics_host, loaded.metrics_port) == ("0.0.0.0", 9100)
    assert load_config({"METRICS_LISTEN": "9101"}, dotenv=none).metrics_port == 9101
    with pytest.raises(ConfigError, match=r"^METRICS_LISTEN: expected a whole number"):
        load_config({"METRICS_LISTEN": "localhost:metrics"}, dotenv=none)
    webhook = {"TELEGRAM_BOT_TOKEN": "123:" + "a" * 30, "WEBHOOK_URL": "https://x.org/t",
               "METRICS_LISTEN": "9100"}  # fmt: skip
    with pytest.raises(ConfigError, match=r"^METRICS_LISTEN: polling mode only"):
        load_config(webhook, dotenv=none)
