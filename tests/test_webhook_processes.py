"""Webhook mode as real processes: SIGTERM during a burst, and three processes behind a balancer."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from redis.asyncio import Redis

from bot.emulator import LocalTelegram
from tests.balancer import RoundRobin
from tests.conftest import TEST_REDIS_URL, wait_until
from tests.harness import User
from tests.webhook_harness import BotProcess, free_port

SECRET = "process-secret_1"



def start_bot(telegram: LocalTelegram, prefix: str, tmp_path: Path, name: str,
              public_url: str | None = None) -> BotProcess:
    port = free_port()
    return BotProcess(
        telegram.url, TEST_REDIS_URL, prefix, port=port, secret=SECRET,
        public_url=public_url or f"http://127.0.0.1:{port}/telegram",
        log_path=tmp_path / f"{name}.log",
    )  # fmt: skip


def answered(telegram: LocalTelegram) -> Counter[int]:
    """Successful sendMessage calls per chat."""
    return Counter(
        int(c.params["chat_id"]) for c in telegram.calls if c.method == "sendMessage" and c.ok
    )


async def test_sigterm_during_a_burst_loses_no_accepted_update(
    telegram: LocalTelegram, key_prefix: str, redis: Redis, tmp_path: Path
) -> None:
    users = [User(telegram, 400 + n) for n in range(5)]
    first = start_bot(telegram, key_prefix, tmp_path, "first")
    try:
        await first.ready()
        # Replies are slow, so accepted updates pile up in the process's queue.
        telegram.fail_next(10_000, status=200, delay=0.15, method="sendMessage")
        sent = [telegram.send_text(u.id, f"/start burst {i}") for i in range(3) for u in users]
        await wait_until(
            lambda: sum(d.status == 200 for d in telegram.webhook_deliveries) >= 12, timeout=30
        )
        first.terminate()
        # The burst goes on while the process shuts down, however fast this machine accepted
        # the first part: these arrive after SIGTERM and must be refused, not lost.
        sent += [telegram.send_text(u.id, f"/start late {i}") for i in range(3) for u in users]
        assert await first.wait() == 0
    finally:
        first.kill()
    accepted = Counter(
        int(d.update_id) for d in telegram.webhook_deliveries if d.status == 200
    )
    by_chat = Counter({u.id: 0 for u in users})
    for update in sent:
        if update["update_id"] in accepted:
            by_chat[update["message"]["chat"]["id"]] += 1
    # Every update answered 200 was processed before the process exited.
    assert answered(telegram) == +by_chat
    assert sum(by_chat.values()) < len(sent), "the burst ended before SIGTERM; nothing to test"
    assert "shutting down" in first.log()
    # Updates refused during shutdown stay with Telegram and reach the next process.
    telegram.faults.clear()
    second = start_bot(telegram, key_prefix, tmp_path, "second")
    try:
        await second.ready()
        await wait_until(lambda: sum(answered(telegram).values()) == len(sent), timeout=60)
        await telegram.idle()
        assert answered(telegram) == Counter({u.id: 6 for u in users})  # none twice
    finally:
        second.terminate()
        await second.wait()
        second.kill()


async def test_a_second_sigterm_ends_the_process_at_once(
    telegram: LocalTelegram, key_prefix: str, redis: Redis, tmp_path: Path
) -> None:
    bot = start_bot(telegram, key_prefix, tmp_path, "stuck")
    try:
        await bot.ready()
        telegram.fail_next(1, status=200, delay=60, method="sendMessage")  # a reply hangs
        User(telegram, 420)
        telegram.send_text(420, "/start")
        await wait_until(lambda: telegram.inflight > 0, timeout=30)
        bot.terminate()
        await wait_until(lambda: "finishing accepted updates" in bot.log(), timeout=30)
        bot.terminate()
        # Well before the 20 s drain bound or the 60 s stuck reply.
        assert await bot.wait(timeout=10) == 130
    finally:
        bot.kill()


async def test_three_processes_behind_a_balancer_serve_one_user_consistently(
    telegram: LocalTelegram, key_prefix: str, redis: Redis, tmp_path: Path
) -> None:
    balancer_port = free_port()
    public = f"http://127.0.0.1:{balancer_port}/telegram"
    bots = [start_bot(telegram, key_prefix, tmp_path, f"bot{n}", public) for n in range(3)]
    balancer = RoundRobin([b.base for b in bots])
    await balancer.start(balancer_port)
    try:
        for bot in bots:
            await bot.ready()
        user = User(telegram, 430)
        menu = await user.send("/start")
        lang = await user.press(menu, "Language")
        home = await user.press(lang, "Home")
        lang = await user.press(home, "Language")
        back = await user.press(lang, "Back")
        assert "Pick what you want to know" in back.text
        await user.press(await user.press(back, "Language"), "Español")
        for _ in range(3):  # whichever process answers, the language chosen holds
            assert "Elige lo que quieres saber" in (await user.send("/start")).text
        await telegram.idle()
        assert all(count >= 2 for count in balancer.served), balancer.served
        assert [s for s in telegram.webhook_deliveries if s.status != 200] == []
        assert len([c for c in telegram.calls if c.method == "setWebhook"]) == 1
    finally:
        for bot in bots:
            bot.terminate()
        for bot in bots:
            await bot.wait()
            bot.kill()
        await balancer.stop()
