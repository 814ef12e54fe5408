"""A screen is one message: HTML text and an inline keyboard, rendered for the bound locale."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from html import unescape
from typing import Any, TypeVar

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot import languages
from bot.addresses import MAX_NODE, Address, Node, Source
from bot.callbacks import Back, Go, GoHome
from bot.i18n import current_locale, pgettext
from bot.knowledge.model import Fact
from bot.serving.unread_calls import markup_json
from bot.venue import Venue, current_venue

MAX_TEXT = 4096
# What a phone shows at once: the visible characters of a screen's first view (and of each page
# after it), without the page marker. The rest is behind "More".
SCREEN_BUDGET = 900
MAX_HEADING = 150
_TAG = re.compile(r"<[^>]+>")
_SUBHEADING = re.compile(r"<b>[^\n<]*</b>")
_SENTENCE = re.compile(r"(?<=[.;!?])\s+")


@dataclass(frozen=True)
class Screen:
    """What the user sees: the text (paged by `render`) and its buttons."""

    text: str
    rows: list[list[InlineKeyboardButton]] = field(default_factory=list)
    # What the text rests on, for its Source screen: the facts shown, and law articles quoted
    # whole (the law screen).
    facts: tuple[Fact, ...] = ()
    articles: tuple[str, ...] = ()
    # Paragraphs that only make sense beside the buttons ("Tap a point…"): a screen posted into
    # another chat without its buttons leaves them out.
    tap_hints: tuple[str, ...] = ()

    def markup(self) -> InlineKeyboardMarkup | None:
        return InlineKeyboardMarkup(self.rows) if self.rows else None

    @cached_property
    def markup_json(self) -> str | None:
        # Rendered screens are cached, so each keyboard is serialised once, not once per tap.
        return markup_json(self.markup())

    def with_note(self, note: str) -> Screen:
        return replace(self, text=f"{note}\n\n{self.text}")


N = TypeVar("N", bound=Node)
# Each renderer takes its own kind of node; `route` keeps the two matched.
_ROUTES: dict[type[Node], Callable[[Any], Screen | None]] = {}


def route(kind: type[N]) -> Callable[[Callable[[N], Screen | None]], Callable[[N], Screen | None]]:
    """Register the renderer of one kind of node (bot/addresses.py)."""

    def register(renderer: Callable[[N], Screen | None]) -> Callable[[N], Screen | None]:
        _ROUTES[kind] = renderer
        return renderer

    return register


def render(node: str | Node) -> Screen | None:
    """The screen of a node, or None when no such node exists (an old or forged button).

    Long screens are split into pages at paragraph breaks; `node@2` is the second page.
    """
    text = node if isinstance(node, str) else node.pack()
    if len(text) > MAX_NODE:
        return None
    return _render(current_locale(), current_venue(), languages.generation(), text)


def render_unpaged(node: str | Node) -> Screen | None:
    """The whole screen of a node (with the facts it shows), before paging and its buttons."""
    found = Node.unpack(node) if isinstance(node, str) else node
    renderer = _ROUTES.get(type(found)) if found is not None else None
    return renderer(found) if renderer is not None else None


# A screen depends only on its address, the locale and the venue, and the content is fixed, so
# the cache is bounded by the content (and by maxsize against forged addresses), never by the
# number of users. The venue and the list of languages are in the key, though not read here:
# Home, Search and help differ in groups (bot/venue.py), and the picker lists the languages.
@lru_cache(maxsize=4096)
def _render(locale: str, _venue: Venue, _languages: int, text: str) -> Screen | None:
    address = Address.unpack(text)
    screen = render_unpaged(address.node) if address is not None else None
    if address is None or screen is None:
        return None
    node = address.node
    if (screen.facts or screen.articles) and not isinstance(node, Source):
        # Every screen that states something offers the passages it rests on, above Back/Home.
        source = [button(pgettext("button", "📖 Source"), Source(node))]
        screen = replace(screen, rows=[*screen.rows[:-1], source, *screen.rows[-1:]])
    pages = split_pages(screen.text)
    page = address.page
    if not 1 <= page <= len(pages):
        return None
    if len(pages) == 1:
        return screen
    turn = []
    if page > 1:
        turn.append(button(pgettext("button", "◀️ Previous"), Address(node, page - 1)))
    if page < len(pages):
        turn.append(button(pgettext("button", "More ▶️"), Address(node, page + 1)))
    text = f"{pages[page - 1]}\n\n<i>({page}/{len(pages)})</i>"
    return replace(screen, text=text, rows=[turn, *screen.rows])


def visible_length(html_text: str) -> int:
    """Characters a reader sees: tags dropped, entities counted once."""
    return len(unescape(_TAG.sub("", html_text)))


def split_pages(text: str, budget: int = SCREEN_BUDGET) -> list[str]:
    """Whole paragraphs per page, each page within `budget` visible characters; a paragraph
    longer than a page is cut at line breaks, a line at sentence ends. Every page after the
    first starts with the screen's heading (its first line), so it names its subject."""
    heading = text.split("\n", 1)[0]
    if visible_length(heading) > MAX_HEADING:
        heading = ""  # not a heading but the text itself
    room = budget - visible_length(heading) - 2
    pages: list[str] = []
    current = ""
    for separator, piece in _pieces(text, room):
        candidate = f"{current}{separator}{piece}" if current else piece
        if visible_length(candidate) > budget and current:
            pages.append(current)
            candidate = f"{heading}\n\n{piece}" if heading else piece
        current = candidate
    return [*pages, current] if current else pages or [""]


