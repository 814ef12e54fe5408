"""One bot under load, in a process of its own: ours, the bare PTB floor, or the aiogram peer.

``python -m benchmarks.bot_proc --kind ours|floor|aiogram --http aiohttp|httpx --api URL
[--mode polling|webhook --port N] [--redis URL --prefix P]``; prints ``READY`` once it takes
updates and stops cleanly on SIGTERM.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
from typing import Any

from aiohttp import web
from telegram import Update
from telegram.request import BaseRequest, HTTPXRequest

from bot.app import LOCAL_TOKEN, BotApplication, build_application
from bot.config import Config
from bot.redis_conn import connect_redis
from bot.serving.aiohttp_request import AiohttpRequest

POOL = 100


def _ready() -> None:
    print("READY", flush=True)


def _request(http: str, pool: int) -> BaseRequest:
    if http == "httpx":
        return HTTPXRequest(connection_pool_size=pool)
    return AiohttpRequest(connection_pool_size=pool)


async def _when_running(app: Any, polling: bool, port: int | None = None) -> None:
    while not (app.running and (not polling or (app.updater and app.updater.running))):
        await asyncio.sleep(0.05)
    # A webhook bot is ready once its port accepts: the application may run before it listens.
    while port is not None and not await _accepts(port):
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.3)
    _ready()


async def _accepts(port: int) -> bool:
    try:
        _reader, writer = await asyncio.open_connection("127.0.0.1", port)
    except OSError:
        return False
    writer.close()
    await writer.wait_closed()
    return True


async def run_ours(args: argparse.Namespace, stop: asyncio.Event) -> None:
    from bot.runner import serve_polling
    from bot.serving.webhook import serve_webhook

    webhook = f"http://127.0.0.1:{args.port}/telegram" if args.mode == "webhook" else None
    config = Config(
        bot_token=LOCAL_TOKEN, redis_url=args.redis, key_prefix=args.prefix, webhook_url=webhook,
        http_client=args.http, http_pool_size=POOL, log_level="WARNING",
    )  # fmt: skip
    redis = connect_redis(args.redis)
    app = build_application(config, redis, api_url=args.api)
    port = None if webhook is None else args.port
    watcher = asyncio.create_task(_when_running(app, webhook is None, port))
    try:
        if webhook is None:
            await serve_polling(app, stop, poll_timeout=10)
        else:
            await serve_webhook(app, config, "127.0.0.1", args.port, stop)
    finally:
        watcher.cancel()
        await redis.aclose()


async def run_floor(args: argparse.Namespace, stop: asyncio.Event) -> None:
    from benchmarks.peers.ptb_floor import build_floor

    app: BotApplication = build_floor(
        LOCAL_TOKEN, args.api, _request(args.http, POOL), _request(args.http, 2)
    )
    async with app:
        await app.start()
        runner: web.AppRunner | None = None
        if args.mode == "webhook":
            runner = await _floor_webhook(app, args.port)
        else:
            assert app.updater is not None
            await app.updater.start_polling(poll_interval=0.0, timeout=10)
        _ready()
        await stop.wait()
        if app.updater is not None and app.updater.running:
            await app.updater.stop()
        if runner is not None:
            await runner.cleanup()
        await app.stop()


async def _floor_webhook(app: Any, port: int) -> web.AppRunner:
    """The least a webhook receiver can do: parse, queue, answer 200."""

    async def receive(request: web.Request) -> web.Response:
        app.update_queue.put_nowait(Update.de_json(await request.json(), app.bot))
        return web.Response()

    web_app = web.Application()
    web_app.router.add_post("/telegram", receive)
    runner = web.AppRunner(web_app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    return runner


async def main_async(args: argparse.Namespace) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    if args.kind == "ours":
        await run_ours(args, stop)
    elif args.kind == "floor":
        await run_floor(args, stop)
    else:
        from benchmarks.peers.aiogram_peer import run_aiogram

        await run_aiogram(LOCAL_TOKEN, args.api, args.redis, args.prefix, stop, _ready)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kind", choices=["ours", "floor", "aiogram"], required=True)
    parser.add_argument("--http", choices=["aiohttp", "httpx"], default="aiohttp")
    parser.add_argument("--api", required=True)
    parser.add_argument("--mode", choices=["polling", "webhook"], default="polling")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/15")
    parser.add_argument("--prefix", default="bench")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(main_async(args))


if __name__ == "__main__":
    main()
