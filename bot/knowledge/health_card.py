"""The health card (seed s0)."""

from __future__ import annotations

from bot.i18n import N_
from bot.knowledge.model import Card, Fact, Quote, frozen_map

HEALTH_MANAGER = Fact(
    N_("It is usually managed by local health departments or by medical institutions."),
    ("s0",),
    quotes=(
        Quote(
            "s0",
            "Health cards are usually managed by local health departments or medical "
            "institutions",
        ),
    ),
)
HEALTH_FUNCTION = Fact(
    N_(
        "It helps medical institutions quickly understand a patient's health status and makes "
        "medical services more efficient."
    ),
    ("s0",),
    tasks=("hospital",),
    quotes=(
        Quote(
            "s0",
            "Its main function is to facilitate medical institutions to quickly understand the "
            "health status of patients and improve the efficiency of medical services.",
        ),
    ),
)
HEALTH_SCOPE = Fact(
    N_(
        "It is mainly used to register at medical institutions, to pay, and to look up your "
        "personal health file."
    ),
    ("s0",),
    tasks=("hospital", "healthfile"),
    quotes=(
        Quote(
            "s0",
            "Health cards are mainly used for the registration of medical institutions, "
            "payment, personal health file inquiry, etc.",
        ),
    ),
)
HEALTH_WHAT = Fact(
    N_(
        "The health card is mainly used to record personal health information and medical "
        "records, to help medical institutions provide services."
    ),
    ("s0",),
    tasks=("healthfile",),
    quotes=(
        Quote(
            "s0",
            "Health cards are mainly used to record personal health information and medical "
            "records to facilitate medical institutions to provide services",
        ),
    ),
)
HEALTH = Card(
    id="health",
    name=N_("Health card"),
    short_name=N_("Health card"),
    aliases=frozen_map({
        "en": (
            "jiankang ka",
            "jiankangka",
            "健康卡",
            "health card", "healthcare card",
            "jiankang card", "jiankangka",
        ),
        "es": ("tarjeta sanitaria", "tarjeta de salud", "tarjeta de sanidad"),
    }),
    points=frozen_map(
        {
            "what": (HEALTH_WHAT,),
            "manager": (HEALTH_MANAGER,),
            "function": (HEALTH_FUNCTION,),
            "scope": (HEALTH_SCOPE,),
            "records": (
                Fact(
                    N_(
                        "It is usually used to record your basic health information, medical "
                        "records and related medical expenses."
                    ),
                    ("s0",),
                    quotes=(
                        Quote(
                            "s0",
                            "Health cards are usually used to record personal basic health "
                            "information, medical records and related medical expenses.",
                        ),
                    ),
                ),
            ),
        }
    ),
)
