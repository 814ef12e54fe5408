"""Redis key names: one hash tag per user or chat, so one update's keys share a cluster slot."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class UserKeys:
    """The keys stored for one Telegram user."""

    prefix: str
    user_id: int

    @property
    def tag(self) -> str:
        return f"{self.prefix}:{{u{self.user_id}}}"

    @property
    def session(self) -> str:
        return f"{self.tag}:session"

    @property
    def locale(self) -> str:
        return f"{self.tag}:locale"

    def seen_update(self, update_id: int) -> str:
        # Kept in the user's slot so the duplicate check rides in the same pipeline.
        return f"{self.tag}:seen:{update_id}"

    def recent_updates(self, window: int) -> str:
        # Under "seen": it is a count of the updates handled in one rate window.
        return f"{self.tag}:seen:rate:{window}"

    def all_patterns(self) -> str:
        return f"{self.tag}:*"


@dataclass(frozen=True)
class ChatKeys:
    """The keys stored for one group or channel."""

    prefix: str
    chat_id: int

    @property
    def tag(self) -> str:
        return f"{self.prefix}:{{c{self.chat_id}}}"

    @property
    def locale(self) -> str:
        return f"{self.tag}:locale"
