"""What the peers show on a tap: our bot's own screens, rendered once before the load starts.

So the floor and the aiogram peer send byte for byte the Bot API calls our bot sends (same
text, same keyboard), while doing none of the work of producing them.
"""

from __future__ import annotations

from functools import cache

TARGETS = ("g:cmp", "g:faq", "g:cards", "g:law")

Rows = list[list[tuple[str, str]]]


@cache
def screens() -> dict[str, tuple[str, Rows]]:
    """callback_data -> (HTML text, keyboard as (label, callback_data) rows), in English."""
    import bot.screens
    from bot.i18n import compile_catalogs, use_locale

    compile_catalogs()
    out: dict[str, tuple[str, Rows]] = {}
    with use_locale("en"):
        for data in TARGETS:
            screen = bot.screens.render(data.split(":", 1)[1])
            assert screen is not None, data
            rows = [[(b.text, str(b.callback_data)) for b in row] for row in screen.rows]
            out[data] = (screen.text, rows)
    return out


def screen_for(data: str | None) -> tuple[str, Rows]:
    return screens().get(data or "", screens()[TARGETS[0]])
