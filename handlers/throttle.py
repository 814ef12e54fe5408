"""Per-user rate limit: past RATE_LIMIT updates in a window, one polite note, then silence.

The count rides in the state load's pipeline (bot/state/store.py), so it costs no round trip; the
update pipeline (bot/serving/pipeline.py) asks `over_limit` and, if so, runs `slow_down` instead of
the handlers. Inline queries are not counted: Telegram sends one per keystroke while the user types.
"""

from __future__ import annotations

import logging

from telegram import Update

from bot.i18n import _
from bot.state.store import RATE_WINDOW_SECONDS, Loaded

log = logging.getLogger(__name__)

RATE_LIMIT = 20  # updates per user per RATE_WINDOW_SECONDS


def counted(update: Update) -> bool:
    return update.inline_query is None and update.chosen_inline_result is None


def over_limit(loaded: Loaded) -> bool:
    return loaded.recent > RATE_LIMIT


async def slow_down(update: Update, loaded: Loaded) -> None:
    """The first update over the limit gets the note; the rest of the window gets nothing."""
    if loaded.recent != RATE_LIMIT + 1:
        return
    user = update.effective_user
    log.info("user %s is over %s updates in %ss; throttled", user.id if user else None,
             RATE_LIMIT, RATE_WINDOW_SECONDS)
    note = _("You are sending messages very fast. I will answer again in a few seconds.")
    chat = update.effective_chat
    if update.callback_query is not None:
        await update.callback_query.answer(note)
    elif chat is not None and chat.type == chat.PRIVATE:
        await chat.send_message(note)
