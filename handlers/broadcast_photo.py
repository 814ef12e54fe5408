"""A photo broadcast in /broadcast: the admin sends the photo, then its caption, one for all or
one per language, as with a text. The photo is sent by the file_id Telegram gave it when the
admin sent it, so delivering it to every chat uploads nothing (bot/broadcast/media.py)."""

from __future__ import annotations

from typing import Any

from telegram import Message, Update

from bot.context import BotContext
from bot.i18n import _, pgettext
from handlers.broadcast_draft import cancel_row, draft, keyboard, send_waiting, set_draft


async def ask_photo(message: Message, context: BotContext, current: dict[str, Any]) -> None:
    current["step"] = "photo"
    set_draft(context, current)
    await message.edit_text(_("Send the photo (as a photo, not as a file)."),
                            reply_markup=keyboard(cancel_row()))


async def on_photo(update: Update, context: BotContext) -> None:
    """An admin's photo in private: the draft's picture when one waits for it."""
    message = update.effective_message
    current = draft(context)
    if not isinstance(message, Message) or not message.photo:
        return
    if current is None or current.get("step") != "photo":
        await send_waiting(message, _("To send a photo to the subscribed chats, start with "
                                      "/broadcast."))
        return
    current.update(photo=message.photo[-1].file_id, step="mode")
    set_draft(context, current)
    await send_waiting(message, _("Its caption: one for every chat, or one per language?"),
                       reply_markup=keyboard(
                           [(pgettext("button", "One for all"), "mode:all"),
                            (pgettext("button", "One per language"), "mode:each")],
                           cancel_row()))  # fmt: skip
