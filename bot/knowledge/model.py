"""The shapes of the knowledge base: frozen records whose text fields are English msgids.

Every user-visible string is an untranslated msgid of the gettext domain "knowledge";
the screens translate it at render time with ``bot.i18n.kgettext``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


def frozen_map(items: Mapping[K, V]) -> Mapping[K, V]:
    """A read-only copy of a mapping that keeps its insertion order."""
    return MappingProxyType(dict(items))


@dataclass(frozen=True)
class Source:
    """One seed article, the only origin of the facts."""

    id: str
    file: str
    title: str
    language: str


@dataclass(frozen=True)
class Quote:
    """A passage of a seed, copied verbatim, that a statement rests on.

    ``text`` is in the seed's own language. A quote from an English seed is also a msgid of the
    "knowledge" domain (its translation is what a Spanish reader sees beneath it); a quote from
    a non-English seed carries ``english``, the bot's English rendering, itself a msgid.
    """

    source: str
    text: str
    english: str | None = None

    @classmethod
    def foreign(cls, source: str, text: str, english: str) -> Quote:
        """A quote from a non-English seed. Its own name keeps its text out of the catalogs,
        which extract the second argument of every ``Quote(...)`` call as an English msgid."""
        return cls(source, text, english)


@dataclass(frozen=True)
class LawArticle:
    """A quotable article of a law, as the seeds give it (cleaned).

    ``numbered`` is False where the seed leaves the article unnumbered (``number`` then only
    serves search). ``repair`` says, as a msgid, what the bot changed where the seed's text is
    garbled; None when nothing was.
    """

    id: str
    law: str
    number: int
    text: str
    sources: tuple[str, ...]
    quotes: tuple[Quote, ...] = ()
    repair: str | None = None
    numbered: bool = True


@dataclass(frozen=True)
class Fact:
    """One statement, with the seeds it comes from, the law articles they tie it to, and the
    tasks (``bot.knowledge.tasks``) it tells a person how to do. ``quotes`` are the passages
    it rests on: at least one from each of its sources."""

    text: str
    sources: tuple[str, ...]
    articles: tuple[str, ...] = ()
    tasks: tuple[str, ...] = ()
    quotes: tuple[Quote, ...] = ()


@dataclass(frozen=True)
class Point:
    """A point of comparison between cards, such as who issues them."""

    id: str
    label: str


@dataclass(frozen=True)
class Card:
    """One of the six cards; it has a point only where the seeds say something about it."""

    id: str
    name: str
    short_name: str
    # What people type for the card, by language code (bot/languages.py): searched in that
    # language. A language with no entry still finds the card by its translated names.
    aliases: Mapping[str, tuple[str, ...]]
    points: Mapping[str, tuple[Fact, ...]]
    other_names: tuple[str, ...] = ()

    @property
    def all_aliases(self) -> tuple[str, ...]:
        return tuple(alias for aliases in self.aliases.values() for alias in aliases)

    def facts(self) -> tuple[Fact, ...]:
        return tuple(fact for facts in self.points.values() for fact in facts)

    @property
    def articles(self) -> tuple[str, ...]:
        """Law article ids the card's facts cite, first citation first."""
        return _unique(article for fact in self.facts() for article in fact.articles)

    @property
    def sources(self) -> tuple[str, ...]:
        return _unique(source for fact in self.facts() for source in fact.sources)


@dataclass(frozen=True)
class Comparison:
    """A direct comparison of two cards made by a seed."""

    cards: tuple[str, str]
    same_card: bool
    verdict: Fact
    differences: Mapping[str, Fact] = field(default_factory=lambda: frozen_map({}))

    @property
    def id(self) -> str:
        """Order-insensitive id, as in the deep link ``/start cmp-<id>``."""
        return comparison_id(*self.cards)

    def facts(self) -> tuple[Fact, ...]:
        return (self.verdict, *self.differences.values())


@dataclass(frozen=True)
class Faq:
    """A question the seeds answer. ``answer`` is True/False for yes/no questions, else None."""

    id: str
    question: str
    answer: bool | None
    verdict: str
    reasons: tuple[Fact, ...]
    articles: tuple[str, ...] = ()
    cards: tuple[str, ...] = ()
    compare: tuple[str, str] | None = None
    # A short title for a button (a phone shows about 40 characters of one); None when the
    # question itself is that short.
    short: str | None = None

    @property
    def label(self) -> str:
        """The msgid a button shows; the whole question stays the screen's heading."""
        return self.short or self.question

    @property
    def sources(self) -> tuple[str, ...]:
        return _unique(source for fact in self.reasons for source in fact.sources)


@dataclass(frozen=True)
class Mistake:
    """A card people take for the one a task needs, and the fact that says why it is not."""

    card: str
    reason: Fact


@dataclass(frozen=True)
class Task:
    """Something a person needs to do; the cards that serve it are the facts tagged with it."""

    id: str
    group: str
    label: str
    mistaken: tuple[Mistake, ...] = ()
    # Facts that say the answer depends on the city.
    city_notes: tuple[Fact, ...] = ()


@dataclass(frozen=True)
class TaskGroup:
    """A heading of the task guide, such as health care or money."""

    id: str
    label: str


def comparison_id(a: str, b: str) -> str:
    """The id of the comparison of two cards, whatever their order."""
    first, second = sorted((a, b))
    return f"{first}-{second}"


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))
