"""Every comparison picture, in both languages: within Telegram's photo limits, no text
overflowing its cell (measured with the shipped font's metrics), drawn once and then cached."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from PIL import Image

from bot.i18n import SUPPORTED_LOCALES, use_locale
from bot.pictures.layout import PAD, TEXT, WIDTH
from bot.pictures.render import PictureFiles
from bot.pictures.tables import OVERVIEW, grid_of, overview_points, picture_ids

SPEC = Path("/work/shared/telegram-bot-api/api.json")
# sendPhoto: "The photo must be at most 10 MB in size. The photo's width and height must not
# exceed 10000 in total. Width and height ratio must be at most 20."
MAX_BYTES = 10 * 1024 * 1024
MAX_SIDES = 10000
MAX_RATIO = 20


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> PictureFiles:
    return PictureFiles(tmp_path_factory.mktemp("pictures"))


def test_picture_limits_are_the_specs() -> None:
    if not SPEC.exists():
        pytest.skip("no Bot API spec on this machine")
    spec = json.loads(SPEC.read_text())
    text = json.dumps(spec)
    for phrase in ("10 MB", "10000 in total", "at most 20"):
        assert phrase in text


def test_picture_every_picture_within_telegram_photo_limits(files: PictureFiles) -> None:
    assert len(picture_ids()) == 16  # 15 pairs of six cards and the overview
    for locale in SUPPORTED_LOCALES:
        for picture_id in picture_ids():
            path = files.path(locale, picture_id)
            assert path is not None
            data = path.read_bytes()
            width, height = Image.open(io.BytesIO(data)).size
            assert len(data) <= MAX_BYTES
            assert width + height <= MAX_SIDES, (locale, picture_id, height)
            assert max(width, height) / min(width, height) <= MAX_RATIO
            assert width >= 1080


def test_picture_no_text_overflows_its_cell() -> None:
    for locale in SUPPORTED_LOCALES:
        with use_locale(locale):
            for picture_id in picture_ids():
                grid = grid_of(picture_id)
                assert grid is not None and grid.width == WIDTH
                for box in grid.boxes:
                    assert box.style.size >= TEXT
                    assert box.x >= 0 and box.x + box.w <= grid.width
                    assert box.y >= 0 and box.y + box.h <= grid.height
                    font = box.style.font
                    for line in box.lines:
                        assert font.getlength(line) <= box.w - 2 * PAD, (picture_id, line)
                    used = len(box.lines) * box.style.line_height
                    assert used <= box.h - 2 * PAD
                    # The lowest ink of the last line stays inside the box.
                    bottom = font.getbbox(box.lines[-1])[3] + used - box.style.line_height
                    assert bottom <= box.h - PAD


def test_picture_boxes_do_not_overlap() -> None:
    grid = grid_of("health-social")
    assert grid is not None
    for i, a in enumerate(grid.boxes):
        for b in grid.boxes[i + 1 :]:
            apart = a.x + a.w <= b.x or b.x + b.w <= a.x or a.y + a.h <= b.y or b.y + b.h <= a.y
            assert apart, (a, b)


def test_picture_pair_says_nothing_where_sources_are_silent() -> None:
    with use_locale("es"):
        grid = grid_of("health-medical")
    assert grid is not None
    text = " ".join(" ".join(b.lines) for b in grid.boxes)
    assert "Las fuentes no dicen nada" in text
    assert "Card Guide" in text


def test_picture_overview_covers_points_most_cards_have() -> None:
    assert overview_points() == ("what", "issuer", "function", "scope", "eligibility")
    assert grid_of(OVERVIEW) is not None and grid_of("nope") is None


def test_picture_drawn_once_then_read_from_disk(tmp_path: Path) -> None:
    files = PictureFiles(tmp_path)
    first = files.path("en", "health-social")
    again = PictureFiles(tmp_path).path("en", "health-social")
    assert first == again and files.drawn == 1
    assert first is not None and first.parent == tmp_path
    assert files.path("en", "unknown-pair") is None


def test_picture_spanish_has_no_english_headings() -> None:
    with use_locale("es"):
        grid = grid_of(OVERVIEW)
    assert grid is not None
    assert grid.boxes[0].lines == ("Las seis tarjetas de un vistazo",)
    lines = [line for box in grid.boxes for line in box.lines]
    assert "Qué es" in lines and "electrónica" in lines
    assert not {"What it is", "Who issues it", "card"} & set(lines)


def test_picture_file_removed_from_the_cache_is_drawn_again(tmp_path: Path) -> None:
    files = PictureFiles(tmp_path)
    path = files.path("es", "citizen-health")
    assert path is not None
    assert files.path("es", "citizen-health") == path and files.drawn == 1
    path.unlink()
    assert files.path("es", "citizen-health") == path and path.exists() and files.drawn == 2
