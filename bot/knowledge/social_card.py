"""The social security card (also called the human resources and social security card).

The facts are module constants so that the FAQs can quote the very same statements.
"""

from __future__ import annotations

from bot.i18n import N_
from bot.knowledge.model import Card, Fact, Quote, frozen_map

OFFICIAL_NAME = Fact(
    N_(
        "Its official name is \"Social Security Card of the People's Republic of China\". "
        "The human resources and social security card is the same card under another name."
    ),
    ("s3",),
    quotes=(
        Quote(
            "s3",
            "Are human resources and social security cards social security cards? Legal "
            "Analysis: Social Security Card, which is called \"Social Security Card of the "
            "People's Republic of China\"",
        ),
    ),
)
IC_CARD = Fact(
    N_(
        "It is an integrated circuit (IC) card designed by the Ministry of Human Resources "
        "and Social Security and applied to various business fields of human resources and "
        "social security. It has the characteristics of \"one card for multiple purposes\" "
        "and \"universal\"."
    ),
    ("s3",),
    ("ssc-2", "ssc-4"),
    quotes=(
        Quote(
            "s3",
            "an integrated circuit card (ic card) designed by Ministry of Human Resources and "
            "Social Security, distributed to the society by local human resources and social "
            "security departments, and applied to various business fields of human resources "
            "and social security. It has the characteristics of \"one card for multiple "
            "purposes\" and \"universal\".",
        ),
    ),
)
PROOF_OF_INSURANCE = Fact(
    N_(
        "It is a voucher of participation in social insurance: it mainly proves that the "
        "cardholder takes part in social insurance."
    ),
    ("s2",),
    quotes=(
        Quote("s2", "The social security card is a voucher for participation in insurance"),
        Quote(
            "s2",
            "the social security card is mainly to prove that the cardholder participated in "
            "social insurance.",
        ),
    ),
)
ELECTRONIC_CREDENTIAL = Fact(
    N_(
        "It is the electronic credential with which cardholders enjoy their social security "
        "rights and public employment services, and the electronic voucher of workers in the "
        "field of labor security."
    ),
    ("s2", "s3"),
    ("ssc-2",),
    quotes=(
        Quote(
            "s3",
            "Social security card is a electronic certificate for cardholders to enjoy the "
            "rights and interests of social security and public employment services.",
        ),
        Quote(
            "s2",
            "The social security card is an electronic voucher for workers in the field of "
            "labor security.",
        ),
    ),
)
ISSUED_BY_HRSS = Fact(
    N_(
        "It is issued by the human resources and social security departments: the local "
        "departments issue it to the public, to the people who take part in social insurance."
    ),
    ("s0", "s1", "s2", "s3"),
    ("ssc-3",),
    quotes=(
        Quote(
            "s0",
            "Social security cards are issued by the national human resources and social "
            "security departments",
        ),
        Quote(
            "s1",
            "the social security card is issued to the society by the local human resources "
            "and social security department",
        ),
        Quote(
            "s2",
            "The social security card is a card issued by the social security department to "
            "social security participants",
        ),
        Quote(
            "s3",
            "distributed to the society by local human resources and social security "
            "departments",
        ),
    ),
)
MANAGED_BY_HRSS = Fact(
    N_(
        "It is managed by the human resources and social security departments: the Ministry "
        "nationwide, and the provincial and municipal departments in their regions, whose "
        "information management institutions handle card issuance and technical management."
    ),
    ("s0", "s3"),
    ("ssc-3",),
    quotes=(
        Quote(
            "s0",
            "social security cards are managed by national human resources and social "
            "security departments.",
        ),
        Quote(
            "s3",
            "Ministry of Human Resources and Social Security is responsible for managing the "
            "issuance and application of national social security cards. Provincial and "
            "municipal human resources and social security departments are responsible for "
            "the issuance and application management of social security cards in the region, "
            "and their subordinate information comprehensive management institutions "
            "specifically undertake the related affairs of social security card issuance and "
            "technical management.",
        ),
    ),
)
PROTECTS_RIGHTS = Fact(
    N_(
        "It protects citizens' rights and interests in pension, medical care and "
        "unemployment, and helps the social insurance system run smoothly."
    ),
    ("s0",),
    tasks=("pension", "unemployment"),
    quotes=(
        Quote(
            "s0",
            "The main function of social security card is to protect citizens' rights and "
            "interests in pension, medical care and unemployment, and to ensure the smooth "
            "implementation of social insurance system.",
        ),
    ),
)
MORE_THAN_MEDICAL = Fact(
    N_(
        "It has the functions of the medical insurance card, and it is also an important "
        "voucher for handling various social security business, such as receiving "
        "unemployment benefits."
    ),
    ("s1",),
    tasks=("unemployment",),
    quotes=(
        Quote(
            "s1",
            "Social security card not only has the function of medical insurance card, but "
            "also is an important voucher for handling various social security businesses, "
            "such as receiving unemployment benefits.",
        ),
    ),
)
BASIC_FUNCTIONS = Fact(
    N_(
        "Its basic functions are recording information, querying information and handling "
        "business."
    ),
    ("s3",),
    ("ssc-2",),
    tasks=("contributions",),
    quotes=(
        Quote(
            "s3",
            "It has the basic functions of information recording, information inquiry and "
            "business handling.",
        ),
    ),
)
USES = Fact(
    N_(
        "With it you can see a doctor and settle your medical insurance personal account, "
        "buy medicines at the pharmacy, handle pension insurance affairs, register as a job "
        "seeker or as unemployed, apply for unemployment insurance benefits and employment "
        "training, and apply for a labor capacity appraisal and for work-related injury and "
        "other insurance benefits."
    ),
    ("s2",),
    tasks=("hospital", "pharmacy", "pension", "unemployment", "injury"),
    quotes=(
        Quote(
            "s2",
            "The cardholder can use the card to seek medical treatment and settle the medical "
            "insurance personal account; use the card to handle pension insurance affairs; "
            "use the card to go to the relevant departments to apply for job-seeking "
            "registration and unemployment registration procedures, apply for unemployment "
            "insurance benefits, and apply for employment training; use the card to apply for "
            "labor capacity appraisal and apply for enjoyment of work-related injuries and "
            "other insurance benefits.",
        ),
        Quote(
            "s2",
            "4, you can use the card to go to the hospital, settle the medical insurance "
            "personal account, and buy medicines at the pharmacy;",
        ),
    ),
)
QUERIES = Fact(
    N_(
        "You can use it to check your pension, unemployment, medical, work-related injury "
        "and maternity insurance contributions and the accumulated totals of your pension and "
        "medical insurance, at the social security bureau or online. The source, an undated "
        "article, adds that \"in the future\" cardholders will also be able to handle labor "
        "and social security affairs online."
    ),
    ("s2",),
    ("sil-74",),
    tasks=("contributions",),
    quotes=(
        Quote(
            "s2",
            "3, query the old age, unemployment, medical care, work-related injuries, and "
            "maternity insurance payment status;",
        ),
        Quote(
            "s2",
            "6, query the total accumulated amount of old age insurance and medical insurance;",
        ),
        Quote("s2", "you can go to the social security bureau or online query"),
        Quote(
            "s2",
            "the cardholder can query the information on the Internet, and in the future, you "
            "can also handle the labor and social security affairs online.",
        ),
    ),
)
IDENTIFICATION = Fact(
    N_(
        "It can also serve as identification, and for real-time settlement of medical "
        "insurance, pension insurance and unemployment registration."
    ),
    ("s4",),
    tasks=("identity",),
    quotes=(
        Quote.foreign(
            "s4",
            "puede usarse como tarjeta de identificación, liquidación en tiempo real de "
            "seguros médicos, seguros de pensiones y registro de desempleo.",
            N_(
                "it can be used as an identification card, real-time settlement of medical "
                "insurance, pension insurance and unemployment registration."
            ),
        ),
    ),
)
SCOPE_WIDE = Fact(
    N_(
        "It is used widely across social insurance: to receive pensions, to get medical "
        "expenses reimbursed and to apply for unemployment insurance benefits."
    ),
    ("s0",),
    tasks=("pension", "reimburse", "unemployment"),
    quotes=(
        Quote(
            "s0",
            "Social security cards are widely used in various fields of social insurance, such "
            "as receiving pensions, reimbursing medical expenses and applying for unemployment "
            "insurance benefits.",
        ),
    ),
)
SCOPE_MEDICAL = Fact(
    N_(
        "Once you take part in basic medical insurance, you can use it at designated "
        "hospitals and designated pharmacies to pay from your medical insurance personal "
        "account."
    ),
    ("s2",),
    tasks=("hospital", "pharmacy"),
    quotes=(
        Quote(
            "s2",
            "After participating in the basic medical insurance, the social security card can "
            "be used in the designated hospitals, designated pharmacies to use the medical "
            "insurance personal account",
        ),
    ),
)
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

