"""Run the bot: long polling against Telegram, or local mode with the local Telegram beside it."""

from __future__ import annotations

import asyncio
import logging

from bot.app import BotApplication, build_application
from bot.config import Config
from bot.redis_conn import client_kind, connect_redis
from bot.serving.commands import publish_bot_profile
from bot.serving.lifecycle import install_signal_handlers, run_shutdown_hooks

log = logging.getLogger(__name__)


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
            await run_shutdown_hooks(app)


async def run_async(config: Config) -> None:
    redis = connect_redis(config.redis_url)
    if config.redis_url is not None:
        log.info("Redis: %s", client_kind(redis))
    try:
        if config.local_mode:
            from bot.emulator import LocalTelegram

            telegram = LocalTelegram()
            url = await telegram.start(config.emulator_host, config.emulator_port)
            print(f"Local Telegram running. Open the chat page: {url}/", flush=True)
            try:
                await serve_polling(build_application(config, redis, api_url=url))
            finally:
                await telegram.stop()
        elif config.webhook_url is not None:
            from bot.serving.webhook import serve_webhook

            stop = asyncio.Event()
            install_signal_handlers(stop)
            app = build_application(config, redis)
            await serve_webhook(app, config, config.webhook_host, config.webhook_port, stop)
        else:
            log.info("polling Telegram for updates")
            await serve_polling(build_application(config, redis))
    finally:
        await redis.aclose()


def run(config: Config) -> None:
    asyncio.run(run_async(config))
