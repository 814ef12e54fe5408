"""The law articles the seeds quote, cleaned of their garbling but not otherwise changed.

Each article carries the passages of the seeds it is taken from. Where a seed's text is garbled,
``repair`` says what the bot changed, and the law screen shows it.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.knowledge import law_card_measures, law_social_insurance
from bot.knowledge.law_card_measures import CARD_MEASURES
from bot.knowledge.law_social_insurance import SOCIAL_INSURANCE_LAW
from bot.knowledge.model import LawArticle, frozen_map

LAWS: Mapping[str, LawArticle] = frozen_map(
    {
        article.id: article
        for article in (*law_social_insurance.ARTICLES, *law_card_measures.ARTICLES)
    }
)

__all__ = ["CARD_MEASURES", "LAWS", "SOCIAL_INSURANCE_LAW"]
