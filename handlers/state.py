"""First and last handler groups: load state and bind the locale; save the session if it changed."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import Application, ApplicationHandlerStop, TypeHandler

from bot.context import BotContext
from bot.i18n import resolve_locale, set_locale
from bot.serving.inbox import INBOX, UpdateInbox
from bot.state.store import Loaded
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
    inbox: UpdateInbox | None = context.bot_data.get(INBOX)
    keep = inbox.entry_for_load(update.update_id) if inbox is not None else None
    loaded: Loaded | None = None
    try:
        loaded = await context.services.store.load(
            user.id, update_id=update.update_id, chat_id=chat.id if chat else None,
            count=throttle.counted(update), keep=keep,
        )
    finally:
        if inbox is not None and keep is not None:
            inbox.loaded(update.update_id, kept=loaded is not None and loaded.available)
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
    if user is None or context.loaded is None:
        return
    loaded = context.loaded
    inbox: UpdateInbox | None = context.bot_data.get(INBOX)
    # The update's inbox copy goes with the session write; without one, in the next batch.
    writes = loaded.available and loaded.changed
    drop = inbox.entry_for_save(update.update_id) if inbox is not None and writes else None
    await context.services.store.save(user.id, loaded, drop=drop)
    if inbox is not None and drop is not None and not loaded.available:
        inbox.not_dropped(update.update_id)


def register(app: Application) -> None:  # type: ignore[type-arg]
    app.add_handler(TypeHandler(Update, load_state), group=LOAD_GROUP)
    app.add_handler(TypeHandler(Update, save_state), group=SAVE_GROUP)
    throttle.register(app)
