"""The life of one update, in order: turn → load → throttle → handlers → save → report.

python-telegram-bot has no middleware, but every update passes through its update processor, which
is handed the update and the coroutine that runs its handlers. This one:

1. waits for the user's turn and a concurrency slot (bot/serving/ordering.py);
2. loads, in one round trip, the duplicate mark, the rate count, the session and the languages
   (bot/state/store.py); the inbox's copy of the update rides along (bot/serving/inbox.py). A
   duplicate stops here; otherwise the locale (bot/i18n.py) and the venue (bot/venue.py) are
   bound;
3. past the user's rate limit, sends the note of handlers/throttle.py instead of the handlers;
4. runs the handlers, which read and change the session through `context.loaded`;
5. writes the session back if it changed, in one command; the delete of the inbox's copy rides
   along;
6. reports: one log line and the metrics, and the update is finished for the inbox and for the
   listeners of this application (the webhook server counts its backlog so).
"""

from __future__ import annotations

import functools
import inspect
import logging
import time
from collections.abc import Awaitable, Callable, Coroutine
from contextvars import ContextVar
from typing import Any

from redis.exceptions import RedisError
from telegram import Update
from telegram.ext import ApplicationHandlerStop

from bot.context import UPDATE_STATE, BotApplication, UpdateState
from bot.i18n import resolve_locale, set_locale
from bot.serving import metrics
from bot.serving.inbox import UpdateInbox
from bot.serving.ordering import PerUserUpdateProcessor
from bot.state.store import SessionStore
from bot.venue import bind_venue
from handlers import throttle

log = logging.getLogger(__name__)
updates_log = logging.getLogger("cardbot.updates")


class UpdateRecord:
    """What is learnt about one update while it is processed: who handled it, how it ended."""

    __slots__ = ("handler", "outcome")

    def __init__(self) -> None:
        self.handler: str | None = None
        self.outcome: str | None = None


_current: ContextVar[UpdateRecord | None] = ContextVar("cardbot_update_record", default=None)


class UpdatePipeline(PerUserUpdateProcessor):
    """The Application's update processor: the whole life of each update, in `run`."""

    def __init__(self, max_concurrent_updates: int, store: SessionStore, inbox: UpdateInbox,
                 default_language: str) -> None:
        super().__init__(max_concurrent_updates)
        self.store = store
        self.inbox = inbox
        self.default_language = default_language
        self.on_finished: list[Callable[[Update], None]] = []

    async def run(self, update: object, handlers: Awaitable[Any]) -> None:
        record = UpdateRecord()
        token = _current.set(record)
        started = time.perf_counter()
        metrics.UPDATES_IN_FLIGHT.inc()
        try:
            user = update.effective_user if isinstance(update, Update) else None
            if isinstance(update, Update):
                bind_venue(update.effective_chat, _bot_username(update))
            if isinstance(update, Update) and user is not None:
                await self._with_state(update, user.id, handlers, record)
            else:
                if isinstance(update, Update):
                    # Channel posts and the like: only the chat's own language can apply.
                    set_locale(self.default_language)
                await handlers
        except BaseException:
            record.outcome = record.outcome or "error"
            raise
        finally:
            _current.reset(token)
            metrics.UPDATES_IN_FLIGHT.dec()
            self._report(update, record, time.perf_counter() - started)

    async def _with_state(self, update: Update, user_id: int, handlers: Awaitable[Any],
                          record: UpdateRecord) -> None:
        chat = update.effective_chat
        loaded = await self.store.load(
            user_id, update_id=update.update_id, chat_id=chat.id if chat else None,
            count=throttle.counted(update), mark=self.inbox.instance,
            rider=self.inbox.arrival(update.update_id),
        )
        if loaded.duplicate:
            log.info("update %s delivered again; skipped", update.update_id)
            record.outcome = "duplicate"
            _skip(handlers)
            return
        in_group = chat is not None and chat.type != chat.PRIVATE
        stored = loaded.chat_locale if in_group and loaded.chat_locale else loaded.user_locale
        user = update.effective_user
        set_locale(resolve_locale(stored, user.language_code if user else None,
                                  self.default_language))
        if throttle.over_limit(loaded):
            record.handler = SLOW_DOWN
            _skip(handlers)
            await throttle.slow_down(update, loaded)
            return
        state = UpdateState(loaded)
        token = UPDATE_STATE.set(state)
        try:
            await handlers
        finally:
            UPDATE_STATE.reset(token)
        if state.loaded is None:  # /forget: nothing of the user is written back
            return
        writes = state.loaded.available and state.loaded.changed
        departure = self.inbox.departure(update.update_id) if writes else None
        await self.store.save(user_id, state.loaded, rider=departure)

    def _report(self, update: object, record: UpdateRecord, latency: float) -> None:
        """One log line and the metrics; never logs message text."""
        kind = update_type(update)
        handler = record.handler or "none"
        outcome = record.outcome or ("ok" if record.handler else "unhandled")
        metrics.updates_child(kind, outcome).inc()
        metrics.latency_child(handler).observe(latency)
        update_id = None
        if isinstance(update, Update):
            update_id = update.update_id
            self.inbox.finished(update_id)
            for listener in self.on_finished:
                listener(update)
        updates_log.info(
            "update_id=%s type=%s handler=%s outcome=%s latency_ms=%.1f",
            update_id, kind, handler, outcome, latency * 1000,
        )  # fmt: skip


