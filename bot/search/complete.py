"""As-you-type: the words a partly typed last word may become, best first."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping
from functools import lru_cache

from bot.search import corpus, lexicon
from bot.search.text import STOPWORDS, words

MIN_PREFIX = 3
# Where a word comes from decides which completion comes first: a card's name before a list's
# word, before a task's word, before a law's, before a topic the sources do not cover.
_CARD, _LIST, _TASK, _LAW, _GAP = range(5)


class Completions:
    def __init__(self, entries: Iterable[tuple[str, str, int]]) -> None:
        best: dict[str, tuple[int, set[str]]] = {}
        for word, language, priority in entries:
            if len(word) < MIN_PREFIX or word in STOPWORDS or not word.isalpha():
                continue
            previous, languages = best.get(word, (priority, set()))
            best[word] = (min(previous, priority), {*languages, language})
        self._words = sorted(best)
        self._rank = best

    def complete(self, prefix: str, language: str | None, limit: int = 3) -> list[str]:
        """Known words that start with the prefix (never the prefix itself, when it is one)."""
        if len(prefix) < MIN_PREFIX:
            return []
        start = bisect.bisect_left(self._words, prefix)
        found = []
        for word in self._words[start:]:
            if not word.startswith(prefix):
                break
            if word != prefix:
                priority, languages = self._rank[word]
                elsewhere = language is not None and language not in languages
                found.append((elsewhere, priority, len(word), word))
        return [word for *_rank, word in sorted(found)[:limit]]

    def words(self) -> list[str]:
        """Every word that queries are completed to."""
        return list(self._words)

    def pairs(self) -> list[tuple[str, str]]:
        """Every word that queries are completed to, with each language it is a word of."""
        return [
            (word, language) for word, (_rank, found) in self._rank.items() for language in found
        ]

    def __contains__(self, word: str) -> bool:
        return word in self._rank


def _phrases(
    table: Mapping[str, Mapping[str, Iterable[str]]], priority: int
) -> Iterable[tuple[str, str, int]]:
    for by_language in table.values():
        for language, phrases in by_language.items():
            for phrase in phrases:
                yield from ((word, language, priority) for word in words(phrase))


@lru_cache(maxsize=1)
def completions() -> Completions:
    data = corpus.load()
    entries: list[tuple[str, str, int]] = []
    for card in data.cards:
        entries += [(w, language, _CARD) for name, language in card.names for w in words(name)]
    for law in data.laws:
        entries += [(w, language, _LAW) for title, language in law.titles for w in words(title)]
    entries += _phrases(lexicon.LIST_WORDS, _LIST)
    entries += _phrases(lexicon.TASK_WORDS, _TASK)
    entries += _phrases({**lexicon.QUESTION_WORDS, "get": lexicon.GET_WORDS}, _TASK)
    entries += _phrases(lexicon.UNCOVERED_WORDS, _GAP)
    return Completions(entries)
