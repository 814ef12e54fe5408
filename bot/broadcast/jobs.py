"""Broadcast jobs in Redis: the job hash, its per-chat delivery record, its lease, the indexes.

Delivery states per chat (hash `{b<id>}:sent`):
  "s"          about to call Telegram (written before the call)
  "ok"         delivered
  "blocked"    Forbidden: the bot was removed or blocked; the chat is marked inactive
  "fail:<why>" given up (bad request, too many network errors)
  "doubt"      found as "s" after a crash: Telegram may or may not have it; never sent again
A chat that already has a state is never sent to again, which is what makes a resumed broadcast
send each chat at most once.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any

from redis.asyncio import Redis

from bot.redis_keys import BroadcastKeys
from bot.redis_scripts import BEGIN_DELIVERY, RELEASE_IF_HELD, RENEW_LEASE

SCHEDULED, QUEUED, RUNNING, PAUSED, CANCELLED, DONE = (
    "scheduled", "queued", "running", "paused", "cancelled", "done",
)  # fmt: skip
LIVE = (SCHEDULED, QUEUED, RUNNING, PAUSED)
START = float("-inf")
KEEP_SECONDS = 90 * 86400  # finished broadcasts and their delivery records



@dataclass
class Job:
    """One broadcast: what to send, to whom, and how far it got."""

    id: int
    status: str
    kind: str  # "kb" (a knowledge-base node), "text" (admin's own), "tip" (tip of the week),
    # "photo" (a photo with the texts as captions), "picture" (node's comparison picture)
    audience: str  # "all", "groups", "channels", "lang:<code>"
    admin_chat: int
    admin_locale: str = "en"
    node: str = ""
    texts: dict[str, str] = field(default_factory=dict)  # locale or "*" -> HTML text
    created: float = 0.0
    run_at: float = 0.0
    started: float = 0.0
    finished: float = 0.0
    repeat_days: int = 0
    cursor: float = START
    total: int = 0
    progress_message_id: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    # A "send again" follow-up names the broadcast whose chats in doubt it serves (and walks
    # only those, see bot/broadcast/followup.py); that broadcast names its follow-up.
    retry_of: int = 0
    followup: int = 0
    photo: str = ""  # kind "photo": a file_id or "file:<path>" (bot/broadcast/media.py)

    def to_hash(self) -> dict[str, str]:
        return {
            "id": str(self.id), "status": self.status, "kind": self.kind,
            "audience": self.audience, "admin_chat": str(self.admin_chat),
            "admin_locale": self.admin_locale, "node": self.node,
            "texts": json.dumps(self.texts, ensure_ascii=False), "created": repr(self.created),
            "run_at": repr(self.run_at), "started": repr(self.started),
            "finished": repr(self.finished), "repeat_days": str(self.repeat_days),
            "cursor": repr(self.cursor), "total": str(self.total),
            "progress_message_id": str(self.progress_message_id),
            "retry_of": str(self.retry_of), "followup": str(self.followup), "photo": self.photo,
        }  # fmt: skip

    @classmethod
    def from_hash(cls, raw: dict[Any, Any]) -> Job | None:
        """None for a missing or unreadable record."""
        try:
            texts = json.loads(raw.get("texts") or "{}")
            return cls(
                id=int(raw["id"]), status=raw["status"], kind=raw["kind"],
                audience=raw["audience"], admin_chat=int(raw["admin_chat"]),
                admin_locale=raw.get("admin_locale", "en"), node=raw.get("node", ""),
                texts={str(k): str(v) for k, v in texts.items()},
                created=float(raw.get("created", 0)), run_at=float(raw.get("run_at", 0)),
                started=float(raw.get("started", 0)), finished=float(raw.get("finished", 0)),
                repeat_days=int(raw.get("repeat_days", 0)), cursor=float(raw.get("cursor", START)),
                total=int(raw.get("total", 0)),
                progress_message_id=int(raw.get("progress_message_id", 0)),
                retry_of=int(raw.get("retry_of", 0)), followup=int(raw.get("followup", 0)),
                photo=raw.get("photo", ""),
                counts={k[2:]: int(v) for k, v in raw.items() if k.startswith("n:")},
            )  # fmt: skip
        except (KeyError, ValueError, TypeError):
            return None

    @property
    def failed(self) -> dict[str, int]:
        return {k[5:]: v for k, v in self.counts.items() if k.startswith("fail:") and v}

    @property
    def processed(self) -> int:
        return sum(self.counts.get(k, 0) for k in ("ok", "blocked", "doubt", "skipped")) + sum(
            self.failed.values()
        )


class JobStore:
    """Create, read and steer broadcasts; the worker's fenced delivery records."""

    def __init__(self, redis: Redis, prefix: str) -> None:
        self.redis = redis
        self.keys = BroadcastKeys(prefix)
        self._begin = redis.register_script(BEGIN_DELIVERY)
        self._renew = redis.register_script(RENEW_LEASE)
        self._release = redis.register_script(RELEASE_IF_HELD)

    async def create(self, job: Job) -> Job:
        job.id = job.id or int(await self.redis.incr(self.keys.sequence))
        job.created = job.created or time.time()
        job.run_at = job.run_at or job.created
        job.status = SCHEDULED if job.run_at > job.created + 1 else QUEUED
        async with self.redis.pipeline(transaction=False) as pipe:
            mapping: dict[Any, Any] = dict(job.to_hash())
            pipe.hset(self.keys.job(job.id), mapping=mapping)
            pipe.zadd(self.keys.jobs, {str(job.id): job.created})
            pipe.zadd(self.keys.due, {str(job.id): job.run_at})
            await pipe.execute()
        return job

    async def get(self, job_id: int) -> Job | None:
        return Job.from_hash(await self.redis.hgetall(self.keys.job(job_id)))

    async def recent(self, count: int = 10) -> list[Job]:
        ids = await self.redis.zrevrange(self.keys.jobs, 0, count - 1)
        jobs = [await self.get(int(str(i))) for i in ids]
        return [j for j in jobs if j is not None]

    async def update(self, job_id: int, **fields: Any) -> None:
        values: dict[Any, Any] = {k: v if isinstance(v, str) else repr(v)
                                  for k, v in fields.items()}
        await self.redis.hset(self.keys.job(job_id), mapping=values)

    async def set_status(self, job_id: int, status: str) -> Job | None:
        """Pause, resume or cancel from /broadcasts; returns the job, or None when not allowed."""
        job = await self.get(job_id)
        if job is None or job.status not in LIVE:
            return None
        if status == PAUSED and job.status not in (RUNNING, QUEUED):
            return None
        if status == QUEUED and job.status != PAUSED:
            return None
        await self.redis.hset(self.keys.job(job_id), "status", status)
        if status == QUEUED:
            await self.redis.zadd(self.keys.due, {str(job_id): time.time()})
        else:
            # A running sender sees the new status at its next batch; nobody else starts it.
            await self.redis.zrem(self.keys.due, str(job_id))
        job.status = status
        return job

    async def due_ids(self, now: float, count: int = 10) -> list[int]:
        return [int(str(x)) for x in await self.redis.zrangebyscore(
            self.keys.due, "-inf", now, start=0, num=count)]

    async def take_lease(self, job_id: int, token: str, ttl: float) -> bool:
        return bool(await self.redis.set(self.keys.lease(job_id), token, nx=True,
                                         px=int(ttl * 1000)))

    async def renew_lease(self, job_id: int, token: str, ttl: float) -> bool:
        return bool(await self._renew([self.keys.lease(job_id)], [token, int(ttl * 1000)]))

    async def release_lease(self, job_id: int, token: str) -> None:
        await self._release([self.keys.lease(job_id)], [token])

    async def begin_send(self, job_id: int, token: str, chat_id: int) -> int:
        """1: go ahead; 0: this chat already has a state; -1: the lease is lost, stop."""
        return int(await self._begin([self.keys.lease(job_id), self.keys.deliveries(job_id)],
                                     [token, str(chat_id)]))

    async def states(self, job_id: int, chat_ids: list[int]) -> dict[int, str | None]:
        values = await self.redis.hmget(self.keys.deliveries(job_id), [str(c) for c in chat_ids])
        return {c: None if v is None else str(v) for c, v in zip(chat_ids, values, strict=True)}

    async def finish_send(self, job_id: int, chat_id: int, state: str) -> None:
        """Record a chat's outcome and count it, atomically (one slot, one transaction)."""
        counter = "ok" if state.startswith("ok") else state
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.hset(self.keys.deliveries(job_id), str(chat_id), state)
            pipe.hincrby(self.keys.job(job_id), f"n:{counter}", 1)
            await pipe.execute()

    async def count(self, job_id: int, counter: str) -> None:
        await self.redis.hincrby(self.keys.job(job_id), f"n:{counter}", 1)

    async def finish(self, job: Job, status: str) -> None:
        """Close a job: off the due list, its records kept for KEEP_SECONDS."""
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.hset(self.keys.job(job.id), mapping={"status": status,
                                                      "finished": repr(time.time())})
            pipe.zrem(self.keys.due, str(job.id))
            pipe.expire(self.keys.job(job.id), KEEP_SECONDS)
            pipe.expire(self.keys.deliveries(job.id), KEEP_SECONDS)
            pipe.expire(self.keys.targets(job.id), KEEP_SECONDS)
            await pipe.execute()

    async def delivery_states(self, job_id: int) -> dict[int, str]:
        """Every chat's state (tests and reports; HSCAN so a big job is read in pieces)."""
        found: dict[int, str] = {}
        async for chat, state in self.redis.hscan_iter(self.keys.deliveries(job_id), count=500):
            found[int(chat)] = state
        return found
