"""The law articles the seeds quote, cleaned of their garbling but not otherwise changed."""

from __future__ import annotations

from collections.abc import Mapping

from bot.i18n import N_
from bot.knowledge.model import LawArticle, frozen_map

SOCIAL_INSURANCE_LAW = N_("Social Insurance Law of the People's Republic of China")
CARD_MEASURES = N_(
    "Administrative Measures of the People's Republic of China on Social Security Cards"
)

_SIL = (
    LawArticle(
        "sil-2",
        SOCIAL_INSURANCE_LAW,
        2,
        N_(
            "The State establishes a social insurance system of basic pension insurance, "
            "basic medical insurance, industrial injury insurance, unemployment insurance, "
            "maternity insurance and other social insurance, and guarantees the right of "
            "citizens to receive material assistance from the State and society, in "
            "accordance with the law, in old age, sickness, industrial injury, "
            "unemployment and maternity."
        ),
        ("s2", "s4"),
    ),
    LawArticle(
        "sil-3",
        SOCIAL_INSURANCE_LAW,
        3,
        N_(
            "The social insurance system follows the principles of broad coverage, basic "
            "protection, multiple levels and sustainability. The level of social insurance "
            "shall be in line with the level of economic and social development."
        ),
        ("s4",),
    ),
    LawArticle(
        "sil-58",
        SOCIAL_INSURANCE_LAW,
        58,
        N_(
            "The employer shall, within 30 days from the date of employment, apply to the "
            "social insurance agency for social insurance registration for its employees. "
            "If the employer has not registered, the social insurance agency shall assess "
            "the social insurance premiums it should pay.\n\n"
            "Individual industrial and commercial households without employees that "
            "voluntarily take part in social insurance, part-time workers who are not "
            "covered by social insurance at their employer, and other flexibly employed "
            "persons shall apply to the social insurance agency for social insurance "
            "registration.\n\n"
            "The State establishes a nationally unified personal social security number. "
            "The personal social security number is the citizen's identity number."
        ),
        ("s0", "s1"),
    ),
    LawArticle(
        "sil-74",
        SOCIAL_INSURANCE_LAW,
        74,
        N_(
            "The social insurance agencies shall obtain the data needed for social insurance "
            "work through their business operations, statistics and surveys, and the units "
            "and individuals concerned shall provide it in a timely and truthful manner.\n\n"
            "The social insurance agencies shall set up files for employers in a timely "
            "manner, keep complete and accurate records of social insurance data such as the "
            "number of insured persons and the contributions paid, and properly keep the "
            "original vouchers of registration and declaration and the accounting vouchers "
            "of payment and settlement.\n\n"
            "The social insurance agencies shall record, in a timely, complete and accurate "
            "manner, the contributions paid by insured individuals and by employers on their "
            "behalf, and their individual rights and interests such as the social insurance "
            "benefits they receive, and shall regularly send each individual a statement of "
            "these rights and interests free of charge.\n\n"
            "Employers and individuals may inquire about and check their contribution "
            "records and social insurance entitlements with the social insurance agencies "
            "free of charge, and ask them for social insurance advice and other related "
            "services."
        ),
        ("s0", "s2"),
    ),
    LawArticle(
        "sil-75",
        SOCIAL_INSURANCE_LAW,
        75,
        N_(
            "The national social insurance information system shall be built according to "
            "the unified planning of the State, jointly by the people's governments at or "
            "above the county level, following the principle of responsibility at each level."
        ),
        ("s2",),
    ),
)

_MEASURES = (
    LawArticle(
        "ssc-1",
        CARD_MEASURES,
        1,
        N_(
            "These Measures are formulated to standardize the issuance, use and management "
            "of the social security cards of the People's Republic of China (hereinafter "
            "\"social security cards\"), to safeguard the legitimate rights and interests of "
            "cardholders, and to improve the service level of human resources and social "
            "security management."
        ),
        ("s3",),
    ),
    LawArticle(
        "ssc-2",
        CARD_MEASURES,
        2,
        N_(
            "In these Measures, \"social security card\" means an integrated circuit card "
            "issued to the public and mainly used for government social management and "
            "public services in the fields of human resources and social security.\n\n"
            "The social security card is an electronic credential with which cardholders "
            "enjoy their social security rights and interests and public employment "
            "services. Its basic functions are recording information, querying information "
            "and handling business."
        ),
        ("s3",),
    ),
    LawArticle(
        "ssc-3",
        CARD_MEASURES,
        3,
        N_(
            "The Ministry of Human Resources and Social Security is responsible for managing "
            "the issuance and use of social security cards nationwide. Provincial and "
            "municipal human resources and social security departments are responsible for "
            "managing the issuance and use of social security cards in their regions, and "
            "their subordinate comprehensive information management institutions carry out "
            "the work of card issuance and technical management."
        ),
        ("s3",),
    ),
    LawArticle(
        "ssc-4",
        CARD_MEASURES,
        4,
        N_(
            "Social security cards shall be built on the principle of \"one card for "
            "multiple purposes, usable everywhere\". Social security cards issued in every "
            "locality must meet the requirements of safety, integrity and public welfare, "
            "adopt unified national standards and norms, and be usable throughout the "
            "country."
        ),
        ("s3",),
    ),
)

LAWS: Mapping[str, LawArticle] = frozen_map(
    {article.id: article for article in (*_SIL, *_MEASURES)}
)
