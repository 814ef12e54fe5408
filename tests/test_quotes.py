"""Every fact and law article rests on verbatim quotes of the seeds it names (issue 17)."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from bot import knowledge
from bot.knowledge.integrity import Data
from bot.knowledge.model import Quote
from bot.knowledge.quoting import SEEDS_DIR, check, normalize
from bot.knowledge.social_card import SOCIAL

SHARED_SEEDS = Path("/work/shared/seeds")


def test_every_fact_is_quoted_and_every_quote_is_in_its_seed() -> None:
    report = check()
    assert report.missing == ()
    assert report.unquoted == ()
    assert report.facts > 100 and report.found >= report.facts


def test_the_packaged_seeds_are_the_shared_seeds() -> None:
    if not SHARED_SEEDS.is_dir():
        return  # CI has only the packaged copy
    for source in knowledge.SOURCES.values():
        packaged = (SEEDS_DIR / source.file).read_bytes()
        assert packaged == (SHARED_SEEDS / source.file).read_bytes()


def test_normalize_only_folds_whitespace_and_typographic_quotes() -> None:
    assert normalize("a\n\n  \u201cb\u201d \u2019c") == "a \"b\" 'c"
    assert normalize("verify") != normalize("assess")


def _with_first_fact_quotes(*quotes: Quote) -> Data:
    fact = SOCIAL.points["what"][0]
    what = (replace(fact, quotes=quotes), *SOCIAL.points["what"][1:])
    social = replace(SOCIAL, points=knowledge.model.frozen_map({**SOCIAL.points, "what": what}))
    return Data(cards=knowledge.model.frozen_map({**knowledge.CARDS, "social": social}))


def test_check_catches_a_quote_not_in_its_seed() -> None:
    report = check(_with_first_fact_quotes(Quote("s3", "usable everywhere")))
    assert not report.ok
    assert any("not in s3" in line and "usable everywhere" in line for line in report.missing)


def test_check_catches_a_fact_without_a_quote() -> None:
    report = check(_with_first_fact_quotes())
    assert report.unquoted == ("card social/what: no quote from s3",)


def test_check_catches_a_quote_from_a_source_the_fact_does_not_name() -> None:
    quote = Quote("s0", "Health card is not a social security card")
    report = check(_with_first_fact_quotes(*SOCIAL.points["what"][0].quotes, quote))
    assert report.unquoted == ("card social/what: quotes s0, which it does not name",)


def test_cardbot_knowledge_check_prints_the_counts_and_succeeds() -> None:
    cardbot = Path(sys.executable).with_name("cardbot")
    done = subprocess.run(
        [str(cardbot), "knowledge", "check"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr
    report = check()
    assert f"facts: {report.facts}\n" in done.stdout
    assert f"quotes found verbatim: {report.found}\n" in done.stdout
    assert "quotes missing: 0\n" in done.stdout


def test_every_spanish_quote_has_its_english() -> None:
    spanish = {s.id for s in knowledge.SOURCES.values() if s.language != "en"}
    data = Data()
    quotes = [q for _w, f in data.facts() for q in f.quotes]
    quotes += [q for a in data.laws.values() for q in a.quotes]
    for quote in quotes:
        assert (quote.english is not None) == (quote.source in spanish), quote.text


def test_cardbot_knowledge_check_fails_when_a_quote_is_missing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot import cli
    from bot.knowledge import quoting

    broken = _with_first_fact_quotes(Quote("s3", "usable everywhere"))
    monkeypatch.setattr(quoting, "check", lambda: check(broken))
    assert cli.main(["knowledge", "check"]) == 1
    printed = capsys.readouterr().out
    assert "quotes missing: 1\n" in printed
    assert "card social/what: not in s3: 'usable everywhere'" in printed
