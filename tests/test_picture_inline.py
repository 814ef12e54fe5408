"""Inline "A vs B": the comparison picture as a photo result, by file_id once uploaded, or by
the webhook server's public URL before that."""

from __future__ import annotations

from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from redis.asyncio import Redis
from telegram import InlineQueryResultPhoto

from bot.app import BotApplication
from bot.config import Config
from bot.emulator import LocalTelegram
from bot.pictures.inline import picture_result
from bot.pictures.render import PictureFiles
from bot.pictures.send import PictureSender
from bot.pictures.serve import add_picture_route
from tests.harness import User
from tests.test_e2e_inline import ask_inline
from tests.test_picture_button import _press_picture


@pytest.fixture
def config(default_config: Config, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Config:
    monkeypatch.setenv("PICTURE_CACHE_DIR", str(tmp_path / "pictures"))
    return default_config


async def test_picture_inline_result_by_file_id_after_the_upload(
    telegram: LocalTelegram, bot: BotApplication
) -> None:
    user = User(telegram, 401, "en")
    query = "health card vs social security card"
    before = await ask_inline(telegram, user.id, query)
    # Polling mode has no public URL: no picture until it was uploaded once.
    assert all(r["type"] == "article" for r in before["results"])
    summary = await user.send("/start cmp-health-social")
    uploaded = await _press_picture(telegram, user, summary)
    file_id = telegram.received(user.id)[-1].data["photo"][-1]["file_id"]
    assert str(uploaded.params["photo"]).startswith("attach://")
    after = await ask_inline(telegram, user.id, query)
    first = after["results"][0]
    assert first["type"] == "photo" and first["photo_file_id"] == file_id
    assert "The health card is not a social security card" in first["caption"]
    assert len(after["results"]) <= 50
    group = -100777
    telegram.group(group, "Friends")
    telegram.choose_inline_result(user.id, first["id"], query, chat_id=group)
    [shared] = [m for m in telegram.messages(group) if "photo" in m.data]
    assert shared.data["photo"][-1]["file_id"] == file_id
    assert telegram.world.photos.uploads == 1
    assert telegram.invalid_requests == []


async def test_picture_inline_result_by_public_url_in_webhook_mode(
    redis: Redis, key_prefix: str, tmp_path: Path
) -> None:
    files = PictureFiles(tmp_path)
    sender = PictureSender(redis, key_prefix, files)
    hook = "https://bot.example.org/telegram"
    result = await picture_result("cmp:social:health", sender, "es", hook)
    assert isinstance(result, InlineQueryResultPhoto)
    assert result.photo_url == "https://bot.example.org/telegram/pictures/es/health-social.png"
    assert await picture_result("card:health", sender, "es", hook) is None
    assert await picture_result("cmp:social:health", sender, "es", None) is None
    app = web.Application()
    add_picture_route(app, "/telegram", files)
    async with TestClient(TestServer(app)) as client:
        got = await client.get("/telegram/pictures/es/health-social.png")
        assert got.status == 200 and got.content_type == "image/png"
        assert (await got.read()).startswith(b"\x89PNG")
        for bad in ("/telegram/pictures/fr/health-social.png",
                    "/telegram/pictures/es/health-social", "/telegram/pictures/es/x.png",
                    "/telegram/pictures/es/..%2Fetc.png"):
            assert (await client.get(bad)).status == 404, bad
