"""The electronic social security card and the electronic medical insurance certificate (s4)."""

from __future__ import annotations

from bot.i18n import N_
from bot.knowledge.model import Card, Fact, Quote, frozen_map

# Electronic social security card (seed s4).
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

# Electronic medical insurance certificate (seed s4).
EMEDICAL_ISSUER = Fact(
    N_("It is issued by the National Healthcare Security Administration."),
    ("s4",),
    quotes=(
        Quote.foreign(
            "s4",
            "el certificado médico electrónico lo emite el Servicio Médico Nacional. "
            "Administración de Seguros",
            N_(
                "the electronic medical certificate is issued by the National Medical Service. "
                "Insurance Administration (the source splits the name of the National "
                "Healthcare Security Administration)"
            ),
        ),
    ),
)
EMEDICAL_FUNCTION = Fact(
    N_("It is the only identity credential for handling medical insurance business online."),
    ("s4",),
    tasks=("online",),
    quotes=(
        Quote.foreign(
            "s4",
            "Es el único certificado de identidad para manejar negocios en línea de seguros "
            "médicos",
            N_(
                "It is the only identity certificate for handling medical insurance business "
                "online"
            ),
        ),
    ),
)
EMEDICAL_ELIGIBILITY = Fact(
    N_("Anyone who has joined medical insurance can obtain it."),
    ("s4",),
    tasks=("getemedical",),
    quotes=(
        Quote.foreign(
            "s4",
            "los vales electrónicos de seguro médico pueden ser cobrados por los usuarios que "
            "hayan participado en un seguro médico",
            N_(
                "electronic medical insurance vouchers can be collected by users who have taken "
                "part in medical insurance"
            ),
        ),
    ),
)
_EMEDICAL_SCOPE = Quote.foreign(
    "s4",
    "y es completo. aplicable a todas las empresas de seguros médicos",
    N_("and is complete. applicable to all medical insurance companies"),
)
EMEDICAL = Card(
    id="emedical",
    name=N_("Electronic medical insurance certificate"),
    short_name=N_("E-medical certificate"),
    aliases=frozen_map({
        "en": (
            "电子医保",
            "dianzi yibao",
            "dianzi yibao pingzheng",
            "yibao pingzheng",
            "yibao dianzi pingzheng",
            "医保电子凭证",
            "医保码",
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
            "e-medical code",
            "medical insurance code",
            "medical insurance certificate",
            "electronic medical code",
            "yibao code",
            "medical insurance qr code",
            "medical insurance qr",
            "medical qr code",
            "medical qr",
            "qr medical",
            "yibao qr",
        ),
        "es": (
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
            "certificado elec",
            "certificado del seguro médico",
            "certificado de seguro médico",
            "certificado médico",
            "código de seguro médico",
            "codigo de seguro medico",
            "código del seguro médico",
            "codigo del seguro medico",
            "código médico",
            "codigo medico",
            "código yibao",
            "código qr del seguro médico",
            "codigo qr del seguro medico",
            "código qr de seguro médico",
            "qr del seguro médico",
            "qr de seguro médico",
            "qr seguro médico",
            "qr seguro medico",
            "qr médico",
            "qr medico",
        ),
    }),
    points=frozen_map(
        {
            "what": (
                Fact(
                    N_(
                        "The electronic medical insurance certificate is an important part of "
                        "the national unified medical insurance information platform."
                    ),
                    ("s4",),
                    quotes=(
                        Quote.foreign(
                            "s4",
                            "El certificado electrónico de seguro médico es una parte importante "
                            "de la plataforma nacional unificada de información de seguros "
                            "médicos.",
                            N_(
                                "The electronic medical insurance certificate is an important "
                                "part of the national unified medical insurance information "
                                "platform."
                            ),
                        ),
                    ),
                ),
            ),
            "issuer": (EMEDICAL_ISSUER,),
            "function": (EMEDICAL_FUNCTION,),
            "scope": (
                Fact(
                    N_(
                        "The source's sentence is garbled: it says the certificate \"is "
                        "complete\" and is \"applicable to all medical insurance companies\"."
                    ),
                    ("s4",),
                    tasks=("online",),
                    quotes=(_EMEDICAL_SCOPE,),
                ),
            ),
            "eligibility": (EMEDICAL_ELIGIBILITY,),
            "form": (
                Fact(
                    N_("It is an electronic certificate."),
                    ("s4",),
                    quotes=(
                        Quote.foreign(
                            "s4",
                            "El certificado electrónico de seguro médico",
                            N_("The electronic medical insurance certificate"),
                        ),
                    ),
                ),
            ),
        }
    ),
)
