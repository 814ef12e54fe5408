"""Tasks and the common questions ranked by the stems a question shares with them (Okapi
BM25), for questions whose words match no phrase of the lexicon as written ("tengo una
enfermedad laboral" has the stems of "enfermedad profesional" and "accidente laboral").

Each task is one document per language: its lexicon phrases, its label and the facts tagged
with it, translated; each common question is one too: its wording and the lexicon's words for it.
A query is stemmed in each language it may be in; the best reading counts.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from bot import knowledge
from bot.addresses import Faq, Node, Task
from bot.i18n import SOURCE_LOCALE, kgettext, use_locale
from bot.search import lexicon
from bot.search.phrases import LANGUAGES, stem
from bot.search.text import STOPWORDS, words

_K1 = 1.2
_B = 0.75


@dataclass(frozen=True)
class Ranked:
    """A task, its BM25 score, and the share of the query's weight (idf) that it matched."""

    node: str
    score: float
    coverage: float
    terms: int = 1  # how many of the query's terms it has


class Documents:
    """Documents (tasks and questions, or law articles) in one language, ranked by BM25."""

    def __init__(self, language: str, documents: dict[str, list[str]]) -> None:
        self.language = language
        counts = {
            node: Counter(stem(token, language) for text in texts for token in _content(text))
            for node, texts in documents.items()
        }
        lengths = {node: sum(terms.values()) for node, terms in counts.items()}
        average = sum(lengths.values()) / max(len(lengths), 1)
        frequency = Counter(term for terms in counts.values() for term in terms)
        n = len(counts)
        self.idf = {t: math.log(1 + (n - df + 0.5) / (df + 0.5)) for t, df in frequency.items()}
        self.unseen = math.log(1 + (n + 0.5) / 0.5)
        # term -> [(node, its BM25 weight there)]: a query only walks its own terms' lists.
        self.postings: dict[str, list[tuple[str, float]]] = {}
        for node, terms in counts.items():
            norm = _K1 * (1 - _B + _B * lengths[node] / average)
            for term, tf in terms.items():
                weight = self.idf[term] * tf * (_K1 + 1) / (tf + norm)
                self.postings.setdefault(term, []).append((node, weight))

    def rank(self, tokens: Iterable[str]) -> list[Ranked]:
        terms = list(dict.fromkeys(stem(token, self.language) for token in tokens))
        total = sum(self.idf.get(term, self.unseen) for term in terms)
        if not terms or total <= 0:
            return []
        scores: dict[str, float] = {}
        matched: dict[str, float] = {}
        shared: Counter[str] = Counter()
        for term in terms:
            for node, weight in self.postings.get(term, ()):
                scores[node] = scores.get(node, 0.0) + weight
                matched[node] = matched.get(node, 0.0) + self.idf[term]
                shared[node] += 1
        ranked = [
            Ranked(node, score, matched[node] / total, shared[node])
            for node, score in scores.items()
        ]
        return sorted(ranked, key=lambda item: -item.score)


def _terms(tokens: Iterable[str]) -> set[str]:
    return {token for token in tokens if token not in STOPWORDS and token.isalpha()}


def _content(text: str) -> list[str]:
    return [token for token in words(text) if token not in STOPWORDS and token.isalpha()]


def _documents(language: str) -> dict[str, list[str]]:
    documents: dict[str, list[str]] = {}
    for task_id, item in knowledge.TASKS.items():
        texts = list(lexicon.TASK_WORDS.get(task_id, {}).get(language, ()))
        facts = [fact.text for _card, tagged in knowledge.serving(task_id) for fact in tagged]
        msgids = [item.label, *facts]
        with use_locale(language):
            texts += [msgid if language == SOURCE_LOCALE else kgettext(msgid) for msgid in msgids]
        documents[Task(task_id).pack()] = texts
    # The common questions compete too, so that their own words ("types") do not go to a task.
    for number, faq in enumerate(knowledge.FAQS, start=1):
        node = Faq(number).pack()
        texts = list(lexicon.QUESTION_WORDS.get(node, {}).get(language, ()))
        with use_locale(language):
            texts.append(faq.question if language == SOURCE_LOCALE else kgettext(faq.question))
        documents[node] = texts
    return documents


def _rankers() -> dict[str, Documents]:
    return _rankers_of(tuple(LANGUAGES))


# Keyed by the registered languages, so a language registered later gets its own ranker.
@lru_cache(maxsize=4)
def _rankers_of(codes: tuple[str, ...]) -> dict[str, Documents]:
    return {language: Documents(language, _documents(language)) for language in codes}


def knows(token: str) -> bool:
    """Whether any task or question has the word, by its stem in some language."""
    return any(stem(token, name) in ranker.idf for name, ranker in _rankers().items())


def rank(tokens: Iterable[str], language: str | None) -> list[Ranked]:
    """The tasks and common questions sharing stems with the tokens, best first, in the
    language read best."""
    tokens = [token for token in tokens if token not in STOPWORDS and token.isalpha()]
    readings = [
        _rankers()[name].rank(tokens) for name in ((language,) if language else LANGUAGES)
    ]
    return max(readings, key=lambda ranked: ranked[0].score if ranked else 0.0, default=[])


# Learned on the tuned part of the phrasing set: a task is read from stems alone when it takes
# this share of the question's weight and leads the next task by this factor.
MIN_COVERAGE = 0.5
MIN_LEAD = 1.5


def clear_task(tokens: Iterable[str], language: str | None) -> Ranked | None:
    """The one task the stems point to clearly (ahead of every other task and question)."""
    tokens = list(tokens)
    ranked = rank(tokens, language)
    if not ranked or ranked[0].coverage < MIN_COVERAGE:
        return None
    if not isinstance(Node.unpack(ranked[0].node), Task):
        return None
    # One shared word of a longer question is too little to answer on ("teléfono de atención").
    if ranked[0].terms < min(2, len(_terms(tokens))):
        return None
    second = ranked[1].score if len(ranked) > 1 else 0.0
    return ranked[0] if ranked[0].score >= MIN_LEAD * second else None
