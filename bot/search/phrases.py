"""Find the lexicon's words and phrases in a query, by Snowball stems, per language."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

import Stemmer

from bot import languages
from bot.search.text import STOPWORDS, fold

LANGUAGES = languages.CODES  # every registered language (bot/languages.py), read live


@lru_cache(maxsize=64)
def _stemmer(language: str) -> Stemmer.Stemmer:
    entry = languages.get(language) or languages.SOURCE
    return Stemmer.Stemmer(entry.stemmer)


# Words whose Snowball stem is another word's, so these are kept whole: "training" (a task)
# would be "train" (which no source speaks of), "government" would be "govern" ("which law
# governs the card", a legal basis), "pagado" would be "pag" ("¿cuánto paga el seguro?" asks
# what it pays, not what has been paid in; "registro de pagos" is no "registrarme y pagar"),
# "especialista" would be "especial".
_KEPT_WHOLE = frozenset({
    "training", "trainings", "government", "governments", "pagado", "pagados", "pagada",
    "pagando", "pago", "pagos", "especialista", "especialistas", "registros",
})  # fmt: skip


@lru_cache(maxsize=16384)
def stem(token: str, language: str) -> str:
    if token in _KEPT_WHOLE:
        return token
    return str(_stemmer(language).stemWord(token))


# Words that leave a short phrase's meaning alone ("what can I actually use it for").
_ADVERBS = frozenset({
    "actually", "really", "even", "literally", "basically", "realmente", "exactly", "exactamente",
})  # fmt: skip


@dataclass(frozen=True)
class Found:
    """A phrase of the lexicon found in a query: what it stands for and the words it covers."""

    target: str
    language: str
    start: int
    end: int

    @property
    def length(self) -> int:
        return self.end - self.start


_QUESTION_WORDS = frozenset({"which", "what", "que", "cual", "cuales"})


class PhraseTable:
    """Phrases keyed by target, matched on stems in any position. Function words are skipped on
    both sides when a phrase has two or more other words ("sala de lectura" is found in "sala
    lectura"); a phrase with fewer keeps them, since there they carry the meaning ("sin
    trabajo", "what is it for"), and must appear word for word."""

    def __init__(self, table: Mapping[str, Mapping[str, Iterable[str]]]) -> None:
        # (language, first key) -> [(keys, exact, target)], longest phrases first.
        self._by_first: dict[tuple[str, str], list[tuple[tuple[str, ...], bool, str]]] = {}
        # The phrases that themselves hold a question word, which may then stand inside a match
        self._asking: set[tuple[str, tuple[str, ...]]] = set()
        self.words: set[str] = set()
        for target, by_language in table.items():
            for language, phrases in by_language.items():
                for phrase in phrases:
                    self._add(target, language, tuple(fold(phrase).split()))
        for entries in self._by_first.values():
            entries.sort(key=lambda entry: -len(entry[0]))

    def _add(self, target: str, language: str, tokens: tuple[str, ...]) -> None:
        self.words.update(tokens)
        stems = tuple(stem(t, language) for t in tokens)
        content = tuple(s for s, t in zip(stems, tokens, strict=True) if t not in STOPWORDS)
        keys, exact = (content, False) if len(content) == len(stems) or len(content) > 1 else (
            stems, True
        )
        self._by_first.setdefault((language, keys[0]), []).append((keys, exact, target))
        if _QUESTION_WORDS.intersection(tokens):
            self._asking.add((language, keys))

    def find(self, tokens: tuple[str, ...], languages: Iterable[str]) -> list[Found]:
        """Every phrase found, in any of the languages, each at the longest it matches."""
        found: list[Found] = []
        places = [i for i, token in enumerate(tokens) if token not in STOPWORDS]
        for language in languages:
            every = tuple(stem(token, language) for token in tokens)
            content = tuple(every[i] for i in places)
            for n, first in enumerate(content):
                for keys, exact, target in self._by_first.get((language, first), ()):
                    if not exact and content[n : n + len(keys)] == keys:
                        end = places[n + len(keys) - 1] + 1
                        # "student, which card": no "student card" across a question word
                        asks = _QUESTION_WORDS.intersection(tokens[places[n] : end])
                        if not asks or (language, keys) in self._asking:
                            found.append(Found(target, language, places[n], end))
            for kept in _readings(tokens):
                plain = tuple(every[i] for i in kept)
                for n, first in enumerate(plain):
                    for keys, exact, target in self._by_first.get((language, first), ()):
                        if exact and plain[n : n + len(keys)] == keys:
                            end = kept[n + len(keys) - 1] + 1
                            found.append(Found(target, language, kept[n], end))
        return found


def _readings(tokens: tuple[str, ...]) -> list[list[int]]:
    """The positions a short phrase is matched on: every word, and, when the query has one,
    every word but its adverbs ("what can I actually use it for")."""
    every = list(range(len(tokens)))
    kept = [i for i in every if tokens[i] not in _ADVERBS]
    return [every, kept] if len(kept) < len(every) else [every]


def outside(found: Iterable[Found], others: list[Found]) -> list[Found]:
    """The phrases found that no other phrase as long or longer shares a word with: "lost my
    job" is no lost card, but "retirement age" is no pension."""

    def covered_by(item: Found, other: Found) -> bool:
        overlap = other.start < item.end and item.start < other.end
        return overlap and other.length >= item.length

    return [f for f in found if not any(covered_by(f, other) for other in others)]

def outermost(found: list[Found]) -> list[Found]:
    """The phrases found, less those inside a longer phrase of another target: in "historial
    clinico", "clinico" is no clinic."""

    def inside(item: Found, other: Found) -> bool:
        within = other.start <= item.start and item.end <= other.end
        return within and other.length > item.length and other.target != item.target

    return [f for f in found if not any(inside(f, other) for other in found)]


def covered(found: Iterable[Found]) -> set[int]:
    """The positions of the query's words that the phrases found take up."""
    return {i for item in found for i in range(item.start, item.end)}


def taken_by(found: Iterable[Found]) -> dict[str, set[int]]:
    """Each target's positions: a word once, however many phrases or languages find it."""
    taken: dict[str, set[int]] = {}
    for item in found:
        taken.setdefault(item.target, set()).update(range(item.start, item.end))
    return taken


def best(found: Iterable[Found]) -> list[str]:
    """Targets by the words their phrases cover (more first), then by first position."""
    taken = taken_by(found)
    return sorted(taken, key=lambda target: (len(taken[target]), -min(taken[target])), reverse=True)
