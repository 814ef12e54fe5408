"""The wire format of node addresses: the Node base, Address (a node and a page), and packing.

Modelled on aiogram's `CallbackData`: one small frozen class per kind of screen, with a prefix
and typed fields; `pack()` writes the string that buttons and session paths carry, `unpack()`
reads it back, or gives None for anything this version of the bot did not produce (an old or
forged button never raises). The kinds themselves, and the import path callers use, are in
bot/addresses.py: a kind registers its prefix when that module is imported. The strings are the
wire format: changing how a kind packs breaks the buttons already in users' chats.
"""

from __future__ import annotations

import re
from dataclasses import MISSING, dataclass, fields
from functools import cached_property, lru_cache
from typing import ClassVar, get_args, get_type_hints

SEP = ":"
PAGE_MARK = "@"  # `cmp:health:social@2` is the second page of that screen
MAX_NODE = 64
MAX_DIGITS = 3  # of a page or a question number
# t.me deep links allow only these characters, so a payload writes '-' where a node has ':'.
_PAYLOAD = re.compile(r"[A-Za-z0-9_-]{1,64}")
PAYLOAD_SEP = "-"


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
        return self.pack().replace(SEP, PAYLOAD_SEP)

    @staticmethod
    def from_payload(payload: str) -> Node | None:
        if not _PAYLOAD.fullmatch(payload):
            return None
        return Node.unpack(payload.replace(PAYLOAD_SEP, SEP))


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
