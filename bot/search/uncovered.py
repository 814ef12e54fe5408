"""The honest reply to a message whose topic the sources do not cover: "not covered", with the
closest topics it would have led to without the uncovered words."""

from __future__ import annotations

from collections.abc import Callable

from bot.addresses import Card, Node, Task
from bot.search.engine import Hit
from bot.search.phrases import Found, best, covered
from bot.search.reply import NOT_COVERED, Reply, unique


def not_covered(
    tokens: tuple[str, ...],
    gaps: list[Found],
    named: list[tuple[str, bool]],
    read: Callable[[str], Reply],
    hit: Callable[[str], Hit],
) -> Reply:
    """ "Not covered", the kind of gap, and the closest topics: what the rest of the message
    leads to, or else the cards it names."""
    gap_at = covered(gaps)
    rest = " ".join(token for i, token in enumerate(tokens) if i not in gap_at)
    answer = read(rest) if rest else Reply(NOT_COVERED)
    closest = [hit(h.node) for h in answer.hits if answer.kind != NOT_COVERED]
    if not closest or not isinstance(Node.unpack(closest[0].node), Task):  # else its cards
        closest[:0] = [hit(Card(card).pack()) for card, _weak in named]
    return Reply(NOT_COVERED, unique(closest)[:3], gap=best(gaps)[0])
