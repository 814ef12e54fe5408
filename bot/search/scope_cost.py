"""What the target "no confident answer to an out-of-scope question" costs in right answers,
read across the folds of the cross-validation (``cardbot search-model crossval`` prints it).

A gate fitted on the confident answers (the trust's signals, and how near the model puts "not
covered" to the screen answered) ranks them by how likely the question is out of scope; turning
the first N into "Did you mean" catches some out-of-scope questions and loses the right answers
among them. Measured only: the bot has no such gate.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.search.learned import Reading
from bot.search.reply import ANSWER, Reply
from bot.search.training import FOLDS, Tuned
from bot.search.trust import signals

# How many of the likeliest answers the printed lines turn into "Did you mean".
TURNED = (50, 100, 200, 400, 800, 1600, 3200)


@dataclass(frozen=True)
class Answered:
    """A tuned phrasing answered confidently: what the gate weighs, and how it was judged."""

    fold: int
    values: list[float]
    out_of_scope: bool
    right: bool


def answered(row: Tuned, reply: Reply, reading: Reading | None, text: str, short: bool,
             right: bool) -> Answered | None:  # fmt: skip
    """The phrasing's entry, if the reply is a confident answer the model read at all."""
    if reply.kind != ANSWER or not reply.hits or reading is None:
        return None
    node, scores = reply.hits[0].node, reading.scores
    beside_none = scores.get(node, min(scores.values())) - scores.get("none", 0.0)
    values = [*signals(reply, reading, text, short), beside_none, float(reading.label == "none")]
    return Answered(row.set_index % FOLDS, values, row.kind == "oos", right)


def cost(entries: list[Answered]) -> list[str]:
    """Per number of answers turned: out-of-scope answers caught, right answers lost."""
    import numpy
    from sklearn.linear_model import LogisticRegression

    values = numpy.array([entry.values for entry in entries])
    out_of_scope = numpy.array([entry.out_of_scope for entry in entries])
    folds = numpy.array([entry.fold for entry in entries])
    likelihood = numpy.zeros(len(entries))
    for fold in range(FOLDS):
        gate = LogisticRegression(C=1.0, max_iter=5000, class_weight="balanced")
        gate.fit(values[folds != fold], out_of_scope[folds != fold])
        likelihood[folds == fold] = gate.predict_proba(values[folds == fold])[:, 1]
    order = numpy.argsort(-likelihood, kind="stable")
    lines = [f"out of scope answered confidently: {int(out_of_scope.sum())} of {len(entries)} "
             "answers; a fitted gate turning the likeliest into 'Did you mean' would"]  # fmt: skip
    for turned in TURNED:
        chosen = [entries[i] for i in order[:turned]]
        caught = sum(entry.out_of_scope for entry in chosen)
        lost = sum(entry.right and not entry.out_of_scope for entry in chosen)
        lines.append(f"  turn {turned:5}: catch {caught:3}, lose {lost:5} right answers")
    return lines
