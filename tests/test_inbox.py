"""The update inbox against a real Redis: what a dead process leaves is handled once, elsewhere."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis
from telegram import Update

from bot.app import BotApplication, build_application
from bot.config import Config
from bot.serving.inbox import UpdateInbox


def message(update_id: int, user_id: int) -> dict[str, object]:
    user = {"id": user_id, "is_bot": False, "first_name": "U"}
    return {"update_id": update_id, "message": {
        "message_id": update_id, "date": 0, "chat": {"id": user_id, "type": "private"},
        "from": user, "text": "/start"}}  # fmt: skip


def queued(app: BotApplication) -> list[int]:
    found = []
    while not app.update_queue.empty():
        update = app.update_queue.get_nowait()
        assert isinstance(update, Update)
        found.append(update.update_id)
    return found


async def started_inbox(config: Config, redis: Redis) -> UpdateInbox:
    """The inbox of one more process, checking for dead ones at start only."""
    app = build_application(config, redis)
    inbox = UpdateInbox(redis, app.bot_data.services.store, config.key_prefix, check_seconds=3600)
    await inbox.start(app)
    return inbox


def queue_of(inbox: UpdateInbox) -> list[int]:
    assert inbox.app is not None
    return queued(inbox.app)


@pytest.fixture
async def processes(
    default_config: Config, redis: Redis
) -> AsyncIterator[tuple[UpdateInbox, UpdateInbox]]:
    """Two processes' inboxes; the first one is "killed" by the test (its alive key deleted)."""
    inboxes = [await started_inbox(default_config, redis) for _ in range(2)]
    await asyncio.sleep(0.05)  # each has announced itself
    yield inboxes[0], inboxes[1]
    for inbox in inboxes:
        await inbox.stop()


async def keep(inbox: UpdateInbox, *updates: dict[str, object]) -> None:
    assert await inbox.keep({int(str(u["update_id"])): json.dumps(u) for u in updates})


async def kill(inbox: UpdateInbox, redis: Redis) -> None:
    """The process ends with its updates unfinished: no more heartbeat, its alive key gone."""
    await inbox.stop()
    assert await redis.exists(inbox.keys.alive(inbox.instance)) == 0


async def test_a_dead_process_s_unfinished_updates_are_handled_by_another_once(
    processes: tuple[UpdateInbox, UpdateInbox], redis: Redis
) -> None:
    dead, live = processes
    await keep(dead, message(1, 501), message(2, 502))
    dead.finished(1)
    await asyncio.sleep(0.1)  # the finished one is deleted in the next batch
    await kill(dead, redis)
    assert await live.take_over() == 1
    assert queue_of(live) == [2]
    assert await redis.exists(dead.keys.updates(dead.instance)) == 0
    assert live.unfinished == 1
    assert await live.take_over() == 0  # taken once


async def test_a_live_process_s_updates_are_left_alone(
    processes: tuple[UpdateInbox, UpdateInbox], redis: Redis
) -> None:
    first, second = processes
    await keep(first, message(3, 503))
    assert await second.take_over() == 0
    assert queue_of(second) == []
    assert await redis.hlen(first.keys.updates(first.instance)) == 1


async def test_only_the_dead_process_s_own_marks_are_released(
    processes: tuple[UpdateInbox, UpdateInbox], redis: Redis
) -> None:
    dead, live = processes
    await keep(dead, message(4, 504), message(5, 505))
    # The dead process had begun 4; Telegram sent 5 again and the live process handled it.
    begun = await dead.store.load(504, update_id=4, mark=dead.instance)
    assert not begun.duplicate
    assert not (await live.store.load(505, update_id=5, mark=live.instance)).duplicate
    await kill(dead, redis)
    assert await live.take_over() == 2
    assert not (await live.store.load(504, update_id=4, mark=live.instance)).duplicate  # again
    assert (await live.store.load(505, update_id=5, mark=live.instance)).duplicate  # once


async def test_two_processes_taking_over_at_once_share_nothing(
    default_config: Config, redis: Redis, processes: tuple[UpdateInbox, UpdateInbox]
) -> None:
    dead, live = processes
    third = await started_inbox(default_config, redis)
    await asyncio.sleep(0.05)  # its first look, at start, finds nobody dead
    await keep(dead, *(message(10 + n, 510 + n) for n in range(50)))
    await kill(dead, redis)
    taken = await asyncio.gather(live.take_over(), third.take_over())
    assert sorted(taken) == [0, 50]
    assert sorted(queue_of(live) + queue_of(third)) == list(range(10, 60))
    await third.stop()


async def test_without_redis_updates_are_not_kept_and_nothing_fails(default_config: Config
                                                                    ) -> None:
    down: Redis = Redis.from_url("redis://127.0.0.1:1/0")
    inbox = await started_inbox(default_config, down)
    assert await inbox.keep({7: json.dumps(message(7, 507))}) is False
    assert inbox.unfinished == 0
    await inbox.stop()
    await down.aclose()


async def test_an_update_finished_while_its_own_write_is_under_way_is_still_deleted(
    processes: tuple[UpdateInbox, UpdateInbox], redis: Redis
) -> None:
    inbox, _ = processes
    raw = message(8, 508)
    writing = asyncio.create_task(inbox.keep({8: json.dumps(raw)}))
    await asyncio.sleep(0)  # the write is queued, not yet through
    inbox.finished(8)
    assert await writing
    await asyncio.sleep(0.1)  # the next batch of deletes
    assert inbox.unfinished == 0
    assert await redis.hlen(inbox.keys.updates(inbox.instance)) == 0
