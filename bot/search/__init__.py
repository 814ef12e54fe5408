"""Search over the knowledge base, in English and Spanish, for typed and inline queries.

``understand`` reads what a message asks for (a screen, a choice, small talk, or a topic the
sources do not cover); ``search`` is its part that finds named things: ``card:<id>``,
``cmp:<a>:<b>``, ``faq:<n>`` and ``law:<article id>``.
"""

from bot.search.as_you_type import suggest, understand
from bot.search.engine import Hit, confident, search
from bot.search.reply import ANSWER, DID_YOU_MEAN, GREETING, NOT_COVERED, THANKS, Reply
from bot.search.text import detect_language


def warm() -> None:
    """Build every table of the search now (about a second), not on a user's first question."""
    suggest("hospitl")


__all__ = [
    "ANSWER",
    "DID_YOU_MEAN",
    "GREETING",
    "NOT_COVERED",
    "THANKS",
    "Hit",
    "Reply",
    "confident",
    "detect_language",
    "search",
    "suggest",
    "understand",
    "warm",
]
