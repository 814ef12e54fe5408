"""Session state shared through Redis: two processes act as one; restarts, expiry, outages."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from redis.asyncio import Connection, Redis
from telegram import Update

from bot.app import build_application
from bot.config import Config
from bot.emulator import LocalTelegram
from tests.conftest import TEST_REDIS_URL
from tests.harness import User, running_bot


async def test_two_processes_walk_one_flow_as_one(
    telegram: LocalTelegram, config: Config, redis: Redis
) -> None:
    """Taps alternate between two Applications, as behind a load balancer."""
    apps = [build_application(config, redis, api_url=telegram.url) for _ in range(2)]
    for app in apps:
        await app.initialize()
    user = User(telegram, 11)
    try:
        menu = await feed(apps[0], telegram, telegram.send_text(user.id, "/start"))
        lang = await feed(apps[1], telegram, telegram.press_button(
            user.id, menu.message_id, user.button_data(menu, "Language")))
        assert "Choose the language" in lang.text
        home = await feed(apps[0], telegram, telegram.press_button(
            user.id, lang.message_id, user.button_data(lang, "Home")))
        lang = await feed(apps[1], telegram, telegram.press_button(
            user.id, home.message_id, user.button_data(home, "Language")))
        back = await feed(apps[0], telegram, telegram.press_button(
            user.id, lang.message_id, user.button_data(lang, "Back")))
        assert "Pick what you want to know" in back.text
    finally:
        for app in apps:
            await app.shutdown()


async def feed(app: Any, telegram: LocalTelegram, update: dict[str, Any]) -> Any:
    """Hand one update to one Application, as a webhook would; return the chat's last message."""
    await app.process_update(Update.de_json(update, app.bot))
    chat_id = (update.get("message") or update["callback_query"]["message"])["chat"]["id"]
    return telegram.last_bot_message(chat_id)


async def test_back_returns_where_the_user_came_from_after_a_restart(
    telegram: LocalTelegram, config: Config, redis: Redis
) -> None:
    user = User(telegram, 12)
    async with running_bot(telegram, config, redis):
        menu = await user.send("/start")
        lang = await user.press(menu, "Language")
    async with running_bot(telegram, config, redis):
        back = await user.press(lang, "Back")
        assert "Pick what you want to know" in back.text


async def test_back_on_an_expired_session_gets_a_note_and_the_main_menu(
    telegram: LocalTelegram, config: Config, redis: Redis
) -> None:
    user = User(telegram, 13)
    async with running_bot(telegram, config, redis):
        menu = await user.send("/start")
        lang = await user.press(menu, "Language")
        key = f"{config.key_prefix}:{{u13}}:session"
        for _ in range(200):  # the session is written just after the reply goes out
            if "lang" in (await redis.get(key) or ""):
                break
            await asyncio.sleep(0.01)
        await redis.delete(key)
        after = await user.press(lang, "Back")
        assert "older menu" in after.text
        assert "Pick what you want to know" in after.text


class CountingConnection(Connection):
    """Counts requests written to the server: one per command or per pipeline."""

    round_trips = 0

    async def send_packed_command(self, command: Any, check_health: bool = True) -> None:
        CountingConnection.round_trips += 1
        await super().send_packed_command(command, check_health)


async def _no_write(self: object, count: int) -> None:
    return None


async def test_a_menu_tap_costs_at_most_two_round_trips(
    telegram: LocalTelegram, config: Config, redis: Redis, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The inbox's heartbeat (one round trip every 2 s per process, whatever the traffic) would
    # land in the count now and then; it is no part of a tap.
    monkeypatch.setattr("bot.serving.inbox.CHECK_SECONDS", 3600.0)
    # Likewise the sending budget's write (one command per 20 ms per process at most, however
    # many replies it carries, bot/serving/reply_budget.py): counted here, it is not a tap's.
    monkeypatch.setattr("bot.serving.reply_budget.ReplyBudget._add_replies", _no_write)
    counted: Redis = Redis.from_url(
        TEST_REDIS_URL, decode_responses=True, connection_class=CountingConnection
    )
    user = User(telegram, 14)
    try:
        async with running_bot(telegram, config, counted):
            menu = await user.send("/start")
            await telegram.idle()  # /start's own writes are done
            before = CountingConnection.round_trips
            await user.press(menu, "Language")
            await telegram.idle()
            assert 1 <= CountingConnection.round_trips - before <= 2
    finally:
        await counted.aclose()


async def test_without_redis_the_menus_still_answer(
    telegram: LocalTelegram, config: Config
) -> None:
    dead: Redis = Redis.from_url("redis://127.0.0.1:1/0", decode_responses=True)
    user = User(telegram, 15)
    try:
        async with running_bot(telegram, config, dead):
            menu = await user.send("/start")
            assert "Card Guide" in menu.text
            lang = await user.press(menu, "Language")
            assert "Choose the language" in lang.text
            mark = telegram.mark()
            telegram.press_button(user.id, lang.message_id, user.button_data(lang, "Español"))
            call = await telegram.wait_call("answerCallbackQuery", since=mark)
            assert "can't save anything right now" in call.params["text"]
    finally:
        await dead.aclose()


async def test_an_update_delivered_twice_is_answered_once(
    telegram: LocalTelegram, config: Config, redis: Redis
) -> None:
    user = User(telegram, 16)
    async with running_bot(telegram, config, redis):
        update = telegram.send_text(user.id, "/start")
        await telegram.wait_call("sendMessage", since=0)
        telegram.resend(update)
        await telegram.idle()
        assert len(telegram.received(user.id)) == 1


async def test_forget_asks_then_deletes_everything_but_nothing_of_others(
    telegram: LocalTelegram, config: Config, redis: Redis
) -> None:
    user, other = User(telegram, 17, "en"), User(telegram, 18, "en")
    async with running_bot(telegram, config, redis):
        for person in (user, other):
            menu = await person.send("/language")
            await person.press(menu, "Español")
        ask = await user.send("/forget")
        assert "Continuar" in ask.text  # asked in the user's chosen language
        done = await user.press(ask, "Borrar")
        assert "tu elección de idioma" in done.text
        await telegram.idle()
        assert [k async for k in redis.scan_iter(match=f"{config.key_prefix}:{{u17}}*")] == []
        assert await redis.get(f"{config.key_prefix}:{{u18}}:locale") == "es"
        assert "Card Guide" in (await user.send("/start")).text
