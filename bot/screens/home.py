"""The main menu, the Search screen, help and the language picker.

Home, Search and help read the venue (bot/venue.py): in a group the bot answers only messages
that mention it or reply to it (handlers/questions.py), and only admins choose its language there.
"""

from __future__ import annotations

from telegram import InlineKeyboardButton

from bot import languages
from bot.addresses import Cards, Compare, Faq, Help, Home, Languages, Law, Search, Tasks
from bot.callbacks import ChooseLanguage
from bot.i18n import SUPPORTED_LOCALES, _, current_locale, pgettext
from bot.screens.base import Screen, button, nav_row, route
from bot.venue import Venue, current_venue


def how_to_ask_in_group(mention: str) -> str:
    """The two ways a group message reaches the bot's questions handler."""
    return _(
        "To ask me here, start your message with {mention} or reply to one of my messages."
    ).format(mention=mention)


def how_to_share(venue: Venue) -> str:
    """Inline mode, named with the bot's real username."""
    return _(
        "In any chat, type {mention} followed by a few words to find an answer and share it."
    ).format(mention=venue.mention)


def inline_button() -> InlineKeyboardButton:
    """Puts `@bot ` into this chat's input field, where inline mode takes over."""
    return InlineKeyboardButton(pgettext("button", "🔎 Try inline search"),
                                switch_inline_query_current_chat="")


@route(Home)
def home(_node: Home) -> Screen:
    venue = current_venue()
    text = _(
        "<b>Card Guide</b>\n"
        "Six cards used in China that people often confuse. "
        "Pick what you want to know."
    )
    if venue.in_group:
        text = f"{text}\n\n{how_to_ask_in_group(venue.mention)}"
    rows = [
        [button(pgettext("button", "🧭 What do you need to do?"), Tasks())],
        [button(pgettext("button", "⚖️ Compare two cards"), Compare())],
        [
            button(pgettext("button", "🪪 About a card"), Cards()),
            button(pgettext("button", "❓ Common questions"), Faq()),
        ],
        [
            button(pgettext("button", "📜 Legal basis"), Law()),
            button(pgettext("button", "🔎 Search"), Search()),
        ],
    ]
    # A group's language is its admins' choice (/language checks): members never see the button.
    if not venue.in_group:
        rows.append([button(pgettext("button", "🌐 Language"), Languages())])
    return Screen(text, rows)


@route(Search)
def search_help(_node: Search) -> Screen:
    venue = current_venue()
    example = _("Is the health card a social security card?")
    if venue.in_group:
        ask = _(
            "To ask me here, start your message with {mention} or reply to one of my messages, "
            "in English or Spanish, for example <i>{mention} {example}</i>"
        ).format(mention=venue.mention, example=example)
    else:
        ask = _(
            "Type your question in this chat, in English or Spanish, for example <i>{example}</i>"
        ).format(example=example)
    text = f"{ask}\n\n{how_to_share(venue)}"
    return Screen(text, [[inline_button()], nav_row()])


@route(Help)
def help_screen(_node: Help) -> Screen:
    mention = current_venue().mention
    menus = _("• <b>Menus</b>: /start opens the main menu. Tap a button to go on, ⬅️ Back to "
              "return, 🏠 Home to start over. 📖 Source shows the passages an answer rests on.")
    share = _("• <b>Inline mode</b>: in any chat, type {mention} followed by a few words to find "
              "an answer and share it.").format(mention=mention)
    if current_venue().in_group:
        lines = [
            menus,
            _("• <b>Ask in your own words</b>: start your message with {mention} or reply to one "
              "of my messages, in English or Spanish.").format(mention=mention),
            share,
            _("• <b>Admins</b>: /subscribe to receive my updates in this group (/unsubscribe "
              "stops them), /language for the language I use here."),
            _("• <b>In a private chat with me</b>: just type your question; /language sets your "
              "own language, /forget deletes what I store about you."),
        ]
    else:
        lines = [
            menus,
            _("• <b>Ask in your own words</b>: type a question in this chat, in English or "
              "Spanish."),
            share,
            _("• <b>Language</b>: /language, or 🌐 Language in the main menu."),
            _("• <b>Your data</b>: /forget deletes what I store about you."),
            _("• <b>In groups</b>: start your message with {mention} or reply to one of my "
              "messages. Admins: /subscribe for my updates, /language for the group's language."
              ).format(mention=mention),
        ]
    heading = _("<b>How to use this bot</b>")
    return Screen("\n".join([heading, *lines]), [[inline_button()], nav_row(back=False)])


def language_name(code: str) -> str:
    """A language named in itself, as bot/languages.py registers it (never translated)."""
    return languages.native_name(code)


def language_named_here(code: str) -> str:
    """A language named in the bound locale ("Spanish" to an English reader, "inglés" to a
    Spanish one), from Babel's locale data."""
    return languages.name_in(code, current_locale())


@route(Languages)
def language(_node: Languages) -> Screen:
    here = current_locale()
    choices = [
        InlineKeyboardButton(("✅ " if code == here else "") + language_name(code),
                             callback_data=ChooseLanguage(code).pack())
        for code in SUPPORTED_LOCALES
    ]
    return Screen(_("Choose the language I answer in."), [choices, nav_row()])
