"""The electronic social security card (seed s4)."""

from __future__ import annotations

from bot.i18n import N_
from bot.knowledge.model import Card, Fact, Quote, frozen_map

ESOCIAL_ISSUER = Fact(
    N_("It is issued by the Ministry of Human Resources and Social Security."),
    ("s4",),
    quotes=(
        Quote.foreign(
            "s4",
            "la tarjeta electrónica de seguro social es emitida por el Ministerio de Recursos "
            "Humanos y Seguridad Social",
            N_(
                "the electronic social insurance card is issued by the Ministry of Human "
                "Resources and Social Security"
            ),
        ),
    ),
)
_ESOCIAL_DEFINITION = Quote.foreign(
    "s4",
    "La tarjeta electrónica de seguridad social es un vale electrónico válido para la solicitud "
    "en línea de una tarjeta de seguridad social.",
    N_(
        "The electronic social security card is a valid electronic voucher for the online "
        "application for a social security card."
    ),
)
_ONE_TO_ONE = Quote.foreign(
    "s4",
    "Se corresponde uno a uno con la tarjeta física de seguridad social",
    N_("It corresponds one to one with the physical social security card"),
)
ESOCIAL_FUNCTION = Fact(
    N_(
        "The source calls it a valid electronic voucher for the online application for a "
        "social security card."
    ),
    ("s4",),
    quotes=(_ESOCIAL_DEFINITION,),
)
ESOCIAL_ELIGIBILITY = Fact(
    N_("It can only be activated and obtained on the basis of a physical social security card."),
    ("s4",),
    tasks=("getesocial",),
    quotes=(
        Quote.foreign(
            "s4",
            "las tarjetas electrónicas de seguridad social solo se pueden activar y cobrar "
            "sobre la base de tarjetas físicas",
            N_(
                "electronic social security cards can only be activated and collected on the "
                "basis of physical cards"
            ),
        ),
    ),
)
ESOCIAL = Card(
    id="esocial",
    name=N_("Electronic social security card"),
    short_name=N_("E-social security card"),
    aliases=frozen_map({
        "en": (
            "dianzi shebaoka",
            "dianzi shebao",
            "dianzi shebao ka",
            "电子社保卡",
            "electronic social security card",
            "e-social security card",
            "e social security card",
            "esocial",
            "e-social",
            "e-ssc",
            "digital social security card",
            "electronic ss card",
            "electronic social insurance card",
        ),
        "es": (
            "tarjeta electrónica de seguridad social",
            "tarjeta electronica de seguridad social",
            "tarjeta de seguridad social electrónica",
            "tarjeta de seguridad social electronica",
            "tarjeta electrónica de seguro social",
            "tarjeta electronica de seguro social",
            "tarjeta social electrónica",
            "tarjeta social electronica",
        ),
    }),
    points=frozen_map(
        {
            "what": (
                Fact(
                    N_(
                        "The electronic social security card is an electronic voucher that "
                        "corresponds one to one with a physical social security card."
                    ),
                    ("s4",),
                    quotes=(_ESOCIAL_DEFINITION, _ONE_TO_ONE),
                ),
            ),
            "issuer": (ESOCIAL_ISSUER,),
            "manager": (
                Fact(
                    N_(
                        "It is issued and managed uniformly by the national social security "
                        "card service platform."
                    ),
                    ("s4",),
                    quotes=(
                        Quote.foreign(
                            "s4",
                            "se emite y. gestionado de manera uniforme por la plataforma "
                            "nacional de servicios de tarjetas de seguridad social",
                            N_(
                                "is issued and managed uniformly by the national social "
                                "security card service platform"
                            ),
                        ),
                    ),
                ),
            ),
            "function": (ESOCIAL_FUNCTION,),
            "eligibility": (ESOCIAL_ELIGIBILITY,),
            "form": (
                Fact(
                    N_(
                        "It is electronic, and it corresponds one to one with the physical "
                        "social security card."
                    ),
                    ("s4",),
                    quotes=(_ONE_TO_ONE,),
                ),
            ),
        }
    ),
)
