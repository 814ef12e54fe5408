"""Cross-validation of the whole search over the tuned part of the phrasing sets: each set read
with a learned model trained without it (``cardbot search-model crossval``).

The held-out part is never read here. A change to the rules or the learned reading is chosen on
these figures; the held-out part then says whether it holds. Needs the ``train`` extra.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from bot.search.as_you_type import understand_with
from bot.search.learned import Model
from bot.search.reply import ANSWER, DID_YOU_MEAN, GREETING, NOT_COVERED, THANKS, Reply
from bot.search.training import train

FOLDS = 5


def judge(reply: Reply, expected: tuple[str, ...]) -> tuple[bool, bool]:
    """(top-1 right, right within the first three): "none" wants an honest reply, "greeting"
    small talk, anything else its screen first."""
    if "none" in expected:
        honest = reply.kind in (NOT_COVERED, DID_YOU_MEAN)
        return honest, honest
    if "greeting" in expected:
        small = reply.kind in (GREETING, THANKS)
        return small, small
    nodes = [hit.node for hit in reply.hits]
    top1 = reply.kind == ANSWER and bool(nodes) and nodes[0] in expected
    return top1, any(node in expected for node in nodes[:3])


@dataclass
class Figures:
    """Phrasings read and read right, per kind; out-of-scope questions answered confidently."""

    read: Counter[str] = field(default_factory=Counter)
    right: Counter[str] = field(default_factory=Counter)
    confident_out_of_scope: int = 0

    def lines(self) -> list[str]:
        total, right = sum(self.read.values()), sum(self.right.values())
        out = [f"cross-validation over {total} tuned phrasings ({FOLDS} folds by set): "
               f"{right} right, {right / total:.2%}; out of scope answered confidently: "
               f"{self.confident_out_of_scope}"]  # fmt: skip
        for kind in sorted(self.read):
            out.append(f"  {kind:9} {self.read[kind]:5}  {self.right[kind] / self.read[kind]:.1%}")
        return out


def cross_validate(first_set: int = 0) -> Figures:
    """Every tuned phrasing of the sets from `first_set` on, read by a model trained on the
    folds its set is not in (a set's index modulo FOLDS is its fold)."""
    sys.path.insert(0, str(Path(__file__).parents[2]))  # the sets live in the checkout's tests/
    from tests.test_search import SETS, held_out

    seen: set[str] = set()
    tuned: list[tuple[int, str, str, tuple[str, ...]]] = []
    for index, phrasings in enumerate(SETS):
        for _language, kind, text, expected in phrasings:
            if text not in seen and not held_out(text):
                wanted = (expected,) if isinstance(expected, str) else tuple(expected)
                tuned.append((index, kind, text, wanted))
            seen.add(text)
    figures = Figures()
    for fold in range(FOLDS):
        reader = Model(train([(t, w[0]) for i, _k, t, w in tuned if i % FOLDS != fold]))
        for index, kind, text, wanted in tuned:
            if index % FOLDS == fold and index >= first_set:
                top1, _top3 = judge(understand_with(reader, text), wanted)
                figures.read[kind] += 1
                figures.right[kind] += top1
                figures.confident_out_of_scope += kind == "oos" and not top1
    return figures
