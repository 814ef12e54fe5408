"""The old medical insurance card (s1), the health card (s0) and the citizen card (s2)."""

from __future__ import annotations

from bot.i18n import N_
from bot.knowledge.model import Card, Fact, frozen_map

# The old medical insurance card (seed s1).
MEDICAL_ISSUER = Fact(N_("It is handled by the local designated agent bank."), ("s1",))
MEDICAL_FUNCTION = Fact(
    N_(
        "It is limited to medical insurance: it can only be used to enjoy medical insurance "
        "benefits."
    ),
    ("s1",),
)
MEDICAL_REPLACED = Fact(
    N_(
        "The medical insurance card is the card that insured people held alongside the social "
        "security card. The social security card has now replaced it."
    ),
    ("s1",),
)
MEDICAL_SECURITY = Fact(
    N_("It has no strict key management system, so its security level is low."), ("s1",)
)
MEDICAL = Card(
    id="medical",
    name=N_("Medical insurance card"),
    short_name=N_("Medical insurance card"),
    aliases_en=(
        "medical insurance card",
        "medical card",
        "health insurance card",
        "old medical insurance card",
        "mi card",
    ),
    aliases_es=(
        "tarjeta de seguro médico",
        "tarjeta de seguro medico",
        "tarjeta del seguro médico",
        "tarjeta del seguro medico",
        "tarjeta médica",
        "tarjeta medica",
    ),
    points=frozen_map(
        {
            "what": (MEDICAL_REPLACED,),
            "issuer": (MEDICAL_ISSUER,),
            "function": (MEDICAL_FUNCTION,),
            "security": (MEDICAL_SECURITY,),
        }
    ),
)

# The health card (seed s0).
HEALTH_MANAGER = Fact(
    N_("It is usually managed by local health departments or by medical institutions."),
    ("s0",),
)
HEALTH_FUNCTION = Fact(
    N_(
        "It helps medical institutions quickly understand a patient's health status and makes "
        "medical services more efficient."
    ),
    ("s0",),
    tasks=("hospital",),
)
HEALTH_SCOPE = Fact(
    N_(
        "It is mainly used to register at medical institutions, to pay, and to look up your "
        "personal health file."
    ),
    ("s0",),
    tasks=("hospital", "healthfile"),
)
HEALTH_WHAT = Fact(
    N_(
        "The health card records personal health information and medical records, so that "
        "medical institutions can serve the patient."
    ),
    ("s0",),
    tasks=("healthfile",),
)
HEALTH = Card(
    id="health",
    name=N_("Health card"),
    short_name=N_("Health card"),
    aliases_en=("health card", "healthcare card", "health record card", "medical record card"),
    aliases_es=("tarjeta sanitaria", "tarjeta de salud", "tarjeta de sanidad"),
    points=frozen_map(
        {
            "what": (HEALTH_WHAT,),
            "manager": (HEALTH_MANAGER,),
            "function": (HEALTH_FUNCTION,),
            "scope": (HEALTH_SCOPE,),
            "records": (
                Fact(
                    N_(
                        "It records your basic health information, medical records and related "
                        "medical expenses."
                    ),
                    ("s0",),
                ),
            ),
        }
    ),
)

# The citizen card (seed s2).
CITIZEN_WHAT = Fact(
    N_("The citizen card is a card that mainly proves the identity of the cardholder."),
    ("s2",),
    tasks=("identity",),
)
CITIZEN_ISSUER = Fact(
    N_(
        "It is generally issued by the local government to local residents, so that they can "
        "handle personal social affairs more conveniently and enjoy local public services."
    ),
    ("s2",),
    tasks=("services",),
)
CITIZEN_SCOPE = Fact(
    N_(
        "It can be used very widely: on buses and the subway, in public reading rooms and "
        "more."
    ),
    ("s2",),
    tasks=("transport", "services"),
)
CITIZEN_ELIGIBILITY = Fact(
    N_(
        "It is issued to local residents. The conditions to get it differ from those for the "
        "social security card."
    ),
    ("s2",),
    tasks=("getcitizen",),
)
CONVERGING = Fact(
    N_(
        "The difference between the citizen card and the social security card varies from "
        "city to city, and their roles are becoming more and more alike, so that everyone can "
        "enjoy convenient services with one card. Some cities' citizen cards already have the "
        "functions of a social security card."
    ),
    ("s2",),
)
CITIZEN = Card(
    id="citizen",
    name=N_("Citizen card"),
    short_name=N_("Citizen card"),
    aliases_en=("citizen card", "citizens card", "citizen's card", "city card", "resident card"),
    aliases_es=(
        "tarjeta ciudadana",
        "tarjeta de ciudadano",
        "tarjeta del ciudadano",
        "tarjeta de ciudadanía",
        "tarjeta de ciudadania",
    ),
    points=frozen_map(
        {
            "what": (CITIZEN_WHAT,),
            "issuer": (CITIZEN_ISSUER,),
            "function": (
                Fact(
                    N_(
                        "At hospitals and pharmacies you can use it to buy medicine and to pay "
                        "your own share of costs with its electronic payment function. It "
                        "also works as an electronic wallet for public transport and car "
                        "rental."
                    ),
                    ("s2",),
                    tasks=("hospital", "pharmacy", "transport"),
                ),
                CONVERGING,
            ),
            "scope": (CITIZEN_SCOPE,),
            "eligibility": (CITIZEN_ELIGIBILITY,),
        }
    ),
)
