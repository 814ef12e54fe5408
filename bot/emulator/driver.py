"""Driver API mixin: waiting for calls and reading what users see."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from bot.emulator.model import ApiCall, Message, World
from bot.emulator.signal import Signal
from bot.emulator.updates import Delivery, UpdateQueue


class Driver:
    """Mixin for LocalTelegram: test-side queries, no HTTP involved."""

    calls: list[ApiCall]
    call_signal: Signal
    inflight: int
    last_activity: float
    queue: UpdateQueue
    world: World

    def wait_filter(self, method: str | set[str] | None,
                    where: Callable[[ApiCall], bool] | None) -> Callable[[ApiCall], bool]:
        """Predicate for matching calls (defined by LocalTelegram)."""
        raise NotImplementedError

    def mark(self) -> int:
        """The number of calls so far, to wait only for calls made after this point."""
        return len(self.calls)

    async def wait_call(self, method: str | set[str] | None = None, *, since: int = 0,
                        timeout: float = 5.0,
                        where: Callable[[ApiCall], bool] | None = None) -> ApiCall:
        """The first call at index >= since matching method/where; TimeoutError otherwise."""
        found = await self.wait_calls(1, since=since, method=method, timeout=timeout, where=where)
        return found[0]

    async def wait_calls(self, count: int, *, since: int = 0,
                         method: str | set[str] | None = None, timeout: float = 5.0,
                         where: Callable[[ApiCall], bool] | None = None) -> list[ApiCall]:
        """The first count matching calls at index >= since."""
        match = self.wait_filter(method, where)
        deadline = time.monotonic() + timeout
        found: list[ApiCall] = []
        index = since
        while True:
            while index < len(self.calls) and len(found) < count:
                if match(self.calls[index]):
                    found.append(self.calls[index])
                index += 1
            if len(found) >= count:
                return found
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                seen = [f"{c.method}:{c.status}" for c in self.calls[since:]][-20:]
                raise TimeoutError(
                    f"got {len(found)} of {count} {method or 'any'} calls in {timeout}s; "
                    f"calls since {since}: {seen}"
                )
            await self.call_signal.wait(remaining)

    async def idle(self, quiet: float = 0.2, timeout: float = 5.0) -> None:
        """Wait until no update is pending, no call runs and none came for `quiet` seconds."""
        deadline = time.monotonic() + timeout
        while True:
            now = time.monotonic()
            calm = now - self.last_activity
            if self.queue.pending_count == 0 and self.inflight == 0 and calm >= quiet:
                return
            if now >= deadline:
                raise TimeoutError(
                    f"not idle after {timeout}s: {self.queue.pending_count} pending updates, "
                    f"{self.inflight} calls running"
                )
            await self.call_signal.wait(min(max(quiet - calm, 0.01), deadline - now))

    def user(self, user_id: int, first_name: str = "Ann", language_code: str | None = "en",
             username: str | None = None) -> dict[str, Any]:
        """Create or update a user (and their private chat); returns the User dict."""
        user = self.world.user(user_id, first_name, language_code, username)
        self.world.touch()
        return user

    def group(self, chat_id: int, title: str, *, supergroup: bool = True) -> dict[str, Any]:
        """Create a group (the bot is not in it until add_bot_to_chat); returns the Chat."""
        return self.world.group(chat_id, title, supergroup=supergroup)

    def channel(self, chat_id: int, title: str) -> dict[str, Any]:
        """Create a channel (the bot is not in it until add_bot_to_chat); returns the Chat."""
        return self.world.channel(chat_id, title)

    def messages(self, chat_id: int) -> list[Message]:
        """Current messages of a chat in order: edits applied, deleted ones gone."""
        chat = self.world.chats.get(chat_id)
        if chat is None:
            return []
        return [chat.messages[k] for k in sorted(chat.messages)]

    def last_bot_message(self, chat_id: int) -> Message | None:
        """The newest message from the bot still in the chat."""
        return next((m for m in reversed(self.messages(chat_id)) if m.from_bot), None)

    def buttons(self, message: Message) -> list[list[tuple[str, str]]]:
        """Inline keyboard rows as (text, callback_data or url)."""
        rows = (message.reply_markup or {}).get("inline_keyboard", [])
        return [
            [(str(b.get("text", "")), str(b.get("callback_data", b.get("url", "")))) for b in row]
            for row in rows
        ]

    def inline_answer(self, inline_query_id: str) -> dict[str, Any] | None:
        """The answerInlineQuery params for a query, if answered."""
        return self.world.inline_answers.get(inline_query_id)

    def callback_answer(self, callback_query_id: str) -> dict[str, Any] | None:
        """The answerCallbackQuery params for a query, if answered."""
        return self.world.callback_answers.get(callback_query_id)

    def received(self, chat_id: int) -> list[Message]:
        """Every message the bot ever sent into a chat, as first sent."""
        chat = self.world.chats.get(chat_id)
        return list(chat.received) if chat else []

    @property
    def webhook_deliveries(self) -> list[Delivery]:
        """Webhook POST attempts, successful or not."""
        return self.queue.deliveries
