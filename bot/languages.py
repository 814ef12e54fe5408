"""The languages the bot speaks: one entry each, the only list of them.

i18n (and through it config, commands, the language picker and pictures) reads the codes, the
search reads each entry's stemmer and detector cues, the language picker its native name. A test
can register a language of its own (tests/test_pseudo_language.py), so readers look the list up
when they use it rather than copy it at import.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import overload

from babel import Locale, UnknownLocaleError

LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"


@dataclass(frozen=True)
class Language:
    """One language: what every part of the bot needs to know of it."""

    code: str  # its gettext locale, and the base of Telegram's language_code
    native_name: str  # how it names itself, capitalized as on a button
    stemmer: str  # the Snowball algorithm the search stems its words with (PyStemmer's name)
    # For the language detector: folded words frequent in it and not words of the others, and
    # letters only it writes among them.
    cue_words: frozenset[str] = frozenset()
    cue_letters: frozenset[str] = frozenset()
    # Function words the search drops before matching, folded (no accents).
    stopwords: frozenset[str] = frozenset()
    locales_dir: Path = LOCALES_DIR  # where its catalogs are


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ENGLISH = Language(
    "en", "English", "english",
    cue_words=_words("""
        the is are of and what which who how why does do can card cards same as
        between difference with for health citizen social security medical insurance
        electronic certificate law article
    """),
    stopwords=_words("""
        a an the of for to in on at by with from as and or nor but if then than so
        is are was were be been being am do does did done have has had can could
        should would will shall may might must i me my mine you your yours we our
        us they them their it its this that these those there here what which who
        he him his she her hers
        whom whose how when where why whats whos hows any some all each every one
        ones same just also too very really actually totally please kindly tell explain know
        want need
        about between vs versus not no yes get got s t d ll re ve m
    """),
)  # fmt: skip
SPANISH = Language(
    "es", "Español", "spanish",
    cue_words=_words("""
        el la los las es son de del y que cual como por para tarjeta tarjetas mismo
        misma igual entre diferencia con sanitaria salud ciudadana ciudadano
        seguridad seguro medico electronica electronico certificado ley articulo
        carnet sanitario sanidad ciudadania tipos cuando mi numero
    """),
    cue_letters=frozenset("ñ¿¡áéíóú"),
    stopwords=_words("""
        el la los las un una unos unas lo al del de da en con por para sin sobre
        entre y o u ni pero si que quien quienes cual cuales como cuando donde
        cuanto es son era eran ser estar esta estan este estos esa ese esos esas
        eso esto hay tiene tienen tengo puedo puede pueden se me mi mis tu tus su
        sus nos yo usted ustedes mismo misma mismos mismas lo le les ya muy mas
        no sí otra otro igual iguales por favor quiero saber decir dime
    """),
)  # fmt: skip
SOURCE = ENGLISH  # the language the strings are written in
BUILT_IN = (ENGLISH, SPANISH)  # in the order the language picker offers them

_registered: dict[str, Language] = {language.code: language for language in BUILT_IN}
_generation = 0  # how many times the list changed: caches of what lists languages key on it


def generation() -> int:
    return _generation


def registered() -> tuple[Language, ...]:
    """Every language, in the order the bot offers them."""
    return tuple(_registered.values())


def codes() -> tuple[str, ...]:
    return tuple(_registered)


def get(code: str) -> Language | None:
    return _registered.get(code)


def register(language: Language) -> None:
    """Add a language (or replace the one with its code)."""
    global _generation
    _registered[language.code] = language
    _generation += 1


def unregister(code: str) -> None:
    if code == SOURCE.code:
        raise ValueError("the source language cannot be removed")
    global _generation
    _registered.pop(code, None)
    _generation += 1


class Codes(Sequence[str]):
    """The registered codes, read afresh on every use: `code in CODES`, `for code in CODES`."""

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...
    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        return codes()[index]

    def __len__(self) -> int:
        return len(_registered)

    def __iter__(self) -> Iterator[str]:
        return iter(codes())

    def __contains__(self, code: object) -> bool:
        return code in _registered

    def __repr__(self) -> str:
        return repr(codes())


CODES = Codes()


def native_name(code: str) -> str:
    language = get(code)
    return language.native_name if language is not None else code


def name_in(code: str, reader: str) -> str:
    """A language named in the reader's language ("Spanish" to an English reader), from Babel's
    locale data; its own name where Babel does not know one of the two."""
    try:
        return Locale.parse(code).get_display_name(reader) or native_name(code)
    except (UnknownLocaleError, ValueError):
        return native_name(code)
