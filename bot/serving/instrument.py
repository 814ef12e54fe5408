"""Per-update log line and metrics, and Bot API call metrics, wired around a built Application.

`track_update` wraps the processing of one update (see `ordering.py`); the handler callbacks are
wrapped once after registration so they report which one ran and how it ended.
"""

from __future__ import annotations

import contextvars
import functools
import logging
import time
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from redis.exceptions import RedisError
from telegram import Update
from telegram.error import NetworkError, TimedOut
from telegram.ext import Application, ApplicationHandlerStop

from bot.serving import metrics
from bot.serving.wrapped_request import Send, WrappedRequest

log = logging.getLogger("cardbot.updates")

LOAD_GROUP = -100  # handlers.state.LOAD_GROUP: a stop there means a duplicate delivery


@dataclass
class UpdateRecord:
    """What is learnt about one update while it is processed."""

    handler: str | None = None
    outcome: str | None = None


_current: contextvars.ContextVar[UpdateRecord | None] = contextvars.ContextVar(
    "cardbot_update_record", default=None
)
# Called with each update once it is finished (the webhook server counts its backlog so).
FINISHED_LISTENERS: list[Callable[[object], None]] = []


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


def track_update(update: object) -> TrackedUpdate:
    """Time one update, then log one line and count it. Never logs message text."""
    return TrackedUpdate(update)


class TrackedUpdate:
    """The context manager of `track_update` (a class: cheaper per update than a generator)."""

    __slots__ = ("record", "started", "token", "update")

    def __init__(self, update: object) -> None:
        self.update = update

    async def __aenter__(self) -> None:
        self.record = UpdateRecord()
        self.token = _current.set(self.record)
        self.started = time.perf_counter()
        metrics.UPDATES_IN_FLIGHT.inc()

    async def __aexit__(self, exc_type: type[BaseException] | None, *_exc: object) -> None:
        record, update = self.record, self.update
        if exc_type is not None:
            record.outcome = record.outcome or "error"
        _current.reset(self.token)
        metrics.UPDATES_IN_FLIGHT.dec()
        latency = time.perf_counter() - self.started
        kind = update_type(update)
        handler = record.handler or "none"
        outcome = record.outcome or ("ok" if record.handler else "unhandled")
        metrics.updates_child(kind, outcome).inc()
        metrics.latency_child(handler).observe(latency)
        update_id = update.update_id if isinstance(update, Update) else None
        for listener in FINISHED_LISTENERS:
            listener(update)
        log.info(
            "update_id=%s type=%s handler=%s outcome=%s latency_ms=%.1f",
            update_id, kind, handler, outcome, latency * 1000,
        )  # fmt: skip


def _handler_name(callback: Callable[..., Any]) -> str:
    module = getattr(callback, "__module__", "") or ""
    name = getattr(callback, "__qualname__", None) or type(callback).__name__
    return f"{module.rsplit('.', 1)[-1]}.{name}" if module else name


def _wrap(
    callback: Callable[..., Awaitable[Any]], group: int
) -> Callable[[Any, Any], Coroutine[Any, Any, Any]]:
    name = _handler_name(callback)
    feature = -100 < group < 100  # the state groups load and save; they name no handler

    @functools.wraps(callback)
    async def wrapped(update: object, context: Any) -> Any:
        record = _current.get()
        if record is not None and feature:
            record.handler = name
        try:
            return await callback(update, context)
        except ApplicationHandlerStop:
            if record is not None and group == LOAD_GROUP:
                record.outcome = "duplicate"
            raise
        except Exception as exc:
            if record is not None:
                record.outcome = "error"
            if isinstance(exc, RedisError):
                metrics.REDIS_ERRORS.inc()
            raise

    setattr(wrapped, "__cardbot_wrapped__", True)  # noqa: B010
    return wrapped


def instrument(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Wrap every registered handler callback and the Bot API transport; call before start."""
    for group, group_handlers in app.handlers.items():
        for handler in group_handlers:
            if not getattr(handler.callback, "__cardbot_wrapped__", False):
                handler.callback = _wrap(handler.callback, group)
    bot = app.bot
    requests = bot._request  # (getUpdates transport, everything else)
    if not any(isinstance(r, InstrumentedRequest) for r in requests):
        bot._request = (InstrumentedRequest(requests[0]), InstrumentedRequest(requests[1]))


class InstrumentedRequest(WrappedRequest):
    """Delegates to another transport, counting calls and failures per Bot API method."""

    __slots__ = ()

    async def around(self, url: str, send: Send) -> tuple[int, bytes]:
        label = metrics.method_label(url)
        metrics.calls_child(label).inc()
        try:
            code, payload = await send()
        except TimedOut:
            metrics.TELEGRAM_ERRORS.labels(label, "timeout").inc()
            raise
        except NetworkError:
            metrics.TELEGRAM_ERRORS.labels(label, "network").inc()
            raise
        if code != 200:
            metrics.TELEGRAM_ERRORS.labels(label, str(code)).inc()
        return code, payload
