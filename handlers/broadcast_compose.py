"""/broadcast: a bot admin composes a broadcast step by step in a private chat.

source (knowledge base, own text, tip of the week) -> content -> audience -> preview -> send now
or schedule. The draft lives in the Redis session (`session.data["bc"]`), so any bot process can
take the next step.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

from telegram import Message, Update
from telegram.constants import ParseMode

from bot.broadcast.content import (
    MAX_CAPTION,
    TEXT_FOR_ALL,
    render_message,
    tip_node,
    user_text,
)
from bot.broadcast.jobs import JobStore
from bot.broadcast.registry import ChatRegistry
from bot.context import BotContext
from bot.i18n import SUPPORTED_LOCALES, _, pgettext
from bot.screens import render
from bot.screens.base import MAX_TEXT
from bot.screens.home import language_name, language_named_here
from bot.search import confident, search
from handlers.broadcast_draft import (
    AUDIENCES,
    audience_name,
    cancel_row,
    create_job,
    draft,
    is_admin,
    keyboard,
    refusal,
    send_waiting,
    set_draft,
)
from handlers.broadcast_photo import ask_photo
from handlers.broadcast_schedule import ask_time, on_zone, take_time
from handlers.questions import on_question


async def start(update: Update, context: BotContext) -> None:
    message = update.effective_message
    user = update.effective_user
    if message is None:
        return
    if not is_admin(context, user.id if user else None):
        await send_waiting(message, refusal())
        return
    if context.loaded is None or not context.loaded.available:
        await send_waiting(
            message, _("I can't keep a draft right now; please try again in a minute."))
        return
    set_draft(context, {"step": "source"})
    await send_waiting(
        message, _("<b>New broadcast</b>\nWhat do you want to send?"), parse_mode=ParseMode.HTML,
        reply_markup=keyboard(
            [(pgettext("button", "📚 From the knowledge base"), "src:kb")],
            [(pgettext("button", "✍️ My own text"), "src:text")],
            [(pgettext("button", "💡 Tip of the week, every week"), "src:tip")],
            [(pgettext("button", "🖼 A photo with a caption"), "src:photo")],
            cancel_row(),
        ))  # fmt: skip


async def on_text(update: Update, context: BotContext) -> None:
    """An admin's text: part of the draft when one waits for text, else a normal question."""
    message = update.effective_message
    current = draft(context)
    step = str(current.get("step", "")) if current else ""
    if not isinstance(message, Message) or not message.text or current is None or not (
        step == "kb" or step == "when" or step.startswith("text:")
    ):
        await on_question(update, context)
        return
    if step == "kb":
        await _take_topic(message, context, current)
    elif step == "when":
        await take_time(message, context, current, message.chat.id)
    else:
        await _take_text(message, context, current, step[5:])


async def _take_topic(message: Message, context: BotContext, current: dict[str, Any]) -> None:
    text = message.text or ""
    named = text.strip().replace("-", ":")  # a link name such as faq-3 names a node
    node = named if render(named) is not None else None
    if node is None:
        hits = search(text[:512], limit=1)
        node = hits[0].node if hits and confident(hits) else None
    if node is None:
        await send_waiting(message, _("I found nothing on that in the knowledge base. Try "
                                      "other words, or a link name such as faq-3."),
                           reply_markup=keyboard(cancel_row()))
        return
    current.update(kind="kb", node=node)
    await _ask_audience(message, context, current)


async def _take_text(message: Message, context: BotContext, current: dict[str, Any],
                     locale: str) -> None:
    text = user_text(message.text or "")
    if not text:
        return
    limit = MAX_CAPTION if current.get("photo") else MAX_TEXT
    if len(text) > limit:
        too_long = _("That text is too long: {n} characters once formatted, and Telegram "
                     "allows {limit}. Please shorten it.")
        await send_waiting(message, too_long.format(n=len(text), limit=limit),
                           reply_markup=keyboard(cancel_row()))
        return
    texts = current.setdefault("texts", {})
    texts[locale] = text
    missing = [code for code in SUPPORTED_LOCALES if code not in texts]
    if locale != TEXT_FOR_ALL and missing:
        current["step"] = f"text:{missing[0]}"
        set_draft(context, current)
        ask = _("Now send the text in {language}.").format(language=language_named_here(missing[0]))
        await send_waiting(message, ask, reply_markup=keyboard(cancel_row()))
        return
    current["kind"] = "photo" if current.get("photo") else "text"
    await _ask_audience(message, context, current)


async def _ask_audience(message: Message, context: BotContext, current: dict[str, Any]) -> None:
    current["step"] = "audience"
    set_draft(context, current)
    await send_waiting(message, _("Who should receive it?"), reply_markup=keyboard(
        [(pgettext("button", "All chats"), "aud:all")],
        [(pgettext("button", "Groups"), "aud:groups"),
         (pgettext("button", "Channels"), "aud:channels")],
        [(language_name(code), f"aud:lang:{code}") for code in SUPPORTED_LOCALES],
        cancel_row(),
    ))  # fmt: skip


