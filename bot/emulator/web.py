"""The chat page at / and its JSON endpoints under /_emu/, built on the driver API."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aiohttp import web

from bot.emulator.model import Message
from bot.emulator.photos import PhotoStore
from bot.emulator.tghtml import entities_to_html

if TYPE_CHECKING:
    from bot.emulator.server import LocalTelegram

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
STATIC = Path(__file__).with_name("static")
PAGE_USER_ID = 1001  # the chat page's user until changed there (static/chat.js, index.html)
_TYPES = {".html": "text/html", ".js": "text/javascript", ".css": "text/css"}


def photo_url(msg: Message, photos: PhotoStore | None) -> str | None:
    """Where the page loads a photo the bot uploaded (others have no bytes to show)."""
    sizes = msg.data.get("photo") or []
    file_id = str(sizes[-1].get("file_id", "")) if sizes else ""
    return f"/_emu/file/{file_id}" if photos is not None and file_id in photos.data else None


def render(msg: Message, photos: PhotoStore | None = None) -> dict[str, Any]:
    """A message as the page shows it: safe HTML, buttons, sender and any uploaded photo."""
    data = msg.data
    sender = data.get("from") or data.get("sender_chat") or {}
    if "text" in data or "caption" in data:
        ents = data.get("entities", data.get("caption_entities", []))
        html = entities_to_html(msg.text, ents)
        kind = "text"
    elif "sticker" in data:
        html, kind = entities_to_html(str(data["sticker"].get("emoji", "sticker")), []), "sticker"
    elif "new_chat_members" in data:
        names = ", ".join(str(u.get("first_name", "")) for u in data["new_chat_members"])
        html, kind = entities_to_html(f"added {names}", []), "service"
    else:
        media = next((k for k in ("photo", "document", "audio", "video") if k in data), "media")
        html, kind = entities_to_html(f"[{media}]", []), "media"
    rows = (msg.reply_markup or {}).get("inline_keyboard", [])
    return {
        "message_id": msg.message_id,
        "from_bot": msg.from_bot,
        "sender": str(sender.get("first_name") or sender.get("title") or ""),
        "via_bot": (data.get("via_bot") or {}).get("username"),
        "html": html,
        "text": msg.text,
        "kind": kind,
        "edited": "edit_date" in data,
        "reply_to": _quoted(data.get("reply_to_message")),
        "buttons": [[_button(b) for b in row] for row in rows],
        "photo": photo_url(msg, photos),
    }


def _quoted(replied: dict[str, Any] | None) -> dict[str, Any] | None:
    """The message a reply answers, as the page quotes it above the reply: sender and text."""
    if not replied:
        return None
    sender = replied.get("from") or replied.get("sender_chat") or {}
    text = str(replied.get("text") or replied.get("caption") or "")
    return {"message_id": replied.get("message_id"),
            "sender": str(sender.get("first_name") or sender.get("title") or ""),
            "text": text[:120]}


def _button(button: dict[str, Any]) -> dict[str, Any]:
    """The parts of an inline button the page needs."""
    out = {"text": str(button.get("text", ""))}
    for key in ("callback_data", "url", "switch_inline_query_current_chat"):
        if key in button:
            out[key] = str(button[key])
    return out


async def _body(request: web.Request) -> dict[str, Any]:
    """The JSON body of a page request."""
    try:
        body = await request.json()
    except ValueError:
        raise web.HTTPBadRequest(text="JSON body expected") from None
    if not isinstance(body, dict):
        raise web.HTTPBadRequest(text="JSON object expected")
    return body


async def _wait_for(check: Any, timeout: float) -> Any:
    """Poll check() until it returns something or timeout passes."""
    deadline = time.monotonic() + timeout
    while (found := check()) is None and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    return found


def setup_web(app: web.Application, tg: LocalTelegram) -> None:
    """Add the chat page and its /_emu/ endpoints to the app."""

    async def page(request: web.Request) -> web.Response:
        return web.FileResponse(STATIC / "index.html")  # type: ignore[return-value]

    async def static(request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        path = STATIC / name
        if "/" in name or path.suffix not in _TYPES or not path.is_file():
            raise web.HTTPNotFound()
        return web.FileResponse(path, headers={"Content-Type": _TYPES[path.suffix]})

    async def state(request: web.Request) -> web.Response:
        chat_id = int(request.query.get("chat_id", "0") or 0)
        since = int(request.query.get("since", "-1"))
        if since == tg.world.version:
            await tg.world.changed.wait(float(request.query.get("wait", "10")))
        chat = tg.world.chats.get(chat_id)
        chats = [
            {"id": c.id, "type": c.type, "title": c.data.get("title") or c.data.get("first_name"),
             "bot_status": c.bot_status}
            for c in tg.world.chats.values() if c.type != "private"
        ]  # fmt: skip
        return web.json_response({
            "version": tg.world.version,
            "bot": {"username": tg.bot_username, "first_name": tg.api.bot_first_name},
            "chats": chats,
            "messages": [render(m, tg.world.photos) for m in tg.messages(chat_id)],
            "reply_keyboard": chat.reply_keyboard if chat else None,
        })  # fmt: skip

    async def photo(request: web.Request) -> web.Response:
        data = tg.world.photos.data.get(request.match_info["file_id"])
        if data is None:
            raise web.HTTPNotFound()
        kind = "image/png" if data.startswith(b"\x89PNG") else "image/jpeg"
        return web.Response(body=data, content_type=kind)

    async def user(request: web.Request) -> web.Response:
        b = await _body(request)
        lang = str(b.get("language_code") or "") or None
        return web.json_response(tg.user(int(b["user_id"]), str(b.get("first_name") or "Ann"),
                                         lang, b.get("username") or None))

    async def send(request: web.Request) -> web.Response:
        b = await _body(request)
        uid, text = int(b["user_id"]), str(b["text"])
        chat_id = int(b.get("chat_id") or uid)
        reply_to = int(b["reply_to_message_id"]) if b.get("reply_to_message_id") else None
        if uid not in tg.world.users:
            tg.user(uid)
        return web.json_response(tg.send_text(uid, text, chat_id=chat_id,
                                              reply_to_message_id=reply_to))

    async def press(request: web.Request) -> web.Response:
        b = await _body(request)
        uid = int(b["user_id"])
        update = tg.press_button(uid, int(b["message_id"]), str(b["data"]),
                                 chat_id=int(b.get("chat_id") or uid))
        qid = update["callback_query"]["id"]
        answer = await _wait_for(lambda: tg.callback_answer(qid), 3.0)
        return web.json_response({"callback_query_id": qid, "answer": answer})

    async def inline(request: web.Request) -> web.Response:
        b = await _body(request)
        update = tg.inline_query(int(b["user_id"]), str(b.get("query", "")),
                                 str(b.get("offset", "")), str(b.get("chat_type", "sender")))
        qid = update["inline_query"]["id"]
        answer = await _wait_for(lambda: tg.inline_answer(qid), 5.0)
        return web.json_response({"inline_query_id": qid, "answer": answer})

    async def choose(request: web.Request) -> web.Response:
        b = await _body(request)
        uid = int(b["user_id"])
        update = tg.choose_inline_result(uid, str(b["result_id"]), str(b.get("query", "")),
                                         chat_id=int(b.get("chat_id") or uid))
        return web.json_response(update)

    async def add_to_chat(request: web.Request) -> web.Response:
        b = await _body(request)
        uid = int(b["user_id"])
        if uid not in tg.world.users:
            tg.user(uid)
        kind = str(b.get("kind", "group"))
        chat_id = int(b.get("chat_id") or -(1_000_000_000_000 + len(tg.world.chats) + 1))
        title = str(b.get("title") or ("My channel" if kind == "channel" else "My group"))
        if kind == "channel":
            tg.channel(chat_id, title)
        else:
            tg.group(chat_id, title)
        update = tg.add_bot_to_chat(chat_id, uid, as_admin=bool(b.get("as_admin")))
        return web.json_response({"chat_id": chat_id, "update": update})

    app.router.add_get("/", page)
    app.router.add_get("/_emu/static/{name}", static)
    app.router.add_get("/_emu/state", state)
    app.router.add_get("/_emu/file/{file_id}", photo)
    for path, handler in (("user", user), ("send", send), ("press", press),
                          ("inline", inline), ("choose", choose), ("add_to_chat", add_to_chat)):
        app.router.add_post(f"/_emu/{path}", _guarded(handler))


def _guarded(handler: Handler) -> Handler:
    """Answer 400 with the reason when a page request names something that does not exist."""

    async def run(request: web.Request) -> web.StreamResponse:
        try:
            return await handler(request)
        except (KeyError, ValueError, TypeError) as exc:
            raise web.HTTPBadRequest(text=f"{type(exc).__name__}: {exc}") from None

    return run
