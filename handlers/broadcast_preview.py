"""The end of /broadcast: the audience, a preview of every message exactly as chats will get it,
and the confirmation (send now, or Schedule in handlers/broadcast_schedule.py)."""

from __future__ import annotations

import datetime as dt
import time

from telegram import Message
from telegram.constants import ParseMode

from bot.broadcast.content import TEXT_FOR_ALL, render_message, tip_node
from bot.broadcast.draft import Draft, Kind, Step
from bot.broadcast.jobs import JobStore
from bot.broadcast.registry import ChatRegistry
from bot.callbacks import DraftButton
from bot.context import BotContext
from bot.i18n import SUPPORTED_LOCALES, _, pgettext
from bot.screens.home import language_name, language_named_here
from handlers.broadcast_draft import (
    audience_name,
    audiences,
    cancel_row,
    create_job,
    drop_draft,
    keep_draft,
    keyboard,
    send_waiting,
)
from handlers.broadcast_schedule import ask_time


async def pick_audience(message: Message, context: BotContext, current: Draft,
                        audience: str) -> bool:
    """Step.AUDIENCE's buttons ("aud:<audience>"): then the preview."""
    if audience not in audiences() or current.kind is None:
        return False
    current.audience, current.step = audience, Step.CONFIRM
    keep_draft(context, current)
    await preview(message, context, current)
    return True


async def preview(message: Message, context: BotContext, current: Draft) -> None:
    """Each language's message exactly as chats will get it, then the confirmation."""
    kind = current.kind or Kind.TEXT
    node = tip_node(dt.datetime.now(dt.UTC)) if kind is Kind.TIP else current.node
    audience = current.audience
    locales = [audience[5:]] if audience.startswith("lang:") else list(SUPPORTED_LOCALES)
    if kind in (Kind.TEXT, Kind.PHOTO) and TEXT_FOR_ALL in current.texts:
        locales = locales[:1]  # "one for all": every chat gets the same message
        await message.edit_text(_("Preview below: every chat gets this same message."))
    else:
        names = ", ".join(language_name(locale) for locale in locales)
        await message.edit_text(_("Preview below, one message per language in this order: "
                                  "{languages}.").format(languages=names))
    for locale in locales:
        rendered = render_message(kind.value, node, current.texts, locale, context.bot.username,
                                  current.photo)
        if rendered is None:
            await send_waiting(message, _("(Nothing to send in {language}.)").format(
                language=language_named_here(locale)))
        elif rendered.photo:
            await send_waiting(message, rendered.text, photo=rendered.photo,
                               parse_mode=ParseMode.HTML)
        else:
            await send_waiting(message, rendered.text, parse_mode=ParseMode.HTML,
                               reply_markup=rendered.markup, disable_web_page_preview=True)
    await send_waiting(message, await _confirmation(context, current), reply_markup=keyboard(
        [(pgettext("button", "✅ Send now"), DraftButton("go")),
         (pgettext("button", "🕒 Schedule"), DraftButton("when"))],
        cancel_row(),
    ))  # fmt: skip


async def _confirmation(context: BotContext, current: Draft) -> str:
    services = context.services
    chats = ChatRegistry(services.redis, services.config.key_prefix)
    total = await chats.subscriber_count()
    if current.audience == "all":
        text = _("Send this to all subscribed chats? There are {count}.").format(count=total)
    else:
        count = await chats.audience_count(current.audience, services.config.default_language)
        text = _("Send this to {audience}? That is {count} of the {total} subscribed "
                 "chats.").format(audience=audience_name(current.audience), count=count,
                                  total=total)
    if current.kind is Kind.TIP:
        text += "\n" + _("It repeats every week, with the next tip each time.")
    return text


async def send_now(message: Message, context: BotContext, current: Draft, _value: str) -> bool:
    """Step.CONFIRM's "go": queue the broadcast; its progress shows in a new message."""
    job = await create_job(context, current, time.time(), message.chat.id)
    drop_draft(context)
    await message.edit_text(_("Sending confirmed."))
    note = await send_waiting(
        message, _("📢 <b>Broadcast #{id}</b>: waiting for a sender. Progress will show here.")
        .format(id=job.id), parse_mode=ParseMode.HTML)
    services = context.services
    await JobStore(services.redis, services.config.key_prefix).update(
        job.id, progress_message_id=str(note.message_id))
    return True


async def ask_when(message: Message, context: BotContext, current: Draft, _value: str) -> bool:
    """Step.CONFIRM's "when": the confirmation becomes the question for a time."""
    current.step = Step.WHEN
    keep_draft(context, current)
    await ask_time(message, context, message.chat.id)
    return True
