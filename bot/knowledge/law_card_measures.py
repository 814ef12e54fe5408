"""The articles of the Measures on Social Security Cards the seeds quote (see laws.py)."""

from __future__ import annotations

from bot.i18n import N_
from bot.knowledge.model import LawArticle, Quote

CARD_MEASURES = N_(
    "Administrative Measures of the People's Republic of China on Social Security Cards"
)

ARTICLES = (
    LawArticle(
        "ssc-1",
        CARD_MEASURES,
        1,
        N_(
            "These Measures are formulated to standardize the issuance, application and "
            "management of social security cards of the People's Republic of China "
            "(hereinafter referred to as social security cards), safeguard the legitimate "
            "rights and interests of cardholders, and improve the service level of human "
            "resources and social security management."
        ),
        ("s3",),
        quotes=(
            Quote(
                "s3",
                "Article 1 These Measures are formulated to standardize the issuance, "
                "application and management of social security cards of the People's Republic "
                "of China (hereinafter referred to as social security cards), safeguard the "
                "legitimate rights and interests of cardholders, and improve the service level "
                "of human resources and social security management.",
            ),
        ),
    ),
    LawArticle(
        "ssc-2",
        CARD_MEASURES,
        2,
        N_(
            "The term \"social security card\" as mentioned in these Measures refers to an "
            "integrated circuit card issued to the public and mainly used for government social "
            "management and public services in the fields of human resources and social "
            "security.\n\n"
            "The social security card is an electronic certificate for cardholders to enjoy "
            "the rights and interests of social security and public employment services. It "
            "has the basic functions of information recording, information inquiry and "
            "business handling."
        ),
        ("s3",),
        quotes=(
            Quote(
                "s3",
                "Article 2 The term \"social security card\" as mentioned in these Measures "
                "refers to an integrated circuit card issued to the public and mainly used for "
                "government social management and public services in the fields of human "
                "resources and social security. Social security card is a electronic "
                "certificate for cardholders to enjoy the rights and interests of social "
                "security and public employment services. It has the basic functions of "
                "information recording, information inquiry and business handling.",
            ),
        ),
    ),
    LawArticle(
        "ssc-3",
        CARD_MEASURES,
        3,
        N_(
            "The Ministry of Human Resources and Social Security is responsible for managing "
            "the issuance and application of national social security cards. Provincial and "
            "municipal human resources and social security departments are responsible for "
            "the issuance and application management of social security cards in the region, "
            "and their subordinate comprehensive information management institutions "
            "specifically undertake the related affairs of social security card issuance and "
            "technical management."
        ),
        ("s3",),
        quotes=(
            Quote(
                "s3",
                "Article 3 Ministry of Human Resources and Social Security is responsible for "
                "managing the issuance and application of national social security cards. "
                "Provincial and municipal human resources and social security departments are "
                "responsible for the issuance and application management of social security "
                "cards in the region, and their subordinate information comprehensive "
                "management institutions specifically undertake the related affairs of social "
                "security card issuance and technical management.",
            ),
        ),
    ),
    LawArticle(
        "ssc-4",
        CARD_MEASURES,
        4,
        N_(
            "Social security cards shall be constructed in accordance with the principle of "
            "\"one card is multi-purpose and universal\". The issuance of social security cards "
            "in all localities must comply with the requirements of safety, integrity and "
            "public welfare, adopt unified national standards and norms, and ensure their use "
            "throughout the country."
        ),
        ("s3",),
        quotes=(
            Quote(
                "s3",
                "Article 4 Social security cards shall be constructed in accordance with the "
                "principle of \"one card is multi-purpose and universal\". The issuance of "
                "social security cards in all localities must comply with the requirements of "
                "safety, integrity and public welfare, adopt unified national standards and "
                "norms, and ensure their use throughout the country.",
            ),
        ),
    ),
)
