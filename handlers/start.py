"""/start and /help: the main menu (or the screen a deep link names), and how to use the bot."""

from __future__ import annotations

import re

from telegram import Update
from telegram.ext import CommandHandler

from bot.context import BotApplication, BotContext
from bot.i18n import _
from bot.screens import render
from bot.state.session import HOME
from handlers._show import send_screen

_PAYLOAD = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
HELP = "help"


def payload_node(payload: str) -> str:
    """Deep-link payloads use '-' where nodes use ':' (t.me allows only A-Z a-z 0-9 _ -)."""
    return payload.replace("-", ":")


async def start(update: Update, context: BotContext) -> None:
    args = context.args or []
    if args:
        node = payload_node(args[0]) if _PAYLOAD.match(args[0]) else ""
        screen = render(node) if node else None
        if screen is not None:
            await send_screen(update, context, screen, [HOME, node])
            return
    home = render(HOME)
    assert home is not None
    if args:
        home = home.with_note(_("That link does not lead anywhere I know."))
    await send_screen(update, context, home, [HOME])


async def show_help(update: Update, context: BotContext) -> None:
    screen = render(HELP)
    assert screen is not None
    await send_screen(update, context, screen, [HOME, HELP])


def register(app: BotApplication) -> None:
    app.add_handler(CommandHandler(["start", "menu"], start))
    app.add_handler(CommandHandler("help", show_help))
