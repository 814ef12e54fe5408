"""Common questions: the seeds' own questions, each with its verdict, reasons and legal basis."""

from __future__ import annotations

from bot import knowledge
from bot.addresses import Compare, Faq
from bot.i18n import _, kgettext, pgettext
from bot.screens.base import Screen, button, nav_row, route
from bot.screens.kit import bullet_facts, footer, law_rows, translated


@route(Faq)
def faq(node: Faq) -> Screen | None:
    if node.number is None:
        rows = [
            [button(kgettext(item.label), Faq(n))]
            for n, item in enumerate(knowledge.FAQS, 1)
        ]
        return Screen(_("Common questions. Pick one."), [*rows, nav_row()])
    item = knowledge.faq(node.number)
    if item is None:
        return None
    parts = [f"<b>{translated(item.question)}</b>", f"<b>{translated(item.verdict)}</b>",
             bullet_facts(item.reasons)]
    parts.append(footer(item.reasons, item.articles))
    rows = []
    if item.compare is not None:
        a, b = item.compare
        rows.append([button(pgettext("button", "⚖️ See the comparison"), Compare(a, b))])
    rows += [*law_rows(item.reasons, item.articles), nav_row()]
    return Screen("\n\n".join(p for p in parts if p), rows, facts=item.reasons)
