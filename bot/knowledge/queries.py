"""Look-ups over the knowledge base. Every string they return is an untranslated msgid."""

from __future__ import annotations

import unicodedata

from bot.knowledge.cards import CARDS
from bot.knowledge.comparisons import COMPARISONS
from bot.knowledge.faqs import FAQS
from bot.knowledge.model import Card, Comparison, Fact, Faq, Task, comparison_id
from bot.knowledge.points import POINTS
from bot.knowledge.tasks import TASK_GROUPS, TASKS


def card(card_id: str) -> Card | None:
    return CARDS.get(card_id)


def comparison(a: str, b: str) -> Comparison | None:
    """The seeds' direct comparison of two cards, in either order; None if they make none."""
    return COMPARISONS.get(comparison_id(a, b)) if a != b else None


def comparison_by_id(key: str) -> Comparison | None:
    """The comparison named in a deep link such as ``cmp-health-social`` (without ``cmp-``)."""
    return COMPARISONS.get(key)


def comparisons_of(card_id: str) -> tuple[Comparison, ...]:
    """The seeds' direct comparisons that involve one card."""
    return tuple(item for item in COMPARISONS.values() if card_id in item.cards)


def _points(card_id: str) -> set[str]:
    found = CARDS.get(card_id)
    return set(found.points) if found else set()


def shared_points(a: str, b: str) -> tuple[str, ...]:
    """Point ids that both cards have, in display order."""
    both = _points(a) & _points(b)
    return tuple(point for point in POINTS if point in both)


def missing_points(a: str, b: str) -> tuple[str, ...]:
    """Point ids that exactly one of the two cards has (the seeds are silent for the other)."""
    either = _points(a) ^ _points(b)
    return tuple(point for point in POINTS if point in either)


def faq(number: int) -> Faq | None:
    """The FAQ with a 1-based number, as in the deep link ``faq-N``."""
    return FAQS[number - 1] if 1 <= number <= len(FAQS) else None


def faq_number(item: Faq) -> int:
    """The 1-based number of a FAQ."""
    return FAQS.index(item) + 1


def cited_by(article_id: str) -> tuple[tuple[Card, ...], tuple[Faq, ...]]:
    """The cards whose facts and the FAQs that cite a law article, for the legal-basis screen."""
    cards = tuple(item for item in CARDS.values() if article_id in item.articles)
    faqs = tuple(
        item
        for item in FAQS
        if article_id in item.articles
        or any(article_id in fact.articles for fact in item.reasons)
    )
    return cards, faqs


def task(task_id: str) -> Task | None:
    return TASKS.get(task_id)


def tasks_in(group_id: str) -> tuple[Task, ...]:
    """The tasks under one heading of the guide; () for an unknown heading."""
    if group_id not in TASK_GROUPS:
        return ()
    return tuple(item for item in TASKS.values() if item.group == group_id)


def serving(task_id: str) -> tuple[tuple[Card, tuple[Fact, ...]], ...]:
    """The cards that serve a task, each with its facts tagged with it, in card order."""
    found = []
    for item in CARDS.values():
        facts = tuple(dict.fromkeys(f for f in item.facts() if task_id in f.tasks))
        if facts:
            found.append((item, facts))
    return tuple(found)


def tasks_of(card_id: str) -> tuple[Task, ...]:
    """The tasks a card serves according to the sources, in guide order."""
    found = CARDS.get(card_id)
    tagged = {name for fact in found.facts() for name in fact.tasks} if found else set()
    return tuple(item for item in TASKS.values() if item.id in tagged)


def fold(text: str) -> str:
    """Lowercase, strip accents and collapse spaces: the form aliases are matched in."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(plain.replace("\u2019", "'").split())


def find_card(text: str) -> Card | None:
    """The card whose id or alias (in any language) is exactly the text, ignoring accents."""
    wanted = fold(text)
    for item in CARDS.values():
        if wanted == item.id or wanted in {fold(a) for a in item.all_aliases}:
            return item
    return None
