"""Inline mode: `@bot health card` in any chat lists answers to share, in the user's language."""

from __future__ import annotations

import re
from functools import lru_cache
from html import unescape

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResult,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    Update,
)
from telegram.constants import ParseMode
from telegram.ext import ChosenInlineResultHandler, InlineQueryHandler

from bot import knowledge
from bot.addresses import Card, Cards, Faq, Law, Node, Task, Tasks
from bot.context import BotApplication, BotContext
from bot.i18n import _, current_locale, pgettext
from bot.pictures.inline import picture_result
from bot.screens import replies
from bot.screens.links import guide_url
from bot.screens.shared import shared_text
from bot.screens.titles import title
from bot.search import GREETING, NOT_COVERED, THANKS, suggest
from bot.stats import Stats
from handlers import pictures

PAGE_SIZE = 50
# Fewer letters than this say too little to search on: the guide is shown instead.
MIN_TYPED = 3
MAX_QUERY = 256
CACHE_SECONDS = 300
# The result id of the honest "not covered" answer: this prefix and the kind of gap.
GAP = "gap:"
_TAGS = re.compile(r"<[^>]+>")


def _description(html_text: str) -> str:
    """The first plain-text line after the title, short enough for a results list."""
    lines = [unescape(_TAGS.sub("", line)).strip() for line in html_text.split("\n")]
    body = [line for line in lines[1:] if line]
    text = body[0] if body else ""
    return text if len(text) <= 120 else text[:119] + "…"


def _guide_button(bot_username: str, node: Node) -> InlineKeyboardMarkup:
    url = guide_url(bot_username, node)
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(pgettext("button", "📖 Open the full guide"), url=url)]]
    )


def _gap_article(gap: str, bot_username: str) -> InlineQueryResultArticle:
    """The honest answer to a question the sources do not cover, to share as it is."""
    note = replies.not_covered_note(gap)
    return InlineQueryResultArticle(
        id=f"{GAP}{gap}"[:64],
        title=_("Not covered by my sources"),
        description=note,
        input_message_content=InputTextMessageContent(note, parse_mode=ParseMode.HTML),
        reply_markup=_guide_button(bot_username, Tasks()),
    )


def article(node: str, bot_username: str) -> InlineQueryResultArticle | None:
    """The shareable result for a node, in the bound locale."""
    if node.startswith(GAP):
        return _gap_article(node[len(GAP) :], bot_username)
    return _article(current_locale(), node, bot_username)


# Results depend only on locale, node and the bot's name: bounded by the content, not by users.
@lru_cache(maxsize=2048)
def _article(locale: str, node: str, bot_username: str) -> InlineQueryResultArticle | None:
    found = Node.unpack(node)
    text = shared_text(found) if found is not None else None
    heading = title(found) if found is not None else None
    if found is None or text is None or heading is None:
        return None
    keyboard = _guide_button(bot_username, found)
    return InlineQueryResultArticle(
        id=node,
        title=heading,
        description=_description(text),
        input_message_content=InputTextMessageContent(text, parse_mode=ParseMode.HTML),
        reply_markup=keyboard,
    )


def nodes_for(query: str) -> list[str]:
    """The task guide and every FAQ until three letters are typed (or for small talk); then what
    the search finds, best first, a list ("card", "law") standing for its members; never nothing."""
    query = query.lstrip()[:MAX_QUERY]
    if sum(_letters(char) for char in query) < MIN_TYPED:
        return _starting_points()
    reply = suggest(query)
    if reply.kind in (GREETING, THANKS):
        return _starting_points()  # "hola": nothing to look up, so where to start
    found = [node for hit in reply.hits for node in _members(hit.node)]
    if reply.kind == NOT_COVERED:
        # the honest answer first; a word with nothing near it ("danfo") then gets the guide
        found = [f"{GAP}{reply.gap or 'other'}", *(found or _starting_points())]
    return list(dict.fromkeys(found))[:PAGE_SIZE]


def _starting_points() -> list[str]:
    """The task guide, then every common question."""
    tasks = [Task(task).pack() for task in knowledge.TASKS]
    return [*tasks, *(Faq(n).pack() for n in range(1, len(knowledge.FAQS) + 1))]


def _letters(char: str) -> int:
    """How much a character says: a Chinese one, a word's worth ("医保" is a word), a letter or
    digit one, anything else none."""
    return 2 if "\u4e00" <= char <= "\u9fff" else int(char.isalnum())


def _members(node: str) -> list[str]:
    """A list's members as results of their own; any other node as itself."""
    match Node.unpack(node):
        case Cards():
            members: list[Node] = [Card(card) for card in knowledge.CARDS]
        case Law(article=None):
            members = [Law(article) for article in knowledge.LAWS]
        case Tasks(group=None):
            members = [Task(task) for task in knowledge.TASKS]
        case Tasks(group=str(group)):
            members = [Task(task.id) for task in knowledge.tasks_in(group)]
        case _:
            return [node]
    return [member.pack() for member in members]


async def on_inline_query(update: Update, context: BotContext) -> None:
    query = update.inline_query
    assert query is not None
    raw = query.offset  # sent back by the user's client, which may send any string
    offset = int(raw) if raw.isascii() and raw.isdigit() and len(raw) <= 6 else 0
    nodes = nodes_for(query.query)
    # "A vs B" first: its picture leads the first page, which then has one article fewer.
    picture = None
    if offset == 0 and nodes:
        picture = await picture_result(nodes[0], pictures.sender(context), current_locale(),
                                       context.services.config.webhook_url)
    size = PAGE_SIZE - 1 if picture is not None else PAGE_SIZE
    page = nodes[offset : offset + size]
    results: list[InlineQueryResult] = [picture] if picture is not None else []
    results += [r for node in page if (r := article(node, context.bot.username)) is not None]
    next_offset = str(offset + size) if offset + size < len(nodes) else ""
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


def register(app: BotApplication) -> None:
    app.add_handler(InlineQueryHandler(on_inline_query))
    app.add_handler(ChosenInlineResultHandler(on_chosen))
