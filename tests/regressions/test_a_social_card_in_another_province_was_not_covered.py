""""Does my social security card work in other provinces?" got "My sources do not cover this"
(read as moving one's insurance), although the Measures' article 4 says the card is for use
throughout the country; the card's "where it is used" now says so, and the question finds it."""

from __future__ import annotations

import pytest

from bot.app import BotApplication
from bot.emulator import LocalTelegram
from tests.harness import User

ASKED = {
    "en": ("does my social security card work in other provinces?",
           "Social security card: Where it is used", "use throughout the country"),
    "es": ("¿mi tarjeta de seguridad social sirve en otra provincia?",
           "Tarjeta de seguridad social: Dónde se usa", "su uso en todo el país"),
}


@pytest.mark.parametrize("language", ["en", "es"])
async def test_using_the_card_in_another_province_is_answered_by_article_4(
    telegram: LocalTelegram, bot: BotApplication, language: str
) -> None:
    question, heading, nationwide = ASKED[language]
    user = User(telegram, 330 if language == "en" else 331, language)
    reply = await user.send(question)
    assert reply.text.startswith(heading)
    lowered = reply.text.lower()
    assert nationwide in reply.text and ("article 4" in lowered or "artículo 4" in lowered)


async def test_moving_ones_insurance_to_another_city_is_still_not_covered(
    telegram: LocalTelegram, bot: BotApplication
) -> None:
    user = User(telegram, 332, "en")
    reply = await user.send("can I transfer my social insurance to another city?")
    assert reply.text.startswith("My sources do not cover this")
