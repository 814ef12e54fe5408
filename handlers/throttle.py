"""Per-user rate limit: past RATE_LIMIT updates in a window, one polite note, then silence.

The count rides in the state load's pipeline (bot/state/store.py), so it costs no round trip.
Inline queries are not counted: Telegram sends one per keystroke while the user types.
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import Application, ApplicationHandlerStop, BaseHandler

from bot.context import BotContext
from bot.i18n import _
from bot.state.store import RATE_WINDOW_SECONDS, Loaded

log = logging.getLogger(__name__)

RATE_LIMIT = 20  # updates per user per RATE_WINDOW_SECONDS
THROTTLE_GROUP = -50  # after the state load (-100), before every feature handler
_throttled: set[tuple[int, int]] = set()  # (user id, update id) being dropped; at most in flight


def counted(update: Update) -> bool:
    return update.inline_query is None and update.chosen_inline_result is None


def observe(update: Update, user_id: int, loaded: Loaded) -> None:
    """Called by the state load: mark the update when its user is over the limit."""
    if loaded.recent > RATE_LIMIT:
        _throttled.add((user_id, update.update_id))


class ThrottledHandler(BaseHandler[Update, BotContext, None]):
    """Matches only the updates `observe` marked."""

    def check_update(self, update: object) -> bool:
        if not isinstance(update, Update) or update.effective_user is None:
            return False
        return (update.effective_user.id, update.update_id) in _throttled


async def slow_down(update: Update, context: BotContext) -> None:
    user = update.effective_user
    assert user is not None
    _throttled.discard((user.id, update.update_id))
    loaded = context.loaded
    if loaded is not None and loaded.recent == RATE_LIMIT + 1:
        log.info("user %s is over %s updates in %ss; throttled", user.id, RATE_LIMIT,
                 RATE_WINDOW_SECONDS)
        note = _("You are sending messages very fast. I will answer again in a few seconds.")
        chat = update.effective_chat
        if update.callback_query is not None:
            await update.callback_query.answer(note)
        elif chat is not None and chat.type == chat.PRIVATE:
            await chat.send_message(note)
    raise ApplicationHandlerStop


def register(app: Application) -> None:  # type: ignore[type-arg]
    app.add_handler(ThrottledHandler(slow_down), group=THROTTLE_GROUP)
