"""The comparison pictures at the webhook server's public URL, for inline photo results sent
before a picture was ever uploaded (Telegram downloads them from there)."""

from __future__ import annotations

import asyncio

from aiohttp import web

from bot.i18n import SUPPORTED_LOCALES
from bot.pictures.inline import ROUTE
from bot.pictures.render import PictureFiles
from bot.pictures.tables import picture_ids


def add_picture_route(app: web.Application, webhook_path: str,
                      files: PictureFiles | None = None) -> None:
    pictures = files or PictureFiles()

    async def picture(request: web.Request) -> web.StreamResponse:
        locale, name = request.match_info["locale"], request.match_info["name"]
        picture_id = name.removesuffix(".png")
        # Only the pictures that exist: nothing else of the disk is reachable.
        if locale not in SUPPORTED_LOCALES or picture_id not in picture_ids() or name == picture_id:
            raise web.HTTPNotFound()
        path = await asyncio.to_thread(pictures.path, locale, picture_id)
        if path is None:
            raise web.HTTPNotFound()
        return web.FileResponse(path, headers={"Content-Type": "image/png",
                                               "Cache-Control": "public, max-age=86400"})

    app.router.add_get(webhook_path.rstrip("/") + ROUTE, picture)
