"""Dispatch of one Bot API call: chat checks, then the method's handler."""

from __future__ import annotations

import inspect
import time
from collections.abc import Awaitable, Callable
from typing import Any

from bot.emulator import methods_bot, methods_messages, photos
from bot.emulator.errors import ApiError, bad_request, forbidden
from bot.emulator.model import Chat, World
from bot.emulator.spec import ApiSpec
from bot.emulator.updates import UpdateQueue

Handler = Callable[["BotApi", dict[str, Any]], "Any | Awaitable[Any]"]
HANDLERS: dict[str, Handler] = {
    **methods_bot.HANDLERS, **methods_messages.HANDLERS, "sendPhoto": photos.send_photo,
}
# Reading a chat still works when the user blocked the bot or the bot is not a member.
_READ_ONLY = {"getChat", "getChatMember", "getChatAdministrators", "getChatMemberCount",
              "leaveChat"}
DEFAULT_BOT_ID = 123456789


class BotApi:
    """The bot's view of the world: identity, settings and method handlers."""

    def __init__(self, spec: ApiSpec, world: World, queue: UpdateQueue) -> None:
        self.spec = spec
        self.world = world
        self.queue = queue
        self.bot_id = DEFAULT_BOT_ID
        self.bot_first_name = "CardGuide"
        self.strict_html = True

    @property
    def bot_user(self) -> dict[str, Any]:
        """The bot as a User object."""
        return {
            "id": self.bot_id, "is_bot": True, "first_name": self.bot_first_name,
            "username": self.world.bot_username,
        }  # fmt: skip

    def use_token(self, token: str) -> None:
        """Derive the bot id from the token's numeric prefix, as Telegram's tokens carry it."""
        prefix = token.split(":", 1)[0]
        self.bot_id = int(prefix) if prefix.isdigit() else DEFAULT_BOT_ID

    async def call(self, method: str, params: dict[str, Any]) -> Any:
        """Run a spec-validated method; raise ApiError for Telegram's error answers."""
        if "chat_id" in params:
            self.check_chat(method, params["chat_id"])
        handler = HANDLERS.get(method) or _generic(self.spec, method)
        result = handler(self, params)
        if inspect.isawaitable(result):
            result = await result
        return result

    def check_chat(self, method: str, chat_id: Any) -> Chat:
        """Resolve chat_id and answer as Telegram does for unknown, migrated or blocked chats."""
        chat = self.world.find_chat(chat_id)
        if chat is None:
            raise bad_request("chat not found")
        if chat.migrated_to is not None:
            raise ApiError(
                400, "Bad Request: group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": chat.migrated_to},
            )  # fmt: skip
        if method in _READ_ONLY:
            return chat
        if chat.blocked:
            raise forbidden("bot was blocked by the user")
        if chat.type != "private" and chat.bot_status in ("left", "kicked"):
            where = "channel chat" if chat.type == "channel" else "group chat"
            kicked = chat.bot_status == "kicked"
            verb = "was kicked from the" if kicked else "is not a member of the"
            raise forbidden(f"bot {verb} {where}")
        if chat.type == "channel" and chat.bot_status != "administrator" and method != "getChat":
            raise bad_request("need administrator rights in the channel chat")
        return chat

    def chat(self, params: dict[str, Any]) -> Chat:
        """The already-checked chat of a call."""
        chat = self.world.find_chat(params.get("chat_id"))
        if chat is None:
            raise bad_request("chat not found")
        return chat

    def now(self) -> int:
        """Unix time for message dates."""
        return int(time.time())


def _generic(spec: ApiSpec, method: str) -> Handler:
    """Fallback: spec methods returning True succeed; other sends store a placeholder message."""
    returns = spec.returns.get(method, [])
    if returns == ["Boolean"]:
        return lambda api, params: True
    if returns == ["Message"] and method.startswith("send"):
        return methods_messages.send_media
    raise bad_request(f"method {method} is not implemented by the local Telegram")
