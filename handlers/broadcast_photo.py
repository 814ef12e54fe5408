"""A photo broadcast in /broadcast: the admin sends the photo, then its caption, one for all or
one per language, as with a text. The photo is sent by the file_id Telegram gave it when the
admin sent it, so delivering it to every chat uploads nothing (bot/broadcast/media.py)."""

from __future__ import annotations

from telegram import Message

from bot.broadcast.draft import Draft, Step
from bot.context import BotContext
from bot.i18n import _
from handlers.broadcast_content import mode_buttons
from handlers.broadcast_draft import cancel_row, keep_draft, keyboard, send_waiting


async def take_photo(message: Message, context: BotContext, current: Draft) -> None:
    """Step.PHOTO: keep the photo's largest size, then ask how its caption goes."""
    if not message.photo:
        return
    current.photo, current.step = message.photo[-1].file_id, Step.MODE
    keep_draft(context, current)
    await send_waiting(message, _("Its caption: one for every chat, or one per language?"),
                       reply_markup=keyboard(mode_buttons(), cancel_row()))


def no_photo_wanted() -> str:
    """The reply to a photo no draft waits for."""
    return _("To send a photo to the subscribed chats, start with /broadcast.")
