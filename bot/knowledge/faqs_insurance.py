"""What the seeds teach besides (FAQs 6-10): the insurance, the card's uses and types, the
employer's duty, the social security number (see faqs.py)."""

from __future__ import annotations

from bot.i18n import N_
from bot.knowledge.model import Fact, Faq, Quote
from bot.knowledge.social_card_rules import (
    EMPLOYER_APPLIES,
    RECORDS_BASIC,
    RECORDS_INSURANCE,
    TWO_TYPES,
)
from bot.knowledge.social_card_uses import BASIC_FUNCTIONS, QUERIES, USES

INSURANCE_KINDS = Faq(
    id="insurance-kinds",
    question=N_("What kinds of social insurance are there?"),
    answer=None,
    verdict=N_(
        "The law names basic pension, basic medical, work-related injury, unemployment and "
        "maternity insurance, and \"other social insurance\"."
    ),
    reasons=(
        Fact(
            N_(
                "The State establishes a social insurance system for basic pension insurance, "
                "basic medical insurance, work-related injury insurance, unemployment "
                "insurance, maternity insurance and other social insurance. A source adds that "
                "an employer should generally enrol its employees in the first five."
            ),
            ("s2",),
            ("sil-2",),
            quotes=(
                Quote(
                    "s2",
                    "Article 2 The State establishes a social insurance system for basic "
                    "pension insurance, basic medical insurance, industrial injury insurance, "
                    "unemployment insurance, maternity insurance and other social insurance",
                ),
                Quote(
                    "s2",
                    "the general unit should be for the employees to participate in the basic "
                    "pension insurance, basic medical insurance, industrial injury insurance, "
                    "unemployment insurance, maternity insurance.",
                ),
            ),
        ),
        Fact(
            N_(
                "The law guarantees citizens material assistance from the State and society in "
                "old age, sickness, work-related injury, unemployment and maternity."
            ),
            ("s2", "s4"),
            ("sil-2",),
            quotes=(
                Quote(
                    "s2",
                    "guarantees the right of citizens to receive material assistance from the "
                    "State and society in accordance with the law in the event of old age, "
                    "sickness, industrial injury, unemployment and maternity.",
                ),
                Quote.foreign(
                    "s4",
                    "garantizan el derecho de los ciudadanos a obtener asistencia material del "
                    "Estado y de la sociedad de conformidad con la ley cuando son ancianos, "
                    "están enfermos, sufren una lesión en el trabajo, están desempleados o "
                    "tener hijos.",
                    N_(
                        "guarantee the right of citizens to obtain material assistance from the "
                        "State and society in accordance with the law when they are old, are "
                        "sick, suffer an injury at work, are unemployed or have children."
                    ),
                ),
            ),
        ),
        Fact(
            N_(
                "The source, an undated article, says that some provinces and cities are "
                "trying out basic old-age insurance and basic medical insurance for farmers "
                "(residents), local old-age insurance, and supplementary old-age insurance for "
                "enterprises."
            ),
            ("s1",),
            quotes=(
                Quote(
                    "s1",
                    "Some provinces and cities are trying out: basic old-age insurance for "
                    "farmers (residents), basic medical insurance for farmers (residents), local "
                    "old-age insurance and supplementary old-age insurance for enterprises.",
                ),
            ),
        ),
        Fact(
            N_(
                "The system adheres to the principles of broad coverage, basic protection, "
                "multiple levels and sustainability, and its level must be consistent with the "
                "level of economic and social development."
            ),
            ("s4",),
            ("sil-3",),
            quotes=(
                Quote.foreign(
                    "s4",
                    "El sistema de seguro social se adhiere a los principios de amplia "
                    "cobertura, protección básica, multinivel y sostenibilidad. El nivel de "
                    "seguro social debe ser coherente con el nivel de economía. y desarrollo "
                    "social.",
                    N_(
                        "The social insurance system adheres to the principles of broad "
                        "coverage, basic protection, multiple levels and sustainability. The "
                        "level of social insurance must be consistent with the level of "
                        "economy. and social development."
                    ),
                ),
            ),
        ),
    ),
    articles=("sil-2", "sil-3"),
)

CARD_USES = Faq(
    id="card-uses",
    question=N_("What does the social security card record, and what can I do with it?"),
    short=N_("What the social security card records"),
    answer=None,
    verdict=N_(
        "It records your basic details and your social insurance information, and you use it "
        "to see a doctor, handle social security affairs and check your records."
    ),
    reasons=(RECORDS_BASIC, RECORDS_INSURANCE, BASIC_FUNCTIONS, USES, QUERIES),
    articles=("ssc-2", "sil-74"),
    cards=("social",),
)

CARD_TYPES = Faq(
    id="card-types",
    question=N_("What types of social security card are there?"),
    short=N_("Types of social security card"),
    answer=None,
    verdict=N_("Two: the personal card and the employer card."),
    reasons=(TWO_TYPES,),
    cards=("social",),
)

EMPLOYER_DUTY = Faq(
    id="employer-duty",
    question=N_("When must my employer register me for social insurance?"),
    short=N_("When must my employer register me?"),
    answer=None,
    verdict=N_("Within 30 days from the date you are hired."),
    reasons=(
        Fact(
            N_(
                "The employer must apply to the social insurance agency for your social "
                "insurance registration within 30 days from the date of employment. If it "
                "has not registered you, the agency verifies the premiums it should pay."
            ),
            ("s0", "s1"),
            ("sil-58",),
            quotes=(
                Quote(
                    "s0",
                    "The employing unit shall, within 30 days from the date of employment, "
                    "apply to the social insurance agency for social insurance registration for "
                    "its employees. If the social insurance has not been registered, the social "
                    "insurance agency shall verify the social insurance premium it should pay.",
                ),
                Quote(
                    "s1",
                    "The employing unit shall, within 30 days from the date of employment, "
                    "apply to the social insurance agency for social insurance registration for "
                    "its employees.",
                ),
            ),
        ),
        EMPLOYER_APPLIES,
        Fact(
            N_(
                "Individual businesses without employees that choose to join social "
                "insurance, part-time workers not covered by their employer, and other "
                "flexibly employed people apply to the social insurance agency for "
                "registration themselves."
            ),
            ("s1",),
            ("sil-58",),
            quotes=(
                Quote(
                    "s1",
                    "Employees-free individual industrial and commercial households who "
                    "voluntarily participate in social insurance, part-time employees who do "
                    "not participate in social insurance in the employing unit and other "
                    "flexible employees shall apply to the social insurance agency for social "
                    "insurance registration.",
                ),
            ),
        ),
    ),
    articles=("sil-58",),
    cards=("social",),
)

SOCIAL_SECURITY_NUMBER = Faq(
    id="ss-number",
    question=N_("What is my social security number?"),
    answer=None,
    verdict=N_("Your citizen identity number."),
    reasons=(
        Fact(
            N_(
                "The State has set up a nationally unified personal social security number, "
                "and that number is the citizen's identity number."
            ),
            ("s1",),
            ("sil-58",),
            quotes=(
                Quote(
                    "s1",
                    "The state establishes a national unified personal social security number. "
                    "Personal social security number is a citizen's identity number.",
                ),
            ),
        ),
    ),
    articles=("sil-58",),
    cards=("social",),
)
