"""The admin's broadcast draft in the Redis session, and what every step of the flow shares."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message
from telegram.error import RetryAfter

from bot.broadcast.admins import is_bot_admin
from bot.broadcast.delivery import retry_seconds
from bot.broadcast.draft import Draft, Kind
from bot.broadcast.jobs import QUEUED, Job, JobStore
from bot.callbacks import Broadcast, DraftButton
from bot.context import BotContext
from bot.i18n import SUPPORTED_LOCALES, _, current_locale, pgettext
from bot.screens.home import language_name

DRAFT = "bc"  # the draft's key in session.data
WEEK_DAYS = 7  # a tip of the week repeats
CANCEL = DraftButton("x")  # offered at every step


def audiences() -> tuple[str, ...]:
    return ("all", "groups", "channels", *(f"lang:{code}" for code in SUPPORTED_LOCALES))


def keyboard(*rows: Sequence[tuple[str, Broadcast]]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=tap.pack())
                                  for label, tap in row] for row in rows])


def cancel_row() -> list[tuple[str, DraftButton]]:
    return [(pgettext("button", "✖️ Cancel"), CANCEL)]


def is_admin(context: BotContext, user_id: int | None) -> bool:
    return is_bot_admin(context.services.config, user_id)


def refusal() -> str:
    return _("Sorry, only the bot's admins can send broadcasts.")


# A step's handler for what the admin typed (or sent as a photo), and for a button press: the
# press's value is what follows the button's action ("lang:es" for "aud:lang:es"); False means
# the value is not one this step offers.
TypedStep = Callable[[Message, BotContext, Draft], Awaitable[None]]
ButtonStep = Callable[[Message, BotContext, Draft, str], Awaitable[bool]]


def draft(context: BotContext) -> Draft | None:
    """The admin's draft; None when there is none, or none this version can read."""
    if context.loaded is None or not context.loaded.available:
        return None
    return Draft.from_json(context.loaded.session.data.get(DRAFT))


def unreadable_draft(context: BotContext) -> bool:
    """Whether a draft is stored that this version cannot read (an earlier version's)."""
    if context.loaded is None or not context.loaded.available:
        return False
    stored = context.loaded.session.data.get(DRAFT)
    return stored is not None and Draft.from_json(stored) is None


def keep_draft(context: BotContext, current: Draft) -> None:
    if context.loaded is not None:
        context.loaded.session.data[DRAFT] = current.to_json()


def drop_draft(context: BotContext) -> None:
    if context.loaded is not None:
        context.loaded.session.data.pop(DRAFT, None)


def audience_name(audience: str) -> str:
    names = {"all": _("all subscribed chats"), "groups": _("groups"),
             "channels": _("channels")}
    if audience.startswith("lang:"):
        return _("chats in {language}").format(language=language_name(audience[5:]))
    return names.get(audience, audience)


async def create_job(context: BotContext, current: Draft, run_at: float, chat_id: int) -> Job:
    """The broadcast the draft describes, queued (or scheduled, for a later run_at)."""
    kind = current.kind or Kind.TEXT
    job = Job(
        id=0, status=QUEUED, kind=kind.value, audience=current.audience, admin_chat=chat_id,
        admin_locale=current_locale(), node=current.node, texts=dict(current.texts),
        run_at=run_at, photo=current.photo, repeat_days=WEEK_DAYS if kind is Kind.TIP else 0,
    )  # fmt: skip
    services = context.services
    return await JobStore(services.redis, services.config.key_prefix).create(job)


async def send_waiting(message: Message, text: str, *, photo: str = "",
                       **kwargs: Any) -> Message:
    """Send into the admin's chat (a photo with `text` as its caption when `photo` is given),
    waiting out a 429: a preview is several messages at once, and an admin typing fast meets
    the private chat's limit too."""

    async def send() -> Message:
        if photo:
            return await message.chat.send_photo(photo, caption=text or None, **kwargs)
        return await message.chat.send_message(text, **kwargs)

    for _attempt in range(2):
        try:
            return await send()
        except RetryAfter as exc:
            await asyncio.sleep(retry_seconds(exc))
    return await send()
