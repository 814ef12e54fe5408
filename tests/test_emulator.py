"""The local Telegram answers Bot API calls like Telegram: shapes, validation and limits."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
import telegram
from telegram import InlineKeyboardButton as Button
from telegram import InlineKeyboardMarkup as Markup
from telegram.error import BadRequest, ChatMigrated, Forbidden

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
    async with telegram.Bot(token="123:abc", base_url=f"{tg.url}/bot") as b:
        yield b


async def raw(tg: LocalTelegram, method: str, token: str = "123:abc", **params: Any
              ) -> tuple[int, dict[str, Any]]:
    async with aiohttp.ClientSession() as session, session.post(
        f"{tg.url}/bot{token}/{method}", json=params
    ) as resp:
        return resp.status, await resp.json()


async def test_get_me_derives_id_from_token(bot: telegram.Bot) -> None:
    me = await bot.get_me()
    assert (me.id, me.is_bot, me.username) == (123, True, "cardguide_bot")


async def test_send_html_message_is_stored_with_entities(
    tg: LocalTelegram, bot: telegram.Bot
) -> None:
    keyboard = Markup([[Button("Go", callback_data="go"), Button("Site", url="https://x.org")]])
    sent = await bot.send_message(USER, "<b>Hi</b> &amp; <i>bye</i>", parse_mode="HTML",
                                  reply_markup=keyboard)
    assert sent.text == "Hi & bye"
    assert [(e.type, e.offset, e.length) for e in sent.entities] == [
        ("bold", 0, 2), ("italic", 5, 3)
    ]
    assert sent.from_user is not None and sent.from_user.is_bot
    stored = tg.last_bot_message(USER)
    assert stored is not None and stored.message_id == sent.message_id
    assert stored.html == "<b>Hi</b> &amp; <i>bye</i>"
    assert tg.buttons(stored) == [[("Go", "go"), ("Site", "https://x.org")]]
    second = await bot.send_message(USER, "again")
    assert second.message_id == sent.message_id + 1


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("<foo>x</foo>", 'Unsupported start tag "foo"'),
        ("<b>x", "Can't find end tag"),
        ("<b><i>x</b></i>", "Unmatched end tag"),
        ("1 < 2", "can't parse entities"),
        ("Tom & Jerry", "can't parse entities"),
        ('<span class="x">y</span>', "tg-spoiler"),
    ],
)
async def test_invalid_html_is_rejected(
    tg: LocalTelegram, bot: telegram.Bot, text: str, needle: str
) -> None:
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities") as info:
        await bot.send_message(USER, text, parse_mode="HTML")
    assert needle.lower() in str(info.value).lower()
    assert tg.invalid_requests[-1].method == "sendMessage"
    assert tg.messages(USER) == []


async def test_all_supported_tags_are_accepted(bot: telegram.Bot) -> None:
    text = (
        '<b>b</b><strong>s</strong><i>i</i><em>e</em><u>u</u><ins>n</ins><s>s</s>'
        '<strike>k</strike><del>d</del><span class="tg-spoiler">p</span><tg-spoiler>t</tg-spoiler>'
        '<a href="https://e.org/?a=1&amp;b=2">a</a><tg-emoji emoji-id="5368324170671202286">e'
        '</tg-emoji><code>c</code><pre><code class="language-python">x = 1</code></pre>'
        "<blockquote>q</blockquote><blockquote expandable>w</blockquote>&lt;&gt;&quot;&#33;&#x41;"
    )
    sent = await bot.send_message(USER, text, parse_mode="HTML")
    assert sent.text.endswith('<>"!A')
    kinds = {e.type for e in sent.entities}
    assert {"bold", "italic", "underline", "strikethrough", "spoiler", "text_link",
            "custom_emoji", "code", "pre", "blockquote", "expandable_blockquote"} <= kinds
    pre = next(e for e in sent.entities if e.type == "pre")
    assert pre.language == "python"


async def test_text_length_counts_text_without_tags(bot: telegram.Bot) -> None:
    await bot.send_message(USER, "<b>" + "x" * 4096 + "</b>", parse_mode="HTML")
    with pytest.raises(BadRequest, match=r"(?i)too long"):
        await bot.send_message(USER, "x" * 4097)
    with pytest.raises(BadRequest, match=r"(?i)empty"):
        await bot.send_message(USER, "<b> </b>", parse_mode="HTML")


async def test_callback_data_limit_and_button_count(bot: telegram.Bot) -> None:
    await bot.send_message(USER, "ok", reply_markup=Markup([[Button("a", callback_data="x" * 64)]]))
    with pytest.raises(BadRequest, match=r"(?i)BUTTON_DATA_INVALID"):
        await bot.send_message(
            USER, "no", reply_markup=Markup([[Button("a", callback_data="é" * 33)]])
        )
    rows = [[Button(str(i), callback_data=str(i))] for i in range(101)]
    with pytest.raises(BadRequest, match=r"(?i)BUTTONS_TOO_MUCH"):
        await bot.send_message(USER, "no", reply_markup=Markup(rows))


async def test_unknown_missing_and_mistyped_parameters(tg: LocalTelegram) -> None:
    status, body = await raw(tg, "sendMessage", chat_id=USER, text="hi", colour="red")
    assert status == 400 and body["ok"] is False and body["error_code"] == 400
    assert '"colour"' in body["description"]
    status, body = await raw(tg, "sendMessage", chat_id=USER)
    assert status == 400 and '"text"' in body["description"]
    status, body = await raw(tg, "getUpdates", limit="many")
    assert status == 400 and '"limit"' in body["description"]
    status, body = await raw(tg, "sendMessage", chat_id=USER, text="x", reply_markup={"a": 1})
    assert status == 400 and "reply_markup" in body["description"]
    status, body = await raw(tg, "sendTelepathy", chat_id=USER)
    assert (status, body["description"]) == (404, "Not Found")
    assert [c.method for c in tg.invalid_requests] == [
        "sendMessage", "sendMessage", "getUpdates", "sendMessage", "sendTelepathy"
    ]


async def test_form_encoded_and_get_requests_are_decoded(tg: LocalTelegram) -> None:
    async with aiohttp.ClientSession() as session:
        form = {"chat_id": str(USER), "text": "123", "disable_notification": "true"}
        async with session.post(f"{tg.url}/bot1:x/sendMessage", data=form) as resp:
            body = await resp.json()
        async with session.get(f"{tg.url}/bot1:x/getMe") as resp:
            me = await resp.json()
    assert body["ok"] and body["result"]["text"] == "123"
    assert tg.calls[0].params == {"chat_id": USER, "text": "123", "disable_notification": True}
    assert me["result"]["id"] == 1


async def test_fixed_token_rejects_others() -> None:
    server = LocalTelegram(spec_path=spec_path(), token="7:good")
    await server.start()
    try:
        status, body = await raw(server, "getMe", token="7:bad")
        assert (status, body["description"]) == (401, "Unauthorized")
        status, body = await raw(server, "getMe", token="7:good")
        assert status == 200 and body["result"]["id"] == 7
    finally:
        await server.stop()


async def test_edit_and_not_modified(tg: LocalTelegram, bot: telegram.Bot) -> None:
    keyboard = Markup([[Button("a", callback_data="a")]])
    sent = await bot.send_message(USER, "one", reply_markup=keyboard)
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await bot.edit_message_text("one", USER, sent.message_id, reply_markup=keyboard)
    await bot.edit_message_text("<i>two</i>", USER, sent.message_id, parse_mode="HTML")
    stored = tg.messages(USER)[0]
    assert (stored.text, stored.reply_markup, stored.edits) == ("two", None, 1)
    assert tg.received(USER)[0].text == "one"
    await bot.edit_message_reply_markup(USER, sent.message_id, reply_markup=keyboard)
    with pytest.raises(BadRequest, match=r"(?i)not modified"):
        await bot.edit_message_reply_markup(USER, sent.message_id, reply_markup=keyboard)
    user_msg = tg.send_text(USER, "mine")["message"]["message_id"]
    with pytest.raises(BadRequest, match=r"(?i)can't be edited"):
        await bot.edit_message_text("x", USER, user_msg)
    assert await bot.delete_message(USER, sent.message_id)
    assert [m.message_id for m in tg.messages(USER)] == [user_msg]
    with pytest.raises(BadRequest, match=r"(?i)not found"):
        await bot.delete_message(USER, sent.message_id)


async def test_blocked_migrated_and_unknown_chats(tg: LocalTelegram, bot: telegram.Bot) -> None:
    tg.block(USER)
    with pytest.raises(Forbidden, match=r"(?i)bot was blocked by the user"):
        await bot.send_message(USER, "hi")
    tg.group(-5, "Old group", supergroup=False)
    tg.add_bot_to_chat(-5, USER)
    tg.migrate(-5, -1005)
    with pytest.raises(ChatMigrated) as info:
        await bot.send_message(-5, "hi")
    assert info.value.new_chat_id == -1005
    assert (await bot.send_message(-1005, "hi")).chat.id == -1005
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.send_message(999, "hi")
    tg.channel(-1009, "News")
    with pytest.raises(Forbidden, match=r"(?i)not a member"):
        await bot.send_message(-1009, "hi")


async def test_bot_settings_round_trip(bot: telegram.Bot) -> None:
    await bot.set_my_commands([("start", "Start"), ("help", "Help")], language_code="es")
    assert [c.command for c in await bot.get_my_commands(language_code="es")] == ["start", "help"]
    assert await bot.get_my_commands() == ()
    with pytest.raises(BadRequest, match=r"(?i)BOT_COMMAND_INVALID"):
        await bot.set_my_commands([("Bad-Name", "x")])
    await bot.set_my_description("A bot", language_code="en")
    assert (await bot.get_my_description("en")).description == "A bot"
    await bot.set_my_short_description("Short")
    assert (await bot.get_my_short_description()).short_description == "Short"
    with pytest.raises(BadRequest):
        await bot.set_my_short_description("x" * 121)


async def test_chat_queries_and_leave(tg: LocalTelegram, bot: telegram.Bot) -> None:
    tg.group(-100500, "Cards")
    tg.add_bot_to_chat(-100500, USER, as_admin=True)
    chat = await bot.get_chat(-100500)
    assert (chat.type, chat.title) == ("supergroup", "Cards")
    me = await bot.get_chat_member(-100500, 123)
    assert me.status == "administrator"
    owner = await bot.get_chat_member(-100500, USER)
    assert owner.status == "creator"
    admins = await bot.get_chat_administrators(-100500)
    assert {a.user.id for a in admins} == {USER, 123}
    assert await bot.send_chat_action(USER, "typing")
    with pytest.raises(BadRequest):
        await bot.send_chat_action(USER, "dancing")
    assert await bot.leave_chat(-100500)
    with pytest.raises(Forbidden):
        await bot.send_message(-100500, "still here?")


async def test_inline_query_answer_limits(tg: LocalTelegram, bot: telegram.Bot) -> None:
    def article(i: int | str) -> telegram.InlineQueryResultArticle:
        return telegram.InlineQueryResultArticle(
            str(i), f"T{i}", telegram.InputTextMessageContent(f"<b>{i}</b>", parse_mode="HTML")
        )

    qid = tg.inline_query(USER, "card")["inline_query"]["id"]
    with pytest.raises(BadRequest, match=r"(?i)RESULTS_TOO_MUCH"):
        await bot.answer_inline_query(qid, [article(i) for i in range(51)])
    with pytest.raises(BadRequest, match=r"(?i)RESULT_ID_DUPLICATE"):
        await bot.answer_inline_query(qid, [article(1), article(1)])
    with pytest.raises(BadRequest, match=r"(?i)RESULT_ID_INVALID"):
        await bot.answer_inline_query(qid, [article("x" * 65)])
    assert tg.inline_answer(qid) is None
    await bot.answer_inline_query(qid, [article(1), article(2)])
    answer = tg.inline_answer(qid)
    assert answer is not None and [r["id"] for r in answer["results"]] == ["1", "2"]
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await bot.answer_inline_query(qid, [article(3)])


async def test_callback_query_answer(tg: LocalTelegram, bot: telegram.Bot) -> None:
    keyboard = Markup([[Button("a", callback_data="a")]])
    sent = await bot.send_message(USER, "pick", reply_markup=keyboard)
    update = tg.press_button(USER, sent.message_id, "a")
    query = update["callback_query"]
    assert query["message"]["message_id"] == sent.message_id and query["data"] == "a"
    with pytest.raises(BadRequest, match=r"(?i)MESSAGE_TOO_LONG"):
        await bot.answer_callback_query(query["id"], "x" * 201)
    await bot.answer_callback_query(query["id"], "done")
    assert tg.callback_answer(query["id"]) == {"callback_query_id": query["id"], "text": "done"}
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await bot.answer_callback_query(query["id"], "again")
