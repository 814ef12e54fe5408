"""The Source button: the passages a screen rests on, in the source's language, translated."""

from __future__ import annotations

import pytest

from bot import callbacks, knowledge
from bot.addresses import PAGE_MARK
from bot.callbacks import Go, Tap
from bot.i18n import use_locale
from bot.screens import render
from bot.screens.graph import walk


def _buttons(node: str, locale: str = "en") -> dict[str, str]:
    with use_locale(locale):
        screen = render(node)
        assert screen is not None, node
        found = {}
        for row in screen.rows:
            for button in row:
                tap = Tap.unpack(button.callback_data)
                if isinstance(tap, Go):
                    found[button.text] = tap.target.pack()
        return found


def _text(node: str, locale: str = "en") -> str:
    with use_locale(locale):
        pages = []
        while (screen := render(node if not pages else f"{node}{PAGE_MARK}{len(pages) + 1}")):
            pages.append(screen.text)
        assert pages, node
        return "\n\n".join(pages)


@pytest.mark.parametrize(
    "node",
    [
        "card:social",
        "card:esocial:function",
        "cmp:citizen:social",
        "cmp:citizen:social:scope",
        "cmp:social:esocial:form",
        "faq:1",
        "faq:6",
        "task:hospital",
        "law:sil-58",
    ],
)
def test_every_answer_profile_point_and_task_has_a_source_button(node: str) -> None:
    assert _buttons(node)["📖 Source"] == f"src:{node}"
    assert _buttons(node, "es")["📖 Fuente"] == f"src:{node}"


def test_menus_without_statements_have_no_source_button() -> None:
    for node in ("home", "cards", "tasks", "faq", "cmp", "does:social"):
        assert "📖 Source" not in _buttons(node)


def test_every_source_screen_fits_callback_data_and_telegram() -> None:
    sources = [node for node in walk(locale="es") if node.startswith("src:")]
    assert len(sources) > 50
    for node in sources:
        assert len(callbacks.go(node).encode()) <= callbacks.MAX_BYTES
        with use_locale("es"):
            screen = render(node)
            assert screen is not None and len(screen.text) <= 4096


def test_an_english_reader_sees_the_spanish_source_in_spanish_with_its_english() -> None:
    text = _text("src:card:esocial")
    assert "«Are the electronic medical insurance certificate and the electronic" in text
    assert (
        "<blockquote>La tarjeta electrónica de seguridad social es un vale electrónico válido "
        "para la solicitud en línea de una tarjeta de seguridad social.</blockquote>\n"
        "<i>The bot's translation:</i> The electronic social security card is a valid "
        "electronic voucher for the online application for a social security card."
    ) in text


def test_a_spanish_reader_sees_english_sources_in_english_with_a_spanish_translation() -> None:
    text = _text("src:card:citizen", "es")
    assert (
        "<blockquote>The difference between the citizen card and the social security card "
        "varies from city to city.</blockquote>\n<i>Traducción del bot:</i> La diferencia "
        "entre la tarjeta ciudadana y la tarjeta de seguridad social varía de una ciudad a otra."
    ) in text
    spanish = _text("src:card:esocial", "es")
    assert "Traducción del bot:" not in spanish  # the source is already in Spanish


def test_an_english_reader_sees_english_sources_untranslated() -> None:
    text = _text("src:faq:1")
    assert "translation" not in text
    assert "<blockquote>Health cards are usually managed by local health departments" in text


def test_the_source_screen_quotes_every_passage_of_the_screen_it_belongs_to() -> None:
    card = knowledge.CARDS["medical"]
    text = _text("src:card:medical")
    for fact in card.facts():
        for quote in fact.quotes:
            assert quote.text.replace('"', "&quot;") in text or quote.text in text


def test_a_law_source_shows_the_seed_text_and_the_repair() -> None:
    text = _text("src:law:sil-75")
    assert "principle of hierarchical responsibility</blockquote>" in text
    assert "Repaired by the bot:" in text and "does not guess them" in text


def test_seed_text_is_html_escaped() -> None:
    from bot.knowledge.model import Quote
    from bot.screens.source import _passage

    with use_locale("en"):
        shown = _passage(Quote("s0", "<b>fees</b> & charges"))
    assert shown == "<blockquote>&lt;b&gt;fees&lt;/b&gt; &amp; charges</blockquote>"


def test_unknown_and_nested_source_nodes_lead_nowhere() -> None:
    with use_locale("en"):
        assert render("src:card:nope") is None
        assert render("src:home") is None
        assert render("src:src:card:social") is None
        assert render("src") is None
