"""The wire format of buttons: the Tap base class and how a press packs into callback_data.

`kind:arg`, or just `kind` for a button that carries nothing, at most 64 bytes. The kinds
themselves, and the import path callers use, are in bot/callbacks.py: a kind registers itself
when that module is imported. `unpack` gives None for anything this version did not produce.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar, Self

MAX_BYTES = 64
SEP = ":"


@dataclass(frozen=True)
class Tap:
    """A button press. Subclasses name their `kind` and say how their fields make the arg."""

    kind: ClassVar[str]
    _kinds: ClassVar[dict[str, type[Tap]]] = {}

    def __init_subclass__(cls, kind: str = "", **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if kind:
            if kind in Tap._kinds:
                raise ValueError(f"callback kind {kind!r} registered twice")
            cls.kind = kind
            Tap._kinds[kind] = cls

    def arg(self) -> str:
        """What follows `kind:`; empty for a button that carries nothing."""
        return ""

    @classmethod
    def from_arg(cls, arg: str) -> Tap | None:
        return cls() if not arg else None

    def pack(self) -> str:
        arg = self.arg()
        data = f"{self.kind}{SEP}{arg}" if arg else self.kind
        if len(data.encode()) > MAX_BYTES:
            raise ValueError(f"callback_data over {MAX_BYTES} bytes: {data!r}")
        return data

    @classmethod
    def unpack(cls, data: object) -> Self | None:
        """The press `data` packs, when it is of this kind (of any kind, on `Tap` itself)."""
        if not isinstance(data, str) or not data or len(data.encode()) > MAX_BYTES:
            return None
        kind, sep, arg = data.partition(SEP)
        found = Tap._kinds.get(kind)
        if found is None or (sep and not arg):
            return None
        tap = found.from_arg(arg)
        return tap if isinstance(tap, cls) else None

    @classmethod
    def filter(cls) -> Callable[[object], bool]:
        """A `CallbackQueryHandler` pattern taking the buttons of this kind that unpack."""
        def unpacks(data: object) -> bool:
            return cls.unpack(data) is not None

        return unpacks

    @classmethod
    def claims(cls) -> Callable[[object], bool]:
        """A `CallbackQueryHandler` pattern taking every button of this kind, old and forged
        ones too, so that its handler answers those with its own note."""
        def claimed(data: object) -> bool:
            return isinstance(data, str) and data.partition(SEP)[0] == cls.kind

        return claimed
