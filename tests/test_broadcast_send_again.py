"""The admin decides about the chats in doubt: a SIGKILL mid-delivery leaves chats in doubt, the
report offers "Send again to the N in doubt", and the follow-up reaches each of them once."""

from __future__ import annotations

import asyncio
import signal
from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis

from bot.app import BotApplication
from bot.broadcast.jobs import JobStore
from bot.config import Config
from bot.emulator import LocalTelegram
from bot.emulator.flood import FloodLimits
from tests.broadcast_support import queue_text, seed, wait_done
from tests.harness import User
from tests.test_broadcast_admin import Admin
from tests.test_broadcast_processes import start_worker, wait_received, workers

ADMIN = 1000
HUNG_SECONDS = 120  # longer than the test: these calls never come back before the kill


@pytest.fixture
async def telegram() -> AsyncIterator[LocalTelegram]:
    server = LocalTelegram(flood_limits=True)
    server.flood.limits = FloodLimits(bot_per_second=100)
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
def config(default_config: Config) -> Config:
    return default_config


async def wait_states(redis: Redis, prefix: str, job_id: int, chats: list[int],
                      state: str) -> None:
    store = JobStore(redis, prefix)
    deadline = asyncio.get_running_loop().time() + 30
    while set((await store.states(job_id, chats)).values()) != {state}:
        assert asyncio.get_running_loop().time() < deadline, "the sends never began"
        await asyncio.sleep(0.02)


async def test_send_again_reaches_each_chat_in_doubt_once_after_a_sigkill(
    telegram: LocalTelegram, bot: BotApplication, redis: Redis, key_prefix: str
) -> None:
    chats = await seed(telegram, redis, key_prefix, 60)
    # The worker walks chats in id order, 50 to a batch: these three are in the first batch.
    # Two calls hang before Telegram takes them; one is taken and its answer never comes.
    first_batch = sorted(chats.all)[:50]
    never, taken = first_batch[-3:-1], first_batch[-1]
    for chat_id in never:
        telegram.fail_next(1, status=0, reset=True, delay=HUNG_SECONDS, method="sendMessage",
                           chat_id=chat_id)
    telegram.fail_next(1, status=0, reset=True, delay=HUNG_SECONDS, apply=True,
                       method="sendMessage", chat_id=taken)
    in_doubt = [*never, taken]
    job = await queue_text(redis, key_prefix, ADMIN, {"en": "Update", "es": "Novedad"})
    first = start_worker(telegram, key_prefix, rate=100, paid=True)
    async with workers(first):
        await wait_received(telegram, chats.all, 48)
        await wait_states(redis, key_prefix, job.id, in_doubt, "s")
        first.send_signal(signal.SIGKILL)
        await asyncio.to_thread(first.wait, 10)
    assert [len(telegram.received(c)) for c in in_doubt] == [0, 0, 1]

    admin = Admin(telegram, ADMIN)
    second = start_worker(telegram, key_prefix, rate=100, paid=True)
    async with workers(second):
        done = await wait_done(redis, key_prefix, job.id, timeout=60)
        await telegram.wait_call("sendMessage", timeout=15,
                                 where=lambda c: c.ok and "finished" in str(c.params["text"]))
        report = telegram.last_bot_message(ADMIN)
        assert report is not None and "In doubt, not sent again" in report.text
        assert done.counts["doubt"] == 3 and done.counts["ok"] == 57
        confirm = await admin.press(report, "Send again to the 3 in doubt")
        assert "Send broadcast #1 again to the 3 chats in doubt?" in confirm.text
        assert "would get it twice" in confirm.text
        started = await admin.press(confirm, "Yes, send again")
        assert "Broadcast #2" in started.text and "chats in doubt of #1" in started.text
        again = await wait_done(redis, key_prefix, 2, timeout=60)
        await telegram.wait_call("sendMessage", timeout=15, where=lambda c: c.ok and "#2" in str(
            c.params["text"]) and "finished" in str(c.params["text"]))

    assert again.counts.get("ok") == 3 and again.total == 3
    # Answered sends to the chats in doubt: the follow-up's only (the first tries never were).
    follow_up = [c for c in telegram.calls if c.method == "sendMessage" and c.ok
                 and int(c.chat_id) in in_doubt and c.params.get("text") in ("Update", "Novedad")]
    assert sorted(int(c.chat_id) for c in follow_up) == sorted(in_doubt)
    for chat_id in chats.all:
        got = telegram.received(chat_id)
        expected = 2 if chat_id == taken else 1  # the one that had it: the warned duplicate
        assert len(got) == expected, (chat_id, len(got))
        assert {m.text for m in got} == {"Novedad" if chats.locale[chat_id] == "es" else "Update"}

    listing = await admin.send("/broadcasts")
    assert "#2 finished: 3 delivered, 0 blocked, 0 failed (again, to the chats in doubt of #1)" \
        in listing.text
    assert "#1 finished: 57 delivered, 0 blocked, 0 failed, 3 in doubt (sent again to those " \
        "as #2)" in listing.text
    assert "Send again" not in " ".join(admin.labels(listing))
    # The report's button, pressed again, queues nothing more.
    mark = telegram.mark()
    telegram.press_button(ADMIN, report.message_id, admin.button_data(report, "Send again"))
    answer = await telegram.wait_call("answerCallbackQuery", since=mark)
    assert answer.params["text"] == "Broadcast #1 was already sent again, as #2."
    assert await JobStore(redis, key_prefix).get(3) is None
    assert telegram.invalid_requests == []


async def test_send_again_declined_sends_nothing_and_strangers_may_not(
    telegram: LocalTelegram, bot: BotApplication, redis: Redis, key_prefix: str
) -> None:
    chats = await seed(telegram, redis, key_prefix, 4)
    job = await queue_text(redis, key_prefix, ADMIN, {"*": "News"})
    store = JobStore(redis, key_prefix)
    for chat_id in chats.all[:2]:
        await store.finish_send(job.id, chat_id, "doubt")
    await store.finish(job, "done")
    admin = Admin(telegram, ADMIN)
    listing = await admin.send("/broadcasts")
    assert "#1 finished: 0 delivered, 0 blocked, 0 failed, 2 in doubt" in listing.text
    confirm = await admin.press(listing, "#1: 🔁 Send again to the 2 in doubt")
    declined = await admin.press(confirm, "No")
    assert declined.text == "Nothing was sent again."
    assert (await store.get(job.id)).followup == 0  # type: ignore[union-attr]
    stranger = User(telegram, 2000)
    own = await stranger.send("/broadcasts")
    mark = telegram.mark()
    telegram.press_button(stranger.id, own.message_id, "B:ctl:redo:1")
    answer = await telegram.wait_call("answerCallbackQuery", since=mark)
    assert answer.params["text"] == "Sorry, only the bot's admins can send broadcasts."
    assert await store.get(2) is None
    assert all(telegram.received(c) == [] for c in chats.all)
