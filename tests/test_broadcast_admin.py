"""The admin's side end to end: compose, preview, send, schedule, list, pause, resume, cancel."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
from typing import Any

import pytest
from redis.asyncio import Redis

from bot.app import BotApplication
from bot.broadcast.content import render_message
from bot.broadcast.jobs import CANCELLED, DONE, PAUSED, SCHEDULED, Job, JobStore
from bot.config import Config
from bot.emulator import LocalTelegram
from bot.emulator.model import Message
from bot.search import search
from tests.broadcast_support import (  # the two fixtures are this file's telegram and config
    config_once,
    flood_limited_telegram,
    local_bot,
    make_worker,
    queue_text,
    running_worker,
    seed,
    wait_done,
)
from tests.harness import REPLY_METHODS, User, running_bot

ADMIN = 1000
STRANGER = 2000


class Admin(User):
    """The harness user, but a reply that met the private chat's flood limit is waited out:
    the bot tries again after retry_after, and this waits for the answer that got through."""

    async def _reply(self, mark: int) -> Any:
        await self.telegram.wait_call(
            REPLY_METHODS, since=mark, timeout=15,
            where=lambda c: c.chat_id in (self.id, str(self.id))
            and (c.ok or "not modified" in (c.description or "")))
        return self.telegram.last_bot_message(self.id)


async def confirmation(telegram: LocalTelegram) -> list[Message]:
    """The bot's last four messages once the confirmation is out (previews may wait out a 429)."""
    await telegram.wait_call("sendMessage", timeout=15,
                             where=lambda c: c.ok and str(c.params["text"]).startswith("Send this"))
    return [m for m in telegram.messages(ADMIN) if m.from_bot][-4:]


async def confirmation_message(telegram: LocalTelegram) -> Message:
    return (await confirmation(telegram))[-1]


async def test_only_bot_admins_may_broadcast(telegram: LocalTelegram, bot: BotApplication) -> None:
    stranger = User(telegram, STRANGER)
    refusal = "Sorry, only the bot's admins can send broadcasts."
    reply = await stranger.send("/broadcast")
    assert reply.text == refusal
    assert (await stranger.send("/broadcasts")).text == refusal
    for forged in ("B:go", "B:ctl:cancel:1", "B:aud:all"):
        mark = telegram.mark()
        telegram.press_button(STRANGER, reply.message_id, forged)
        answer = await telegram.wait_call("answerCallbackQuery", since=mark)
        assert answer.params["text"] == refusal and answer.params["show_alert"] is True
    assert telegram.invalid_requests == []


async def test_own_text_per_language_preview_send_and_report(
    telegram: LocalTelegram, bot: BotApplication, redis: Redis, key_prefix: str
) -> None:
    chats = await seed(telegram, redis, key_prefix, 10)
    admin = Admin(telegram, ADMIN)
    menu = await admin.send("/broadcast")
    assert "What do you want to send?" in menu.text
    step = await admin.press(await admin.press(menu, "My own text"), "One per language")
    assert step.text == "Send the text in English."
    step = await admin.send("Hello <all> & welcome")
    assert step.text == "Now send the text in Spanish."  # named in the admin's language
    step = await admin.send("Hola a todos")
    assert step.text == "Who should receive it?"
    await admin.press(step, "All chats")
    shown = [m.text for m in await confirmation(telegram)]
    assert shown[:3] == [
        "Preview below, one message per language in this order: English, Español.",
        "Hello <all> & welcome", "Hola a todos"]
    assert shown[3].startswith("Send this to all subscribed chats? There are 10")
    confirm = telegram.last_bot_message(ADMIN)
    await admin.press(confirm, "Send now")
    progress = await telegram.wait_call(
        "sendMessage", timeout=15, where=lambda c: c.ok and "Broadcast #1" in str(c.params["text"]))
    assert "Progress will show here" in progress.params["text"]

    async with local_bot(telegram) as sender, running_worker(sender, redis, key_prefix, 30):
        job = await wait_done(redis, key_prefix, 1, timeout=30)
        await telegram.wait_call("sendMessage", timeout=15,
                                 where=lambda c: c.ok and "finished" in str(c.params["text"]))
    for chat_id in chats.all:
        [got] = telegram.received(chat_id)
        expected = "Hola a todos" if chats.locale[chat_id] == "es" else "Hello <all> & welcome"
        assert got.text == expected
        assert got.html == html.escape(expected, quote=False)
    report = telegram.last_bot_message(ADMIN)
    assert report is not None and "finished" in report.text and "Delivered: 10" in report.text
    assert job.counts["ok"] == 10
    assert telegram.invalid_requests == []


