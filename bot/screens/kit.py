"""Rendering helpers shared by the content screens: translated, escaped knowledge text."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from bot import knowledge
from bot.i18n import _, kgettext
from bot.knowledge.model import Fact


def k(msgid: str) -> str:
    """A knowledge string in the bound locale, escaped for HTML."""
    return escape(kgettext(msgid), quote=False)


def card_name(card_id: str) -> str:
    card = knowledge.card(card_id)
    return k(card.name) if card is not None else escape(card_id)


def card_short(card_id: str) -> str:
    card = knowledge.card(card_id)
    return kgettext(card.short_name) if card is not None else card_id


def article_title(article_id: str) -> str:
    """'Social Insurance Law …, Article 58' in the bound locale."""
    article = knowledge.LAWS[article_id]
    if not article.numbered:
        return _("{law}, an article the source leaves unnumbered").format(law=k(article.law))
    return _("{law}, Article {number}").format(law=k(article.law), number=article.number)


def article_short(article_id: str) -> str:
    article = knowledge.LAWS[article_id]
    prefix = _("SIL") if article_id.startswith("sil") else _("SSC Measures")
    if not article.numbered:
        return _("{law} art. (unnumbered)").format(law=prefix)
    return _("{law} art. {number}").format(law=prefix, number=article.number)


def bullet_facts(facts: Iterable[Fact]) -> str:
    return "\n".join(f"• {k(fact.text)}" for fact in facts)


def unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))


def footer(facts: Iterable[Fact], extra_articles: Iterable[str] = ()) -> str:
    """The legal basis and the sources that every content screen ends with."""
    facts = list(facts)
    articles = unique([*extra_articles, *(a for f in facts for a in f.articles)])
    sources = unique(s for f in facts for s in f.sources)
    lines: list[str] = []
    if articles:
        lines.append(
            "<b>" + _("Legal basis:") + "</b> " + "; ".join(article_title(a) for a in articles)
        )
    if sources:
        titles = "; ".join(f"«{k(knowledge.SOURCES[s].title)}»" for s in sources)
        lines.append("<i>" + _("Source:") + " " + titles + "</i>")
    return "\n".join(lines)
