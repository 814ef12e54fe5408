"""Words misspelt while typing ("hopsital", "farmcia", "pensoin") read as the search's own
words, so that the lexicon's phrases are found in them.

A word of four letters or more is corrected only when it is no word the bot knows: not one of
the search's words, nor one of any text in the bot's catalogs (every screen, in every language),
nor a word with the stem of one of those, nor a word of pyspellchecker's English and Spanish
lists, nor a function word. It becomes the search's word closest to it in optimal string
alignment (a swap of two letters counts once) that starts with the same letter, within one edit
for words of up to six letters and two beyond (between words of about one length), or, from
seven letters on, that differs only in its first letter ("bharmacy"); a word that starts a known
word is left for as-you-type to complete. A Spanish verb typed without its accents ("desearia",
a form of "desear") becomes only a word of the same verb, never another word ("descarga").
"""

from __future__ import annotations

import bisect
import gc
import re
from array import array
from collections.abc import Iterable
from functools import lru_cache

from babel.messages.pofile import read_po
from rapidfuzz import process
from rapidfuzz.distance import OSA
from spellchecker import SpellChecker

from bot import languages
from bot.search import engine, lexicon
from bot.search.complete import completions
from bot.search.phrases import stem
from bot.search.text import SHORTHANDS, STOPWORDS, detect_language, fold, squeeze, words

MIN_LENGTH = 4
# The word a card's name ends in, which people run into the word before it ("healthcard").
_NAME_TAILS = ("card", "cards")
_RUN_TOGETHER = 8  # from this length on, a word unknown may be words run together
_LONG = 7  # from this length on, two edits
_WORD = re.compile(r"\w+")


def _catalog_words() -> Iterable[tuple[str, str]]:
    """Every word of every catalog's texts and translations, with its language."""
    for language in languages.registered():
        for path in sorted((language.locales_dir / language.code).glob("LC_MESSAGES/*.po")):
            with path.open("rb") as handle:
                catalog = read_po(handle)
            for message in catalog:
                for text in _strings(message.id):
                    yield from ((word, languages.SOURCE.code) for word in words(text))
                for text in _strings(message.string):
                    yield from ((word, language.code) for word in words(text))


def _strings(value: object) -> list[str]:
    """A catalog entry's text or texts (plural forms are several)."""
    if isinstance(value, str):
        return [value]
    items = value if isinstance(value, list | tuple) else []
    return [item for item in items if isinstance(item, str)]


def _dictionary_words() -> Iterable[str]:
    """The words of a general dictionary of each registered language that has one
    (pyspellchecker's), so that "passport" or "aportes" is never read as a word of ours."""
    for language in languages.registered():
        if language.code in SpellChecker.languages():
            for word in SpellChecker(language=language.code).word_frequency:
                yield fold(word) if not word.isascii() else word


# Spanish endings whose unaccented forms the stemmer misses ("desearia", "trabajaba"), with what
# the infinitive ends in instead.
_ENDINGS = (("iamos", ""), ("ias", ""), ("ian", ""), ("ia", ""), ("abamos", "ar"),
            ("aban", "ar"), ("abas", "ar"), ("aba", "ar"))  # fmt: skip


def _infinitives(token: str) -> Iterable[str]:
    """The infinitives a conjugated Spanish verb, typed without accents, may be a form of."""
    for ending, replacement in _ENDINGS:
        if token.endswith(ending) and len(token) > len(ending) + 3:
            yield token[: -len(ending)] + replacement


class WordList:
    """A large set of words kept small: their hashes, sorted, in one array (8 bytes a word, not
    some 80 for a set of strings; a dictionary of 250,000 words is 2 MB)."""

    def __init__(self, words: Iterable[str]) -> None:
        self._hashes = array("q", sorted({hash(word) for word in words}))

    def __contains__(self, word: object) -> bool:
        value = hash(word)
        at = bisect.bisect_left(self._hashes, value)
        return at < len(self._hashes) and self._hashes[at] == value


