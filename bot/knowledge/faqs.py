"""The questions the seeds answer, in order: the deep link ``faq-N`` is 1-based.

The first five are the seeds' own questions; the rest are what the seeds teach besides.
"""

from __future__ import annotations

from bot.knowledge.faqs_insurance import (
    CARD_TYPES,
    CARD_USES,
    EMPLOYER_DUTY,
    INSURANCE_KINDS,
    SOCIAL_SECURITY_NUMBER,
)
from bot.knowledge.faqs_same_card import (
    CITIZEN_IS_SOCIAL,
    EMEDICAL_IS_ESOCIAL,
    HEALTH_IS_SOCIAL,
    HRSS_IS_SOCIAL,
    SOCIAL_IS_MEDICAL,
)
from bot.knowledge.model import Faq

FAQS: tuple[Faq, ...] = (
    HEALTH_IS_SOCIAL,
    SOCIAL_IS_MEDICAL,
    CITIZEN_IS_SOCIAL,
    HRSS_IS_SOCIAL,
    EMEDICAL_IS_ESOCIAL,
    INSURANCE_KINDS,
    CARD_USES,
    CARD_TYPES,
    EMPLOYER_DUTY,
    SOCIAL_SECURITY_NUMBER,
)
