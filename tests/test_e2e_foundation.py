"""End to end through the local Telegram: welcome, language, bad input; the bot stays up."""

from __future__ import annotations

from redis.asyncio import Redis

from bot.app import BotApplication
from bot.config import Config
from bot.emulator import LocalTelegram
from tests.harness import User, running_bot


async def test_start_welcomes_in_english(telegram: LocalTelegram, bot: BotApplication) -> None:
    reply = await User(telegram, 1, "en-GB").send("/start")
    assert "Card Guide" in reply.text
    assert "Six cards" in reply.text


async def test_start_welcomes_in_spanish(telegram: LocalTelegram, bot: BotApplication) -> None:
    user = User(telegram, 2, "es-MX")
    reply = await user.send("/start")
    assert "Guía de tarjetas" in reply.text
    assert "Idioma" in " ".join(user.labels(reply))


async def test_unsupported_telegram_language_falls_back_to_default(
    telegram: LocalTelegram, bot: BotApplication
) -> None:
    reply = await User(telegram, 3, "de").send("/start")
    assert "Card Guide" in reply.text


async def test_language_choice_persists_across_a_restart(
    telegram: LocalTelegram, config: Config, redis: Redis
) -> None:
    user = User(telegram, 4, "en")
    async with running_bot(telegram, config, redis):
        menu = await user.send("/language")
        after = await user.press(menu, "Español")
        assert "A partir de ahora responderé en español" in after.text
    async with running_bot(telegram, config, redis):
        reply = await user.send("/start")
        assert "Guía de tarjetas" in reply.text


async def test_unknown_command_gets_a_note_and_the_menu(
    telegram: LocalTelegram, bot: BotApplication
) -> None:
    reply = await User(telegram, 5).send("/frobnicate now")
    assert "I don't know that command" in reply.text


async def test_forged_callback_data_gets_the_main_menu(
    telegram: LocalTelegram, bot: BotApplication
) -> None:
    user = User(telegram, 6)
    for forged in ("g:../../etc", "x" * 64, "g:cmp:health:health", "f:maybe", "b:1", "g:faq@9"):
        menu = await user.send("/start")
        after = await user.press_data(menu.message_id, forged)
        assert "older menu" in after.text
        assert "Card Guide" in after.text


async def test_huge_message_is_answered_and_process_stays_up(
    telegram: LocalTelegram, bot: BotApplication
) -> None:
    user = User(telegram, 7)
    reply = await user.send("<b>" + "é&<" * 1700)
    assert reply is not None and len(reply.text) <= 4096
    assert "Card Guide" in (await user.send("/start")).text


async def test_sticker_is_answered_politely(telegram: LocalTelegram, bot: BotApplication) -> None:
    user = User(telegram, 8)
    mark = telegram.mark()
    telegram.send_sticker(user.id)
    call = await telegram.wait_call("sendMessage", since=mark)
    assert "I can only read text" in call.params["text"]
    assert "Card Guide" in (await user.send("/start")).text


async def test_every_request_the_bot_made_was_valid(
    telegram: LocalTelegram, bot: BotApplication
) -> None:
    user = User(telegram, 9, "es")
    menu = await user.send("/start")
    await user.press(menu, "Idioma")
    await user.send("/forget")
    assert telegram.invalid_requests == []
