"""Replies to typed messages that are not a screen of their own: small talk, "Did you mean",
and what the sources do not cover."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from telegram import InlineKeyboardButton

from bot.addresses import Home, Node, Tasks
from bot.i18n import _, pgettext
from bot.screens.base import Screen, button, nav_row, render
from bot.screens.titles import title
from bot.search import GREETING, Hit

# One sentence per kind of gap, so that a person learns what exactly the sources leave out.
_GAPS: dict[str, Callable[[], str]] = {
    "lost": lambda: _("They say nothing about lost or stolen cards."),
    "foreigners": lambda: _("They say nothing about foreigners in particular."),
    "time": lambda: _("They say nothing about how long anything takes."),
    "cost": lambda: _("They say nothing about fees or prices."),
    "amounts": lambda: _("They give no rates or amounts."),
    "renewal": lambda: _("They say nothing about renewing or replacing a card."),
    "offices": lambda: _("They give no addresses, opening hours or phone numbers."),
    "passwords": lambda: _("They say nothing about passwords or PINs."),
    "abroad": lambda: _("They speak only of China."),
    "family": lambda: _("They say nothing about children or students."),
    "babies": lambda: _("They say nothing about children or students."),
    "others": lambda: _("They say nothing about using another person's card."),
    "rates": lambda: _("They give no rates or amounts."),
    "transfer": lambda: _("They say nothing about moving your insurance to another city."),
    "getting": lambda: _("They do not say how to get this card."),
    "ages": lambda: _("They give no ages."),
    "apps": lambda: _("They name no app to install."),
    "banking": lambda: _("They say nothing about cash or bank accounts."),
    "city": lambda: _(
        "They say only that the difference between the citizen card and the social security "
        "card varies from city to city, and that in some cities the citizen card has the "
        "function of a social security card."
    ),
    "treatments": lambda: _("They name no particular treatment."),
    "lending": lambda: _("They say nothing about lending or borrowing a card."),
    "refused": lambda: _("They say nothing about a card being refused."),
    "places": lambda: _("They name no particular hospital or pharmacy."),
}


def _choices(hits: Iterable[Hit]) -> list[list[InlineKeyboardButton]]:
    nodes = (node for hit in hits if (node := Node.unpack(hit.node)) is not None)
    labels = ((title(node, short=True), node) for node in nodes)
    return [[button("➡️ " + label, node)] for label, node in labels if label]


def _guide_row() -> list[InlineKeyboardButton]:
    return [button(pgettext("button", "🧭 What do you need to do?"), Tasks())]


def small_talk(kind: str) -> Screen:
    """A short friendly word, then the menu."""
    home = render(Home())
    assert home is not None
    if kind == GREETING:
        note = _("Hello! Ask me which card you need, in your own words, or pick from the menu.")
    else:
        note = _("You're welcome! Ask me anything else about the cards, or pick from the menu.")
    return home.with_note(note)


def did_you_mean(hits: Iterable[Hit]) -> Screen:
    text = _("I am not sure I understood. Did you mean one of these?")
    return Screen(text, [*_choices(hits), _guide_row(), nav_row(back=False)])


def not_covered_note(gap: str | None) -> str:
    """The sources do not answer this, and what exactly they leave out."""
    parts = [_("My sources do not cover this.")]
    if gap in _GAPS:
        parts.append(_GAPS[gap]())
    return " ".join(parts)


def not_covered(gap: str | None, hits: Iterable[Hit]) -> Screen:
    """The honest reply: the sources do not answer this; here is what comes closest."""
    parts = [not_covered_note(gap)]
    choices = _choices(hits)
    if choices:
        parts.append(_("These are the closest topics they do cover:"))
    else:
        parts.append(_("Try naming what you need to do, such as <i>see a doctor</i> or "
                       "<i>take the subway</i>, or use the guide."))
    return Screen(" ".join(parts), [*choices, _guide_row(), nav_row(back=False)])