SOCIAL = Card(
    id="social",
    name=N_("Social security card"),
    short_name=N_("Social security card"),
    other_names=(
        N_("Human resources and social security card"),
        N_("Social Security Card of the People's Republic of China"),
    ),
    aliases_en=(
        "social security card",
        "ss card",
        "ssc",
        "social card",
        "social insurance card",
        "human resources and social security card",
        "hrss card",
        "hr and social security card",
        "social security card of the people's republic of china",
    ),
    aliases_es=(
        "tarjeta de seguridad social",
        "tarjeta de la seguridad social",
        "tarjeta del seguro social",
        "tarjeta de seguro social",
        "tarjeta social",
        "tarjeta de recursos humanos y seguridad social",
    ),
    points=frozen_map(
        {
            "what": (OFFICIAL_NAME, IC_CARD, PROOF_OF_INSURANCE, ELECTRONIC_CREDENTIAL),
            "issuer": (ISSUED_BY_HRSS,),
            "manager": (MANAGED_BY_HRSS,),
            "function": (
                PROTECTS_RIGHTS, MORE_THAN_MEDICAL, BASIC_FUNCTIONS, USES, QUERIES,
                IDENTIFICATION,
            ),
            "scope": (SCOPE_WIDE, SCOPE_MEDICAL),
            "eligibility": (GET_BY_JOINING, TWO_TYPES, EMPLOYER_APPLIES),
            "records": (RECORDS_BASIC, RECORDS_INSURANCE),
            "security": (KEY_MANAGEMENT, SAFETY_REQUIREMENTS),
            "form": (PHYSICAL,),
            "legal": (LEGAL_MEASURES, LEGAL_SIL),
        }
    ),
)
