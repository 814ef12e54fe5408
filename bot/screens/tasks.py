"""What do you need to do? Headings, tasks, and each task's cards; and a card's tasks."""

from __future__ import annotations

from telegram import InlineKeyboardButton

from bot import knowledge
from bot.addresses import Card, Compare, Does, Task, Tasks
from bot.i18n import _, kgettext, ngettext, pgettext
from bot.knowledge.model import Fact
from bot.screens.base import Screen, button, nav_row, route
from bot.screens.kit import (
    bullet_facts,
    card_name,
    card_short,
    footer,
    law_rows,
    translated,
)
from bot.screens.titles import compare_title


def _two_per_row(buttons: list[InlineKeyboardButton]) -> list[list[InlineKeyboardButton]]:
    return [buttons[i : i + 2] for i in range(0, len(buttons), 2)]


@route(Tasks)
def tasks(node: Tasks) -> Screen | None:
    if node.group is None:
        text = _(
            "<b>What do you need to do?</b>\n"
            "Pick a topic, then your task, and I will tell you which card the sources name for "
            "it."
        )
        groups = knowledge.TASK_GROUPS.values()
        rows = [[button(kgettext(group.label), Tasks(group.id))] for group in groups]
        return Screen(text, [*rows, nav_row()])
    group = knowledge.TASK_GROUPS.get(node.group)
    if group is None:
        return None
    rows = [[button(kgettext(t.label), Task(t.id))] for t in knowledge.tasks_in(group.id)]
    heading = f"<b>{translated(group.label)}</b>\n" + _("What do you need to do?")
    return Screen(heading, [*rows, nav_row()])


@route(Task)
def task(node: Task) -> Screen | None:
    item = knowledge.task(node.task)
    if item is None:
        return None
    serving = knowledge.serving(item.id)
    intro = ngettext(
        "The sources name this card for it:", "The sources name these cards for it:", len(serving)
    )
    parts = [f"<b>{translated(item.label)}</b>\n{intro}"]
    facts: list[Fact] = []
    for card, card_facts in serving:
        parts.append(f"✅ <b>{card_name(card.id)}</b>\n{bullet_facts(card_facts)}")
        facts.extend(card_facts)
    for mistake in item.mistaken:
        heading = _("Not this one: {card}").format(card=card_name(mistake.card))
        parts.append(f"⚠️ <b>{heading}</b>\n{bullet_facts([mistake.reason])}")
        facts.append(mistake.reason)
    if item.city_notes:
        city = _("It depends on the city")
        parts.append(f"🏙 <b>{city}</b>\n{bullet_facts(item.city_notes)}")
        facts.extend(item.city_notes)
    parts.append(footer(facts))
    cards = [button("🪪 " + card_short(card.id), Card(card.id)) for card, _f in serving]
    rows = _two_per_row(cards)
    if serving:
        first = serving[0][0].id
        for mistake in item.mistaken:
            rows.append([button("⚖️ " + compare_title(first, mistake.card),
                                Compare(first, mistake.card))])
    rows.append([button(pgettext("button", "🧭 Another task"), Tasks(item.group))])
    rows += [*law_rows(facts), nav_row()]
    return Screen("\n\n".join(p for p in parts if p), rows, facts=tuple(facts))


@route(Does)
def card_tasks(node: Does) -> Screen | None:
    """What can I do with it? The tasks a card serves, according to the sources."""
    card = knowledge.card(node.card)
    if card is None:
        return None
    found = knowledge.tasks_of(card.id)
    heading = _("What can I do with it?")
    if found:
        # Listed in the text too, so that the screen says it all when shared without buttons.
        listed = "\n".join(f"• {translated(t.label)}" for t in found)
        text = f"<b>{card_name(card.id)}</b>\n{heading} " + _("The sources name these tasks:")
        text += f"\n\n{listed}"
    else:
        text = f"<b>{card_name(card.id)}</b>\n{heading} " + _(
            "The sources name no task that this card serves."
        )
    rows = [[button(kgettext(t.label), Task(t.id))] for t in found]
    rows.append([button(pgettext("button", "🪪 About this card"), Card(card.id))])
    rows.append(nav_row())
    return Screen(text, rows)
