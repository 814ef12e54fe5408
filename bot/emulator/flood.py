"""Telegram's flood limits: 30 messages/s per bot, 20/min per group, ~1/s per private chat."""

from __future__ import annotations

import math
import time
from collections import deque
from dataclasses import dataclass, field


@dataclass
class FloodLimits:
    """Window sizes and counts; the private limit allows a short burst as Telegram does."""

    bot_per_second: int = 30
    group_per_minute: int = 20
    private_burst: int = 3
    private_window: float = 3.0
    # Count edits against the per-bot limit too (the bot's own budget counts them, to be safe):
    # the shared-budget benchmark's menu taps are edits.
    edits_count: bool = False


@dataclass
class FloodControl:
    """Sliding-window counters; check() returns retry_after seconds or 0 and records a send."""

    limits: FloodLimits = field(default_factory=FloodLimits)
    enabled: bool = False
    _bot: deque[float] = field(default_factory=deque)
    _chats: dict[int, deque[float]] = field(default_factory=dict)

    def check(self, chat_id: int | None, is_group: bool, now: float | None = None) -> int:
        """Return 0 and count the message, or the seconds to wait."""
        if not self.enabled:
            return 0
        now = time.monotonic() if now is None else now
        waits = [_wait(self._bot, now, 1.0, self.limits.bot_per_second)]
        chat_q: deque[float] | None = None
        if chat_id is not None:
            chat_q = self._chats.setdefault(chat_id, deque())
            if is_group:
                waits.append(_wait(chat_q, now, 60.0, self.limits.group_per_minute))
            else:
                waits.append(
                    _wait(chat_q, now, self.limits.private_window, self.limits.private_burst)
                )
        worst = max(waits)
        if worst > 0:
            return max(1, math.ceil(worst))
        self._bot.append(now)
        if chat_q is not None:
            chat_q.append(now)
        return 0


def _wait(q: deque[float], now: float, window: float, limit: int) -> float:
    """Drop stamps older than window; return how long until one more send fits."""
    while q and q[0] <= now - window:
        q.popleft()
    if len(q) < limit:
        return 0.0
    return q[len(q) - limit] + window - now
