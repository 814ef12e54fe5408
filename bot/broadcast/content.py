"""What a broadcast looks like in one language: the same code renders the preview and the sends."""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot import knowledge
from bot.addresses import Faq, Node
from bot.callbacks import Picture
from bot.i18n import SOURCE_LOCALE, _, pgettext, use_locale
from bot.screens.base import MAX_TEXT
from bot.screens.links import guide_url
from bot.screens.shared import shared_text

TEXT_FOR_ALL = "*"
MAX_CAPTION = 1024  # Telegram's limit for a photo's caption


@dataclass(frozen=True)
class Rendered:
    """One message as it will be sent."""

    text: str  # the caption, for a photo
    markup: InlineKeyboardMarkup | None = None
    photo: str = ""  # a file_id, or "file:<path>" (bot/broadcast/media.py)


def tip_node(when: dt.datetime) -> str:
    """The FAQ of the week: one per ISO week, in turn."""
    week = when.isocalendar().week + 53 * when.isocalendar().year
    return Faq(week % len(knowledge.FAQS) + 1).pack()


def user_text(raw: str) -> str:
    """An admin's own text is plain text: escaped for HTML parse mode."""
    return html.escape(raw.strip(), quote=False)


def render_message(kind: str, node: str, texts: dict[str, str], locale: str,
                   bot_username: str | None, photo: str = "") -> Rendered | None:
    """The message for a chat in `locale`; None when there is nothing to send in it."""
    with use_locale(locale):
        if kind in ("text", "photo"):
            text = texts.get(locale) or texts.get(TEXT_FOR_ALL) or texts.get(SOURCE_LOCALE)
            if kind == "photo":
                fits = bool(photo) and len(text or "") <= MAX_CAPTION
                return Rendered(text or "", photo=photo) if fits else None
            return Rendered(text) if text and len(text) <= MAX_TEXT else None
        if kind == "picture":
            return _picture(node, locale)
        found = Node.unpack(node)
        body = shared_text(found) if found is not None else None  # without the menu's buttons
        if found is None or body is None:
            return None
        if kind == "tip":
            body = _("💡 <b>Tip of the week</b>") + "\n\n" + body
        markup = None
        if bot_username:
            link = guide_url(bot_username, found)
            label = pgettext("button", "Open in the bot")
            markup = InlineKeyboardMarkup([[InlineKeyboardButton(label, url=link)]])
        return Rendered(body[:MAX_TEXT], markup)


def _picture(node: str, locale: str) -> Rendered | None:
    """A comparison picture ("cmp:a:b" or "overview") in the chat's language, its summary as
    caption; the file is drawn once on disk and uploaded once (bot/broadcast/media.py)."""
    from bot.pictures.caption import caption, picture_id
    from bot.pictures.render import PictureFiles
    from bot.pictures.tables import OVERVIEW

    picture = Picture() if node == OVERVIEW else Picture.of(Node.unpack(node))
    text = caption(picture) if picture is not None else None
    if picture is None or text is None:
        return None
    path = PictureFiles().path(locale, picture_id(picture))
    return Rendered(text, photo=f"file:{path}") if path is not None else None
