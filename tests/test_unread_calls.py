"""bot/serving/unread_calls.py sends byte for byte what PTB's public methods send; fails alike."""

from __future__ import annotations

import datetime as dtm

import pytest
from telegram import Chat, InlineKeyboardButton, InlineKeyboardMarkup, Message
from telegram.constants import ParseMode
from telegram.error import BadRequest
from telegram.ext import ExtBot

from bot.serving.unread_calls import edit_message_text, markup_json
from tests.recording_request import Recorder

TOKEN = "123456789:unread-calls-test-token-abcdefgh"
MARKUP = InlineKeyboardMarkup([
    [InlineKeyboardButton("⬅️ Back", callback_data="b"),
     InlineKeyboardButton("Ñ", callback_data="h")],
    [InlineKeyboardButton("Compare", callback_data="g:cmp")],
])  # fmt: skip


def tapped(recorder: Recorder, business: str | None = None) -> Message:
    bot: ExtBot[None] = ExtBot(TOKEN, request=recorder, get_updates_request=recorder)
    message = Message(
        message_id=42, date=dtm.datetime(2026, 1, 1, tzinfo=dtm.UTC),
        chat=Chat(501, Chat.PRIVATE), text="Menu", business_connection_id=business,
    )  # fmt: skip
    message.set_bot(bot)
    return message


@pytest.mark.parametrize("markup", [MARKUP, None])
@pytest.mark.parametrize("business", [None, "biz-1"])
async def test_edit_sends_what_message_edit_text_sends(
    markup: InlineKeyboardMarkup | None, business: str | None
) -> None:
    text = "<b>Health card</b> vs «social» card"
    ptb, ours = Recorder(), Recorder()
    await tapped(ptb, business).edit_text(
        text, parse_mode=ParseMode.HTML, reply_markup=markup, disable_web_page_preview=True
    )
    message = tapped(ours, business)
    await edit_message_text(message.get_bot(), message, text, markup_json(markup))
    assert ours.sent == ptb.sent
    assert ptb.sent[0][0].endswith("/editMessageText")


async def test_edit_raises_what_ptb_raises() -> None:
    body = {"ok": False, "error_code": 400,
            "description": "Bad Request: message is not modified: specified new message content "
                           "and reply markup are exactly the same"}  # fmt: skip
    message = tapped(Recorder(400, body))
    with pytest.raises(BadRequest, match="not modified") as ptb:
        await message.edit_text("x", parse_mode=ParseMode.HTML)
    with pytest.raises(BadRequest, match="not modified") as ours:
        await edit_message_text(message.get_bot(), message, "x", None)
    assert ours.value.message == ptb.value.message
