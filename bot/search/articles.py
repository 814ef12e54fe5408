"""Law articles asked for by number ("article 58", "artículo 3 de las medidas")."""

from __future__ import annotations

from dataclasses import dataclass

from bot.addresses import Law
from bot.search import corpus as corpus_module
from bot.search.board import Board
from bot.search.names import content
from bot.search.text import words

_ARTICLE_WORDS = frozenset({"article", "articles", "art", "articulo", "articulos", "law", "ley"})
# The measures named: a number beside them is an article, unlike a number beside "card" alone.
_MEASURES = frozenset(
    {"measure", "measures", "medida", "medidas", "administrative", "administrativa"}
)
# The words that make a number beside them an article's ("art 4", "la ley, el 58").
NUMBER_CUES = _ARTICLE_WORDS | _MEASURES


def names_a_number(tokens: tuple[str, ...]) -> bool:
    """Whether the words give an article's number beside a word for a law ("article 86")."""
    return bool(NUMBER_CUES.intersection(tokens)) and any(
        token.isdigit() and len(token) <= 4 for token in tokens
    )


@dataclass(frozen=True)
class _Article:
    node: str
    number: int
    family: str


class Articles:
    """Every article, by its number and the law ("family") it belongs to."""

    def __init__(self, laws: tuple[corpus_module.LawText, ...]) -> None:
        self.articles: list[_Article] = []
        self.words: set[str] = set()
        family_words: dict[str, set[str]] = {}
        for law in laws:
            family = law.id.split("-", 1)[0]
            self.articles.append(_Article(Law(law.id).pack(), law.number, family))
            for title, _language in law.titles:
                tokens = content(words(title))
                self.words.update(tokens)
                family_words.setdefault(family, set()).update(
                    token for token in tokens if not token.isdigit()
                )
        # Words that point to one law and not to the others ("measures", "ley", ...).
        self.family_cues: dict[str, frozenset[str]] = {
            family: frozenset(
                tokens.difference(
                    *(other for name, other in family_words.items() if name != family)
                )
            )
            for family, tokens in family_words.items()
        }

    def rank(self, snapped: tuple[str, ...], offer: Board) -> None:
        """Offer the articles whose number the query gives beside a word for a law."""
        if not names_a_number(snapped):  # "2 cajas de insulina con la tarjeta"
            return
        numbers = {int(token) for token in snapped if token.isdigit() and len(token) <= 4}
        present = set(snapped)
        cues = {family: len(present & cue) for family, cue in self.family_cues.items()}
        for article in self.articles:
            if article.number in numbers:
                own = min(cues.get(article.family, 0), 2)
                other = max((n for f, n in cues.items() if f != article.family), default=0)
                offer(article.node, 92.0 + 3.0 * own - (12.0 if other > own else 0.0))
