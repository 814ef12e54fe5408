"""What nobody else handled: unknown commands, stickers and other media in private chats."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import MessageHandler, filters

from bot.context import BotApplication, BotContext
from bot.i18n import _
from bot.screens import render
from bot.state.session import HOME
from handlers._show import send_screen

log = logging.getLogger(__name__)


async def unknown_command(update: Update, context: BotContext) -> None:
    home = render(HOME)
    assert home is not None
    note = _("I don't know that command. Here is the main menu.")
    await send_screen(update, context, home.with_note(note), [HOME])


async def not_text(update: Update, context: BotContext) -> None:
    home = render(HOME)
    assert home is not None
    note = _("I can only read text. Pick a topic from the menu.")
    await send_screen(update, context, home.with_note(note), [HOME])


def register(app: BotApplication) -> None:
    private = filters.ChatType.PRIVATE
    app.add_handler(MessageHandler(private & filters.COMMAND, unknown_command))
    app.add_handler(
        MessageHandler(private & ~filters.TEXT & ~filters.StatusUpdate.ALL, not_text)
    )
