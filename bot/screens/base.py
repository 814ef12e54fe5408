"""A screen is one message: HTML text and an inline keyboard, rendered for the bound locale."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot import callbacks
from bot.i18n import pgettext

MAX_TEXT = 4096


@dataclass(frozen=True)
class Screen:
    """What the user sees; `node` is where Back and the session place it."""

    text: str
    rows: list[list[InlineKeyboardButton]] = field(default_factory=list)

    def markup(self) -> InlineKeyboardMarkup | None:
        return InlineKeyboardMarkup(self.rows) if self.rows else None

    def with_note(self, note: str) -> Screen:
        return Screen(f"{note}\n\n{self.text}", self.rows)


Renderer = Callable[[list[str]], Screen | None]
_ROUTES: dict[str, Renderer] = {}


def route(name: str) -> Callable[[Renderer], Renderer]:
    """Register the renderer of the nodes named `name` (`name:arg:arg`)."""

    def register(renderer: Renderer) -> Renderer:
        _ROUTES[name] = renderer
        return renderer

    return register


def render(node: str) -> Screen | None:
    """The screen of a node, or None when no such node exists (an old or forged button)."""
    name, *args = node.split(":")
    renderer = _ROUTES.get(name)
    return renderer(args) if renderer is not None else None


def button(label: str, node: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(label, callback_data=callbacks.go(node))


def nav_row(*, back: bool = True) -> list[InlineKeyboardButton]:
    row = [InlineKeyboardButton(pgettext("button", "⬅️ Back"), callback_data=callbacks.BACK)]
    home = InlineKeyboardButton(pgettext("button", "🏠 Home"), callback_data=callbacks.HOME)
    return [*row, home] if back else [home]
