"""First and last handler groups: load state and bind the locale; save the session if it changed."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import Application, ApplicationHandlerStop, TypeHandler

from bot.context import BotContext
from bot.i18n import resolve_locale, set_locale
from handlers import throttle

log = logging.getLogger(__name__)

LOAD_GROUP = -100
SAVE_GROUP = 100


async def load_state(update: Update, context: BotContext) -> None:
    """Skip duplicates, read session and locales in one round trip, bind the locale."""
    user = update.effective_user
    chat = update.effective_chat
    default = context.services.config.default_language
    if user is None:
        # Channel posts and the like: only the chat's own language can apply.
        set_locale(default)
        return
    loaded = await context.services.store.load(
        user.id, update_id=update.update_id, chat_id=chat.id if chat else None,
        count=throttle.counted(update),
    )
    if loaded.duplicate:
        log.info("update %s delivered again; skipped", update.update_id)
        raise ApplicationHandlerStop
    context.loaded = loaded
    throttle.observe(update, user.id, loaded)
    in_group = chat is not None and chat.type != chat.PRIVATE
    stored = loaded.chat_locale if in_group and loaded.chat_locale else loaded.user_locale
    set_locale(resolve_locale(stored, user.language_code, default))


async def save_state(update: Update, context: BotContext) -> None:
    user = update.effective_user
    if user is not None and context.loaded is not None:
        await context.services.store.save(user.id, context.loaded)


def register(app: Application) -> None:  # type: ignore[type-arg]
    app.add_handler(TypeHandler(Update, load_state), group=LOAD_GROUP)
    app.add_handler(TypeHandler(Update, save_state), group=SAVE_GROUP)
    throttle.register(app)
