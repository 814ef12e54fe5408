"""A screen as it reads when posted where its buttons are not (inline results, broadcasts)."""

from __future__ import annotations

from bot.addresses import Node
from bot.i18n import _
from bot.screens.base import render_unpaged, split_pages


def shared_text(node: Node | str) -> str | None:
    """The screen's first page without the sentences that ask to tap, said to be a summary
    when the screen goes on; None for no such node."""
    screen = render_unpaged(node)
    if screen is None:
        return None
    kept = [p for p in screen.text.split("\n\n") if p not in screen.tap_hints]
    pages = split_pages("\n\n".join(kept))
    if len(pages) == 1:
        return pages[0]
    note = _("This is a summary. The full guide has the rest.")
    return f"{pages[0]}\n\n<i>{note}</i>"
