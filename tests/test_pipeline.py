"""The update pipeline (bot/serving/pipeline.py): each update ends in one log line naming what
handled it and how it ended, whether a handler, the rate limit's note, or a failure."""

from __future__ import annotations

import logging
from collections import Counter

import pytest
from redis.asyncio import Redis

from bot.config import Config
from bot.emulator import LocalTelegram
from handlers.throttle import RATE_LIMIT
from tests.harness import User, running_bot


def update_lines(caplog: pytest.LogCaptureFixture) -> dict[int, list[str]]:
    """The `cardbot.updates` lines by update id."""
    found: dict[int, list[str]] = {}
    for record in caplog.records:
        if record.name == "cardbot.updates":
            line = record.getMessage()
            update_id = int(line.split("update_id=")[1].split()[0])
            found.setdefault(update_id, []).append(line)
    return found


def field(line: str, name: str) -> str:
    return line.split(f"{name}=")[1].split()[0]


@pytest.mark.rate_limited
async def test_a_flood_is_logged_update_by_update_as_answered_or_throttled(
    telegram: LocalTelegram, config: Config, redis: Redis, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="cardbot.updates")
    user = User(telegram, 61)
    async with running_bot(telegram, config, redis):
        # More than twice the limit: however the burst falls across rate windows, one is over.
        sent = [telegram.send_text(user.id, "/start") for _ in range(2 * RATE_LIMIT + 5)]
        await telegram.idle(timeout=30)
    lines = update_lines(caplog)
    mine = [lines.get(update["update_id"], []) for update in sent]
    assert all(len(found) == 1 for found in mine)
    handled = Counter((field(found[0], "handler"), field(found[0], "outcome")) for found in mine)
    assert set(handled) == {("start.start", "ok"), ("throttle.slow_down", "ok")}
    # What the user saw: a menu for each update handled by /start, and one note per full window.
    seen = [m.text for m in telegram.received(user.id)]
    notes = [text for text in seen if "sending messages very fast" in text]
    assert 1 <= len(notes) <= 2
    assert len(seen) - len(notes) == handled[("start.start", "ok")]


async def test_a_failing_handler_is_logged_as_an_error_and_the_user_is_told(
    telegram: LocalTelegram, config: Config, redis: Redis, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="cardbot.updates")
    user = User(telegram, 62)
    telegram.fail_next(1, status=400, method="sendMessage", chat_id=user.id)
    async with running_bot(telegram, config, redis):
        update = telegram.send_text(user.id, "/start")
        await telegram.idle(timeout=15)
    assert [m.text for m in telegram.received(user.id)] == [
        "Something went wrong. Please try again."]
    [line] = update_lines(caplog)[update["update_id"]]
    assert (field(line, "handler"), field(line, "outcome")) == ("start.start", "error")