async def preview(message: Message, context: BotContext, current: dict[str, Any]) -> None:
    """Each language's message exactly as chats will get it, then the confirmation."""
    kind = str(current.get("kind", ""))
    node = tip_node(dt.datetime.now(dt.UTC)) if kind == "tip" else str(current.get("node", ""))
    texts = dict(current.get("texts", {}))
    audience = str(current.get("audience", "all"))
    locales = [audience[5:]] if audience.startswith("lang:") else list(SUPPORTED_LOCALES)
    if kind in ("text", "photo") and TEXT_FOR_ALL in texts:
        locales = locales[:1]  # "one for all": every chat gets the same message
        await message.edit_text(_("Preview below: every chat gets this same message."))
    else:
        names = ", ".join(language_name(locale) for locale in locales)
        await message.edit_text(_("Preview below, one message per language in this order: "
                                  "{languages}.").format(languages=names))
    for locale in locales:
        rendered = render_message(kind, node, texts, locale, context.bot.username,
                                  str(current.get("photo", "")))
        if rendered is None:
            await send_waiting(message, _("(Nothing to send in {language}.)").format(
                language=language_named_here(locale)))
            continue
        if rendered.photo:
            await send_waiting(message, rendered.text, photo=rendered.photo,
                               parse_mode=ParseMode.HTML)
            continue
        await send_waiting(message, rendered.text, parse_mode=ParseMode.HTML,
                    reply_markup=rendered.markup, disable_web_page_preview=True)
    services = context.services
    chats = ChatRegistry(services.redis, services.config.key_prefix)
    total = await chats.subscriber_count()
    if audience == "all":
        text = _("Send this to all subscribed chats? There are {count}.").format(count=total)
    else:
        count = await chats.audience_count(audience, services.config.default_language)
        text = _("Send this to {audience}? That is {count} of the {total} subscribed "
                 "chats.").format(audience=audience_name(audience), count=count, total=total)
    if kind == "tip":
        text += "\n" + _("It repeats every week, with the next tip each time.")
    await send_waiting(message, text, reply_markup=keyboard(
        [(pgettext("button", "✅ Send now"), "go"), (pgettext("button", "🕒 Schedule"), "when")],
        cancel_row(),
    ))  # fmt: skip


async def on_button(update: Update, context: BotContext, arg: str) -> None:
    """Buttons of the compose flow (arg after "B:"); stale ones get a note, never an error."""
    query = update.callback_query
    assert query is not None
    current = draft(context)
    message = query.message if isinstance(query.message, Message) else None
    if arg == "x":
        set_draft(context, None)
        await query.answer()
        if message is not None:
            await message.edit_text(_("Broadcast discarded."))
        return
    if current is None or message is None:
        await query.answer(_("That draft is gone. Start again with /broadcast."), show_alert=True)
        return
    await query.answer()
    if arg == "src:photo":
        await ask_photo(message, context, current)
    elif arg.startswith("src:") and arg[4:] in ("kb", "text", "tip"):
        await _pick_source(message, context, current, arg[4:])
    elif arg in ("mode:all", "mode:each"):
        first = SUPPORTED_LOCALES[0]
        current["step"] = f"text:{TEXT_FOR_ALL}" if arg == "mode:all" else f"text:{first}"
        set_draft(context, current)
        ask = (_("Send the text, as plain text. Every chat gets it.") if arg == "mode:all"
               else _("Send the text in {language}.").format(language=language_named_here(first)))
        await message.edit_text(ask, reply_markup=keyboard(cancel_row()))
    elif arg.startswith("aud:") and arg[4:] in AUDIENCES and current.get("kind"):
        current.update(audience=arg[4:], step="confirm")
        set_draft(context, current)
        await preview(message, context, current)
    elif arg == "go" and current.get("step") == "confirm":
        await _send_now(message, context, current)
    elif arg == "when" and current.get("step") == "confirm":
        current["step"] = "when"
        set_draft(context, current)
        await ask_time(message, context, query.from_user.id)
    elif arg.startswith("tz:") and current.get("step") == "when":
        await on_zone(message, context, query.from_user.id, arg)
    else:
        await send_waiting(message, _("That button belongs to an earlier step. Start again "
                                      "with /broadcast."))


async def _pick_source(message: Message, context: BotContext, current: dict[str, Any],
                       source: str) -> None:
    if source == "tip":
        current.update(kind="tip", node="")
        await _ask_audience(message, context, current)
        return
    if source == "kb":
        current["step"] = "kb"
        set_draft(context, current)
        await message.edit_text(_("Type a topic or a question, for example <i>health card vs "
                                  "social security card</i>, or a link name such as faq-3. I "
                                  "will pick the matching piece of the knowledge base."),
                                parse_mode=ParseMode.HTML, reply_markup=keyboard(cancel_row()))
        return
    current["step"] = "mode"
    set_draft(context, current)
    await message.edit_text(_("One text for every chat, or one text per language?"),
                            reply_markup=keyboard(
                                [(pgettext("button", "One for all"), "mode:all"),
                                 (pgettext("button", "One per language"), "mode:each")],
                                cancel_row()))  # fmt: skip


async def _send_now(message: Message, context: BotContext, current: dict[str, Any]) -> None:
    job = await create_job(context, current, time.time(), message.chat.id)
    set_draft(context, None)
    await message.edit_text(_("Sending confirmed."))
    note = await send_waiting(
        message, _("📢 <b>Broadcast #{id}</b>: waiting for a sender. Progress will show here.")
        .format(id=job.id), parse_mode=ParseMode.HTML)
    services = context.services
    await JobStore(services.redis, services.config.key_prefix).update(
        job.id, progress_message_id=str(note.message_id))
