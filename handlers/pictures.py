"""The "Picture" button of a comparison: the picture, with the comparison's summary as caption."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import CallbackQueryHandler

from bot import callbacks
from bot.context import BotApplication, BotContext
from bot.i18n import _, current_locale
from bot.knowledge.model import comparison_id
from bot.pictures.caption import caption
from bot.pictures.send import PictureSender
from bot.pictures.tables import OVERVIEW

log = logging.getLogger(__name__)


def sender(context: BotContext) -> PictureSender:
    return context.services.pictures


def picture_id(arg: str) -> str:
    a, _sep, b = arg.partition(":")
    return OVERVIEW if arg == OVERVIEW else comparison_id(a, b)


async def on_picture(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    tap = callbacks.decode(query.data)
    text = caption(tap.arg) if tap is not None else None
    chat = update.effective_chat
    if tap is None or text is None or chat is None:
        # An old or forged button: say so, never raise.
        log.info("stale picture button %r", (query.data or "")[:64])
        await query.answer(_("That button is from an older menu."))
        return
    await query.answer()
    await sender(context).send(context.bot, chat.id, current_locale(), picture_id(tap.arg),
                               caption=text, parse_mode=ParseMode.HTML)


def register(app: BotApplication) -> None:
    app.add_handler(CallbackQueryHandler(on_picture, pattern=rf"^{callbacks.PICTURE}(:|$)"))
