"""Jobs, leases and reports on real Redis, without Telegram: the pieces the worker relies on."""

from __future__ import annotations

import time

from redis.asyncio import Redis

from bot.broadcast.jobs import DONE, QUEUED, SCHEDULED, Job, JobStore
from bot.broadcast.report import bar, final_report, progress_text
from bot.i18n import use_locale


def job(**fields: object) -> Job:
    values: dict[str, object] = {"id": 0, "status": "", "kind": "text", "audience": "all",
                                 "admin_chat": 1000, "texts": {"*": "Hi"}}
    values.update(fields)
    return Job(**values)  # type: ignore[arg-type]


async def test_only_the_lease_holder_may_begin_a_send_and_only_once(
    redis: Redis, key_prefix: str
) -> None:
    store = JobStore(redis, key_prefix)
    created = await store.create(job())
    assert await store.take_lease(created.id, "a", 10)
    assert not await store.take_lease(created.id, "b", 10)
    assert await store.begin_send(created.id, "a", -5) == 1
    assert await store.begin_send(created.id, "a", -5) == 0  # never twice for one chat
    # The lease expires while "a" stalls and "b" takes over: "a" may send nothing more.
    await redis.delete(store.keys.lease(created.id))
    assert await store.take_lease(created.id, "b", 10)
    assert await store.begin_send(created.id, "a", -6) == -1
    assert not await store.renew_lease(created.id, "a", 10)
    await store.release_lease(created.id, "a")  # does not release b's lease
    assert await redis.get(store.keys.lease(created.id)) == "b"


async def test_a_scheduled_broadcast_waits_in_redis_until_due(
    redis: Redis, key_prefix: str
) -> None:
    store = JobStore(redis, key_prefix)
    later = await store.create(job(run_at=time.time() + 3600))
    now = await store.create(job())
    assert (later.status, now.status) == (SCHEDULED, QUEUED)
    assert await store.due_ids(time.time()) == [now.id]
    assert await store.due_ids(time.time() + 3601) == [now.id, later.id]
    # A fresh store (a restarted process) finds the same schedule.
    again = await JobStore(redis, key_prefix).get(later.id)
    assert again is not None and again.run_at == later.run_at and again.status == SCHEDULED


async def test_unreadable_job_records_are_ignored(redis: Redis, key_prefix: str) -> None:
    store = JobStore(redis, key_prefix)
    await redis.hset(store.keys.job(77), mapping={"id": "x", "status": "running"})
    assert await store.get(77) is None
    assert await store.set_status(77, "paused") is None


def test_progress_and_report_read_as_the_admin_expects() -> None:
    running = job(id=3, status="running", started=100.0, total=200,
                  counts={"walked": 100, "ok": 90, "blocked": 6, "fail:network": 2,
                          "fail:not_found": 1, "doubt": 1})
    with use_locale("en"):
        text = progress_text(running, now=150.0)
        assert text.splitlines() == [
            "📢 <b>Broadcast #3</b>: sending",
            "▓▓▓▓▓▓░░░░░░ 50%",
            "100 of 200 chats checked · 90 delivered · 6 blocked · 3 failed",
            "About 50 s left",
        ]
        report = final_report(job(**{**running.__dict__, "status": DONE}), now=230.0)
        assert report.splitlines() == [
            "📢 <b>Broadcast #3</b> finished.",
            "Delivered: 90",
            "Blocked or removed (marked inactive): 6",
            "Failed: 3",
            "  • network errors: 2",
            "  • chat not found: 1",
            "In doubt, not sent again (a sending process stopped mid-call): 1",
            "They may or may not have it. You can send it again to them below; any of them "
            "that has it would then get it twice.",
            "Time taken: 2 min 10 s",
        ]
        finished = job(**{**running.__dict__, "status": DONE,
                          "counts": {**running.counts, "walked": 200}})
        # Once finished, the progress message says so, with no time left to wait.
        assert progress_text(finished, now=230.0).splitlines() == [
            "📢 <b>Broadcast #3</b>: finished",
            "▓▓▓▓▓▓▓▓▓▓▓▓ 100%",
            "200 of 200 chats checked · 90 delivered · 6 blocked · 3 failed",
        ]
    with use_locale("es"):
        assert "Entregados: 90" in final_report(running, now=230.0)
    assert bar(0, 0) == "▓" * 12 + " 100%"
