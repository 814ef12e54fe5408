"""Bot API calls whose answer the bot never reads, made without turning that answer into objects.

python-telegram-bot builds a full Message from what editMessageText returns: about a third of the
bot's CPU per menu tap (py-spy on `python -m benchmarks --only taps`), for an object nobody reads.
These calls take PTB's own path (`Bot._post`: the same parameters, defaults, rate limiter and so
our retries, transport and errors) and stop short of that last step. python-telegram-bot is pinned
in pyproject.toml because `_post` is not public; tests/test_unread_calls.py compares the requests
with the ones PTB's public methods make.
"""

from __future__ import annotations

import json

from telegram import Bot, InlineKeyboardMarkup, LinkPreviewOptions, Message
from telegram.constants import ParseMode

# What PTB sends for disable_web_page_preview=True.
NO_PREVIEW = json.dumps(LinkPreviewOptions(is_disabled=True).to_dict())


def markup_json(markup: InlineKeyboardMarkup | None) -> str | None:
    """A keyboard as PTB puts it in a request; a str parameter is sent as it is."""
    return json.dumps(markup.to_dict()) if markup is not None else None


async def edit_message_text(
    bot: Bot, message: Message, text: str, reply_markup: str | None
) -> None:
    """`message.edit_text(text, parse_mode=HTML, reply_markup=..., disable_web_page_preview=True)`.

    `reply_markup` is the keyboard already serialised (`markup_json`). Raises what PTB raises.
    """
    # The keys in the order PTB's edit_message_text puts them; None values are dropped by _post.
    data = {
        "text": text,
        "chat_id": message.chat_id,
        "message_id": message.message_id,
        "business_connection_id": message.business_connection_id,
        "link_preview_options": NO_PREVIEW,
        "parse_mode": ParseMode.HTML,
        "reply_markup": reply_markup,
    }
    await bot._post("editMessageText", data)
