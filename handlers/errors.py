"""The last line: log any handler error and tell the user something went wrong."""

from __future__ import annotations

import logging

from redis.exceptions import RedisError
from telegram import Update
from telegram.error import TelegramError

from bot.context import BotApplication, BotContext
from bot.i18n import _

log = logging.getLogger(__name__)


async def on_error(update: object, context: BotContext) -> None:
    update_id = update.update_id if isinstance(update, Update) else None
    log.error("update %s failed", update_id, exc_info=context.error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    if update.effective_chat.type != "private":
        return
    if isinstance(context.error, RedisError):
        text = _("I can't save anything right now. The menus still work; please try this again "
                 "in a minute.")
    else:
        text = _("Something went wrong. Please try again.")
    try:
        if update.callback_query is not None:
            await update.callback_query.answer(text[:200], show_alert=True)
        else:
            await update.effective_chat.send_message(text)
    except TelegramError as exc:
        log.warning("could not report the error to chat %s: %s", update.effective_chat.id, exc)


def register(app: BotApplication) -> None:
    app.add_error_handler(on_error)
