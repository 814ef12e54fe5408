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
BROADCAST = "B"  # the admin's broadcast flow and /broadcasts controls
CHAT = "C"  # a group's or channel's settings
PICTURE = "P"  # send a comparison's picture: "P:<card>:<card>" or "P:overview"
KINDS = frozenset({GO, BACK, HOME, LANGUAGE, FORGET, TRANSLATE, BROADCAST, CHAT, PICTURE})


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
    needs_arg = kind in (GO, LANGUAGE, FORGET, TRANSLATE, BROADCAST, CHAT, PICTURE)
    if kind not in KINDS or needs_arg != bool(arg):
        return None
    return Callback(kind, arg)