def _pieces(text: str, limit: int) -> Iterator[tuple[str, str]]:
    """The text as (separator, piece) pairs, no piece over `limit` visible characters; a bold
    one-line paragraph (a subheading) goes with the paragraph after it when both fit."""
    paragraphs = text.split("\n\n")
    i = 0
    while i < len(paragraphs):
        paragraph = paragraphs[i]
        i += 1
        if _SUBHEADING.fullmatch(paragraph) and i < len(paragraphs):
            joined = f"{paragraph}\n\n{paragraphs[i]}"
            if visible_length(joined) <= limit:
                paragraph = joined
                i += 1
        lines = [paragraph] if visible_length(paragraph) <= limit else paragraph.split("\n")
        separator = "\n\n"
        for line in lines:
            chunks = [line] if visible_length(line) <= limit else _cut_line(line, limit)
            for chunk in chunks:
                yield separator, chunk
                separator = "\n"


def _cut_line(line: str, limit: int) -> list[str]:
    """A long line in chunks at sentence ends (at spaces, if a sentence is longer still); a tag
    open across a cut is closed before it and opened again after it."""
    words = [w for s in _SENTENCE.split(line) for w in (
        [s] if visible_length(s) <= limit else s.split(" "))]
    chunks: list[str] = []
    for word in words:
        if chunks and visible_length(f"{chunks[-1]} {word}") <= limit:
            chunks[-1] = f"{chunks[-1]} {word}"
        else:
            chunks.append(word)
    repaired: list[str] = []
    still_open: list[str] = []  # tags open at the start of the chunk, outermost first
    for chunk in chunks:
        opened = "".join(still_open)
        for tag in _TAG.finditer(chunk):
            if tag.group(0).startswith("</"):
                still_open.pop()
            else:
                still_open.append(tag.group(0))
        closing = "".join(f"</{t[1:].split('>')[0].split()[0]}>" for t in reversed(still_open))
        repaired.append(f"{opened}{chunk}{closing}")
    return repaired


def button(label: str, target: Node | Address) -> InlineKeyboardButton:
    """A button that opens a node's screen (or one of its pages)."""
    address = target if isinstance(target, Address) else Address(target)
    return InlineKeyboardButton(label, callback_data=Go(address).pack())


def nav_row(*, back: bool = True) -> list[InlineKeyboardButton]:
    row = [InlineKeyboardButton(pgettext("button", "⬅️ Back"), callback_data=Back().pack())]
    home = InlineKeyboardButton(pgettext("button", "🏠 Home"), callback_data=GoHome().pack())
    return [*row, home] if back else [home]
