"""Train the learned reading (bot/search/learned.py) and its trust (bot/search/trust.py) on the
tuned part of the phrasing sets.

Run by ``cardbot search-model train`` after the sets or the search's text handling change; it
needs the ``train`` extra (scikit-learn), which the bot itself never imports. The held-out part
of the sets is never trained on: only texts the tests count as tuned are kept.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.search.judging import judge
from bot.search.learned import MODEL_PATH, Model, Reading, features, may_weigh, replaced
from bot.search.reply import Reply
from bot.search.trust import label_of, signals

# Weights smaller than this change almost no reading (measured: 94.05% against 94.16% of a fold
# of the tuned part read right) and would make the model five times larger.
_SMALLEST_WEIGHT = 0.05
# The SVM's regularisation, chosen by cross-validation over whole sets of the tuned part (94.7%
# of the model's own readings right at 0.5, 95.3% at 1.0).
_C = 1.0
# The trust is fitted on readings by models trained without the phrasing's set, in this many
# folds (a set's index modulo FOLDS is its fold).
FOLDS = 5
# In the trust's fitting, an out-of-scope question answered confidently weighs as this many
# readings: the target is none. Chosen by cross-validation over whole sets (1: 60 more right
# and 12 more out-of-scope answers than the fixed margins; 3: 32 more right, 5 fewer answers).
_OUT_OF_SCOPE_WEIGHT = 3.0


@dataclass(frozen=True)
class Tuned:
    """A tuned phrasing: its set's index, its kind, its text and the screens that answer it."""

    set_index: int
    kind: str
    text: str
    expected: tuple[str, ...]


def tuned_rows() -> list[Tuned]:
    """Every tuned phrasing, in the sets' order, a text already seen counted once."""
    sys.path.insert(0, str(Path(__file__).parents[2]))  # the sets live in the checkout's tests/
    from tests.test_search import SETS, held_out

    seen: set[str] = set()
    rows = []
    for index, phrasings in enumerate(SETS):
        for _language, kind, text, expected in phrasings:
            if text not in seen and not held_out(text):
                wanted = (expected,) if isinstance(expected, str) else tuple(expected)
                rows.append(Tuned(index, kind, text, wanted))
            seen.add(text)
    return rows


def tuned_phrasings() -> list[tuple[str, str]]:
    """(text, first expected label) of every tuned phrasing, in the sets' order."""
    return labelled(tuned_rows())


def labelled(rows: list[Tuned]) -> list[tuple[str, str]]:
    """(text, label to learn) of the rows: the first of the screens that answer it."""
    return [(row.text, row.expected[0]) for row in rows]


def fingerprint(texts: list[str]) -> dict[str, object]:
    digest = hashlib.sha256("\n".join(sorted(texts)).encode()).hexdigest()
    return {"count": len(texts), "sha256": digest}


def train(phrasings: list[tuple[str, str]]) -> dict[str, Any]:
    """The model's data (as `learned.Model` reads it) fitted on (text, label) pairs."""
    import numpy
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.svm import LinearSVC

    from bot.search.as_you_type import prepared

    documents = [features(prepared(text)) for text, _label in phrasings]
    vectorizer = TfidfVectorizer(analyzer=lambda document: document, sublinear_tf=True, min_df=2)
    matrix = vectorizer.fit_transform(documents)
    svm = LinearSVC(C=_C, random_state=0).fit(matrix, [label for _text, label in phrasings])
    labels = [str(label) for label in svm.classes_]
    coef, intercept = svm.coef_, svm.intercept_
    if len(labels) == 2:  # one score for the second label; the first gets its opposite
        coef, intercept = numpy.vstack([-coef, coef]), numpy.concatenate([-intercept, intercept])
    weights: dict[str, list[Any]] = {}
    for feature, column in vectorizer.vocabulary_.items():
        kept = [(i, round(float(w), 4)) for i, w in enumerate(coef[:, column])
                if abs(w) >= _SMALLEST_WEIGHT]  # fmt: skip
        if kept:
            idf = round(float(vectorizer.idf_[column]), 5)
            weights[feature] = [idf, [i for i, _w in kept], [w for _i, w in kept]]
    return {
        "trained_on": fingerprint([text for text, _label in phrasings]),
        "labels": labels,
        "bias": [round(float(b), 5) for b in intercept],
        "features": dict(sorted(weights.items())),
    }


@dataclass(frozen=True)
class FoldReadings:
    """Per fold, a model trained without it; per tuned phrasing, the rules' reply (with the text
    as read and whether it is short) and the reading of the model trained without its fold."""

    models: list[dict[str, Any]]
    rules: list[tuple[Reply, str, bool]]
    readings: list[Reading | None]


def read_across_folds(rows: list[Tuned]) -> FoldReadings:
    from bot.search.as_you_type import read_by_rules

    models = [train(labelled([row for row in rows if row.set_index % FOLDS != fold]))
              for fold in range(FOLDS)]  # fmt: skip
    readers = [Model(data) for data in models]
    rules = [read_by_rules(row.text) for row in rows]
    readings = [readers[row.set_index % FOLDS].read(text)
                for row, (_reply, text, _short) in zip(rows, rules, strict=True)]  # fmt: skip
    return FoldReadings(models, rules, readings)


def fit_trust(rows: list[Tuned], folds: FoldReadings, without: int | None = None) -> dict[str, Any]:
    """The trust's weights, fitted where the two readings disagree and one of them is right
    (leaving out the fold `without`, for cross-validation)."""
    import numpy
    from sklearn.linear_model import LogisticRegression

    values, learned_right, weights = [], [], []
    for row, (reply, text, short), reading in zip(rows, folds.rules, folds.readings, strict=True):
        if row.set_index % FOLDS == without or reading is None:
            continue
        if reading.label == label_of(reply) or not may_weigh(reply, reading, text):
            continue
        rules_ok = judge(reply, row.expected)[0]
        learned_ok = judge(replaced(reply, reading.label, text, short), row.expected)[0]
        if rules_ok != learned_ok:
            values.append(signals(reply, reading, text, short))
            learned_right.append(int(learned_ok))
            weights.append(_OUT_OF_SCOPE_WEIGHT if row.kind == "oos" else 1.0)
    fitted = LogisticRegression(C=1.0, max_iter=5000).fit(
        numpy.array(values), learned_right, sample_weight=weights
    )
    return {
        "weights": [round(float(w), 5) for w in fitted.coef_[0]],
        "bias": round(float(fitted.intercept_[0]), 5),
    }


def write(path: Path = MODEL_PATH) -> str:
    rows = tuned_rows()
    data = train(labelled(rows))
    data["trust"] = fit_trust(rows, read_across_folds(rows))
    with gzip.GzipFile(path, "wb", mtime=0) as stream:
        stream.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode())
    trained_on = data["trained_on"]
    return f"trained on {trained_on['count']} phrasings, {len(data['features'])} features"
