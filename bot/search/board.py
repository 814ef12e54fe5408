"""A search's result: the best score offered for each target, then the ranked hits."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

# Scores are 0..100. A hit under MIN_SCORE is not returned.
MIN_SCORE = 60.0


@dataclass(frozen=True)
class Hit:
    """A target the bot can show (a menu node), how well it matched, and in which language."""

    node: str
    score: float
    language: str


class Board:
    """The best score offered for each node so far."""

    def __init__(self, language: str | None) -> None:
        self.language = language
        self.scores: dict[str, tuple[float, str]] = {}

    def __call__(self, node: str, score: float, hit_language: str | None = None) -> None:
        if score > self.scores.get(node, (-1.0, ""))[0]:
            self.scores[node] = (score, self.language or hit_language or "en")

    def hits(self, limit: int) -> list[Hit]:
        ranked = sorted(self.scores.items(), key=lambda item: -item[1][0])
        return [
            Hit(node, round(min(score, 100.0), 1), language)
            for node, (score, language) in ranked[:limit]
            if score >= MIN_SCORE
        ]


def majority(values: list[str]) -> str | None:
    """The most common value, None for none."""
    if not values:
        return None
    return Counter(values).most_common(1)[0][0]
