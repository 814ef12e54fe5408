"""The language detector keeps its answer per text; a language registered afterwards must still
be detected in a text read before it was (the cache is keyed on the registered languages)."""

from __future__ import annotations

from bot import languages
from bot.search.text import detect_language


def test_a_text_read_before_a_language_joins_is_read_again_after() -> None:
    text = "wug blick wug blick"
    assert detect_language(text) is None
    languages.register(languages.Language(
        "xx", "Wuggish", "english", cue_words=frozenset({"wug", "blick"})))  # fmt: skip
    try:
        assert detect_language(text) == "xx"
    finally:
        languages.unregister("xx")
    assert detect_language(text) is None
