"""Inline mode: `@bot health card` in any chat lists answers to share, in the user's language."""

from __future__ import annotations

import re
from functools import lru_cache
from html import unescape

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    Update,
)
from telegram.constants import ParseMode
from telegram.ext import Application, ChosenInlineResultHandler, InlineQueryHandler

from bot import knowledge
from bot.context import BotContext
from bot.i18n import current_locale, pgettext
from bot.screens import render
from bot.screens.titles import title
from bot.search import search
from bot.stats import Stats

PAGE_SIZE = 50
MAX_QUERY = 256
CACHE_SECONDS = 300
_TAGS = re.compile(r"<[^>]+>")


def start_payload(node: str) -> str:
    """Deep-link payload of a node: the `start` handler turns '-' back into ':'."""
    return node.replace(":", "-")


def _description(html_text: str) -> str:
    """The first plain-text line after the title, short enough for a results list."""
    lines = [unescape(_TAGS.sub("", line)).strip() for line in html_text.split("\n")]
    body = [line for line in lines[1:] if line]
    text = body[0] if body else ""
    return text if len(text) <= 120 else text[:119] + "…"


def article(node: str, bot_username: str) -> InlineQueryResultArticle | None:
    """The shareable result for a node, in the bound locale."""
    return _article(current_locale(), node, bot_username)


# Results depend only on locale, node and the bot's name: bounded by the content, not by users.
@lru_cache(maxsize=2048)
def _article(locale: str, node: str, bot_username: str) -> InlineQueryResultArticle | None:
    screen = render(node)
    heading = title(node)
    if screen is None or heading is None:
        return None
    url = f"https://t.me/{bot_username}?start={start_payload(node)}"
    keyboard = InlineKeyboardMarkup(
        [[InlineKeyboardButton(pgettext("button", "📖 Open in the guide"), url=url)]]
    )
    return InlineQueryResultArticle(
        id=node,
        title=heading,
        description=_description(screen.text),
        input_message_content=InputTextMessageContent(
            screen.text, parse_mode=ParseMode.HTML
        ),
        reply_markup=keyboard,
    )


def nodes_for(query: str) -> list[str]:
    """Every FAQ for an empty query; otherwise the search hits, best first."""
    query = query.strip()[:MAX_QUERY]
    if not query:
        return [f"faq:{n}" for n in range(1, len(knowledge.FAQS) + 1)]
    return [hit.node for hit in search(query, limit=PAGE_SIZE)]


async def on_inline_query(update: Update, context: BotContext) -> None:
    query = update.inline_query
    assert query is not None
    raw = query.offset  # sent back by the user's client, which may send any string
    offset = int(raw) if raw.isascii() and raw.isdigit() and len(raw) <= 6 else 0
    nodes = nodes_for(query.query)
    page = nodes[offset : offset + PAGE_SIZE]
    results = [r for node in page if (r := article(node, context.bot.username)) is not None]
    next_offset = str(offset + PAGE_SIZE) if offset + PAGE_SIZE < len(nodes) else ""
    await query.answer(
        results,
        cache_time=CACHE_SECONDS,
        is_personal=True,
        next_offset=next_offset,
        button=InlineQueryResultsButton(
            text=pgettext("button", "Open the guide"), start_parameter="home"
        ),
    )


async def on_chosen(update: Update, context: BotContext) -> None:
    chosen = update.chosen_inline_result
    assert chosen is not None
    services = context.services
    await Stats(services.redis, services.config.key_prefix).chosen(chosen.result_id)


def register(app: Application) -> None:  # type: ignore[type-arg]
    app.add_handler(InlineQueryHandler(on_inline_query))
    app.add_handler(ChosenInlineResultHandler(on_chosen))
