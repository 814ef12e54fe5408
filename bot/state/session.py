"""A user's place in the menus: current node, a capped history for Back, and flow scratch data."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

HOME = "home"
MAX_HISTORY = 10


@dataclass
class Session:
    """Per-user menu state, serialised to one JSON string in Redis."""

    node: str = HOME
    history: list[str] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)

    def go(self, node: str) -> None:
        """Move to a node, remembering where we were (home resets the trail)."""
        if node == self.node:
            return
        if node == HOME:
            self.history.clear()
        else:
            self.history.append(self.node)
            del self.history[:-MAX_HISTORY]
        self.node = node

    def back(self) -> str | None:
        """Step back; None when there is nowhere to go back to."""
        if not self.history:
            return None
        self.node = self.history.pop()
        return self.node

    def dumps(self) -> str:
        return json.dumps(
            {"n": self.node, "h": self.history, "d": self.data},
            separators=(",", ":"),
            ensure_ascii=False,
        )

    @classmethod
    def loads(cls, raw: str | None) -> Session:
        """Parse stored JSON; anything unreadable yields a fresh session rather than an error."""
        if not raw:
            return cls()
        try:
            value = json.loads(raw)
            node, history, data = value["n"], value["h"], value["d"]
        except (ValueError, KeyError, TypeError):
            return cls()
        if not (isinstance(node, str) and isinstance(history, list) and isinstance(data, dict)):
            return cls()
        return cls(node, [h for h in history if isinstance(h, str)][-MAX_HISTORY:], data)
