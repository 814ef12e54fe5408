"""The seeds' own questions (FAQs 1-5): whether two cards are one (see faqs.py)."""

from __future__ import annotations

from bot.i18n import N_
from bot.knowledge import social_card as sc
from bot.knowledge.citizen_card import CONVERGING
from bot.knowledge.comparisons import HEALTH_SOCIAL, MEDICAL_SOCIAL
from bot.knowledge.comparisons_citizen_electronic import CITIZEN_SOCIAL, EMEDICAL_ESOCIAL
from bot.knowledge.model import Fact, Faq, Quote

HEALTH_IS_SOCIAL = Faq(
    id="health-social",
    question=N_("Is the health card a social security card?"),
    short=N_("Health card or social security card?"),
    answer=False,
    verdict=N_("No. The health card is not a social security card."),
    reasons=(
        HEALTH_SOCIAL.differences["function"],
        HEALTH_SOCIAL.differences["scope"],
        HEALTH_SOCIAL.differences["manager"],
    ),
    articles=("sil-58", "sil-74"),
    cards=("health", "social"),
    compare=("health", "social"),
)

SOCIAL_IS_MEDICAL = Faq(
    id="social-medical",
    question=N_("Is the social security card the same as the medical insurance card?"),
    short=N_("Social security or medical insurance card?"),
    answer=False,
    verdict=N_("No, but the social security card has replaced the medical insurance card."),
    reasons=tuple(MEDICAL_SOCIAL.differences.values()),
    articles=("sil-58",),
    cards=("social", "medical"),
    compare=("social", "medical"),
)

CITIZEN_IS_SOCIAL = Faq(
    id="citizen-social",
    question=N_("Are the citizen card and the social security card the same card?"),
    short=N_("Citizen card or social security card?"),
    answer=False,
    verdict=N_(
        "No, though in some cities the citizen card already works as a social security card."
    ),
    reasons=(*CITIZEN_SOCIAL.differences.values(), CONVERGING),
    articles=("sil-2", "sil-74", "sil-75"),
    cards=("citizen", "social"),
    compare=("citizen", "social"),
)

HRSS_IS_SOCIAL = Faq(
    id="hrss-social",
    question=N_("Are human resources and social security cards social security cards?"),
    short=N_("Human resources and social security card"),
    answer=True,
    verdict=N_("Yes. They are the same card: the Social Security Card of the PRC."),
    reasons=(
        sc.OFFICIAL_NAME,
        Fact(
            N_(
                "It is an IC card designed by the Ministry of Human Resources and Social "
                "Security, issued to the public by the local human resources and social "
                "security departments, and applied to various business fields of human "
                "resources and social security. It has the characteristics of \"one card for "
                "multiple purposes\" and \"universal\"."
            ),
            ("s3",),
            ("ssc-2", "ssc-3", "ssc-4"),
            quotes=(
                Quote(
                    "s3",
                    "an integrated circuit card (ic card) designed by Ministry of Human "
                    "Resources and Social Security, distributed to the society by local human "
                    "resources and social security departments, and applied to various "
                    "business fields of human resources and social security. It has the "
                    "characteristics of \"one card for multiple purposes\" and \"universal\".",
                ),
            ),
        ),
        Fact(
            N_(
                "Compared with the old medical insurance card, the new generation of the card "
                "shows your name, gender, ID number, expiry date and photo, and can carry a bank "
                "card number: it is like a second ID card."
            ),
            ("s3",),
            quotes=(
                Quote(
                    "s3",
                    "Compared with the original medical insurance card, the new generation "
                    "social security card is printed with the cardholder's personal basic "
                    "information: name, gender, ID number, expiration date, avatar, and can also "
                    "load the bank card number information, which is equivalent to the second "
                    "\"ID card\" of the individual.",
                ),
            ),
        ),
    ),
    articles=("ssc-1", "ssc-2", "ssc-3", "ssc-4"),
    cards=("social",),
)

EMEDICAL_IS_ESOCIAL = Faq(
    id="emedical-esocial",
    question=N_(
        "Are the electronic medical insurance certificate and the electronic social security "
        "card the same?"
    ),
    short=N_("Electronic certificate or electronic card?"),
    answer=False,
    verdict=N_("No. They differ in three ways: issuer, conditions to get them, and functions."),
    reasons=tuple(EMEDICAL_ESOCIAL.differences.values()),
    articles=("sil-2", "sil-3"),
    cards=("emedical", "esocial"),
    compare=("emedical", "esocial"),
)
