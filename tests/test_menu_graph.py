"""The menu graph in docs/ matches the screens the code renders."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.screens.graph import kind_of, mermaid, walk

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("doc", ["bot/screens/MENUS.md", "README.md"])
def test_the_documented_chart_is_the_one_the_code_draws(doc: str) -> None:
    text = (ROOT / doc).read_text(encoding="utf-8")
    chart = text.split("```mermaid\n", 1)[1].split("```", 1)[0]
    assert chart == mermaid(), f"run `cardbot graph` and paste its output into {doc}"


def test_every_reachable_node_renders_and_compare_flow_has_its_steps() -> None:
    edges = walk()
    kinds = {kind_of(node) for node in edges}
    assert {"home", "cmp", "cmp:card", "cmp:card:card", "cmp:card:card:point"} <= kinds
    assert {"faq", "faq:n", "law", "law:article", "cards", "card:card", "lang"} <= kinds
    # 6 cards: 30 ordered pairs, each with its summary.
    assert sum(1 for node in edges if kind_of(node) == "cmp:card:card") == 30


def test_every_screen_reads_differently_in_spanish() -> None:
    """A screen identical in both languages has an untranslated string somewhere."""
    from bot.addresses import PAGE_MARK
    from bot.i18n import use_locale
    from bot.screens import render
    from bot.screens.base import render_unpaged

    untranslated = []
    # Pages are cut per language, so whole screens are compared: every page's text is in them.
    for node in (node for node in walk() if PAGE_MARK not in node):
        with use_locale("en"):
            english, english_text = render(node), render_unpaged(node)
        with use_locale("es"):
            spanish, spanish_text = render(node), render_unpaged(node)
        assert english is not None and spanish is not None
        assert english_text is not None and spanish_text is not None
        if english_text.text == spanish_text.text:
            untranslated.append(node)
        english_labels = [b.text for row in english.rows for b in row]
        spanish_labels = [b.text for row in spanish.rows for b in row]
        if english_labels and english_labels == spanish_labels:
            untranslated.append(f"{node} (buttons)")
    assert untranslated == []
