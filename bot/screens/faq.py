"""Common questions: the seeds' own questions, each with its verdict, reasons and legal basis."""

from __future__ import annotations

from bot import knowledge
from bot.i18n import _, kgettext, pgettext
from bot.screens.base import Screen, button, nav_row, route
from bot.screens.kit import bullet_facts, footer, law_rows, translated


@route("faq")
def faq(args: list[str]) -> Screen | None:
    if not args:
        rows = [
            [button(kgettext(item.label), f"faq:{n}")]
            for n, item in enumerate(knowledge.FAQS, 1)
        ]
        return Screen(_("Common questions. Pick one."), [*rows, nav_row()])
    if len(args) != 1 or not args[0].isdigit():
        return None
    number = int(args[0])
    item = knowledge.faq(number)
    if item is None:
        return None
    parts = [f"<b>{translated(item.question)}</b>", f"<b>{translated(item.verdict)}</b>",
             bullet_facts(item.reasons)]
    parts.append(footer(item.reasons, item.articles))
    rows = []
    if item.compare is not None:
        a, b = item.compare
        rows.append([button(pgettext("button", "⚖️ See the comparison"), f"cmp:{a}:{b}")])
    rows += [*law_rows(item.reasons, item.articles), nav_row()]
    return Screen("\n\n".join(p for p in parts if p), rows, facts=item.reasons)
