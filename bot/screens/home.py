"""The main menu and the language picker."""

from __future__ import annotations

from telegram import InlineKeyboardButton

from bot import callbacks, languages
from bot.i18n import SUPPORTED_LOCALES, _, current_locale, pgettext
from bot.screens.base import Screen, button, nav_row, route


@route("home")
def home(_args: list[str]) -> Screen:
    text = _(
        "<b>Card Guide</b>\n"
        "Six cards used in China that people often confuse. "
        "Pick what you want to know."
    )
    rows = [
        [button(pgettext("button", "🧭 What do you need to do?"), "tasks")],
        [button(pgettext("button", "⚖️ Compare two cards"), "cmp")],
        [
            button(pgettext("button", "🪪 About a card"), "cards"),
            button(pgettext("button", "❓ Common questions"), "faq"),
        ],
        [
            button(pgettext("button", "📜 Legal basis"), "law"),
            button(pgettext("button", "🔎 Search"), "search"),
        ],
        [button(pgettext("button", "🌐 Language"), "lang")],
    ]
    return Screen(text, rows)


@route("search")
def search_help(_args: list[str]) -> Screen:
    text = _(
        "Type your question in this chat, in English or Spanish, for example "
        "<i>Is the health card a social security card?</i>\n\n"
        "In any other chat, type my username followed by a few words to find an answer "
        "and share it."
    )
    return Screen(text, [nav_row()])


def language_name(code: str) -> str:
    """A language named in itself, as bot/languages.py registers it (never translated)."""
    return languages.native_name(code)


def language_named_here(code: str) -> str:
    """A language named in the bound locale ("Spanish" to an English reader, "inglés" to a
    Spanish one), from Babel's locale data."""
    return languages.name_in(code, current_locale())


@route("lang")
def language(_args: list[str]) -> Screen:
    choices = [
        InlineKeyboardButton(language_name(code), callback_data=callbacks.encode("l", code))
        for code in SUPPORTED_LOCALES
    ]
    return Screen(_("Choose the language I answer in."), [choices, nav_row()])
