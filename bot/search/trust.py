"""Whether the learned reading's label should replace the rules' one: a logistic model over what
the two readings say (their scores, the kinds of screen each names, the rules' kind of reply,
whether the text names the screen's cards), fitted by ``cardbot search-model train`` on readings
of the tuned part by models trained without the phrasing's set (bot/search/training.py).

It replaces fixed margins ("the model must lead by 0.5"): where the model is right when it
disagrees depends on what it disagrees about (a point of a card against the card's profile, a
task against "not covered"), which one margin cannot say.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.search.engine import cards_named
from bot.search.reply import ANSWER, DID_YOU_MEAN, GREETING, NOT_COVERED, THANKS, Reply
from bot.search.text import words

if TYPE_CHECKING:
    from bot.search.learned import Reading

FAMILIES = ("card", "point", "task", "cmp", "faq", "law", "none", "greeting", "other")
REPLY_KINDS = (ANSWER, DID_YOU_MEAN, NOT_COVERED, GREETING, THANKS)


def label_of(reply: Reply) -> str:
    """The rules' reading as one of the model's labels."""
    if reply.kind == ANSWER and reply.hits:
        return reply.hits[0].node
    return "greeting" if reply.kind in (GREETING, THANKS) else "none"


def cards_of_label(label: str) -> set[str]:
    """The cards a screen is about: one for a card's screens, two for a comparison."""
    name, *args = label.split(":")
    return set(args[:1]) if name == "card" else set(args[:2]) if name == "cmp" else set()


def family(label: str) -> str:
    """What kind of screen a label is: a card's profile or one of its points, a task…"""
    if label in ("none", "greeting"):
        return label
    name = label.split(":")[0]
    if name == "card":
        return "point" if label.count(":") >= 2 else "card"
    return name if name in FAMILIES else "other"


def signals(reply: Reply, reading: Reading, text: str, short: bool) -> list[float]:
    """What the decision weighs, for a text the two readings read differently."""
    rules, learned = label_of(reply), reading.label
    scores = reading.scores
    nodes = [hit.node for hit in reply.hits[:3]]
    cards, named = cards_of_label(learned), {card for card, _weak in cards_named(text)}
    point_of_rules = rules.count(":") == 2 and learned == rules.rsplit(":", 1)[0]
    out = [
        reading.lead_over(rules),
        reading.margin(),
        scores[learned],
        scores[learned] - reading.lead_over(rules),  # the model's score for the rules' label
        float(short),
        len(words(text)) / 10,
        reply.hits[0].score / 100 if reply.hits else 0.0,
        float(learned in nodes),
        float(rules.startswith("law:") or point_of_rules),
        float(bool(cards and named and not cards <= named)),
        float(bool(named)),
        reading.known,
    ]
    # Whether the rules named a gap the sources leave ("lost", "foreigners"); their choices.
    out += [float(reply.gap not in (None, "other")), len(reply.hits) / 3]
    # A short query's readings are right in other proportions than a sentence's (by
    # cross-validation: 8 more right, 2 fewer out-of-scope answers with these than without).
    out += [float(short and family(learned) == name) for name in FAMILIES]
    out += [float(short and family(rules) == name) for name in FAMILIES]
    out += [float(reply.kind == kind) for kind in REPLY_KINDS]
    out += [float(family(rules) == name) for name in FAMILIES]
    out += [float(family(learned) == name) for name in FAMILIES]
    return out


@dataclass(frozen=True)
class Trust:
    """The fitted decision: a weight per signal and a bias."""

    weights: tuple[float, ...]
    bias: float

    def trusts(self, values: list[float]) -> bool:
        """Whether the learned reading is more likely right than the rules'."""
        return self.bias + math.fsum(w * v for w, v in zip(self.weights, values, strict=True)) > 0
