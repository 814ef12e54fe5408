"""Node addresses: the typed form of `cmp:health:social`, for buttons, paths and deep links.

Modelled on aiogram's `CallbackData`: one small frozen class per kind of screen, with a prefix
and typed fields; `pack()` writes the string that buttons and session paths carry, `unpack()`
reads it back, or gives None for anything this version of the bot did not produce (an old or
forged button never raises). A node names only what exists in the knowledge base, so a renderer
receives real card ids, points and question numbers. The strings are the wire format: changing
how a kind packs breaks the buttons already in users' chats.
"""

from __future__ import annotations

import re
from dataclasses import MISSING, dataclass, fields
from functools import cached_property, lru_cache
from typing import ClassVar, get_args, get_type_hints

from bot import knowledge

SEP = ":"
PAGE_MARK = "@"  # `cmp:health:social@2` is the second page of that screen
MAX_NODE = 64
MAX_DIGITS = 3  # of a page or a question number
# t.me deep links allow only these characters, so a payload writes '-' where a node has ':'.
_PAYLOAD = re.compile(r"[A-Za-z0-9_-]{1,64}")
_PAYLOAD_SEP = "-"


@dataclass(frozen=True)
class Node:
    """A screen's address. Subclasses are frozen dataclasses that name their `prefix`; their
    fields pack in order, a trailing field left None packs to nothing."""

    prefix: ClassVar[str]
    _kinds: ClassVar[dict[str, type[Node]]] = {}

    def __init_subclass__(cls, prefix: str = "", **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if prefix:
            if prefix in Node._kinds:
                raise ValueError(f"node prefix {prefix!r} registered twice")
            cls.prefix = prefix
            Node._kinds[prefix] = cls

    def parts(self) -> list[str]:
        """The fields after the prefix, as strings, up to the first that is None."""
        packed: list[str] = []
        for field in fields(self):
            value = getattr(self, field.name)
            if value is None:
                break
            packed.append(str(value))
        return packed

    @classmethod
    def from_parts(cls, parts: list[str]) -> Node | None:
        """The node these packed fields name; None when they do not fit the fields."""
        slots = _slots(cls)
        if not sum(slot.required for slot in slots) <= len(parts) <= len(slots):
            return None
        values: dict[str, object] = {}
        for slot, part in zip(slots, parts, strict=False):
            if slot.numeric:
                if not (part.isascii() and part.isdigit() and len(part) <= MAX_DIGITS):
                    return None
                values[slot.name] = int(part)
            elif part:
                values[slot.name] = part
            else:
                return None
        node = cls(**values)
        return node if node.valid() else None

    def valid(self) -> bool:
        """Whether everything the node names exists; kinds with fields check them."""
        return True

    def pack(self) -> str:
        return self._packed

    # Packed once per node: unpacked addresses are cached, and every tap packs its target.
    @cached_property
    def _packed(self) -> str:
        packed = SEP.join([self.prefix, *self.parts()])
        if len(packed.encode()) > MAX_NODE:
            raise ValueError(f"node over {MAX_NODE} bytes: {packed!r}")
        return packed

    @staticmethod
    def unpack(text: str) -> Node | None:
        """The node a string names (no page mark); None for anything unknown or forged."""
        if len(text) > MAX_NODE:
            return None
        prefix, *parts = text.split(SEP)
        kind = Node._kinds.get(prefix)
        return kind.from_parts(parts) if kind is not None else None

    def to_payload(self) -> str:
        """The node's deep-link payload (`/start cmp-health-social`)."""
        return self.pack().replace(SEP, _PAYLOAD_SEP)

    @staticmethod
    def from_payload(payload: str) -> Node | None:
        if not _PAYLOAD.fullmatch(payload):
            return None
        return Node.unpack(payload.replace(_PAYLOAD_SEP, SEP))


@dataclass(frozen=True)
class Address:
    """A node and one of its pages: what a button leads to and a session path holds."""

    node: Node
    page: int = 1

    def pack(self) -> str:
        return self._packed

    @cached_property
    def _packed(self) -> str:
        node = self.node.pack()
        return node if self.page == 1 else f"{node}{PAGE_MARK}{self.page}"

    @staticmethod
    def unpack(text: str) -> Address | None:
        """The address a button or path names; None for anything unknown or forged."""
        return _unpack_address(text) if len(text) <= MAX_NODE else None

    def to_payload(self) -> str:
        """A deep link opens the screen at its first page."""
        return self.node.to_payload()


@lru_cache(maxsize=4096)  # taps repeat the same few hundred addresses; forged ones are bounded
def _unpack_address(text: str) -> Address | None:
    base, mark, page_text = text.partition(PAGE_MARK)
    if mark and not (page_text.isascii() and page_text.isdigit()
                     and len(page_text) <= MAX_DIGITS and int(page_text) >= 1):
        return None
    node = Node.unpack(base)
    return Address(node, int(page_text) if mark else 1) if node is not None else None


@dataclass(frozen=True)
class _Slot:
    """One field of a kind, as packing sees it."""

    name: str
    numeric: bool
    required: bool


_SLOTS: dict[str, list[_Slot]] = {}


def _slots(kind: type[Node]) -> list[_Slot]:
    """A kind's fields in packing order (read once per kind)."""
    found = _SLOTS.get(kind.prefix)
    if found is None:
        hints = get_type_hints(kind)
        found = _SLOTS[kind.prefix] = [
            _Slot(f.name, int in (hints[f.name], *get_args(hints[f.name])), f.default is MISSING)
            for f in fields(kind)
        ]
    return found


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
        article = _PAYLOAD_SEP.join(parts) if parts else None
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
