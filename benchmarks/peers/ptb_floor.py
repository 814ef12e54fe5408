"""The floor: a bare python-telegram-bot Application making the same Bot API calls per tap.

No Redis, no i18n, no knowledge base at run time: answerCallbackQuery, then editMessageText with
our bot's own screen for the button, rendered once before the load (peers/screens.py).
Whatever our bot costs above this is our own code.
"""

from __future__ import annotations

from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.ext import Application, ApplicationBuilder, CallbackQueryHandler, ContextTypes
from telegram.request import BaseRequest

from benchmarks.peers.screens import TARGETS, screen_for


def _payload(data: str) -> tuple[str, InlineKeyboardMarkup]:
    text, rows = screen_for(data)
    return text, InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=cb) for label, cb in row] for row in rows]
    )


PAYLOADS = {data: _payload(data) for data in TARGETS}


async def on_tap(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query is not None
    text, markup = PAYLOADS.get(query.data or "", PAYLOADS[TARGETS[0]])
    await query.answer()
    await query.edit_message_text(
        text, parse_mode=ParseMode.HTML, reply_markup=markup, disable_web_page_preview=True
    )


def build_floor(
    token: str, api_url: str, request: BaseRequest, updates_request: BaseRequest
) -> Application[Any, Any, Any, Any, Any, Any]:
    app = (
        ApplicationBuilder()
        .token(token)
        .base_url(f"{api_url}/bot")
        .base_file_url(f"{api_url}/file/bot")
        .request(request)
        .get_updates_request(updates_request)
        .concurrent_updates(256)
        .build()
    )
    app.add_handler(CallbackQueryHandler(on_tap))
    return app
