"""Typed questions in private, or addressed to the bot in groups: the best match and two more."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardButton, Message, Update
from telegram.ext import Application, CallbackQueryHandler, MessageHandler, filters

from bot import callbacks
from bot.context import BotContext
from bot.i18n import SUPPORTED_LOCALES, _, current_locale, pgettext, use_locale
from bot.screens import Screen, render
from bot.screens.base import button, nav_row
from bot.screens.titles import title
from bot.search import confident, detect_language, search
from bot.stats import Stats
from handlers._show import edit, place, send

log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 512


def answer_screen(text: str) -> tuple[Screen, str | None]:
    """The screen answering `text`, and the node it shows (None when nothing matched well)."""
    hits = search(text[:MAX_QUESTION_CHARS], limit=3)
    if not confident(hits):
        note = _("I could not find an answer to that in my sources. Try naming the cards, for "
                 "example <i>health card vs social security card</i>, or use the menu.")
        return Screen(note, [nav_row(back=False)]), None
    best = hits[0].node
    screen = render(best)
    if screen is None:
        return Screen(_("I could not find an answer to that."), [nav_row(back=False)]), None
    rows = [[button("➡️ " + label, hit.node)] for hit in hits[1:] if (label := title(hit.node))]
    asked_in = detect_language(text)
    if asked_in and asked_in != current_locale() and asked_in in SUPPORTED_LOCALES:
        with use_locale(asked_in):
            label = pgettext("button", "🌐 Read this in English")
        rows.append([InlineKeyboardButton(
            label, callback_data=callbacks.encode(callbacks.TRANSLATE, f"{asked_in}|{best}")
        )])
    return Screen(screen.text, [*rows, *screen.rows]), best


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
    screen, node = answer_screen(text)
    if node is not None:
        place(context, node)
    await send(update, screen)
    services = context.services
    await Stats(services.redis, services.config.key_prefix).question(text, node)


def _addressed(message: Message, context: BotContext) -> bool:
    """In groups the bot speaks only when mentioned or replied to, so it never floods a chat."""
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None:
        return replied.from_user.id == context.bot.id
    return f"@{context.bot.username}".lower() in (message.text or "").lower()


async def on_translate(update: Update, context: BotContext) -> None:
    """Show one screen in another language without changing the user's choice."""
    query = update.callback_query
    assert query is not None
    tap = callbacks.decode(query.data)
    locale, _sep, node = (tap.arg if tap else "").partition("|")
    if locale not in SUPPORTED_LOCALES:
        await query.answer()
        return
    with use_locale(locale):
        screen = render(node)
    await query.answer()
    if screen is not None:
        await edit(update, screen)


def register(app: Application) -> None:  # type: ignore[type-arg]
    addressed = filters.Entity("mention") | filters.REPLY
    text = filters.TEXT & ~filters.COMMAND
    app.add_handler(MessageHandler(text & filters.ChatType.PRIVATE, on_question))
    app.add_handler(MessageHandler(text & filters.ChatType.GROUPS & addressed, on_question))
    app.add_handler(CallbackQueryHandler(on_translate, pattern=rf"^{callbacks.TRANSLATE}:"))
