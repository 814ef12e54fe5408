"""The inbox's two riders: an update's copy into its hash, and the delete of that copy.

The session store carries a rider in its read or write pipeline without reading it
(bot/state/store.py), so the inbox costs the hot path no round trip of its own.
"""

from __future__ import annotations

from collections.abc import Callable

from redis.asyncio.client import Pipeline


class Arrival:
    """Rides in the update's session read: its copy into the inbox."""

    __slots__ = ("arrived", "hash_key", "raw", "update_id")

    def __init__(self, hash_key: str, update_id: int, raw: str,
                 arrived: Callable[[int, bool], None]) -> None:
        self.hash_key, self.update_id, self.raw, self.arrived = hash_key, update_id, raw, arrived

    def add_to(self, pipe: Pipeline) -> None:
        pipe.hset(self.hash_key, str(self.update_id), self.raw)

    def done(self, ok: bool) -> None:
        self.arrived(self.update_id, ok)


class Departure:
    """Rides in the update's session write: the delete of its copy."""

    __slots__ = ("delete_later", "hash_key", "update_id")

    def __init__(self, hash_key: str, update_id: int,
                 delete_later: Callable[[int], None]) -> None:
        self.hash_key, self.update_id, self.delete_later = hash_key, update_id, delete_later

    def add_to(self, pipe: Pipeline) -> None:
        pipe.hdel(self.hash_key, str(self.update_id))

    def done(self, ok: bool) -> None:
        if not ok:
            self.delete_later(self.update_id)  # the write failed: the next batch deletes it
