"""Webhook mode: an aiohttp server that checks Telegram's secret and queues updates."""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from urllib.parse import urlparse

from aiohttp import web
from telegram import Update

from bot.app import BotApplication
from bot.config import Config
from bot.serving.commands import publish_bot_profile

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 1 << 20
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
APP_KEY = web.AppKey("bot_application", BotApplication)


def _secret_ok(request: web.Request, secret: str | None) -> bool:
    if secret is None:
        return True
    given = request.headers.get(SECRET_HEADER, "")
    return hmac.compare_digest(given.encode(), secret.encode())


def make_web_app(app: BotApplication, config: Config) -> web.Application:
    """Routes: POST on the webhook path, GET /healthz and /readyz."""
    path = urlparse(config.webhook_url or "").path or "/telegram"

    async def receive(request: web.Request) -> web.Response:
        if not _secret_ok(request, config.webhook_secret):
            return web.Response(status=403)
        try:
            body = await request.read()
            data = json.loads(body)
        except web.HTTPRequestEntityTooLarge:
            return web.Response(status=413)
        except (ValueError, UnicodeDecodeError):
            return web.Response(status=400, text="malformed JSON")
        if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
            return web.Response(status=400, text="not an update")
        update = Update.de_json(data, app.bot)
        await app.update_queue.put(update)
        return web.Response()

    async def healthz(_request: web.Request) -> web.Response:
        return web.json_response({"ok": True})

    async def readyz(_request: web.Request) -> web.Response:
        services = app.bot_data["services"]
        try:
            await services.redis.ping()
        except Exception:  # any failure means not ready; the reason is logged by redis-py
            return web.json_response({"ok": False, "redis": False}, status=503)
        status = 200 if app.running else 503
        return web.json_response({"ok": app.running, "redis": True}, status=status)

    web_app = web.Application(client_max_size=MAX_BODY_BYTES)
    web_app[APP_KEY] = app
    web_app.router.add_post(path, receive)
    web_app.router.add_get("/healthz", healthz)
    web_app.router.add_get("/readyz", readyz)
    return web_app


async def ensure_webhook(app: BotApplication, config: Config) -> None:
    """Set the webhook only when Telegram's differs from ours."""
    assert config.webhook_url is not None
    info = await app.bot.get_webhook_info()
    if info.url != config.webhook_url:
        await app.bot.set_webhook(
            config.webhook_url,
            secret_token=config.webhook_secret,
            allowed_updates=Update.ALL_TYPES,
            max_connections=100,
        )
        log.info("webhook set to %s", config.webhook_url)


async def serve_webhook(
    app: BotApplication, config: Config, host: str, port: int, stop: asyncio.Event
) -> None:
    """Serve until `stop` is set; updates already queued are processed before shutdown."""
    async with app:
        await app.start()
        await publish_bot_profile(app)
        await ensure_webhook(app, config)
        runner = web.AppRunner(make_web_app(app, config), access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, host, port)
        await site.start()
        log.info("webhook server listening on %s:%s", host, port)
        try:
            await stop.wait()
        finally:
            await runner.cleanup()
            await app.stop()
