"""/broadcast: a bot admin composes a broadcast step by step in a private chat.

The draft (bot/broadcast/draft.py) is a state machine: `STEPS` says, for each `Step`, which
handler takes the admin's text, photo or button. source -> (topic | photo -> mode -> text |
mode -> text) -> audience -> confirm -> (send now | when). Cancel works at every step.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from telegram import Message, Update
from telegram.constants import ParseMode

from bot.broadcast.draft import Draft, Step
from bot.callbacks import DraftButton
from bot.context import BotContext
from bot.i18n import _, pgettext
from handlers.broadcast_content import pick_mode, pick_source, take_text, take_topic
from handlers.broadcast_draft import (
    CANCEL,
    ButtonStep,
    TypedStep,
    cancel_row,
    draft,
    drop_draft,
    is_admin,
    keep_draft,
    keyboard,
    refusal,
    send_waiting,
    unreadable_draft,
)
from handlers.broadcast_photo import no_photo_wanted, take_photo
from handlers.broadcast_preview import ask_when, pick_audience, send_now
from handlers.broadcast_schedule import on_zone, take_time
from handlers.questions import on_question


@dataclass(frozen=True)
class StepHandlers:
    """What one step of the draft accepts; anything else gets a note."""

    text: TypedStep | None = None
    photo: TypedStep | None = None
    buttons: Mapping[str, ButtonStep] = field(default_factory=dict)  # by the button's action


STEPS: Mapping[Step, StepHandlers] = {
    Step.SOURCE: StepHandlers(buttons={"src": pick_source}),
    Step.TOPIC: StepHandlers(text=take_topic),
    Step.PHOTO: StepHandlers(photo=take_photo),
    Step.MODE: StepHandlers(buttons={"mode": pick_mode}),
    Step.TEXT: StepHandlers(text=take_text),
    Step.AUDIENCE: StepHandlers(buttons={"aud": pick_audience}),
    Step.CONFIRM: StepHandlers(buttons={"go": send_now, "when": ask_when}),
    Step.WHEN: StepHandlers(text=take_time, buttons={"tz": on_zone}),
}


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
    await _new_draft(message, context, "")


async def _new_draft(message: Message, context: BotContext, note: str) -> None:
    """A fresh draft and its first question, after `note` when there is one."""
    keep_draft(context, Draft())
    menu = _("<b>New broadcast</b>\nWhat do you want to send?")
    await send_waiting(
        message, f"{note}\n\n{menu}" if note else menu, parse_mode=ParseMode.HTML,
        reply_markup=keyboard(
            [(pgettext("button", "📚 From the knowledge base"), DraftButton("src", "kb"))],
            [(pgettext("button", "✍️ My own text"), DraftButton("src", "text"))],
            [(pgettext("button", "💡 Tip of the week, every week"), DraftButton("src", "tip"))],
            [(pgettext("button", "🖼 A photo with a caption"), DraftButton("src", "photo"))],
            cancel_row(),
        ))  # fmt: skip


async def _start_over(message: Message, context: BotContext) -> None:
    """An earlier version's draft cannot be continued: say so and offer a new one."""
    await _new_draft(message, context, _("Your broadcast draft was from an earlier version of "
                                         "the bot and could not be kept."))


async def on_text(update: Update, context: BotContext) -> None:
    """An admin's text: part of the draft when its step waits for text, else a normal question."""
    message = update.effective_message
    if isinstance(message, Message) and message.text and unreadable_draft(context):
        await _start_over(message, context)
        return
    current = draft(context)
    handler = STEPS[current.step].text if current is not None else None
    if not isinstance(message, Message) or not message.text or current is None or not handler:
        await on_question(update, context)
        return
    await handler(message, context, current)


async def on_photo(update: Update, context: BotContext) -> None:
    """An admin's photo in private: the draft's picture when its step waits for one."""
    message = update.effective_message
    if not isinstance(message, Message) or not message.photo:
        return
    if unreadable_draft(context):
        await _start_over(message, context)
        return
    current = draft(context)
    handler = STEPS[current.step].photo if current is not None else None
    if current is None or handler is None:
        await send_waiting(message, no_photo_wanted())
        return
    await handler(message, context, current)


async def on_button(update: Update, context: BotContext, tap: DraftButton) -> None:
    """Buttons of the compose flow; stale ones get a note, never an error."""
    query = update.callback_query
    assert query is not None
    message = query.message if isinstance(query.message, Message) else None
    if tap == CANCEL:
        drop_draft(context)
        await query.answer()
        if message is not None:
            await message.edit_text(_("Broadcast discarded."))
        return
    if message is not None and unreadable_draft(context):
        await query.answer()
        await _start_over(message, context)
        return
    current = draft(context)
    if current is None or message is None:
        await query.answer(_("That draft is gone. Start again with /broadcast."), show_alert=True)
        return
    await query.answer()
    handler = STEPS[current.step].buttons.get(tap.action)
    if handler is None or not await handler(message, context, current, tap.value):
        await send_waiting(message, _("That button belongs to an earlier step. Start again "
                                      "with /broadcast."))
