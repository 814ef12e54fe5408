"""Sending a comparison picture: uploaded once, then by the file_id Telegram gave back.

The file_id is kept in Redis, one key per language and picture
(``<prefix>:picture:<locale>:<picture id>``), holding "<digest> <file_id>": a picture redrawn
after an edit has another digest, so it is uploaded again instead of sending the old one.
Within a process one upload at a time, so taps that arrive together wait for one file_id.
The broadcasts' media cache (bot/broadcast/media.py, keyed by the bytes' digest) is read and
written too, so a picture a broadcast uploaded is not uploaded again by a tap, nor the reverse.
"""

from __future__ import annotations

import asyncio
import hashlib
from pathlib import Path
from typing import Any

from redis.asyncio import Redis
from telegram import Bot, InputFile, Message

from bot.pictures.render import PictureFiles
from bot.redis_keys import FileKeys


def _digest(path: Path) -> str:
    # The file's name ends with the digest of the picture's text (see render.PictureFiles).
    return path.stem.rsplit("-", 1)[-1]


class PictureSender:
    def __init__(self, redis: Redis, prefix: str, files: PictureFiles | None = None) -> None:
        self.redis = redis
        self.prefix = prefix
        self.files = files or PictureFiles()
        self._upload = asyncio.Lock()
        self.uploads = 0

    def key(self, locale: str, picture_id: str) -> str:
        return FileKeys(self.prefix).picture(locale, picture_id)

    async def file_id(self, locale: str, picture_id: str) -> str | None:
        """The file_id kept for the current drawing of a picture, if it was uploaded."""
        path = await asyncio.to_thread(self.files.path, locale, picture_id)
        if path is None:
            return None
        return await self._kept(self.key(locale, picture_id), _digest(path))

    async def _kept(self, key: str, digest: str) -> str | None:
        stored = await self.redis.get(key)
        if stored is None:
            return None
        text = stored.decode() if isinstance(stored, bytes) else str(stored)
        kept_digest, _sep, file_id = text.partition(" ")
        return file_id if kept_digest == digest and file_id else None

    async def send(self, bot: Bot, chat_id: int, locale: str, picture_id: str,
                   **kwargs: Any) -> Message | None:
        """Send a picture by file_id, uploading it first if it never was; None for unknown ids."""
        path = await asyncio.to_thread(self.files.path, locale, picture_id)
        if path is None:
            return None
        key, digest = self.key(locale, picture_id), _digest(path)
        file_id = await self._kept(key, digest)
        if file_id is None:
            async with self._upload:
                file_id = await self._kept(key, digest)
                data = await asyncio.to_thread(path.read_bytes) if file_id is None else b""
                media_key = FileKeys(self.prefix).media(hashlib.sha256(data).hexdigest())
                if file_id is None and (found := await self.redis.get(media_key)) is not None:
                    file_id = found.decode() if isinstance(found, bytes) else str(found)
                    await self.redis.set(key, f"{digest} {file_id}")
                if file_id is None:
                    sent = await bot.send_photo(
                        chat_id, InputFile(data, filename=path.name), **kwargs)
                    self.uploads += 1
                    file_id = sent.photo[-1].file_id
                    await self.redis.set(key, f"{digest} {file_id}")
                    await self.redis.set(media_key, file_id)
                    return sent
        return await bot.send_photo(chat_id, file_id, **kwargs)
