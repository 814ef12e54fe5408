"""The knowledge base: six cards people confuse and what each is for, from five seed articles.

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
    Mistake,
    Point,
    Source,
    Task,
    TaskGroup,
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
    serving,
    shared_points,
    task,
    tasks_in,
    tasks_of,
)
from bot.knowledge.sources import SOURCES
from bot.knowledge.tasks import TASK_GROUPS, TASKS

__all__ = [
    "CARDS",
    "COMPARISONS",
    "FAQS",
    "LAWS",
    "POINTS",
    "SOURCES",
    "TASKS",
    "TASK_GROUPS",
    "Card",
    "Comparison",
    "Fact",
    "Faq",
    "LawArticle",
    "Mistake",
    "Point",
    "Source",
    "Task",
    "TaskGroup",
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
    "serving",
    "shared_points",
    "task",
    "tasks_in",
    "tasks_of",
]
