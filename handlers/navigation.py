"""Menu taps: go to a node, Back, Home; an unknown or stale button gets a note and the main menu.

Each menu message keeps its own path (`bot.state.session`), so Back retraces what that message
showed. In a group, a message belongs to the member it was made for: anyone else who taps it is
sent on to a private chat, and the message stays as everyone sees it.
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import CallbackQueryHandler

from bot.callbacks import Back, Go, GoHome, Tap
from bot.context import BotApplication, BotContext
from bot.i18n import _
from bot.screens import render
from bot.state.session import HOME, backward, forward
from handlers._show import (
    answered_privately,
    edit_screen,
    edit_to_home,
    message_key,
    session_of,
    tapped_message,
)

log = logging.getLogger(__name__)


def stale_note() -> str:
    return _("That button is from an older menu. Here is the main menu.")


def next_path(tap: Tap | None, path: list[str] | None) -> list[str] | None:
    """The path of the tapped message after the tap; None for a button that leads nowhere
    (unknown, or Back on a message whose path is gone)."""
    if isinstance(tap, GoHome):
        return [HOME]
    if isinstance(tap, Go):
        return forward(path or [], tap.target.pack())
    if isinstance(tap, Back) and path is not None:
        return backward(path)
    return None


async def on_tap(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    message = tapped_message(update)
    session = session_of(context)
    path = session.path(message_key(message)) if session and message else None
    shown = next_path(Tap.unpack(query.data), path)
    screen = render(shown[-1]) if shown else None
    if await answered_privately(update, context, shown[-1] if shown and screen else HOME):
        return
    if screen is None or shown is None:
        log.info("stale or unknown button %r", (query.data or "")[:64])
        await query.answer(stale_note())
        home = render(HOME)
        assert home is not None
        await edit_to_home(update, context, home.with_note(stale_note()))
        return
    await query.answer()
    await edit_screen(update, context, screen, shown)


def register(app: BotApplication) -> None:
    # Registered after the feature modules, so it catches every tap nobody else claimed.
    app.add_handler(CallbackQueryHandler(on_tap))
