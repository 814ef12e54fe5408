"""/start and /help: the main menu (or the screen a deep link names), and how to use the bot.

Also binds each update's venue (bot/venue.py) before any feature renders a screen.
"""

from __future__ import annotations

import re

from telegram import Update
from telegram.ext import Application, CommandHandler, TypeHandler

from bot.context import BotContext
from bot.i18n import _
from bot.screens import render
from bot.state.session import HOME
from bot.venue import bind_venue
from handlers._show import send_screen

_PAYLOAD = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
HELP = "help"
# Before the state load (-100) and every feature; outside the feature groups that the metrics
# name a handler after (bot/serving/instrument.py).
VENUE_GROUP = -110


def payload_node(payload: str) -> str:
    """Deep-link payloads use '-' where nodes use ':' (t.me allows only A-Z a-z 0-9 _ -)."""
    return payload.replace("-", ":")


async def bind(update: Update, context: BotContext) -> None:
    bind_venue(update.effective_chat, context.bot.username)


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


def register(app: Application) -> None:  # type: ignore[type-arg]
    app.add_handler(TypeHandler(Update, bind), group=VENUE_GROUP)
    app.add_handler(CommandHandler(["start", "menu"], start))
    app.add_handler(CommandHandler("help", show_help))
