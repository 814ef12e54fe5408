"""A second reading learned from people's own phrasings: a linear model over the words' stems,
word pairs and letter runs, trained on the tuned part of the phrasing sets (never the held-out
part) by ``cardbot search-model train`` (bot/search/training.py).

The rules read what they were written for; people who phrase a question in ways no rule foresaw
are read by the model. Where the two disagree, a fitted decision says which wins (``overrule``).
Inference is plain Python over sparse weights, so the bot needs no numerical library.
"""

from __future__ import annotations

import gzip
import json
import math
from array import array
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from bot.search.articles import names_a_number
from bot.search.board import Hit
from bot.search.fallback import THANKING
from bot.search.phrases import stem
from bot.search.reply import ANSWER, DID_YOU_MEAN, GREETING, NOT_COVERED, THANKS, Reply, unique
from bot.search.text import CHINESE_TASK_WORDS, detect_language, words
from bot.search.trust import Trust, label_of, signals

MODEL_PATH = Path(__file__).with_name("learned_model.json.gz")
# Letter runs of this length, within "<word>": misspellings and endings share some of them.
RUN = 4


def features(text: str) -> list[str]:
    """What the model reads of a text: stems, pairs of stems, and letter runs of the words."""
    tokens = words(text)
    language = detect_language(text) or "en"
    stems = [stem(token, language) for token in tokens]
    out = [*stems, *(f"{a}_{b}" for a, b in pairwise(stems))]
    for token in tokens:
        marked = f"<{token}>"
        out += [f"#{marked[i : i + RUN]}" for i in range(len(marked) - RUN + 1)]
    return out


@dataclass(frozen=True)
class Reading:
    """The model's best label, every label's score, and the share of the text's features the
    model knows (words it never saw in training, "报销", leave it reading the rest)."""

    label: str
    scores: dict[str, float]
    known: float = 1.0

    def lead_over(self, other: str) -> float:
        """By how much the best label's score beats another's (a label the model never saw,
        by as much as it beats its least likely one)."""
        return self.scores[self.label] - self.scores.get(other, min(self.scores.values()))

    def margin(self) -> float:
        """By how much the best label's score beats the runner-up's."""
        best, second = sorted(self.scores.values(), reverse=True)[:2]
        return best - second


class Model:
    """Weights per feature (only those that matter), an inverse document frequency per feature,
    a bias per label, and when to trust its reading over the rules' (a model without the last
    only reads)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.trained_on: dict[str, object] = data["trained_on"]
        trust = data.get("trust")
        self.trust = Trust(tuple(trust["weights"]), trust["bias"]) if trust else None
        self.labels: list[str] = list(data["labels"])
        self.bias: list[float] = list(data["bias"])
        self.weights: dict[str, tuple[float, array[int], array[float]]] = {
            feature: (idf, array("H", labels), array("f", values))
            for feature, (idf, labels, values) in data["features"].items()
        }

    def read(self, text: str) -> Reading | None:
        counts: dict[str, int] = {}
        every = features(text)
        for feature in every:
            if feature in self.weights:
                counts[feature] = counts.get(feature, 0) + 1
        if not counts:
            return None
        # As the trainer's TF-IDF: 1 + ln(count), times the idf, the whole vector of length 1.
        values = {f: (1 + math.log(n)) * self.weights[f][0] for f, n in counts.items()}
        norm = math.sqrt(sum(v * v for v in values.values()))
        scores = list(self.bias)
        for feature, value in values.items():
            _idf, labels, weights = self.weights[feature]
            share = value / norm
            for label, weight in zip(labels, weights, strict=True):
                scores[label] += share * weight
        best = max(range(len(scores)), key=scores.__getitem__)
        known = sum(counts.values()) / len(every)
        return Reading(self.labels[best], dict(zip(self.labels, scores, strict=True)), known)


def stored() -> dict[str, Any]:
    """The shipped model's data as `cardbot search-model train` wrote it."""
    with gzip.open(MODEL_PATH, "rt", encoding="utf-8") as stream:
        data: dict[str, Any] = json.load(stream)
    return data


@cache
def model() -> Model:
    """The shipped model (loaded once: about 22,000 features)."""
    return Model(stored())


# By how much the model's best must lead its runner-up to answer where the rules asked "Did you
# mean" (by cross-validation over whole sets, it costs 7 of 17,006 readings: the honest choices
# where both readings are unsure).
_SURE_OF_A_CHOICE = 0.5
# A learned reading's score: a confident answer's, under a name said verbatim.
LEARNED_SCORE = 90.0


def overrule(reply: Reply, text: str, short: bool, reader: Model | None = None) -> Reply:
    """The rules' reply, or the model's reading (the shipped model's unless another is given)
    where its fitted trust (bot/search/trust.py) says the model is the likelier right. A short
    query (typed as a search) is never made "not covered": inline, it must find things."""
    reader = reader or model()
    reading = reader.read(text)
    if reading is None or reader.trust is None or reading.label == label_of(reply):
        return reply
    if not may_weigh(reply, reading, text):
        return reply
    if not reader.trust.trusts(signals(reply, reading, text, short)):
        return reply
    return replaced(reply, reading.label, text, short)


def may_weigh(reply: Reply, reading: Reading, text: str) -> bool:
    """Whether the trust is asked at all. An article named by number is the rules' (they know
    which ones the sources have); so is a text with a Chinese task word ("报销", "健康档案"):
    their lexicon has them, the phrasings the model learned from few. Where the rules asked "Did
    you mean", the choices stand unless the model is sure of one or reads their first choice."""
    if names_a_number(words(text)) or any(word in text for word in CHINESE_TASK_WORDS):
        return False
    if reply.kind != DID_YOU_MEAN or reading.margin() >= _SURE_OF_A_CHOICE:
        return True
    return bool(reply.hits) and reading.label == reply.hits[0].node


def replaced(reply: Reply, label: str, text: str, short: bool) -> Reply:
    """The reply with the learned label in the rules' place."""
    if label == "none":
        return reply if short else Reply(NOT_COVERED, reply.hits, reply.gap or "other")
    if label == "greeting":
        return Reply(THANKS if THANKING.intersection(words(text)) else GREETING)
    language = reply.hits[0].language if reply.hits else detect_language(text) or "en"
    return Reply(ANSWER, unique([Hit(label, LEARNED_SCORE, language), *reply.hits])[:3])
