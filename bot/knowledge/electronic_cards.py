"""The electronic social security card and the electronic medical insurance certificate (s4)."""

from __future__ import annotations

from bot.i18n import N_
from bot.knowledge.model import Card, Fact, frozen_map

# Electronic social security card (seed s4).
ESOCIAL_ISSUER = Fact(
    N_("It is issued by the Ministry of Human Resources and Social Security."), ("s4",)
)
ESOCIAL_FUNCTION = Fact(
    N_(
        "The source calls it a valid electronic voucher for the online application for a "
        "social security card."
    ),
    ("s4",),
)
ESOCIAL_ELIGIBILITY = Fact(
    N_("It can only be activated and obtained on the basis of a physical social security card."),
    ("s4",),
    tasks=("getesocial",),
)
ESOCIAL = Card(
    id="esocial",
    name=N_("Electronic social security card"),
    short_name=N_("E-social security card"),
    aliases_en=(
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
    aliases_es=(
        "tarjeta electrónica de seguridad social",
        "tarjeta electronica de seguridad social",
        "tarjeta de seguridad social electrónica",
        "tarjeta de seguridad social electronica",
        "tarjeta electrónica de seguro social",
        "tarjeta electronica de seguro social",
        "tarjeta social electrónica",
        "tarjeta social electronica",
    ),
    points=frozen_map(
        {
            "what": (
                Fact(
                    N_(
                        "The electronic social security card is the electronic counterpart "
                        "of a person's social security card."
                    ),
                    ("s4",),
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
                ),
            ),
            "function": (ESOCIAL_FUNCTION,),
            "eligibility": (ESOCIAL_ELIGIBILITY,),
            "form": (
                Fact(
                    N_(
                        "It is electronic, and each one corresponds one-to-one with a physical "
                        "social security card."
                    ),
                    ("s4",),
                ),
            ),
        }
    ),
)

# Electronic medical insurance certificate (seed s4).
EMEDICAL_ISSUER = Fact(
    N_("It is issued by the National Healthcare Security Administration."), ("s4",)
)
EMEDICAL_FUNCTION = Fact(
    N_("It is the only identity credential for handling medical insurance business online."),
    ("s4",),
    tasks=("online",),
)
EMEDICAL_ELIGIBILITY = Fact(
    N_("Anyone who has joined medical insurance can obtain it."), ("s4",), tasks=("getemedical",)
)
EMEDICAL = Card(
    id="emedical",
    name=N_("Electronic medical insurance certificate"),
    short_name=N_("E-medical certificate"),
    aliases_en=(
        "electronic medical insurance certificate",
        "e-medical insurance certificate",
        "e-medical",
        "emedical",
        "e medical",
        "electronic medical insurance card",
        "electronic health insurance certificate",
        "medical insurance e-certificate",
        "electronic certificate",
        "e-certificate",
    ),
    aliases_es=(
        "certificado electrónico de seguro médico",
        "certificado electronico de seguro medico",
        "certificado médico electrónico",
        "certificado medico electronico",
        "tarjeta electrónica de seguro médico",
        "tarjeta electronica de seguro medico",
        "vale electrónico de seguro médico",
        "vale electronico de seguro medico",
        "certificado electrónico",
        "certificado electronico",
    ),
    points=frozen_map(
        {
            "what": (
                Fact(
                    N_(
                        "The electronic medical insurance certificate is an important part of "
                        "the national unified medical insurance information platform."
                    ),
                    ("s4",),
                ),
            ),
            "issuer": (EMEDICAL_ISSUER,),
            "function": (EMEDICAL_FUNCTION,),
            "scope": (
                Fact(
                    N_("It applies to all medical insurance business."), ("s4",), tasks=("online",)
                ),
            ),
            "eligibility": (EMEDICAL_ELIGIBILITY,),
            "form": (Fact(N_("It is an electronic certificate."), ("s4",)),),
        }
    ),
)
