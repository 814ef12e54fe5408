"""Every kind of gap the search can report has a sentence of its own in the "not covered" reply,
and a name of its own in /stats, in both languages."""

from __future__ import annotations

import pytest

from bot.i18n import use_locale
from bot.screens.replies import not_covered_note
from bot.search import lexicon
from handlers.stats import gap_name

# "relatives" is reported as "others"; "other" (chit-chat) has only the general sentence.
GAPS = sorted(
    (set(lexicon.UNCOVERED_WORDS) | set(lexicon.UNCOVERED_FOR_A_CARD)) - {"relatives", "other"}
)


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("gap", GAPS)
def test_a_gap_says_what_the_sources_leave_out(gap: str, language: str) -> None:
    with use_locale(language):
        general = not_covered_note(None)
        note = not_covered_note(gap)
        name = gap_name(gap)
    assert note.startswith(general) and len(note) > len(general) + 10
    if language == "es":  # a name of its own, translated, not the gap's id
        assert name != gap


def test_in_spanish_the_sentence_is_translated() -> None:
    with use_locale("es"):
        note = not_covered_note("lending")
    assert note.endswith("No dicen nada sobre prestar o pedir prestada una tarjeta.")
