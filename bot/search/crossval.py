"""Cross-validation of the whole search over the tuned part of the phrasing sets: each set read
with a learned model, and a trust, fitted without it (``cardbot search-model crossval``).

The held-out part is never read here. A change to the rules or the learned reading is chosen on
these figures; the held-out part then says whether it holds. Needs the ``train`` extra.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from bot.search.as_you_type import understand_with
from bot.search.judging import judge
from bot.search.learned import Model
from bot.search.scope_cost import Answered, answered, cost
from bot.search.training import FOLDS, fit_trust, read_across_folds, tuned_rows


@dataclass
class Figures:
    """Phrasings read and read right, per kind; out-of-scope questions answered confidently."""

    read: Counter[str] = field(default_factory=Counter)
    right: Counter[str] = field(default_factory=Counter)
    confident_out_of_scope: int = 0
    answers: list[Answered] = field(default_factory=list)

    def lines(self) -> list[str]:
        total, right = sum(self.read.values()), sum(self.right.values())
        out = [f"cross-validation over {total} tuned phrasings ({FOLDS} folds by set): "
               f"{right} right, {right / total:.2%}; out of scope answered confidently: "
               f"{self.confident_out_of_scope}"]  # fmt: skip
        for kind in sorted(self.read):
            out.append(f"  {kind:9} {self.read[kind]:5}  {self.right[kind] / self.read[kind]:.1%}")
        return out + cost(self.answers)


def cross_validate(first_set: int = 0) -> Figures:
    """Every tuned phrasing of the sets from `first_set` on, read by a model trained on the
    folds its set is not in (a set's index modulo FOLDS is its fold), with a trust fitted on
    those folds' readings."""
    rows = tuned_rows()
    folds = read_across_folds(rows)
    figures = Figures()
    for fold in range(FOLDS):
        reader = Model({**folds.models[fold], "trust": fit_trust(rows, folds, without=fold)})
        for row, (_rules, text, short), reading in zip(rows, folds.rules, folds.readings,
                                                     strict=True):  # fmt: skip
            if row.set_index % FOLDS == fold and row.set_index >= first_set:
                reply = understand_with(reader, row.text)
                top1, _top3 = judge(reply, row.expected)
                entry = answered(row, reply, reading, text, short, top1)
                figures.answers += [entry] if entry else []
                figures.read[row.kind] += 1
                figures.right[row.kind] += top1
                figures.confident_out_of_scope += row.kind == "oos" and not top1
    return figures
