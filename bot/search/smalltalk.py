"""Small talk ("hi", "gracias") told apart from a question that starts with it."""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from bot.search import bm25, engine
from bot.search.phrases import Found, covered
from bot.search.text import STOPWORDS

# Words that may stand beside a greeting or a thanks without making it a question.
FILLERS = frozenset(
    {
        "bot", "there", "everyone", "friend", "guys", "amigo", "amiga", "chatbot", "again", "all",
        "much", "lot", "mucho", "muchas", "muchisimas", "muchisimo", "mil", "fue", "really",
        "anyone", "anybody", "alguien", "ahi", "aqui", "sooo", "soo", "out", "buen",
    }
)  # fmt: skip


def only_small_talk(
    tokens: tuple[str, ...],
    small: list[Found],
    topic_words: frozenset[str],
    small_words: AbstractSet[str] = frozenset(),
) -> bool:
    """Small talk and nothing else: besides it, only function words, fillers and at most two
    words that mean nothing to the search ("hello, anyone there?"). A word of a card's name is
    no small talk by its stem ("salud", not "saludos"), only as written ("vale", ok, though a
    "vale electrónico" is a voucher)."""
    names = engine.index().names.words
    if any(token in names and token not in small_words for token in tokens):
        return False
    taken = covered(small)
    rest = [t for i, t in enumerate(tokens) if i not in taken and t not in STOPWORDS]
    rest = [t for t in rest if t not in FILLERS]
    topical = [t for t in rest if t in engine.index().known or t in topic_words
               or bm25.knows(t)]  # fmt: skip
    return not topical and len(rest) <= 2
