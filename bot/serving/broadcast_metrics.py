"""Broadcast progress for /metrics, read from Redis at scrape time (bounded labels only)."""

from __future__ import annotations

import asyncio
import logging

from redis.asyncio import Redis

from bot.broadcast.jobs import LIVE, JobStore
from bot.serving import metrics

log = logging.getLogger(__name__)

OUTCOMES = ("ok", "blocked", "failed", "doubt", "skipped")
RECENT_JOBS = 20


async def refresh_broadcast_metrics(redis: Redis, prefix: str, timeout: float = 2.0) -> None:
    """Set the broadcast gauges from the recent unfinished jobs; keep old values on failure."""
    try:
        jobs = await asyncio.wait_for(JobStore(redis, prefix).recent(RECENT_JOBS), timeout)
    except Exception as exc:  # a scrape must not fail because Redis did
        log.debug("broadcast metrics not refreshed: %s", exc)
        return
    live = [job for job in jobs if job.status in LIVE]
    for status in LIVE:
        metrics.BROADCASTS_LIVE.labels(status).set(sum(job.status == status for job in live))
    reached = dict.fromkeys(OUTCOMES, 0)
    pending = 0
    for job in live:
        for outcome in ("ok", "blocked", "doubt", "skipped"):
            reached[outcome] += job.counts.get(outcome, 0)
        reached["failed"] += sum(job.failed.values())
        pending += max(job.total - job.processed, 0)
    for outcome, value in reached.items():
        metrics.BROADCAST_RECIPIENTS.labels(outcome).set(value)
    metrics.BROADCAST_RECIPIENTS.labels("pending").set(pending)
