"""Put a screen in front of the user: edit the tapped message, or send a new one, and keep the
path each menu message has shown (for its Back) in the session."""

from __future__ import annotations

import logging

from telegram import Chat, Message, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest

from bot.addresses import Address, Home
from bot.context import BotContext
from bot.i18n import _
from bot.screens import Screen
from bot.screens.links import guide_url
from bot.serving.unread_calls import edit_message_text
from bot.state.session import HOME, Session

log = logging.getLogger(__name__)


def message_key(message: Message) -> str:
    """A message's key in its reader's session: message ids are unique only within a chat."""
    if message.chat.type == message.chat.PRIVATE:
        return str(message.message_id)
    return f"{message.chat_id}/{message.message_id}"


def session_of(context: BotContext) -> Session | None:
    return context.loaded.session if context.loaded is not None else None


def tapped_message(update: Update) -> Message | None:
    query = update.callback_query
    message = query.message if query is not None else None
    return message if isinstance(message, Message) else None


async def send(update: Update, screen: Screen) -> Message | None:
    chat = update.effective_chat
    if chat is None:
        return None
    return await chat.send_message(
        screen.text, parse_mode=ParseMode.HTML, reply_markup=screen.markup(),
        disable_web_page_preview=True,
    )


async def send_screen(
    update: Update, context: BotContext, screen: Screen, path: list[str]
) -> Message | None:
    """Send a new menu message that starts its own path (`path[-1]` is the node it shows)."""
    message = await send(update, screen)
    session = session_of(context)
    if message is not None and session is not None:
        session.set_path(message_key(message), path)
    return message


async def edit(update: Update, screen: Screen) -> Message | None:
    """Edit in place; fall back to a new message when the old one can no longer be edited.

    Returns the message that shows the screen now (None when nothing could be shown).
    """
    message = tapped_message(update)
    if message is None:
        return await send(update, screen)
    try:
        await edit_message_text(message.get_bot(), message, screen.text, screen.markup_json)
    except BadRequest as exc:
        if "not modified" in exc.message:
            return message
        log.info("could not edit message %s (%s); sending a new one", message.message_id, exc)
        return await send(update, screen)
    return message


async def edit_screen(
    update: Update, context: BotContext, screen: Screen, path: list[str]
) -> None:
    """Show a screen in the tapped message; `path` becomes the path of the message showing it."""
    shown = await edit(update, screen)
    session = session_of(context)
    if shown is not None and session is not None:
        session.set_path(message_key(shown), path)


async def edit_to_home(update: Update, context: BotContext, screen: Screen) -> None:
    """Show Home (perhaps with a note) in the tapped message, whose path starts again there."""
    await edit_screen(update, context, screen, [HOME])


def someone_elses_note() -> str:
    return _("This answer was for someone else, so it stays as it is. "
             "I will show you the rest in a private chat.")


async def answered_privately(update: Update, context: BotContext, node: str) -> bool:
    """True when the tapped group message was made for someone else: the tap is answered with
    a link that opens `node` in a private chat, and the message is left as it is."""
    query = update.callback_query
    message = tapped_message(update)
    session = session_of(context)
    if query is None or message is None or message.chat.type == Chat.PRIVATE:
        return False
    if session is not None and session.path(message_key(message)) is not None:
        return False
    target = Address.unpack(node) or Address(Home())
    await query.answer(someone_elses_note(), url=guide_url(context.bot.username, target))
    return True
