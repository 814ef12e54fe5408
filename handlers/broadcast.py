"""Wiring of the broadcast feature: chat registry handlers, /broadcast, /broadcasts.

Registered before the questions handler, so that an admin's text reaches a waiting draft first
(handlers/broadcast_compose.py hands any other text on to the questions handler).
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.callbacks import Broadcast, DraftButton, JobControl
from bot.context import BotApplication, BotContext
from handlers import (
    broadcast_compose,
    broadcast_control,
    broadcast_draft,
    chats,
)


async def on_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    tap = Broadcast.unpack(query.data)
    user = query.from_user
    if not broadcast_draft.is_admin(context, user.id if user else None):
        await query.answer(broadcast_draft.refusal(), show_alert=True)
    elif isinstance(tap, DraftButton):
        await broadcast_compose.on_button(update, context, tap)
    else:
        control = tap if isinstance(tap, JobControl) else None
        await broadcast_control.on_control(update, context, control)


def register(app: BotApplication) -> None:
    chats.register(app)
    services = app.bot_data.services
    private = filters.ChatType.PRIVATE
    app.add_handler(CommandHandler("broadcast", broadcast_compose.start, private))
    app.add_handler(CommandHandler("broadcasts", broadcast_control.show, private))
    app.add_handler(CallbackQueryHandler(on_button, pattern=Broadcast.claims()))
    admins = filters.User(user_id=list(services.config.admin_ids), allow_empty=False)
    app.add_handler(MessageHandler(
        private & admins & filters.TEXT & ~filters.COMMAND, broadcast_compose.on_text))
    app.add_handler(MessageHandler(private & admins & filters.PHOTO, broadcast_compose.on_photo))
