"""/healthz, /readyz and /metrics: on the webhook server, and in polling mode on METRICS_LISTEN.

/healthz answers while the event loop runs. /readyz answers 200 only while Redis answers a PING and
the bot takes updates. /metrics is Prometheus' text format (bot/serving/metrics.py).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from aiohttp import web

from bot.context import BotApplication
from bot.serving import metrics
from bot.serving.broadcast_metrics import refresh_broadcast_metrics
from bot.serving.http_guard import HANDLER_ARGS, LimitedTCPSite

REDIS_PING_SECONDS = 2.0


class Probes:
    """The three GET routes; `accepting()` says whether the bot takes updates right now."""

    def __init__(self, app: BotApplication, accepting: Callable[[], bool]) -> None:
        self.app = app
        self.accepting = accepting

    def add_to(self, web_app: web.Application) -> None:
        web_app.router.add_get("/healthz", self.healthz)
        web_app.router.add_get("/readyz", self.readyz)
        web_app.router.add_get("/metrics", self.metrics)

    async def healthz(self, _request: web.Request) -> web.Response:
        return web.json_response({"ok": True})

    async def readyz(self, _request: web.Request) -> web.Response:
        redis = self.app.bot_data.services.redis
        try:
            redis_ok = bool(await asyncio.wait_for(redis.ping(), REDIS_PING_SECONDS))
        except Exception:  # any failure means not ready
            redis_ok = False
        accepting = self.accepting()
        ready = redis_ok and accepting and self.app.running
        body = {"ok": ready, "redis": redis_ok, "accepting": accepting}
        return web.json_response(body, status=200 if ready else 503)

    async def metrics(self, _request: web.Request) -> web.Response:
        services = self.app.bot_data.services
        await refresh_broadcast_metrics(services.redis, services.config.key_prefix)
        body, content_type = metrics.render()
        response = web.Response(body=body)
        response.headers["Content-Type"] = content_type
        return response


async def serve_probes(app: BotApplication, host: str, port: int,
                       accepting: Callable[[], bool]) -> web.AppRunner:
    """Polling mode's small server for the probes alone; `await runner.cleanup()` stops it."""
    web_app = web.Application()
    Probes(app, accepting).add_to(web_app)
    # The webhook server's guards (bot/serving/http_guard.py): idle and slow connections closed,
    # their number bounded; the port may face a network as the webhook's does.
    runner = web.AppRunner(web_app, access_log=None, shutdown_timeout=1.0, **HANDLER_ARGS)
    await runner.setup()
    await LimitedTCPSite(runner, host, port).start()
    return runner
