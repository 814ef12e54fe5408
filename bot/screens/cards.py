"""About a card: the list of cards and each card's profile, point by point."""

from __future__ import annotations

from telegram import InlineKeyboardButton

from bot import knowledge
from bot.i18n import _, pgettext
from bot.screens.base import Screen, button, nav_row, route
from bot.screens.kit import bullet_facts, card_name, card_short, footer, k


def card_buttons(prefix: str, exclude: str | None = None) -> list[list[InlineKeyboardButton]]:
    """Two cards per row, each leading to `prefix:<card id>`."""
    buttons = [
        button(card_short(card_id), f"{prefix}:{card_id}")
        for card_id in knowledge.CARDS
        if card_id != exclude
    ]
    return [buttons[i : i + 2] for i in range(0, len(buttons), 2)]


@route("cards")
def card_list(_args: list[str]) -> Screen:
    return Screen(_("Which card do you want to know about?"), [*card_buttons("card"), nav_row()])


@route("card")
def profile(args: list[str]) -> Screen | None:
    card = knowledge.card(args[0]) if len(args) == 1 else None
    if card is None:
        return None
    parts = [f"<b>{card_name(card.id)}</b>"]
    if card.other_names:
        also = ", ".join(k(name) for name in card.other_names)
        parts.append(_("Also called: {names}").format(names=also))
    for point_id, facts in card.points.items():
        label = k(knowledge.POINTS[point_id].label)
        parts.append(f"<b>{label}</b>\n{bullet_facts(facts)}")
    missing = [p for p in knowledge.POINTS if p not in card.points]
    if missing:
        labels = ", ".join(k(knowledge.POINTS[p].label).lower() for p in missing)
        parts.append(_("The sources say nothing about: {points}.").format(points=labels))
    parts.append(footer(card.facts()))
    rows = [
        [button(pgettext("button", "⚖️ Compare with another card"), f"cmp:{card.id}")],
        nav_row(),
    ]
    return Screen("\n\n".join(parts), rows)
