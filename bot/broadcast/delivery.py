"""Send one broadcast message to one chat and say what happened, in Telegram's terms.

Retries live here: 429 pauses every process (through the pacer) and tries again; a migrated group
is tried at its new id; 5xx and connection errors are retried with backoff. A read timeout is not
retried: the request reached Telegram and may have been delivered, so the chat is "in doubt"
rather than risk a second copy (see README, "Exactly once").
"""

from __future__ import annotations

import asyncio
import logging
import warnings
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from telegram import Bot
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)

from bot.broadcast.content import Rendered
from bot.broadcast.media import MediaCache
from bot.broadcast.pacing import Pacer

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 6
BACKOFF_BASE = 0.5
BACKOFF_CAP = 8.0
MAX_MIGRATIONS = 2


@dataclass(frozen=True)
class Outcome:
    """state is a delivery state of bot/broadcast/jobs.py; migrated_to when the id changed."""

    state: str
    migrated_to: int | None = None


class Sender:
    """Paced, retrying sendMessage for broadcasts."""

    def __init__(self, bot: Bot, pacer: Pacer, *, paid: bool = False,
                 backoff_base: float = BACKOFF_BASE, media: MediaCache | None = None) -> None:
        self.bot = bot
        self.pacer = pacer
        # Photos are uploaded once and then named by file_id; by default in the pacer's Redis.
        self.media = media or MediaCache(pacer.redis, pacer.keys.prefix)
        self.paid = paid
        self.backoff_base = backoff_base
        self.retry_after_seen = 0

    async def send(self, chat_id: int, message: Rendered,
                   on_migrate: Callable[[int, int], Awaitable[None]],
                   claim: Callable[[], Awaitable[bool]]) -> Outcome | None:
        """None when `claim` refuses (the chat was handled, or the lease is lost).

        `claim` runs after the first wait for a slot, just before the first call, so a crash
        leaves in doubt only the chats whose call was really under way.
        """
        target = chat_id
        migrated: int | None = None
        attempt = 0
        migrations = 0
        claimed = False
        while True:
            backoff = 0.0
            async with self.pacer.turn(target):
                if not claimed:
                    if not await claim():
                        return None
                    claimed = True
                try:
                    await self._send(target, message)
                    return Outcome("ok", migrated)
                except RetryAfter as exc:
                    self.retry_after_seen += 1
                    wait = retry_seconds(exc)
                    log.warning("429 from Telegram: every sender pauses %.1fs", wait)
                    await self.pacer.pause_all(wait)
                except ChatMigrated as exc:
                    migrations += 1
                    if migrations > MAX_MIGRATIONS:
                        return Outcome("fail:migration", migrated)
                    await on_migrate(target, exc.new_chat_id)
                    target = migrated = exc.new_chat_id
                except Forbidden:
                    return Outcome("blocked", migrated)
                except TimedOut:
                    return Outcome("doubt", migrated)
                except BadRequest as exc:
                    log.info("chat %s refused the broadcast: %s", target, exc.message)
                    return Outcome(f"fail:{_reason(exc.message)}", migrated)
                except NetworkError as exc:
                    attempt += 1
                    if attempt >= MAX_ATTEMPTS:
                        log.warning("giving up on chat %s after %d attempts: %s",
                                    target, attempt, exc)
                        return Outcome("fail:network", migrated)
                    backoff = min(BACKOFF_CAP, self.backoff_base * 2 ** (attempt - 1))
                except TelegramError as exc:
                    log.warning("unexpected error for chat %s: %s", target, exc)
                    return Outcome("fail:other", migrated)
            # Outside the turn: a send waiting to retry must not hold a place in the window.
            await asyncio.sleep(backoff)

    async def _send(self, chat_id: int, message: Rendered) -> None:
        paid = True if self.paid else None
        if message.photo:
            await self.media.send_photo(
                self.bot, chat_id, message.photo, caption=message.text or None,
                parse_mode=ParseMode.HTML, reply_markup=message.markup, allow_paid_broadcast=paid)
            return
        await self.bot.send_message(
            chat_id, message.text, parse_mode=ParseMode.HTML, reply_markup=message.markup,
            disable_web_page_preview=True, allow_paid_broadcast=paid)


def retry_seconds(exc: RetryAfter) -> float:
    """retry_after is an int today and a timedelta in a later PTB: accept both."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        value: object = exc.retry_after
    total = getattr(value, "total_seconds", None)
    return float(total()) if callable(total) else float(str(value))


def _reason(message: str) -> str:
    """A short, stable reason key for the report."""
    text = message.lower()
    if "chat not found" in text:
        return "not_found"
    if "rights" in text or "not enough" in text:
        return "no_rights"
    if "parse" in text or "too long" in text:
        return "bad_message"
    return "other"
