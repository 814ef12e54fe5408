"""The knowledge base: six cards of China's social-security system, from five seed articles.

All strings are English msgids of the gettext domain "knowledge"; translate them when
rendering with ``bot.i18n.kgettext``.
"""

from bot.knowledge.cards import CARDS
from bot.knowledge.comparisons import COMPARISONS
from bot.knowledge.faqs import FAQS
from bot.knowledge.laws import LAWS
from bot.knowledge.model import (
    Card,
    Comparison,
    Fact,
    Faq,
    LawArticle,
    Point,
    Source,
    comparison_id,
)
from bot.knowledge.points import POINTS
from bot.knowledge.queries import (
    card,
    cited_by,
    comparison,
    comparison_by_id,
    comparisons_of,
    faq,
    faq_number,
    find_card,
    fold,
    missing_points,
    shared_points,
)
from bot.knowledge.sources import SOURCES

__all__ = [
    "CARDS",
    "COMPARISONS",
    "FAQS",
    "LAWS",
    "POINTS",
    "SOURCES",
    "Card",
    "Comparison",
    "Fact",
    "Faq",
    "LawArticle",
    "Point",
    "Source",
    "card",
    "cited_by",
    "comparison",
    "comparison_by_id",
    "comparison_id",
    "comparisons_of",
    "faq",
    "faq_number",
    "find_card",
    "fold",
    "missing_points",
    "shared_points",
]
