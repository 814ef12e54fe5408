"""Bug: an update POSTed several times at once was handled several times.

Telegram may deliver an update again while the first copy is still being handled. Only Redis's
duplicate guard caught copies, and only when the first copy's read went through: 300 taps POSTed
2-5 times at once, 189 handled again; 300 /start messages, 68 chats got 2-5 replies. Now the
webhook knows the updates it took, unfinished or finished lately (bot/serving/admission.py), without
Redis.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from bot.config import Config
from bot.emulator import LocalTelegram
from bot.redis_conn import connect_redis
from tests.parallel_telegram import ParallelTelegram, calls_per
from tests.reliability.load import DurableRedis
from tests.webhook_harness import free_port, webhook_bot, webhook_config

USERS = 300
COPIES = (2, 5)


@pytest.mark.skipif(not DurableRedis.available(), reason="needs redis-server")
async def test_copies_posted_at_once_are_answered_once_with_redis_up_or_down(
    telegram: LocalTelegram, default_config: Config, tmp_path: Path
) -> None:
    server = DurableRedis(tmp_path)
    await server.start()
    client = connect_redis(server.url)
    port = free_port()
    hook_config = webhook_config(default_config, port)
    users = range(600_000, 600_000 + USERS)
    try:
        async with webhook_bot(telegram, hook_config, client):
            deliveries = ParallelTelegram(telegram, hook_config.webhook_url or "", "right-secret_1")
            for uid in users:
                telegram.user(uid)
                telegram.send_text(uid, "/start")
            await deliveries.deliver(deliveries.take(), copies=COPIES, seed=1)
            await telegram.idle(timeout=60)
            replies = calls_per(telegram, "sendMessage", "chat_id")
            # Redis goes away: its duplicate guard can catch nothing now.
            server.stop()
            for uid in users:
                menu = telegram.last_bot_message(uid)
                assert menu is not None
                telegram.press_button(uid, menu.message_id, telegram.buttons(menu)[0][0][1])
            taps = deliveries.take()
            await deliveries.deliver(taps, copies=COPIES, seed=2)
            await telegram.idle(timeout=60)
    finally:
        await client.aclose()
        server.stop()
    assert replies == Counter({str(u): 1 for u in users}), "a /start answered more than once"
    answers = calls_per(telegram, "answerCallbackQuery", "callback_query_id")
    twice = [query for query, count in answers.items() if count > 1]
    assert len(answers) == USERS and twice == [], f"{len(twice)} taps handled more than once"
