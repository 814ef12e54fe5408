"""bot/serving/unread_calls.py sends byte for byte what PTB's public methods send; fails alike."""

from __future__ import annotations

import datetime as dtm
import json
from typing import Any

import pytest
from telegram import Chat, InlineKeyboardButton, InlineKeyboardMarkup, Message
from telegram.constants import ParseMode
from telegram.error import BadRequest
from telegram.ext import ExtBot
from telegram.request import BaseRequest, RequestData

from bot.serving.unread_calls import edit_message_text, markup_json

TOKEN = "123456789:unread-calls-test-token-abcdefgh"
MARKUP = InlineKeyboardMarkup([
    [InlineKeyboardButton("⬅️ Back", callback_data="b"),
     InlineKeyboardButton("Ñ", callback_data="h")],
    [InlineKeyboardButton("Compare", callback_data="g:cmp")],
])  # fmt: skip


class Recorder(BaseRequest):
    """Records each request's URL and form fields; answers with a canned body."""

    def __init__(self, status: int = 200, body: dict[str, Any] | None = None) -> None:
        self.sent: list[tuple[str, list[tuple[str, str]]]] = []
        self.status = status
        self.body = body

    @property
    def read_timeout(self) -> float | None:
        return None

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def do_request(
        self, url: str, method: str, request_data: RequestData | None = None, *args: Any,
        **kwargs: Any,
    ) -> tuple[int, bytes]:  # fmt: skip
        assert request_data is not None
        self.sent.append((url, list(request_data.json_parameters.items())))
        fields = dict(request_data.json_parameters)
        body = self.body or {"ok": True, "result": {
            "message_id": int(fields["message_id"]), "date": 0, "text": fields["text"],
            "chat": {"id": int(fields["chat_id"]), "type": "private"},
        }}  # fmt: skip
        return self.status, json.dumps(body).encode()


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
