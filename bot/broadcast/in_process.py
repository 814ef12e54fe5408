"""A delivery worker inside a bot process (BROADCAST_WORKER=1): started by a start-up hook of the
bot (bot/app.py), stopped by a shutdown hook.

It gets a Bot of its own on the same Bot API URL, so its sends go through the broadcast pacing
and error handling only, not through the interactive transport's retries.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from redis.asyncio import Redis
from telegram import Bot
from telegram.request import HTTPXRequest

from bot.broadcast.delivery import Sender
from bot.broadcast.pacing import Pacer, effective_limit
from bot.broadcast.worker import DeliveryWorker, WorkerSettings
from bot.config import Config
from bot.context import BotApplication
from bot.serving.lifecycle import add_shutdown_hook

log = logging.getLogger(__name__)


async def start_in_process_worker(app: BotApplication, config: Config, redis: Redis,
                                  settings: WorkerSettings | None = None) -> None:
    """Start the worker task, and register its stop as a shutdown hook."""
    settings = settings or WorkerSettings(default_locale=config.default_language)
    token: str = app.bot.token
    base_url = str(app.bot.base_url).removesuffix(token)  # ".../bot" without the token
    bot = Bot(token, base_url=base_url,
              request=HTTPXRequest(connection_pool_size=settings.concurrency + 4,
                                   read_timeout=15))
    pacer = Pacer(redis, config.key_prefix,
                  effective_limit(config.broadcast_rate, config.broadcast_paid))
    worker = DeliveryWorker(bot, redis, config.key_prefix,
                            Sender(bot, pacer, paid=config.broadcast_paid), settings)
    stop = asyncio.Event()

    async def run() -> None:
        while not stop.is_set():
            try:
                async with bot:
                    await worker.run(stop)
                return
            except Exception:  # Telegram unreachable at start, say: try again, never die
                log.exception("in-process broadcast worker failed; restarting in 5 s")
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), 5)

    task = asyncio.create_task(run(), name="broadcast-worker")

    async def shut_down() -> None:
        stop.set()
        with contextlib.suppress(asyncio.CancelledError):
            await task

    add_shutdown_hook(app, shut_down)
