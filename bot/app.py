"""Build the python-telegram-bot Application with its services and handlers."""

from __future__ import annotations

import logging
from typing import Any

from redis.asyncio import Redis
from telegram.ext import Application, ApplicationBuilder, ContextTypes

import handlers
from bot.broadcast.pacing import effective_limit
from bot.config import Config
from bot.context import BotContext, Services
from bot.i18n import compile_catalogs
from bot.serving.commands import publish_bot_profile
from bot.serving.instrument import instrument
from bot.serving.lean_app import LeanApplication
from bot.serving.lifecycle import add_shutdown_hook
from bot.serving.ordering import PerUserUpdateProcessor
from bot.serving.reply_budget import ReplyBudget
from bot.serving.retry import RetryingLimiter
from bot.serving.transport import make_requests
from bot.state.store import SessionStore

log = logging.getLogger(__name__)

LOCAL_TOKEN = "123456789:LOCAL-telegram-stand-in-token"
MAX_CONCURRENT_UPDATES = 256

BotApplication = Application[Any, BotContext, Any, Any, Any, Any]


def build_application(
    config: Config, redis: Redis, *, api_url: str | None = None
) -> BotApplication:
    """An Application talking to `api_url` (or TELEGRAM_API_URL, or Telegram itself)."""
    compile_catalogs()
    request, updates_request = make_requests(config)
    # The bot's replies and its broadcasts share Telegram's per-bot limit: one budget.
    limit = effective_limit(config.broadcast_rate, config.broadcast_paid)
    budget = ReplyBudget(redis, config.key_prefix, limit)
    builder = (
        ApplicationBuilder()
        .application_class(LeanApplication)
        .token(config.bot_token or LOCAL_TOKEN)
        .context_types(ContextTypes(context=BotContext))
        .concurrent_updates(PerUserUpdateProcessor(MAX_CONCURRENT_UPDATES))
        .post_init(publish_bot_profile)
        .request(request)
        .get_updates_request(updates_request)
        .rate_limiter(RetryingLimiter(budget))
    )
    base = api_url or config.telegram_api_url
    if base is not None:
        base = base.rstrip("/")
        builder = builder.base_url(f"{base}/bot").base_file_url(f"{base}/file/bot")
    app: BotApplication = builder.build()
    store = SessionStore(redis, config.key_prefix, config.session_ttl_days * 86400)
    services = Services(config=config, redis=redis, store=store)
    app.bot_data["services"] = services
    add_shutdown_hook(app, services.pending.close)
    handlers.register(app)
    instrument(app)
    return app
