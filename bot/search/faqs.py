"""FAQ questions as the search compares them: each phrasing in three forms, and its similarity."""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from bot.addresses import Faq
from bot.search.corpus import FaqText
from bot.search.names import Mention, Names, canonical, content, residual
from bot.search.text import words


@dataclass(frozen=True)
class Phrasing:
    """A question or query in the three forms that are compared."""

    whole: str  # without function words, card names replaced by one token per card
    rest: str  # without function words and card names
    phrase: str  # every word, as written
    language: str = "en"


@dataclass(frozen=True)
class FaqEntry:
    """One FAQ: its node, the cards it is about, and its phrasings in every language."""

    node: str
    cards: frozenset[str]
    texts: tuple[Phrasing, ...]
    # Whether the question names one card by two of its names ("are human resources and
    # social security cards social security cards?").
    two_names: bool = False

    @classmethod
    def of(cls, faq: FaqText, names: Names, vocabulary: set[str]) -> FaqEntry:
        """The entry of a FAQ; its words join `vocabulary`, which typos are snapped to."""
        texts: list[Phrasing] = []
        detected: set[str] = set()
        renamed = False
        for question, language in faq.questions:
            tokens = content(words(question))
            vocabulary.update(tokens)
            mentions = names.mentions(tokens)
            detected.update(m.card for m in mentions)
            renamed = renamed or two_names_of_one(tokens, mentions)
            texts.append(
                Phrasing(
                    " ".join(canonical(tokens, mentions)),
                    " ".join(residual(tokens, mentions)),
                    " ".join(words(question)),
                    language,
                )
            )
        cards = frozenset(faq.cards) or frozenset(detected)
        return cls(Faq(faq.number).pack(), cards, tuple(texts), renamed)

    def similarity(self, query: Phrasing) -> tuple[float, float, float, str]:
        """Similarity (without card names, whole, as written) to the closest phrasing."""
        best = (0.0, 0.0, 0.0, "en")
        for text in self.texts:
            if query.rest and text.rest:
                rest = (
                    fuzz.token_set_ratio(query.rest, text.rest)
                    + fuzz.token_sort_ratio(query.rest, text.rest)
                ) / 2
            else:
                rest = 50.0 if not query.rest and not text.rest else 0.0
            whole = fuzz.token_sort_ratio(query.whole, text.whole)
            phrase = fuzz.token_sort_ratio(query.phrase, text.phrase)
            best = max(best, (rest, whole, phrase, text.language), key=lambda s: sum(s[:3]))
        return best


def two_names_of_one(tokens: tuple[str, ...], mentions: list[Mention]) -> bool:
    """One card, named by two different names."""
    spelt = {tuple(sorted(tokens[m.start : m.end])) for m in mentions if not m.weak}
    return len({m.card for m in mentions}) == 1 and len(spelt) >= 2
