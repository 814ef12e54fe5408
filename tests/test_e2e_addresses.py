"""Old and forged addresses through the local Telegram: a note and the menu, never an error."""

from __future__ import annotations

import pytest

from bot.app import BotApplication
from bot.emulator import LocalTelegram
from tests.harness import User

HOME_TEXT = "Pick what you want to know"


@pytest.mark.parametrize("data", [
    "g:faq:²",  # a digit to str.isdigit, not to int(): once an exception in the handler
    "g:faq:0", "g:cmp:health:health", "g:card:health:nope", "g:src:src:home", "g:home@0",
    "g:law:sil-99", "g:tasks:care:more", "g:", "h:x", "Z:1",
])
async def test_a_forged_menu_button_gets_the_note_and_home(
    telegram: LocalTelegram, bot: BotApplication, data: str
) -> None:
    user = User(telegram, 320)
    menu = await user.send("/start")
    shown = await user.press_data(menu.message_id, data)
    assert "older menu" in shown.text and HOME_TEXT in shown.text
    assert telegram.invalid_requests == []


async def test_a_deep_link_to_a_law_article_opens_it_with_its_passages_and_back(
    telegram: LocalTelegram, bot: BotApplication
) -> None:
    user = User(telegram, 321)
    article = await user.send("/start law-sil-58")
    assert article.text.startswith("Social Insurance Law of the People's Republic of China, "
                                   "Article 58")
    assert user.button_data(article, "Source") == "g:src:law:sil-58"
    passages = await user.press(article, "Source")
    assert "The passages behind: Social Insurance Law" in passages.text
    back = await user.press(passages, "Back")
    assert back.text == article.text
    assert telegram.invalid_requests == []


async def test_buttons_in_the_old_spellings_still_open_their_screens(
    telegram: LocalTelegram, bot: BotApplication
) -> None:
    user = User(telegram, 322)
    menu = await user.send("/start")
    # Paths saved from deep links spelled an article `law:sil:58`.
    article = await user.press_data(menu.message_id, "g:law:sil:58")
    assert "Article 58" in article.text.split("\n")[0]
    spanish = await user.press_data(menu.message_id, "t:es|cmp:health:social")
    assert "Tarjeta de salud" in spanish.text.split("\n")[0]
    assert telegram.invalid_requests == []
