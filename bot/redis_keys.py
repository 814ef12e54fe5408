"""Every Redis key name the bot uses, built here only.

One hash tag per user (`{u<id>}`) or chat (`{c<id>}`), so one update's keys share a Redis Cluster
slot; per-broadcast keys carry a tag of their own (`{b<id>}`) and the inbox one for all processes
(`{inbox}`), so the scripts (bot/redis_scripts.py) that touch several keys stay within one slot.
Indexes shared by all chats or all broadcasts are single keys.
"""

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


@dataclass(frozen=True)
class BroadcastKeys:
    """Every key of the broadcast feature under one prefix."""

    prefix: str

    def chat(self, chat_id: int) -> str:
        """Hash: type, title, status, subscribed, active, added_by, migrated_to."""
        return f"{ChatKeys(self.prefix, chat_id).tag}:chat"

    def chat_locale(self, chat_id: int) -> str:
        return ChatKeys(self.prefix, chat_id).locale

    def chat_pace(self, chat_id: int) -> str:
        return f"{ChatKeys(self.prefix, chat_id).tag}:pace"

    def admin_check(self, chat_id: int, user_id: int) -> str:
        return f"{ChatKeys(self.prefix, chat_id).tag}:admin:{user_id}"

    def user_channels(self, user_id: int) -> str:
        """Set of channel ids the user added the bot to (for setting their language)."""
        return f"{UserKeys(self.prefix, user_id).tag}:channels"

    def admin_zone(self, user_id: int) -> str:
        """The time zone a bot admin schedules broadcasts in (bot/broadcast/when.py)."""
        return f"{UserKeys(self.prefix, user_id).tag}:tz"

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


@dataclass(frozen=True)
class InboxKeys:
    """The unfinished updates of every process (bot/serving/inbox.py)."""

    prefix: str

    @property
    def tag(self) -> str:
        return f"{self.prefix}:{{inbox}}"

    @property
    def instances(self) -> str:
        return f"{self.tag}:instances"

    def updates(self, instance: str) -> str:
        return f"{self.tag}:updates:{instance}"

    def alive(self, instance: str) -> str:
        return f"{self.tag}:alive:{instance}"


@dataclass(frozen=True)
class StatsKeys:
    """The anonymous counters of /stats (bot/stats.py)."""

    prefix: str

    @property
    def totals(self) -> str:
        return f"{self.prefix}:stats:totals"

    @property
    def chosen(self) -> str:
        return f"{self.prefix}:stats:chosen"

    @property
    def replies(self) -> str:
        """Questions by the kind of reply they got."""
        return f"{self.prefix}:stats:replies"

    @property
    def gaps(self) -> str:
        """Questions the sources do not cover, by the kind of gap."""
        return f"{self.prefix}:stats:gaps"


@dataclass(frozen=True)
class FileKeys:
    """Telegram file_ids of what the bot uploaded once, so that it is sent by id afterwards."""

    prefix: str

    def picture(self, locale: str, picture_id: str) -> str:
        """The digest of a comparison picture's drawing and its file_id."""
        return f"{self.prefix}:picture:{locale}:{picture_id}"

    def media(self, sha256: str) -> str:
        """A file's file_id, by the SHA-256 of its bytes (pictures and broadcast photos)."""
        return f"{self.prefix}:media:{sha256}"


@dataclass(frozen=True)
class WebhookKeys:
    """What processes starting together share to set the webhook once."""

    prefix: str

    @property
    def lock(self) -> str:
        return f"{self.prefix}:webhook:lock"

    @property
    def fingerprint(self) -> str:
        return f"{self.prefix}:webhook:fingerprint"
