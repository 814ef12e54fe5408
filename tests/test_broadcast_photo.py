"""Photo broadcasts: the admin's photo with a caption per language, sent to every chat by the
file_id Telegram gave it (no upload), and a picture of the bot's own uploaded once."""

from __future__ import annotations

from pathlib import Path

from redis.asyncio import Redis

from bot.app import BotApplication
from bot.broadcast.jobs import Job, JobStore
from bot.emulator import LocalTelegram
from bot.emulator.model import ApiCall
from tests.broadcast_support import (  # the two fixtures are this file's telegram and config
    config_once,
    flood_limited_telegram,
    local_bot,
    make_worker,
    running_worker,
    seed,
    wait_done,
)
from tests.test_broadcast_admin import ADMIN, Admin, confirmation

# The smallest valid PNG: one transparent pixel.
PIXEL = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")


def photo_sends(telegram: LocalTelegram) -> list[ApiCall]:
    return [c for c in telegram.calls if c.method == "sendPhoto" and c.ok and c.chat_id != ADMIN]


async def test_photo_with_a_caption_per_language_is_sent_by_file_id(
    telegram: LocalTelegram, bot: BotApplication, redis: Redis, key_prefix: str
) -> None:
    chats = await seed(telegram, redis, key_prefix, 6)
    admin = Admin(telegram, ADMIN)
    step = await admin.press(await admin.send("/broadcast"), "A photo with a caption")
    assert step.text == "Send the photo (as a photo, not as a file)."
    mark = telegram.mark()
    sent = telegram.send_photo(ADMIN)
    file_id = sent["message"]["photo"][-1]["file_id"]
    await admin._reply(mark)
    step = telegram.last_bot_message(ADMIN)
    assert step.text == "Its caption: one for every chat, or one per language?"
    assert (await admin.press(step, "One per language")).text == "Send the text in English."
    await admin.send("New <b>card</b> rules")
    step = await admin.send("Nuevas reglas")
    await admin.press(step, "All chats")
    previews = await confirmation(telegram)
    assert [m.text for m in previews[1:3]] == ["New <b>card</b> rules", "Nuevas reglas"]
    assert all("photo" in m.data for m in previews[1:3])
    await admin.press(previews[3], "Send now")
    async with local_bot(telegram) as sender, running_worker(sender, redis, key_prefix, 30):
        job = await wait_done(redis, key_prefix, 1, timeout=30)
    assert job.counts["ok"] == 6 and job.kind == "photo"
    for chat_id in chats.all:
        [got] = telegram.received(chat_id)
        assert "photo" in got.data
        assert got.text == ("Nuevas reglas" if chats.locale[chat_id] == "es"
                            else "New <b>card</b> rules")
    # Every chat got the admin's photo by its file_id: nothing was uploaded.
    assert {c.params["photo"] for c in photo_sends(telegram)} == {file_id}
    assert telegram.invalid_requests == []


async def test_a_picture_of_the_bots_own_is_uploaded_once_for_all_chats(
    telegram: LocalTelegram, redis: Redis, key_prefix: str, tmp_path: Path
) -> None:
    picture = tmp_path / "compare.png"
    picture.write_bytes(PIXEL)
    telegram.user(ADMIN, "Admin")
    chats = await seed(telegram, redis, key_prefix, 12)
    store = JobStore(redis, key_prefix)
    await store.create(Job(id=0, status="", kind="photo", audience="all", admin_chat=ADMIN,
                           texts={"*": "Compared"}, photo=f"file:{picture}"))
    async with local_bot(telegram) as sender:
        worker = make_worker(sender, redis, key_prefix, 30)
        assert await worker.run_once() is True
        assert worker.sender.media.uploads == 1
    assert all(len(telegram.received(c)) == 1 for c in chats.all)
    uploads = [c for c in photo_sends(telegram)
               if str(c.params["photo"]).startswith("attach://")]
    assert len(uploads) == 1 and len(photo_sends(telegram)) == 12
    # The next broadcast of the same picture uploads nothing: its file_id is kept in Redis.
    await store.create(Job(id=0, status="", kind="photo", audience="all", admin_chat=ADMIN,
                           texts={"*": "Again"}, photo=f"file:{picture}"))
    async with local_bot(telegram) as sender:
        worker = make_worker(sender, redis, key_prefix, 30)
        assert await worker.run_once() is True
        assert worker.sender.media.uploads == 0


__all__ = ["config_once", "flood_limited_telegram"]  # fixtures used by name, not by call
