"""Redis key names for chats and broadcasts.

Per-chat keys carry the chat's hash tag (`{c<id>}`, as in bot/state/keys.py) and per-broadcast
keys a tag of their own (`{b<id>}`), so the scripts that touch several keys of one broadcast stay
within one Redis Cluster slot. Indexes shared by all chats or all broadcasts are single keys.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class BroadcastKeys:
    """Every key of the broadcast feature under one prefix."""

    prefix: str

    def chat(self, chat_id: int) -> str:
        """Hash: type, title, status, subscribed, active, added_by, migrated_to."""
        return f"{self.prefix}:{{c{chat_id}}}:chat"

    def chat_locale(self, chat_id: int) -> str:
        # The same key the session store and /language use for a group's language.
        return f"{self.prefix}:{{c{chat_id}}}:locale"

    def chat_pace(self, chat_id: int) -> str:
        return f"{self.prefix}:{{c{chat_id}}}:pace"

    def admin_check(self, chat_id: int, user_id: int) -> str:
        return f"{self.prefix}:{{c{chat_id}}}:admin:{user_id}"

    def user_channels(self, user_id: int) -> str:
        """Set of channel ids the user added the bot to (for setting their language)."""
        return f"{self.prefix}:{{u{user_id}}}:channels"

    def admin_zone(self, user_id: int) -> str:
        """The time zone a bot admin schedules broadcasts in (bot/broadcast/when.py)."""
        return f"{self.prefix}:{{u{user_id}}}:tz"

    @property
    def subscribers(self) -> str:
        """Sorted set of subscribed chat ids, scored by the id so a cursor can walk it."""
        return f"{self.prefix}:bc:subscribers"

    @property
    def pace(self) -> str:
        """Hash with the next free send slot and the pause after a 429, shared by all processes."""
        return f"{self.prefix}:bc:pace"

    @property
    def window(self) -> str:
        """Sorted set of the sends of the last second (and those in flight), for the guard. It
        shares a hash tag with `replies`: the scripts of the one budget read both."""
        return f"{self.prefix}:{{bc}}:window"

    @property
    def replies(self) -> str:
        """Hash of interactive messages per 50 ms bucket (bot/serving/reply_budget.py): the
        replies' share of the one sending budget, which broadcasts leave to them."""
        return f"{self.prefix}:{{bc}}:replies"

    @property
    def sequence(self) -> str:
        return f"{self.prefix}:bc:seq"

    @property
    def jobs(self) -> str:
        """Sorted set of broadcast ids by creation time, for /broadcasts."""
        return f"{self.prefix}:bc:jobs"

    @property
    def due(self) -> str:
        """Sorted set of broadcast ids waiting to be worked, scored by when they may start."""
        return f"{self.prefix}:bc:due"

    def job(self, job_id: int) -> str:
        return f"{self.prefix}:{{b{job_id}}}:job"

    def deliveries(self, job_id: int) -> str:
        """Hash chat id -> delivery state of one broadcast (see bot/broadcast/jobs.py)."""
        return f"{self.prefix}:{{b{job_id}}}:sent"

    def targets(self, job_id: int) -> str:
        """Sorted set of the chats a follow-up serves (by id), instead of every subscriber."""
        return f"{self.prefix}:{{b{job_id}}}:targets"

    def lease(self, job_id: int) -> str:
        return f"{self.prefix}:{{b{job_id}}}:lease"
