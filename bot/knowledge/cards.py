"""The six cards, in display order."""

from __future__ import annotations

from collections.abc import Mapping

from bot.knowledge.electronic_cards import EMEDICAL, ESOCIAL
from bot.knowledge.model import Card, frozen_map
from bot.knowledge.other_cards import CITIZEN, HEALTH, MEDICAL
from bot.knowledge.social_card import SOCIAL

CARDS: Mapping[str, Card] = frozen_map(
    {card.id: card for card in (SOCIAL, ESOCIAL, MEDICAL, EMEDICAL, HEALTH, CITIZEN)}
)
