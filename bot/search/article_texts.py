"""Law articles asked for by what they say ("the article that says I can check my records for
free", "el artículo de las medidas sobre una tarjeta para todo el país"): Okapi BM25 over each
article's text, in every language."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from bot import knowledge, languages
from bot.addresses import Law, Node
from bot.i18n import SOURCE_LOCALE, kgettext, use_locale
from bot.search.articles import NUMBER_CUES
from bot.search.bm25 import Documents, Ranked
from bot.search.board import Hit
from bot.search.engine import confident
from bot.search.phrases import Found, covered
from bot.search.text import CARD_WORDS, STOPWORDS

# An article is answered on when it takes this share of the question's weight and leads the
# next article by this factor (learned on the tuned part of the phrasing set).
MIN_COVERAGE = 0.15
MIN_LEAD = 1.2
# Without a word for a law or an article, only a message made of one article's words.
ALONE_COVERAGE = 0.8
ALONE_TERMS = 4
ALONE_LEAD = 3.0


def _documents(language: str) -> dict[str, list[str]]:
    documents: dict[str, list[str]] = {}
    for article in knowledge.LAWS.values():
        with use_locale(language):
            text = article.text if language == SOURCE_LOCALE else kgettext(article.text)
        documents[Law(article.id).pack()] = [text]
    return documents


@lru_cache(maxsize=4)
def _rankers(codes: tuple[str, ...]) -> dict[str, Documents]:
    return {language: Documents(language, _documents(language)) for language in codes}


def clear_article(
    tokens: Iterable[str], language: str | None, named_a_law: bool = True
) -> Ranked | None:
    """The one article whose text the words point to clearly, if any; `named_a_law` when the
    message has a word for a law or an article beside them."""
    rankers = _rankers(tuple(languages.CODES))
    tokens = [token for token in tokens if token not in STOPWORDS and token.isalpha()]
    readings = [
        rankers[code].rank(tokens) for code in ((language,) if language else rankers)
    ]
    ranked = max(readings, key=lambda found: found[0].score if found else 0.0, default=[])
    coverage, terms, lead = (
        (MIN_COVERAGE, 2, MIN_LEAD) if named_a_law else (ALONE_COVERAGE, ALONE_TERMS, ALONE_LEAD)
    )
    if not ranked or ranked[0].coverage < coverage or ranked[0].terms < terms:
        return None
    second = ranked[1].score if len(ranked) > 1 else 0.0
    return ranked[0] if ranked[0].score >= lead * second else None


def asked_article(
    tokens: tuple[str, ...],
    lists: list[Found],
    in_names: set[int],
    detected: str | None,
    asks_else: list[Found],
) -> str | None:
    """An article asked for by what it says, beside a word for an article or a law, or in its
    own words alone (never by a number beside a word for an article: ``articles.py`` reads
    those; "within 30 days" is the article's own words); `lists`: the list words
    found, `in_names`: the positions of card names, `asks_else`: the task and question words."""
    if any(t.isdigit() and tokens[i - 1] in _ARTICLE_WORDS for i, t in enumerate(tokens) if i):
        return None  # "article 58 …": by its number
    law = [item for item in lists if item.target == "law"]
    if not law and asks_else:  # without a word for a law, only what asks nothing else
        return None
    # What the article says, besides the law and the card it is about.
    taken = covered(law) | in_names
    rest = [t for i, t in enumerate(tokens) if i not in taken and t not in CARD_WORDS]
    found = clear_article(rest, detected, named_a_law=bool(law))
    return found.node if found is not None else None


_ARTICLE_WORDS = frozenset({"article", "articles", "art", "articulo", "articulos"})


def numbered_article(tokens: tuple[str, ...], found: list[Hit]) -> bool:
    """A word for an article and the article its number names found first: that article,
    whatever else the message is about ("what does article 74 say about records")."""
    first = Node.unpack(found[0].node) if found else None
    numbered = any(token.isdigit() for token in tokens)
    return numbered and bool(_ARTICLE_WORDS.intersection(tokens)) and isinstance(first, Law)


def asks_for_the_law(lists: list[Found], found: list[Hit], tokens: tuple[str, ...] = ()) -> bool:
    """A word for the law, and no article or verbatim question found for it, or only articles
    found loosely for "laws" in the plural ("what law articles is all this based on")."""
    wants_law = any(item.target == "law" for item in lists)
    article = bool(found) and isinstance(Node.unpack(found[0].node), Law)
    loosely = article and not confident(found) and bool(_PLURAL_LAWS.intersection(tokens))
    return wants_law and (not article or loosely)


_PLURAL_LAWS = frozenset({"laws", "articles", "leyes", "articulos"})


def numbered(tokens: tuple[str, ...]) -> bool:
    """A number beside a word for an article or a law ("art 4"), not any number ("6 cards")."""
    return any(t.isdigit() for t in tokens) and bool(NUMBER_CUES.intersection(tokens))



def grounding(card: str, point: str) -> str | None:
    """The article a card's point rests on first ("which article says who manages the social
    security card": the article its manager point cites), if it cites any."""
    entry = knowledge.CARDS.get(card)
    facts = entry.points.get(point, ()) if entry is not None else ()
    cited = [article for fact in facts for article in fact.articles]
    return Law(cited[0]).pack() if cited and point != "legal" else None


def unknown_article(tokens: tuple[str, ...]) -> bool:
    """An article asked for by a number no article of the sources has ("article 86 of the social
    insurance law"): the sources do not cover it, whatever else is said."""
    known = {str(law.number) for law in knowledge.LAWS.values()}
    return any(
        token.isdigit() and tokens[i - 1] in _ARTICLE_WORDS and token not in known
        for i, token in enumerate(tokens)
        if i
    )
