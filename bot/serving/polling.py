"""Long polling, with each batch of updates kept in the inbox before Telegram can forget it.

python-telegram-bot's updater confirms a batch with the offset of its next getUpdates, before the
batch is handled. The getUpdates transport is wrapped so that the next getUpdates waits until the
batch is in Redis (bot/serving/inbox.py): a process killed mid-update leaves the update to the
next process.
"""

from __future__ import annotations

import asyncio
import json
import logging

from telegram.request import BaseRequest

from bot.app import BotApplication
from bot.serving.commands import publish_bot_profile
from bot.serving.inbox import UpdateInbox
from bot.serving.lifecycle import install_signal_handlers, run_shutdown_hooks
from bot.serving.wrapped_request import Send, WrappedRequest

log = logging.getLogger(__name__)

# The whole next batch waits on the slowest update of this one, so not for long: past this, the
# rest is written in one command of its own.
BATCH_SETTLE_SECONDS = 0.005


def updates_in(payload: bytes) -> dict[int, str]:
    """The updates of a getUpdates answer, by id, each as its own JSON text."""
    try:
        result = json.loads(payload).get("result")
    except (ValueError, AttributeError):
        return {}
    if not isinstance(result, list):
        return {}
    return {
        item["update_id"]: json.dumps(item, ensure_ascii=False, separators=(",", ":"))
        for item in result
        if isinstance(item, dict) and type(item.get("update_id")) is int
    }


class InboxedUpdates(WrappedRequest):
    """The getUpdates transport: a batch is confirmed only once the inbox has it."""

    __slots__ = ("inbox", "unconfirmed")

    def __init__(self, inner: BaseRequest, inbox: UpdateInbox) -> None:
        super().__init__(inner)
        self.inbox = inbox
        self.unconfirmed: list[int] = []  # the last batch: the next getUpdates confirms it

    async def around(self, url: str, send: Send) -> tuple[int, bytes]:
        # Without Redis the updates are handled all the same, only not kept.
        await self.inbox.settle(self.unconfirmed, wait=BATCH_SETTLE_SECONDS)
        self.unconfirmed = []
        code, payload = await send()
        if code == 200:
            received = updates_in(payload)
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
    async with app:
        await app.start()
        inbox = UpdateInbox(app)
        bot = app.bot
        bot._request = (InboxedUpdates(bot._request[0], inbox), bot._request[1])
        await inbox.start()
        # post_init only runs under PTB's run_* helpers, which this runner does not use.
        await publish_bot_profile(app)
        assert app.updater is not None
        await app.updater.start_polling(
            poll_interval=0.0, timeout=poll_timeout, drop_pending_updates=False
        )
        try:
            await (stop.wait() if stop is not None else _wait_for_signal())
        finally:
            await app.updater.stop()
            await app.stop()
            await inbox.stop()
            await run_shutdown_hooks(app)
