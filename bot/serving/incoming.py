"""Incoming updates as JSON: the parts of a tapped message that nothing reads are dropped early.

A button tap brings back the whole message the button was under, keyboard and formatting
included. python-telegram-bot turns every button and entity of it into an object: about a sixth of
the bot's CPU per menu tap (py-spy on `python -m benchmarks --only taps`). The bot never reads
them: a screen is drawn from the session, and an edit names the message by chat and id. So they
are removed from the JSON before PTB reads it, on every path an update comes in by (getUpdates,
the webhook, the inbox's replay).
"""

from __future__ import annotations

from typing import Any

# Of callback_query.message: drawn again from the session at each tap, never read back.
UNREAD_PARTS_OF_A_TAPPED_MESSAGE = ("reply_markup", "entities", "caption_entities")


def without_unread_parts(update: Any) -> Any:
    """The same update (changed in place), minus the tapped message's keyboard and formatting."""
    if type(update) is dict:
        query = update.get("callback_query")
        if type(query) is dict:
            message = query.get("message")
            if type(message) is dict:
                for part in UNREAD_PARTS_OF_A_TAPPED_MESSAGE:
                    message.pop(part, None)
    return update
