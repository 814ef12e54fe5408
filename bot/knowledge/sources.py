"""The five seed articles: the only origin of the knowledge base's facts."""

from __future__ import annotations

from collections.abc import Mapping

from bot.i18n import N_
from bot.knowledge.model import Source, frozen_map

_SOURCES = (
    Source(
        "s0",
        "000_ec64b403d6dab0b3.txt",
        N_("Is the health card a social security card?"),
        "en",
    ),
    Source(
        "s1",
        "001_86eff02bfa1fe71a.txt",
        N_("Is the social security card the same as the medical insurance card?"),
        "en",
    ),
    Source(
        "s2",
        "002_28cd8236a2b4c8c3.txt",
        N_("Are the citizen card and the social security card the same card?"),
        "en",
    ),
    Source(
        "s3",
        "003_dd8a2e347b1cdec3.txt",
        N_("Are human resources and social security cards social security cards?"),
        "en",
    ),
    Source(
        "s4",
        "004_054efa416e91d935.txt",
        N_(
            "Are the electronic medical insurance certificate and the electronic social "
            "security card the same?"
        ),
        "es",
    ),
)

SOURCES: Mapping[str, Source] = frozen_map({source.id: source for source in _SOURCES})
