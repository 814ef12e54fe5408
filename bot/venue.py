"""Where a screen is shown: a private chat or a group, and under which bot username.

Bound once per update (bot/serving/pipeline.py) beside the locale, and part of the screen
cache's key, so the few screens that differ in groups (Home, Search, help) stay cached like the
rest.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator
from typing import NamedTuple

from telegram import Chat


class Venue(NamedTuple):
    """What a screen may depend on besides its node and the locale."""

    in_group: bool = False
    bot_username: str = ""

    @property
    def mention(self) -> str:
        """How users address the bot: `@name` (`@bot` until the name is known)."""
        return f"@{self.bot_username}" if self.bot_username else "@bot"


PRIVATE = Venue()  # also the venue outside any update (broadcasts, the menu graph)
_current: contextvars.ContextVar[Venue] = contextvars.ContextVar("venue", default=PRIVATE)


def current_venue() -> Venue:
    return _current.get()


def bind_venue(chat: Chat | None, bot_username: str | None) -> None:
    """Bind the venue of the update at hand (inline queries have no chat: a private one)."""
    in_group = chat is not None and chat.type in (Chat.GROUP, Chat.SUPERGROUP)
    _current.set(Venue(in_group, bot_username or ""))


@contextlib.contextmanager
def use_venue(venue: Venue) -> Iterator[None]:
    """Bind a venue for the block, outside an update."""
    token = _current.set(venue)
    try:
        yield
    finally:
        _current.reset(token)
