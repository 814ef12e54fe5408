"""Webhook mode at Telegram's own parallelism: 100 deliveries at once, copies, and a SIGKILL.

1,000 users send /start and then tap a button; each update is POSTed 1-3 times, 100 POSTs at a
time, to a real `cardbot run` process on a real Redis. Half-way through the taps the process is
killed (SIGKILL) and a new one starts on the same port: POSTs that found no process are delivered
again, and the taps the killed process had taken are replayed from its inbox. Every user must get
exactly one reply and one edited screen, and Redis must never have failed.
"""

from __future__ import annotations

import asyncio
import re
from collections import Counter
from pathlib import Path
from typing import Any

from redis.asyncio import Redis

from bot.emulator import LocalTelegram
from bot.serving.inbox import ALIVE_SECONDS
from tests.conftest import TEST_REDIS_URL, wait_until
from tests.parallel_telegram import ParallelTelegram
from tests.raw_http import metric
from tests.reliability.figures import FIGURES
from tests.webhook_harness import BotProcess, free_port

SECRET = "load-secret_1"
USERS = range(800_000, 801_000)
COPIES = (1, 3)
REDIS_ERRORS = "cardbot_redis_errors_total"


def ok_calls(telegram: LocalTelegram, method: str, since: int = 0) -> Counter[str]:
    """Successful calls of `method` per chat since the mark."""
    return Counter(str(c.params.get("chat_id")) for c in telegram.calls[since:]
                   if c.method == method and c.ok)


def answers(telegram: LocalTelegram, since: int) -> Counter[str]:
    """answerCallbackQuery calls per query, successful or refused."""
    return Counter(str(c.params.get("callback_query_id")) for c in telegram.calls[since:]
                   if c.method == "answerCallbackQuery")


async def test_taps_at_concurrency_100_with_copies_and_a_kill_mid_burst_lose_nothing(
    telegram: LocalTelegram, key_prefix: str, redis: Redis, tmp_path: Path
) -> None:
    port = free_port()

    def start(name: str) -> BotProcess:
        return BotProcess(telegram.url, TEST_REDIS_URL, key_prefix, port=port, secret=SECRET,
                          public_url=f"http://127.0.0.1:{port}/telegram",
                          log_path=tmp_path / f"{name}.log")

    first, second = start("first"), None
    try:
        await first.ready()
        deliveries = ParallelTelegram(telegram, f"http://127.0.0.1:{port}/telegram", SECRET)
        for uid in USERS:
            telegram.user(uid)
            telegram.send_text(uid, "/start")
        starts = deliveries.take()
        await deliveries.deliver(starts, copies=COPIES, seed=3)
        await telegram.idle(timeout=60)
        replies = ok_calls(telegram, "sendMessage")
        for uid in USERS:
            menu = telegram.last_bot_message(uid)
            assert menu is not None
            telegram.press_button(uid, menu.message_id, telegram.buttons(menu)[0][0][1])
        taps = deliveries.take()
        mark = telegram.mark()
        burst = asyncio.create_task(deliveries.deliver(taps, copies=COPIES, seed=4))
        await wait_until(lambda: len(answers(telegram, mark)) >= len(taps) // 2, timeout=60)
        errors_first = await metric(port, REDIS_ERRORS)
        first.kill()
        second = start("second")
        await second.ready()
        result = await burst
        await wait_until(lambda: len(ok_calls(telegram, "editMessageText", mark)) >= len(taps),
                         timeout=ALIVE_SECONDS + 40)
        await telegram.idle(timeout=30)
        errors = errors_first + await metric(port, REDIS_ERRORS)
    finally:
        first.kill()
        if second is not None:
            second.terminate()
            await second.wait()
            second.kill()
    logs = first.log() + (second.log() if second is not None else "")
    edits = ok_calls(telegram, "editMessageText", mark)
    tapped = answers(telegram, mark)
    chats = {str(t["callback_query"]["from"]["id"]): str(t["callback_query"]["id"]) for t in taps}
    replayed = re.findall(r"took over (\d+) unfinished updates", logs)
    figures: dict[str, Any] = {
        "updates": len(starts) + len(taps),
        "tap deliveries": sum(result.statuses.values()),
        "lost": sum(replies[chat] == 0 for chat in chats)
        + sum(edits[chat] == 0 and tapped[query] == 0 for chat, query in chats.items()),
        "answered twice": sum(replies[chat] > 1 or edits[chat] > 1 for chat in chats),
        "edits missing": sum(edits[chat] == 0 for chat in chats),
        "Redis errors": int(errors) + logs.count("Redis unavailable"),
        "taps replayed after the kill": sum(map(int, replayed)),
        "tracebacks": logs.count("Traceback"),
    }
    FIGURES.sections["webhook at concurrency 100, copies 1-3, SIGKILL mid-burst"] = figures
    FIGURES.updates_accepted += figures["updates"]
    FIGURES.faults_injected += 1
    print(figures)
    zeros = ("lost", "answered twice", "edits missing", "Redis errors", "tracebacks")
    assert {name: figures[name] for name in zeros} == dict.fromkeys(zeros, 0)
