"""Telegram handlers, one module per feature; `register` wires them in order."""

from __future__ import annotations

from telegram.ext import Application

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
    state,
    stats,
)


def register(app: Application) -> None:  # type: ignore[type-arg]
    """Order matters within a group: specific handlers before the catch-alls."""
    state.register(app)
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
