"""The cards' names and aliases, and where a query says them (in any word order)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from bot.search import corpus as corpus_module
from bot.search.text import CARD_WORDS, COMPARE_WORDS, STOPWORDS, singular, words

# Words that make a card its electronic form when said anywhere in the query ("the electronic
# version of my social security card", "la tarjeta de seguridad social en versión digital").
ELECTRONIC_WORDS = frozenset({"electronic", "electronica", "electronico", "digital"})
# Beside an electronic card and a word for comparing, a word for the physical form names the
# physical card ("the electronic social security card or the physical one, what's the difference").
PHYSICAL_WORDS = frozenset({"physical", "fisica", "fisico", "plastic", "plastico", "plastica"})


@dataclass(frozen=True)
class Mention:
    """A card named in a query, at tokens start..end; weak when the name lacks "card"."""

    card: str
    language: str
    start: int
    end: int
    weak: bool


def content(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The tokens without function words, in a crude singular."""
    return tuple(singular(token) for token in tokens if token not in STOPWORDS)


class Names:
    """Every card's aliases, keyed by their sorted content words."""

    def __init__(self, cards: tuple[corpus_module.CardText, ...]) -> None:
        raw_aliases = [
            (words(name), card.id, language) for card in cards for name, language in card.names
        ]
        # sorted words -> (card, language, weak); a weak alias lacks the word "card" ("social
        # security"), so it also names other things (the system, a number) and stays in the text.
        # An alias made only of function words ("mi card") cannot be told from ordinary
        # Spanish ("mi" = "my"), so it is not searchable; all other aliases are.
        self.alias: dict[tuple[str, ...], tuple[str, str, bool]] = {}
        ambiguous: set[tuple[str, ...]] = set()
        short_forms: dict[tuple[str, ...], set[tuple[str, str]]] = {}
        for tokens, card, language in raw_aliases:
            key = tuple(sorted(content(tokens)))
            if not any(token not in CARD_WORDS for token in key):
                continue
            previous = self.alias.get(key)
            if previous is not None and previous[0] != card:
                ambiguous.add(key)
            self.alias.setdefault(key, (card, language, False))
            short = tuple(token for token in key if token not in CARD_WORDS)
            short_forms.setdefault(short, set()).add((card, language))
        for short, owners in short_forms.items():
            if short in self.alias or not short:
                continue
            if len({card for card, _language in owners}) == 1:
                card, language = min(owners)
                self.alias[short] = (card, language, True)
        for key in ambiguous:
            del self.alias[key]
        self.longest = max((len(key) for key in self.alias), default=1)
        self.words: set[str] = {token for key in self.alias for token in key}
        # card -> its electronic form: an alias of one plus an electronic word is one of the other.
        self.electronic: dict[str, str] = {}
        for key, (card, _language, _weak) in self.alias.items():
            for word in ELECTRONIC_WORDS.difference(key):
                other = self.alias.get(tuple(sorted((*key, word))))
                if other is not None and other[0] != card:
                    self.electronic.setdefault(card, other[0])

    def mentions(self, tokens: tuple[str, ...], comparing: bool = False) -> list[Mention]:
        """The cards named in content tokens, left to right, each at its longest alias;
        `comparing` when the whole query has a word for comparing ("vs" is a function word)."""
        found: list[Mention] = []
        start = 0
        while start < len(tokens):
            mention = self._at(tokens, start)
            if mention is None:
                start += 1
                continue
            # A weak name yields to a full one that starts inside it and runs past it ("medical
            # insurance | electronic medical insurance certificate"); so does a name whose last
            # word is "electronic" ("social security card | electronic medical insurance…").
            for later in range(mention.start + 1, mention.end) if mention.weak else (
                [mention.end - 1] if tokens[mention.end - 1] in ELECTRONIC_WORDS else []
            ):
                full = self._at(tokens, later)
                if full is not None and not full.weak and full.end > mention.end:
                    mention = self._at(tokens, start, before=later) or mention
                    break
            found.append(mention)
            start = mention.end
        comparing = comparing or bool(COMPARE_WORDS.intersection(tokens))
        return self._electronic(tokens, found, comparing)

    def _at(
        self, tokens: tuple[str, ...], start: int, before: int | None = None
    ) -> Mention | None:
        """The longest name that starts at `start` (and ends by `before`)."""
        end = len(tokens) if before is None else before
        for length in range(min(self.longest, end - start), 0, -1):
            owner = self.alias.get(tuple(sorted(tokens[start : start + length])))
            if owner is not None:
                return Mention(*owner[:2], start, start + length, owner[2])
        return None

    def _electronic(
        self, tokens: tuple[str, ...], found: list[Mention], comparing: bool
    ) -> list[Mention]:
        """The mentions, a card made its electronic form by an electronic word outside names,
        and the physical form of a lone electronic card added when a comparison names it."""
        if comparing and len({m.card for m in found}) == 1:
            split = self._split(tokens, found[0])
            if split:
                return split
        taken = {i for m in found for i in range(m.start, m.end)}
        free = {t: i for i, t in enumerate(tokens) if i not in taken}
        # "is the social security card physical or electronic": a question of its form.
        either = free.keys() & PHYSICAL_WORDS and not comparing
        electronic = [free[t] for t in ELECTRONIC_WORDS if t in free]
        lone = {m.card for m in found}
        if electronic and comparing and len(lone) == 1 and lone <= self.electronic.keys():
            # "the social security card vs the electronic one": the card and its electronic form
            card, language = found[0].card, found[0].language
            at = electronic[0]
            other = Mention(self.electronic[card], language, at, at + 1, False)
            return sorted([*found, other], key=lambda m: m.start)
        if electronic and not either:
            # Of two cards, the electronic word makes only the one it follows electronic ("the
            # old bank card vs the medical insurance code on my phone")
            several = len({m.card for m in found}) > 1
            plain = {m.card for m in found if self.electronic.get(m.card, m.card) != m.card}
            near = [_nearest(found, at, plain) for at in electronic] if several else found
            made = {self.electronic.get(m.card, m.card) for m in near} | {m.card for m in found}
            # and a weak name of the same card ("certificado electrónico de seguro médico")
            found = [
                Mention(self.electronic.get(m.card, m.card), m.language, m.start, m.end, m.weak)
                if any(m is n for n in near) or (m.weak and self.electronic.get(m.card) in made)
                else m
                for m in found
            ]
        physical = [free[t] for t in PHYSICAL_WORDS if t in free]
        cards = {m.card for m in found}
        if physical and len(cards) == 1 and comparing:
            card = cards.pop()
            paper = [plain for plain, electronic in self.electronic.items() if electronic == card]
            if paper:
                language = found[0].language
                found = sorted(
                    [*found, Mention(paper[0], language, physical[0], physical[0] + 1, False)],
                    key=lambda m: m.start,
                )
        return found


    def _split(self, tokens: tuple[str, ...], mention: Mention) -> list[Mention]:
        """An electronic card's name ending in the electronic word, in a comparison, read as the
        card and its electronic form ("social security card vs the electronic one", where "vs
        the" are function words and the name runs on)."""
        last = mention.end - 1
        if tokens[last] not in ELECTRONIC_WORDS or mention.end - mention.start < 2:
            return []
        owner = self.alias.get(tuple(sorted(tokens[mention.start : last])))
        if owner is None or self.electronic.get(owner[0]) != mention.card:
            return []
        plain = Mention(owner[0], mention.language, mention.start, last, owner[2])
        return [plain, Mention(mention.card, mention.language, last, mention.end, False)]


