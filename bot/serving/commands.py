"""Publish the command list, description and short description per language, only when changed."""

from __future__ import annotations

import logging
from typing import Any

from telegram import BotCommand
from telegram.error import TelegramError
from telegram.ext import Application

from bot.i18n import SUPPORTED_LOCALES, _, use_locale

log = logging.getLogger(__name__)


def localized_commands() -> list[BotCommand]:
    return [
        BotCommand("start", _("Main menu")),
        BotCommand("language", _("Choose the language")),
        BotCommand("help", _("How to use this bot")),
    ]


def description() -> str:
    return _(
        "I explain six cards used in China that people often confuse: the social security card, "
        "the electronic social security card, the medical insurance card, the electronic "
        "medical insurance certificate, the health card and the citizen card. "
        "Every answer comes with its source."
    )


def short_description() -> str:
    return _("Which card is which? Six cards used in China, explained with their sources.")


async def publish_bot_profile(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Idempotent: reads what Telegram has and writes only the differences."""
    bot = app.bot
    try:
        for locale in (None, *SUPPORTED_LOCALES):
            with use_locale(locale or "en"):
                commands, text, short = localized_commands(), description(), short_description()
            if list(await bot.get_my_commands(language_code=locale)) != commands:
                await bot.set_my_commands(commands, language_code=locale)
            if (await bot.get_my_description(language_code=locale)).description != text:
                await bot.set_my_description(text, language_code=locale)
            current_short = await bot.get_my_short_description(language_code=locale)
            if current_short.short_description != short:
                await bot.set_my_short_description(short, language_code=locale)
    except TelegramError as exc:
        # The profile is cosmetic: a failure here must not stop the bot from serving.
        log.warning("could not publish commands and descriptions: %s", exc)
