"""The old medical insurance card (s1), the health card (s0) and the citizen card (s2)."""

from __future__ import annotations

from bot.i18n import N_
from bot.knowledge.model import Card, Fact, Quote, frozen_map

# The old medical insurance card (seed s1).
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

# The health card (seed s0).
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

# The citizen card (seed s2).
# The source's caveat on every comparison of the two cards, so every use of the citizen card
# carries it.
VARIES_BY_CITY = Quote(
    "s2",
    "The difference between the citizen card and the social security card varies from city to "
    "city.",
)
CITIZEN_WHAT = Fact(
    N_("The citizen card is a card that mainly proves the identity of the cardholder."),
    ("s2",),
    tasks=("identity",),
    quotes=(
        Quote("s2", "Citizen card is mainly to prove the identity of the cardholder citizens"),
    ),
)
CITIZEN_ISSUER = Fact(
    N_(
        "It is generally issued by the local government to local residents, mainly so that "
        "people can handle personal social affairs more conveniently and enjoy local social "
        "services."
    ),
    ("s2",),
    tasks=("services",),
    quotes=(
        Quote(
            "s2",
            "Citizen card is generally issued by the local government for local residents of "
            "the card, mainly for the public can be more convenient to deal with personal "
            "social affairs, to enjoy the local social",
        ),
    ),
)
CITIZEN_SCOPE = Fact(
    N_(
        "It can be used very widely: on public buses and the subway, in public reading "
        "rooms and more. The source notes that the difference between the citizen card and "
        "the social security card varies from city to city."
    ),
    ("s2",),
    tasks=("transport", "services"),
    quotes=(
        Quote(
            "s2",
            "Citizen card can be used in a very wide range, such as taking the public car, "
            "subway, the use of public",
        ),
        Quote("s2", "reading room and so on."),
        VARIES_BY_CITY,
    ),
)
CITIZEN_ELIGIBILITY = Fact(
    N_(
        "It is generally issued to local residents. The conditions to get it differ from "
        "those for the social security card."
    ),
    ("s2",),
    tasks=("getcitizen",),
    quotes=(
        Quote("s2", "Citizen card is generally issued by the local government for local residents"),
        Quote(
            "s2",
            "the conditions that people need to fulfill when receiving the citizen card and "
            "the social security card are different.",
        ),
    ),
)
CONVERGING = Fact(
    N_(
        "The difference between the citizen card and the social security card varies from "
        "city to city, and their roles are becoming more and more alike, so that everyone can "
        "enjoy convenient services with one card. Some cities' citizen cards already have the "
        "functions of a social security card."
    ),
    ("s2",),
    quotes=(
        Quote(
            "s2",
            "The difference between the citizen card and the social security card varies from "
            "city to city. However, with the development of citizen cards and social security "
            "cards, the roles of the two cards are becoming more and more convergent, enabling "
            "everyone to enjoy convenient services with one card. Now, there are already some "
            "cities where the citizen card has the function of a social security card.",
        ),
    ),
)
CITIZEN = Card(
    id="citizen",
    name=N_("Citizen card"),
    short_name=N_("Citizen card"),
    aliases=frozen_map({
        "en": (
            "shimin ka",
            "shiminka",
            "市民卡",
            "citizen card", "citizens card", "citizen's card", "city card", "resident card",
            "shimin card", "shiminka", "local government card",
        ),
        "es": (
            "tarjeta ciudadana",
            "tarjeta de ciudadano",
            "tarjeta del ciudadano",
            "tarjeta de ciudadanía",
            "tarjeta de ciudadania",
            "tarjeta del gobierno local",
            "tarjeta del pueblo",
        ),
    }),
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
                        "rental. The source notes that the difference between the citizen "
                        "card and the social security card varies from city to city."
                    ),
                    ("s2",),
                    tasks=("hospital", "pharmacy", "transport"),
                    quotes=(
                        Quote(
                            "s2",
                            "Citizens can use the card to visit hospitals and pharmacies to buy "
                            "medicine, and pay for personal out-of-pocket expenses with the "
                            "electronic payment function. It can also be used as an electronic "
                            "wallet, in terms of public transportation and car rental.",
                        ),
                        VARIES_BY_CITY,
                    ),
                ),
                CONVERGING,
            ),
            "scope": (CITIZEN_SCOPE,),
            "eligibility": (CITIZEN_ELIGIBILITY,),
        }
    ),
)
