"""The seeds' comparisons of the citizen card with the social security card (s2) and of the two
electronic ones (s4)."""

from __future__ import annotations

from bot.i18n import N_
from bot.knowledge.citizen_card import VARIES_BY_CITY
from bot.knowledge.model import Comparison, Fact, Quote, frozen_map

CITIZEN_SOCIAL = Comparison(
    cards=("citizen", "social"),
    same_card=False,
    verdict=Fact(
        N_(
            "The citizen card and the social security card are not the same card, although in "
            "some cities the citizen card already has the functions of a social security card."
        ),
        ("s2",),
        quotes=(
            Quote(
                "s2",
                "Citizen card and social security card are not the same card.",
            ),
            Quote(
                "s2",
                "Now, there are already some cities where the citizen card has the function of a "
                "social security card.",
            ),
        ),
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
                quotes=(
                    Quote(
                        "s2",
                        "Citizen card is generally issued by the local government for local "
                        "residents",
                    ),
                    Quote(
                        "s2",
                        "The social security card is a card issued by the social security "
                        "department to "
                        "social security participants",
                    ),
                ),
            ),
            "scope": Fact(
                N_(
                    "The citizen card is used very widely, such as on buses, the subway and in "
                    "public reading rooms; the social security card is mainly used to buy "
                    "medicine at pharmacies and get reimbursed at hospitals. The source notes "
                    "that the difference between the two cards varies from city to city."
                ),
                ("s2",),
                quotes=(
                    Quote(
                        "s2",
                        "Citizen card can be used in a very wide range, such as taking the public "
                        "car, "
                        "subway, the use of public",
                    ),
                    Quote(
                        "s2",
                        "reading room and so on. The main role of the social security card is to "
                        "allow "
                        "the cardholder to the pharmacy to buy drugs, to the hospital for "
                        "reimbursement "
                        "and so on.",
                    ),
                    VARIES_BY_CITY,
                ),
            ),
            "what": Fact(
                N_(
                    "The citizen card mainly proves the cardholder's identity; the social "
                    "security card mainly proves that the cardholder takes part in social "
                    "insurance."
                ),
                ("s2",),
                quotes=(
                    Quote(
                        "s2",
                        "Citizen card is mainly to prove the identity of the cardholder citizens, "
                        "while "
                        "the social security card is mainly to prove that the cardholder "
                        "participated in "
                        "social insurance.",
                    ),
                ),
            ),
            "eligibility": Fact(
                N_(
                    "Because they prove different things, the conditions to get each card "
                    "are different."
                ),
                ("s2",),
                quotes=(
                    Quote(
                        "s2",
                        "Therefore, the conditions that people need to fulfill when receiving the "
                        "citizen"
                        " card and the social security card are different.",
                    ),
                ),
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
        quotes=(
            Quote.foreign(
                "s4",
                "Existen tres diferencias entre el certificado médico electrónico y la tarjeta "
                "electrónica de seguridad social: 1. Las unidades emisoras son diferentes",
                N_(
                    "There are three differences between the electronic medical certificate and "
                    "the electronic social security card: 1. The issuing units are different"
                ),
            ),
            Quote.foreign(
                "s4",
                "2 Las condiciones de recolección son diferentes",
                N_("2 The conditions of collection are different"),
            ),
            Quote.foreign("s4", "3. Diferentes funciones.", N_("3. Different functions.")),
        ),
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
                quotes=(
                    Quote.foreign(
                        "s4",
                        "el certificado médico electrónico lo emite el Servicio Médico Nacional. "
                        "Administración de Seguros; la tarjeta electrónica de seguro social es "
                        "emitida por el Ministerio de Recursos Humanos y Seguridad Social",
                        N_(
                            "the electronic medical certificate is issued by the National "
                            "Medical Service. Insurance Administration; the electronic social "
                            "insurance card is issued by the Ministry of Human Resources and "
                            "Social Security"
                        ),
                    ),
                ),
            ),
            "eligibility": Fact(
                N_(
                    "Anyone who has joined medical insurance can get the electronic medical "
                    "insurance certificate; the electronic social security card can only be "
                    "activated and obtained on the basis of a physical social security card."
                ),
                ("s4",),
                quotes=(
                    Quote.foreign(
                        "s4",
                        "los vales electrónicos de seguro médico pueden ser cobrados por los "
                        "usuarios que hayan participado en un seguro médico. ; las tarjetas "
                        "electrónicas de seguridad social solo se pueden activar y cobrar sobre "
                        "la base de tarjetas físicas",
                        N_(
                            "electronic medical insurance vouchers can be collected by users who "
                            "have taken part in medical insurance; electronic social security "
                            "cards can only be activated and collected on the basis of physical "
                            "cards"
                        ),
                    ),
                ),
            ),
            "function": Fact(
                N_(
                    "The electronic medical insurance certificate is the only identity "
                    "credential for medical insurance business online (the source adds, in a "
                    'garbled sentence, that it "is complete" and is "applicable to all medical '
                    'insurance companies"); the source calls the electronic social security '
                    "card a valid electronic voucher for the online application for a social "
                    "security card."
                ),
                ("s4",),
                quotes=(
                    Quote.foreign(
                        "s4",
                        "Es el único certificado de identidad para manejar negocios en línea de "
                        "seguros médicos y es completo. aplicable a todas las empresas de "
                        "seguros médicos;",
                        N_(
                            "It is the only identity certificate for handling medical insurance "
                            "business online and is complete. applicable to all medical "
                            "insurance companies;"
                        ),
                    ),
                    Quote.foreign(
                        "s4",
                        "La tarjeta electrónica de seguridad social es un vale electrónico "
                        "válido para la solicitud en línea de una tarjeta de seguridad social.",
                        N_(
                            "The electronic social security card is a valid electronic voucher "
                            "for the online application for a social security card."
                        ),
                    ),
                ),
            ),
        }
    ),
)
