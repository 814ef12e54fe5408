"""A user's place in the menus: each menu message's own path for Back, and flow scratch data."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

HOME = "home"
# Menu messages whose path is kept (the most recently shown), and nodes per path.
MAX_MESSAGES = 8
MAX_DEPTH = 10


@dataclass
class Session:
    """Per-user menu state, serialised to one JSON string in Redis.

    `paths` maps a menu message (see `handlers._show.message_key`) to the nodes it has shown,
    the last one on screen now, so Back on that message retraces that message's own steps.
    """

    paths: dict[str, list[str]] = field(default_factory=dict)
    data: dict[str, Any] = field(default_factory=dict)

    def path(self, message: str) -> list[str] | None:
        """The nodes a message has shown; None when it is unknown (old, expired or not ours)."""
        trail = self.paths.get(message)
        return list(trail) if trail is not None else None

    def set_path(self, message: str, trail: list[str]) -> None:
        """The message shows `trail[-1]`, having shown the others before it; the oldest
        messages' paths make room."""
        self.paths.pop(message, None)
        self.paths[message] = trail[-MAX_DEPTH:]
        for old in list(self.paths)[:-MAX_MESSAGES]:
            del self.paths[old]

    def dumps(self) -> str:
        return json.dumps(
            {"p": self.paths, "d": self.data}, separators=(",", ":"), ensure_ascii=False
        )

    @classmethod
    def loads(cls, raw: str | None) -> Session:
        """Parse stored JSON; anything unreadable yields a fresh session rather than an error.

        A session written before paths were kept per message has no "p": its flow data stays.
        """
        if not raw:
            return cls()
        try:
            value = json.loads(raw)
            paths, data = value.get("p", {}), value["d"]
        except (ValueError, KeyError, TypeError, AttributeError):
            return cls()
        if not (isinstance(paths, dict) and isinstance(data, dict)):
            return cls()
        kept = {
            str(key): [n for n in trail if isinstance(n, str)][-MAX_DEPTH:]
            for key, trail in list(paths.items())[-MAX_MESSAGES:]
            if isinstance(trail, list)
        }
        return cls(kept, data)


def forward(trail: list[str], node: str) -> list[str]:
    """A message's path after it shows `node`; a node already on the path cuts back to it."""
    if node == HOME:
        return [HOME]
    if node in trail:
        return trail[: trail.index(node) + 1]
    return [*trail, node]


def backward(trail: list[str]) -> list[str]:
    """A message's path after Back: one step shorter, or Home when nothing is behind it."""
    return trail[:-1] if len(trail) >= 2 else [HOME]
