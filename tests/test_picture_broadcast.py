"""A broadcast of a comparison picture: each chat gets it in its language, with the summary as
caption; one upload per language, every other send by file_id."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from redis.asyncio import Redis

from bot.broadcast.content import render_message
from bot.broadcast.jobs import Job, JobStore
from bot.emulator import LocalTelegram
from bot.pictures.render import PictureFiles
from bot.pictures.send import PictureSender
from tests.broadcast_support import local_bot, make_worker, seed
from tests.test_broadcast_admin import ADMIN


@pytest.fixture
async def telegram() -> AsyncIterator[LocalTelegram]:
    server = LocalTelegram(flood_limits=True)
    await server.start()
    yield server
    await server.stop()


async def test_picture_broadcast_one_upload_per_language(
    telegram: LocalTelegram, redis: Redis, key_prefix: str, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PICTURE_CACHE_DIR", str(tmp_path))
    telegram.user(ADMIN, "Admin")
    chats = await seed(telegram, redis, key_prefix, 8)
    await JobStore(redis, key_prefix).create(Job(
        id=0, status="", kind="picture", audience="all", admin_chat=ADMIN,
        node="cmp:health:social"))
    async with local_bot(telegram) as sender:
        worker = make_worker(sender, redis, key_prefix, 30)
        assert await worker.run_once() is True
        assert worker.sender.media.uploads == 2  # English and Spanish
    for chat_id in chats.all:
        [got] = telegram.received(chat_id)
        assert got.data["photo"][-1]["width"] > 1
        spanish = chats.locale[chat_id] == "es"
        assert ("La tarjeta de salud" if spanish else "The health card") in got.text
    assert telegram.world.photos.uploads == 2
    # A tap on "Picture" afterwards sends the broadcast's upload by its file_id.
    pictures = PictureSender(redis, key_prefix, PictureFiles(tmp_path))
    async with local_bot(telegram) as bot:
        sent = await pictures.send(bot, chats.all[0], "en", "health-social")
    assert sent is not None and pictures.uploads == 0
    assert telegram.world.photos.uploads == 2
    assert telegram.invalid_requests == []


def test_picture_broadcast_renders_unknown_nodes_as_nothing() -> None:
    assert render_message("picture", "cmp:nope:social", {}, "en", None) is None
    overview = render_message("picture", "overview", {}, "es", None)
    assert overview is not None and overview.photo.startswith("file:")
