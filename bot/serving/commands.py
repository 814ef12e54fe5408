"""Publish the command list, description and short description per language, only when changed."""

from __future__ import annotations

import logging
from typing import Any

from telegram import BotCommand, BotCommandScopeAllGroupChats
from telegram.error import TelegramError
from telegram.ext import Application

from bot.i18n import SUPPORTED_LOCALES, _, use_locale

log = logging.getLogger(__name__)

GROUPS = BotCommandScopeAllGroupChats()


def localized_commands() -> list[BotCommand]:
    """The list shown in private chats (and wherever no narrower list applies)."""
    return [
        BotCommand("start", _("Main menu")),
        BotCommand("help", _("How to use this bot")),
        BotCommand("language", _("Choose the language")),
        BotCommand("forget", _("Delete what the bot stores about you")),
    ]


def group_commands() -> list[BotCommand]:
    """The list shown in groups: there the language and the updates are the admins' settings."""
    return [
        BotCommand("start", _("Main menu")),
        BotCommand("help", _("How to use this bot here")),
        BotCommand("language", _("Admins: the language used in this group")),
        BotCommand("subscribe", _("Admins: receive the bot's updates here")),
        BotCommand("unsubscribe", _("Admins: stop the bot's updates here")),
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
                in_groups = group_commands()
            for scope, wanted in ((None, commands), (GROUPS, in_groups)):
                if list(await bot.get_my_commands(scope, language_code=locale)) != wanted:
                    await bot.set_my_commands(wanted, scope, language_code=locale)
            if (await bot.get_my_description(language_code=locale)).description != text:
                await bot.set_my_description(text, language_code=locale)
            current_short = await bot.get_my_short_description(language_code=locale)
            if current_short.short_description != short:
                await bot.set_my_short_description(short, language_code=locale)
    except TelegramError as exc:
        # The profile is cosmetic: a failure here must not stop the bot from serving.
        log.warning("could not publish commands and descriptions: %s", exc)
