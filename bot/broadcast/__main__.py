"""`python -m bot.broadcast`: a delivery worker process beside the bot (run as many as you like).

It reads the bot's configuration (TELEGRAM_BOT_TOKEN or TELEGRAM_API_URL, REDIS_URL,
REDIS_KEY_PREFIX, BROADCAST_RATE, BROADCAST_PAID) and works due broadcasts until SIGTERM.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys

from telegram import Bot
from telegram.request import HTTPXRequest

from bot.broadcast.delivery import Sender
from bot.broadcast.pacing import Pacer, effective_limit
from bot.broadcast.worker import DeliveryWorker, WorkerSettings
from bot.config import Config, ConfigError, load_config
from bot.i18n import compile_catalogs
from bot.redis_conn import connect_redis

LOCAL_TOKEN = "123456789:LOCAL-telegram-stand-in-token"  # the same as bot/app.py's


def make_bot(config: Config, pool: int) -> Bot:
    base = (config.telegram_api_url or "https://api.telegram.org").rstrip("/")
    request = HTTPXRequest(connection_pool_size=pool, read_timeout=15, connect_timeout=5)
    return Bot(config.bot_token or LOCAL_TOKEN, base_url=f"{base}/bot",
               base_file_url=f"{base}/file/bot", request=request)


async def serve(config: Config, settings: WorkerSettings, stop: asyncio.Event) -> None:
    redis = connect_redis(config.redis_url)
    bot = make_bot(config, settings.concurrency + 4)
    pacer = Pacer(redis, config.key_prefix,
                  effective_limit(config.broadcast_rate, config.broadcast_paid))
    sender = Sender(bot, pacer, paid=config.broadcast_paid)
    worker = DeliveryWorker(bot, redis, config.key_prefix, sender, settings)
    try:
        async with bot:
            await worker.run(stop)
    finally:
        await redis.aclose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.broadcast", description=__doc__)
    parser.add_argument("--poll", type=float, default=1.0, help="seconds between looks for work")
    parser.add_argument("--progress", type=float, default=3.0, help="seconds between edits")
    parser.add_argument("--concurrency", type=int, default=8, help="sends in flight")
    parser.add_argument("--lease", type=float, default=15.0, help="lease seconds")
    args = parser.parse_args(argv)
    try:
        config = load_config()
    except ConfigError as exc:
        print(f"broadcast worker: configuration error: {exc}", file=sys.stderr)
        return 2
    if config.redis_url is None or (config.bot_token is None and not config.telegram_api_url):
        print("broadcast worker: needs REDIS_URL, and TELEGRAM_BOT_TOKEN or TELEGRAM_API_URL",
              file=sys.stderr)
        return 2
    logging.basicConfig(level=config.log_level, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    compile_catalogs()
    settings = WorkerSettings(lease_seconds=args.lease, poll_seconds=args.poll,
                              progress_seconds=args.progress, concurrency=args.concurrency,
                              default_locale=config.default_language)

    async def _run() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError):
                loop.add_signal_handler(sig, stop.set)
        await serve(config, settings, stop)

    asyncio.run(_run())
    return 0


if __name__ == "__main__":
    sys.exit(main())
