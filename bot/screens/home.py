"""The main menu and the language picker."""

from __future__ import annotations

from babel import Locale
from telegram import InlineKeyboardButton

from bot import callbacks
from bot.i18n import SUPPORTED_LOCALES, _, pgettext
from bot.screens.base import Screen, button, nav_row, route


@route("home")
def home(_args: list[str]) -> Screen:
    text = _(
        "<b>Card Guide</b>\n"
        "China's social-security system has six cards that people often confuse. "
        "Pick what you want to know."
    )
    return Screen(text, [[button(pgettext("button", "🌐 Language"), "lang")]])


def language_name(code: str) -> str:
    """A language named in itself, from Babel's locale data (never translated)."""
    name = Locale.parse(code).get_display_name(code) or code
    return name[:1].upper() + name[1:]


@route("lang")
def language(_args: list[str]) -> Screen:
    choices = [
        InlineKeyboardButton(language_name(code), callback_data=callbacks.encode("l", code))
        for code in SUPPORTED_LOCALES
    ]
    return Screen(_("Choose the language I answer in."), [choices, nav_row()])
