"""Build the Application: its services, transports, update pipeline and handlers."""

from __future__ import annotations

import functools
import logging

from redis.asyncio import Redis
from telegram.ext import ApplicationBuilder, ContextTypes

import handlers
from bot import search
from bot.broadcast.in_process import start_in_process_worker
from bot.broadcast.pacing import effective_limit
from bot.config import Config
from bot.context import BotApplication, BotContext, BotData, Services
from bot.i18n import compile_catalogs
from bot.pictures.send import PictureSender
from bot.serving.call_metrics import InstrumentedRequest
from bot.serving.commands import publish_bot_profile
from bot.serving.inbox import UpdateInbox
from bot.serving.lean_app import LeanApplication
from bot.serving.lifecycle import add_shutdown_hook, add_startup_hook
from bot.serving.pipeline import UpdatePipeline, name_handlers
from bot.serving.polling import InboxedUpdates
from bot.serving.reply_budget import ReplyBudget
from bot.serving.retry import RetryingLimiter
from bot.serving.transport import make_requests
from bot.state.store import SessionStore

log = logging.getLogger(__name__)

LOCAL_TOKEN = "123456789:LOCAL-telegram-stand-in-token"
MAX_CONCURRENT_UPDATES = 256

__all__ = ["LOCAL_TOKEN", "BotApplication", "build_application"]


def build_application(
    config: Config, redis: Redis, *, api_url: str | None = None
) -> BotApplication:
    """An Application talking to `api_url` (or TELEGRAM_API_URL, or Telegram itself)."""
    compile_catalogs()
    # The search's tables (about a second, once a process, from the catalogs just compiled)
    # now, before serving starts: not on a user's first question, nor in a start-up hook that
    # would hold the webhook server back.
    search.warm()
    store = SessionStore(redis, config.key_prefix, config.session_ttl_days * 86400)
    inbox = UpdateInbox(redis, store, config.key_prefix)
    request, updates_request = make_requests(config)
    # The bot's replies and its broadcasts share Telegram's per-bot limit: one budget.
    limit = effective_limit(config.broadcast_rate, config.broadcast_paid)
    budget = ReplyBudget(redis, config.key_prefix, limit)
    pipeline = UpdatePipeline(MAX_CONCURRENT_UPDATES, store, inbox, config.default_language)
    builder = (
        ApplicationBuilder()
        .application_class(LeanApplication)
        .token(config.bot_token or LOCAL_TOKEN)
        .context_types(ContextTypes(context=BotContext, bot_data=BotData))
        .concurrent_updates(pipeline)
        .request(InstrumentedRequest(request))
        # Outermost, so that PTB decodes the answer through it (see InboxedUpdates).
        .get_updates_request(InboxedUpdates(InstrumentedRequest(updates_request), inbox))
        .rate_limiter(RetryingLimiter(budget))
    )
    base = api_url or config.telegram_api_url
    if base is not None:
        base = base.rstrip("/")
        builder = builder.base_url(f"{base}/bot").base_file_url(f"{base}/file/bot")
    app: BotApplication = builder.build()
    services = Services(config=config, redis=redis, store=store, inbox=inbox,
                        pictures=PictureSender(redis, config.key_prefix))
    app.bot_data.services = services
    add_startup_hook(app, functools.partial(publish_bot_profile, app))
    if config.broadcast_worker:
        add_startup_hook(app, functools.partial(start_in_process_worker, app, config, redis))
    add_shutdown_hook(app, services.pending.close)
    handlers.register(app)
    name_handlers(app)
    return app
