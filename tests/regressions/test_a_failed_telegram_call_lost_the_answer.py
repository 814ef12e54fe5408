"""Bug: one 429, 5xx or reset connection from Telegram lost the user's answer for good.

The handlers made each Bot API call once; a failure went to the error handler, which could only
say "Something went wrong". Calls Telegram did not take are now retried (bot/serving/retry.py).
"""

from __future__ import annotations

import pytest
from redis.asyncio import Redis

from bot.config import Config
from bot.emulator import LocalTelegram
from tests.harness import User, running_bot


@pytest.mark.parametrize("fault", [{"status": 429}, {"status": 500}, {"status": 502},
                                   {"reset": True}])
async def test_the_menu_arrives_after_one_failed_send(
    telegram: LocalTelegram, config: Config, redis: Redis, fault: dict[str, object]
) -> None:
    user = User(telegram, 61)
    async with running_bot(telegram, config, redis):
        telegram.fail_next(1, method="sendMessage", chat_id=user.id, retry_after=1,
                           **fault)  # type: ignore[arg-type]
        telegram.send_text(user.id, "/start")
        await telegram.wait_call("sendMessage", where=lambda c: c.ok, timeout=10)
        await telegram.idle()
    texts = [m.text for m in telegram.received(user.id)]
    assert len(texts) == 1 and "Card Guide" in texts[0]


async def test_a_button_press_is_answered_after_a_failed_edit(
    telegram: LocalTelegram, config: Config, redis: Redis
) -> None:
    user = User(telegram, 62)
    async with running_bot(telegram, config, redis):
        menu = await user.send("/start")
        telegram.fail_next(1, status=500, method="editMessageText")
        telegram.press_button(user.id, menu.message_id, user.button_data(menu, "Language"))
        await telegram.wait_call("editMessageText", where=lambda c: c.ok, timeout=10)
        await telegram.idle()
    assert "Choose the language" in telegram.messages(user.id)[-1].text
    assert len(telegram.received(user.id)) == 1
