"""Bug: a compressed body sent without the secret cost the bot seconds of CPU.

It got 403 at once, but aiohttp inflated it anyway: as it arrived (auto_decompress) and while
reading the unread rest before reusing the connection (lingering). A 0.5 MB gzip body inflating to
512 MiB cost 1.4-1.8 s of CPU and stalled every other update. Now nothing is inflated, an answer
given without reading the body closes the connection, and a compressed body gets 415 even with
the right secret (bot/serving/http_guard.py).
"""

from __future__ import annotations

import asyncio
import gzip
import json
import time
import zlib

from redis.asyncio import Redis

from bot.config import Config
from bot.emulator import LocalTelegram
from bot.serving.webhook import SECRET_HEADER
from tests.harness import User
from tests.raw_http import post_raw
from tests.webhook_harness import free_port, webhook_bot, webhook_config

INFLATED_MIB = 512
BOMBS = 4
# Inflating the four costs over 5 s of CPU here; refusing them costs milliseconds.
CPU_BOUND_SECONDS = 1.0


def gzip_bomb(mebibytes: int) -> bytes:
    """About 1 KB of gzip per MiB of zeros, built without compressing them all (a flushed block
    of a zero MiB is the same bytes each time). The trailer's checksum is wrong: it is read last."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = bytes(1 << 20)
    head = packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH)
    block = packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH)
    return head + block * (mebibytes - 1) + packer.flush()


async def test_a_compressed_body_costs_nothing_without_the_secret_and_gets_415_with_it(
    telegram: LocalTelegram, default_config: Config, redis: Redis
) -> None:
    port = free_port()
    bomb = gzip_bomb(INFLATED_MIB)
    gzip_headers = {"Content-Encoding": b"gzip"}
    update = {"update_id": 920001, "message": {
        "message_id": 1, "date": 0, "chat": {"id": 314, "type": "private"},
        "from": {"id": 314, "is_bot": False, "first_name": "U"}, "text": "/start"}}
    async with webhook_bot(telegram, webhook_config(default_config, port), redis):
        started = time.process_time()
        statuses = await asyncio.gather(*(
            post_raw(port, "/telegram", headers, bomb, whole_body=True)
            for headers in [gzip_headers, {**gzip_headers, SECRET_HEADER: b"wrong"}] * (BOMBS // 2)
        ))  # fmt: skip
        assert set(statuses) == {403}
        # Whatever the server still had to inflate, it has done by the time it answers this.
        assert "Card Guide" in (await User(telegram, 315).send("/start")).text
        spent = time.process_time() - started
        print(f"CPU for {BOMBS} unsigned gzip bodies of {INFLATED_MIB} MiB: {spent:.2f} s")
        assert spent < CPU_BOUND_SECONDS
        signed = {**gzip_headers, SECRET_HEADER: b"right-secret_1"}
        packed = gzip.compress(json.dumps(update).encode())
        assert await post_raw(port, "/telegram", signed, packed) == 415
        await telegram.idle()
    assert telegram.received(314) == []  # Telegram never compresses: refused, not processed
