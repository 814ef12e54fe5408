"""Consistency checks over the knowledge base, and the list of every msgid it holds.

The checks take the data as arguments (defaulting to the real knowledge base) so that the
tests can show each one catches the breakage it is meant to catch.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

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
    Task,
    TaskGroup,
)
from bot.knowledge.points import POINTS
from bot.knowledge.sources import SOURCES
from bot.knowledge.tasks import TASK_GROUPS, TASKS

ID_MAX_BYTES = 20
SHORT_NAME_MAX = 24
# The points whose facts say what a card is used for: each such fact must answer a task, but
# for a scope fact tied to a law article, which says where ("use throughout the country").
USE_POINTS = ("function", "scope")


@dataclass(frozen=True)
class Data:
    """Everything the checks look at."""

    cards: Mapping[str, Card] = field(default_factory=lambda: CARDS)
    comparisons: Mapping[str, Comparison] = field(default_factory=lambda: COMPARISONS)
    faqs: Sequence[Faq] = FAQS
    laws: Mapping[str, LawArticle] = field(default_factory=lambda: LAWS)
    points: Mapping[str, Point] = field(default_factory=lambda: POINTS)
    sources: Mapping[str, Source] = field(default_factory=lambda: SOURCES)
    tasks: Mapping[str, Task] = field(default_factory=lambda: TASKS)
    task_groups: Mapping[str, TaskGroup] = field(default_factory=lambda: TASK_GROUPS)

    def facts(self) -> Iterator[tuple[str, Fact]]:
        """Every fact, with where it lives."""
        for card in self.cards.values():
            for point_id, facts in card.points.items():
                yield from ((f"card {card.id}/{point_id}", fact) for fact in facts)
        for comparison in self.comparisons.values():
            yield from ((f"comparison {comparison.id}", f) for f in comparison.facts())
        for faq in self.faqs:
            yield from ((f"faq {faq.id}", fact) for fact in faq.reasons)
        for task in self.tasks.values():
            yield from ((f"task {task.id}", fact) for fact in _task_extras(task))


def msgids(data: Data | None = None) -> set[str]:
    """Every user-visible string of the knowledge base."""
    data = data or Data()
    found = {source.title for source in data.sources.values()}
    found |= {point.label for point in data.points.values()}
    for article in data.laws.values():
        found |= {article.law, article.text}
        found |= {article.repair} if article.repair else set()
        found |= {q.english or q.text for q in article.quotes}
    for card in data.cards.values():
        found |= {card.name, card.short_name, *card.other_names}
    for faq in data.faqs:
        found |= {faq.question, faq.verdict}
    found |= {fact.text for _where, fact in data.facts()}
    found |= {q.english or q.text for _where, fact in data.facts() for q in fact.quotes}
    found |= {task.label for task in data.tasks.values()}
    found |= {group.label for group in data.task_groups.values()}
    return found


def problems(data: Data | None = None) -> list[str]:
    """Everything inconsistent in the knowledge base; empty when all is well."""
    data = data or Data()
    return [
        *_fact_problems(data),
        *_card_problems(data),
        *_comparison_problems(data),
        *_faq_problems(data),
        *_law_problems(data),
        *_task_problems(data),
        *_text_problems(data),
    ]


def _fact_problems(data: Data) -> Iterator[str]:
    for where, fact in data.facts():
        if not fact.sources:
            yield f"{where}: fact without a source: {fact.text[:40]!r}"
        for source in fact.sources:
            if source not in data.sources:
                yield f"{where}: unknown source {source!r}"
        for article in fact.articles:
            if article not in data.laws:
                yield f"{where}: unknown law article {article!r}"


def _id_problems(kind: str, ident: str) -> Iterator[str]:
    if not ident.isascii() or len(ident.encode()) > ID_MAX_BYTES or not ident:
        yield f"{kind} id {ident!r} is not 1 to {ID_MAX_BYTES} ASCII bytes"


def _card_problems(data: Data) -> Iterator[str]:
    seen: dict[str, str] = {}
    for key, card in data.cards.items():
        if key != card.id:
            yield f"card {card.id!r} stored under {key!r}"
        yield from _id_problems("card", card.id)
        if len(card.short_name) > SHORT_NAME_MAX:
            yield f"card {card.id}: short name longer than {SHORT_NAME_MAX} characters"
        for point_id, facts in card.points.items():
            if point_id not in data.points:
                yield f"card {card.id}: unknown point {point_id!r}"
            if not facts:
                yield f"card {card.id}: point {point_id!r} has no facts"
        for alias in card.all_aliases:
            if alias != alias.lower() or alias != alias.strip():
                yield f"card {card.id}: alias {alias!r} is not lowercase and trimmed"
            if seen.setdefault(alias, card.id) != card.id:
                yield f"alias {alias!r} belongs to both {seen[alias]} and {card.id}"


def _comparison_problems(data: Data) -> Iterator[str]:
    for key, comparison in data.comparisons.items():
        if key != comparison.id:
            yield f"comparison {comparison.id!r} stored under {key!r}"
        a, b = comparison.cards
        card_a, card_b = data.cards.get(a), data.cards.get(b)
        if card_a is None or card_b is None or a == b:
            yield f"comparison {comparison.id}: needs two distinct existing cards"
            continue
        for point_id in comparison.differences:
            if point_id not in card_a.points or point_id not in card_b.points:
                yield f"comparison {comparison.id}: point {point_id!r} is not on both cards"


def _faq_problems(data: Data) -> Iterator[str]:
    for faq in data.faqs:
        yield from _id_problems("faq", faq.id)
        if not faq.reasons:
            yield f"faq {faq.id}: no reasons"
        for article in faq.articles:
            if article not in data.laws:
                yield f"faq {faq.id}: unknown law article {article!r}"
        for card_id in (*faq.cards, *(faq.compare or ())):
            if card_id not in data.cards:
                yield f"faq {faq.id}: unknown card {card_id!r}"
        if faq.compare is not None:
            a, b = faq.compare
            if not any({a, b} == set(c.cards) for c in data.comparisons.values()):
                yield f"faq {faq.id}: the seeds do not compare {a} and {b}"
    ids = [faq.id for faq in data.faqs]
    if len(set(ids)) != len(ids):
        yield "faq ids are not unique"


def _law_problems(data: Data) -> Iterator[str]:
    for key, article in data.laws.items():
        if key != article.id:
            yield f"law article {article.id!r} stored under {key!r}"
        if not article.sources:
            yield f"law article {article.id}: quoted by no seed"
        for source in article.sources:
            if source not in data.sources:
                yield f"law article {article.id}: unknown source {source!r}"


def _task_problems(data: Data) -> Iterator[str]:
    """Every task rests on a fact, and every fact about a use of a card answers a task."""
    answered: dict[str, int] = dict.fromkeys(data.tasks, 0)
    explained = {f for task in data.tasks.values() for f in _task_extras(task)}
    for card in data.cards.values():
        for point_id, facts in card.points.items():
            for fact in facts:
                for name in fact.tasks:
                    if name not in answered:
                        yield f"card {card.id}/{point_id}: unknown task {name!r}"
                    else:
                        answered[name] += 1
                use = point_id in USE_POINTS
                where = point_id == "scope" and bool(fact.articles)
                if use and not fact.tasks and fact not in explained and not where:
                    text = fact.text[:40]
                    yield f"card {card.id}/{point_id}: a use that answers no task: {text!r}"
    for key, task in data.tasks.items():
        yield from _id_problems("task", key)
        if task.group not in data.task_groups:
            yield f"task {key}: unknown group {task.group!r}"
        if not answered[key]:
            yield f"task {key}: no fact of any card answers it"
        for mistake in task.mistaken:
            if mistake.card not in data.cards:
                yield f"task {key}: unknown card {mistake.card!r}"


def _task_extras(task: Task) -> tuple[Fact, ...]:
    """The facts a task screen shows besides the answers: why not a card, and city notes."""
    return (*(m.reason for m in task.mistaken), *task.city_notes)


def _text_problems(data: Data) -> Iterator[str]:
    for text in msgids(data):
        if not text.strip() or text != text.strip():
            yield f"empty or padded msgid {text!r}"
        if "*" in text:
            yield f"seed garbling left in msgid {text[:40]!r}"
