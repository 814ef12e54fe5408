"""Drawing a laid-out picture to PNG, and the disk cache of the PNGs.

Pictures are drawn once per language and picture and kept in a directory the process can
write: PICTURE_CACHE_DIR, else "cardbot-pictures" under the system temp dir (the Docker image
has a read-only root filesystem, so it gives /tmp a writable volume). A file's name carries a
digest of the picture's text, so an edited fact or translation draws a new picture.
"""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw

from bot.i18n import use_locale
from bot.pictures.layout import PAD, Grid
from bot.pictures.tables import grid_of

# Bump when the drawing changes without the text changing, so cached files are redrawn.
DRAWING_VERSION = "1"


def default_cache_dir() -> Path:
    configured = os.environ.get("PICTURE_CACHE_DIR")
    return Path(configured) if configured else Path(tempfile.gettempdir()) / "cardbot-pictures"


def draw(grid: Grid) -> bytes:
    image = Image.new("RGB", (grid.width, grid.height), "#ffffff")
    pen = ImageDraw.Draw(image)
    for box in grid.boxes:
        if box.style.fill:
            pen.rectangle((box.x, box.y, box.x + box.w - 1, box.y + box.h - 1),
                          fill=box.style.fill)
        for index, line in enumerate(box.lines):
            y = box.y + PAD + index * box.style.line_height
            pen.text((box.x + PAD, y), line, font=box.style.font, fill=box.style.ink)
    out = io.BytesIO()
    # A palette of 256 colours keeps the file small; the picture has a dozen colours plus
    # the anti-aliasing of the text.
    image.quantize(256).save(out, "PNG", optimize=True)
    return out.getvalue()


def digest(grid: Grid) -> str:
    text = repr([(b.x, b.y, b.w, b.h, b.lines, b.style) for b in grid.boxes])
    return hashlib.sha256(f"{DRAWING_VERSION}|{text}".encode()).hexdigest()[:16]


class PictureFiles:
    """The PNG of each (language, picture), drawn on first use and then read from disk."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory or default_cache_dir()
        self.drawn = 0
        # Laying a picture out to learn its digest costs 30-50 ms: done once per process.
        self._known: dict[tuple[str, str], Path] = {}

    def path(self, locale: str, picture_id: str) -> Path | None:
        """The file of a picture in a language, drawn if missing; None for an unknown id."""
        known = self._known.get((locale, picture_id))
        if known is not None and known.exists():  # a temp-dir cleaner may have removed it
            return known
        with use_locale(locale):
            grid = grid_of(picture_id)
        if grid is None:
            return None
        path = self.directory / f"{locale}-{picture_id}-{digest(grid)}.png"
        if not path.exists():
            self.directory.mkdir(parents=True, exist_ok=True)
            data = draw(grid)
            # Written aside and renamed: another process never reads half a file.
            partial = path.with_suffix(f".{os.getpid()}.part")
            partial.write_bytes(data)
            os.replace(partial, path)
            self.drawn += 1
        self._known[locale, picture_id] = path
        return path
