"""Updates reach the bot by polling or webhook; flood limits and injected faults behave."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest
import telegram
from aiohttp import web
from telegram.error import BadRequest, Conflict, NetworkError, RetryAfter, TimedOut
from telegram.request import HTTPXRequest

from bot.emulator import LocalTelegram
from tests.browser.echo_bot import spec_path

USER = 42


@pytest.fixture
async def tg() -> AsyncIterator[LocalTelegram]:
    server = LocalTelegram(spec_path=spec_path())
    await server.start()
    server.user(USER, "Ann")
    yield server
    await server.stop()


@pytest.fixture
async def bot(tg: LocalTelegram) -> AsyncIterator[telegram.Bot]:
    request = HTTPXRequest(read_timeout=0.5)
    async with telegram.Bot(token="123:abc", base_url=f"{tg.url}/bot", request=request) as b:
        yield b


async def test_get_updates_in_order_and_confirmed_by_offset(
    tg: LocalTelegram, bot: telegram.Bot
) -> None:
    first = tg.send_text(USER, "/start")
    second = tg.send_text(USER, "hello @someone")
    third = tg.send_sticker(USER)
    updates = await bot.get_updates()
    assert [u.update_id for u in updates] == [
        first["update_id"], second["update_id"], third["update_id"]
    ]
    assert updates[0].message.entities[0].type == "bot_command"
    assert updates[1].message.entities[0].type == "mention"
    assert updates[2].message.sticker is not None
    # Not confirmed yet: the same updates come again.
    assert len(await bot.get_updates()) == 3
    assert [u.update_id for u in await bot.get_updates(offset=second["update_id"])] == [
        second["update_id"], third["update_id"]
    ]
    assert await bot.get_updates(offset=third["update_id"] + 1) == ()
    assert tg.queue.pending_count == 0


async def test_limit_and_negative_offset(tg: LocalTelegram, bot: telegram.Bot) -> None:
    ids = [tg.send_text(USER, str(i))["update_id"] for i in range(5)]
    assert [u.update_id for u in await bot.get_updates(limit=2)] == ids[:2]
    assert [u.update_id for u in await bot.get_updates(offset=-2)] == ids[3:]


async def test_long_poll_wakes_on_new_update(tg: LocalTelegram, bot: telegram.Bot) -> None:
    started = time.monotonic()
    poll = asyncio.create_task(bot.get_updates(timeout=3, read_timeout=5))
    await asyncio.sleep(0.2)
    assert not poll.done()
    tg.send_text(USER, "wake up")
    updates = await poll
    assert updates[0].message.text == "wake up"
    assert time.monotonic() - started < 2


async def test_second_poller_terminates_first(tg: LocalTelegram, bot: telegram.Bot) -> None:
    first = asyncio.create_task(bot.get_updates(timeout=3, read_timeout=5))
    await asyncio.sleep(0.2)
    async with telegram.Bot(token="123:abc", base_url=f"{tg.url}/bot") as other:
        second = asyncio.create_task(other.get_updates(timeout=1, read_timeout=5))
        with pytest.raises(Conflict, match="terminated by other getUpdates"):
            await first
        assert await second == ()


async def test_allowed_updates_filters_new_updates(tg: LocalTelegram, bot: telegram.Bot) -> None:
    await bot.get_updates(allowed_updates=["callback_query"])
    tg.send_text(USER, "ignored")
    sent = await bot.send_message(USER, "x", reply_markup=telegram.InlineKeyboardMarkup(
        [[telegram.InlineKeyboardButton("b", callback_data="b")]]))
    tg.press_button(USER, sent.message_id, "b")
    updates = await bot.get_updates()
    assert [u.callback_query is not None for u in updates] == [True]


async def test_resend_delivers_duplicate(tg: LocalTelegram, bot: telegram.Bot) -> None:
    update = tg.send_text(USER, "once")
    [got] = await bot.get_updates()
    await bot.get_updates(offset=got.update_id + 1)
    tg.resend(update)
    [again] = await bot.get_updates(offset=got.update_id + 1)
    assert again.update_id == got.update_id and again.message.text == "once"
    assert await bot.get_updates(offset=got.update_id + 1) == ()


async def test_webhook_delivery_with_secret_and_retry(
    tg: LocalTelegram, bot: telegram.Bot
) -> None:
    received: list[tuple[str | None, dict[str, Any]]] = []
    answers = [500, 200, 200]

    async def hook(request: web.Request) -> web.Response:
        received.append((request.headers.get("X-Telegram-Bot-Api-Secret-Token"),
                         await request.json()))
        return web.Response(status=answers.pop(0) if answers else 200)

    app = web.Application()
    app.router.add_post("/hook", hook)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    tg.queue.retry_delay = 0.05
    try:
        await bot.set_webhook(f"http://127.0.0.1:{port}/hook", secret_token="s3cret")
        info = await bot.get_webhook_info()
        assert info.url.endswith("/hook")
        with pytest.raises(Conflict, match="webhook is active"):
            await bot.get_updates()
        first = tg.send_text(USER, "one")
        second = tg.send_text(USER, "two")
        await tg.idle(quiet=0.05, timeout=5)
        assert [body["update_id"] for _, body in received] == [
            first["update_id"], first["update_id"], second["update_id"]
        ]
        assert {secret for secret, _ in received} == {"s3cret"}
        assert tg.webhook_deliveries[0].status == 500
        info = await bot.get_webhook_info()
        assert info.pending_update_count == 0 and info.last_error_message
        await bot.delete_webhook()
        tg.send_text(USER, "three")
        assert [u.message.text for u in await bot.get_updates()] == ["three"]
    finally:
        await runner.cleanup()


async def test_flood_limit_private_chat(bot: telegram.Bot) -> None:
    server = LocalTelegram(spec_path=spec_path(), flood_limits=True)
    await server.start()
    server.user(USER)
    try:
        async with telegram.Bot("123:abc", base_url=f"{server.url}/bot") as flooded:
            for i in range(3):
                await flooded.send_message(USER, str(i))
            with pytest.raises(RetryAfter) as info:
                await flooded.send_message(USER, "too fast")
            assert "Retry in" in str(info.value)
            assert server.calls[-1].status == 429
            server.flood_limits = False
            await flooded.send_message(USER, "now allowed")
    finally:
        await server.stop()


async def test_flood_limit_group_per_minute(tg: LocalTelegram, bot: telegram.Bot) -> None:
    tg.group(-100, "G")
    tg.add_bot_to_chat(-100, USER)
    tg.flood_limits = True
    for i in range(20):
        await bot.send_message(-100, str(i))
    with pytest.raises(RetryAfter):
        await bot.send_message(-100, "21st")
    await bot.send_message(USER, "private chats are counted apart")


async def test_fail_next_statuses(tg: LocalTelegram, bot: telegram.Bot) -> None:
    tg.fail_next(1, status=500, method="sendMessage")
    with pytest.raises(NetworkError, match="Internal Server Error"):
        await bot.send_message(USER, "a")
    tg.fail_next(1, status=502, chat_id=USER)
    await bot.get_me()  # no chat_id: not affected
    with pytest.raises(NetworkError, match="Bad Gateway"):
        await bot.send_message(USER, "b")
    tg.fail_next(1, status=429, retry_after=7)
    with pytest.raises(RetryAfter) as info:
        await bot.send_message(USER, "c")
    assert "Retry in 7 seconds" in str(info.value)
    assert tg.messages(USER) == []
    await bot.send_message(USER, "d")
    assert [m.text for m in tg.messages(USER)] == ["d"]


async def test_fail_next_timeout_reset_and_lost_answer(
    tg: LocalTelegram, bot: telegram.Bot
) -> None:
    tg.fail_next(1, status=200, delay=1.0, method="sendMessage")
    with pytest.raises(TimedOut):
        await bot.send_message(USER, "slow")
    tg.fail_next(1, reset=True)
    with pytest.raises(NetworkError):
        await bot.send_message(USER, "dropped")
    tg.fail_next(1, status=500, apply=True)
    with pytest.raises(NetworkError):
        await bot.send_message(USER, "applied")
    await asyncio.sleep(1.0)  # the slow call finishes on the server side
    texts = [m.text for m in tg.messages(USER)]
    assert texts == ["applied", "slow"] or texts == ["slow", "applied"]
    assert "dropped" not in texts


async def test_wait_call_and_idle(tg: LocalTelegram, bot: telegram.Bot) -> None:
    mark = tg.mark()

    async def later() -> None:
        await asyncio.sleep(0.1)
        await bot.send_message(USER, "first")
        await bot.send_message(USER, "second")

    task = asyncio.create_task(later())
    call = await tg.wait_call("sendMessage", since=mark, where=lambda c: c.ok)
    assert call.params["text"] == "first" and call.result["text"] == "first"
    calls = await tg.wait_calls(2, since=mark, method={"sendMessage"})
    assert [c.params["text"] for c in calls] == ["first", "second"]
    await task
    await tg.idle(quiet=0.05)
    with pytest.raises(TimeoutError):
        await tg.wait_call("deleteMessage", since=mark, timeout=0.2)


async def test_group_privacy_and_membership_updates(
    tg: LocalTelegram, bot: telegram.Bot
) -> None:
    tg.group(-100777, "Cards chat")
    hidden = tg.send_text(USER, "/start", chat_id=-100777)
    assert "update_id" not in hidden  # the bot is not in the group yet
    joined = tg.add_bot_to_chat(-100777, USER)
    plain = tg.send_text(USER, "just talking", chat_id=-100777)
    command = tg.send_text(USER, "/help@cardguide_bot", chat_id=-100777)
    mention = tg.send_text(USER, "hey @cardguide_bot", chat_id=-100777)
    assert "update_id" not in plain
    updates = await bot.get_updates()
    assert updates[0].update_id == joined["update_id"]
    assert updates[0].my_chat_member.new_chat_member.status == "member"
    assert updates[1].message.new_chat_members[0].id == 123
    assert [u.update_id for u in updates[2:]] == [command["update_id"], mention["update_id"]]
    assert len(tg.messages(-100777)) == 5  # users see every message, even those the bot doesn't
    removed = tg.remove_bot_from_chat(-100777, USER)
    assert removed["my_chat_member"]["new_chat_member"]["status"] == "kicked"


async def test_choose_inline_result_and_edit_inline_message(
    tg: LocalTelegram, bot: telegram.Bot
) -> None:
    qid = tg.inline_query(USER, "card")["inline_query"]["id"]
    keyboard = telegram.InlineKeyboardMarkup(
        [[telegram.InlineKeyboardButton("More", callback_data="more")]]
    )
    result = telegram.InlineQueryResultArticle(
        "r1", "Card", telegram.InputTextMessageContent("<b>Card</b>", parse_mode="HTML"),
        reply_markup=keyboard,
    )
    await bot.answer_inline_query(qid, [result])
    chosen = tg.choose_inline_result(USER, "r1", "card", chat_id=USER)["chosen_inline_result"]
    assert chosen["result_id"] == "r1" and chosen["inline_message_id"]
    assert await bot.edit_message_text("Edited", inline_message_id=chosen["inline_message_id"])
    assert tg.messages(USER)[-1].text == "Edited"
    with pytest.raises(BadRequest):
        await bot.edit_message_text("x", inline_message_id="nope")
