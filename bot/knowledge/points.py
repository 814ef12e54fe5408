"""The points on which cards are compared, in display order."""

from __future__ import annotations

from collections.abc import Mapping

from bot.i18n import N_
from bot.knowledge.model import Point, frozen_map

_POINTS = (
    Point("what", N_("What it is")),
    Point("issuer", N_("Who issues it")),
    Point("manager", N_("Who manages it")),
    Point("function", N_("What it is for")),
    Point("scope", N_("Where it is used")),
    Point("eligibility", N_("Who can get it and how")),
    Point("records", N_("What it records")),
    Point("security", N_("Security")),
    Point("form", N_("Physical or electronic")),
    Point("legal", N_("Legal basis")),
)

POINTS: Mapping[str, Point] = frozen_map({point.id: point for point in _POINTS})
