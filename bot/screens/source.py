"""The passages behind a screen: each quote in its source's language, then the bot's translation.

`src:<node>` renders the screen of <node> to learn which facts (or law articles) it shows, so
the passages always match what the user just read.
"""

from __future__ import annotations

from html import escape

from bot import knowledge
from bot.addresses import Faq, Source
from bot.i18n import _, current_locale, kgettext
from bot.knowledge.model import Quote
from bot.screens.base import Screen, button, nav_row, render_unpaged, route
from bot.screens.kit import article_title, translated
from bot.screens.titles import title as node_title


def _quotes(screen: Screen) -> list[Quote]:
    quotes = [q for fact in screen.facts for q in fact.quotes]
    quotes += [q for a in screen.articles for q in knowledge.LAWS[a].quotes]
    return list(dict.fromkeys(quotes))


def _passage(quote: Quote) -> str:
    """The quote as the seed words it; beneath it, the bot's rendering in the user's language."""
    source = knowledge.SOURCES[quote.source]
    shown = f"<blockquote>{escape(quote.text, quote=False)}</blockquote>"
    if source.language == current_locale():
        return shown
    translation = kgettext(quote.english or quote.text)
    if translation == quote.text:
        return shown
    label = _("The bot's translation:")
    return f"{shown}\n<i>{label}</i> {escape(translation, quote=False)}"


@route(Source)
def sources(node: Source) -> Screen | None:
    screen = render_unpaged(node.of)
    if screen is None:
        return None
    quotes = _quotes(screen)
    if not quotes:
        return None
    subject = node_title(node.of)
    heading = _("📖 The passages this rests on") if subject is None else _(
        "📖 The passages behind: {subject}").format(subject=escape(subject, quote=False))
    parts = [f"<b>{heading}</b>"]
    for source_id in dict.fromkeys(q.source for q in quotes):
        title = translated(knowledge.SOURCES[source_id].title)
        parts.append(f"<b>«{title}»</b>")
        parts.extend(_passage(q) for q in quotes if q.source == source_id)
    for article_id in screen.articles:
        repair = knowledge.LAWS[article_id].repair
        if repair is not None:
            note = _("Repaired by the bot:")
            parts.append(f"<i>{article_title(article_id)}. {note} {translated(repair)}</i>")
    # Each source is an article answering one of the common questions: a button opens it.
    questions = [n for s in dict.fromkeys(q.source for q in quotes) if (n := _question_of(s))]
    rows = [[button("❓ " + kgettext(knowledge.FAQS[n - 1].label), Faq(n))] for n in questions]
    return Screen("\n\n".join(parts), [*rows, nav_row()])


def _question_of(source_id: str) -> int | None:
    """The number of the common question a source's title asks, if any."""
    asked = knowledge.SOURCES[source_id].title
    return next((n for n, item in enumerate(knowledge.FAQS, 1) if item.question == asked), None)
