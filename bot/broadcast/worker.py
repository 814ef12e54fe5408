"""The delivery worker: takes the lease of a due broadcast and works it in batches of chats.

Any number of processes may run a worker; the lease (a Redis key with a short expiry, renewed
while working) makes one of them the only sender of a broadcast, and the fenced "begin send"
script refuses a send once the lease is lost, so a process that stalled past its lease cannot send
beside the one that took over. Progress is durable: each chat's state and the cursor through the
subscriber list live in Redis, so whoever takes over resumes where the last one stopped.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import os
import time
import uuid
from dataclasses import dataclass

from redis.asyncio import Redis
from telegram import Bot, InlineKeyboardMarkup
from telegram.constants import ParseMode
from telegram.error import RetryAfter, TelegramError

from bot.broadcast.content import Rendered, render_message, tip_node
from bot.broadcast.delivery import Sender, retry_seconds
from bot.broadcast.followup import targets_after
from bot.broadcast.jobs import CANCELLED, DONE, PAUSED, QUEUED, RUNNING, SCHEDULED, Job, JobStore
from bot.broadcast.registry import ChatRegistry, matches
from bot.broadcast.report import final_report, progress_text, send_again_button
from bot.i18n import use_locale

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WorkerSettings:
    lease_seconds: float = 15.0
    poll_seconds: float = 1.0
    progress_seconds: float = 3.0
    batch: int = 50
    concurrency: int = 8
    default_locale: str = "en"


class DeliveryWorker:
    """One per process; works one broadcast at a time (pacing is global anyway)."""

    def __init__(self, bot: Bot, redis: Redis, prefix: str, sender: Sender,
                 settings: WorkerSettings | None = None) -> None:
        self.bot = bot
        self.jobs = JobStore(redis, prefix)
        self.registry = ChatRegistry(redis, prefix)
        self.sender = sender
        self.settings = settings or WorkerSettings()
        self.token = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self._lost = False
        self._last_progress = 0.0

    async def run(self, stop: asyncio.Event) -> None:
        """Look for due broadcasts until `stop` is set."""
        while not stop.is_set():
            try:
                await self.run_once()
            except Exception:  # a bad record or an outage must not end the worker
                log.exception("delivery worker round failed")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), self.settings.poll_seconds)

    async def run_once(self) -> bool:
        """Work the first due broadcast whose lease we get; True when one was worked."""
        for job_id in await self.jobs.due_ids(time.time()):
            if await self.jobs.take_lease(job_id, self.token, self.settings.lease_seconds):
                try:
                    await self._work(job_id)
                finally:
                    await self.jobs.release_lease(job_id, self.token)
                return True
        return False

    async def _work(self, job_id: int) -> None:
        job = await self.jobs.get(job_id)
        if job is None or job.status in (DONE, CANCELLED, PAUSED):
            await self.jobs.redis.zrem(self.jobs.keys.due, str(job_id))
            return
        if job.status in (SCHEDULED, QUEUED):
            job.started = job.started or time.time()
            if not job.retry_of:  # a follow-up's total is its set of chats in doubt
                job.total = await self.registry.subscriber_count()
            if job.kind == "tip" and not job.node:
                job.node = tip_node(dt.datetime.now(dt.UTC))
            await self.jobs.update(job_id, status=RUNNING, started=job.started, total=job.total,
                                   node=job.node)
            job.status = RUNNING
        log.info("broadcast %s: working from cursor %s", job_id, job.cursor)
        self._lost = False
        renewer = asyncio.create_task(self._renew(job_id))
        try:
            status = await self._batches(job)
        finally:
            renewer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await renewer
        if status in (DONE, CANCELLED):
            await self._close(job_id, status)

    async def _renew(self, job_id: int) -> None:
        while True:
            await asyncio.sleep(self.settings.lease_seconds / 3)
            if not await self.jobs.renew_lease(job_id, self.token, self.settings.lease_seconds):
                log.warning("broadcast %s: lease lost; stopping", job_id)
                self._lost = True
                return

    async def _batches(self, job: Job) -> str:
        """Work batches until done; returns the status that ended the run."""
        messages: dict[str, Rendered | None] = {}
        while True:
            status = await self.jobs.redis.hget(self.jobs.keys.job(job.id), "status")
            if status in (PAUSED, CANCELLED):
                if status == PAUSED:
                    await self.jobs.redis.zrem(self.jobs.keys.due, str(job.id))
                return str(status)
            if job.retry_of:
                ids = await targets_after(self.jobs.redis, self.jobs, job.id, job.cursor,
                                          self.settings.batch)
            else:
                ids = await self.registry.subscribers_after(job.cursor, self.settings.batch)
            if not ids:
                return DONE
            await self._batch(job, ids, messages)
            if self._lost:
                return RUNNING
            job.cursor = float(ids[-1])
            await self.jobs.update(job.id, cursor=job.cursor)
            await self.jobs.redis.hincrby(self.jobs.keys.job(job.id), "n:walked", len(ids))
            await self._progress(job.id)

    async def _batch(self, job: Job, ids: list[int], messages: dict[str, Rendered | None]) -> None:
        chats = await self.registry.many(ids)
        states = await self.jobs.states(job.id, ids)
        limit = asyncio.Semaphore(self.settings.concurrency)
        tasks = []
        for chat in chats:
            state = states.get(chat.chat_id)
            if state == "s":
                # Killed between the call and its record: Telegram may have it. Never resend.
                await self.jobs.finish_send(job.id, chat.chat_id, "doubt")
            if state is not None or not chat.active:
                continue
            if job.retry_of:
                # The chats in doubt matched the audience already; one that has unsubscribed
                # since is left alone.
                if not chat.subscribed:
                    continue
            elif not matches(job.audience, chat, self.settings.default_locale):
                continue
            locale = chat.locale or self.settings.default_locale
            if locale not in messages:
                messages[locale] = render_message(job.kind, job.node, job.texts, locale,
                                                  self.bot.username if self._has_me() else None,
                                                  job.photo)
            tasks.append(self._deliver(job.id, chat.chat_id, messages[locale], limit))
        await asyncio.gather(*tasks)

    def _has_me(self) -> bool:
        try:
            return bool(self.bot.username)
        except RuntimeError:  # get_me has not been called
            return False

    async def _deliver(self, job_id: int, chat_id: int, message: Rendered | None,
                       limit: asyncio.Semaphore) -> None:
        async with limit:
            if self._lost:
                return

            async def claim() -> bool:
                began = await self.jobs.begin_send(job_id, self.token, chat_id)
                self._lost = self._lost or began < 0
                return began > 0

            async def migrate(old: int, new: int) -> None:
                await self.registry.migrate(old, new)
                await self.jobs.count(job_id, "migrated")

            if message is None:
                if await claim():
                    await self.jobs.finish_send(job_id, chat_id, "fail:no_text")
                return
            outcome = await self.sender.send(chat_id, message, migrate, claim)
            if outcome is None:
                return
            if outcome.migrated_to is not None:
                # The new id may come up later in the walk: it has been served already.
                await self.jobs.redis.hsetnx(self.jobs.keys.deliveries(job_id),
                                             str(outcome.migrated_to), outcome.state)
            # The outcome first: a kill between the two then leaves the chat subscribed (it is
            # tried again by a later broadcast), never marked "sending" with no walk to finish it.
            await self.jobs.finish_send(job_id, chat_id, outcome.state)
            if outcome.state == "blocked":
                await self.registry.mark_inactive(outcome.migrated_to or chat_id)

    async def _progress(self, job_id: int, *, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._last_progress < self.settings.progress_seconds:
            return
        self._last_progress = now
        job = await self.jobs.get(job_id)
        if job is None or not job.progress_message_id:
            return
        with use_locale(job.admin_locale):
            text = progress_text(job)
        await self._tell(job, text, edit=True)

    async def _close(self, job_id: int, status: str) -> None:
        job = await self.jobs.get(job_id)
        if job is None:
            return
        await self.jobs.finish(job, status)
        job.status = status
        log.info("broadcast %s %s: %s", job_id, status, job.counts)
        if job.progress_message_id and status == DONE:
            with use_locale(job.admin_locale):
                await self._tell(job, progress_text(job), edit=True)  # the bar at 100 %
        with use_locale(job.admin_locale):
            text, markup = final_report(job), send_again_button(job)
        await self._tell(job, text, edit=False, markup=markup)
        if job.repeat_days and status == DONE:
            await self.jobs.create(Job(
                id=0, status=SCHEDULED, kind=job.kind, audience=job.audience,
                admin_chat=job.admin_chat, admin_locale=job.admin_locale,
                node="" if job.kind == "tip" else job.node, texts=job.texts,
                run_at=job.run_at + job.repeat_days * 86400, repeat_days=job.repeat_days,
            ))  # fmt: skip

    async def _tell(self, job: Job, text: str, *, edit: bool,
                    markup: InlineKeyboardMarkup | None = None) -> None:
        """Progress edits and the report are best effort, but wait out a 429 (a few times)."""
        for _attempt in range(3):
            try:
                # The admin's messages count against the same per-bot limit as the broadcast;
                # one message edited every few seconds needs no per-chat pacing.
                async with self.sender.pacer.turn(job.admin_chat, per_chat=False):
                    if edit:
                        await self.bot.edit_message_text(text, job.admin_chat,
                                                         job.progress_message_id,
                                                         parse_mode=ParseMode.HTML)
                    else:
                        await self.bot.send_message(job.admin_chat, text,
                                                    parse_mode=ParseMode.HTML, reply_markup=markup)
                return
            except RetryAfter as exc:
                if edit:
                    return  # the next progress edit will do
                await asyncio.sleep(retry_seconds(exc))
            except TelegramError as exc:
                log.info("could not update the admin about broadcast %s: %s", job.id, exc)
                return
