"""The "Picture" button of a comparison: the picture, with the comparison's summary as caption."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import CallbackQueryHandler

from bot.callbacks import Picture
from bot.context import BotApplication, BotContext
from bot.i18n import _, current_locale
from bot.pictures.caption import caption, picture_id
from bot.pictures.send import PictureSender

log = logging.getLogger(__name__)


def sender(context: BotContext) -> PictureSender:
    return context.services.pictures


async def on_picture(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    tap = Picture.unpack(query.data)
    text = caption(tap) if tap is not None else None
    chat = update.effective_chat
    if tap is None or text is None or chat is None:
        # An old or forged button: say so, never raise.
        log.info("stale picture button %r", (query.data or "")[:64])
        await query.answer(_("That button is from an older menu."))
        return
    await query.answer()
    await sender(context).send(context.bot, chat.id, current_locale(), picture_id(tap),
                               caption=text, parse_mode=ParseMode.HTML)


def register(app: BotApplication) -> None:
    app.add_handler(CallbackQueryHandler(on_picture, pattern=Picture.claims()))
