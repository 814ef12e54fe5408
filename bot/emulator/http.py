"""Reading Bot API request parameters the ways clients send them."""

from __future__ import annotations

import json
from typing import Any

from aiohttp import web

from bot.emulator.errors import invalid


async def read_params(request: web.Request) -> tuple[dict[str, Any], dict[str, str]]:
    """Return (params, files): query string plus JSON, urlencoded or multipart body."""
    params: dict[str, Any] = dict(request.query)
    files: dict[str, str] = {}
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
                # Uploaded files are kept as a name; their content is not needed here.
                files[key] = value.filename or key
            else:
                params[key] = str(value)
    return params, files


def json_response(payload: dict[str, Any], status: int = 200) -> web.Response:
    """A JSON answer with Telegram's content type."""
    return web.json_response(payload, status=status)
