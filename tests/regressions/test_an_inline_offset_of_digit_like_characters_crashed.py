"""Bug: an inline query whose offset was "²" (or another non-decimal digit) raised ValueError.

The offset comes back from the user's client, which may send any string: "²".isdigit() is true but
int("²") fails, and a 5000-digit offset exceeds Python's int() limit. Such offsets now mean 0.
"""

from __future__ import annotations

import pytest
from redis.asyncio import Redis

from bot.config import Config
from bot.emulator import LocalTelegram
from tests.harness import User, running_bot
from tests.reliability.figures import ErrorLog


@pytest.mark.parametrize("offset", ["²", "१२", "9" * 5000, "-3"])
async def test_odd_offsets_get_results_not_an_error(
    telegram: LocalTelegram, config: Config, redis: Redis, offset: str
) -> None:
    user = User(telegram, 71)
    with ErrorLog("handlers.errors") as errors:
        async with running_bot(telegram, config, redis):
            telegram.inline_query(user.id, "health card", offset=offset)
            call = await telegram.wait_call("answerInlineQuery", timeout=10)
            await telegram.idle()
    assert errors.describe() == []
    assert call.ok and call.params["results"]
