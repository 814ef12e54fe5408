"""About a card: the list of cards and each card's profile, point by point."""

from __future__ import annotations

from collections.abc import Callable

from telegram import InlineKeyboardButton

from bot import knowledge
from bot.addresses import Card, Cards, Compare, Does, Law, Node
from bot.i18n import _, pgettext
from bot.screens.base import Screen, button, nav_row, route
from bot.screens.kit import (
    bullet_facts,
    card_name,
    card_short,
    footer,
    law_rows,
    translated,
)


def card_buttons(
    node_of: Callable[[str], Node], exclude: str | None = None
) -> list[list[InlineKeyboardButton]]:
    """Two cards per row, each leading to the node `node_of` the card's id."""
    buttons = [
        button(card_short(card_id), node_of(card_id))
        for card_id in knowledge.CARDS
        if card_id != exclude
    ]
    return [buttons[i : i + 2] for i in range(0, len(buttons), 2)]


@route(Cards)
def card_list(_node: Cards) -> Screen:
    return Screen(_("Which card do you want to know about?"), [*card_buttons(Card), nav_row()])


@route(Card)
def profile(node: Card) -> Screen | None:
    card = knowledge.card(node.card)
    if card is None:
        return None
    if node.point is not None:
        return _one_point(card.id, node.point)
    parts = [f"<b>{card_name(card.id)}</b>"]
    if card.other_names:
        also = ", ".join(translated(name) for name in card.other_names)
        parts.append(_("Also called: {names}").format(names=also))
    for point_id, facts in card.points.items():
        label = translated(knowledge.POINTS[point_id].label)
        parts.append(f"<b>{label}</b>\n{bullet_facts(facts)}")
    missing = [p for p in knowledge.POINTS if p not in card.points]
    if missing:
        labels = ", ".join(translated(knowledge.POINTS[p].label).lower() for p in missing)
        parts.append(_("The sources say nothing about: {points}.").format(points=labels))
    parts.append(footer(card.facts()))
    rows = [
        [button(pgettext("button", "🧭 What can I do with it?"), Does(card.id))],
        [button(pgettext("button", "⚖️ Compare with another card"), Compare(card.id))],
        *law_rows(card.facts()),
        nav_row(),
    ]
    return Screen("\n\n".join(p for p in parts if p), rows, facts=card.facts())


def _one_point(card_id: str, point_id: str) -> Screen | None:
    """One point of a card, such as its legal basis, for a question about just that."""
    point = knowledge.POINTS.get(point_id)
    card = knowledge.card(card_id)
    if point is None or card is None:
        return None
    facts = card.points.get(point_id, ())
    body = bullet_facts(facts) if facts else _("The sources say nothing about this.")
    parts = [f"<b>{card_name(card_id)}: {translated(point.label)}</b>", body, footer(facts)]
    rows = [[button(pgettext("button", "🪪 The whole profile"), Card(card_id))]]
    if point_id == "legal" and not facts:
        rows.append([button(pgettext("button", "📜 Legal basis"), Law())])
    rows += [*law_rows(facts), nav_row()]
    return Screen("\n\n".join(p for p in parts if p), rows, facts=tuple(facts))
