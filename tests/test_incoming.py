"""A tapped message reaches the handlers without its keyboard and formatting, on every path."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from telegram import Message, Update
from telegram.error import TelegramError
from telegram.ext import ExtBot

from bot.serving.incoming import without_unread_parts
from bot.serving.polling import InboxedUpdates
from tests.recording_request import Recorder

TOKEN = "123456789:incoming-test-token-abcdefghijk"
TAP: dict[str, Any] = {
    "update_id": 41,
    "callback_query": {
        "id": "7", "chat_instance": "1", "data": "g:cmp",
        "from": {"id": 5, "is_bot": False, "first_name": "Ana"},
        "message": {
            "message_id": 9, "date": 1_700_000_000,
            "chat": {"id": 5, "type": "private", "first_name": "Ana"},
            "from": {"id": 1, "is_bot": True, "first_name": "Card Guide"},
            "text": "Which card?", "entities": [{"type": "bold", "offset": 0, "length": 5}],
            "reply_markup": {"inline_keyboard": [[{"text": "⬅️ Back", "callback_data": "b"}]]},
        },
    },
}  # fmt: skip
TEXT: dict[str, Any] = {
    "update_id": 42,
    "message": {
        "message_id": 10, "date": 1_700_000_001, "text": "/start now",
        "chat": {"id": 5, "type": "private", "first_name": "Ana"},
        "from": {"id": 5, "is_bot": False, "first_name": "Ana"},
        "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
    },
}  # fmt: skip


class Garbled(Recorder):
    """Answers every call with bytes that are not JSON."""

    def answer(self, fields: dict[str, Any]) -> bytes:
        return b"\xff not json"


class KeptUpdates:
    """The two calls InboxedUpdates makes on the inbox; records what it was asked to keep."""

    def __init__(self) -> None:
        self.kept: dict[int, str] = {}

    async def settle(self, ids: list[int], wait: float = 0.0) -> None:
        return None

    def expect(self, entries: dict[int, str]) -> None:
        self.kept.update(entries)


async def test_a_polled_tap_keeps_what_handlers_read_and_drops_the_keyboard() -> None:
    inbox = KeptUpdates()
    polled = Recorder(body={"ok": True, "result": [TAP, TEXT]})
    bot = ExtBot(TOKEN, get_updates_request=InboxedUpdates(polled, inbox))
    tap, text = await bot.get_updates()
    assert tap.callback_query is not None
    message = tap.callback_query.message
    assert isinstance(message, Message)  # still editable: not an InaccessibleMessage
    assert (message.chat_id, message.message_id, message.text) == (5, 9, "Which card?")
    assert tap.callback_query.data == "g:cmp"
    assert message.reply_markup is None and message.entities == ()
    # Only the tapped message loses anything: a command keeps its entities.
    assert text.message is not None and text.message.entities[0].type == "bot_command"
    # The inbox keeps the same shortened update, and it reads back to the same thing.
    assert set(inbox.kept) == {41, 42}
    assert Update.de_json(json.loads(inbox.kept[41]), bot) == tap
    assert "reply_markup" not in inbox.kept[41]


def test_anything_but_a_tap_is_left_as_it_is() -> None:
    for odd in (TEXT, {"update_id": 1}, [], "x", {"callback_query": {"message": 3}}):
        assert without_unread_parts(copy.deepcopy(odd)) == odd


async def test_an_unreadable_getupdates_answer_is_reported_by_ptb_as_before() -> None:
    inbox = KeptUpdates()
    bot = ExtBot(TOKEN, get_updates_request=InboxedUpdates(Garbled(), inbox))
    with pytest.raises(TelegramError, match="Invalid server response"):
        await bot.get_updates()
    assert inbox.kept == {}
