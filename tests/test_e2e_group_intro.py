"""Groups: one introduction when the bot is added, screens that say how to ask there, and the
language picker for admins only."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.app import BotApplication
from bot.emulator import LocalTelegram
from tests.harness import User

GROUP = -100555
OWNER = 601
MEMBER = 602


@pytest.fixture
async def telegram() -> AsyncIterator[LocalTelegram]:
    server = LocalTelegram()
    await server.start()
    User(server, OWNER, "en")
    User(server, MEMBER, "en")
    server.group(GROUP, "Card talk")
    yield server
    await server.stop()


async def in_group(telegram: LocalTelegram, user_id: int, text: str, **kwargs: Any) -> Any:
    """Write in the group; the bot's message (sent or edited) after its reply."""
    mark = telegram.mark()
    telegram.send_text(user_id, text, chat_id=GROUP, **kwargs)
    call = await telegram.wait_call("sendMessage", since=mark,
                                    where=lambda c: c.chat_id in (GROUP, str(GROUP)))
    return next(m for m in telegram.messages(GROUP) if m.message_id == call.result["message_id"])


async def press_in_group(telegram: LocalTelegram, user_id: int, message: Any, label: str) -> Any:
    """Press a button under a group message; the screen it shows, edited in place or sent."""
    data = next(d for row in telegram.buttons(message) for t, d in row if label in t)
    mark = telegram.mark()
    telegram.press_button(user_id, message.message_id, data, chat_id=GROUP)
    call = await telegram.wait_call({"editMessageText", "sendMessage"}, since=mark)
    chat_id = int(call.params["chat_id"])
    shown = int(call.params["message_id"]) if "message_id" in call.params else int(
        call.result["message_id"])
    return next(m for m in telegram.messages(chat_id) if m.message_id == shown)


async def test_added_to_a_group_the_bot_introduces_itself_once(
    telegram: LocalTelegram, bot: BotApplication
) -> None:
    telegram.add_bot_to_chat(GROUP, OWNER)
    await telegram.idle()
    said = telegram.received(GROUP)
    assert len(said) == 1
    intro = said[0].text
    for part in ("/subscribe", "/unsubscribe", "/language", "/help",
                 f"start your message with @{telegram.bot_username} or reply to one of my"):
        assert part in intro, part
    # Promoted to admin: a status change, not an addition.
    telegram.add_bot_to_chat(GROUP, OWNER, as_admin=True)
    await telegram.idle()
    assert len(telegram.received(GROUP)) == 1
    # Removed and added again: a new addition, a new introduction.
    telegram.remove_bot_from_chat(GROUP, OWNER)
    await telegram.idle()
    telegram.add_bot_to_chat(GROUP, OWNER)
    await telegram.idle()
    assert len(telegram.received(GROUP)) == 2
    assert telegram.invalid_requests == []


async def test_group_screens_say_how_to_ask_there(
    telegram: LocalTelegram, bot: BotApplication
) -> None:
    telegram.add_bot_to_chat(GROUP, OWNER)
    await telegram.idle()
    home = await in_group(telegram, MEMBER, "/start")
    mention = f"@{telegram.bot_username}"
    assert f"start your message with {mention} or reply to one of my messages" in home.text
    labels = [t for row in telegram.buttons(home) for t, _ in row]
    assert not any("Language" in label for label in labels)  # a member sees no picker
    search = await press_in_group(telegram, MEMBER, home, "Search")
    assert "type your question in this chat" not in search.text.lower()
    assert f"start your message with {mention} or reply to one of my messages" in search.text
    help_text = (await in_group(telegram, MEMBER, "/help")).text
    assert "/subscribe" in help_text and "/forget" in help_text


async def test_what_the_group_screens_promise_is_answered(
    telegram: LocalTelegram, bot: BotApplication
) -> None:
    """A mention, also in a reply to someone else, and a reply to the bot are answered."""
    telegram.add_bot_to_chat(GROUP, OWNER)
    await telegram.idle()
    mention = f"@{telegram.bot_username}"
    first = await in_group(telegram, OWNER, f"{mention} tarjeta ciudadana")
    assert "Citizen card" in first.text or "Tarjeta ciudadana" in first.text
    chatter = telegram.send_text(MEMBER, "what do you think?", chat_id=GROUP)
    await telegram.idle()
    question = f"{mention} is the health card a social security card?"
    to_member = await in_group(telegram, OWNER, question,
                               reply_to_message_id=chatter["message"]["message_id"])
    assert "health card is not a social security card" in to_member.text
    to_bot = await in_group(telegram, MEMBER, "and the health card?",
                            reply_to_message_id=first.message_id)
    assert "Health card" in to_bot.text


async def test_language_in_a_group_only_for_admins(
    telegram: LocalTelegram, bot: BotApplication
) -> None:
    telegram.add_bot_to_chat(GROUP, OWNER)
    await telegram.idle()
    refused = await in_group(telegram, MEMBER, "/language")
    assert refused.text == "Only the chat's admins can change its language."
    assert telegram.buttons(refused) == []
    picker = await in_group(telegram, OWNER, "/language")
    labels = [t for row in telegram.buttons(picker) for t, _ in row]
    assert labels[:2] == ["✅ English", "Español"]
