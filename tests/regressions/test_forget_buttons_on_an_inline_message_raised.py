"""Bug: a /forget button pressed on an inline message (forged callback data) raised BadRequest.

The answer edited the pressed message unconditionally; an inline message that is gone (or an old,
inaccessible one) cannot be edited, so the update ended in the error handler. Now the outcome is
said in the chat instead, or only logged when there is no chat (inline messages).
"""

from __future__ import annotations

import pytest
from redis.asyncio import Redis

from bot.config import Config
from bot.emulator import LocalTelegram
from tests.harness import User, running_bot
from tests.reliability.figures import ErrorLog


@pytest.mark.parametrize("data", ["f:no", "f:yes"])
async def test_forged_forget_buttons_on_an_inline_message_raise_nothing(
    telegram: LocalTelegram, config: Config, redis: Redis, data: str
) -> None:
    user = User(telegram, 93)
    qid = telegram.world.next_id()
    query = {"id": qid, "from": telegram.world.get_user(user.id), "chat_instance": "1",
             "inline_message_id": "gone-inline-message", "data": data}
    telegram.world.callback_queries[qid] = query
    with ErrorLog("handlers.errors") as errors:
        async with running_bot(telegram, config, redis):
            telegram.raw_update({"callback_query": query})
            await telegram.wait_call("answerCallbackQuery", timeout=10)
            await telegram.idle()
    assert errors.describe() == []


async def test_forget_confirmed_on_a_message_that_is_gone_is_reported_in_the_chat(
    telegram: LocalTelegram, config: Config, redis: Redis
) -> None:
    user = User(telegram, 94)
    async with running_bot(telegram, config, redis):
        ask = await user.send("/forget")
        data = user.button_data(ask, "Delete")
        telegram.world.chats[user.id].messages.pop(ask.message_id)  # deleted meanwhile
        with ErrorLog("handlers.errors") as errors:
            qid = telegram.world.next_id()
            query = {"id": qid, "from": telegram.world.get_user(user.id), "chat_instance": "1",
                     "message": dict(ask.data), "data": data}
            telegram.world.callback_queries[qid] = query
            mark = telegram.mark()
            telegram.raw_update({"callback_query": query})
            await telegram.wait_call("sendMessage", since=mark, timeout=10,
                                     where=lambda c: "Deleted" in str(c.params.get("text")))
            await telegram.idle()
    assert errors.describe() == []
