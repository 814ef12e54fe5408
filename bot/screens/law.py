"""Legal basis: the quoted articles, each with the cards and questions that rely on it."""

from __future__ import annotations

from bot import knowledge
from bot.addresses import Card, Faq, Law
from bot.i18n import _, kgettext
from bot.screens.base import Screen, button, nav_row, route
from bot.screens.kit import article_short, article_title, card_short, cited_articles, translated


@route(Law)
def law(node: Law) -> Screen | None:
    if node.article is None:
        rows = [[button(article_short(a), Law(a))] for a in cited_articles((), knowledge.LAWS)]
        return Screen(_("The law articles the sources quote. Pick one."), [*rows, nav_row()])
    article = knowledge.LAWS.get(node.article)
    if article is None:
        return None
    cards, faqs = knowledge.cited_by(article.id)
    parts = [f"<b>{article_title(article.id)}</b>", translated(article.text)]
    if article.repair is not None:
        # The source is garbled here: say what the bot changed rather than pass it off as the law.
        parts.append("<i>" + _("Repaired by the bot:") + " " + translated(article.repair) + "</i>")
    rows = [[button(card_short(c.id), Card(c.id)) for c in cards][i : i + 2]
            for i in range(0, len(cards), 2)]
    hints = (_("Relied on by the cards and questions below."),) if cards or faqs else ()
    parts += hints
    for item in faqs:
        number = knowledge.FAQS.index(item) + 1
        rows.append([button("❓ " + kgettext(item.label), Faq(number))])
    rows.append(nav_row())
    return Screen("\n\n".join(parts), rows, articles=(article.id,), tap_hints=hints)