class Speller:
    """Corrects the words of a query against a vocabulary, leaving known words alone."""

    def __init__(
        self,
        targets: Iterable[tuple[str, str]],
        known: Iterable[str],
        catalog: Iterable[tuple[str, str]] = (),
        dictionary: WordList | None = None,
    ) -> None:
        """`targets` and `catalog` are words with their languages."""
        ours = set(targets)
        pairs = ours | set(catalog)
        self._dictionary = dictionary if dictionary is not None else WordList(())
        self._by_letter: dict[str, list[str]] = {}
        self._by_tail: dict[str, str] = {}  # a word less its first letter: "harmacy", pharmacy
        self._ours = frozenset(word for word, _language in ours)
        self._languages: dict[str, set[str]] = {}
        for word, language in ours:
            self._languages.setdefault(word, set()).add(language)
        for word in sorted({word for word, _language in ours}):
            if len(word) >= MIN_LENGTH - 1 and word.isalpha():
                self._by_letter.setdefault(word[0], []).append(word)
                self._by_tail.setdefault(word[1:], word)
        self._known = frozenset(known) | {w for w, _code in pairs} | STOPWORDS | SHORTHANDS
        # A word with the stem of one of ours is found by stem already ("medicamentos"), and
        # one with the stem of a word of the catalogs is a word too ("presento", "presentar"),
        # each stem in its own language ("farmacias" is Spanish: "farmacy" is no word of ours).
        self._stems = frozenset((language, stem(word, language)) for word, language in pairs)

    @lru_cache(maxsize=8192)  # noqa: B019 - one speller per process
    def correct(self, token: str, language: str | None = None) -> str:
        """The word as typed when it is known, else the closest word of ours; between words as
        close, one of the message's language ("medicl" is "medical" in English, not "medica")."""
        if len(token) < MIN_LENGTH or token in self._known or not token.isalpha():
            return token
        if token in self._dictionary:
            return token
        if any((language, stem(token, language)) in self._stems for language in languages.CODES):
            return token
        if completions().complete(token, None, limit=1):
            return token
        compound = self._compound(token, language)
        if compound != token:
            return compound
        split = self._split(token)
        if split != token:
            return split
        edits = 1 if len(token) < _LONG else 2
        # Two edits only between words of about one length: a slip of two keys, not two
        # letters missing ("presento" is no "presto").
        candidates = [
            word for word in self._by_letter.get(token[0], ())
            if abs(len(word) - len(token)) <= 1 or edits == 1
        ]  # fmt: skip
        found = process.extract(
            token, candidates, scorer=OSA.distance, score_cutoff=edits, limit=None
        )
        if not found:  # the first letter mistyped ("bharmacy")
            return self._by_tail.get(token[1:], token) if len(token) >= _LONG else token
        nearest = min(distance for _word, distance, _at in found)
        closest = [str(word) for word, distance, _at in found if distance == nearest]
        fixed = next((w for w in closest if language in self._languages[w]), closest[0])
        verb = any(infinitive in self._dictionary for infinitive in _infinitives(token))
        # A verb's form is read as our word for the same verb ("emitia", "emite"), never as
        # another word ("desearia" is no "descarga").
        return token if verb and fixed[:4] != token[:4] else fixed

    def _split(self, token: str) -> str:
        """Words typed without the spaces between them ("socialsecurity", "tarjetasanitaria",
        "pensiondevejez") as those words: two of ours, or ours around a function word."""
        if len(token) < _RUN_TOGETHER:
            return token
        for at in range(3, len(token) - 2):
            head, tail = token[:at], token[at:]
            if head in self._ours and tail in self._ours:
                return f"{head} {tail}"
        for at in range(3, len(token) - 4):
            for end in range(at + 1, min(at + 4, len(token) - 2)):
                head, middle, tail = token[:at], token[at:end], token[end:]
                if head in self._ours and middle in STOPWORDS and tail in self._ours:
                    return f"{head} {middle} {tail}"
        return token

    def _compound(self, token: str, language: str | None) -> str:
        """A card's name typed as one word ("healthcard", "helthcard") as its two words."""
        for tail in _NAME_TAILS:
            head = token[: -len(tail)]
            if token.endswith(tail) and len(head) >= MIN_LENGTH:
                fixed = head if head in self._known else self.correct(head, language)
                if fixed != head or head in self._by_letter.get(head[0], ()):
                    return f"{fixed} {tail}"
        return token


def forget() -> None:
    """Empty the cache of corrected words (for benchmarks)."""
    Speller.correct.cache_clear()


@lru_cache(maxsize=4)
def _speller(codes: tuple[str, ...]) -> Speller:
    targets = set(completions().pairs())
    tables = (*lexicon.POINT_WORDS.values(), *lexicon.UNCOVERED_FOR_A_CARD.values())
    for table in (*tables, lexicon.WHAT_CAN_I_DO, lexicon.GREETING_WORDS, lexicon.THANKS_WORDS):
        targets.update(
            (w, language) for language, phrases in table.items() for p in phrases for w in words(p)
        )
    dictionary = WordList(_dictionary_words())
    gc.collect()  # the dictionaries as loaded are large; only their hashes are kept
    return Speller(targets, engine.index().known, _catalog_words(), dictionary)


def is_word(token: str) -> bool:
    """Whether a word is left as typed (a word the bot or the dictionaries know)."""
    folded = squeeze(fold(token))
    return _speller(tuple(languages.CODES)).correct(folded) == folded


def spell(text: str) -> str:
    """The text with its misspelt words corrected, the rest as typed (accents and marks too,
    which tell the language)."""
    speller = _speller(tuple(languages.CODES))
    language = detect_language(text)

    def corrected(match: re.Match[str]) -> str:
        folded = squeeze(fold(match.group()))
        fixed = speller.correct(folded, language)
        return match.group() if fixed == folded else fixed

    return _WORD.sub(corrected, text)
