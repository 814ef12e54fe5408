"""The comparison picture as an inline result for "A vs B" queries.

By file_id (InlineQueryResultCachedPhoto) once the picture was uploaded in that language; before
that, in webhook mode, by the webhook server's public URL (InlineQueryResultPhoto), so the very
first inline use works too. In polling mode there is no public URL: no picture until uploaded.
"""

from __future__ import annotations

from telegram import InlineQueryResultCachedPhoto, InlineQueryResultPhoto
from telegram.constants import ParseMode

from bot.knowledge.model import comparison_id
from bot.pictures.caption import caption
from bot.pictures.send import PictureSender

RESULT_PREFIX = "pic:"
ROUTE = "/pictures/{locale}/{name}"  # under the webhook's path, see serving/webhook.py


def picture_url(webhook_url: str, locale: str, picture_id: str) -> str:
    return webhook_url.rstrip("/") + ROUTE.format(locale=locale, name=f"{picture_id}.png")


async def picture_result(
    node: str, sender: PictureSender, locale: str, webhook_url: str | None
) -> InlineQueryResultCachedPhoto | InlineQueryResultPhoto | None:
    """The photo result for a comparison node "cmp:a:b"; None for other nodes or no way yet."""
    parts = node.split(":")
    if len(parts) != 3 or parts[0] != "cmp":
        return None
    pair = f"{parts[1]}:{parts[2]}"
    text = caption(pair)
    if text is None:
        return None
    picture_id = comparison_id(parts[1], parts[2])
    result_id = f"{RESULT_PREFIX}{pair}"
    file_id = await sender.file_id(locale, picture_id)
    if file_id is not None:
        return InlineQueryResultCachedPhoto(result_id, file_id, caption=text,
                                            parse_mode=ParseMode.HTML)
    if webhook_url:
        url = picture_url(webhook_url, locale, picture_id)
        return InlineQueryResultPhoto(result_id, url, url, caption=text,
                                      parse_mode=ParseMode.HTML)
    return None
