"""Retry Bot API calls that Telegram did not take: 429 (after retry_after), 5xx and network errors.

A button press answered already ("query is too old"), which an update handled again meets, is
taken as answered rather than as an error that would stop the update before its edit.

Plugged in as python-telegram-bot's rate limiter, but it retries only calls made while an update is
handled (`in_update`, set by bot/serving/ordering.py): background senders such as the broadcast
worker keep their own 429 pacing and retry rules. getUpdates is left to the updater's retry loop.
A call whose answer was lost (a timeout after the request went out) may be sent twice: the user
may see a message twice, never none.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import warnings
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.error import BadRequest, NetworkError, RetryAfter
from telegram.ext import BaseRateLimiter
from telegram.warnings import PTBDeprecationWarning

from bot.serving.reply_budget import ReplyBudget

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 4
MAX_RETRY_AFTER = 30.0  # a longer ban is not waited out inside an update
BACKOFF = 0.2
# How Telegram refuses a second answer to a button press (or one too late).
QUERY_ANSWERED = "query is too old"
in_update: contextvars.ContextVar[bool] = contextvars.ContextVar("cardbot_in_update",
                                                                 default=False)


def _seconds(value: object) -> float:
    total = getattr(value, "total_seconds", None)
    return float(total()) if callable(total) else float(value)  # type: ignore[arg-type]


class RetryingLimiter(BaseRateLimiter[None]):
    """Try a call up to MAX_ATTEMPTS times while the failure says "not done, try later".

    Every call passes here, so this is also where the bot's own messages are counted into the
    shared sending budget (`budget`), which broadcasts leave to them.
    """

    def __init__(self, budget: ReplyBudget | None = None) -> None:
        self.budget = budget

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        if self.budget is not None:
            await self.budget.before_send(endpoint)
        try:
            if not in_update.get():
                return await callback(*args, **kwargs)
            return await self._with_retries(callback, args, kwargs, endpoint)
        except BadRequest as exc:
            if endpoint != "answerCallbackQuery" or QUERY_ANSWERED not in exc.message.lower():
                raise
            # Telegram takes one answer per button press. A second one comes from an update
            # handled again (replayed after a crash, or delivered twice): the press was answered
            # already, and the rest of the update's work, the edit, must still be done.
            log.info("button press already answered; going on")
            return True

    async def _with_retries(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        attempt = 1
        while True:
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                with warnings.catch_warnings():  # an int today, a timedelta in PTB 23
                    warnings.simplefilter("ignore", PTBDeprecationWarning)
                    wait = _seconds(exc.retry_after)
                if endpoint == "getUpdates" or attempt >= MAX_ATTEMPTS or wait > MAX_RETRY_AFTER:
                    raise
            except BadRequest:
                raise
            except NetworkError as exc:  # 5xx, timeouts, reset connections
                if endpoint == "getUpdates" or attempt >= MAX_ATTEMPTS:
                    raise
                wait = BACKOFF * 2 ** (attempt - 1)
                log.info("%s failed (%s); retry %s in %.1fs", endpoint, exc, attempt, wait)
            attempt += 1
            await asyncio.sleep(wait)
