"""The admin's broadcast draft in the Redis session, and what every step of the flow shares."""

from __future__ import annotations

import asyncio
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message
from telegram.error import RetryAfter

from bot import callbacks
from bot.broadcast.delivery import retry_seconds
from bot.context import BotContext
from bot.i18n import SUPPORTED_LOCALES, _, pgettext
from bot.screens.home import language_in_text

DRAFT = "bc"
AUDIENCES = ("all", "groups", "channels", *(f"lang:{code}" for code in SUPPORTED_LOCALES))


def _b(arg: str) -> str:
    return callbacks.encode(callbacks.BROADCAST, arg)


def keyboard(*rows: list[tuple[str, str]]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=_b(arg))
                                  for label, arg in row] for row in rows])


def cancel_row() -> list[tuple[str, str]]:
    return [(pgettext("button", "✖️ Cancel"), "x")]


def is_admin(context: BotContext, user_id: int | None) -> bool:
    return user_id is not None and user_id in context.services.config.admin_ids


def refusal() -> str:
    return _("Sorry, only the bot's admins can send broadcasts.")


def draft(context: BotContext) -> dict[str, Any] | None:
    if context.loaded is None or not context.loaded.available:
        return None
    value = context.loaded.session.data.get(DRAFT)
    return value if isinstance(value, dict) else None


def set_draft(context: BotContext, value: dict[str, Any] | None) -> None:
    if context.loaded is None:
        return
    if value is None:
        context.loaded.session.data.pop(DRAFT, None)
    else:
        context.loaded.session.data[DRAFT] = value


def audience_name(audience: str) -> str:
    names = {"all": _("all subscribed chats"), "groups": _("groups"),
             "channels": _("channels")}
    if audience.startswith("lang:"):
        return _("chats in {language}").format(language=language_in_text(audience[5:]))
    return names.get(audience, audience)


async def send_waiting(message: Message, text: str, **kwargs: Any) -> Message:
    """Send into the admin's chat, waiting out a 429: a preview is several messages at once,
    and an admin typing fast meets the private chat's limit too."""
    for _attempt in range(2):
        try:
            return await message.chat.send_message(text, **kwargs)
        except RetryAfter as exc:
            await asyncio.sleep(retry_seconds(exc))
    return await message.chat.send_message(text, **kwargs)
