"""Reading Bot API request parameters the ways clients send them."""

from __future__ import annotations

import json
from typing import Any, NamedTuple

from aiohttp import web

from bot.emulator.errors import invalid


class Upload(NamedTuple):
    """A file sent in a multipart body: its name and its bytes (sendPhoto looks at them)."""

    name: str
    data: bytes


async def read_params(request: web.Request) -> tuple[dict[str, Any], dict[str, Upload]]:
    """Return (params, files): query string plus JSON, urlencoded or multipart body."""
    params: dict[str, Any] = dict(request.query)
    files: dict[str, Upload] = {}
    if request.method != "POST" or not request.can_read_body:
        return params, files
    ctype = request.content_type
    if ctype == "application/json":
        try:
            body = json.loads(await request.read() or b"{}")
        except ValueError:
            raise invalid("can't parse JSON request body") from None
        if not isinstance(body, dict):
            raise invalid("request body must be a JSON object")
        params.update(body)
    elif ctype in ("application/x-www-form-urlencoded", "multipart/form-data"):
        form = await request.post()
        for key, value in form.items():
            if isinstance(value, web.FileField):
                files[key] = Upload(value.filename or key, value.file.read())
            else:
                params[key] = str(value)
    return params, files


def json_response(payload: dict[str, Any], status: int = 200) -> web.Response:
    """A JSON answer with Telegram's content type."""
    return web.json_response(payload, status=status)
