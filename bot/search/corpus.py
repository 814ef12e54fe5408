"""What the index is built from: the knowledge base, read once, in both languages.

This module is the only one that knows the shape of ``bot.knowledge``.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.i18n import SOURCE_LOCALE, SUPPORTED_LOCALES, kgettext, pgettext, use_locale

LANGUAGES = SUPPORTED_LOCALES  # every registered language (bot/languages.py), read live


@dataclass(frozen=True)
class CardText:
    id: str
    # (text, language) pairs that name the card.
    names: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class FaqText:
    number: int
    cards: tuple[str, ...]
    questions: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class LawText:
    id: str
    number: int
    titles: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Corpus:
    cards: tuple[CardText, ...]
    faqs: tuple[FaqText, ...]
    laws: tuple[LawText, ...]


def _translations(msgid: str) -> tuple[tuple[str, str], ...]:
    """The msgid in English and its translation in every other language (when it has one)."""
    out = [(msgid, SOURCE_LOCALE)]
    for language in LANGUAGES:
        if language == SOURCE_LOCALE:
            continue
        with use_locale(language):
            translated = kgettext(msgid)
        if translated and translated != msgid:
            out.append((translated, language))
    return tuple(out)


def _article_word(language: str) -> str:
    """The word a law article's title starts with in the index, in that language."""
    with use_locale(language):
        return pgettext("search index", "article")


def load() -> Corpus:
    from bot import knowledge

    cards = tuple(
        CardText(
            card.id,
            (
                *_translations(card.name),
                *_translations(card.short_name),
                *((name, SOURCE_LOCALE) for name in card.other_names),
                *((alias, language) for language, aliases in card.aliases.items()
                  for alias in aliases),
            ),
        )
        for card in knowledge.CARDS.values()
    )
    faqs = tuple(
        FaqText(number, tuple(faq.cards), _translations(faq.question))
        for number, faq in enumerate(knowledge.FAQS, start=1)
    )
    laws = tuple(
        LawText(
            article.id,
            article.number,
            tuple(
                (f"{_article_word(language)} {article.number} {law}", language)
                for law, language in _translations(article.law)
            ),
        )
        for article in knowledge.LAWS.values()
    )
    return Corpus(cards, faqs, laws)
