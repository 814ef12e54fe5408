"""Small talk ("hi", "gracias") told apart from a question that starts with it."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from bot.search import bm25, engine
from bot.search.phrases import Found, covered
from bot.search.text import QUESTION_MARKS, QUESTION_WORDS, STOPWORDS, words

# Words that may stand beside a greeting or a thanks without making it a question.
FILLERS = frozenset(
    {
        "bot", "there", "everyone", "friend", "guys", "amigo", "amiga", "chatbot", "again", "all",
        "much", "lot", "mucho", "muchas", "muchisimas", "muchisimo", "mil", "fue", "really",
        "anyone", "anybody", "alguien", "ahi", "aqui", "sooo", "soo", "out", "buen",
        "sir", "madam", "maam", "po", "sorry", "perdon", "disculpa", "senor", "senora", "hoy",
        "today", "um", "umm", "uh", "hmm", "erm", "jaja", "jajaja", "haha", "hahaha", "lol", "tbh",
        "pues", "bueno", "so", "just", "oh", "ah", "eh", "wow", "guau", "vaya", "ya", "well",
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


# Words that make a task said after hello a request ("hi, I need to see a doctor"), not news
# ("hi, just got out of hospital").
NEED_WORDS = frozenset({
    "need", "needs", "want", "wants", "must", "have", "has", "help", "looking", "necesito",
    "necesita", "quiero", "quiere", "tengo", "tiene", "debo", "busco", "ayuda", "ayudame",
    "can", "could", "puedo", "puede", "should", "como", "how", "which", "what", "que", "cual",
})  # fmt: skip
# Gaps that, in a message that asks nothing, only say who writes ("Good morning, I'm the HR
# officer at a company in Suzhou").
INTRODUCING = frozenset(
    {"other", "city", "foreigners", "abroad", "amounts", "family", "relatives", "babies"}
)


def asks(text: str, tokens: tuple[str, ...]) -> bool:
    """A question mark, or a sentence that opens with a question word."""
    if any(mark in text for mark in QUESTION_MARKS):
        return True
    return any(
        first in QUESTION_WORDS | _HOW_MANY
        for sentence in re.split(r"[.!;\n]", text)
        if not sentence.lstrip().startswith("¡")  # "¡Que tengas buena noche!" asks nothing
        for first in [w for w in words(sentence) if w not in _OPENERS][:1]
    )


# Words that may open a question before its question word ("bueno, cuánto me van a dar").
_OPENERS = frozenset({"bueno", "ok", "okay", "so", "well", "pues", "entonces", "oye", "y", "and"})
_HOW_MANY = frozenset({"cuanto", "cuanta", "cuantos", "cuantas"})


def introduces(
    text: str,
    tokens: tuple[str, ...],
    small: list[Found],
    topical: list[Found],
    gaps: list[Found],
    lists: list[Found],
) -> bool:
    """Small talk first, no question, nothing the search answers, and at most gaps that say
    who writes: a greeting with an introduction, or thanks with a story."""
    if not opens_with(small, tokens) or asks(text, tokens) or topical:
        return False
    only_lists = bool(lists) and covered(lists) >= {
        i for i, token in enumerate(tokens) if token not in STOPWORDS
    }
    return all(gap.target in INTRODUCING for gap in gaps) and not only_lists


def opens_with(small: list[Found], tokens: tuple[str, ...]) -> bool:
    """Small talk comes first ("Thank you so much. You have no idea how much this helped")."""
    first = next((i for i, token in enumerate(tokens) if token not in STOPWORDS), 0)
    return min(item.start for item in small) <= first


# A letter's salutation and its closing (with the name signed under it) ask nothing: "Dear Sir
# or Madam, … Kind regards, Laura", "Estimados señores: … Atentamente, Pilar".
_SALUTATION = re.compile(
    r"^\s*(?:dear\b[^,:\n]{0,40}|to whom it may concern|(?:estimad|distinguid|apreciad|querid)"
    r"[oa]s?\b[^,:\n]{0,40})\s*[,:\n]",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"(^|[,.!?;:\n])\s*(?:(?:with\s+)?(?:kind|best|warm)\s+regards|regards|yours\s+"
    r"(?:faithfully|sincerely|truly)|sincerely|best\s+wishes|atentamente|cordialmente|"
    r"(?:reciban?\s+)?un\s+(?:cordial\s+)?saludo(?:\s+cordial)?|saludos\s+cordiales)"
    r"\s*[,.!]?\s*[\w .'-]{0,30}$",
    re.IGNORECASE,
)


def letter_body(text: str) -> str:
    """The text less a letter's salutation and closing."""
    body = _SALUTATION.sub("", text, count=1)
    for _closing in range(2):  # "Reciban un cordial saludo. Atentamente, Marta"
        body = _CLOSING.sub(r"\1", body, count=1).strip()
    return body.strip(" ,:;\n") if body != text.strip() else text
