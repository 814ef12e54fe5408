"""Back follows each menu message's own path, and group answers stay as their asker left them."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.app import BotApplication
from bot.emulator import LocalTelegram
from tests.harness import User

GROUP = -100777


async def test_back_on_an_old_message_retraces_that_message_not_the_latest(
    telegram: LocalTelegram, bot: BotApplication
) -> None:
    user = User(telegram, 300)
    a = await user.send("/start")
    for label in ("Compare two cards", "Health card", "Social security card"):
        a = await user.press(a, label)
    comparison = a.text
    assert "Health card" in comparison.split("\n")[0]
    b = await user.send("/start")
    b = await user.press(b, "Common questions")
    b = await user.press(b, "social security number")
    assert "social security number" in b.text
    point = await user.press(a, "Who manages it")
    assert point.message_id == a.message_id and point.text != comparison
    back = await user.press(point, "Back")
    assert back.text == comparison
    back = await user.press(back, "Back")
    assert "Now pick the card to compare it with" in back.text
    # B keeps its own path: Back on it goes to the list of questions.
    b_back = await user.press(b, "Back")
    assert "Common questions" in b_back.text


async def test_back_on_a_message_whose_path_is_gone_leads_home(
    telegram: LocalTelegram, bot: BotApplication
) -> None:
    user = User(telegram, 301)
    old = await user.send("/start cmp-health-social")
    for _ in range(9):  # more menu messages than a session keeps paths for
        await user.send("/start")
    back = await user.press(old, "Back")
    assert "older menu" in back.text and "Pick what you want to know" in back.text
    answer = await user.send("is the health card a social security card?")
    home = await user.press(answer, "Back")
    assert "Pick what you want to know" in home.text and "older menu" not in home.text
    assert telegram.invalid_requests == []


@pytest.fixture
async def telegram() -> AsyncIterator[LocalTelegram]:
    server = LocalTelegram()
    server.privacy_mode = False
    await server.start()
    yield server
    await server.stop()


async def test_a_group_answer_changes_only_for_its_asker(
    telegram: LocalTelegram, bot: BotApplication
) -> None:
    User(telegram, 310, "en")
    User(telegram, 311, "en")
    telegram.group(GROUP, "Card talk")
    telegram.add_bot_to_chat(GROUP, 310)
    await telegram.idle()
    mark = telegram.mark()
    telegram.send_text(310, f"@{telegram.bot_username} health card vs social security card",
                       chat_id=GROUP)
    sent = await telegram.wait_call("sendMessage", since=mark)
    answer = next(m for m in telegram.messages(GROUP)
                  if m.message_id == sent.result["message_id"])
    before = answer.text
    data = next(d for row in telegram.buttons(answer) for t, d in row if "Who manages it" in t)

    mark = telegram.mark()
    tap = telegram.press_button(311, answer.message_id, data, chat_id=GROUP)
    call = await telegram.wait_call("answerCallbackQuery", since=mark)
    await telegram.idle()
    assert [c for c in telegram.calls[mark:] if c.method.startswith("edit")] == []
    assert answer.text == before
    reply = telegram.callback_answer(tap["callback_query"]["id"])
    assert reply is not None and call.ok
    node = data.removeprefix("g:")
    assert node.startswith("cmp:") and node.endswith(":manager")
    assert reply["url"] == f"https://t.me/{telegram.bot_username}?start={node.replace(':', '-')}"
    assert "someone else" in reply["text"]

    mark = telegram.mark()
    telegram.press_button(310, answer.message_id, data, chat_id=GROUP)
    await telegram.wait_call("editMessageText", since=mark)
    edited = next(m for m in telegram.messages(GROUP) if m.message_id == answer.message_id)
    assert edited.text != before and "Who manages it" in edited.text
