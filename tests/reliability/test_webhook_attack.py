"""An attack on the webhook while users tap: unsigned gzip bombs, idle and slowloris connections.

300 users tap 3 times each at a steady pace (20 deliveries at once) against a real `cardbot run`
process, once in peace and once while an attacker process (tests/reliability/attacker.py), without
the secret, sends two 0.5 MB gzip bodies a second that inflate to 512 MiB each, holds 300 idle
connections and 100 slowloris ones (a header byte a second). Printed: the taps' p50 and p99 (tap
to answer) with and without the attack, and the process's open file descriptors; asserted: no tap
lost, no traceback, every bomb refused with 403.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from redis.asyncio import Redis

from bot.emulator import LocalTelegram
from tests.conftest import TEST_REDIS_URL
from tests.parallel_telegram import ParallelTelegram, percentile
from tests.reliability.figures import FIGURES
from tests.webhook_harness import BotProcess, free_port

SECRET = "attack-secret_1"
USERS = range(900_000, 900_300)
ROUNDS = 3
PACE = 20  # legitimate deliveries at once
ATTACK_BOUND = 60  # seconds: the attacker stops by itself then, if nobody stops it before
ROOT = Path(__file__).resolve().parents[2]


def open_fds(pid: int) -> int:
    return len(list(Path(f"/proc/{pid}/fd").iterdir()))


def start_attacker(port: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.attacker", str(port), str(ATTACK_BOUND)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip


def tap_each(telegram: LocalTelegram) -> Iterator[None]:
    for uid in USERS:
        screen = telegram.last_bot_message(uid)
        assert screen is not None
        telegram.press_button(uid, screen.message_id, telegram.buttons(screen)[0][0][1])
        yield


async def tap_latencies(telegram: LocalTelegram, deliveries: ParallelTelegram) -> list[float]:
    """Every user taps ROUNDS times; seconds from each tap's first POST to its answer."""
    latencies: list[float] = []
    for _ in range(ROUNDS):
        list(tap_each(telegram))
        taps = deliveries.take()
        mark = telegram.mark()
        sent = await deliveries.deliver(taps)
        await telegram.idle(timeout=60)
        answered = {str(c.params["callback_query_id"]): c.timestamp
                    for c in telegram.calls[mark:] if c.method == "answerCallbackQuery" and c.ok}
        latencies += [answered[str(t["callback_query"]["id"])] - sent.first_sent[t["update_id"]]
                      for t in taps if str(t["callback_query"]["id"]) in answered]
    return latencies


async def test_taps_under_an_unsigned_attack_keep_their_latency_and_are_all_answered(
    telegram: LocalTelegram, key_prefix: str, redis: Redis, tmp_path: Path
) -> None:
    port = free_port()
    bot = BotProcess(telegram.url, TEST_REDIS_URL, key_prefix, port=port, secret=SECRET,
                     public_url=f"http://127.0.0.1:{port}/telegram",
                     log_path=tmp_path / "bot.log")
    attacker: subprocess.Popen[str] | None = None
    try:
        await bot.ready()
        deliveries = ParallelTelegram(telegram, f"http://127.0.0.1:{port}/telegram", SECRET)
        for uid in USERS:
            telegram.user(uid)
            telegram.send_text(uid, "/start")
        await deliveries.deliver(deliveries.take())
        await telegram.idle(timeout=60)
        deliveries.concurrency = PACE
        fds_before = open_fds(bot.proc.pid)
        calm = await tap_latencies(telegram, deliveries)
        attacker = start_attacker(port)
        await asyncio.sleep(2.0)  # the attack is under way: connections open, bombs flying
        fds_attack = open_fds(bot.proc.pid)
        attacked = await tap_latencies(telegram, deliveries)
        attacker.terminate()
        attack_report = attacker.communicate(timeout=30)[0].strip()
        tracebacks = bot.log().count("Traceback")
    finally:
        if attacker is not None and attacker.poll() is None:
            attacker.kill()
            attacker.wait(10)
        bot.terminate()
        await bot.wait()
        bot.kill()
    figures: dict[str, Any] = {
        "taps": 2 * ROUNDS * len(USERS),
        "lost": 2 * ROUNDS * len(USERS) - len(calm) - len(attacked),
        "p50 / p99 without attack (ms)": f"{percentile(calm, 0.5) * 1000:.0f} / "
                                         f"{percentile(calm, 0.99) * 1000:.0f}",
        "p50 / p99 under attack (ms)": f"{percentile(attacked, 0.5) * 1000:.0f} / "
                                       f"{percentile(attacked, 0.99) * 1000:.0f}",
        "p99 ratio (target within 2x)": round(percentile(attacked, 0.99)
                                              / max(percentile(calm, 0.99), 1e-3), 2),
        "attacker": attack_report,
        "bot file descriptors before / under attack": f"{fds_before} / {fds_attack}",
        "tracebacks": tracebacks,
    }  # fmt: skip
    FIGURES.sections["webhook under attack (unsigned gzip bombs, 300 idle, 100 slowloris)"] = (
        figures
    )
    FIGURES.updates_accepted += figures["taps"]
    print(figures)
    assert figures["lost"] == 0 and tracebacks == 0
    assert "bombs answered {403: " in attack_report
