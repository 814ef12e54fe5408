"""Gettext plumbing: one locale per update, bound in a context variable."""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

from bot import languages

LOCALES_DIR = languages.LOCALES_DIR

# The codes of bot/languages.py's registry, read live (a language registered later shows).
SUPPORTED_LOCALES: Sequence[str] = languages.CODES
DOMAINS: tuple[str, ...] = ("messages", "knowledge")
# English is the source language: its catalogs exist so that the workflow is uniform.
SOURCE_LOCALE = languages.SOURCE.code

_current: contextvars.ContextVar[str] = contextvars.ContextVar("locale", default=SOURCE_LOCALE)


def N_(message: str) -> str:
    """Mark a string for extraction without translating it now."""
    return message


def compile_catalogs(locales_dir: Path = LOCALES_DIR) -> list[Path]:
    """Compile every .po whose .mo is missing or older; return the .mo files written."""
    written: list[Path] = []
    for po_path in sorted(locales_dir.glob("*/LC_MESSAGES/*.po")):
        mo_path = po_path.with_suffix(".mo")
        if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
            continue
        locale = po_path.parent.parent.name
        with po_path.open("rb") as po_file:
            catalog = read_po(po_file, locale=locale, domain=po_path.stem)
        with mo_path.open("wb") as mo_file:
            write_mo(mo_file, catalog, use_fuzzy=False)
        written.append(mo_path)
    _load.cache_clear()
    return written


@cache
def _load(locales_dir: Path, locale: str, domain: str) -> NullTranslations:
    translations = Translations.load(str(locales_dir), [locale], domain=domain)
    return translations


def translations(locale: str | None = None, domain: str = "messages") -> NullTranslations:
    """The catalog of one domain for a locale (the bound one when None)."""
    code = locale or _current.get()
    language = languages.get(code)
    return _load(language.locales_dir if language else LOCALES_DIR, code, domain)


def normalize_locale(code: str | None) -> str | None:
    """Map a Telegram language_code such as 'es-MX' to a supported locale, or None."""
    if not code:
        return None
    base = code.replace("_", "-").split("-", 1)[0].lower()
    return base if base in SUPPORTED_LOCALES else None


def resolve_locale(stored: str | None, language_code: str | None, default: str) -> str:
    """The stored choice, else the Telegram language, else the configured default."""
    return normalize_locale(stored) or normalize_locale(language_code) or default


def current_locale() -> str:
    return _current.get()


def set_locale(locale: str) -> None:
    _current.set(locale if locale in SUPPORTED_LOCALES else SOURCE_LOCALE)


@contextlib.contextmanager
def use_locale(locale: str) -> Iterator[None]:
    """Bind a locale for the block (for example, rendering a broadcast for one chat)."""
    token = _current.set(locale if locale in SUPPORTED_LOCALES else SOURCE_LOCALE)
    try:
        yield
    finally:
        _current.reset(token)


def _(message: str) -> str:
    return translations().gettext(message)


def pgettext(context: str, message: str) -> str:
    return str(translations().pgettext(context, message))


def ngettext(singular: str, plural: str, n: int) -> str:
    return translations().ngettext(singular, plural, n)


def kgettext(message: str) -> str:
    """Translate a knowledge-base string (domain 'knowledge') into the bound locale."""
    return translations(domain="knowledge").gettext(message)
