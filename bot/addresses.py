"""Node addresses: one small frozen class per kind of screen, `cmp:health:social` typed.

A node names only what exists in the knowledge base, so a renderer receives real card ids, points
and question numbers. How a node packs into buttons, paths and deep links is bot/address_format.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot import knowledge
from bot.address_format import MAX_NODE, PAGE_MARK, PAYLOAD_SEP, SEP, Address, Node

__all__ = [
    "MAX_NODE", "PAGE_MARK", "SEP", "Address", "Card", "Cards", "Compare", "Does", "Faq", "Help",
    "Home", "Languages", "Law", "Node", "Search", "Source", "Task", "Tasks",
]


def _card(card_id: str | None) -> bool:
    return card_id is None or knowledge.card(card_id) is not None


def _point(point_id: str | None) -> bool:
    return point_id is None or point_id in knowledge.POINTS


@dataclass(frozen=True)
class Home(Node, prefix="home"):
    """The main menu."""


@dataclass(frozen=True)
class Search(Node, prefix="search"):
    """How to ask in one's own words."""


@dataclass(frozen=True)
class Help(Node, prefix="help"):
    """How to use the bot."""


@dataclass(frozen=True)
class Languages(Node, prefix="lang"):
    """The language picker."""


@dataclass(frozen=True)
class Cards(Node, prefix="cards"):
    """The list of cards."""


@dataclass(frozen=True)
class Card(Node, prefix="card"):
    """A card's profile (`card:health`), or one point of it (`card:health:legal`)."""

    card: str
    point: str | None = None

    def valid(self) -> bool:
        return _card(self.card) and _point(self.point)


@dataclass(frozen=True)
class Does(Node, prefix="does"):
    """The tasks a card serves."""

    card: str

    def valid(self) -> bool:
        return _card(self.card)


@dataclass(frozen=True)
class Compare(Node, prefix="cmp"):
    """`cmp` picks a first card, `cmp:a` a second, `cmp:a:b` is the summary, `cmp:a:b:p` a point."""

    first: str | None = None
    second: str | None = None
    point: str | None = None

    def valid(self) -> bool:
        cards = _card(self.first) and _card(self.second) and _point(self.point)
        # Trailing fields only (`cmp::social` packs as `cmp`), and two different cards.
        return cards and (self.first is not None or self.second is None) and (
            self.second is not None or self.point is None) and (
            self.second is None or self.first != self.second)


@dataclass(frozen=True)
class Faq(Node, prefix="faq"):
    """The list of common questions, or question `number` (from 1)."""

    number: int | None = None

    def valid(self) -> bool:
        return self.number is None or knowledge.faq(self.number) is not None


@dataclass(frozen=True)
class Law(Node, prefix="law"):
    """The law articles the sources quote, or one of them (`law:sil-58`)."""

    article: str | None = None

    @classmethod
    def from_parts(cls, parts: list[str]) -> Node | None:
        # A deep link turns the '-' inside an article id into ':' too: `law:sil:58`.
        article = PAYLOAD_SEP.join(parts) if parts else None
        return cls(article) if article is None or article in knowledge.LAWS else None


@dataclass(frozen=True)
class Tasks(Node, prefix="tasks"):
    """The task topics, or the tasks under one topic."""

    group: str | None = None

    def valid(self) -> bool:
        return self.group is None or self.group in knowledge.TASK_GROUPS


@dataclass(frozen=True)
class Task(Node, prefix="task"):
    """One task and the cards the sources name for it."""

    task: str

    def valid(self) -> bool:
        return knowledge.task(self.task) is not None


@dataclass(frozen=True)
class Source(Node, prefix="src"):
    """The passages behind another node's screen: `src:cmp:health:social`."""

    of: Node

    def parts(self) -> list[str]:
        return [self.of.pack()]

    @classmethod
    def from_parts(cls, parts: list[str]) -> Node | None:
        of = Node.unpack(SEP.join(parts)) if parts else None
        return cls(of) if of is not None and not isinstance(of, Source) else None
