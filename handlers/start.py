"""/start and /help: the main menu (or the screen a deep link names), and how to use the bot."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CommandHandler

from bot.addresses import Address, Help, Node
from bot.context import BotApplication, BotContext
from bot.i18n import _
from bot.screens import render
from bot.state.session import HOME
from handlers._show import send_screen


async def start(update: Update, context: BotContext) -> None:
    args = context.args or []
    if args:
        node = Node.from_payload(args[0])
        screen = render(node) if node is not None else None
        if node is not None and screen is not None:
            await send_screen(update, context, screen, [HOME, Address(node).pack()])
            return
    home = render(HOME)
    assert home is not None
    if args:
        home = home.with_note(_("That link does not lead anywhere I know."))
    await send_screen(update, context, home, [HOME])


async def show_help(update: Update, context: BotContext) -> None:
    screen = render(Help())
    assert screen is not None
    await send_screen(update, context, screen, [HOME, Help().pack()])


def register(app: BotApplication) -> None:
    app.add_handler(CommandHandler(["start", "menu"], start))
    app.add_handler(CommandHandler("help", show_help))
