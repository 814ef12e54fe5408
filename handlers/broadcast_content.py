"""The steps of /broadcast that gather what to send: its source, a topic from the knowledge base,
or the admin's own text in one or every language; each ends by asking for the audience."""

from __future__ import annotations

from telegram import Message
from telegram.constants import ParseMode

from bot.addresses import Node
from bot.broadcast.content import MAX_CAPTION, TEXT_FOR_ALL, user_text
from bot.broadcast.draft import Draft, Kind, Step
from bot.callbacks import DraftButton
from bot.context import BotContext
from bot.i18n import SUPPORTED_LOCALES, _, pgettext
from bot.screens import render
from bot.screens.base import MAX_TEXT
from bot.screens.home import language_name, language_named_here
from bot.search import confident, search
from handlers.broadcast_draft import cancel_row, keep_draft, keyboard, send_waiting


def mode_buttons() -> list[tuple[str, DraftButton]]:
    return [(pgettext("button", "One for all"), DraftButton("mode", "all")),
            (pgettext("button", "One per language"), DraftButton("mode", "each"))]


async def pick_source(message: Message, context: BotContext, current: Draft, source: str) -> bool:
    """Step.SOURCE's buttons ("src:<source>")."""
    if source == "tip":
        current.kind, current.node = Kind.TIP, ""
        await ask_audience(message, context, current)
    elif source == "kb":
        current.step = Step.TOPIC
        keep_draft(context, current)
        await message.edit_text(_("Type a topic or a question, for example <i>health card vs "
                                  "social security card</i>, or a link name such as faq-3. I "
                                  "will pick the matching piece of the knowledge base."),
                                parse_mode=ParseMode.HTML, reply_markup=keyboard(cancel_row()))
    elif source == "photo":
        current.step = Step.PHOTO
        keep_draft(context, current)
        await message.edit_text(_("Send the photo (as a photo, not as a file)."),
                                reply_markup=keyboard(cancel_row()))
    elif source == "text":
        current.step = Step.MODE
        keep_draft(context, current)
        await message.edit_text(_("One text for every chat, or one text per language?"),
                                reply_markup=keyboard(mode_buttons(), cancel_row()))
    else:
        return False
    return True


async def take_topic(message: Message, context: BotContext, current: Draft) -> None:
    """Step.TOPIC: a link name such as faq-3 names a node; other words are searched."""
    text = message.text or ""
    named = Node.from_payload(text.strip()) or Node.unpack(text.strip())
    node = named.pack() if named is not None and render(named) is not None else None
    if node is None:
        hits = search(text[:512], limit=1)
        node = hits[0].node if hits and confident(hits) else None
    if node is None:
        await send_waiting(message, _("I found nothing on that in the knowledge base. Try "
                                      "other words, or a link name such as faq-3."),
                           reply_markup=keyboard(cancel_row()))
        return
    current.kind, current.node = Kind.KB, node
    await ask_audience(message, context, current)


async def pick_mode(message: Message, context: BotContext, current: Draft, mode: str) -> bool:
    """Step.MODE's buttons ("mode:all" or "mode:each"), for a text or a photo's caption."""
    if mode not in ("all", "each"):
        return False
    first = SUPPORTED_LOCALES[0]
    current.step, current.text_for = Step.TEXT, TEXT_FOR_ALL if mode == "all" else first
    keep_draft(context, current)
    ask = (_("Send the text, as plain text. Every chat gets it.") if mode == "all"
           else _("Send the text in {language}.").format(language=language_named_here(first)))
    await message.edit_text(ask, reply_markup=keyboard(cancel_row()))
    return True


async def take_text(message: Message, context: BotContext, current: Draft) -> None:
    """Step.TEXT: the text (or caption) in `current.text_for`; then the next language's."""
    text = user_text(message.text or "")
    if not text:
        return
    limit = MAX_CAPTION if current.photo else MAX_TEXT
    if len(text) > limit:
        too_long = _("That text is too long: {n} characters once formatted, and Telegram "
                     "allows {limit}. Please shorten it.")
        await send_waiting(message, too_long.format(n=len(text), limit=limit),
                           reply_markup=keyboard(cancel_row()))
        return
    current.texts[current.text_for] = text
    missing = [code for code in SUPPORTED_LOCALES if code not in current.texts]
    if current.text_for != TEXT_FOR_ALL and missing:
        current.text_for = missing[0]
        keep_draft(context, current)
        ask = _("Now send the text in {language}.").format(language=language_named_here(missing[0]))
        await send_waiting(message, ask, reply_markup=keyboard(cancel_row()))
        return
    current.kind = Kind.PHOTO if current.photo else Kind.TEXT
    await ask_audience(message, context, current)


async def ask_audience(message: Message, context: BotContext, current: Draft) -> None:
    current.step = Step.AUDIENCE
    keep_draft(context, current)
    await send_waiting(message, _("Who should receive it?"), reply_markup=keyboard(
        [(pgettext("button", "All chats"), DraftButton("aud", "all"))],
        [(pgettext("button", "Groups"), DraftButton("aud", "groups")),
         (pgettext("button", "Channels"), DraftButton("aud", "channels"))],
        [(language_name(code), DraftButton("aud", f"lang:{code}")) for code in SUPPORTED_LOCALES],
        cancel_row(),
    ))  # fmt: skip
