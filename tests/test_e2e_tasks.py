"""Asking by what you need, through the real bot and the local Telegram, in both languages."""

from __future__ import annotations

import pytest

from bot import knowledge
from bot.app import BotApplication
from bot.emulator import LocalTelegram
from tests.harness import User
from tests.test_e2e_inline import ask_inline

TASK_QUESTIONS = {
    "en": ("which card do I bring to the hospital?", "See a doctor or pay at a hospital",
           "Social security card", "What can I do with it?"),
    "es": ("¿qué tarjeta uso para el metro?", "Tomar el autobús o el metro",
           "Tarjeta ciudadana", "¿Qué trámites permite?"),
}


@pytest.mark.parametrize("language", ["en", "es"])
async def test_a_task_question_leads_to_the_task_then_to_the_cards_profile(
    telegram: LocalTelegram, bot: BotApplication, language: str
) -> None:
    question, heading, card, does = TASK_QUESTIONS[language]
    user = User(telegram, 300 if language == "en" else 301, language)
    task = await user.send(question)
    assert heading in task.text and card in task.text
    profile = await user.press(task, card)
    assert profile.text.startswith(card)
    tasks = await user.press(profile, does)
    assert heading in user.labels(tasks)
    back = await user.press(tasks, heading)
    assert heading in back.text


async def test_the_guide_from_home_and_by_deep_link(
    telegram: LocalTelegram, bot: BotApplication
) -> None:
    user = User(telegram, 302, "en")
    home = await user.send("/start")
    guide = await user.press(home, "What do you need to do?")
    money = await user.press(guide, "Money")
    pension = await user.press(money, "Draw a pension")
    assert "Social security card" in pension.text and "Not this one" in pension.text
    linked = await user.send("/start task-transport")
    assert "Citizen card" in linked.text
    rest = await user.press(linked, "More")
    assert rest.text.startswith("Take the bus or the subway\n")
    assert "It depends on the city" in rest.text
    legal = await user.send("/start card-social-legal")
    assert "Social Insurance Law" in legal.text


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "hi", "Hello!"),
        ("en", "thanks", "You're welcome!"),
        ("es", "hola", "¡Hola!"),
        ("es", "gracias", "¡De nada!"),
    ],
)
async def test_small_talk_gets_a_friendly_word_and_the_menu(
    telegram: LocalTelegram, bot: BotApplication, language: str, text: str, expected: str
) -> None:
    user = User(telegram, 303 if language == "en" else 304, language)
    reply = await user.send(text)
    assert reply.text.startswith(expected)
    assert len(user.labels(reply)) >= 6  # the main menu


@pytest.mark.parametrize(
    ("language", "text", "gap", "closest"),
    [
        ("en", "I lost my social security card, what should I do?", "lost or stolen cards",
         "Social security card"),
        ("en", "how can a foreigner get a social security card", "foreigners",
         "Get a social security card"),
        ("es", "Perdí mi tarjeta de seguridad social, ¿qué hago?", "perdidas o robadas",
         "Tarjeta de seguridad social"),
    ],
)
async def test_what_the_sources_do_not_cover_gets_an_honest_reply(
    telegram: LocalTelegram, bot: BotApplication, language: str, text: str, gap: str,
    closest: str,
) -> None:
    user = User(telegram, 305 if language == "en" else 306, language)
    reply = await user.send(text)
    honest = ("My sources do not cover this", "Mis fuentes no tratan esto")
    assert reply.text.split(".")[0] in honest
    assert gap in reply.text
    assert any(closest in label for label in user.labels(reply))
    opened = await user.press(reply, closest)
    assert closest in opened.text


async def test_a_weak_match_asks_did_you_mean(
    telegram: LocalTelegram, bot: BotApplication
) -> None:
    user = User(telegram, 307, "en")
    reply = await user.send("tell me about the insurance one")
    assert "Did you mean" in reply.text
    assert any("➡️" in label for label in user.labels(reply))


async def test_inline_words_and_prefixes_find_results_and_gaps_an_honest_one(
    telegram: LocalTelegram, bot: BotApplication
) -> None:
    User(telegram, 308, "en")
    User(telegram, 309, "es")
    cards = await ask_inline(telegram, 308, "card")
    assert [r["id"] for r in cards["results"]] == [f"card:{c}" for c in knowledge.CARDS]
    for query in ("hospital", "pharmacy", "subway", "hea", "med", "soc", "subw", "pens"):
        answer = await ask_inline(telegram, 308, query)
        assert answer["results"], query
    spanish = await ask_inline(telegram, 309, "tarjeta sani")
    # "tarjeta sanitaria" is Spain's health coverage card, so the health card is now called
    # "tarjeta de salud"; the old name stays an alias, and people who type it still find it.
    assert spanish["results"][0]["title"] == "Tarjeta de salud"
    lost = await ask_inline(telegram, 308, "lost my card")
    assert lost["results"][0]["title"] == "Not covered by my sources"
    text = lost["results"][0]["input_message_content"]["message_text"]
    assert "lost or stolen cards" in text
    assert telegram.invalid_requests == []
