"""Fuzzy search over the knowledge base, in English and Spanish, for typed and inline queries.

Targets are menu nodes: ``card:<id>``, ``cmp:<a>:<b>``, ``faq:<n>`` and ``law:<article id>``.
"""

from bot.search.engine import Hit, confident, search
from bot.search.text import detect_language

__all__ = ["Hit", "confident", "detect_language", "search"]
