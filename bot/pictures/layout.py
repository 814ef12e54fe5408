"""Where every piece of text of a comparison picture goes, measured with the shipped font.

Layout is separate from drawing so that tests can check, with the font's own metrics, that no
line is wider than its cell and no cell has more lines than fit.

Legibility: the picture is 1,080 px wide, a 360 dp phone screen at 3x density, and its text
is at least 48 px, which is Telegram's default 16 dp message text on that screen.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PIL import ImageFont

FONTS = Path(__file__).resolve().parent / "fonts"
WIDTH = 1080
TEXT = 48
TITLE = 56
MARGIN = 36
PAD = 14
GAP = 8
LINE = 1.22  # line height, in font sizes


@cache
def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(FONTS / name), size)


@dataclass(frozen=True)
class Style:
    size: int = TEXT
    bold: bool = False
    ink: str = "#1b1f24"
    fill: str | None = None

    @property
    def font(self) -> ImageFont.FreeTypeFont:
        return font(self.size, self.bold)

    @property
    def line_height(self) -> int:
        return round(self.size * LINE)


TITLE_STYLE = Style(TITLE, bold=True, ink="#ffffff", fill="#2b5278")
HEAD_STYLE = Style(bold=True, ink="#2b5278", fill="#dce8f3")
POINT_STYLE = Style(bold=True, ink="#1b1f24", fill="#eef2f5")
CELL_STYLE = Style()
NAME_STYLE = Style(bold=True, ink="#2b5278")
SILENT_STYLE = Style(ink="#7a848d")
FOOTER_STYLE = Style(ink="#4a545d", fill="#f4f6f8")


@dataclass(frozen=True)
class Box:
    """A rectangle of the picture and the lines of text drawn in it, from its top left + PAD."""

    x: int
    y: int
    w: int
    h: int
    lines: tuple[str, ...]
    style: Style


def wrap(text: str, style: Style, width: int) -> tuple[str, ...]:
    """Lines no wider than width: words are kept whole unless one alone is too wide."""
    measure = style.font.getlength
    lines: list[str] = []
    current = ""
    for word in _words(text, measure, width):
        candidate = f"{current} {word}" if current else word
        if measure(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = ""
        for char in word:  # a word wider than the cell is cut, never let overflow
            if measure(current + char) > width and current:
                lines.append(current)
                current = ""
            current += char
    if current:
        lines.append(current)
    return tuple(lines) or ("",)


def _words(text: str, measure: Callable[[str], float], width: int) -> list[str]:
    """The words of a text; one wider than the cell is split after its hyphens, if it has any
    ("E-certificado" as "E-" and "certificado"), before wrap cuts it anywhere."""
    words: list[str] = []
    for word in text.split():
        words.extend(re.split(r"(?<=-)(?=.)", word) if measure(word) > width else [word])
    return words


class Grid:
    """Rows of boxes stacked down the picture; each row as tall as its tallest box."""

    def __init__(self, width: int = WIDTH) -> None:
        self.width = width
        self.y = MARGIN
        self.boxes: list[Box] = []

    def row(self, cells: list[tuple[str, Style, float]]) -> None:
        """One row: (text, style, share of the inner width) per box, left to right."""
        inner = self.width - 2 * MARGIN - GAP * (len(cells) - 1)
        wrapped = []
        x = MARGIN
        for index, (text, style, share) in enumerate(cells):
            w = inner - (x - MARGIN - GAP * index) if index == len(cells) - 1 else round(
                inner * share)
            wrapped.append((x, w, wrap(text, style, w - 2 * PAD), style))
            x += w + GAP
        h = max(len(lines) * style.line_height for _, _, lines, style in wrapped) + 2 * PAD
        for x, w, lines, style in wrapped:
            self.boxes.append(Box(x, self.y, w, h, lines, style))
        self.y += h + GAP

    def space(self, pixels: int) -> None:
        self.y += pixels

    @property
    def height(self) -> int:
        return self.y - GAP + MARGIN
