"""The electronic medical insurance certificate (seed s4)."""

from __future__ import annotations

from bot.i18n import N_
from bot.knowledge.model import Card, Fact, Quote, frozen_map

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
