"""Bug: at 100 parallel deliveries, Telegram's own parallelism, Redis calls failed.

redis-py's asyncio pool held at most 100 connections and failed ("Too many connections") rather
than wait, while the bot handles up to 256 updates at once: with Redis healthy, updates were served
without stored state. Now the pool holds what the process can have in flight and a command waits
briefly for a free connection (bot/redis_conn.py).
"""

from __future__ import annotations

from collections import Counter

from redis.asyncio import Redis

from bot.config import Config
from bot.emulator import LocalTelegram
from bot.redis_conn import connect_redis
from tests.conftest import TEST_REDIS_URL
from tests.parallel_telegram import ParallelTelegram, calls_per
from tests.raw_http import metric
from tests.webhook_harness import free_port, webhook_bot, webhook_config

USERS = 1000
TAPS_EACH = 2
REDIS_ERRORS = "cardbot_redis_errors_total"


async def test_a_thousand_users_at_once_at_telegrams_parallelism_meet_no_redis_error(
    telegram: LocalTelegram, default_config: Config, redis: Redis
) -> None:
    port = free_port()
    hook_config = webhook_config(default_config, port)
    client = connect_redis(TEST_REDIS_URL)  # the bot's own client, pool and all
    users = range(500_000, 500_000 + USERS)
    try:
        async with webhook_bot(telegram, hook_config, client):
            deliveries = ParallelTelegram(telegram, hook_config.webhook_url or "", "right-secret_1")
            for uid in users:
                telegram.user(uid)
                telegram.send_text(uid, "/start")
            await deliveries.deliver(deliveries.take())
            await telegram.idle(timeout=60)
            errors_before = await metric(port, REDIS_ERRORS)
            for _ in range(TAPS_EACH):  # each user taps the menu's first button
                for uid in users:
                    menu = telegram.last_bot_message(uid)
                    assert menu is not None
                    telegram.press_button(uid, menu.message_id, telegram.buttons(menu)[0][0][1])
            taps = deliveries.take()
            result = await deliveries.deliver(taps)
            await telegram.idle(timeout=60)
            redis_errors = await metric(port, REDIS_ERRORS) - errors_before
    finally:
        await client.aclose()
    print(f"{len(taps)} taps at 100 at once: {dict(result.statuses)}, Redis errors {redis_errors}")
    assert result.statuses == Counter({200: len(taps)})
    assert redis_errors == 0
    answers = calls_per(telegram, "answerCallbackQuery", "callback_query_id")
    assert answers == Counter({str(t["callback_query"]["id"]): 1 for t in taps})
