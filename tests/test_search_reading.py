"""Search: the general ways of reading added for issue 15, on phrasings of their own (none of the
measured sets): stems (BM25), electronic forms, a card's name inside a phrase, words cut short,
small talk beside other words, uncovered topics said of a card."""

from __future__ import annotations

import pytest

from bot.app import BotApplication
from bot.emulator import LocalTelegram
from bot.search import GREETING, NOT_COVERED, THANKS, bm25, understand
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
        ("social security card in its digital version", "card:esocial"),
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


@pytest.mark.parametrize(
    ("text", "node"),
    [
        # a relative is who the question is for, not another person's card
        ("my father-in-law has a health card and a social security card, what's the difference",
         "cmp:social:health"),
        ("I want to borrow books at the public library, which card", "task:services"),
        ("is the social security card physical or electronic", "card:social:form"),
        ("is the human resources and social security card a social security card or something "
         "else", "faq:4"),
        ("the article that lets me check my contribution records free of charge", "law:sil-74"),
        ("social security card vs citizen card for the bus", "cmp:social:citizen"),
        ("physical social security card vs the electronic one", "cmp:social:esocial"),
        ("como veo el historial clinico de mi suegra", "task:healthfile"),
        ("la tarjeta ciudadana para q sirve", "card:citizen:function"),
    ],
)
def test_what_is_asked_beside_people_forms_and_articles(text: str, node: str) -> None:
    assert understand(text).node == node


@pytest.mark.parametrize(
    ("text", "gap"),
    [
        ("can my wife use my medical insurance card", "others"),
        ("¿mi esposa puede usar mi tarjeta de seguridad social?", "others"),
        ("can someone else use my card at the pharmacy", "others"),
        ("can I lend my card to my friend for the bus", "lending"),
        ("how do I register my newborn for medical insurance", "babies"),
        ("what's the pension contribution rate", "rates"),
        ("what's the retirement age", "ages"),
    ],
)
def test_people_rates_and_ages_the_sources_leave_out(text: str, gap: str) -> None:
    reply = understand(text)
    assert reply.kind == NOT_COVERED and reply.gap == gap


async def test_another_persons_card_gets_its_own_sentence_in_spanish(
    telegram: LocalTelegram, bot: BotApplication
) -> None:
    user = User(telegram, 422, "es")
    reply = await user.send("¿mi esposo puede usar mi tarjeta de seguro médico?")
    assert "No dicen nada sobre usar la tarjeta de otra persona." in reply.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("vale, gracias", THANKS),  # "vale" is also a voucher's name, but not beside thanks
        ("kindly tell me which card to use at the pharmacy", "task:pharmacy"),  # not "kinds"
        ("how do I get my medical insurance on my phone", "task:getemedical"),
        ("the pension account, how much has built up", "task:contributions"),
    ],
)
def test_polite_words_thanks_and_electronic_forms(text: str, expected: str) -> None:
    reply = understand(text)
    assert (reply.kind if expected == THANKS else reply.node) == expected


@pytest.mark.parametrize(
    ("text", "gap"),
    [
        ("is the subway free for seniors with the citizen card", "ages"),
        ("my social security card is broken, where do I get a new one", "renewal"),
    ],
)
def test_seniors_and_broken_cards_are_not_covered(text: str, gap: str) -> None:
    reply = understand(text)
    assert reply.kind == NOT_COVERED and reply.gap == gap


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("is the social security card accepted in every province", "law:ssc-4"),
        ("¿la tarjeta de seguridad social sirve en todo el país?", "law:ssc-4"),
        ("¿cuánto he pagado al seguro?", "task:contributions"),
        ("¿cuánto paga el seguro de desempleo?", "amounts"),  # what it pays: not covered
    ],
)
def test_nationwide_use_and_what_is_paid(text: str, expected: str) -> None:
    reply = understand(text)
    assert (reply.gap if reply.kind == NOT_COVERED else reply.node) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("can I use my husband's card at the pharmacy", "others"),
        ("puedo usar la tarjeta de mi esposo para comprar medicinas?", "others"),
        ("which card should my mother bring to the hospital", "task:hospital"),
        ("¿la tarjeta ciudadana sirve en Hong Kong?", "abroad"),
        ("how do I check my housing provident fund", "other"),
        ("what types of social insurance are there besides pension", "faq:6"),
        ("the article of the measures about who manages the issuance of the cards", "law:ssc-3"),
    ],
)
def test_whose_card_where_and_what_the_law_says(text: str, expected: str) -> None:
    reply = understand(text)
    assert (reply.gap if reply.kind == NOT_COVERED else reply.node) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my daughter-in-law just started work, how does she get a social security card",
         "task:getsocial"),  # an in-law is a relative, not a child
        ("how do I apply for the card the local government gives residents", "task:getcitizen"),
        ("health rec", "task:healthfile"),  # the health file, not the health card
        ("can my Beijing citizen card be used on the Shanghai metro", "city"),  # two cities
        ("mi hermano se cortó el brazo en el trabajo, ¿qué tarjeta necesita?", "task:injury"),
        ("¿en qué lugares se puede usar la tarjeta de seguridad social?", "card:social:scope"),
        ("she has the plastic social security card, how can she get the one on her phone",
         "task:getesocial"),
    ],
)
def test_relatives_residents_records_and_two_cities(text: str, expected: str) -> None:
    reply = understand(text)
    assert (reply.gap if reply.kind == NOT_COVERED else reply.node) == expected
