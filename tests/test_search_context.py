"""Search: what a message asks, read in the context its other words give (phrasings of their own,
none from the phrasing sets)."""

from __future__ import annotations

import pytest

from bot.search import GREETING, NOT_COVERED, THANKS, understand


@pytest.mark.parametrize(
    ("text", "node"),
    [
        # A story, then the question: the question decides.
        ("I lost my job last month and money is tight. Which card do I use to buy medicine?",
         "task:pharmacy"),
        ("mi hija está enferma. ¿Dónde se puede usar la tarjeta de salud?", "card:health:scope"),
        # Three tasks of one topic are the topic; paid into them, the contributions.
        ("doctor, medicines and refunds: which card for each?", "tasks:care"),
        ("pension, unemployment pay and injury benefits, which card?", "tasks:money"),
        ("el autobús, la biblioteca e identificarme, ¿qué tarjeta uso?", "tasks:life"),
        ("the money side: which cards?", "tasks:money"),
        ("my payment record for pension, unemployment and injury insurance", "task:contributions"),
        ("how do I get each of the cards?", "tasks:getcard"),
        # Greetings never make a gap.
        ("Buenas tardes, ¿qué tarjeta uso para el metro?", "task:transport"),
        # Shorthand, numbers in words, described and translated names.
        ("q tarj p/ hosp", "task:hospital"),
        ("article three of the social insurance law", "law:sil-3"),
        ("qué dice el artículo setenta y cuatro", "law:sil-74"),
        ("the card the clinic gave me, what is it for?", "card:health:function"),
        ("tarjeta con chip, ¿quién la emite?", "card:social:issuer"),
        ("medical guarantee card", "card:medical"),
        ("código de seguro médico", "card:emedical"),
        ("tarjeta del pueblo", "card:citizen"),
        ("a tarjeta de seguridade social e o certificado eletrônico, qual a diferença?",
         "cmp:social:emedical"),
        ("gospital", "task:hospital"),
        # What stands beside a point or a task.
        ("how safe is the social security card if a thief takes it?", "card:social:security"),
        ("I just arrived from Peru, which card do I use on the subway?", "task:transport"),
        ("can the social security card get me reimbursed after a hospital stay?",
         "task:reimburse"),
        ("what does the social security card record and what can I use it for", "faq:7"),
        ("what can I really use the citizen card for", "card:citizen:function"),
        ("is the electronic social security card a real card or just on the phone?",
         "card:esocial:form"),
        # A letter's salutation and closing; where the asker comes from; a phone that is no card.
        ("Dear Sir or Madam, which card do I use at the pharmacy? Kind regards, Ana",
         "task:pharmacy"),
        ("which article says who manages the social security card?", "law:ssc-3"),
        ("who issues the citizen card? back home it is the city hall", "card:citizen:issuer"),
        ("everything about doctors, medicines and refunds, which card for which? I'm lost",
         "tasks:care"),
        ("is the social security card safe? I worry about phone scams", "card:social:security"),
        ("what exactly is this health card the nurses keep asking about", "card:health"),
        ("Mi hija me instaló una app. ¿Qué tarjeta sirve para la farmacia?", "task:pharmacy"),
        ("quisiera saber qué tarjeta uso para la farmacia", "task:pharmacy"),
        ("el subway", "task:transport"),
        ("the old age money thing, which card", "task:pension"),
        ("pension, unemployment, that kind of thing: which card?", "tasks:money"),
        ("I ended up in A&E last night, which card do they want at the desk?", "task:hospital"),
        ("my dad got a human resources and social security card, is that a social security card "
         "or something else?", "faq:4"),
        ("who issues the social security card, the human resources and social security bureau?",
         "card:social:issuer"),
    ],
)  # fmt: skip
def test_a_question_reaches_its_screen_whatever_stands_beside_it(text: str, node: str) -> None:
    assert understand(text).node == node


@pytest.mark.parametrize(
    ("text", "gap"),
    [
        ("I lost my card. What should I do?", "lost"),  # the story is the topic here
        ("I'm a foreigner on a student visa. Can I get a citizen card?", "foreigners"),
        ("Hi, I lost my card", "lost"),
        ("will my employer be fined if it registers me late?", "other"),
        ("is my dentist covered? I paid the hospital myself", "treatments"),
        ("can I use my citizen card in Japan?", "abroad"),
        ("my company stopped paying. can they fire me for asking?", "other"),
        ("what does article 86 of the social insurance law say?", "other"),  # no such article
    ],
)
def test_what_the_sources_leave_out_stays_not_covered(text: str, gap: str) -> None:
    reply = understand(text)
    assert (reply.kind, reply.gap) == (NOT_COVERED, gap)


def test_hello_or_thanks_with_a_story_is_small_talk() -> None:
    assert understand("Good afternoon, I'm a teacher at a school in Chengdu").kind == GREETING
    assert understand("Buenos días, soy de recursos humanos de una empresa").kind == GREETING
    assert understand("Thanks so much. I finally understand.").kind == THANKS
    assert understand("Muchas gracias de antemano").kind == THANKS
    assert understand("Estimados señores: reciban un cordial saludo. Atentamente, Marta").kind == (
        GREETING
    )


def test_news_of_a_task_after_hello_or_thanks_is_small_talk_but_a_need_is_not() -> None:
    assert understand("thanks!! heading to the pharmacy now").kind == THANKS
    assert understand("hola, acabo de salir del hospital").kind == GREETING
    assert understand("hi, I need to go to the hospital, which card?").node == "task:hospital"


def test_punctuation_alone_is_no_letter_and_no_greeting() -> None:
    assert understand(",,,").kind == NOT_COVERED
    assert understand(":").kind == NOT_COVERED
