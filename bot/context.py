"""The per-update context handed to every handler, and the process-wide services."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from redis.asyncio import Redis
from telegram.ext import Application, CallbackContext, ExtBot

from bot.config import Config
from bot.state.pending_writes import PendingWrites
from bot.state.store import Loaded, SessionStore


@dataclass(frozen=True)
class Services:
    """Shared by all updates of one process; holds no per-user data."""

    config: Config
    redis: Redis
    store: SessionStore
    pending: PendingWrites = field(default_factory=PendingWrites)


class BotContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]):
    """CallbackContext plus the state loaded for this update."""

    def __init__(
        self,
        application: Application[Any, Any, Any, Any, Any, Any],
        chat_id: int | None = None,
        user_id: int | None = None,
    ) -> None:
        super().__init__(application=application, chat_id=chat_id, user_id=user_id)
        self.loaded: Loaded | None = None

    @property
    def services(self) -> Services:
        services: Services = self.application.bot_data["services"]
        return services
