"""The direct comparisons the seeds make between two cards, keyed by order-insensitive id."""

from __future__ import annotations

from collections.abc import Mapping

from bot.i18n import N_
from bot.knowledge.comparisons_citizen_electronic import CITIZEN_SOCIAL, EMEDICAL_ESOCIAL
from bot.knowledge.model import Comparison, Fact, Quote, frozen_map

HEALTH_SOCIAL = Comparison(
    cards=("health", "social"),
    same_card=False,
    verdict=Fact(
        N_(
            "The health card is not a social security card: they clearly differ in what they "
            "are for, where they are used and who manages them."
        ),
        ("s0",),
        quotes=(
            Quote(
                "s0",
                "Health card is not a social security card, and there are obvious differences "
                "between them in function, scope of use and management organization.",
            ),
        ),
    ),
    differences=frozen_map(
        {
            "what": Fact(
                N_(
                    "The health card is mainly used to record personal health information and "
                    "medical records; the social security card is used to record personal social "
                    "insurance information."
                ),
                ("s0",),
                quotes=(
                    Quote(
                        "s0",
                        "Health cards are mainly used to record personal health information and "
                        "medical "
                        "records",
                    ),
                    Quote(
                        "s0",
                        "Social security cards are used to record personal social insurance "
                        "information",
                    ),
                ),
            ),
            "function": Fact(
                N_(
                    "The health card helps medical institutions understand a patient's health "
                    "quickly; the social security card protects citizens' rights in pension, "
                    "medical care and unemployment."
                ),
                ("s0",),
                quotes=(
                    Quote(
                        "s0",
                        "Its main function is to facilitate medical institutions to quickly "
                        "understand "
                        "the health status of patients",
                    ),
                    Quote(
                        "s0",
                        "The main function of social security card is to protect citizens' rights "
                        "and "
                        "interests in pension, medical care and unemployment",
                    ),
                ),
            ),
            "scope": Fact(
                N_(
                    "The health card is used to register, pay and look up health files at "
                    "medical institutions; the social security card is used across social "
                    "insurance, such as receiving pensions, getting medical expenses "
                    "reimbursed and applying for unemployment benefits."
                ),
                ("s0",),
                quotes=(
                    Quote(
                        "s0",
                        "Health cards are mainly used for the registration of medical "
                        "institutions, "
                        "payment, personal health file inquiry, etc. Social security cards are "
                        "widely "
                        "used in various fields of social insurance, such as receiving pensions, "
                        "reimbursing medical expenses and applying for unemployment insurance "
                        "benefits.",
                    ),
                ),
            ),
            "manager": Fact(
                N_(
                    "Local health departments or medical institutions manage the health card; "
                    "the human resources and social security departments manage the social "
                    "security card."
                ),
                ("s0",),
                quotes=(
                    Quote(
                        "s0",
                        "Health cards are usually managed by local health departments or medical "
                        "institutions, and social security cards are managed by national human "
                        "resources "
                        "and social security departments.",
                    ),
                ),
            ),
        }
    ),
)

MEDICAL_SOCIAL = Comparison(
    cards=("social", "medical"),
    same_card=False,
    verdict=Fact(
        N_(
            "The social security card and the medical insurance card are not the same card, "
            "but the social security card has now replaced the medical insurance card."
        ),
        ("s1",),
        quotes=(
            Quote(
                "s1",
                "Social security card and medical insurance card are not the same card.",
            ),
            Quote(
                "s1",
                "But now the social security card has replaced the medical insurance card.",
            ),
        ),
    ),
    differences=frozen_map(
        {
            "function": Fact(
                N_(
                    "The social security card has the functions of the medical insurance card "
                    "and is also an important voucher for handling various social security "
                    "business, such as receiving unemployment benefits; the medical insurance "
                    "card is limited to medical insurance."
                ),
                ("s1",),
                quotes=(
                    Quote(
                        "s1",
                        "Social security card not only has the function of medical insurance "
                        "card, but "
                        "also is an important voucher for handling various social security "
                        "businesses, "
                        "such as receiving unemployment benefits. However, the medical insurance "
                        "card is "
                        "limited to the medical insurance function",
                    ),
                ),
            ),
            "issuer": Fact(
                N_(
                    "The local human resources and social security department issues the "
                    "social security card; the local designated agent bank handles the medical "
                    "insurance card."
                ),
                ("s1",),
                quotes=(
                    Quote(
                        "s1",
                        "The medical insurance card is undertaken by the local designated agent "
                        "bank, and"
                        " the social security card is issued to the society by the local human "
                        "resources "
                        "and social security department",
                    ),
                ),
            ),
            "security": Fact(
                N_(
                    "The social security card has a strict key management and approval "
                    "system and high security; the medical insurance card has no such system "
                    "and low security."
                ),
                ("s1",),
                quotes=(
                    Quote(
                        "s1",
                        "The social security card has strict key management system and approval, "
                        "and the "
                        "safety factor is high. However, the medical insurance card does not have "
                        "such a "
                        "management system, and the safety factor is low.",
                    ),
                ),
            ),
        }
    ),
)

COMPARISONS: Mapping[str, Comparison] = frozen_map(
    {item.id: item for item in (HEALTH_SOCIAL, MEDICAL_SOCIAL, CITIZEN_SOCIAL, EMEDICAL_ESOCIAL)}
)
