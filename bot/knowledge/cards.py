"""The six cards, in display order."""

from __future__ import annotations

from collections.abc import Mapping

from bot.knowledge.citizen_card import CITIZEN
from bot.knowledge.emedical_card import EMEDICAL
from bot.knowledge.esocial_card import ESOCIAL
from bot.knowledge.health_card import HEALTH
from bot.knowledge.medical_card import MEDICAL
from bot.knowledge.model import Card, frozen_map
from bot.knowledge.social_card import SOCIAL

CARDS: Mapping[str, Card] = frozen_map(
    {card.id: card for card in (SOCIAL, ESOCIAL, MEDICAL, EMEDICAL, HEALTH, CITIZEN)}
)
