"""Webhook mode: an aiohttp server that checks Telegram's secret, keeps updates and queues them.

Routes: POST on the webhook URL's path, GET /healthz (the process is alive), /readyz (Redis
answers and the bot is initialised and taking updates) and /metrics (Prometheus).

Only the secret token says a request comes from Telegram: X-Forwarded-For and the peer address
are never used for that, so the server can sit behind any proxy or load balancer.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import json
import logging
from urllib.parse import urlparse

from aiohttp import hdrs, web
from telegram import Update

from bot.config import Config
from bot.context import BotApplication
from bot.pictures.serve import add_picture_route
from bot.redis_keys import WebhookKeys
from bot.serving import metrics
from bot.serving.admission import Admission, skipped
from bot.serving.http_guard import BODY_SECONDS, HANDLER_ARGS, LimitedTCPSite
from bot.serving.inbox import UpdateInbox
from bot.serving.incoming import without_unread_parts
from bot.serving.lifecycle import serving
from bot.serving.pipeline import pipeline_of, update_type
from bot.serving.probes import Probes

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 1 << 20
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_CONNECTIONS = 100
MAX_BACKLOG = 2000  # accepted and unfinished updates; past it, 503 and Telegram retries later
DRAIN_TIMEOUT = 20.0  # below Kubernetes' default 30 s grace period
# What the handlers use; Telegram sends nothing else, which saves traffic.
ALLOWED_UPDATES = [
    "message", "edited_message", "callback_query", "inline_query", "chosen_inline_result",
    "my_chat_member",
]  # fmt: skip


def secret_ok(given: str | None, secrets: tuple[str, ...]) -> bool:
    """Constant-time comparison against each accepted secret; no secret configured accepts all."""
    if not secrets:
        return True
    # aiohttp hands over header bytes that are not UTF-8 as surrogates: such a secret is just wrong.
    presented = (given or "").encode("utf-8", "surrogatepass")
    # Compare against every secret so timing does not tell which one matched.
    matches = [hmac.compare_digest(presented, secret.encode()) for secret in secrets]
    return given is not None and any(matches)


class WebhookServer:
    """The aiohttp application around one bot Application; `accepting` gates new updates."""

    def __init__(self, app: BotApplication, config: Config, max_backlog: int = MAX_BACKLOG
                 ) -> None:
        self.app = app
        self.config = config
        self.max_backlog = max_backlog
        self.backlog: set[int] = set()  # id() of updates answered 200 and not finished
        self.admission = Admission()
        self.path = urlparse(config.webhook_url or "").path or "/telegram"
        self.secrets = tuple(s for s in (config.webhook_secret, config.webhook_secret_also) if s)
        self.accepting = False
        self.inbox: UpdateInbox | None = None
        self.web = web.Application(client_max_size=MAX_BODY_BYTES)
        self.web.router.add_post(self.path, self.receive)
        Probes(app, lambda: self.accepting).add_to(self.web)
        add_picture_route(self.web, self.path)  # inline photo results before any upload

    def _answer(self, status: int, text: str | None = None) -> web.Response:
        metrics.WEBHOOK_REQUESTS.labels(str(status)).inc()
        headers = {"Retry-After": "1"} if status == 503 else None
        return web.Response(status=status, text=text, headers=headers)

    async def receive(self, request: web.Request) -> web.Response:
        if not secret_ok(request.headers.get(SECRET_HEADER), self.secrets):
            return self._answer(403)
        if request.headers.get(hdrs.CONTENT_ENCODING, "identity").lower() != "identity":
            return self._answer(415, "plain JSON only")  # Telegram never compresses a body
        if not self.accepting:
            return self._answer(503, "shutting down")  # Telegram delivers it again later
        if len(self.backlog) >= self.max_backlog:
            return self._answer(503, "busy")  # back pressure instead of an unbounded queue
        try:
            body = await asyncio.wait_for(request.read(), BODY_SECONDS)
            data = json.loads(body)
        except web.HTTPRequestEntityTooLarge:
            return self._answer(413)
        except TimeoutError:
            return self._answer(408)  # a body trickling in: the connection closes (http_guard)
        except (ValueError, UnicodeDecodeError, RecursionError):  # RecursionError: deep nesting
            return self._answer(400, "malformed JSON")
        if not isinstance(data, dict) or type(data.get("update_id")) is not int:
            return self._answer(400, "not an update")
        if self.admission.seen(data["update_id"]):  # a copy delivered in parallel, or again
            kind = next((k for k in data if k in ALLOWED_UPDATES), "other")
            skipped(data["update_id"], kind, "duplicate")
            if self.inbox is not None:  # this 200 confirms the first copy too: it must be kept
                await self.inbox.settle([data["update_id"]])
            return self._answer(200)
        try:
            update = Update.de_json(without_unread_parts(data), self.app.bot)
        except Exception:  # any shape python-telegram-bot cannot read is the sender's fault
            log.warning("unreadable update %s rejected", data.get("update_id"))
            return self._answer(400, "not an update")
        if self.admission.over_share(update):  # one user's flood: dropped, not retried
            skipped(update.update_id, update_type(update), "throttled")
            return self._answer(200)
        if not self.accepting:  # shutdown began while the body was read
            return self._answer(503, "shutting down")
        if self.inbox is not None:
            self.inbox.expect({update.update_id: body.decode(errors="replace")})
        # No await between the check and the put: every update answered 200 is queued before
        # Application.stop() queues its stop signal, so it is processed before exit.
        self.app.update_queue.put_nowait(update)
        self.backlog.add(id(update))
        self.admission.take(update)
        metrics.WEBHOOK_BACKLOG.inc()
        if self.inbox is not None:
            # Kept before the 200: once Telegram has its answer, only Redis remembers the update.
            await self.inbox.settle([update.update_id])
        return self._answer(200)

    def finished(self, update: Update) -> None:
        """A listener of the update pipeline: one of ours (or a replayed one) is done."""
        if id(update) in self.backlog:
            self.backlog.discard(id(update))
            metrics.WEBHOOK_BACKLOG.dec()
            self.admission.finished(update.update_id)


def webhook_fingerprint(config: Config) -> str:
    """A digest of everything setWebhook sends, the secret included (which Telegram never shows)."""
    text = "|".join(
        [config.webhook_url or "", config.webhook_secret or "", ",".join(ALLOWED_UPDATES),
         str(MAX_CONNECTIONS)]
    )  # fmt: skip
    return hashlib.sha256(text.encode()).hexdigest()[:32]


async def ensure_webhook(app: BotApplication, config: Config) -> bool:
    """Call setWebhook only when Telegram's settings, or the secret, differ from ours.

    Processes starting together take turns under a Redis lock, so only the first one sets it.
    """
    redis = app.bot_data.services.redis
    lock = redis.lock(WebhookKeys(config.key_prefix).lock, timeout=30, blocking_timeout=15)
    try:
        locked = bool(await lock.acquire())
    except Exception as exc:  # no Redis: go ahead unlocked; a second setWebhook is harmless
        log.warning("could not take the webhook lock: %s", exc)
        locked = False
    try:
        return await _set_webhook_if_different(app, config)
    finally:
        if locked:
            with contextlib.suppress(Exception):
                await lock.release()


async def _set_webhook_if_different(app: BotApplication, config: Config) -> bool:
    assert config.webhook_url is not None
    services = app.bot_data.services
    key = WebhookKeys(config.key_prefix).fingerprint
    wanted = webhook_fingerprint(config)
    info = await app.bot.get_webhook_info()
    try:
        stored = await services.redis.get(key)
    except Exception as exc:  # without Redis we cannot tell whether the secret changed
        log.warning("could not read the webhook fingerprint: %s", exc)
        stored = None
    same = (
        info.url == config.webhook_url
        and info.max_connections == MAX_CONNECTIONS
        and sorted(info.allowed_updates or ()) == sorted(ALLOWED_UPDATES)
        and stored == wanted
    )
    if same:
        return False
    await app.bot.set_webhook(
        config.webhook_url,
        secret_token=config.webhook_secret,
        allowed_updates=ALLOWED_UPDATES,
        max_connections=MAX_CONNECTIONS,
    )
    try:
        await services.redis.set(key, wanted)
    except Exception as exc:
        log.warning("could not store the webhook fingerprint: %s", exc)
    log.info("webhook set to %s", config.webhook_url)
    return True


async def serve_webhook(
    app: BotApplication, config: Config, host: str, port: int, stop: asyncio.Event,
    *, drain_timeout: float = DRAIN_TIMEOUT, max_backlog: int = MAX_BACKLOG,
) -> None:  # fmt: skip
    """Serve until `stop` is set, then stop taking updates and finish the accepted ones."""
    server = WebhookServer(app, config, max_backlog)
    if not server.secrets:
        log.warning("WEBHOOK_SECRET is not set: anyone who learns the URL can post updates")
    runner = web.AppRunner(server.web, access_log=None, shutdown_timeout=2.0, **HANDLER_ARGS)
    pipeline = pipeline_of(app)
    try:
        async with serving(app, drain_timeout=drain_timeout):
            await ensure_webhook(app, config)
            server.inbox = app.bot_data.services.inbox
            await runner.setup()
            await LimitedTCPSite(runner, host, port).start()
            pipeline.on_finished.append(server.finished)
            server.accepting = True
            log.info("webhook server listening on %s:%s%s", host, port, server.path)
            try:
                await stop.wait()
            finally:
                server.accepting = False  # new deliveries get 503 and readiness turns false
                log.info("shutting down: %s accepted updates to finish", len(server.backlog))
    finally:
        await runner.cleanup()
        if server.finished in pipeline.on_finished:
            pipeline.on_finished.remove(server.finished)
        metrics.WEBHOOK_BACKLOG.dec(len(server.backlog))
