"""The social security card (also called the human resources and social security card).

The facts are module constants so that the FAQs can quote the very same statements; those about
its uses and those about its holders, records, security and laws live in social_card_uses.py and
social_card_rules.py.
"""

from __future__ import annotations

from bot.i18n import N_
from bot.knowledge.model import Card, Fact, Quote, frozen_map
from bot.knowledge.social_card_rules import (
    EMPLOYER_APPLIES,
    GET_BY_JOINING,
    KEY_MANAGEMENT,
    LEGAL_MEASURES,
    LEGAL_SIL,
    PHYSICAL,
    RECORDS_BASIC,
    RECORDS_INSURANCE,
    SAFETY_REQUIREMENTS,
    TWO_TYPES,
)
from bot.knowledge.social_card_uses import (
    BASIC_FUNCTIONS,
    IDENTIFICATION,
    MORE_THAN_MEDICAL,
    NATIONWIDE,
    PROTECTS_RIGHTS,
    QUERIES,
    SCOPE_MEDICAL,
    SCOPE_WIDE,
    USES,
)

OFFICIAL_NAME = Fact(
    N_(
        "Its official name is \"Social Security Card of the People's Republic of China\". "
        "The human resources and social security card is the same card under another name."
    ),
    ("s3",),
    quotes=(
        Quote(
            "s3",
            "Are human resources and social security cards social security cards? Legal "
            "Analysis: Social Security Card, which is called \"Social Security Card of the "
            "People's Republic of China\"",
        ),
    ),
)
IC_CARD = Fact(
    N_(
        "It is an integrated circuit (IC) card designed by the Ministry of Human Resources "
        "and Social Security and applied to various business fields of human resources and "
        "social security. It has the characteristics of \"one card for multiple purposes\" "
        "and \"universal\"."
    ),
    ("s3",),
    ("ssc-2", "ssc-4"),
    quotes=(
        Quote(
            "s3",
            "an integrated circuit card (ic card) designed by Ministry of Human Resources and "
            "Social Security, distributed to the society by local human resources and social "
            "security departments, and applied to various business fields of human resources "
            "and social security. It has the characteristics of \"one card for multiple "
            "purposes\" and \"universal\".",
        ),
    ),
)
PROOF_OF_INSURANCE = Fact(
    N_(
        "It is a voucher of participation in social insurance: it mainly proves that the "
        "cardholder takes part in social insurance."
    ),
    ("s2",),
    quotes=(
        Quote("s2", "The social security card is a voucher for participation in insurance"),
        Quote(
            "s2",
            "the social security card is mainly to prove that the cardholder participated in "
            "social insurance.",
        ),
    ),
)
ELECTRONIC_CREDENTIAL = Fact(
    N_(
        "It is the electronic credential with which cardholders enjoy their social security "
        "rights and public employment services, and the electronic voucher of workers in the "
        "field of labor security."
    ),
    ("s2", "s3"),
    ("ssc-2",),
    quotes=(
        Quote(
            "s3",
            "Social security card is a electronic certificate for cardholders to enjoy the "
            "rights and interests of social security and public employment services.",
        ),
        Quote(
            "s2",
            "The social security card is an electronic voucher for workers in the field of "
            "labor security.",
        ),
    ),
)
ISSUED_BY_HRSS = Fact(
    N_(
        "It is issued by the human resources and social security departments: the local "
        "departments issue it to the public, to the people who take part in social insurance."
    ),
    ("s0", "s1", "s2", "s3"),
    ("ssc-3",),
    quotes=(
        Quote(
            "s0",
            "Social security cards are issued by the national human resources and social "
            "security departments",
        ),
        Quote(
            "s1",
            "the social security card is issued to the society by the local human resources "
            "and social security department",
        ),
        Quote(
            "s2",
            "The social security card is a card issued by the social security department to "
            "social security participants",
        ),
        Quote(
            "s3",
            "distributed to the society by local human resources and social security "
            "departments",
        ),
    ),
)
MANAGED_BY_HRSS = Fact(
    N_(
        "It is managed by the human resources and social security departments: the Ministry "
        "nationwide, and the provincial and municipal departments in their regions, whose "
        "information management institutions handle card issuance and technical management."
    ),
    ("s0", "s3"),
    ("ssc-3",),
    quotes=(
        Quote(
            "s0",
            "social security cards are managed by national human resources and social "
            "security departments.",
        ),
        Quote(
            "s3",
            "Ministry of Human Resources and Social Security is responsible for managing the "
            "issuance and application of national social security cards. Provincial and "
            "municipal human resources and social security departments are responsible for "
            "the issuance and application management of social security cards in the region, "
            "and their subordinate information comprehensive management institutions "
            "specifically undertake the related affairs of social security card issuance and "
            "technical management.",
        ),
    ),
)
SOCIAL = Card(
    id="social",
    name=N_("Social security card"),
    short_name=N_("Social security card"),
    other_names=(
        N_("Human resources and social security card"),
        N_("Social Security Card of the People's Republic of China"),
    ),
    aliases=frozen_map({
        "en": (
            "shebao ka",
            "社保卡",
            "社会保障卡",
            "social security card",
            "ss card",
            "ssc",
            "social card",
            "social insurance card",
            "human resources and social security card",
            "hrss card",
            "hr and social security card",
            "social security card of the people's republic of china",
            "shebao card",
            "shebao",
            "shebaoka",
            "renshe card",
            "renshe ka",
            "renshe",
            "chip card",
            "ic card",
        ),
        "es": (
            "tarjeta de seguridad social",
            "tarjeta de la seguridad social",
            "tarjeta del seguro social",
            "tarjeta de seguro social",
            "tarjeta social",
            "tarjeta de recursos humanos y seguridad social",
            "tarjeta con chip",
            "tarjeta de chip",
            "tarjeta ic",
            "tarjeta shebao",
            "tarjeta del shebao",
        ),
    }),
    points=frozen_map(
        {
            "what": (OFFICIAL_NAME, IC_CARD, PROOF_OF_INSURANCE, ELECTRONIC_CREDENTIAL),
            "issuer": (ISSUED_BY_HRSS,),
            "manager": (MANAGED_BY_HRSS,),
            "function": (
                PROTECTS_RIGHTS, MORE_THAN_MEDICAL, BASIC_FUNCTIONS, USES, QUERIES,
                IDENTIFICATION,
            ),
            "scope": (SCOPE_WIDE, SCOPE_MEDICAL, NATIONWIDE),
            "eligibility": (GET_BY_JOINING, TWO_TYPES, EMPLOYER_APPLIES),
            "records": (RECORDS_BASIC, RECORDS_INSURANCE),
            "security": (KEY_MANAGEMENT, SAFETY_REQUIREMENTS),
            "form": (PHYSICAL,),
            "legal": (LEGAL_MEASURES, LEGAL_SIL),
        }
    ),
)
