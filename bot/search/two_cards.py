"""Two cards named in one message: when their comparison or their common question settles it,
whatever else the message says."""

from __future__ import annotations

import itertools

from bot import knowledge
from bot.addresses import Compare, Faq, Node
from bot.search.board import Hit
from bot.search.text import COMPARE_WORDS

_COMPARATIVES = frozenset({"than", "better", "worse", "mejor", "peor"})
_DIFFERENT = frozenset({"different", "diferente", "diferentes"})
_DIFFERENCE = frozenset({
    "difference", "differences", "differ", "diferencia", "diferencias", "diferencian",
    "distinguish", "distingue", "distinguen", "diff", "cambia", *_DIFFERENT,
})  # fmt: skip
_SAME = frozenset({"same", "mismo", "misma", "mismos", "mismas", "igual", "iguales"})
# Words for the physical card beside the electronic one it is the voucher of ("is the e-social
# card the same as the physical one?"): the seeds tie only these two one to one.
_PHYSICAL = frozenset({
    "physical", "plastic", "regular", "real", "fisica", "fisico", "plastico", "normal",
})  # fmt: skip
_ITS_PHYSICAL = {"esocial": "social"}


def _difference(tokens: tuple[str, ...]) -> bool:
    """A word for their difference; "different" beside "same" asks whether they are one."""
    said = _DIFFERENCE.intersection(tokens)
    return bool(said - _DIFFERENT or (said and not _SAME.intersection(tokens)))


def comparison(
    tokens: tuple[str, ...], named: list[tuple[str, bool]], found: list[Hit]
) -> Hit | None:
    """The comparison of the two cards named in full, asked with a word for comparing ("is the
    medical insurance card less secure than the social security card"), wherever it was found."""
    cards = list(dict.fromkeys(card for card, weak in named if not weak))
    physical = _its_physical(tokens, cards, found)
    if physical is not None:
        return physical
    if not (COMPARE_WORDS | _DIFFERENCE).intersection(tokens) or not found:
        return None
    if len(cards) != 2:  # "la física y la electrónica, ¿qué diferencia hay?": a card and its form
        both = len({card for card, _weak in named}) == 2 and _difference(tokens)
        return next((h for h in found if isinstance(Node.unpack(h.node), Compare)), None) if (
            both
        ) else None
    if isinstance(Node.unpack(found[0].node), Compare):
        return found[0]
    # "what's the difference", "how do they differ": their comparison, as most askers expect
    # (their common question says whether they are one card); "better than" too
    if not (_COMPARATIVES.intersection(tokens) or _difference(tokens)):
        return None
    return next((hit for hit in found if isinstance(Node.unpack(hit.node), Compare)), None)


def _its_physical(tokens: tuple[str, ...], cards: list[str], found: list[Hit]) -> Hit | None:
    """The comparison of an electronic card with its physical card, asked of the one named and
    a word for the other ("whats the diff between the e-social card and the regular one"; not
    "¿puede sacar igual la electrónica?", "anyway")."""
    physical = _ITS_PHYSICAL.get(cards[0]) if len(cards) == 1 else None
    alike = set(itertools.pairwise(tokens)) & {("igual", "que"), ("igual", "a")}
    asked = alike or (COMPARE_WORDS | _DIFFERENCE | _SAME - {"igual"}).intersection(tokens)
    if physical is None or not asked or not _PHYSICAL.intersection(tokens) or not found:
        return None
    return Hit(Compare(physical, cards[0]).pack(), max(hit.score for hit in found),
               found[0].language)


def about_both(named: list[tuple[str, bool]], found: list[Hit]) -> bool:
    """Two cards named in full, and the common question about just those two found first ("is
    a health card a type of social security card": not the types of social security card)."""
    cards = {card for card, weak in named if not weak}
    node = Node.unpack(found[0].node) if found else None
    if len(cards) != 2 or not isinstance(node, Faq) or node.number is None:
        return False
    faq = knowledge.faq(node.number)
    return faq is not None and set(faq.cards) == cards


# The words of the card's other name, whose common question is whether it is the same card.
_OTHER_NAME = (("human", "resources"), ("recursos", "humanos"))
_BODIES = frozenset({
    "bureau", "department", "departments", "office", "ministry", "people", "oficina",
    "departamento", "ministerio", "buro",
})  # fmt: skip


def two_names_of_one(tokens: tuple[str, ...], named: list[tuple[str, bool]]) -> str | None:
    """The social security card named twice, once as the "human resources and social security
    card": whether they are one card (FAQ 4), whatever else is said ("…HR uses one name and the
    hospital the other")."""
    said = set(itertools.pairwise(tokens))
    bodies = _BODIES.intersection(tokens)  # "the human resources and social security bureau"
    if [card for card, _weak in named].count("social") < 2 or not said.intersection(_OTHER_NAME):
        return None
    return None if bodies else Faq(4).pack()
