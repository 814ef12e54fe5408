"""Search: the general ways of reading added for issue 15, on phrasings of their own (none of the
measured sets): stems (BM25), electronic forms, a card's name inside a phrase, words cut short,
small talk beside other words, uncovered topics said of a card."""

from __future__ import annotations

import pytest

from bot.app import BotApplication
from bot.emulator import LocalTelegram
from bot.search import GREETING, NOT_COVERED, bm25, understand
from handlers.inline import nodes_for
from tests.harness import User
from tests.test_e2e_inline import ask_inline


def test_a_task_is_read_from_shared_stems_only_when_they_point_clearly() -> None:
    injury = bm25.clear_task(["occupational", "disease", "benefits"], "en")
    assert injury is not None and injury.node == "task:injury"
    assert bm25.clear_task(["vocational", "courses"], "en") is None  # too little of the question
    assert bm25.clear_task(["weather", "tomorrow"], None) is None


@pytest.mark.parametrize(
    ("text", "node"),
    [
        ("how do I get the electronic version of my social security card", "task:getesocial"),
        ("what is the citizen card for", "card:citizen:function"),
        ("sufro una enfermedad laboral desde hace años", "task:injury"),
    ],
)
def test_a_question_reaches_its_screen(text: str, node: str) -> None:
    assert understand(text).node == node


@pytest.mark.parametrize(
    ("text", "gap"),
    [
        ("my medical insurance card was taken from my bag", "lost"),
        ("how many working days does the citizen card take", "time"),
        ("soy estadounidense, ¿puedo tener seguro social?", "foreigners"),
        ("¿cómo renuevo la tarjeta ciudadana?", "renewal"),
    ],
)
def test_a_topic_the_sources_leave_out_is_not_answered(text: str, gap: str) -> None:
    reply = understand(text)
    assert reply.kind == NOT_COVERED and reply.gap == gap


def test_small_talk_beside_words_that_mean_nothing_but_not_a_cards_name() -> None:
    assert understand("hello, anybody there?").kind == GREETING
    assert understand("hola, ¿hay alguien?").kind == GREETING
    assert understand("salud").node == "card:health"  # the stem of "saludos", but a card's word


@pytest.mark.parametrize(
    ("query", "first"),
    [("seg soc card", "card:social"), ("transp pub", "task:transport"), ("reemb gast",
                                                                           "task:reimburse")],
)
def test_words_cut_short_before_the_last_are_read_whole(query: str, first: str) -> None:
    assert nodes_for(query)[0] == first


async def test_inline_words_cut_short_show_the_card_in_the_users_language(
    telegram: LocalTelegram, bot: BotApplication
) -> None:
    User(telegram, 420, "es")
    answer = await ask_inline(telegram, 420, "tarj seg soc")
    assert answer["results"][0]["title"] == "Tarjeta de seguridad social"


async def test_a_digital_version_asked_in_a_chat_opens_the_electronic_cards_profile(
    telegram: LocalTelegram, bot: BotApplication
) -> None:
    user = User(telegram, 421, "en")
    reply = await user.send("tell me about the social security card in its digital version")
    assert reply.text.startswith("Electronic social security card")


async def test_another_persons_card_gets_its_own_sentence_in_spanish(
    telegram: LocalTelegram, bot: BotApplication
) -> None:
    user = User(telegram, 422, "es")
    reply = await user.send("¿mi esposo puede usar mi tarjeta de seguro médico?")
    assert "No dicen nada sobre usar la tarjeta de otra persona." in reply.text
