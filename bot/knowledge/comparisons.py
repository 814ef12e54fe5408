"""The direct comparisons the seeds make between two cards, keyed by order-insensitive id."""

from __future__ import annotations

from collections.abc import Mapping

from bot.i18n import N_
from bot.knowledge.model import Comparison, Fact, frozen_map

HEALTH_SOCIAL = Comparison(
    cards=("health", "social"),
    same_card=False,
    verdict=Fact(
        N_(
            "The health card is not a social security card: they clearly differ in what they "
            "are for, where they are used and who manages them."
        ),
        ("s0",),
    ),
    differences=frozen_map(
        {
            "what": Fact(
                N_(
                    "The health card records personal health information and medical records; "
                    "the social security card records personal social insurance information."
                ),
                ("s0",),
            ),
            "function": Fact(
                N_(
                    "The health card helps medical institutions understand a patient's health "
                    "quickly; the social security card protects citizens' rights in pension, "
                    "medical care and unemployment."
                ),
                ("s0",),
            ),
            "scope": Fact(
                N_(
                    "The health card is used to register, pay and look up health files at "
                    "medical institutions; the social security card is used across social "
                    "insurance, such as receiving pensions, getting medical expenses "
                    "reimbursed and applying for unemployment benefits."
                ),
                ("s0",),
            ),
            "manager": Fact(
                N_(
                    "Local health departments or medical institutions manage the health card; "
                    "the human resources and social security departments manage the social "
                    "security card."
                ),
                ("s0",),
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
    ),
    differences=frozen_map(
        {
            "function": Fact(
                N_(
                    "The social security card does everything the medical insurance card does "
                    "and also handles other social security business, such as unemployment "
                    "benefits; the medical insurance card is limited to medical insurance."
                ),
                ("s1",),
            ),
            "issuer": Fact(
                N_(
                    "The local human resources and social security department issues the "
                    "social security card; the local designated agent bank handles the medical "
                    "insurance card."
                ),
                ("s1",),
            ),
            "security": Fact(
                N_(
                    "The social security card has a strict key management and approval "
                    "system and high security; the medical insurance card has no such system "
                    "and low security."
                ),
                ("s1",),
            ),
        }
    ),
)

CITIZEN_SOCIAL = Comparison(
    cards=("citizen", "social"),
    same_card=False,
    verdict=Fact(
        N_(
            "The citizen card and the social security card are not the same card, although in "
            "some cities the citizen card already has the functions of a social security card."
        ),
        ("s2",),
    ),
    differences=frozen_map(
        {
            "issuer": Fact(
                N_(
                    "The local government issues the citizen card to local residents; the "
                    "social security department issues the social security card to the "
                    "people who take part in social insurance."
                ),
                ("s2",),
            ),
            "scope": Fact(
                N_(
                    "The citizen card is used very widely, such as on buses, the subway and in "
                    "public reading rooms; the social security card is mainly used to buy "
                    "medicine at pharmacies and get reimbursed at hospitals."
                ),
                ("s2",),
            ),
            "what": Fact(
                N_(
                    "The citizen card mainly proves the cardholder's identity; the social "
                    "security card mainly proves that the cardholder takes part in social "
                    "insurance."
                ),
                ("s2",),
            ),
            "eligibility": Fact(
                N_(
                    "Because they prove different things, the conditions to get each card "
                    "are different."
                ),
                ("s2",),
            ),
        }
    ),
)

EMEDICAL_ESOCIAL = Comparison(
    cards=("emedical", "esocial"),
    same_card=False,
    verdict=Fact(
        N_(
            "The electronic medical insurance certificate and the electronic social security "
            "card are not the same: they differ in who issues them, in the conditions to get "
            "them and in their functions."
        ),
        ("s4",),
    ),
    differences=frozen_map(
        {
            "issuer": Fact(
                N_(
                    "The National Healthcare Security Administration issues the electronic "
                    "medical insurance certificate; the Ministry of Human Resources and Social "
                    "Security issues the electronic social security card."
                ),
                ("s4",),
            ),
            "eligibility": Fact(
                N_(
                    "Anyone who has joined medical insurance can get the electronic medical "
                    "insurance certificate; the electronic social security card can only be "
                    "activated and obtained on the basis of a physical social security card."
                ),
                ("s4",),
            ),
            "function": Fact(
                N_(
                    "The electronic medical insurance certificate is the only identity "
                    "credential for medical insurance business online and applies to all of "
                    "it; the source calls the electronic social security card a valid "
                    "electronic voucher for the online application for a social security card."
                ),
                ("s4",),
            ),
        }
    ),
)

COMPARISONS: Mapping[str, Comparison] = frozen_map(
    {
        item.id: item
        for item in (HEALTH_SOCIAL, MEDICAL_SOCIAL, CITIZEN_SOCIAL, EMEDICAL_ESOCIAL)
    }
)
