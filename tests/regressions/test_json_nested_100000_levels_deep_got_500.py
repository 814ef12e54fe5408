"""Bug: a body of JSON nested 100,000 levels deep got 500 and a RecursionError traceback.

Only ValueError and UnicodeDecodeError were caught around json.loads. Now it is malformed JSON: 400.
"""

from __future__ import annotations

import pytest
from redis.asyncio import Redis

from bot.config import Config
from bot.emulator import LocalTelegram
from bot.serving.webhook import SECRET_HEADER
from tests.harness import User
from tests.raw_http import post_raw
from tests.webhook_harness import free_port, webhook_bot, webhook_config

DEPTH = 100_000


async def test_json_nested_too_deep_gets_400_and_the_bot_keeps_serving(
    telegram: LocalTelegram, default_config: Config, redis: Redis,
    caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    port = free_port()
    secret = {SECRET_HEADER: b"right-secret_1"}
    bodies = [
        b"[" * DEPTH + b"]" * DEPTH,
        b'{"update_id": 1, "message": ' + b'{"a": ' * DEPTH + b"1" + b"}" * DEPTH + b"}",
    ]
    async with webhook_bot(telegram, webhook_config(default_config, port), redis):
        for body in bodies:
            assert await post_raw(port, "/telegram", secret, body) == 400
        assert "Card Guide" in (await User(telegram, 313).send("/start")).text
    assert not [r for r in caplog.records if r.exc_info], "a traceback was logged"