async def test_knowledge_piece_scheduled_listed_and_cancelled(
    telegram: LocalTelegram, bot: BotApplication, redis: Redis, key_prefix: str
) -> None:
    await seed(telegram, redis, key_prefix, 4)
    admin = Admin(telegram, ADMIN)
    step = await admin.press(await admin.send("/broadcast"), "From the knowledge base")
    assert "Type a topic" in step.text
    step = await admin.send("health card vs social security card")
    await admin.press(step, "Groups")
    previews = await confirmation(telegram)
    bot_name = telegram.bot_username
    node = search("health card vs social security card", limit=1)[0].node
    for preview, locale in ((previews[1], "en"), (previews[2], "es")):
        expected = render_message("kb", node, {}, locale, bot_name)
        assert expected is not None and preview.html == expected.text
        label = "Open in the bot" if locale == "en" else "Abrir en el bot"
        link = f"https://t.me/{bot_name}?start={node.replace(':', '-')}"
        assert telegram.buttons(preview) == [[(label, link)]]
    assert previews[3].text == "Send this to groups? That is 3 of the 4 subscribed chats."
    when = await admin.press(previews[3], "Schedule")
    assert "When?" in when.text
    assert "Please send the time" in (await admin.send("tomorrow")).text
    assert "has passed" in (await admin.send("2001-01-01 09:00")).text
    done = await admin.send("2099-01-01 09:00")
    assert done.text.startswith(
        "Broadcast #1 is scheduled for 2099-01-01 09:00 (China time, UTC+8)")
    job = await JobStore(redis, key_prefix).get(1)
    assert job is not None and job.status == SCHEDULED and job.audience == "groups"
    assert job.run_at == dt.datetime(2099, 1, 1, 1, 0, tzinfo=dt.UTC).timestamp()

    listing = await admin.send("/broadcasts")
    assert "#1 scheduled: 0 delivered" in listing.text
    after = await admin.press(listing, "Cancel #1")
    assert "#1 cancelled" in after.text
    assert (await JobStore(redis, key_prefix).get(1)).status == CANCELLED  # type: ignore[union-attr]
    stale = await admin.press_data(after.message_id, "B:ctl:resume:1")
    assert stale.text == after.text
    answers = [c for c in telegram.calls if c.method == "answerCallbackQuery"]
    assert answers[-1].params["text"] == "That broadcast can no longer be changed."


async def test_paused_broadcast_waits_until_resumed(
    telegram: LocalTelegram, bot: BotApplication, redis: Redis, key_prefix: str
) -> None:
    chats = await seed(telegram, redis, key_prefix, 6)
    job = await queue_text(redis, key_prefix, ADMIN, {"*": "Paused news"})
    admin = Admin(telegram, ADMIN)
    listing = await admin.send("/broadcasts")
    paused = await admin.press(listing, "Pause #1")
    assert "#1 paused" in paused.text
    async with local_bot(telegram) as sender:
        worker = make_worker(sender, redis, key_prefix, 30)
        assert await worker.run_once() is False
        assert all(telegram.received(c) == [] for c in chats.all)
        assert (await JobStore(redis, key_prefix).get(job.id)).status == PAUSED  # type: ignore[union-attr]
        resumed = await admin.press(paused, "Resume #1")
        assert "#1 waiting" in resumed.text
        assert await worker.run_once() is True
    assert all(len(telegram.received(c)) == 1 for c in chats.all)
    assert (await JobStore(redis, key_prefix).get(job.id)).status == DONE  # type: ignore[union-attr]


async def test_stale_draft_buttons_get_a_note(telegram: LocalTelegram, bot: BotApplication) -> None:
    admin = Admin(telegram, ADMIN)
    menu = await admin.send("/broadcast")
    await admin.press(menu, "Cancel")
    mark = telegram.mark()
    telegram.press_button(ADMIN, menu.message_id, "B:aud:all")
    answer = await telegram.wait_call("answerCallbackQuery", since=mark)
    assert answer.params["text"] == "That draft is gone. Start again with /broadcast."
    # With no draft waiting, an admin's text is a question like anyone's.
    reply = await admin.send("health card vs social security card")
    assert "health card" in reply.text.lower()


async def test_tip_of_the_week_schedules_the_next_one(
    telegram: LocalTelegram, redis: Redis, key_prefix: str
) -> None:
    telegram.user(ADMIN, "Admin")
    chats = await seed(telegram, redis, key_prefix, 3)
    store = JobStore(redis, key_prefix)
    job = await store.create(Job(id=0, status="", kind="tip", audience="all", admin_chat=ADMIN,
                                 repeat_days=7))
    async with local_bot(telegram) as sender:
        assert await make_worker(sender, redis, key_prefix, 30).run_once() is True
    for chat_id in chats.all:
        [got] = telegram.received(chat_id)
        tip = "💡 Consejo de la semana" if chats.locale[chat_id] == "es" else "💡 Tip of the week"
        assert got.text.startswith(tip)
    following = await store.get(job.id + 1)
    assert following is not None and following.status == SCHEDULED and following.kind == "tip"
    assert following.run_at == pytest.approx(job.run_at + 7 * 86400)


async def test_a_bot_process_with_broadcast_worker_delivers_itself(
    telegram: LocalTelegram, config: Config, redis: Redis, key_prefix: str
) -> None:
    """BROADCAST_WORKER=1: no separate worker process; the bot's own process sends."""
    chats = await seed(telegram, redis, key_prefix, 5)
    admin = Admin(telegram, ADMIN)
    async with running_bot(telegram, dataclasses.replace(config, broadcast_worker=True), redis):
        step = await admin.press(await admin.send("/broadcast"), "My own text")
        step = await admin.press(step, "One for all")
        step = await admin.send("Same for everyone")
        await admin.press(step, "Channels")
        await admin.press(await confirmation_message(telegram), "Send now")
        await telegram.wait_call("sendMessage", timeout=30,
                                 where=lambda c: c.ok and "finished" in str(c.params["text"]))
    channels = [c for c in chats.all if telegram.world.chats[c].type == "channel"]
    for chat_id in chats.all:
        expected = ["Same for everyone"] if chat_id in channels else []
        assert [m.text for m in telegram.received(chat_id)] == expected


__all__ = ["config_once", "flood_limited_telegram"]  # fixtures used by name, not by call
