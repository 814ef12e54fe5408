"""Short cells: one per point of every card, each resting on that point's facts."""

from __future__ import annotations

from bot.i18n import kgettext, use_locale
from bot.knowledge import CARDS
from bot.knowledge.short_cells import SHORT_CELLS, WRITTEN, short_cell


def test_picture_every_short_form_has_its_fact() -> None:
    assert set(SHORT_CELLS) == WRITTEN, "short forms of points the sources say nothing on"
    for (card_id, point_id), cell in SHORT_CELLS.items():
        facts = CARDS[card_id].points[point_id]
        assert cell.facts == facts and all(f in facts for f in cell.facts)
        assert cell.sources


def test_picture_every_point_of_every_card_has_a_short_form() -> None:
    for card in CARDS.values():
        for point_id in card.points:
            assert short_cell(card.id, point_id) is not None, (card.id, point_id)


def test_picture_short_forms_are_short_and_translated() -> None:
    for cell in SHORT_CELLS.values():
        assert len(cell.text) <= 60, cell.text
        assert len(cell.text) < min(len(f.text) for f in cell.facts), cell.text
        with use_locale("es"):
            assert kgettext(cell.text) != cell.text, cell.text
