"""Who gets the social security card, what it records, how it is secured, and its legal basis."""

from __future__ import annotations

from bot.i18n import N_
from bot.knowledge.model import Fact, Quote

GET_BY_JOINING = Fact(
    N_(
        "You get a personal social security card after you join social security. The "
        "conditions to get it are not the same as for the citizen card."
    ),
    ("s2", "s4"),
    tasks=("getsocial",),
    quotes=(
        Quote.foreign(
            "s4",
            "Después de participar en la seguridad social, obtendremos una tarjeta de "
            "seguridad social personal",
            N_("After taking part in social security, we will get a personal social security card"),
        ),
        Quote(
            "s2",
            "the conditions that people need to fulfill when receiving the citizen card and "
            "the social security card are different.",
        ),
    ),
)
TWO_TYPES = Fact(
    N_(
        "There are two types: the social security (personal) card, issued to urban workers, "
        "the unemployed and retirees, and the social security (employer) card, issued to "
        "employers."
    ),
    ("s2",),
    tasks=("getsocial",),
    quotes=(
        Quote(
            "s2",
            "Those issued to urban workers, the unemployed and the retired are called social "
            "security (personal) cards, and those issued to employers are called social "
            "security (employer) cards.",
        ),
    ),
)
EMPLOYER_APPLIES = Fact(
    N_(
        "If you work for an employer, the employer has the obligation to purchase social "
        "insurance. The source adds that a social security card must be applied for at the "
        "time of employment and premiums paid monthly, without saying who applies."
    ),
    ("s1",),
    tasks=("getsocial",),
    quotes=(
        Quote(
            "s1",
            "if the laborer works in the employer, the employer has the obligation to purchase "
            "social insurance, and it is necessary to apply for a social security card at the "
            "time of employment and pay social insurance premiums on a monthly basis.",
        ),
    ),
)
RECORDS_BASIC = Fact(
    N_(
        "It records your name, identity card number, date of birth, gender, ethnicity, place "
        "of domicile and other basic information. The card face shows your "
        "name, gender, ID number, expiry date and photo, and it can also carry a bank card "
        "number, which makes it like a second ID card."
    ),
    ("s2", "s3"),
    tasks=("identity",),
    quotes=(
        Quote(
            "s2",
            "2, the record of the insured person's name, identity card number, date of birth, "
            "gender, ethnicity, domicile location, and other basic information;",
        ),
        Quote(
            "s3",
            "the new generation social security card is printed with the cardholder's personal "
            "basic information: name, gender, ID number, expiration date, avatar, and can also "
            "load the bank card number information, which is equivalent to the second \"ID "
            "card\" of the individual.",
        ),
    ),
)
RECORDS_INSURANCE = Fact(
    N_(
        "It records your personal social insurance information and identifies your status "
        "(employed, unemployed, retired and so on). It can record your contributions, "
        "pension and medical insurance personal accounts, vocational qualifications and "
        "skills, employment history, work-related injuries and occupational diseases, and "
        "the degree of disability from them."
    ),
    ("s0", "s2"),
    quotes=(
        Quote("s0", "to record personal social insurance information"),
        Quote(
            "s2",
            "the card identifies the card holder's personal status (employment, unemployment, "
            "retirement, etc.), and can be recorded on the card holder's social insurance "
            "contributions, pension insurance personal account information, medical insurance "
            "personal account information, vocational qualifications and skills, employment "
            "experience, work injuries and occupational diseases and injuries.",
        ),
        Quote(
            "s2",
            "and the degree of disability from work-related injuries and occupational diseases.",
        ),
    ),
)
KEY_MANAGEMENT = Fact(
    N_(
        "It is protected by a strict key management and approval system, so its security "
        "level is high."
    ),
    ("s1",),
    quotes=(
        Quote(
            "s1",
            "The social security card has strict key management system and approval, and the "
            "safety factor is high.",
        ),
    ),
)
SAFETY_REQUIREMENTS = Fact(
    N_(
        "Article 4 of the Measures requires the cards issued in every locality to meet the "
        "requirements of safety, integrity and public welfare and to adopt unified national "
        "standards and norms."
    ),
    ("s3",),
    ("ssc-4",),
    quotes=(
        Quote(
            "s3",
            "The issuance of social security cards in all localities must comply with the "
            "requirements of safety, integrity and public welfare, adopt unified national "
            "standards and norms",
        ),
    ),
)
PHYSICAL = Fact(
    N_("It is a physical card, an integrated circuit (IC) card."),
    ("s3", "s4"),
    quotes=(
        Quote.foreign(
            "s4",
            "La tarjeta de seguridad social es una tarjeta física.",
            N_("The social security card is a physical card."),
        ),
        Quote("s3", "an integrated circuit card (ic card)"),
    ),
)
LEGAL_MEASURES = Fact(
    N_(
        "The Administrative Measures on Social Security Cards are formulated to standardize "
        "the issuance, application and management of the card, safeguard cardholders' "
        "legitimate rights and interests, and improve the service level of human resources "
        "and social security management."
    ),
    ("s3",),
    ("ssc-1", "ssc-2", "ssc-3", "ssc-4"),
    quotes=(
        Quote(
            "s3",
            "These Measures are formulated to standardize the issuance, application and "
            "management of social security cards of the People's Republic of China "
            "(hereinafter referred to as social security cards), safeguard the legitimate "
            "rights and interests of cardholders, and improve the service level of human "
            "resources and social security management.",
        ),
    ),
)
LEGAL_SIL = Fact(
    N_(
        "The Social Insurance Law establishes the social insurance system; it obliges "
        "employers to apply for their employees' social insurance registration within 30 "
        "days, makes the personal social security number the citizen's identity number, "
        "requires the social insurance agencies to record each person's contributions and "
        "rights, to send them record sheets of their rights regularly and free of charge and "
        "to let them check their records free of charge, and provides for a national social "
        "insurance information system."
    ),
    ("s0", "s1", "s2"),
    ("sil-2", "sil-58", "sil-74", "sil-75"),
    quotes=(
        Quote("s2", "Article 2 The State establishes a social insurance system"),
        Quote(
            "s0",
            "The employing unit shall, within 30 days from the date of employment, apply to "
            "the social insurance agency for social insurance registration for its employees.",
        ),
        Quote("s1", "Personal social security number is a citizen's identity number."),
        Quote(
            "s2",
            "Social insurance agencies shall record in a timely, complete and accurate manner "
            "the contributions made by individuals participating in social insurance and by "
            "employers on their behalf, as well as records of their individual rights and "
            "interests, such as the enjoyment of social insurance benefits, and shall "
            "regularly send the record sheets of individual rights and interests to the "
            "individuals free of charge.",
        ),
        Quote(
            "s2",
            "Employing units and individuals may inquire and check their records of "
            "contributions and social insurance entitlements with the social insurance "
            "administration organizations free of charge",
        ),
        Quote(
            "s2",
            "Article 75 The national social insurance information system shall be constructed "
            "in accordance with the unified planning of the State",
        ),
    ),
)
