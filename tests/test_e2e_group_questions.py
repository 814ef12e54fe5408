"""In a group the bot answers questions only when addressed, so it never floods a conversation."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.app import BotApplication
from bot.emulator import LocalTelegram
from tests.harness import User

GROUP = -100123


@pytest.fixture
async def telegram() -> AsyncIterator[LocalTelegram]:
    server = LocalTelegram()
    server.privacy_mode = False  # the bot sees every message, as when it is a group admin
    await server.start()
    yield server
    await server.stop()



async def test_group_chatter_is_ignored_and_a_mention_is_answered(
    telegram: LocalTelegram, bot: BotApplication
) -> None:
    User(telegram, 41, "en")
    telegram.group(GROUP, "Card talk")
    telegram.add_bot_to_chat(GROUP, 41)
    await telegram.idle()
    before = len(telegram.received(GROUP))
    telegram.send_text(41, "my health card is blue, is yours?", chat_id=GROUP)
    await telegram.idle()
    assert len(telegram.received(GROUP)) == before

    mark = telegram.mark()
    telegram.send_text(41, f"@{telegram.bot_username} is the health card a social security card?",
                       chat_id=GROUP)
    call = await telegram.wait_call("sendMessage", since=mark)
    assert call.params["chat_id"] in (GROUP, str(GROUP))
    assert "No. The health card is not a social security card" in call.params["text"]


async def test_a_reply_to_the_bot_is_answered(telegram: LocalTelegram, bot: BotApplication) -> None:
    User(telegram, 42, "es")
    telegram.group(GROUP, "Card talk")
    telegram.add_bot_to_chat(GROUP, 42)
    await telegram.idle()  # past the introduction
    mark = telegram.mark()
    telegram.send_text(42, f"@{telegram.bot_username} tarjeta ciudadana", chat_id=GROUP)
    first = await telegram.wait_call("sendMessage", since=mark)
    mark = telegram.mark()
    telegram.send_text(42, "¿y la tarjeta sanitaria?", chat_id=GROUP,
                       reply_to_message_id=first.result["message_id"])
    second = await telegram.wait_call("sendMessage", since=mark)
    assert "Tarjeta de salud" in second.params["text"]
