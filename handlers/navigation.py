"""Menu taps: go to a node, Back, Home; an unknown or stale button gets a note and the main menu."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import CallbackQueryHandler

from bot import callbacks
from bot.context import BotApplication, BotContext
from bot.i18n import _
from bot.screens import render
from bot.state.session import HOME
from handlers._show import edit

log = logging.getLogger(__name__)


def stale_note() -> str:
    return _("That button is from an older menu. Here is the main menu.")


async def on_tap(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    tap = callbacks.decode(query.data)
    session = context.loaded.session if context.loaded is not None else None
    node: str | None
    if tap is None or tap.kind not in (callbacks.GO, callbacks.BACK, callbacks.HOME):
        node = None
    elif tap.kind == callbacks.HOME:
        node = HOME
    elif tap.kind == callbacks.BACK:
        node = session.back() if session is not None else None
    else:
        node = tap.arg
    screen = render(node) if node is not None else None
    if screen is None or node is None:
        log.info("stale or unknown button %r", (query.data or "")[:64])
        await query.answer(stale_note())
        if session is not None:
            session.go(HOME)
        home = render(HOME)
        assert home is not None
        await edit(update, home.with_note(stale_note()))
        return
    if session is not None and tap is not None and tap.kind != callbacks.BACK:
        session.go(node)
    await query.answer()
    await edit(update, screen)


def register(app: BotApplication) -> None:
    # Registered after the feature modules, so it catches every tap nobody else claimed.
    app.add_handler(CallbackQueryHandler(on_tap))
