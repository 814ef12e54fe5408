"""A message's question told apart from the story around it ("I lost my job last month and
count every yuan. Which card buys medicine?" asks about the pharmacy, not unemployment)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.search.phrases import Found
from bot.search.text import QUESTION_MARKS, QUESTION_WORDS, words

# A sentence ends at these ("I'm a foreigner, ¿puedo…?" is one sentence: a comma joins).
_ENDS = re.compile(r"(?<=[.!?;\n\uff1f])")


# A request is a question too ("… Tell me about the health card."), after a polite word.
_REQUESTS = frozenset({
    "tell", "explain", "show", "describe", "give", "list", "hablame", "dime", "explicame",
    "cuentame", "muestrame", "describeme", "dame", "ensename", "indicame", "digame", "expliqueme",
    "cuenteme", "hableme", "muestreme",
})  # fmt: skip
_POLITE = frozenset(
    {"please", "pls", "plz", "kindly", "so", "ok", "now", "por", "favor", "y", "and"}
)


def _is_question(sentence: str, tokens: tuple[str, ...]) -> bool:
    opening = [token for token in tokens if token not in _POLITE][:1]
    return any(mark in sentence for mark in QUESTION_MARKS) or (bool(opening) and (
        opening[0] in QUESTION_WORDS or opening[0] in _REQUESTS
    ))


def story(text: str, tokens: tuple[str, ...]) -> frozenset[int]:
    """The positions of the words outside the message's questions, when it has both questions
    and other sentences; else none."""
    pieces = [piece for piece in _ENDS.split(text) if piece.strip()]
    if len(pieces) < 2:
        return frozenset()
    outside: set[int] = set()
    at = 0
    asked = False
    for piece in pieces:
        piece_tokens = words(piece)
        if _is_question(piece, piece_tokens):
            asked = True
        else:
            outside.update(range(at, at + len(piece_tokens)))
        at += len(piece_tokens)
    if at != len(tokens) or not asked or not outside:
        return frozenset()  # the pieces do not add up to the message's words: read it whole
    return frozenset(outside)


def in_story(found: Iterable[Found], told: frozenset[int]) -> list[Found]:
    """The phrases found wholly inside the story."""
    return [f for f in found if all(i in told for i in range(f.start, f.end))]


def asked(found: Iterable[Found], told: frozenset[int]) -> list[Found]:
    """The phrases found that reach into a question."""
    return [f for f in found if any(i not in told for i in range(f.start, f.end))]
