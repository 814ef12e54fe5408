"""Rendering helpers shared by the content screens: translated, escaped knowledge text."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from telegram import InlineKeyboardButton as Button

from bot import knowledge
from bot.addresses import Law
from bot.i18n import _, kgettext, ngettext, pgettext
from bot.knowledge.laws import CARD_MEASURES, SOCIAL_INSURANCE_LAW
from bot.knowledge.model import Fact
from bot.screens.base import button

# More law articles than this under one screen get one button to their list, not one each.
MAX_LAW_BUTTONS = 3


def translated(msgid: str) -> str:
    """A knowledge string in the bound locale, escaped for HTML."""
    return escape(kgettext(msgid), quote=False)


def card_name(card_id: str) -> str:
    card = knowledge.card(card_id)
    return translated(card.name) if card is not None else escape(card_id)


def card_short(card_id: str) -> str:
    card = knowledge.card(card_id)
    return kgettext(card.short_name) if card is not None else card_id


def article_title(article_id: str) -> str:
    """'Social Insurance Law …, Article 58' in the bound locale."""
    article = knowledge.LAWS[article_id]
    law = translated(article.law)
    if not article.numbered:
        return _("{law}, an article the source leaves unnumbered").format(law=law)
    return _("{law}, Article {number}").format(law=law, number=article.number)


# Short but plain names of the two laws the sources quote, for buttons.
_LAW_SHORT_NAMES = {
    SOCIAL_INSURANCE_LAW: lambda: _("Social Insurance Law"),
    CARD_MEASURES: lambda: _("Social Security Card Measures"),
}


def article_short(article_id: str) -> str:
    """'Social Insurance Law, art. 58': a button's label, with no unexplained abbreviation."""
    article = knowledge.LAWS[article_id]
    law = _LAW_SHORT_NAMES[article.law]()
    if not article.numbered:
        return _("{law}, unnumbered article").format(law=law)
    return _("{law}, art. {number}").format(law=law, number=article.number)


def bullet_facts(facts: Iterable[Fact]) -> str:
    return "\n".join(f"• {translated(fact.text)}" for fact in facts)


def unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))


def cited_articles(facts: Iterable[Fact], extra_articles: Iterable[str] = ()) -> list[str]:
    """The law articles behind some facts, by law, in ascending order within each law."""
    found = set(extra_articles) | {a for fact in facts for a in fact.articles}
    order = list(knowledge.LAWS)
    laws = unique(knowledge.LAWS[a].law for a in order if a in found)
    return sorted(found, key=lambda a: (laws.index(knowledge.LAWS[a].law),
                                        knowledge.LAWS[a].number, order.index(a)))


def _law_line(law: str, articles: list[str]) -> str:
    numbers = [str(knowledge.LAWS[a].number) for a in articles if knowledge.LAWS[a].numbered]
    parts = []
    if numbers:
        listed = ", ".join(numbers)
        parts.append(ngettext("Article {numbers}", "Articles {numbers}", len(numbers))
                     .format(numbers=listed))
    if len(numbers) < len(articles):
        parts.append(_("an article the source leaves unnumbered"))
    return f"{translated(law)}: " + "; ".join(parts)


def footer(facts: Iterable[Fact], extra_articles: Iterable[str] = ()) -> str:
    """The legal basis that a content screen ends with: one line per law, its articles in order.

    The passages and their sources are one tap away, on the screen's 📖 Source button.
    """
    articles = cited_articles(facts, extra_articles)
    if not articles:
        return ""
    by_law: dict[str, list[str]] = {}
    for article in articles:
        by_law.setdefault(knowledge.LAWS[article].law, []).append(article)
    lines = [_law_line(law, law_articles) for law, law_articles in by_law.items()]
    return "<b>" + _("Legal basis:") + "</b>\n" + "\n".join(lines)


def sources_line(facts: Iterable[Fact]) -> str:
    """The titles of the seeds behind some facts, for a message that has no Source button."""
    sources = unique(s for f in facts for s in f.sources)
    titles = "; ".join(f"«{translated(knowledge.SOURCES[s].title)}»" for s in sources)
    return "<i>" + _("Source:") + " " + titles + "</i>" if sources else ""


def law_rows(facts: Iterable[Fact], extra_articles: Iterable[str] = ()) -> list[list[Button]]:
    """A button to each article the legal basis names; past a few, one to the list of them."""
    articles = cited_articles(facts, extra_articles)
    if len(articles) > MAX_LAW_BUTTONS:
        return [[button(pgettext("button", "📜 Legal basis"), Law())]]
    return [[button("📜 " + article_short(a), Law(a))] for a in articles]
