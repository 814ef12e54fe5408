"""Abuse: floods, forged buttons, admin commands from non-admins, /forget, bad webhook bodies."""

from __future__ import annotations

import json
import random

import pytest
from aiohttp.test_utils import TestClient, TestServer
from redis.asyncio import Redis

from bot.app import build_application
from bot.config import Config
from bot.emulator import LocalTelegram
from bot.serving.webhook import SECRET_HEADER, WebhookServer
from handlers.throttle import RATE_LIMIT
from tests.harness import User, running_bot
from tests.reliability.figures import FIGURES, ErrorLog
from tests.webhook_harness import webhook_config

SLOW_DOWN = "sending messages very fast"



@pytest.mark.rate_limited
async def test_a_flooding_user_gets_one_polite_note_and_others_are_not_held_up(
    telegram: LocalTelegram, config: Config, redis: Redis
) -> None:
    flooder, other = User(telegram, 41), User(telegram, 42)
    async with running_bot(telegram, config, redis):
        with ErrorLog("handlers.errors") as errors:
            sent = [telegram.send_text(flooder.id, "/start") for _ in range(100)]
            telegram.send_text(other.id, "/start")
            await telegram.idle(timeout=30)
    FIGURES.updates_accepted += len(sent) + 1
    assert errors.describe() == []
    to_flooder = [m.text for m in telegram.received(flooder.id)]
    notes = [t for t in to_flooder if SLOW_DOWN in t]
    # One note per rate window; the burst may straddle two windows.
    assert 1 <= len(notes) <= 2
    assert len(to_flooder) <= 2 * (RATE_LIMIT + 1)
    assert all("Card Guide" in t or SLOW_DOWN in t for t in to_flooder)
    answers = [m.text for m in telegram.received(other.id)]
    assert len(answers) == 1 and "Card Guide" in answers[0]
    FIGURES.updates_answered += len(to_flooder) + 1
    FIGURES.updates_throttled += len(sent) - len(to_flooder)
    # The other user's answer did not wait for the flooder's backlog.
    sends = [c for c in telegram.calls if c.method == "sendMessage"]
    chats = [c.params["chat_id"] for c in sends]
    last_flooder = max(i for i, chat in enumerate(chats) if chat == flooder.id)
    assert chats.index(other.id) < last_flooder


@pytest.mark.rate_limited
async def test_the_note_comes_in_the_users_language_and_buttons_are_throttled_too(
    telegram: LocalTelegram, config: Config, redis: Redis
) -> None:
    user = User(telegram, 43, language_code="es")
    async with running_bot(telegram, config, redis):
        menu = await user.send("/start")
        # Twice the limit and more: when the burst straddles two rate windows, one of them still
        # gets more than the limit (RATE_LIMIT + 5 could split into two windows under it).
        for _ in range(2 * RATE_LIMIT + 5):
            telegram.press_button(user.id, menu.message_id, "g:faq")
        await telegram.idle(timeout=30)
    answers = [a.get("text", "") for a in telegram.world.callback_answers.values()]
    notes = [text for text in answers if "muy rápido" in text]
    assert 1 <= len(notes) <= 2


async def test_non_admins_reach_no_admin_command_by_command_or_forged_button(
    telegram: LocalTelegram, config: Config, redis: Redis
) -> None:
    user = User(telegram, 44)
    admin_keys = f"{config.key_prefix}:bc:*"
    async with running_bot(telegram, config, redis):
        refusal = await user.send("/stats")
        assert "only for the bot's admins" in refusal.text
        menu = await user.send("/start")
        with ErrorLog("handlers.errors") as errors:
            for text in ("/stats@cardguide_bot", "/broadcast", "/broadcasts", "/STATS"):
                telegram.send_text(user.id, text)
            for data in ("B:new", "B:send:1", "B:cancel:1", "B:pause:1", "B:confirm",
                         "C:l:-100:es", "stats", "admin"):
                telegram.press_button(user.id, menu.message_id, data)
            await telegram.idle(timeout=15)
        assert errors.describe() == []
    texts = [m.text for m in telegram.received(user.id)]
    assert not any("Questions typed" in t or "Usage" in t for t in texts)
    assert [k async for k in redis.scan_iter(match=admin_keys)] == []
    writes = ("send", "edit", "delete", "forward", "copy", "pin", "set", "ban", "promote")
    targets = {c.params.get("chat_id") for c in telegram.calls
               if "chat_id" in c.params and c.method.startswith(writes)}
    assert targets <= {user.id}  # nothing posted or changed in any other chat


