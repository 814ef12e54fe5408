"""Metrics that need a failure to show: Bot API errors by method, Redis errors."""

from __future__ import annotations

from prometheus_client import REGISTRY
from redis.asyncio import Redis

from bot.config import Config
from bot.emulator import LocalTelegram
from bot.serving.metrics import method_label
from bot.state.store import SessionStore
from tests.harness import User
from tests.webhook_harness import free_port, webhook_bot, webhook_config


def sample(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def test_method_labels_are_bounded() -> None:
    assert method_label("http://x/bot123:abc/sendMessage") == "sendMessage"
    assert method_label("http://x/bot123:abc/" + "a" * 100) == "other"
    assert method_label("http://x/bot123:abc/send%20Message") == "other"


async def test_a_failed_bot_api_call_is_counted_by_method_and_status(
    telegram: LocalTelegram, config: Config, redis: Redis
) -> None:
    before = sample("cardbot_telegram_errors_total", method="sendMessage", kind="500")
    calls_before = sample("cardbot_telegram_calls_total", method="sendMessage")
    telegram.fail_next(1, status=500, method="sendMessage")
    hook_config = webhook_config(config, free_port())
    async with webhook_bot(telegram, hook_config, redis):
        telegram.send_text(User(telegram, 501).id, "/start")
        await telegram.wait_call("sendMessage", where=lambda c: c.status == 500)
        await telegram.idle()
    assert sample("cardbot_telegram_errors_total", method="sendMessage", kind="500") == before + 1
    assert sample("cardbot_telegram_calls_total", method="sendMessage") >= calls_before + 1


async def test_redis_failures_are_counted(config: Config) -> None:
    dead: Redis = Redis.from_url("redis://127.0.0.1:1/0", decode_responses=True)
    before = sample("cardbot_redis_errors_total")
    try:
        store = SessionStore(dead, config.key_prefix, 60)
        assert not (await store.load(7, update_id=1)).available
        assert not (await store.load(7, update_id=2)).available
    finally:
        await dead.aclose()
    assert sample("cardbot_redis_errors_total") == before + 2
