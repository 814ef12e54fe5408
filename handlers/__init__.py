"""Telegram handlers, one module per feature; `register` wires them in order."""

from __future__ import annotations

from bot.context import BotApplication
from handlers import (
    broadcast,
    errors,
    fallback,
    forget,
    inline,
    language,
    navigation,
    pictures,
    questions,
    start,
    stats,
)


def register(app: BotApplication) -> None:
    """Order matters within a group: specific handlers before the catch-alls."""
    start.register(app)
    language.register(app)
    forget.register(app)
    broadcast.register(app)  # before questions: a draft waiting for an admin's text
    questions.register(app)
    inline.register(app)
    stats.register(app)
    pictures.register(app)
    navigation.register(app)
    fallback.register(app)
    errors.register(app)
