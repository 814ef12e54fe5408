"""Compare two cards: pick one, pick another, the summary, then each point in detail."""

from __future__ import annotations

from html import escape

from telegram import InlineKeyboardButton

from bot import knowledge
from bot.addresses import Card, Compare
from bot.callbacks import Picture
from bot.i18n import _, kgettext, pgettext
from bot.knowledge.model import Fact
from bot.screens.base import Screen, button, nav_row, route
from bot.screens.cards import card_buttons
from bot.screens.kit import (
    bullet_facts,
    card_name,
    card_short,
    footer,
    law_rows,
    translated,
)


def _verdict_line(a: str, b: str) -> str:
    """The seeds' verdict on the pair; none where they make none (no source says, for example,
    that a card and its electronic form are two different cards)."""
    comparison = knowledge.comparison(a, b)
    return translated(comparison.verdict.text) if comparison is not None else ""


def picture_button(picture: Picture) -> InlineKeyboardButton:
    """Sends the comparison's picture, or all six cards' (see handlers/pictures.py)."""
    label = pgettext("button", "🖼 Picture") if picture.first is not None else pgettext(
        "button", "🖼 All six cards at a glance")
    return InlineKeyboardButton(label, callback_data=picture.pack())


@route(Compare)
def compare(node: Compare) -> Screen | None:
    first, second = node.first, node.second
    if first is None:
        prompt = _("Compare two cards. Pick the first one.")
        return Screen(prompt, [*card_buttons(Compare), [picture_button(Picture())], nav_row()])
    if second is None:
        text = _("First card: <b>{card}</b>. Now pick the card to compare it with.").format(
            card=card_name(first)
        )
        rows = card_buttons(lambda card_id: Compare(first, card_id), exclude=first)
        return Screen(text, [*rows, nav_row()])
    if node.point is None:
        return _summary(first, second)
    return _point(first, second, node.point)


def _summary(a: str, b: str) -> Screen:
    comparison = knowledge.comparison(a, b)
    title = f"<b>{card_name(a)}</b> ⚖️ <b>{card_name(b)}</b>"
    parts = [title, _verdict_line(a, b)]
    facts: list[Fact] = []
    hints: tuple[str, ...] = ()
    if comparison is not None:
        facts.append(comparison.verdict)
        for point_id, fact in comparison.differences.items():
            label = translated(knowledge.POINTS[point_id].label)
            parts.append(f"<b>{label}</b>: {translated(fact.text)}")
            facts.append(fact)
    card_a, card_b = knowledge.card(a), knowledge.card(b)
    assert card_a is not None and card_b is not None
    # A point gets a button only where the sources speak of both cards; the rest is said here.
    both = knowledge.shared_points(a, b)
    if comparison is None:
        hints = (_("Tap a point to see what they say about each card."),) if both else ()
        parts += [_("The sources do not compare these two cards directly."), *hints]
    for card, other in ((card_a, card_b), (card_b, card_a)):
        only = [p for p in knowledge.POINTS if p in card.points and p not in other.points]
        if only:
            line = _("Only about <b>{card}</b>: {points}.")
            parts.append(line.format(card=card_name(card.id), points=_point_list(only)))
    silent = [p for p in knowledge.POINTS if p not in card_a.points and p not in card_b.points]
    if silent:
        parts.append(_("The sources say nothing about: {points}.").format(
            points=_point_list(silent)))
    parts.append(footer(facts))
    point_buttons = [
        button(kgettext(knowledge.POINTS[p].label), Compare(a, b, p)) for p in both
    ]
    rows = [point_buttons[i : i + 2] for i in range(0, len(point_buttons), 2)]
    rows.append([button("🪪 " + card_short(c), Card(c)) for c in (a, b)])
    rows.append([picture_button(Picture(a, b))])
    rows.append([
        button(pgettext("button", "🔁 Swap"), Compare(b, a)),
        button(pgettext("button", "⚖️ Compare another"), Compare()),
    ])
    rows += [*law_rows(facts), nav_row()]
    return Screen("\n\n".join(p for p in parts if p), rows, facts=tuple(facts), tap_hints=hints)


def _point_list(points: list[str]) -> str:
    return ", ".join(translated(knowledge.POINTS[p].label).lower() for p in points)


def _point(a: str, b: str, point_id: str) -> Screen | None:
    card_a, card_b = knowledge.card(a), knowledge.card(b)
    assert card_a is not None and card_b is not None
    label = translated(knowledge.POINTS[point_id].label)
    pair = escape(f"{card_short(a)} ⚖️ {card_short(b)}", quote=False)
    parts = [f"<b>{label}</b> · {pair}"]
    facts: list[Fact] = []
    for card in (card_a, card_b):
        card_facts = card.points.get(point_id, ())
        nothing = _("The sources say nothing about this.")
        body = bullet_facts(card_facts) if card_facts else nothing
        parts.append(f"<b>{card_name(card.id)}</b>\n{body}")
        facts.extend(card_facts)
    comparison = knowledge.comparison(a, b)
    difference = comparison.differences.get(point_id) if comparison is not None else None
    if difference is not None:
        parts.append("<b>" + _("The difference:") + "</b> " + translated(difference.text))
        facts.append(difference)
    parts.append(footer(facts))
    rows = [[button(pgettext("button", "📋 All points"), Compare(a, b))], *law_rows(facts),
            nav_row()]
    return Screen("\n\n".join(p for p in parts if p), rows, facts=tuple(facts))
