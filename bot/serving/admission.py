"""Which webhook deliveries this process takes: not a second copy, not past a user's share.

Telegram delivers with up to 100 connections at once and may POST an update again while the first
copy is still being handled. Redis's duplicate guard catches a copy only if the first copy's read
went through; the ids of updates this process took, unfinished or finished lately, catch it without
Redis. And one user's flood must not fill the backlog that every user shares: past
MAX_USER_BACKLOG unfinished updates of one user, that user's further updates are dropped, as the
rate limit (handlers/throttle.py) drops them, and answered 200 so that Telegram does not retry.
"""

from __future__ import annotations

import logging
from collections import OrderedDict

from telegram import Update

from bot.serving import metrics
from bot.serving.ordering import ordering_key

log = logging.getLogger("cardbot.updates")

# A person taps far slower: the rate limit lets 20 updates in 10 s through.
MAX_USER_BACKLOG = 50
RECENT_IDS = 10_000  # finished update ids remembered; about 1 MB


class Admission:
    """Updates taken and not finished, per id and per user; ids finished lately."""

    def __init__(self, max_user_backlog: int = MAX_USER_BACKLOG) -> None:
        self.max_user_backlog = max_user_backlog
        self._taken: dict[int, int | None] = {}  # update id -> its user (ordering key)
        self._per_user: dict[int, int] = {}
        self._recent: OrderedDict[int, None] = OrderedDict()

    @property
    def sizes(self) -> tuple[int, int, int]:
        """(updates taken, users with updates taken, finished ids remembered): all bounded."""
        return len(self._taken), len(self._per_user), len(self._recent)

    def seen(self, update_id: int) -> bool:
        """Taken already: being handled here, or finished lately."""
        return update_id in self._taken or update_id in self._recent

    def over_share(self, update: Update) -> bool:
        key = ordering_key(update)
        return key is not None and self._per_user.get(key, 0) >= self.max_user_backlog

    def take(self, update: Update) -> None:
        key = ordering_key(update)
        self._taken[update.update_id] = key
        if key is not None:
            self._per_user[key] = self._per_user.get(key, 0) + 1

    def finished(self, update_id: int) -> None:
        if update_id not in self._taken:
            return
        key = self._taken.pop(update_id)
        if key is not None:
            left = self._per_user[key] - 1
            if left:
                self._per_user[key] = left
            else:
                del self._per_user[key]  # memory bounded by users with updates in flight
        self._recent[update_id] = None
        if len(self._recent) > RECENT_IDS:
            self._recent.popitem(last=False)


def skipped(update_id: int, kind: str, outcome: str) -> None:
    """The log line and count of an update taken no further ("duplicate" or "throttled")."""
    metrics.updates_child(kind, outcome).inc()
    log.info("update_id=%s type=%s handler=none outcome=%s latency_ms=0.0",
             update_id, kind, outcome)
