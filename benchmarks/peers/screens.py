"""What the peers show on a tap: a screen the size of ours (text and a six-button keyboard)."""

from __future__ import annotations

TARGETS = ("g:cmp", "g:faq", "g:cards", "g:law")
BODY = (
    "<b>{title}</b>\n\nThe social security card, the electronic social security card, the old "
    "medical insurance card, the electronic medical insurance certificate, the health card and "
    "the citizen card are often confused. Pick one to see what it is for, who issues it, and "
    "what the law says about it.\n\n<i>Source: five articles, with the legal basis.</i>"
)


def screen_text(data: str | None) -> str:
    return BODY.format(title=(data or "home").upper())


def keyboard_rows() -> list[list[tuple[str, str]]]:
    """(label, callback_data) rows."""
    rows = [[(f"Screen {t[2:]}", t)] for t in TARGETS]
    return [*rows, [("⬅️ Back", "b"), ("🏠 Home", "h")]]
