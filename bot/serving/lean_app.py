"""PTB's Application without its one unbounded per-user set.

python-telegram-bot records the user and chat id of every update for its persistence layer and
empties those sets only when persisting. We keep state in Redis, not in PTB's persistence, so the
sets were never emptied: about 470 bytes per distinct user for the life of the process
(benchmarks, scenario 6). Without a persistence there is nothing to mark.
"""

from __future__ import annotations

from typing import Any

from telegram.ext import Application, ExtBot, Job

from bot.context import BotContext, BotData


class LeanApplication(
    Application[ExtBot[None], BotContext, dict[Any, Any], dict[Any, Any], BotData, Any]
):
    """Application that marks updates for persistence only when it has a persistence."""

    def _mark_for_persistence_update(
        self, *, update: object | None = None, job: Job[Any] | None = None
    ) -> None:
        if self.persistence is not None:
            super()._mark_for_persistence_update(update=update, job=job)
