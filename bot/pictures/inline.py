"""The comparison picture as an inline result for "A vs B" queries.

By file_id (InlineQueryResultCachedPhoto) once the picture was uploaded in that language; before
that, in webhook mode, by the webhook server's public URL (InlineQueryResultPhoto), so the very
first inline use works too. In polling mode there is no public URL: no picture until uploaded.
"""

from __future__ import annotations

from telegram import InlineQueryResultCachedPhoto, InlineQueryResultPhoto
from telegram.constants import ParseMode

from bot.addresses import Node
from bot.callbacks import Picture
from bot.pictures.caption import caption, picture_id
from bot.pictures.send import PictureSender

RESULT_PREFIX = "pic:"
ROUTE = "/pictures/{locale}/{name}"  # under the webhook's path, see serving/webhook.py


def picture_url(webhook_url: str, locale: str, picture_id: str) -> str:
    return webhook_url.rstrip("/") + ROUTE.format(locale=locale, name=f"{picture_id}.png")


async def picture_result(
    node: str, sender: PictureSender, locale: str, webhook_url: str | None
) -> InlineQueryResultCachedPhoto | InlineQueryResultPhoto | None:
    """The photo result for a comparison node "cmp:a:b"; None for other nodes or no way yet."""
    picture = Picture.of(Node.unpack(node))
    text = caption(picture) if picture is not None else None
    if picture is None or text is None:
        return None
    drawn = picture_id(picture)
    result_id = f"{RESULT_PREFIX}{picture.name}"
    file_id = await sender.file_id(locale, drawn)
    if file_id is not None:
        return InlineQueryResultCachedPhoto(result_id, file_id, caption=text,
                                            parse_mode=ParseMode.HTML)
    if webhook_url:
        url = picture_url(webhook_url, locale, drawn)
        return InlineQueryResultPhoto(result_id, url, url, caption=text,
                                      parse_mode=ParseMode.HTML)
    return None
