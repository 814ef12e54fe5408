"""The floor for typed questions and inline queries: a bare python-telegram-bot Application that
sends our bot's own answers, computed before the clock starts.

No Redis, no search, no rendering while timed: a dict look-up and the same Bot API call
(sendMessage with the same text and keyboard; answerInlineQuery with the same results).
Whatever our bot costs above this is our own code.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from telegram import InlineQueryResultArticle, InlineQueryResultsButton, Message, Update
from telegram.constants import ParseMode
from telegram.ext import Application, ContextTypes, InlineQueryHandler, MessageHandler, filters


class PrecomputedAnswers:
    """Our bot's reply to each text and each inline query, in English."""

    def __init__(self, queries: Iterable[str], bot_username: str) -> None:
        from bot.i18n import pgettext, use_locale
        from handlers import inline, questions

        self.text: dict[str, tuple[str, Any]] = {}
        self.inline: dict[str, list[InlineQueryResultArticle]] = {}
        with use_locale("en"):
            self.button = InlineQueryResultsButton(
                text=pgettext("button", "Open the guide"), start_parameter="home"
            )
            for query in queries:
                screen, _reply = questions.answer_screen(query)
                self.text[query] = (screen.text, screen.markup())
                nodes = inline.nodes_for(query)[: inline.PAGE_SIZE]
                found = (inline.article(node, bot_username) for node in nodes)
                self.inline[query] = [result for result in found if result is not None]


def add_floor_handlers(app: Application[Any, Any, Any, Any, Any, Any],
                       answers: PrecomputedAnswers) -> None:
    async def on_text(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        assert isinstance(message, Message) and message.text is not None
        text, markup = answers.text[message.text]
        await message.chat.send_message(
            text, parse_mode=ParseMode.HTML, reply_markup=markup, disable_web_page_preview=True
        )

    async def on_inline(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.inline_query
        assert query is not None
        await query.answer(
            answers.inline[query.query], cache_time=300, is_personal=True, next_offset="",
            button=answers.button,
        )

    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, on_text))
    app.add_handler(InlineQueryHandler(on_inline))
