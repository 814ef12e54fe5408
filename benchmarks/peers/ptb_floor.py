"""The floor: a bare python-telegram-bot Application making the same Bot API calls per tap.

No Redis, no i18n, no knowledge base: answerCallbackQuery, then editMessageText with a screen the
size of ours. Whatever our bot costs above this is our own code.
"""

from __future__ import annotations

from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.ext import Application, ApplicationBuilder, CallbackQueryHandler, ContextTypes
from telegram.request import BaseRequest

from benchmarks.peers.screens import keyboard_rows, screen_text

MARKUP = InlineKeyboardMarkup(
    [[InlineKeyboardButton(label, callback_data=data) for label, data in row]
     for row in keyboard_rows()]
)


async def on_tap(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query is not None
    await query.answer()
    await query.edit_message_text(
        screen_text(query.data), parse_mode=ParseMode.HTML, reply_markup=MARKUP,
        disable_web_page_preview=True,
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
