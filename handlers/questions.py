"""Typed questions in private, or addressed to the bot in groups: the best match and two more,
"Did you mean", the honest "not covered", or a word back for small talk."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardButton, Message, Update
from telegram.ext import CallbackQueryHandler, MessageHandler, filters

from bot.addresses import Address, Node
from bot.callbacks import Translate
from bot.context import BotApplication, BotContext
from bot.i18n import SUPPORTED_LOCALES, current_locale, pgettext, use_locale
from bot.screens import Screen, render, replies
from bot.screens.base import button
from bot.screens.titles import title
from bot.search import DID_YOU_MEAN, GREETING, THANKS, Reply, detect_language, understand
from bot.state.session import HOME, forward
from bot.stats import Stats
from handlers._show import (
    answered_privately,
    edit_screen,
    message_key,
    send_screen,
    session_of,
    tapped_message,
)

log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 512


def answer_screen(text: str) -> tuple[Screen, Reply]:
    """The screen answering `text`, and how the search read it."""
    reply = understand(text[:MAX_QUESTION_CHARS])
    if reply.kind in (GREETING, THANKS):
        return replies.small_talk(reply.kind), reply
    if reply.kind == DID_YOU_MEAN:
        return replies.did_you_mean(reply.hits), reply
    screen = render(reply.node) if reply.node else None
    if screen is None:
        return replies.not_covered(reply.gap, reply.hits), reply
    others = (node for hit in reply.hits[1:] if (node := Node.unpack(hit.node)) is not None)
    labels = ((title(node, short=True), node) for node in others)
    rows = [[button("➡️ " + label, node)] for label, node in labels if label]
    asked_in = detect_language(text)
    best = Address.unpack(reply.hits[0].node)
    if (asked_in and asked_in != current_locale() and asked_in in SUPPORTED_LOCALES
            and best is not None):
        with use_locale(asked_in):
            label = pgettext("button", "🌐 Read this in English")
        rows.append([InlineKeyboardButton(label, callback_data=Translate(asked_in, best).pack())])
    return Screen(screen.text, [*rows, *screen.rows]), reply


async def on_question(update: Update, context: BotContext) -> None:
    message = update.effective_message
    if not isinstance(message, Message) or not message.text:
        return
    text = message.text
    if message.chat.type != message.chat.PRIVATE and not _addressed(message, context):
        return
    bot_name = context.bot.username
    if bot_name:
        text = text.replace(f"@{bot_name}", " ")
    screen, reply = answer_screen(text)
    # The answer's own path: Back on it leads Home, and in a group it marks whom it was for.
    await send_screen(update, context, screen, [HOME, reply.node] if reply.node else [HOME])
    services = context.services
    # Counted beside the reply, not before the handler ends: a count never delays an answer.
    context.application.create_task(
        Stats(services.redis, services.config.key_prefix).question(reply), update=update
    )


def _addressed(message: Message, context: BotContext) -> bool:
    """In groups the bot speaks only when mentioned or replied to, so it never floods a chat."""
    replied = message.reply_to_message
    author = replied.from_user if replied is not None else None
    if author is not None and author.id == context.bot.id:
        return True
    # A mention counts in a reply to someone else too: the Search screen and help promise so.
    return f"@{context.bot.username}".lower() in (message.text or "").lower()


async def on_translate(update: Update, context: BotContext) -> None:
    """Show one screen in another language without changing the user's choice."""
    query = update.callback_query
    assert query is not None
    tap = Translate.unpack(query.data)
    if tap is None or tap.locale not in SUPPORTED_LOCALES:
        await query.answer()
        return
    locale, node = tap.locale, tap.target.pack()
    if await answered_privately(update, context, node if render(node) else HOME):
        return
    with use_locale(locale):
        screen = render(node)
    await query.answer()
    if screen is not None:
        message = tapped_message(update)
        session = session_of(context)
        path = session.path(message_key(message)) if session and message else None
        await edit_screen(update, context, screen, forward(path or [HOME], node))


def register(app: BotApplication) -> None:
    addressed = filters.Entity("mention") | filters.REPLY
    text = filters.TEXT & ~filters.COMMAND
    app.add_handler(MessageHandler(text & filters.ChatType.PRIVATE, on_question))
    app.add_handler(MessageHandler(text & filters.ChatType.GROUPS & addressed, on_question))
    app.add_handler(CallbackQueryHandler(on_translate, pattern=Translate.claims()))
