"""About a card: the list of cards and each card's profile, point by point."""

from __future__ import annotations

from telegram import InlineKeyboardButton

from bot import knowledge
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
    card = knowledge.card(args[0]) if args else None
    if card is None or len(args) > 2:
        return None
    if len(args) == 2:
        return _one_point(card.id, args[1])
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
        [button(pgettext("button", "🧭 What can I do with it?"), f"does:{card.id}")],
        [button(pgettext("button", "⚖️ Compare with another card"), f"cmp:{card.id}")],
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
    rows = [[button(pgettext("button", "🪪 The whole profile"), f"card:{card_id}")]]
    if point_id == "legal" and not facts:
        rows.append([button(pgettext("button", "📜 Legal basis"), "law")])
    rows += [*law_rows(facts), nav_row()]
    return Screen("\n\n".join(p for p in parts if p), rows, facts=tuple(facts))
