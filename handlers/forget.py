"""/forget: after a confirmation button, delete everything stored about the user and say what."""

from __future__ import annotations

import logging

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.callbacks import Forget
from bot.context import BotApplication, BotContext
from bot.i18n import _, pgettext

log = logging.getLogger(__name__)

CONFIRM = Forget(confirm=True).pack()
CANCEL = Forget(confirm=False).pack()


def _kind_names() -> dict[str, str]:
    return {
        "session": _("your place in the menus"),
        "locale": _("your language choice"),
        "seen": _("the record of updates already handled"),
        "channels": _("the list of channels you added me to"),
    }


async def ask(update: Update, context: BotContext) -> None:
    chat = update.effective_chat
    if chat is None:
        return
    keyboard = InlineKeyboardMarkup(
        [[
            InlineKeyboardButton(pgettext("button", "Delete my data"), callback_data=CONFIRM),
            InlineKeyboardButton(pgettext("button", "Keep it"), callback_data=CANCEL),
        ]]
    )
    await chat.send_message(
        _("This deletes everything I store about you: your place in the menus and your "
          "language choice. Continue?"),
        reply_markup=keyboard,
    )


async def answer(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None and query.from_user is not None
    await query.answer()
    if query.data != CONFIRM:
        await _tell(update, query, _("Nothing was deleted."))
        return
    deleted = await context.services.store.forget(query.from_user.id)
    # The loaded session would otherwise be written back by the pipeline (bot/serving/pipeline.py).
    context.loaded = None
    names = _kind_names()
    if deleted:
        listed = "\n".join(f"• {names.get(kind, kind)}" for kind in deleted)
        text = _("Deleted:") + "\n" + listed
    else:
        text = _("I had nothing stored about you.")
    await _tell(update, query, text)


async def _tell(update: Update, query: CallbackQuery, text: str) -> None:
    """Replace the question; when that message is gone or inline, say it in the chat instead."""
    try:
        await query.edit_message_text(text, parse_mode=ParseMode.HTML)
    except BadRequest as exc:
        chat = update.effective_chat
        if chat is None:
            log.info("could not show the /forget outcome: %s", exc)
            return
        await chat.send_message(text, parse_mode=ParseMode.HTML)


def register(app: BotApplication) -> None:
    app.add_handler(CommandHandler("forget", ask))
    app.add_handler(CallbackQueryHandler(answer, pattern=Forget.filter()))
