"""Run the bot: long polling against Telegram, or local mode with the local Telegram beside it."""

from __future__ import annotations

import asyncio
import dataclasses
import logging

from bot.app import build_application
from bot.config import Config
from bot.redis_conn import client_kind, connect_redis
from bot.serving.lifecycle import install_signal_handlers
from bot.serving.polling import serve_polling

log = logging.getLogger(__name__)

__all__ = ["run", "run_async", "serve_polling"]


async def run_async(config: Config) -> None:
    redis = connect_redis(config.redis_url)
    if config.redis_url is not None:
        log.info("Redis: %s", client_kind(redis))
    try:
        if config.local_mode:
            from bot.emulator import LocalTelegram
            from bot.emulator.web import PAGE_USER_ID

            telegram = LocalTelegram()
            url = await telegram.start(config.emulator_host, config.emulator_port)
            print(f"Local Telegram running. Open the chat page: {url}/", flush=True)
            config = local_mode_config(config)
            print(f"You are user {PAGE_USER_ID} there, and a bot admin: /broadcast sends to the "
                  "groups and channels you add on the page.", flush=True)
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


def local_mode_config(config: Config) -> Config:
    """What a newcomer needs to try broadcasts on the chat page without setting a variable: the
    page's user is a bot admin, and a delivery worker runs in the bot process. Local mode only
    (no TELEGRAM_BOT_TOKEN): with a real token the configuration is taken as it is."""
    from bot.emulator.web import PAGE_USER_ID

    if not config.local_mode:
        return config
    return dataclasses.replace(config, admin_ids=config.admin_ids | {PAGE_USER_ID},
                               broadcast_worker=True)


def run(config: Config) -> None:
    asyncio.run(run_async(config))
