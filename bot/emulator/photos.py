"""sendPhoto as Telegram does it: an upload (checked against the Bot API's photo limits) gets
file_ids for a few sizes; a file_id the local Telegram issued is sent again without an upload;
anything else is "wrong file identifier".

Limits from the spec's sendPhoto: at most 10 MB, width + height at most 10,000, ratio at most
20. Telegram keeps sizes that fit boxes of 90, 320, 800, 1,280 and 2,560 px, so a tall picture's
largest size is scaled down; the sizes here have those dimensions too. Uploads are counted
(``PhotoStore.uploads``) so tests can check that a picture is uploaded once.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PIL import Image, UnidentifiedImageError

from bot.emulator.errors import bad_request

if TYPE_CHECKING:
    from bot.emulator.api import BotApi

UPLOADS = "__uploads__"  # params key: the multipart files' bytes, by field name
ATTACH = "attach://"
MAX_BYTES = 10 * 1024 * 1024
MAX_SIDES = 10000
MAX_RATIO = 20
BOXES = (("s", 90), ("m", 320), ("x", 800), ("y", 1280), ("w", 2560))


@dataclass
class PhotoStore:
    """Every photo uploaded to the local Telegram: bytes by file_id, and its sizes."""

    data: dict[str, bytes] = field(default_factory=dict)
    sizes: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    uploads: int = 0

    def remember(self, sizes: list[dict[str, Any]]) -> None:
        """A photo a user sent: Telegram has it, so its file_ids can be sent on."""
        for size in sizes:
            self.sizes[str(size["file_id"])] = sizes

    def add(self, content: bytes) -> list[dict[str, Any]]:
        """Check an upload as Telegram would and return its PhotoSize array."""
        if len(content) > MAX_BYTES:
            raise bad_request("file is too big")
        try:
            width, height = Image.open(io.BytesIO(content)).size
        except (UnidentifiedImageError, OSError):
            raise bad_request("IMAGE_PROCESS_FAILED") from None
        if width + height > MAX_SIDES or max(width, height) > MAX_RATIO * min(width, height):
            raise bad_request("PHOTO_INVALID_DIMENSIONS")
        self.uploads += 1
        number = self.uploads
        sizes: list[dict[str, Any]] = []
        for letter, box in BOXES:
            scale = min(1.0, box / max(width, height))
            sizes.append({
                "file_id": f"emu-upload-{number}-{letter}",
                "file_unique_id": f"emu-u{number}{letter}",
                "width": max(1, round(width * scale)), "height": max(1, round(height * scale)),
                "file_size": len(content),
            })
            if scale == 1.0:
                break
        for size in sizes:
            self.data[str(size["file_id"])] = content
            self.sizes[str(size["file_id"])] = sizes
        return sizes


def photo_sizes(api: BotApi, params: dict[str, Any]) -> list[dict[str, Any]]:
    """The PhotoSize array of sendPhoto's photo parameter: an upload, a file_id or a URL."""
    store: PhotoStore = api.world.photos
    photo = str(params.get("photo", ""))
    uploads: dict[str, bytes] = params.get(UPLOADS) or {}
    if photo.startswith(ATTACH):
        content = next(iter(uploads.values()), None) if uploads else None
        if content is None:
            raise bad_request("wrong file identifier/HTTP URL specified")
        return store.add(content)
    if photo in store.sizes:
        return store.sizes[photo]
    if photo.startswith(("http://", "https://")):
        # Telegram would download it; here it stands as a picture of unknown size.
        return [{"file_id": f"emu-url-{len(store.sizes)}", "file_unique_id": "emu-url",
                 "width": 1, "height": 1}]
    raise bad_request("wrong file identifier/HTTP URL specified")


def check_inline_photos(api: BotApi, results: list[dict[str, Any]]) -> None:
    """Photo results: a cached photo names a known file_id, a URL photo is http(s), and the
    caption is at most 1,024 characters."""
    from bot.emulator.limits import format_text

    for result in results:
        if result.get("type") != "photo":
            continue
        cached = result.get("photo_file_id")
        if cached is not None and str(cached) not in api.world.photos.sizes:
            raise bad_request("wrong file identifier/HTTP URL specified")
        if cached is None and not str(result.get("photo_url", "")).startswith(("http://",
                                                                                "https://")):
            raise bad_request("PHOTO_INVALID")
        if "caption" in result:
            format_text(str(result["caption"]), result.get("parse_mode"),
                        result.get("caption_entities"), strict_amp=api.strict_html, limit=1024)


def inline_photo_fields(api: BotApi, result: dict[str, Any]) -> dict[str, Any]:
    """The message fields of a chosen photo result: the cached photo's sizes (a URL's photo
    stands as a placeholder) and the caption."""
    from bot.emulator.limits import format_text

    cached = str(result.get("photo_file_id", ""))
    fields: dict[str, Any] = {"photo": api.world.photos.sizes.get(cached) or [
        {"file_id": "emu-url", "file_unique_id": "emu-url", "width": 1, "height": 1}]}
    if "caption" in result:
        text, entities = format_text(str(result["caption"]), result.get("parse_mode"),
                                     result.get("caption_entities"),
                                     strict_amp=api.strict_html, limit=1024)
        fields["caption"] = text
        if entities:
            fields["caption_entities"] = entities
    return fields


def send_photo(api: BotApi, params: dict[str, Any]) -> dict[str, Any]:
    """sendPhoto: the photo checked first, so a refused one leaves no message behind."""
    from bot.emulator.methods_messages import send_media

    sizes = photo_sizes(api, params)
    return send_media(api, {k: v for k, v in params.items() if k not in ("photo", UPLOADS)},
                      photo=sizes)
