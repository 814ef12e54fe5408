"""Put a screen in front of the user: edit the tapped message, or send a new one."""

from __future__ import annotations

import logging

from telegram import Message, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest

from bot.context import BotContext
from bot.screens import Screen
from bot.serving.unread_calls import edit_message_text
from bot.state.session import HOME

log = logging.getLogger(__name__)


async def send(update: Update, screen: Screen) -> Message | None:
    chat = update.effective_chat
    if chat is None:
        return None
    return await chat.send_message(
        screen.text, parse_mode=ParseMode.HTML, reply_markup=screen.markup(),
        disable_web_page_preview=True,
    )


async def edit(update: Update, screen: Screen) -> None:
    """Edit in place; fall back to a new message when the old one can no longer be edited."""
    query = update.callback_query
    message = query.message if query is not None else None
    if not isinstance(message, Message):
        await send(update, screen)
        return
    try:
        await edit_message_text(message.get_bot(), message, screen.text, screen.markup_json)
    except BadRequest as exc:
        if "not modified" in exc.message:
            return
        log.info("could not edit message %s (%s); sending a new one", message.message_id, exc)
        await send(update, screen)


def place(context: BotContext, node: str) -> None:
    """Record in the session that the user now stands on `node`."""
    if context.loaded is not None:
        context.loaded.session.go(node)


def reset_home(context: BotContext) -> None:
    place(context, HOME)
