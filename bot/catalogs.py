"""The gettext workflow for both domains: extract the .pot, update the .po, compile, check."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import read_po

from bot.i18n import LOCALES_DIR, SOURCE_LOCALE, SUPPORTED_LOCALES, compile_catalogs

ROOT = LOCALES_DIR.parent


@dataclass(frozen=True)
class Domain:
    """A gettext domain: where its strings live and how they are marked."""

    name: str
    sources: tuple[str, ...]
    keywords: tuple[str, ...]
    ignore_dirs: str
    default_keywords: bool

    @property
    def pot(self) -> Path:
        return LOCALES_DIR / f"{self.name}.pot"

    def po(self, locale: str) -> Path:
        return LOCALES_DIR / locale / "LC_MESSAGES" / f"{self.name}.po"


DOMAINS = (
    Domain("messages", ("bot", "handlers"), ("N_",), ".* ._ knowledge emulator", True),
    # "Quote:2": the text of a quote from an English seed is the msgid of its translation.
    Domain("knowledge", ("bot/knowledge",), ("N_", "Quote:2"), ".* ._", False),
)


def _pybabel(*args: str) -> None:
    CommandLineInterface().run(["pybabel", "-q", *args])  # type: ignore[no-untyped-call]


def extract(domain: Domain, output: Path) -> None:
    args = ["extract", "--no-location", "--sort-output", "--omit-header", "-o", str(output)]
    args += ["--ignore-dirs", domain.ignore_dirs]
    if not domain.default_keywords:
        args.append("--no-default-keywords")
    for keyword in domain.keywords:
        args += ["-k", keyword]
    _pybabel(*args, *(str(ROOT / source) for source in domain.sources))


def update(domain: Domain) -> None:
    extract(domain, domain.pot)
    for locale in SUPPORTED_LOCALES:
        po = domain.po(locale)
        if po.exists():
            _pybabel("update", "--no-fuzzy-matching", "--ignore-obsolete", "-D", domain.name,
                     "-i", str(domain.pot), "-d", str(LOCALES_DIR), "-l", locale)
        else:
            _pybabel("init", "-D", domain.name, "-i", str(domain.pot), "-d", str(LOCALES_DIR),
                     "-l", locale)


def _read(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=locale)


def _ids(catalog: Catalog) -> set[tuple[str | None, str]]:
    return {(m.context, str(m.id)) for m in catalog if m.id}


def problems() -> list[str]:
    """Everything wrong with the catalogs: stale .pot, missing or fuzzy translations, msgfmt."""
    found: list[str] = []
    for domain in DOMAINS:
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / "fresh.pot"
            extract(domain, fresh)
            fresh_ids = _ids(_read(fresh))
        committed = _ids(_read(domain.pot)) if domain.pot.exists() else set()
        if fresh_ids != committed:
            found.append(f"{domain.pot.name} is stale: run `cardbot catalog update`")
        for locale in SUPPORTED_LOCALES:
            po_path = domain.po(locale)
            if not po_path.exists():
                found.append(f"{po_path} is missing")
                continue
            catalog = _read(po_path, locale)
            for message in catalog:
                if not message.id:
                    continue
                if message.fuzzy:
                    found.append(f"{po_path.name} [{locale}] fuzzy: {message.id!r}")
                elif locale != SOURCE_LOCALE and not message.string:
                    found.append(f"{po_path.name} [{locale}] untranslated: {message.id!r}")
            if not _ids(catalog) >= fresh_ids:
                found.append(f"{po_path} lacks entries: run `cardbot catalog update`")
            found.extend(_msgfmt_errors(po_path))
    return found


def _msgfmt_errors(po_path: Path) -> list[str]:
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        return []
    result = subprocess.run(
        [msgfmt, "--check", "-o", "/dev/null", str(po_path)], capture_output=True, text=True
    )
    return [f"msgfmt --check {po_path}: {result.stderr.strip()}"] if result.returncode else []


def run_catalog_action(action: str) -> int:
    if action in ("extract", "update"):
        for domain in DOMAINS:
            update(domain) if action == "update" else extract(domain, domain.pot)
        return 0
    if action == "compile":
        for path in compile_catalogs():
            print(f"compiled {path.relative_to(ROOT)}")
        return 0
    issues = problems()
    for line in issues:
        print(line, file=sys.stderr)
    return 1 if issues else 0
