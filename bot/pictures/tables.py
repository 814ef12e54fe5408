"""What each comparison picture says: a pair of cards point by point, or all six at a glance.

A picture id is a comparison id such as "health-social" (every pair of the six cards, whether
or not the sources compare them directly) or OVERVIEW. The text is in the bound locale.
"""

from __future__ import annotations

from itertools import combinations

from bot import knowledge
from bot.i18n import _, kgettext
from bot.knowledge.model import comparison_id
from bot.knowledge.short_cells import short_cell
from bot.pictures.layout import (
    CELL_STYLE,
    FOOTER_STYLE,
    HEAD_STYLE,
    NAME_STYLE,
    POINT_STYLE,
    SILENT_STYLE,
    TITLE_STYLE,
    Grid,
)

OVERVIEW = "overview"
BOT_NAME = "Card Guide"


def pair_ids() -> tuple[str, ...]:
    return tuple(comparison_id(a, b) for a, b in combinations(knowledge.CARDS, 2))


def picture_ids() -> tuple[str, ...]:
    return (*pair_ids(), OVERVIEW)


def pair_of(picture_id: str) -> tuple[str, str] | None:
    """The two cards of a pair picture's id, in id order; None for anything else."""
    first, _sep, second = picture_id.partition("-")
    if picture_id in pair_ids():
        return first, second
    return None


def overview_points() -> tuple[str, ...]:
    """The points the sources cover for most (more than half) of the cards."""
    cards = knowledge.CARDS.values()
    return tuple(p for p in knowledge.POINTS if 2 * sum(p in c.points for c in cards) > len(cards))


def _silent() -> str:
    return _("The sources say nothing about this.")


def _footer(grid: Grid, sources: list[str]) -> None:
    unique = list(dict.fromkeys(sources))
    titles = "; ".join(f"«{kgettext(knowledge.SOURCES[s].title)}»" for s in unique)
    grid.space(12)
    grid.row([(f"{BOT_NAME} · " + _("Sources:") + " " + titles, FOOTER_STYLE, 1.0)])


def pair_grid(a: str, b: str) -> Grid:
    card_a, card_b = knowledge.CARDS[a], knowledge.CARDS[b]
    grid = Grid()
    grid.row([(_("{a} vs {b}").format(a=kgettext(card_a.short_name),
                                       b=kgettext(card_b.short_name)), TITLE_STYLE, 1.0)])
    grid.row([(kgettext(card_a.name), HEAD_STYLE, 0.5), (kgettext(card_b.name), HEAD_STYLE, 0.5)])
    sources: list[str] = []
    for point_id, point in knowledge.POINTS.items():
        cells = [short_cell(a, point_id), short_cell(b, point_id)]
        if not any(cells):
            continue
        grid.row([(kgettext(point.label), POINT_STYLE, 1.0)])
        grid.row([
            (kgettext(cell.text), CELL_STYLE, 0.5) if cell else (_silent(), SILENT_STYLE, 0.5)
            for cell in cells
        ])
        sources.extend(s for cell in cells if cell for s in cell.sources)
    _footer(grid, sources)
    return grid


def overview_grid() -> Grid:
    grid = Grid()
    grid.row([(_("The six cards at a glance"), TITLE_STYLE, 1.0)])
    sources: list[str] = []
    for point_id in overview_points():
        grid.row([(kgettext(knowledge.POINTS[point_id].label), POINT_STYLE, 1.0)])
        for card in knowledge.CARDS.values():
            cell = short_cell(card.id, point_id)
            text, style = (kgettext(cell.text), CELL_STYLE) if cell else (_silent(), SILENT_STYLE)
            grid.row([(kgettext(card.short_name), NAME_STYLE, 0.36), (text, style, 0.64)])
            sources.extend(cell.sources if cell else ())
    _footer(grid, sources)
    return grid


def grid_of(picture_id: str) -> Grid | None:
    if picture_id == OVERVIEW:
        return overview_grid()
    pair = pair_of(picture_id)
    return pair_grid(*pair) if pair else None
