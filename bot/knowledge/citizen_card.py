"""The citizen card (seed s2)."""

from __future__ import annotations

from bot.i18n import N_
from bot.knowledge.model import Card, Fact, Quote, frozen_map

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
