"""Short forms of the cards' points, for table cells: a few words each, never more than the facts.

They live in a module of their own, beside the card modules; each holds the very Fact
objects it shortens (``Card.points[point]``), so it rests on the same source passages. Tests
check that every point of every card has one and that each points at its card's facts. The
texts are msgids of the gettext domain "knowledge", translated with ``bot.i18n.kgettext``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bot.i18n import N_
from bot.knowledge.cards import CARDS
from bot.knowledge.model import Fact, frozen_map


@dataclass(frozen=True)
class ShortCell:
    """The short form of what the sources say about one point of one card."""

    card: str
    point: str
    text: str
    facts: tuple[Fact, ...]

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s for fact in self.facts for s in fact.sources))


_TEXTS: dict[tuple[str, str], str] = {
    ("social", "what"): N_("Official social insurance IC card; proves you are insured"),
    ("social", "issuer"): N_("Local HR & SS departments"),
    ("social", "manager"): N_("HR & SS departments (Ministry, provinces, cities)"),
    ("social", "function"): N_("Pension, medical care, unemployment; records and queries"),
    ("social", "scope"): N_("Pensions, medical reimbursement, unemployment benefits"),
    ("social", "eligibility"): N_("After joining social security; employers apply for staff"),
    ("social", "records"): N_("Identity and social insurance records"),
    ("social", "security"): N_("High: strict key management"),
    ("social", "form"): N_("Physical card with a chip"),
    ("social", "legal"): N_("Social Security Card Measures; Social Insurance Law"),
    ("esocial", "what"): N_("Electronic counterpart of the social security card"),
    ("esocial", "issuer"): N_("Ministry of HR & SS"),
    ("esocial", "manager"): N_("National social security card service platform"),
    ("esocial", "function"): N_("Voucher to apply for a social security card online"),
    ("esocial", "eligibility"): N_("Only with a physical social security card"),
    ("esocial", "form"): N_("Electronic; one per physical card"),
    ("medical", "what"): N_("Held with the social security card, which has replaced it"),
    ("medical", "issuer"): N_("Local designated agent bank"),
    ("medical", "function"): N_("Medical insurance benefits only"),
    ("medical", "eligibility"): N_("All insured persons had one, beside the social security card"),
    ("medical", "security"): N_("Low: no strict key management"),
    ("emedical", "what"): N_("Part of the national medical insurance platform"),
    ("emedical", "issuer"): N_("National Healthcare Security Administration"),
    ("emedical", "function"): N_("The only ID for medical insurance business online"),
    ("emedical", "scope"): N_("All medical insurance business"),
    ("emedical", "eligibility"): N_("Anyone who has joined medical insurance"),
    ("emedical", "form"): N_("Electronic certificate"),
    ("health", "what"): N_("Personal health information and medical records"),
    ("health", "manager"): N_("Local health departments or medical institutions"),
    ("health", "function"): N_("Lets medical institutions know your health quickly"),
    ("health", "scope"): N_("Registering, paying, health file at medical institutions"),
    ("health", "records"): N_("Health information, medical records, expenses"),
    ("citizen", "what"): N_("Mainly proves the cardholder's identity"),
    ("citizen", "issuer"): N_("Local government, to local residents"),
    ("citizen", "function"): N_("Medicine, payments, transport wallet (varies by city)"),
    ("citizen", "scope"): N_("Buses, subway, public reading rooms and more"),
    ("citizen", "eligibility"): N_("Local residents; conditions differ from the SS card"),
}


def _cells() -> dict[tuple[str, str], ShortCell]:
    # A text whose card or point has no facts is left out here and reported by the tests.
    found: dict[tuple[str, str], ShortCell] = {}
    for (card_id, point_id), text in _TEXTS.items():
        card = CARDS.get(card_id)
        facts = card.points.get(point_id, ()) if card is not None else ()
        if facts:
            found[card_id, point_id] = ShortCell(card_id, point_id, text, facts)
    return found


SHORT_CELLS: Mapping[tuple[str, str], ShortCell] = frozen_map(_cells())
# Every text written above, for the test that each one has its facts.
WRITTEN: frozenset[tuple[str, str]] = frozenset(_TEXTS)


def short_cell(card_id: str, point_id: str) -> ShortCell | None:
    """The short form of a card's point; None where the sources say nothing."""
    return SHORT_CELLS.get((card_id, point_id))
