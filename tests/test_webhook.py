"""Webhook mode end to end: the local Telegram POSTs updates to the bot's aiohttp server."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import re
from pathlib import Path

import aiohttp
import pytest
from redis.asyncio import Redis

from bot.broadcast.jobs import Job, JobStore
from bot.config import Config, load_config
from bot.emulator import LocalTelegram
from bot.serving.webhook import ALLOWED_UPDATES, MAX_CONNECTIONS, SECRET_HEADER, secret_ok
from tests.conftest import wait_until
from tests.harness import User
from tests.webhook_harness import free_port, webhook_bot, webhook_config


def test_secret_check() -> None:
    assert secret_ok("abc", ("abc",))
    assert not secret_ok("abd", ("abc",))
    assert not secret_ok(None, ("abc",))
    assert not secret_ok("", ("abc",))
    assert secret_ok(None, ())
    assert secret_ok("new", ("old", "new"))


async def test_start_sets_the_webhook_with_secret_and_answers_through_it(
    telegram: LocalTelegram, config: Config, redis: Redis
) -> None:
    hook_config = webhook_config(config, free_port())
    async with webhook_bot(telegram, hook_config, redis):
        call = await telegram.wait_call("setWebhook")
        assert call.params["url"] == hook_config.webhook_url
        assert call.params["secret_token"] == "right-secret_1"
        assert call.params["max_connections"] == MAX_CONNECTIONS
        assert sorted(call.params["allowed_updates"]) == sorted(ALLOWED_UPDATES)
        user = User(telegram, 301)
        menu = await user.send("/start")
        assert "Card Guide" in menu.text
        delivery = telegram.webhook_deliveries[-1]
        assert delivery.status == 200
        assert delivery.headers[SECRET_HEADER] == "right-secret_1"


async def test_the_webhook_is_set_again_only_when_something_differs(
    telegram: LocalTelegram, config: Config, redis: Redis
) -> None:
    port = free_port()
    for _ in range(2):
        async with webhook_bot(telegram, webhook_config(config, port), redis):
            pass
    assert len([c for c in telegram.calls if c.method == "setWebhook"]) == 1
    # A rotated secret cannot be read back from Telegram, yet it is noticed and set.
    async with webhook_bot(telegram, webhook_config(config, port, "rotated-secret"), redis):
        pass
    calls = [c for c in telegram.calls if c.method == "setWebhook"]
    assert len(calls) == 2
    assert calls[-1].params["secret_token"] == "rotated-secret"


async def test_a_wrong_or_missing_secret_gets_403_and_nothing_is_processed(
    telegram: LocalTelegram, config: Config, redis: Redis
) -> None:
    hook_config = webhook_config(config, free_port())
    user = User(telegram, 302)
    async with webhook_bot(telegram, hook_config, redis):
        url = hook_config.webhook_url or ""
        update = {"update_id": 900001, "message": {
            "message_id": 1, "date": 0, "chat": {"id": 302, "type": "private"},
            "from": {"id": 302, "is_bot": False, "first_name": "U"}, "text": "/start"}}
        async with aiohttp.ClientSession() as session:
            # A forwarded-for address in Telegram's network is no substitute for the secret.
            for headers in ({}, {SECRET_HEADER: "wrong"}, {SECRET_HEADER: ""},
                            {"X-Forwarded-For": "149.154.167.220"}):
                async with session.post(url, json=update, headers=headers) as resp:
                    assert resp.status == 403
        # The local Telegram itself delivering with a wrong secret is refused too.
        assert telegram.queue.webhook is not None
        telegram.queue.webhook.secret_token = "not-the-secret"
        sent = telegram.send_text(user.id, "/start")
        await wait_until(lambda: any(
            d.update_id == sent["update_id"] and d.status == 403
            for d in telegram.webhook_deliveries
        ))
        assert telegram.received(user.id) == []
        assert [k async for k in redis.scan_iter(match=f"{config.key_prefix}:*seen*")] == []
        # Put right, Telegram's retry gets through: the update was refused, not lost.
        mark = telegram.mark()
        telegram.queue.webhook.secret_token = "right-secret_1"
        await telegram.wait_call("sendMessage", since=mark, timeout=10)
        await telegram.idle()
        assert len(telegram.received(user.id)) == 1


async def test_bad_bodies_get_400_or_413_and_the_server_keeps_serving(
    telegram: LocalTelegram, config: Config, redis: Redis
) -> None:
    hook_config = webhook_config(config, free_port())
    async with webhook_bot(telegram, hook_config, redis):
        url = hook_config.webhook_url or ""
        headers = {SECRET_HEADER: "right-secret_1", "Content-Type": "application/json"}
        bodies = [b"{not json", b"\xff\xfe", b"[1, 2]", b'{"update_id": "7"}', b"{}",
                  b'{"update_id": 7, "message": "text"}', b'{"update_id": 7, "message": {}}']
        async with aiohttp.ClientSession() as session:
            for body in bodies:
                async with session.post(url, data=body, headers=headers) as resp:
                    assert resp.status == 400, body
            async with session.post(url, data=b"x" * (2 << 20), headers=headers) as resp:
                assert resp.status == 413
            async with session.get(url.rsplit("/", 1)[0] + "/readyz") as resp:
                assert resp.status == 200
        assert "Card Guide" in (await User(telegram, 303).send("/start")).text


async def test_an_update_delivered_twice_is_processed_once(
    telegram: LocalTelegram, config: Config, redis: Redis, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="cardbot.updates")
    user = User(telegram, 304)
    async with webhook_bot(telegram, webhook_config(config, free_port()), redis):
        update = telegram.send_text(user.id, "/start")
        await telegram.wait_call("sendMessage")
        telegram.resend(update)
        await wait_until(lambda: len(
            [d for d in telegram.webhook_deliveries if d.update_id == update["update_id"]]) == 2)
        await telegram.idle()
        assert all(d.status == 200 for d in telegram.webhook_deliveries)
        assert len(telegram.received(user.id)) == 1
    tag = f"update_id={update['update_id']} "
    lines = [r.getMessage() for r in caplog.records if r.name == "cardbot.updates"]
    outcomes = [line.split("outcome=")[1].split()[0] for line in lines if tag in line]
    assert sorted(outcomes) == ["duplicate", "ok"]


async def test_health_metrics_and_one_log_line_per_update(
    telegram: LocalTelegram, config: Config, redis: Redis, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="cardbot.updates")
    hook_config = webhook_config(config, free_port())
    base = f"http://127.0.0.1:{hook_config.webhook_port}"
    user = User(telegram, 305)
    async with webhook_bot(telegram, hook_config, redis):
        sent = telegram.send_text(user.id, "/start secret words")
        await telegram.wait_call("sendMessage")
        await telegram.idle()
        async with aiohttp.ClientSession() as session:
            async with session.get(f"{base}/healthz") as resp:
                assert resp.status == 200
            async with session.get(f"{base}/metrics") as resp:
                assert resp.status == 200
                assert resp.headers["Content-Type"].startswith("text/plain")
                text = await resp.text()
    assert 'cardbot_updates_total{outcome="ok",type="message"}' in text
    assert 'cardbot_telegram_calls_total{method="sendMessage"}' in text
    assert "cardbot_handler_latency_seconds_bucket" in text
    assert 'cardbot_webhook_requests_total{status="200"}' in text
    label_sets = re.findall(r"\{[^}]*\}", text)
    assert label_sets and not any("305" in labels for labels in label_sets)  # no per-user labels
    lines = [r.getMessage() for r in caplog.records if r.name == "cardbot.updates"]
    mine = [line for line in lines if f"update_id={sent['update_id']} " in line]
    assert len(mine) == 1
    assert "type=message" in mine[0] and "outcome=ok" in mine[0] and "latency_ms=" in mine[0]
    assert "handler=start." in mine[0]
    assert "secret words" not in mine[0]


async def test_broadcast_progress_is_in_the_metrics(
    telegram: LocalTelegram, config: Config, redis: Redis
) -> None:
    jobs = JobStore(redis, config.key_prefix)
    job = await jobs.create(Job(id=0, status="", kind="text", audience="all", admin_chat=1))
    await jobs.update(job.id, total=10)
    for counter in ("ok", "ok", "ok", "blocked", "fail:bad request"):
        await jobs.count(job.id, counter)
    hook_config = webhook_config(config, free_port())
    url = f"http://127.0.0.1:{hook_config.webhook_port}/metrics"
    async with (
        webhook_bot(telegram, hook_config, redis),
        aiohttp.ClientSession() as session,
        session.get(url) as resp,
    ):
        text = await resp.text()
    assert 'cardbot_broadcasts_live{status="queued"} 1.0' in text
    assert 'cardbot_broadcast_recipients{outcome="ok"} 3.0' in text
    assert 'cardbot_broadcast_recipients{outcome="failed"} 1.0' in text
    assert 'cardbot_broadcast_recipients{outcome="pending"} 5.0' in text


async def test_during_a_rotation_both_secrets_are_accepted(
    telegram: LocalTelegram, config: Config, redis: Redis, tmp_path: Path
) -> None:
    env = {"TELEGRAM_BOT_TOKEN": "123:" + "a" * 30, "WEBHOOK_URL": "https://x.org/t",
           "WEBHOOK_SECRET": "old-one", "WEBHOOK_SECRET_ALSO": "new-one"}
    loaded = load_config(env, dotenv=tmp_path / "none")
    hook_config = dataclasses.replace(
        webhook_config(config, free_port(), loaded.webhook_secret),
        webhook_secret_also=loaded.webhook_secret_also,
    )
    user = User(telegram, 306)
    async with webhook_bot(telegram, hook_config, redis):
        assert telegram.queue.webhook is not None
        for secret in ("new-one", "old-one"):  # Telegram switched, or not yet
            telegram.queue.webhook.secret_token = secret
            mark = telegram.mark()
            telegram.send_text(user.id, "/start")
            await telegram.wait_call("sendMessage", since=mark)
        await telegram.idle()
    assert {d.status for d in telegram.webhook_deliveries} == {200}
    assert len(telegram.received(user.id)) == 2


async def test_shutdown_waits_for_a_stuck_update_only_as_long_as_the_bound(
    telegram: LocalTelegram, config: Config, redis: Redis
) -> None:
    telegram.fail_next(1, status=200, delay=60, method="sendMessage")  # a reply that hangs
    user = User(telegram, 307)
    bot = webhook_bot(telegram, webhook_config(config, free_port()), redis, drain_timeout=0.5)
    await bot.__aenter__()
    telegram.send_text(user.id, "/start")
    await wait_until(lambda: telegram.inflight > 0)
    # Leaving the block stops the server; it must return long before the 60 s reply would.
    await asyncio.wait_for(bot.__aexit__(None, None, None), 15)


async def test_past_the_backlog_bound_deliveries_get_503_and_arrive_later(
    telegram: LocalTelegram, config: Config, redis: Redis
) -> None:
    telegram.queue.retry_delay = 0.05
    telegram.fail_next(5, status=200, delay=0.5, method="sendMessage")  # slow replies
    user = User(telegram, 308)
    hook_config = webhook_config(config, free_port())
    async with webhook_bot(telegram, hook_config, redis, max_backlog=2):
        sent = [telegram.send_text(user.id, f"/start {n}") for n in range(5)]
        await wait_until(lambda: len(telegram.received(user.id)) == 5, timeout=30)
        await telegram.idle()
    statuses = [d.status for d in telegram.webhook_deliveries]
    assert 503 in statuses  # refused while two were unfinished...
    accepted = [d.update_id for d in telegram.webhook_deliveries if d.status == 200]
    assert sorted(accepted) == sorted(u["update_id"] for u in sent)  # ...each accepted once
    assert len(telegram.received(user.id)) == 5
