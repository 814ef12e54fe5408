"""The articles of the Social Insurance Law the seeds quote (see laws.py)."""

from __future__ import annotations

from bot.i18n import N_
from bot.knowledge.model import LawArticle, Quote

SOCIAL_INSURANCE_LAW = N_("Social Insurance Law of the People's Republic of China")

ARTICLES = (
    LawArticle(
        "sil-2",
        SOCIAL_INSURANCE_LAW,
        2,
        N_(
            "The State establishes a social insurance system for basic pension insurance, "
            "basic medical insurance, industrial injury insurance, unemployment insurance, "
            "maternity insurance and other social insurance, and guarantees the right of "
            "citizens to receive material assistance from the State and society in accordance "
            "with the law in the event of old age, sickness, industrial injury, unemployment "
            "and maternity."
        ),
        ("s2", "s4"),
        quotes=(
            Quote(
                "s2",
                "Article 2 The State establishes a social insurance system for basic pension "
                "insurance, basic medical insurance, industrial injury insurance, unemployment "
                "insurance, maternity insurance and other social insurance, and guarantees the "
                "right of citizens to receive material assistance from the State and society in "
                "accordance with the law in the event of old age, sickness, industrial injury, "
                "unemployment and maternity.",
            ),
            Quote.foreign(
                "s4",
                "El estado establece un seguro de pensión básico, seguro médico básico seguro y "
                "seguro contra accidentes laborales Los sistemas de seguro social, como el "
                "seguro de desempleo y el seguro de maternidad, garantizan el derecho de los "
                "ciudadanos a obtener asistencia material del Estado y de la sociedad de "
                "conformidad con la ley cuando son ancianos, están enfermos, sufren una lesión "
                "en el trabajo, están desempleados o tener hijos.",
                N_(
                    "The State establishes a basic pension insurance, basic medical insurance "
                    "insurance and insurance against work accidents The social insurance "
                    "systems, such as unemployment insurance and maternity insurance, guarantee "
                    "the right of citizens to obtain material assistance from the State and "
                    "society in accordance with the law when they are old, are sick, suffer an "
                    "injury at work, are unemployed or have children."
                ),
            ),
        ),
    ),
    LawArticle(
        "sil-3",
        SOCIAL_INSURANCE_LAW,
        # The seed heads it "Artículo" with no number; 3 only lets people who type "article 3"
        # find it. The screens show it as unnumbered.
        3,
        N_(
            "The social insurance system adheres to the principles of broad coverage, basic "
            "protection, multiple levels and sustainability. The level of social insurance "
            "must be consistent with the level of economic and social development."
        ),
        ("s4",),
        quotes=(
            Quote.foreign(
                "s4",
                "El sistema de seguro social se adhiere a los principios de amplia cobertura, "
                "protección básica, multinivel y sostenibilidad. El nivel de seguro social "
                "debe ser coherente con el nivel de economía. y desarrollo social.",
                N_(
                    "The social insurance system adheres to the principles of broad coverage, "
                    "basic protection, multiple levels and sustainability. The level of social "
                    "insurance must be consistent with the level of economy. and social "
                    "development."
                ),
            ),
        ),
        repair=N_(
            "The source gives this article without a number, and breaks its last sentence "
            "with a stray full stop (\"the level of economy. and social development\"), which "
            "the bot leaves out."
        ),
        numbered=False,
    ),
    LawArticle(
        "sil-58",
        SOCIAL_INSURANCE_LAW,
        58,
        N_(
            "The employing unit shall, within 30 days from the date of employment, apply to the "
            "social insurance agency for social insurance registration for its employees. "
            "If the social insurance has not been registered, the social insurance agency shall "
            "verify the social insurance premium it should pay.\n\n"
            "Individual industrial and commercial households without employees that "
            "voluntarily participate in social insurance, part-time employees who do not "
            "participate in social insurance in the employing unit and other flexible employees "
            "shall apply to the social insurance agency for social insurance registration.\n\n"
            "The State establishes a national unified personal social security number. "
            "The personal social security number is the citizen's identity number."
        ),
        ("s0", "s1"),
        quotes=(
            Quote(
                "s1",
                "The employing unit shall, within 30 days from the date of employment, apply to "
                "the social insurance agency for social insurance registration for its "
                "employees. If the social insurance has not been registered, the social "
                "insurance agency shall verify the social insurance premium it should pay. "
                "Employees-free individual industrial and commercial households who voluntarily "
                "participate in social insurance, part-time employees who do not participate in "
                "social insurance in the employing unit and other flexible employees shall "
                "apply to the social insurance agency for social insurance registration. The "
                "state establishes a national unified personal social security number. Personal "
                "social security number is a citizen's identity number.",
            ),
            Quote(
                "s0",
                "The employing unit shall, within 30 days from the date of employment, apply to "
                "the social insurance agency for social insurance registration for its "
                "employees. If the social insurance has not been registered, the social "
                "insurance agency shall verify the social insurance premium it should pay.",
            ),
        ),
    ),
    LawArticle(
        "sil-74",
        SOCIAL_INSURANCE_LAW,
        74,
        N_(
            "The data necessary for the work of social insurance shall be obtained by the social "
            "insurance agencies through their business operations, statistics and surveys, and "
            "shall be provided by the units and individuals concerned in a timely and truthful "
            "manner.\n\n"
            "Social insurance agencies shall establish files for employers in a timely manner, "
            "keep complete and accurate records of social insurance data such as the number of "
            "persons participating in social insurance and the amount of contributions paid, "
            "and properly keep the original vouchers for registration and declaration, as well "
            "as the accounting vouchers for payment and settlement.\n\n"
            "Social insurance agencies shall record in a timely, complete and accurate manner "
            "the contributions made by individuals participating in social insurance and by "
            "employers on their behalf, as well as records of their individual rights and "
            "interests, such as the enjoyment of social insurance benefits, and shall regularly "
            "send the record sheets of individual rights and interests to the individuals free "
            "of charge.\n\n"
            "Employing units and individuals may inquire and check their records of "
            "contributions and social insurance entitlements with the social insurance "
            "administration organizations free of charge, and request the social insurance "
            "administration organizations to provide social insurance consulting and other "
            "related services."
        ),
        ("s0", "s2"),
        quotes=(
            Quote(
                "s2",
                "Article 74 The data necessary for the work of social insurance shall be "
                "obtained by the social insurance agencies through their business operations, "
                "statistics and surveys, and shall be provided by the units and individuals "
                "concerned in a timely and truthful manner. Social insurance agencies shall "
                "establish files for employers in a timely manner, keep complete and accurate "
                "records of social insurance data such as the number of persons participating "
                "in social insurance and the amount of contributions paid, and properly keep "
                "the original vouchers for registration and declaration, as well as the "
                "accounting vouchers for payment and settlement. Social insurance agencies shall "
                "record in a timely, complete and accurate manner the contributions made by "
                "individuals participating in social insurance and by employers on their "
                "behalf, as well as records of their individual rights and interests, such as "
                "the enjoyment of social insurance benefits, and shall regularly send the "
                "record sheets of individual rights and interests to the individuals free of "
                "charge. Employing units and individuals may inquire and check their records of "
                "contributions and social insurance entitlements with the social insurance "
                "administration organizations free of charge, and request the social insurance "
                "administration organizations to provide social insurance consulting and other "
                "related services.",
            ),
            Quote(
                "s0",
                "The social insurance agency shall obtain the data needed for social insurance "
                "work through business handling, statistics and investigation, and the relevant "
                "units and individuals shall provide it in a timely and truthful manner.",
            ),
        ),
    ),
    LawArticle(
        "sil-75",
        SOCIAL_INSURANCE_LAW,
        75,
        N_(
            "The national social insurance information system shall be constructed in "
            "accordance with the unified planning of the State and by the people's governments "
            "at or above the county level in accordance with the principle of hierarchical "
            "responsibility […]."
        ),
        ("s2",),
        quotes=(
            Quote(
                "s2",
                "Article 75 The national social insurance information system shall be "
                "constructed in accordance with the unified planning of the State and by the "
                "people's governments at or above the county level in accordance with the "
                "principle of hierarchical responsibility",
            ),
        ),
        repair=N_(
            "The source's text is garbled after \"hierarchical responsibility\": asterisks, "
            "then \"with the construction\". The bot marks the garbled words with […] and does "
            "not guess them."
        ),
    ),
)
