"""The chat page's /_emu/ endpoints drive users and show what they see, safely rendered."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from telegram import InlineQueryResultArticle, InlineQueryResultsButton, InputTextMessageContent

from bot.emulator import LocalTelegram
from tests.browser.echo_bot import build_echo_app, spec_path, start_polling, stop_polling


@pytest.fixture
async def tg() -> AsyncIterator[LocalTelegram]:
    server = LocalTelegram(spec_path=spec_path())
    await server.start()
    app = build_echo_app(server.url)

    async def inline(update: Any, context: Any) -> None:
        query = update.inline_query
        await query.answer(
            [InlineQueryResultArticle("a1", f"Result for {query.query}",
                                      InputTextMessageContent(f"<b>{query.query}</b>",
                                                              parse_mode="HTML"))],
            button=InlineQueryResultsButton("Open bot", start_parameter="from_inline"),
        )

    from telegram.ext import InlineQueryHandler

    app.add_handler(InlineQueryHandler(inline))
    await start_polling(app)
    yield server
    await stop_polling(app)
    await server.stop()


async def call(tg: LocalTelegram, path: str, body: dict[str, Any] | None = None) -> Any:
    async with aiohttp.ClientSession() as session:
        if body is None:
            async with session.get(f"{tg.url}{path}") as resp:
                assert resp.status == 200, await resp.text()
                return await resp.json() if "json" in resp.content_type else await resp.text()
        async with session.post(f"{tg.url}/_emu/{path}", json=body) as resp:
            assert resp.status == 200, await resp.text()
            return await resp.json()


async def test_page_and_static_files_are_served(tg: LocalTelegram) -> None:
    page = await call(tg, "/")
    assert "/_emu/static/chat.js" in page and "<script src=\"http" not in page
    assert "fetch(" in await call(tg, "/_emu/static/chat.js")
    async with aiohttp.ClientSession() as session, session.get(
        f"{tg.url}/_emu/static/..%2Fserver.py"
    ) as resp:
        assert resp.status == 404


async def test_user_language_send_and_state(tg: LocalTelegram) -> None:
    user = await call(tg, "user", {"user_id": 5, "first_name": "<Eve>", "language_code": "es"})
    assert user["language_code"] == "es"
    mark = tg.mark()
    update = await call(tg, "send", {"user_id": 5, "text": "<i>hi</i>"})
    assert update["message"]["from"]["language_code"] == "es"
    await tg.wait_call("sendMessage", since=mark)
    state = await call(tg, "/_emu/state?chat_id=5&since=-1")
    assert [m["from_bot"] for m in state["messages"]] == [False, True]
    assert state["messages"][0]["html"] == "&lt;i&gt;hi&lt;/i&gt;"
    assert state["messages"][0]["sender"] == "<Eve>"


async def test_press_inline_and_choose(tg: LocalTelegram) -> None:
    await call(tg, "user", {"user_id": 5, "first_name": "Eve", "language_code": "en"})
    mark = tg.mark()
    await call(tg, "send", {"user_id": 5, "text": "/start"})
    await tg.wait_call("sendMessage", since=mark)
    welcome = tg.last_bot_message(5)
    assert welcome is not None
    pressed = await call(tg, "press", {"user_id": 5, "message_id": welcome.message_id,
                                       "data": "pressed"})
    assert pressed["answer"]["text"] == "Done"
    inline = await call(tg, "inline", {"user_id": 5, "query": "card"})
    answer = inline["answer"]
    assert answer["results"][0]["title"] == "Result for card"
    assert answer["button"] == {"text": "Open bot", "start_parameter": "from_inline"}
    await call(tg, "choose", {"user_id": 5, "result_id": "a1", "query": "card", "chat_id": 5})
    chosen = tg.messages(5)[-1]
    assert (chosen.text, chosen.from_bot, chosen.data["via_bot"]["username"]) == (
        "card", False, "cardguide_bot"
    )
    state = await call(tg, "/_emu/state?chat_id=5&since=-1")
    assert state["messages"][-1]["html"] == "<b>card</b>"


async def test_add_to_group_and_channel(tg: LocalTelegram) -> None:
    added = await call(tg, "add_to_chat", {"user_id": 5, "kind": "group", "title": "Team"})
    group_id = added["chat_id"]
    assert added["update"]["my_chat_member"]["new_chat_member"]["status"] == "member"
    mark = tg.mark()
    await call(tg, "send", {"user_id": 5, "chat_id": group_id, "text": "/start"})
    call_ = await tg.wait_call("sendMessage", since=mark)
    assert call_.params["chat_id"] == group_id
    channel = await call(tg, "add_to_chat", {"user_id": 5, "kind": "channel", "title": "News"})
    assert channel["update"]["my_chat_member"]["new_chat_member"]["status"] == "administrator"
    state = await call(tg, f"/_emu/state?chat_id={group_id}&since=-1")
    assert {c["title"] for c in state["chats"]} == {"Team", "News"}
    async with aiohttp.ClientSession() as session, session.post(
        f"{tg.url}/_emu/press", json={"user_id": 5, "message_id": 999, "data": "x"}
    ) as resp:
        assert resp.status == 400


async def test_a_reply_from_the_page_carries_the_message_it_answers(tg: LocalTelegram) -> None:
    added = await call(tg, "add_to_chat", {"user_id": 5, "kind": "group", "title": "Team"})
    group_id = added["chat_id"]
    mark = tg.mark()
    await call(tg, "send", {"user_id": 5, "chat_id": group_id, "text": "/start"})
    sent = await tg.wait_call("sendMessage", since=mark)
    bot_message = sent.result["message_id"]
    update = await call(tg, "send", {"user_id": 5, "chat_id": group_id, "text": "and this?",
                                     "reply_to_message_id": bot_message})
    replied = update["message"]["reply_to_message"]
    assert (replied["message_id"], replied["from"]["is_bot"]) == (bot_message, True)
    state = await call(tg, f"/_emu/state?chat_id={group_id}&since=-1")
    shown = next(m for m in state["messages"]
                 if m["message_id"] == update["message"]["message_id"])
    assert (shown["text"], shown["from_bot"]) == ("and this?", False)
    assert shown["reply_to"]["message_id"] == bot_message
    assert shown["reply_to"]["sender"] == tg.api.bot_first_name
    plain = await call(tg, "send", {"user_id": 5, "chat_id": group_id, "text": "no reply"})
    assert "reply_to_message" not in plain["message"]
