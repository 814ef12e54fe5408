"""What the social security card is for and where it is used: its function and scope facts."""

from __future__ import annotations

from bot.i18n import N_
from bot.knowledge.model import Fact, Quote

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
        "It is widely used in various fields of social insurance, such as receiving pensions, "
        "getting medical expenses reimbursed and applying for unemployment insurance benefits."
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
NATIONWIDE = Fact(
    N_(
        "Article 4 of the Measures requires the cards issued in every locality to adopt "
        "unified national standards and to ensure their use throughout the country."
    ),
    ("s3",),
    ("ssc-4",),
    quotes=(
        Quote(
            "s3",
            "Social security cards shall be constructed in accordance with the principle of "
            "\"one card is multi-purpose and universal\". The issuance of social security cards "
            "in all localities must comply with the requirements of safety, integrity and "
            "public welfare, adopt unified national standards and norms, and ensure their use "
            "throughout the country.",
        ),
    ),
)