async def test_forget_removes_every_key_and_a_forged_confirm_only_touches_the_presser(
    telegram: LocalTelegram, config: Config, redis: Redis
) -> None:
    victim, attacker = User(telegram, 45), User(telegram, 46)
    async with running_bot(telegram, config, redis):
        for person in (victim, attacker):
            menu = await person.send("/language")
            await person.press(menu, "Español")
        ask = await victim.send("/forget")
        # The attacker forges the victim's confirmation button: only their own data goes.
        await attacker.press_data((await attacker.send("/start")).message_id, "f:yes")
        await telegram.idle()
        assert await redis.get(f"{config.key_prefix}:{{u45}}:locale") == "es"
        assert [k async for k in redis.scan_iter(match=f"{config.key_prefix}:{{u46}}*")] == []
        await victim.press(ask, "Borrar")
        await telegram.idle()
        assert [k async for k in redis.scan_iter(match=f"{config.key_prefix}:{{u45}}*")] == []
        # The inbox's process keys hold no user's data, but their random ids may contain "45".
        left = [k async for k in redis.scan_iter(match=f"{config.key_prefix}:*45*")]
        assert [k for k in left if ":{inbox}:" not in k] == []


async def test_webhook_refuses_unsigned_malformed_and_oversized_bodies_before_processing(
    config: Config, redis: Redis
) -> None:
    hook = webhook_config(config, 8443)
    app = build_application(hook, redis, api_url="http://127.0.0.1:9")
    server = WebhookServer(app, hook)
    server.accepting = True
    path = server.path
    secret = {SECRET_HEADER: hook.webhook_secret or ""}
    async with TestClient(TestServer(server.web)) as client:
        bodies = [b"", b"{", b"null", b"[]", b'{"update_id": 1.5}', b'{"update_id": "1"}',
                  b'{"update_id": true}', b"\xff" * 100]
        bodies += [_draw_body(n) for n in range(150)]
        for body in bodies:
            FIGURES.inputs_tried += 2
            resp = await client.post(path, data=body)
            assert resp.status == 403
            resp = await client.post(path, data=body, headers={**secret, "X-Other": "1"})
            assert resp.status in (200, 400), body
            if resp.status == 200:
                data = json.loads(body)
                assert isinstance(data, dict) and type(data["update_id"]) is int
            else:
                assert app.update_queue.empty(), body
            while not app.update_queue.empty():
                app.update_queue.get_nowait()
        resp = await client.post(path, data=b"{" + b" " * (2 << 20) + b"}", headers=secret)
        assert resp.status == 413
        assert app.update_queue.empty()
    keys = [k async for k in redis.scan_iter(match=f"{config.key_prefix}:*")]
    assert keys == []


def _draw_body(seed: int) -> bytes:
    """A hostile body, the same for a seed on every run."""
    rng = random.Random(seed)
    kinds = [
        lambda: bytes(rng.randrange(256) for _ in range(rng.randrange(300))),
        lambda: "".join(chr(rng.randrange(32, 0x2FFF)) for _ in range(rng.randrange(100))).encode(),
        lambda: json.dumps({"update_id": rng.choice(["7", 7.5, None, [], {}, True])}).encode(),
        lambda: json.dumps([rng.randrange(10) for _ in range(rng.randrange(5))]).encode(),
        lambda: json.dumps({"message": {"text": "/start"}}).encode(),
        lambda: json.dumps({"update_id": rng.randrange(1, 10**9),
                            "message": rng.choice(["x", 1, [], {"date": "no"}])}).encode(),
    ]
    return rng.choice(kinds)()

