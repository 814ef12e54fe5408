"""Bug: one user's flood filled the webhook backlog, and other users' taps got 503.

3,000 updates from one user in 2.5 s filled the 2,000-update backlog that every user shares; 15 of
500 other users' taps were refused until it drained. Now each user has a share of the backlog
(bot/serving/admission.py): past it, that user's updates are dropped like throttled ones.
"""

from __future__ import annotations

import asyncio
from collections import Counter

from prometheus_client import REGISTRY
from redis.asyncio import Redis

from bot.config import Config
from bot.emulator import LocalTelegram
from bot.serving.admission import MAX_USER_BACKLOG
from bot.serving.webhook import MAX_BACKLOG
from tests.conftest import wait_until
from tests.parallel_telegram import ParallelTelegram, calls_per
from tests.webhook_harness import free_port, webhook_bot, webhook_config

FLOODER = 700_000
FLOOD = MAX_BACKLOG + 100
OTHERS = range(700_001, 700_101)
HANG_SECONDS = 5.0  # the flooder's first reply hangs: their backlog piles up meanwhile


def backlog() -> float:
    return REGISTRY.get_sample_value("cardbot_webhook_backlog") or 0.0


async def test_a_flooding_user_never_makes_another_users_tap_wait(
    telegram: LocalTelegram, default_config: Config, redis: Redis
) -> None:
    hook_config = webhook_config(default_config, free_port())
    async with webhook_bot(telegram, hook_config, redis):
        deliveries = ParallelTelegram(telegram, hook_config.webhook_url or "", "right-secret_1")
        for uid in (FLOODER, *OTHERS):
            telegram.user(uid)
            telegram.send_text(uid, "/start")
        await deliveries.deliver(deliveries.take())
        await telegram.idle(timeout=30)
        telegram.fail_next(1, status=200, delay=HANG_SECONDS, method="sendMessage",
                           chat_id=FLOODER)
        for _ in range(FLOOD):
            telegram.send_text(FLOODER, "/start")
        flood = asyncio.create_task(deliveries.deliver(deliveries.take()))
        await wait_until(lambda: flood.done() or backlog() >= MAX_BACKLOG, timeout=60)
        for uid in OTHERS:
            menu = telegram.last_bot_message(uid)
            assert menu is not None
            telegram.press_button(uid, menu.message_id, telegram.buttons(menu)[0][0][1])
        taps = deliveries.take()
        others = await deliveries.deliver(taps)
        await flood
        await telegram.idle(timeout=60)
    print(f"other users' taps during a {FLOOD}-update flood: {dict(others.statuses)}")
    assert others.statuses == Counter({200: len(OTHERS)}), "others had to wait on the flooder"
    answers = calls_per(telegram, "answerCallbackQuery", "callback_query_id")
    assert all(answers[str(t["callback_query"]["id"])] == 1 for t in taps)
    # The flood beyond the user's share was dropped, not queued.
    assert len(telegram.received(FLOODER)) <= 1 + MAX_USER_BACKLOG + 1
