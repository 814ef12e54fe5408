"""The update queue: long polling with offsets, or webhook delivery with retries."""

from __future__ import annotations

import asyncio
import contextlib
import copy
import time
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from bot.emulator.errors import ApiError
from bot.emulator.signal import Signal

# Telegram leaves these out unless asked for explicitly.
DEFAULT_EXCLUDED = {"chat_member", "message_reaction", "message_reaction_count"}
WEBHOOK_CONFLICT = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)
POLL_CONFLICT = (
    "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running"
)


def update_type(update: dict[str, Any]) -> str:
    """The kind of an update: message, callback_query, ..."""
    return next((k for k in update if k != "update_id"), "")


@dataclass
class Webhook:
    """The webhook as set by setWebhook."""

    url: str
    secret_token: str | None = None
    max_connections: int = 40
    last_error_date: int | None = None
    last_error_message: str | None = None


@dataclass
class Delivery:
    """One webhook POST attempt."""

    update_id: int
    url: str
    status: int | None
    error: str | None
    headers: dict[str, str] = field(default_factory=dict)
    timestamp: float = field(default_factory=time.time)


@dataclass
class _Pending:
    update: dict[str, Any]
    forced: bool = False  # re-sent duplicate: delivered even below the confirmed offset


class UpdateQueue:
    """Pending updates of the bot and the way they leave: getUpdates or webhook."""

    def __init__(self, first_update_id: int = 100_001) -> None:
        self.next_update_id = first_update_id
        self.pending: list[_Pending] = []
        self.allowed_updates: list[str] = []
        self.webhook: Webhook | None = None
        self.deliveries: list[Delivery] = []
        self.retry_delay = 0.2
        self.changed = Signal()
        self._poll_generation = 0
        self._closed = False
        self._task: asyncio.Task[None] | None = None
        self._session: aiohttp.ClientSession | None = None

    @property
    def pending_count(self) -> int:
        """Updates not yet confirmed (polling) or delivered (webhook)."""
        return len(self.pending)

    def push(self, update: dict[str, Any]) -> dict[str, Any]:
        """Queue an update, assigning update_id when missing; filtered by allowed_updates."""
        if "update_id" not in update:
            update = {"update_id": self.next_update_id, **update}
        self.next_update_id = max(self.next_update_id, int(update["update_id"]) + 1)
        if self._allowed(update_type(update)):
            self.pending.append(_Pending(update))
            self.changed.pulse()
        return update

    def resend(self, update: dict[str, Any]) -> None:
        """Deliver an update again with the same update_id."""
        self.pending.append(_Pending(copy.deepcopy(update), forced=True))
        self.changed.pulse()

    def _allowed(self, kind: str) -> bool:
        """Whether allowed_updates lets this kind of update be created."""
        if self.allowed_updates:
            return kind in self.allowed_updates
        return kind not in DEFAULT_EXCLUDED

    def drop_pending(self) -> None:
        """Forget all pending updates (drop_pending_updates)."""
        self.pending.clear()

    async def get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        """Answer getUpdates: confirm below offset, then return or long-poll for updates."""
        if self.webhook is not None:
            raise ApiError(409, WEBHOOK_CONFLICT)
        self._poll_generation += 1
        generation = self._poll_generation
        self.changed.pulse()  # an older poll still waiting ends with a Conflict
        if "allowed_updates" in params:
            self.allowed_updates = list(params["allowed_updates"])
        offset = params.get("offset")
        limit = max(1, min(100, int(params.get("limit", 100))))
        self._confirm(offset)
        deadline = time.monotonic() + max(0, int(params.get("timeout", 0)))
        while True:
            if generation != self._poll_generation:
                raise ApiError(409, POLL_CONFLICT)
            ready = self._take(limit)
            if ready or self._closed:
                return ready
            if not await self.changed.wait(deadline - time.monotonic()):
                return []

    def _confirm(self, offset: Any) -> None:
        """Drop updates confirmed by offset; a negative offset keeps the last -offset ones."""
        if offset is None:
            return
        offset = int(offset)
        if offset < 0:
            normal = [p for p in self.pending if not p.forced]
            keep = {id(p) for p in normal[offset:]}
            self.pending = [p for p in self.pending if p.forced or id(p) in keep]
        else:
            self.pending = [
                p for p in self.pending if p.forced or p.update["update_id"] >= offset
            ]

    def _take(self, limit: int) -> list[dict[str, Any]]:
        """Return up to limit updates; forced duplicates leave the queue once returned."""
        chosen = self.pending[:limit]
        taken = {id(p) for p in chosen if p.forced}
        self.pending = [p for p in self.pending if id(p) not in taken]
        return [copy.deepcopy(p.update) for p in chosen]

    def set_webhook(self, hook: Webhook | None, drop_pending: bool) -> None:
        """Set or remove the webhook and start or stop the delivery task."""
        self.webhook = hook
        if drop_pending:
            self.drop_pending()
        self.changed.pulse()
        if hook is not None and (self._task is None or self._task.done()):
            self._task = asyncio.get_running_loop().create_task(self._deliver_loop())

    async def _deliver_loop(self) -> None:
        """POST pending updates to the webhook in order, retrying each until accepted."""
        failures = 0
        while not self._closed and self.webhook is not None:
            if not self.pending:
                await self.changed.wait(1.0)
                continue
            item = self.pending[0]
            hook = self.webhook
            if await self._post(hook, item.update):
                failures = 0
                with contextlib.suppress(ValueError):
                    self.pending.remove(item)
                self.changed.pulse()
            else:
                failures += 1
                await asyncio.sleep(min(2.0, self.retry_delay * 2 ** min(failures - 1, 4)))

    async def _post(self, hook: Webhook, update: dict[str, Any]) -> bool:
        """Send one update to the webhook; record the attempt."""
        if self._session is None:
            self._session = aiohttp.ClientSession()
        headers = {"Content-Type": "application/json"}
        if hook.secret_token:
            headers["X-Telegram-Bot-Api-Secret-Token"] = hook.secret_token
        status: int | None = None
        error: str | None = None
        try:
            async with self._session.post(
                hook.url, json=update, headers=headers, timeout=aiohttp.ClientTimeout(total=10)
            ) as resp:
                status = resp.status
                await resp.read()
                if not 200 <= status < 300:
                    error = f"Wrong response from the webhook: {status} {resp.reason}"
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            error = f"Connection failed: {exc!r}"
        self.deliveries.append(Delivery(update["update_id"], hook.url, status, error, headers))
        if error:
            hook.last_error_date = int(time.time())
            hook.last_error_message = error
        return error is None

    async def close(self) -> None:
        """Stop delivering and wake pollers."""
        self._closed = True
        self.changed.pulse()
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self._session is not None:
            await self._session.close()
