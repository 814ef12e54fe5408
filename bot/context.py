"""The types every handler sees: the per-update context, the process's services, the Application."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from redis.asyncio import Redis
from telegram.ext import Application, CallbackContext, ExtBot

from bot.config import Config
from bot.pictures.send import PictureSender
from bot.serving.inbox import UpdateInbox
from bot.state.pending_writes import PendingWrites
from bot.state.store import Loaded, SessionStore

Hook = Callable[[], Awaitable[None]]


@dataclass(frozen=True)
class Services:
    """Shared by all updates of one process; holds no per-user data."""

    config: Config
    redis: Redis
    store: SessionStore
    inbox: UpdateInbox
    pictures: PictureSender  # one per process, so that its upload lock covers every tap
    pending: PendingWrites = field(default_factory=PendingWrites)


class BotData:
    """Application.bot_data: the process's services and what runs when serving starts and stops."""

    services: Services  # set by bot.app.build_application, before any update

    def __init__(self) -> None:
        self.startup_hooks: list[Hook] = []
        self.shutdown_hooks: list[Hook] = []


class UpdateState:
    """What the pipeline loaded for the update this task handles (bot/serving/pipeline.py)."""

    __slots__ = ("loaded",)

    def __init__(self, loaded: Loaded | None) -> None:
        self.loaded = loaded


UPDATE_STATE: ContextVar[UpdateState | None] = ContextVar("cardbot_update_state", default=None)


class BotContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], BotData]):
    """CallbackContext plus the state the pipeline loaded for this update."""

    @property
    def services(self) -> Services:
        return self.bot_data.services

    @property
    def loaded(self) -> Loaded | None:
        state = UPDATE_STATE.get()
        return state.loaded if state is not None else None

    @loaded.setter
    def loaded(self, value: Loaded | None) -> None:
        """None: nothing of this update is written back (/forget has just deleted it all)."""
        state = UPDATE_STATE.get()
        if state is not None:
            state.loaded = value


BotApplication = Application[ExtBot[None], BotContext, dict[Any, Any], dict[Any, Any], BotData, Any]
