"""Subscription records survive Telegram faults and a Redis restart, each exactly once."""

from __future__ import annotations

import random

from redis.asyncio import Redis

from bot.config import Config
from bot.emulator import LocalTelegram
from tests.harness import User, running_bot
from tests.reliability.figures import FIGURES, ErrorLog
from tests.reliability.load import inject_random_fault

ADMINS = [8001, 8002, 8003]
CHANNELS = [-1008100 - n for n in range(9)]



async def subscribers(redis: Redis, prefix: str) -> list[str]:
    return list(await redis.zrange(f"{prefix}:bc:subscribers", 0, -1))


async def test_channels_added_under_telegram_faults_are_each_subscribed_once(
    telegram: LocalTelegram, config: Config, redis: Redis
) -> None:
    rng = random.Random(5)
    for uid in ADMINS:
        User(telegram, uid)
    with ErrorLog("handlers.errors") as errors:
        async with running_bot(telegram, config, redis):
            for n, channel in enumerate(CHANNELS):
                owner = ADMINS[n % len(ADMINS)]
                telegram.channel(channel, f"Channel {n}")
                inject_random_fault(telegram, rng, owner)
                events = [telegram.add_bot_to_chat(channel, owner, as_admin=True)]
                FIGURES.updates_accepted += 1
            # The last channel's admin event is delivered twice, as Telegram may do.
            telegram.resend(events[0])
            await telegram.idle(timeout=20)
    assert errors.describe() == []
    subscribed = await subscribers(redis, config.key_prefix)
    lost = {str(c) for c in CHANNELS} - set(subscribed)
    extra = len(subscribed) - len(set(subscribed))
    FIGURES.records_lost += len(lost)
    FIGURES.duplicates += extra
    FIGURES.updates_answered += len(CHANNELS) - len(lost)
    assert lost == set() and extra == 0 and len(subscribed) == len(CHANNELS)
    # Each owner was asked once per channel for the channel's language.
    for uid in ADMINS:
        asked = [m for m in telegram.received(uid) if "Which language" in m.text]
        assert len(asked) == len([c for n, c in enumerate(CHANNELS) if ADMINS[n % 3] == uid])