def residual(tokens: tuple[str, ...], mentions: list[Mention]) -> tuple[str, ...]:
    """The words besides card names (weak names kept when there are other words)."""
    if not any(True for _ in _rest(tokens, mentions, strict=True)):
        return ()
    return tuple(_rest(tokens, mentions, strict=False))


def _rest(tokens: tuple[str, ...], mentions: list[Mention], *, strict: bool) -> Iterator[str]:
    taken = {i for m in mentions if strict or not m.weak for i in range(m.start, m.end)}
    return (
        token
        for i, token in enumerate(tokens)
        if i not in taken and token not in COMPARE_WORDS and token not in CARD_WORDS
    )


def canonical(tokens: tuple[str, ...], mentions: list[Mention]) -> tuple[str, ...]:
    """The words with every card name replaced by one token that stands for the card."""
    out: list[str] = []
    position = 0
    for mention in mentions:
        if mention.weak:
            continue
        out.extend(tokens[position : mention.start])
        out.append(f"#{mention.card}")
        position = mention.end
    out.extend(tokens[position:])
    return tuple(token for token in out if token not in CARD_WORDS)


def _nearest(found: list[Mention], at: int, plain: set[str]) -> Mention:
    """The mention nearest a word ("la tarjeta electrónica del shebao": the one after it); of
    two as near, one of a card with an electronic form, then the one before."""
    return min(found, key=lambda m: (
        at - m.end if m.end <= at else m.start - at - 1, m.card not in plain, m.end > at
    ))  # fmt: skip
