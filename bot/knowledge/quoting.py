"""Checks every quote of the knowledge base against the seed articles it names.

A quote must appear in its seed word for word; only whitespace and typographic quotation marks
are normalized, since the seeds mix line breaks and curly quotes with straight ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from bot.knowledge.integrity import Data
from bot.knowledge.model import Quote

# A copy of /work/shared/seeds, kept in the package so that the check runs wherever the code does.
SEEDS_DIR = Path(__file__).with_name("seeds")
# Curly double and single quotation marks, and guillemets, by code point (they look alike).
_TYPOGRAPHIC = str.maketrans(
    {
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2018": "'", "\u2019": "'",
    }
)  # fmt: skip


def normalize(text: str) -> str:
    """Whitespace collapsed to single spaces and curly quotes made straight."""
    return re.sub(r"\s+", " ", text.translate(_TYPOGRAPHIC)).strip()


@dataclass(frozen=True)
class Report:
    facts: int
    articles: int
    found: int
    missing: tuple[str, ...]
    unquoted: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.missing and not self.unquoted


def quoted_items(data: Data) -> Iterator[tuple[str, tuple[str, ...], tuple[Quote, ...]]]:
    """Every fact and law article: where it lives, the sources it names, and its quotes."""
    for where, fact in data.facts():
        yield where, fact.sources, fact.quotes
    for article in data.laws.values():
        yield f"law {article.id}", article.sources, article.quotes


def check(data: Data | None = None, seeds_dir: Path = SEEDS_DIR) -> Report:
    """Looks up every quote in its seed; a fact or article must quote each source it names."""
    data = data or Data()
    seeds: Mapping[str, str] = {
        source.id: normalize((seeds_dir / source.file).read_text(encoding="utf-8"))
        for source in data.sources.values()
    }
    found = 0
    missing: list[str] = []
    unquoted: list[str] = []
    for where, sources, quotes in quoted_items(data):
        for source in sources:
            if not any(quote.source == source for quote in quotes):
                unquoted.append(f"{where}: no quote from {source}")
        for quote in quotes:
            if quote.source not in sources:
                unquoted.append(f"{where}: quotes {quote.source}, which it does not name")
            if normalize(quote.text) in seeds.get(quote.source, ""):
                found += 1
            else:
                missing.append(f"{where}: not in {quote.source}: {quote.text[:60]!r}")
    facts = sum(1 for _ in data.facts())
    return Report(facts, len(data.laws), found, tuple(missing), tuple(unquoted))


def summary(report: Report) -> str:
    """What ``cardbot knowledge check`` prints: the counts, then each problem on its line."""
    lines = [
        f"facts: {report.facts}",
        f"law articles: {report.articles}",
        f"quotes found verbatim: {report.found}",
        f"quotes missing: {len(report.missing)}",
        f"facts or articles lacking a quote from a source they name: {len(report.unquoted)}",
        *report.missing,
        *report.unquoted,
    ]
    return "\n".join(lines)
