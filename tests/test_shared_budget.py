"""One sending budget for everything the bot sends: replies are counted into it, broadcasts take
only what the replies leave (real Redis; the benchmark smoke run uses the local Telegram)."""

from __future__ import annotations

import asyncio

import pytest
from redis.asyncio import Redis

from benchmarks import shared_budget_bench
from bot.app import BotApplication
from bot.broadcast.pacing import Pacer
from bot.config import Config
from bot.emulator import LocalTelegram
from bot.serving.reply_budget import ReplyBudget, counts_as_message
from tests.harness import User


@pytest.fixture
def config(default_config: Config) -> Config:
    """The budget is the same over either Bot API transport: run once."""
    return default_config


async def admitted_now(pacer: Pacer) -> int:
    """How many broadcast sends the bot-wide guard lets start at once (30 is the limit)."""
    taken = 0
    while taken < 100:
        wait = await pacer._take_shared([pacer.keys.window, pacer.keys.replies],
                                        [1_000_000, pacer.limit, f"m{taken}", 29_000_000])
        if int(wait) > 0:
            return taken
        taken += 1
    return taken


async def replies(budget: ReplyBudget, endpoints: list[str]) -> None:
    for endpoint in endpoints:
        await budget.before_send(endpoint)
    await budget.written()


def test_shared_budget_counts_messages_not_other_calls() -> None:
    for counted in ("sendMessage", "sendPhoto", "editMessageText", "copyMessage"):
        assert counts_as_message(counted)
    for free in ("answerCallbackQuery", "sendChatAction", "getChatMember", "getUpdates"):
        assert not counts_as_message(free)


async def test_shared_budget_broadcasts_take_only_what_replies_leave(
    redis: Redis, key_prefix: str
) -> None:
    assert await admitted_now(Pacer(redis, key_prefix, 30)) == 30  # no replies: the whole limit
    other = f"{key_prefix}-busy"
    budget = ReplyBudget(redis, other, 30)
    await replies(budget, ["sendMessage"] * 20 + ["editMessageText"] * 5
                  + ["answerCallbackQuery", "sendChatAction"] * 10)
    # 25 replies in the last second, and a reserve of 3 for their bursts: 2 broadcast sends.
    assert await admitted_now(Pacer(redis, other, 30)) == 2
    keys = [k async for k in redis.scan_iter(match=f"{other}:*")]
    await redis.delete(*keys)


async def test_shared_budget_replies_come_first_while_a_broadcast_sends(
    redis: Redis, key_prefix: str
) -> None:
    pacer = Pacer(redis, key_prefix, 30)
    assert await admitted_now(pacer) == 30  # a broadcast has filled the last second
    budget = ReplyBudget(redis, key_prefix, 30)
    await replies(budget, ["sendMessage"])  # counted in the background; learns of the broadcast
    assert budget.broadcasting
    window = [k async for k in redis.scan_iter(match=f"{key_prefix}:*window")]
    await redis.zpopmax(window[0], 2)  # two of those sends stop counting
    # Now each reply takes its place before it goes: the second one gets it.
    await budget.before_send("editMessageText")
    counted = sum(int(v) for v in (await redis.hgetall(pacer.keys.replies)).values())
    assert counted == 2
    # And the broadcast stops short of the limit, leaving the reserve to the replies.
    assert await admitted_now(pacer) == 0


async def test_shared_budget_counts_the_bots_replies_in_redis(
    telegram: LocalTelegram, bot: BotApplication, redis: Redis, key_prefix: str
) -> None:
    user = User(telegram, 3001)
    key = Pacer(redis, key_prefix, 30).keys.replies
    home = await user.send("/start")
    assert await _added_since(redis, key, {}) == 1  # /start's message
    before = await _buckets(redis, key)
    await user.press(home, "Compare")
    # The tap's edit; its answerCallbackQuery is no message.
    assert await _added_since(redis, key, before) == 1


async def _buckets(redis: Redis, key: str) -> dict[int, int]:
    return {int(b): int(v) for b, v in (await redis.hgetall(key)).items()}


async def _added_since(redis: Redis, key: str, before: dict[int, int]) -> int:
    """The replies counted since the snapshot `before`, once there are any (written within
    20 ms; waited for up to 2 s). Buckets over 2 s old are dropped as counts are added, so on a
    busy machine the snapshot's may be gone: only buckets from its newest on are compared."""
    newest = max(before, default=0)
    added = 0
    for _attempt in range(100):
        now = await _buckets(redis, key)
        added = sum(v - before.get(b, 0) for b, v in now.items() if b >= newest)
        if added:
            break
        await asyncio.sleep(0.02)
    return added


def test_shared_budget_benchmark_runs() -> None:
    result = shared_budget_bench.main(["--chats", "40", "--alone", "1", "--tap-rate", "2"])
    assert result["delivered"] == 40
    assert result["taps_alone"] > 0 and result["taps_during"] >= 0
