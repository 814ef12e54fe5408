"""/help, the command list, the Search screen and the language picker, as a user sees them."""

from __future__ import annotations

from typing import Any

from redis.asyncio import Redis

from bot.app import BotApplication
from bot.config import Config
from bot.emulator import LocalTelegram
from tests.harness import User, running_bot


def inline_buttons(message: Any) -> list[dict[str, Any]]:
    rows = (message.reply_markup or {}).get("inline_keyboard", [])
    return [button for row in rows for button in row]


async def test_help_explains_menus_questions_inline_language_forget_and_groups(
    telegram: LocalTelegram, bot: BotApplication
) -> None:
    user = User(telegram, 301, "en")
    home = await user.send("/start")
    shown = await user.send("/help")
    assert shown.message_id != home.message_id
    text = shown.text
    assert text.startswith("How to use this bot")
    assert "Card Guide" not in text  # not Home again
    for promise in ("/start opens the main menu", "type a question in this chat",
                    f"type @{telegram.bot_username} followed by a few words", "/language",
                    "/forget deletes what I store about you",
                    f"start your message with @{telegram.bot_username} or reply to one of my"):
        assert promise in text, promise
    inline = [b for b in inline_buttons(shown) if "switch_inline_query_current_chat" in b]
    assert [b["text"] for b in inline] == ["🔎 Try inline search"]
    home_again = await user.press(shown, "Home")
    assert "Card Guide" in home_again.text


async def test_help_in_spanish(telegram: LocalTelegram, bot: BotApplication) -> None:
    shown = await User(telegram, 302, "es").send("/help")
    assert shown.text.startswith("Cómo usar este bot")
    assert "/forget borra lo que guardo sobre ti" in shown.text


async def test_search_screen_names_the_bot_and_offers_inline_search(
    telegram: LocalTelegram, bot: BotApplication
) -> None:
    user = User(telegram, 303, "en")
    search = await user.press(await user.send("/start"), "Search")
    assert f"type @{telegram.bot_username} followed by a few words" in search.text
    assert "Type your question in this chat" in search.text
    inline = [b for b in inline_buttons(search) if "switch_inline_query_current_chat" in b]
    assert [(b["text"], b["switch_inline_query_current_chat"]) for b in inline] == [
        ("🔎 Try inline search", "")
    ]
    assert telegram.invalid_requests == []


async def test_language_picker_marks_the_current_language(
    telegram: LocalTelegram, bot: BotApplication
) -> None:
    user = User(telegram, 304, "en")
    picker = await user.press(await user.send("/start"), "Language")
    assert user.labels(picker)[:2] == ["✅ English", "Español"]
    await user.press(picker, "Español")
    again = await user.send("/language")
    assert user.labels(again)[:2] == ["English", "✅ Español"]


async def test_command_list_in_both_languages_names_forget_and_the_group_commands(
    telegram: LocalTelegram, config: Config, redis: Redis
) -> None:
    async with running_bot(telegram, config, redis) as app:
        bot = app.bot
        from telegram import BotCommandScopeAllGroupChats

        for language, forget in ((None, "Delete what the bot stores about you"),
                                 ("en", "Delete what the bot stores about you"),
                                 ("es", "Borrar lo que el bot guarda sobre ti")):
            listed = {c.command: c.description
                      for c in await bot.get_my_commands(language_code=language)}
            assert list(listed) == ["start", "help", "language", "forget"]
            assert listed["forget"] == forget
            in_groups = [c.command for c in await bot.get_my_commands(
                BotCommandScopeAllGroupChats(), language_code=language)]
            assert in_groups == ["start", "help", "language", "subscribe", "unsubscribe"]
        spanish = await bot.get_my_commands(language_code="es")
        assert [c.description for c in spanish][:2] == ["Menú principal", "Cómo usar este bot"]
