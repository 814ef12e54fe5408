"""The search index and its ranking.

Matching is done by rapidfuzz on folded, stopword-free words:

1. every unknown word of the query is snapped to the nearest word of the index
   (``fuzz.ratio``), which absorbs typos, plurals and missing accents;
2. card names and aliases are found in the snapped words, in any word order, longest first;
3. FAQ questions and law-article titles are compared to the query with token scorers
   (``token_set_ratio`` on what is left once the card names are taken out, ``token_sort_ratio``
   on the whole question), and everything else falls back to ``process.extract`` with
   ``WRatio`` over every phrasing in the index.

The structure found in step 2 orders the targets: with two cards named, a question goes to the
FAQ about those two cards, a bare "A vs B" to their comparison; with one card named, its
profile comes first and its FAQs next (unless the query is, nearly word for word, one of them).
"""

from __future__ import annotations

import itertools
import threading
from functools import lru_cache

from rapidfuzz import fuzz, process

from bot.addresses import Card, Compare, Faq, Law
from bot.search import corpus as corpus_module
from bot.search.articles import Articles
from bot.search.board import Board, Hit, majority
from bot.search.faqs import FaqEntry, Phrasing, two_names_of_one
from bot.search.names import Names, canonical, content, residual
from bot.search.text import COMPARE_WORDS, STOPWORDS, clip, detect_language, is_question, words

__all__ = ["CONFIDENT", "Hit", "cards_named", "cards_named_only", "confident", "index", "search"]

_INTERROGATIVES = frozenset({"what", "whats", "which", "que", "cual", "cuales"})
_SAME_WORDS = frozenset({"same", "identical", "mismo", "misma", "mismos", "igual", "iguales"})
# Scores are 0..100; confident() wants CONFIDENT.
CONFIDENT = 75.0


