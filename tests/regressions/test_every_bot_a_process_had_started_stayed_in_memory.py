"""Regression: every bot a process had started stayed in memory after it stopped.

The start-up heap was frozen out of the garbage collector at every start, and what is frozen is
never collected: a process that ran bots in turn (the test suite) kept each one. Now only the
first start freezes (bot/serving/lifecycle.py).
"""

from __future__ import annotations

import gc
import weakref

from redis.asyncio import Redis

from bot.config import Config
from bot.emulator import LocalTelegram
from tests.harness import User, running_bot


async def test_a_stopped_bot_is_freed_when_the_process_runs_another(
    telegram: LocalTelegram, default_config: Config, redis: Redis
) -> None:
    async with running_bot(telegram, default_config, redis):
        pass  # the process's first start, if no earlier test made it
    async with running_bot(telegram, default_config, redis) as app:
        await User(telegram, 501).send("/start")
        freed = weakref.ref(app)
    del app
    gc.collect()
    assert freed() is None
