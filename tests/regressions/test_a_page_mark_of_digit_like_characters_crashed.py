"""A forged page mark such as `faq@²` passed str.isdigit() and then crashed int()."""

from __future__ import annotations

from bot.screens import render


def test_digit_like_page_marks_are_unknown_nodes_not_errors() -> None:
    for node in ("faq@²", "faq@٣", "card:social@9999999", "faq@", "faq@-1", "x" * 65):
        assert render(node) is None
    assert render("card:social@2") is not None
