"""callback_data codec: short ASCII strings, at most 64 bytes as Telegram requires."""

from __future__ import annotations

from dataclasses import dataclass

MAX_BYTES = 64
GO = "g"
BACK = "b"
HOME = "h"
LANGUAGE = "l"
FORGET = "f"
TRANSLATE = "t"
KINDS = frozenset({GO, BACK, HOME, LANGUAGE, FORGET, TRANSLATE})


@dataclass(frozen=True)
class Callback:
    """A decoded button press."""

    kind: str
    arg: str = ""


def encode(kind: str, arg: str = "") -> str:
    data = f"{kind}:{arg}" if arg else kind
    if len(data.encode()) > MAX_BYTES:
        raise ValueError(f"callback_data over {MAX_BYTES} bytes: {data!r}")
    return data


def go(node: str) -> str:
    return encode(GO, node)


def decode(data: str | None) -> Callback | None:
    """None for anything this version of the bot did not produce."""
    if not data or len(data.encode()) > MAX_BYTES:
        return None
    kind, _, arg = data.partition(":")
    if kind not in KINDS or (kind in (GO, LANGUAGE, FORGET, TRANSLATE)) != bool(arg):
        return None
    return Callback(kind, arg)