class _Index:
    def __init__(self, data: corpus_module.Corpus) -> None:
        self.cards: tuple[str, ...] = tuple(card.id for card in data.cards)
        self._order = {card: position for position, card in enumerate(self.cards)}
        self.names = Names(data.cards)
        vocabulary: set[str] = set(COMPARE_WORDS) | self.names.words

        self.faqs = [FaqEntry.of(faq, self.names, vocabulary) for faq in data.faqs]

        self.articles = Articles(data.laws)
        vocabulary.update(self.articles.words)

        # Every phrasing, for the fallback matcher.
        self.choices: list[str] = []
        self.targets: list[tuple[str, str]] = []
        for card_text in data.cards:
            for name, language in card_text.names:
                self._choice(name, Card(card_text.id).pack(), language)
        for faq in data.faqs:
            for question, language in faq.questions:
                self._choice(question, Faq(faq.number).pack(), language)
        for law in data.laws:
            for title, language in law.titles:
                self._choice(title, Law(law.id).pack(), language)

        self.vocabulary = sorted(token for token in vocabulary if len(token) >= 3)
        self.known = frozenset(vocabulary) | STOPWORDS

    def _choice(self, text: str, node: str, language: str) -> None:
        self.choices.append(" ".join(content(words(text))))
        self.targets.append((node, language))

    def snap(self, tokens: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(self._snap(token) for token in tokens)

    @lru_cache(maxsize=8192)  # noqa: B019 - one index per process, never freed anyway
    def _snap(self, token: str) -> str:
        if token in self.known or len(token) < 4 or not token.isalpha() or len(token) > 30:
            return token
        cutoff = 86.0 if len(token) < 5 else 80.0
        best = process.extractOne(token, self.vocabulary, scorer=fuzz.ratio, score_cutoff=cutoff)
        return token if best is None else best[0]

    def forget(self) -> None:
        """Empty the cache of snapped words (for benchmarks)."""
        self._snap.cache_clear()

    def pair(self, a: str, b: str) -> str:
        first, second = sorted((a, b), key=self._order.__getitem__)
        return Compare(first, second).pack()

    # ----------------------------------------------------------------- ranking

    def named(self, query: str) -> list[tuple[str, bool]]:
        """The cards a query names, in order, each with whether the name was a weak one."""
        tokens = words(clip(query))
        comparing = any(token in COMPARE_WORDS for token in tokens)
        mentions = self.names.mentions(self.snap(content(tokens)), comparing)
        return [(m.card, m.weak) for m in mentions]

    def search(self, query: str, limit: int) -> list[Hit]:
        text = clip(query)
        tokens = words(text)
        if not tokens or limit <= 0:
            return []
        snapped = self.snap(content(tokens))
        if not snapped:
            return []
        mentions = self.names.mentions(snapped, any(t in COMPARE_WORDS for t in tokens))
        cards = list(dict.fromkeys(m.card for m in mentions))
        phrasing = Phrasing(
            " ".join(canonical(snapped, mentions)),
            " ".join(residual(snapped, mentions)),
            " ".join(tokens),
        )
        # "A and B, are they the same": whether two cards are one is what their FAQ answers.
        asks = is_question(text, tokens) or any(t in _SAME_WORDS for t in tokens)
        question = asks and (
            any(t in _INTERROGATIVES for t in tokens[:2])
            or any(t in _SAME_WORDS for t in tokens)
            or not any(t in COMPARE_WORDS for t in snapped)
        )
        language = detect_language(text) or majority([m.language for m in mentions])

        offer = Board(language)
        self.articles.rank(snapped, offer)
        if asks and two_names_of_one(snapped, mentions):
            for faq in self.faqs:
                if faq.two_names and faq.cards == set(cards):
                    offer(faq.node, 96.0)
        if cards:
            weak = all(m.weak for m in mentions)
            self._rank_cards(cards, phrasing, question, weak, offer)
        else:
            self._fallback(phrasing.whole, offer)

        return offer.hits(limit)

    def _rank_cards(
        self, cards: list[str], query: Phrasing, question: bool, weak: bool, offer: Board
    ) -> None:
        """Rank what the named cards lead to; `weak` when no name said "card" (the system)."""
        named = set(cards)
        if len(cards) >= 2:
            a, b = cards[0], cards[1]
            offer(self.pair(a, b), 88.0 if question else 95.0)
            for x, y in itertools.combinations(cards[:4], 2):
                offer(self.pair(x, y), 80.0)
            offer(Card(a).pack(), 76.0)
            offer(Card(b).pack(), 75.0)
        else:
            a = cards[0]
            offer(Card(a).pack(), 86.0 if weak else 90.0)
            for other in self.cards:
                if other != a:
                    offer(self.pair(a, other), 55.0)
        for faq in self.faqs:
            if not faq.cards & named:
                continue
            rest, whole, phrase, faq_language = faq.similarity(query)
            if len(cards) >= 2 and faq.cards == {cards[0], cards[1]}:
                score = (90.0 if question else 84.0) + 0.06 * rest + 0.02 * phrase
            elif len(cards) == 1:
                own = faq.cards == named
                score = (76.0 if own else 70.0) + 0.12 * rest + 0.06 * phrase
            else:
                score = 60.0 + 0.1 * rest
            if whole >= 90.0 and (question or query.rest):
                score = max(score, 97.0 + 0.02 * (whole - 90.0))
            offer(faq.node, score, faq_language)

    def _fallback(self, whole: str, offer: Board) -> None:
        """No card named: the closest phrasings, on shared words and on word order alike."""
        for choice, score, position in process.extract(
            whole, self.choices, scorer=fuzz.token_set_ratio, limit=12, score_cutoff=70.0
        ):
            node, language = self.targets[position]
            offer(node, (score + fuzz.token_sort_ratio(whole, choice)) / 2, language)


_index: _Index | None = None
_lock = threading.Lock()


def index() -> _Index:
    """The index of this process, built on first use."""
    global _index
    if _index is None:
        with _lock:
            if _index is None:
                _index = _Index(corpus_module.load())
    return _index


def search(query: str, limit: int = 3) -> list[Hit]:
    """The best targets for a typed or inline query, best first; [] when nothing fits."""
    return index().search(query, limit)


def cards_named(query: str) -> list[tuple[str, bool]]:
    """The cards a query names, in order, each with whether only a weak name said it."""
    return index().named(query)


def cards_named_only(query: str) -> list[str]:
    """The cards a query names, in order."""
    return [card for card, _weak in index().named(query)]


def confident(hits: list[Hit]) -> bool:
    """Whether the first hit is good enough to answer with directly."""
    return bool(hits) and hits[0].score >= CONFIDENT
