"""Long polling, with each batch of updates kept in the inbox before Telegram can forget it.

python-telegram-bot's updater confirms a batch with the offset of its next getUpdates, before the
batch is handled. The getUpdates transport is wrapped (when the application is built, bot/app.py)
so that the next getUpdates waits until the batch is in Redis (bot/serving/inbox.py): a process
killed mid-update leaves the update to the next process.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Iterable, Mapping
from typing import Any, Protocol

from telegram.request import BaseRequest

from bot.context import BotApplication
from bot.serving.incoming import without_unread_parts
from bot.serving.lifecycle import install_signal_handlers, serving
from bot.serving.probes import serve_probes
from bot.serving.wrapped_request import Send, WrappedRequest

log = logging.getLogger(__name__)

# The whole next batch waits on the slowest update of this one, so not for long: past this, the
# rest is written in one command of its own.
BATCH_SETTLE_SECONDS = 0.005


def updates_in(answer: Any) -> dict[int, str]:
    """The updates of a decoded getUpdates answer, by id, each as its own JSON text."""
    result = answer.get("result") if type(answer) is dict else None
    if not isinstance(result, list):
        return {}
    return {
        item["update_id"]: json.dumps(
            without_unread_parts(item), ensure_ascii=False, separators=(",", ":")
        )
        for item in result
        if type(item) is dict and type(item.get("update_id")) is int
    }


class Keeper(Protocol):
    """What InboxedUpdates asks of the inbox (bot/serving/inbox.py)."""

    def expect(self, entries: Mapping[int, str]) -> None: ...

    async def settle(self, ids: Iterable[int], wait: float) -> None: ...


class InboxedUpdates(WrappedRequest):
    """The getUpdates transport: a batch is confirmed only once the inbox has it."""

    __slots__ = ("decoded", "inbox", "unconfirmed")

    def __init__(self, inner: BaseRequest, inbox: Keeper) -> None:
        super().__init__(inner)
        self.inbox = inbox
        self.unconfirmed: list[int] = []  # the last batch: the next getUpdates confirms it
        # The last answer's bytes and what they decoded to: PTB decodes them right after.
        self.decoded: tuple[bytes, dict[str, Any]] | None = None

    # PTB declares it static but calls it on the instance, which this needs.
    def parse_json_payload(self, payload: bytes) -> dict[str, Any]:  # type: ignore[override]
        decoded, self.decoded = self.decoded, None
        if decoded is not None and decoded[0] is payload:
            return decoded[1]
        return super().parse_json_payload(payload)

    async def around(self, url: str, send: Send) -> tuple[int, bytes]:
        # Without Redis the updates are handled all the same, only not kept.
        await self.inbox.settle(self.unconfirmed, wait=BATCH_SETTLE_SECONDS)
        self.unconfirmed = []
        code, payload = await send()
        if code == 200:
            try:
                answer = json.loads(payload)
            except ValueError:
                answer = None  # PTB's own decoding reports it
            if type(answer) is dict:
                self.decoded = (payload, answer)
            received = updates_in(answer)
            self.inbox.expect(received)
            self.unconfirmed = list(received)
        return code, payload


async def _wait_for_signal() -> None:
    stop = asyncio.Event()
    install_signal_handlers(stop)
    await stop.wait()


async def serve_polling(
    app: BotApplication, stop: asyncio.Event | None = None, *, poll_timeout: int = 10
) -> None:
    """Poll until `stop` is set (or a signal arrives), then shut down cleanly."""
    updater = app.updater
    assert updater is not None
    config = app.bot_data.services.config
    # First, so that a port already taken stops the start before anything else has begun.
    probes = None
    if config.metrics_port is not None:
        probes = await serve_probes(app, config.metrics_host, config.metrics_port,
                                    lambda: updater.running)
        log.info("/metrics, /healthz and /readyz on %s:%s", config.metrics_host,
                 config.metrics_port)
    try:
        async with serving(app):
            await updater.start_polling(
                poll_interval=0.0, timeout=poll_timeout, drop_pending_updates=False
            )
            try:
                await (stop.wait() if stop is not None else _wait_for_signal())
            finally:
                await updater.stop()
    finally:
        if probes is not None:
            await probes.cleanup()
