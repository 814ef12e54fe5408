"""The "Picture" button: the comparison's picture with its summary as caption, uploaded once
per language and picture, then sent by the file_id kept in Redis."""

from __future__ import annotations

from pathlib import Path

import pytest
from redis.asyncio import Redis

from bot.app import BotApplication
from bot.callbacks import Picture
from bot.config import Config
from bot.emulator import LocalTelegram
from bot.emulator.model import ApiCall
from bot.pictures.caption import CAPTION_LIMIT, caption, visible_length
from tests.harness import User


@pytest.fixture
def config(default_config: Config, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Config:
    monkeypatch.setenv("PICTURE_CACHE_DIR", str(tmp_path / "pictures"))
    return default_config


async def _press_picture(telegram: LocalTelegram, user: User, message: object,
                         label: str = "Picture") -> ApiCall:
    mark = telegram.mark()
    telegram.press_button(user.id, message.message_id,  # type: ignore[attr-defined]
                          user.button_data(message, label))
    return await telegram.wait_call("sendPhoto", since=mark, timeout=30)


async def test_picture_second_send_is_by_file_id(
    telegram: LocalTelegram, bot: BotApplication, redis: Redis, key_prefix: str
) -> None:
    user = User(telegram, 301, "en")
    summary = await user.send("/start cmp-health-social")
    first = await _press_picture(telegram, user, summary)
    assert first.ok and str(first.params["photo"]).startswith("attach://")
    assert "The health card is not a social security card" in first.params["caption"]
    second = await _press_picture(telegram, user, summary)
    kept = await redis.get(f"{key_prefix}:picture:en:health-social")
    assert kept is not None
    file_id = (kept.decode() if isinstance(kept, bytes) else kept).split(" ")[1]
    assert second.ok and second.params["photo"] == file_id
    # The swapped order is the same picture: no new upload.
    swapped = await user.send("/start cmp-social-health")
    third = await _press_picture(telegram, user, swapped)
    assert third.params["photo"] == file_id
    assert telegram.world.photos.uploads == 1
    shown = telegram.received(user.id)[-1]
    assert shown.data["photo"][-1]["width"] > 1
    # Another language is another picture: one more upload.
    other = User(telegram, 302, "es")
    resumen = await other.send("/start cmp-health-social")
    foto = await _press_picture(telegram, other, resumen, "Imagen")
    assert str(foto.params["photo"]).startswith("attach://")
    assert "no es una tarjeta de seguridad social" in foto.params["caption"]
    assert telegram.world.photos.uploads == 2
    assert telegram.invalid_requests == []


async def test_picture_overview_and_old_buttons(
    telegram: LocalTelegram, bot: BotApplication
) -> None:
    user = User(telegram, 303, "en")
    menu = await user.send("/start cmp")
    sent = await _press_picture(telegram, user, menu, "at a glance")
    assert sent.ok and "six cards" in sent.params["caption"]
    for stale in ("P:nope:health", "P:health:health", "P:overvie"):
        mark = telegram.mark()
        query = telegram.press_button(user.id, menu.message_id, stale)
        answer = await telegram.wait_call("answerCallbackQuery", since=mark)
        assert answer.ok and "older menu" in answer.params.get("text", ""), query
    assert telegram.invalid_requests == []


def test_picture_captions_fit_and_callbacks_are_short() -> None:
    from bot.knowledge import CARDS

    for a in CARDS:
        for b in CARDS:
            if a != b:
                text = caption(Picture(a, b))
                assert text is not None and visible_length(text) <= CAPTION_LIMIT
                assert len(Picture(a, b).pack().encode()) <= 64
    assert caption(Picture("nope", "health")) is None
