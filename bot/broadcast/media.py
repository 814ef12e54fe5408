"""Pictures in broadcasts, uploaded once: Telegram answers an upload with a file_id, and every
later send names that file_id, so a photo to 3,000 chats costs one upload.

A photo is either a file_id already (an admin's photo: Telegram has it, nothing is uploaded) or
"file:<path>", a picture of the bot's own (such as a knowledge piece's comparison picture). The
file_id of a local picture is kept in Redis under the digest of its bytes
(`<prefix>:media:<sha256>`), so any worker process, and the next broadcast, reuses it; within a
process one upload at a time, so the sends that start together wait for the first one's file_id.
"""

from __future__ import annotations

import asyncio
import hashlib
from pathlib import Path
from typing import Any

from redis.asyncio import Redis
from telegram import Bot, InputFile

from bot.redis_keys import FileKeys

LOCAL = "file:"


class MediaCache:
    def __init__(self, redis: Redis, prefix: str) -> None:
        self.redis = redis
        self.prefix = prefix
        self._upload = asyncio.Lock()
        self.uploads = 0

    def _key(self, data: bytes) -> str:
        return FileKeys(self.prefix).media(hashlib.sha256(data).hexdigest())

    async def send_photo(self, bot: Bot, chat_id: int, photo: str, **kwargs: Any) -> None:
        if not photo.startswith(LOCAL):
            await bot.send_photo(chat_id, photo, **kwargs)
            return
        path = Path(photo[len(LOCAL):])
        data = await asyncio.to_thread(path.read_bytes)
        key = self._key(data)
        file_id = await self.redis.get(key)
        if file_id is None:
            async with self._upload:
                file_id = await self.redis.get(key)
                if file_id is None:
                    sent = await bot.send_photo(chat_id, InputFile(data, filename=path.name),
                                                **kwargs)
                    self.uploads += 1
                    await self.redis.set(key, sent.photo[-1].file_id)
                    return
        await bot.send_photo(chat_id, str(file_id), **kwargs)
