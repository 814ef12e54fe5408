"""Drive the real bot through the local Telegram over HTTP, as a user would."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Any

from redis.asyncio import Redis

from bot.app import BotApplication, build_application
from bot.config import Config
from bot.emulator import LocalTelegram
from bot.runner import serve_polling

REPLY_METHODS = {"sendMessage", "editMessageText", "editMessageReplyMarkup"}


@contextlib.asynccontextmanager
async def running_bot(
    telegram: LocalTelegram, config: Config, redis: Redis
) -> AsyncIterator[BotApplication]:
    """A bot long-polling the local Telegram until the block ends."""
    app = build_application(config, redis, api_url=telegram.url)
    stop = asyncio.Event()
    mark = telegram.mark()
    task = asyncio.create_task(serve_polling(app, stop, poll_timeout=1))
    await telegram.wait_call("getUpdates", since=mark, timeout=15)
    try:
        yield app
    finally:
        stop.set()
        await asyncio.wait_for(task, 15)


class User:
    """One simulated Telegram user in a private chat with the bot."""

    def __init__(self, telegram: LocalTelegram, user_id: int, language_code: str | None = "en"):
        self.telegram = telegram
        self.id = user_id
        telegram.user(user_id, first_name=f"User{user_id}", language_code=language_code)

    async def _reply(self, mark: int) -> Any:
        call = await self.telegram.wait_call(
            REPLY_METHODS,
            since=mark,
            where=lambda c: c.params.get("chat_id") in (self.id, str(self.id)),
        )
        # "Not modified" means the user already sees this screen: not a failure.
        not_modified = "not modified" in (call.description or "")
        assert call.ok or not_modified, f"{call.method} failed: {call.description}"
        if call.method == "sendMessage":
            return self.telegram.last_bot_message(self.id)
        edited = int(call.params["message_id"])
        return next(m for m in self.telegram.messages(self.id) if m.message_id == edited)

    async def send(self, text: str) -> Any:
        """Write to the bot; return the bot's message after its reply."""
        mark = self.telegram.mark()
        self.telegram.send_text(self.id, text)
        return await self._reply(mark)

    async def press(self, message: Any, label: str) -> Any:
        """Press the button whose text contains `label`; return the message after the reply."""
        data = self.button_data(message, label)
        mark = self.telegram.mark()
        self.telegram.press_button(self.id, message.message_id, data)
        return await self._reply(mark)

    async def press_data(self, message_id: int, data: str) -> Any:
        mark = self.telegram.mark()
        self.telegram.press_button(self.id, message_id, data)
        return await self._reply(mark)

    def button_data(self, message: Any, label: str) -> str:
        for row in self.telegram.buttons(message):
            for text, data in row:
                if label in text:
                    return str(data)
        labels = [text for row in self.telegram.buttons(message) for text, _ in row]
        raise AssertionError(f"no button {label!r} in {labels}")

    def labels(self, message: Any) -> list[str]:
        return [text for row in self.telegram.buttons(message) for text, _ in row]
