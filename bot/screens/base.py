"""A screen is one message: HTML text and an inline keyboard, rendered for the bound locale."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot import callbacks
from bot.i18n import current_locale, pgettext
from bot.knowledge.model import Fact
from bot.serving.unread_calls import markup_json
from bot.venue import Venue, current_venue

MAX_TEXT = 4096
MAX_NODE = 64
# Room below Telegram's limit for the page marker and the translated footer.
PAGE_BUDGET = 3800
PAGE_MARK = "@"
# The node kind of the quoted passages behind a screen: `src:<node>`.
SOURCE = "src"


@dataclass(frozen=True)
class Screen:
    """What the user sees; `node` is where Back and the session place it."""

    text: str
    rows: list[list[InlineKeyboardButton]] = field(default_factory=list)
    # What the text rests on, for its Source screen: the facts shown, and law articles quoted
    # whole (the law screen).
    facts: tuple[Fact, ...] = ()
    articles: tuple[str, ...] = ()

    def markup(self) -> InlineKeyboardMarkup | None:
        return InlineKeyboardMarkup(self.rows) if self.rows else None

    @cached_property
    def markup_json(self) -> str | None:
        # Rendered screens are cached, so each keyboard is serialised once, not once per tap.
        return markup_json(self.markup())

    def with_note(self, note: str) -> Screen:
        return replace(self, text=f"{note}\n\n{self.text}")


Renderer = Callable[[list[str]], Screen | None]
_ROUTES: dict[str, Renderer] = {}


def route(name: str) -> Callable[[Renderer], Renderer]:
    """Register the renderer of the nodes named `name` (`name:arg:arg`)."""

    def register(renderer: Renderer) -> Renderer:
        _ROUTES[name] = renderer
        return renderer

    return register


def render(node: str) -> Screen | None:
    """The screen of a node, or None when no such node exists (an old or forged button).

    Long screens are split into pages at paragraph breaks; `node@2` is the second page.
    """
    return _render(current_locale(), current_venue(), node) if len(node) <= MAX_NODE else None


# Screens depend only on the node and the locale, and the content is fixed, so the cache is
# bounded by the content (and by maxsize against forged nodes), never by the number of users.
def render_unpaged(node: str) -> Screen | None:
    """The whole screen of a node (with the facts it shows), before paging and its buttons."""
    name, *args = node.split(":")
    renderer = _ROUTES.get(name)
    return renderer(args) if renderer is not None and len(node) <= MAX_NODE else None


# The venue is in the key (not read here): Home, Search and help differ in groups (bot/venue.py).
@lru_cache(maxsize=4096)
def _render(locale: str, _venue: Venue, node: str) -> Screen | None:
    base, mark, page_text = node.partition(PAGE_MARK)
    if mark and not (page_text.isascii() and page_text.isdigit() and len(page_text) < 4):
        return None
    name, *args = base.split(":")
    renderer = _ROUTES.get(name)
    screen = renderer(args) if renderer is not None else None
    if screen is None:
        return None
    if (screen.facts or screen.articles) and name != SOURCE:
        # Every screen that states something offers the passages it rests on, above Back/Home.
        source = [button(pgettext("button", "📖 Source"), f"{SOURCE}:{base}")]
        screen = replace(screen, rows=[*screen.rows[:-1], source, *screen.rows[-1:]])
    pages = split_pages(screen.text)
    page = int(page_text) if mark else 1
    if not 1 <= page <= len(pages):
        return None
    if len(pages) == 1:
        return screen
    turn = []
    if page > 1:
        turn.append(button(pgettext("button", "◀️ Previous"), f"{base}{PAGE_MARK}{page - 1}"))
    if page < len(pages):
        turn.append(button(pgettext("button", "More ▶️"), f"{base}{PAGE_MARK}{page + 1}"))
    text = f"{pages[page - 1]}\n\n<i>({page}/{len(pages)})</i>"
    return replace(screen, text=text, rows=[turn, *screen.rows])


def split_pages(text: str, budget: int = PAGE_BUDGET) -> list[str]:
    """Whole paragraphs per page; a paragraph longer than a page is cut at line breaks."""
    pages: list[str] = []
    current = ""
    for paragraph in text.split("\n\n"):
        pieces = [paragraph] if len(paragraph) <= budget else paragraph.split("\n")
        for piece in pieces:
            candidate = f"{current}\n\n{piece}" if current else piece
            if len(candidate) > budget and current:
                pages.append(current)
                candidate = piece
            current = candidate
    return [*pages, current] if current else pages or [""]


def button(label: str, node: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(label, callback_data=callbacks.go(node))


def nav_row(*, back: bool = True) -> list[InlineKeyboardButton]:
    row = [InlineKeyboardButton(pgettext("button", "⬅️ Back"), callback_data=callbacks.BACK)]
    home = InlineKeyboardButton(pgettext("button", "🏠 Home"), callback_data=callbacks.HOME)
    return [*row, home] if back else [home]
