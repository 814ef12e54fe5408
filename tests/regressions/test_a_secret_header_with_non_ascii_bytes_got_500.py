"""Bug: a secret header with bytes that are not ASCII got 500 and a traceback, not 403.

aiohttp hands such bytes over as surrogates, and secret_ok encoded the header strictly
(UnicodeEncodeError). Now any bytes compare, and a wrong secret is a wrong secret.
"""

from __future__ import annotations

import json

import pytest
from redis.asyncio import Redis

from bot.config import Config
from bot.emulator import LocalTelegram
from bot.serving.webhook import SECRET_HEADER
from tests.harness import User
from tests.raw_http import metric, post_raw
from tests.webhook_harness import free_port, webhook_bot, webhook_config

REFUSED = 'cardbot_webhook_requests_total{status="403"}'


async def test_a_secret_with_bytes_that_are_not_ascii_gets_403(
    telegram: LocalTelegram, default_config: Config, redis: Redis,
    caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    port = free_port()
    update = {"update_id": 910001, "message": {
        "message_id": 1, "date": 0, "chat": {"id": 311, "type": "private"},
        "from": {"id": 311, "is_bot": False, "first_name": "U"}, "text": "/start"}}
    body = json.dumps(update).encode()
    async with webhook_bot(telegram, webhook_config(default_config, port), redis):
        before = await metric(port, REFUSED)
        for secret in (b"\xff\xfe", b"right-secret_1\xff", b"right-secret_1\xc3\xa9", b"\x80"):
            assert await post_raw(port, "/telegram", {SECRET_HEADER: secret}, body) == 403
        assert await metric(port, REFUSED) == before + 4
        assert "Card Guide" in (await User(telegram, 312).send("/start")).text
    assert telegram.received(311) == []
    assert not [r for r in caplog.records if r.exc_info], "a traceback was logged"
