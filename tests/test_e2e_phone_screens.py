"""Phone-sized menus: short question buttons, plain law names, no button that leads to silence,
and sources that open the questions they answer."""

from __future__ import annotations

import re

import pytest

from bot import callbacks, knowledge
from bot.app import BotApplication
from bot.emulator import LocalTelegram
from tests.harness import User

# A phone shows about 40 characters of a button; Spanish names of the cards are longer.
MAX_QUESTION_LABEL = {"en": 45, "es": 52}
ABBREVIATIONS = re.compile(r"\b(SIL|LSS|SSC|TSS)\b")
SILENCE = "The sources say nothing about this."


@pytest.mark.parametrize("language", ["en", "es"])
async def test_question_buttons_are_short_and_open_the_whole_question(
    telegram: LocalTelegram, bot: BotApplication, language: str
) -> None:
    user = User(telegram, 500 if language == "en" else 501, language)
    home = await user.send("/start")
    listed = await user.press_data(home.message_id, callbacks.go("faq"))
    labels = [label for label in user.labels(listed) if "⬅️" not in label and "🏠" not in label]
    assert len(labels) == len(knowledge.FAQS)
    assert all(len(label) <= MAX_QUESTION_LABEL[language] for label in labels), labels
    question = await user.press(listed, labels[1])
    heading = question.text.split("\n", 1)[0]
    assert len(heading) > len(labels[1]) and heading.endswith("?")


@pytest.mark.parametrize("language", ["en", "es"])
async def test_law_buttons_name_their_law_without_abbreviations(
    telegram: LocalTelegram, bot: BotApplication, language: str
) -> None:
    user = User(telegram, 502 if language == "en" else 503, language)
    laws = await user.send("/start law")
    labels = user.labels(laws)[:-2]
    assert len(labels) == len(knowledge.LAWS)
    assert not [label for label in labels if ABBREVIATIONS.search(label)]
    assert labels[0] == ("Social Insurance Law, art. 2" if language == "en"
                         else "Ley de Seguro Social, art. 2")
    faq = await user.send("/start faq-1")
    law = await user.press(faq, "art. 58")
    assert "within 30 days" in law.text or "en un plazo de 30 días" in law.text


async def test_no_point_button_of_a_comparison_leads_to_silence(
    telegram: LocalTelegram, bot: BotApplication
) -> None:
    user = User(telegram, 504, "en")
    summary = await user.send("/start cmp-health-social")
    assert "Only about Social security card: who issues it" in (
        await user.press(summary, "More")).text
    cards = list(knowledge.CARDS)
    for a in cards:
        for b in cards:
            if a == b:
                continue
            summary = await user.send(f"/start cmp-{a}-{b}")
            points = [d for row in telegram.buttons(summary) for _, d in row
                      if d.startswith(f"g:cmp:{a}:{b}:")]
            for data in points:
                shown = await user.press_data(summary.message_id, data)
                assert SILENCE not in shown.text, data
                summary = await user.press(shown, "All points")


async def test_a_source_screen_opens_the_question_its_source_answers(
    telegram: LocalTelegram, bot: BotApplication
) -> None:
    user = User(telegram, 505, "en")
    card = await user.send("/start card-health")
    source = await user.press(card, "📖 Source")
    assert source.text.startswith("📖 The passages behind: Health card\n")
    question = await user.press(source, "❓ Health card or social security card?")
    assert question.text.startswith("Is the health card a social security card?\n")
