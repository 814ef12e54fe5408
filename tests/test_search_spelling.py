"""Search: words misspelt while typing are read as the search's own; real words are left alone
(phrasings of their own, in none of the measured sets)."""

from __future__ import annotations

import pytest

from bot.app import BotApplication
from bot.emulator import LocalTelegram
from bot.search import ANSWER, understand
from bot.search.spelling import WordList, spell
from tests.harness import User


@pytest.mark.parametrize(
    ("text", "node"),
    [
        ("which card for the hopsital", "task:hospital"),
        ("tengo que comprar medicamentos en la farmcia", "task:pharmacy"),
        ("how do I clam my pensoin", "task:pension"),
        ("¿cómo pido el subsidio de desempelo?", "task:unemployment"),
        ("aply for the sosial security card", "task:getsocial"),
    ],
)
def test_a_misspelt_task_word_finds_its_task(text: str, node: str) -> None:
    reply = understand(text)
    assert reply.kind == ANSWER and reply.node == node


@pytest.mark.parametrize(
    "text",
    [
        "something to prove who i am besides my passport",  # no "passwords"
        "¿qué tarjeta presento en la ventanilla?",  # no "presto" (lending)
        "renting a car with the citizen card",  # no "renewing"
    ],
)
def test_a_real_word_is_never_corrected(text: str) -> None:
    assert spell(text) == text


def test_the_words_of_a_correction_keep_the_accents_that_tell_the_language() -> None:
    assert spell("¿qué tarjeta uso en la farmcia?") == "¿qué tarjeta uso en la farmacia?"


async def test_a_misspelt_question_in_a_chat_gets_the_task_screen(
    telegram: LocalTelegram, bot: BotApplication
) -> None:
    user = User(telegram, 430, "es")
    reply = await user.send("¿qué tarjeta llevo al hospitl?")
    assert reply.text.startswith("Ir al médico o pagar en un hospital")


def test_the_dictionary_kept_as_hashes_knows_its_words_only() -> None:
    words = WordList(["passport", "presento", "aportes"])
    assert "passport" in words and "aportes" in words
    assert "hopsital" not in words and "" not in words


@pytest.mark.parametrize(
    ("text", "node"),
    [
        # "medicl" is one letter from "medical" and from Spanish "medica": the message is English
        ("who issues the electronic medicl insurance certificate", "card:emedical:issuer"),
        ("is my money on the medicl insurance card safe", "card:medical:security"),
        # a card's name run into one word, and misspelt as well
        ("who manages the helthcard", "card:health:manager"),
        ("citizencard what is it for", "card:citizen:function"),
        # A phone's autocorrect turns words into other real words, which no speller corrects.
        ("what is the electric medical insurance certificate for?", "card:emedical:function"),
        ("can my kids use the citizens car on the bus?", "task:transport"),
        ("who issues the human resources and social secularity card?", "card:social:issuer"),
        # Words typed without the spaces between them.
        ("WHO ISSUES THE SOCIALSECURITY CARD", "card:social:issuer"),
        ("tarjetasanitaria", "card:health"),
        ("cobrar la pensiondevejez, ¿con qué tarjeta?", "task:pension"),
    ],
)
def test_a_mistyped_card_name_still_names_the_card_asked_about(text: str, node: str) -> None:
    reply = understand(text)
    assert reply.kind == ANSWER and reply.node == node


@pytest.mark.parametrize(
    "text", ["a postcard or a scorecard", "the supermarket is uncomfortable"]
)
def test_a_long_word_that_is_a_word_is_neither_split_nor_corrected(text: str) -> None:
    assert spell(text) == text
