"""The lexicon's phrase tables, built once per process: what each kind of phrase stands for."""

from __future__ import annotations

from functools import lru_cache

from bot.search import corpus, lexicon
from bot.search.phrases import PhraseTable
from bot.search.reply import GREETING, THANKS
from bot.search.text import words


class Tables:
    """Every phrase table of the lexicon, and the words of each card's names."""

    def __init__(self) -> None:
        self.tasks = PhraseTable(lexicon.TASK_WORDS)
        self.get = PhraseTable({"get": lexicon.GET_WORDS})
        self.lists = PhraseTable(lexicon.LIST_WORDS)
        self.points = PhraseTable(lexicon.POINT_WORDS)
        self.does = PhraseTable({"does": lexicon.WHAT_CAN_I_DO})
        self.questions = PhraseTable(lexicon.QUESTION_WORDS)
        self.gaps = PhraseTable(lexicon.UNCOVERED_WORDS)
        self.card_gaps = PhraseTable(lexicon.UNCOVERED_FOR_A_CARD)
        self.small = PhraseTable(
            {GREETING: lexicon.GREETING_WORDS, THANKS: lexicon.THANKS_WORDS}
        )
        topical = (self.tasks, self.get, self.lists, self.points, self.does, self.questions)
        self.topic_words = frozenset().union(
            *(table.words for table in (*topical, self.gaps, self.card_gaps))
        )
        # The words of each card's names, in every language.
        self.name_words: dict[str, frozenset[str]] = {
            card.id: frozenset(w for name, _language in card.names for w in words(name))
            for card in corpus.load().cards
        }


@lru_cache(maxsize=1)
def tables() -> Tables:
    return Tables()
