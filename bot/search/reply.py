"""What the search answers: the kind of reply, its screens, and small helpers on both."""

from __future__ import annotations

from dataclasses import dataclass

from bot.addresses import Card, Node
from bot.search.board import Hit
from bot.search.phrases import Found, covered
from bot.search.text import STOPWORDS

ANSWER = "answer"
DID_YOU_MEAN = "did_you_mean"
NOT_COVERED = "not_covered"
GREETING = "greeting"
THANKS = "thanks"


@dataclass(frozen=True)
class Reply:
    """How to answer a message: its kind, the screens (best first) and, when the sources are
    silent, which kind of gap it is (``lost``, ``foreigners``… or ``other``)."""

    kind: str
    hits: tuple[Hit, ...] = ()
    gap: str | None = None

    @property
    def node(self) -> str | None:
        """The screen to show directly; None unless the reply is a confident answer."""
        return self.hits[0].node if self.kind == ANSWER and self.hits else None


def longest(found: list[Found]) -> int:
    """The most words one phrase found takes up."""
    return max((item.length for item in found), default=0)


def weight(found: list[Found]) -> int:
    """The most words the phrases of one target take up together."""
    taken: dict[str, set[int]] = {}
    for item in found:
        taken.setdefault(item.target, set()).update(range(item.start, item.end))
    return max((len(positions) for positions in taken.values()), default=0)


def inside_not_all(found: list[Found], taken: set[int]) -> list[Found]:
    """The phrases found that are not wholly inside the positions taken."""
    return [f for f in found if not all(i in taken for i in range(f.start, f.end))]


def main_card(named: list[tuple[str, bool]]) -> str | None:
    """The one card a message is about: the only one named, or the only one named fully."""
    cards = set(card for card, _weak in named)
    if len(cards) == 1:
        return cards.pop()
    strong = {card for card, weak in named if not weak}
    return strong.pop() if len(strong) == 1 else None


def all_taken(
    tokens: tuple[str, ...], found: list[Found], also: frozenset[str] = frozenset()
) -> bool:
    """Whether the phrases found take up every word that is not a function word, a number ("the
    6 cards") or one of `also`."""
    taken = covered(found)
    return all(
        i in taken or t in STOPWORDS or t in also or t.isdigit() for i, t in enumerate(tokens)
    )


_ARTICLES = frozenset({"the", "a", "an", "la", "el", "los", "las"})


def as_it_with_places(
    tokens: tuple[str, ...], in_names: set[int]
) -> tuple[tuple[str, ...], list[int]]:
    """The words with the card's name (and its article) as "it" ("what is the health card for"
    reads "what is it for", a phrase of the lexicon), with each word's place in the message."""
    out: list[str] = []
    places: list[int] = []
    for i, token in enumerate(tokens):
        if i not in in_names:
            out.append(token)
            places.append(i)
        elif i - 1 not in in_names:
            if out and out[-1] in _ARTICLES:
                out.pop()
                places.pop()
            out.append("it")
            places.append(i)
    return tuple(out), places


def unique(hits: list[Hit]) -> tuple[Hit, ...]:
    """The hits, each node once, in order."""
    seen: set[str] = set()
    out = []
    for item in hits:
        if item.node not in seen:
            seen.add(item.node)
            out.append(item)
    return tuple(out)


def two_cards(found: list[Hit]) -> bool:
    """Two card profiles among the hits: a partial name ("electronic") that fits both."""
    return sum(isinstance(Node.unpack(hit.node), Card) for hit in found) >= 2
