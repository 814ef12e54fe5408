"""Two cards named in one message: when their comparison or their common question settles it,
whatever else the message says."""

from __future__ import annotations

from bot import knowledge
from bot.addresses import Compare, Faq, Node
from bot.search.board import Hit
from bot.search.text import COMPARE_WORDS


def compared(tokens: tuple[str, ...], named: list[tuple[str, bool]], found: list[Hit]) -> bool:
    """Two cards named in full and a word for comparing them, and their comparison found first
    ("social security card vs citizen card for the bus")."""
    two = len({card for card, weak in named if not weak}) >= 2
    asked = two and bool(COMPARE_WORDS.intersection(tokens))
    return asked and bool(found) and isinstance(Node.unpack(found[0].node), Compare)


def about_both(named: list[tuple[str, bool]], found: list[Hit]) -> bool:
    """Two cards named in full, and the common question about just those two found first ("is
    a health card a type of social security card": not the types of social security card)."""
    cards = {card for card, weak in named if not weak}
    node = Node.unpack(found[0].node) if found else None
    if len(cards) != 2 or not isinstance(node, Faq) or node.number is None:
        return False
    faq = knowledge.faq(node.number)
    return faq is not None and set(faq.cards) == cards
