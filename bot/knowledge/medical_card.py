"""The old medical insurance card (seed s1)."""

from __future__ import annotations

from bot.i18n import N_
from bot.knowledge.model import Card, Fact, Quote, frozen_map

MEDICAL_ISSUER = Fact(
    N_("It is handled by the local designated agent bank."),
    ("s1",),
    quotes=(
        Quote("s1", "The medical insurance card is undertaken by the local designated agent bank"),
    ),
)
MEDICAL_FUNCTION = Fact(
    N_(
        "It is limited to medical insurance: it can only be used to enjoy medical insurance "
        "benefits."
    ),
    ("s1",),
    quotes=(
        Quote(
            "s1",
            "the medical insurance card is limited to the medical insurance function and can "
            "only be used to enjoy medical insurance benefits",
        ),
    ),
)
_TWO_CARDS = Quote(
    "s1",
    "Since the issuance of social security cards, all insured persons have two cards, namely: "
    "one is a social security card; One is the medical insurance card. But now the social "
    "security card has replaced the medical insurance card.",
)
MEDICAL_REPLACED = Fact(
    N_(
        "The medical insurance card is the card that insured people held alongside the social "
        "security card. The source says the social security card has now replaced it."
    ),
    ("s1",),
    quotes=(_TWO_CARDS,),
)
MEDICAL_HOLDERS = Fact(
    N_(
        "The source says that since social security cards were first issued, all insured "
        "persons have had two cards: a social security card and a medical insurance card."
    ),
    ("s1",),
    quotes=(_TWO_CARDS,),
)
MEDICAL_SECURITY = Fact(
    N_("It has no strict key management system, so its security level is low."),
    ("s1",),
    quotes=(
        Quote(
            "s1",
            "the medical insurance card does not have such a management system, and the safety "
            "factor is low.",
        ),
    ),
)
MEDICAL = Card(
    id="medical",
    name=N_("Medical insurance card"),
    short_name=N_("Medical insurance card"),
    aliases=frozen_map({
        "en": (
            "yibao ka",
            "医保卡",
            "medical insurance card",
            "medical card",
            "health insurance card",
            "old medical insurance card",
            "mi card",
            "yibao card",
            "yibaoka",
            "medical guarantee card",
            "medical insurance guarantee card",
        ),
        "es": (
            "tarjeta de seguro médico",
            "tarjeta de seguro medico",
            "tarjeta del seguro médico",
            "tarjeta del seguro medico",
            "tarjeta médica",
            "tarjeta medica",
            "tarjeta vieja del seguro médico",
            "tarjeta yibao",
            "tarjeta del yibao",
            "antigua tarjeta del seguro médico",
        ),
    }),
    points=frozen_map(
        {
            "what": (MEDICAL_REPLACED,),
            "issuer": (MEDICAL_ISSUER,),
            "function": (MEDICAL_FUNCTION,),
            "eligibility": (MEDICAL_HOLDERS,),
            "security": (MEDICAL_SECURITY,),
        }
    ),
)