def _bot_username(update: Update) -> str:
    try:
        return update.get_bot().username
    except RuntimeError:  # a bot not initialised yet (or an update built without one)
        return ""


def pipeline_of(app: BotApplication) -> UpdatePipeline:
    processor = app.update_processor
    assert isinstance(processor, UpdatePipeline), "built by bot.app.build_application"
    return processor


def _skip(handlers: Awaitable[Any]) -> None:
    if inspect.iscoroutine(handlers):
        handlers.close()  # never run: no "was never awaited" warning


# The payload fields of an Update (no update_id, no cached effective_* properties).
_UPDATE_FIELDS = tuple(
    name for name in Update.__slots__ if not name.startswith("_") and name != "update_id"
)


def update_type(update: object) -> str:
    """message, callback_query, inline_query, ...: the one payload field that is set.

    Reads the attributes directly: Update.to_dict() here cost about a tenth of the bot's CPU
    per menu tap (benchmarks/menu_taps.py, py-spy).
    """
    if not isinstance(update, Update):
        return "other"
    return next((name for name in _UPDATE_FIELDS if getattr(update, name) is not None), "other")


def handler_name(callback: Callable[..., Any]) -> str:
    module = getattr(callback, "__module__", "") or ""
    name = getattr(callback, "__qualname__", None) or type(callback).__name__
    return f"{module.rsplit('.', 1)[-1]}.{name}" if module else name


SLOW_DOWN = handler_name(throttle.slow_down)


def name_handlers(app: BotApplication) -> None:
    """Wrap every handler callback so that the update's record says which ran and how it ended."""
    for group_handlers in app.handlers.values():
        for handler in group_handlers:
            if not getattr(handler.callback, "__cardbot_named__", False):
                handler.callback = _named(handler.callback)


def _named(callback: Callable[..., Awaitable[Any]]
           ) -> Callable[[Any, Any], Coroutine[Any, Any, Any]]:
    name = handler_name(callback)

    @functools.wraps(callback)
    async def named(update: object, context: Any) -> Any:
        record = _current.get()
        if record is not None:
            record.handler = name
        try:
            return await callback(update, context)
        except ApplicationHandlerStop:
            raise  # a handler's way to end the update: no error
        except Exception as exc:
            if record is not None:
                record.outcome = "error"
            if isinstance(exc, RedisError):
                metrics.REDIS_ERRORS.inc()
            raise

    setattr(named, "__cardbot_named__", True)  # noqa: B010
    return named
