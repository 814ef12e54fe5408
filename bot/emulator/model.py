"""The emulator's world: users, chats, messages, queries, and the record of API calls."""

from __future__ import annotations

import copy
import time
from dataclasses import dataclass, field
from typing import Any

from bot.emulator.photos import PhotoStore
from bot.emulator.signal import Signal


@dataclass
class ApiCall:
    """One Bot API request as the server saw and answered it."""

    method: str
    params: dict[str, Any]
    ok: bool
    status: int
    result: Any = None
    description: str | None = None
    timestamp: float = field(default_factory=time.time)
    token: str = ""
    duration: float = 0.0

    @property
    def chat_id(self) -> Any:
        """The chat_id parameter, if any."""
        return self.params.get("chat_id")


@dataclass
class Message:
    """Current state of one message in a chat."""

    chat_id: int
    message_id: int
    from_bot: bool
    data: dict[str, Any]  # the Telegram Message object
    html: str | None = None  # source text as sent with parse_mode HTML
    edits: int = 0

    @property
    def text(self) -> str:
        """Plain text (or caption) after entity parsing."""
        return str(self.data.get("text", self.data.get("caption", "")))

    @property
    def entities(self) -> list[dict[str, Any]]:
        """Entities of the text."""
        return list(self.data.get("entities", []))

    @property
    def reply_markup(self) -> dict[str, Any] | None:
        """The inline keyboard, if any."""
        markup = self.data.get("reply_markup")
        return markup if isinstance(markup, dict) else None

    def copy(self) -> Message:
        """A deep copy, for snapshots such as received()."""
        return Message(self.chat_id, self.message_id, self.from_bot, copy.deepcopy(self.data),
                       self.html, self.edits)


@dataclass
class Chat:
    """A chat and what happened in it."""

    data: dict[str, Any]  # the Telegram Chat object
    next_message_id: int = 1
    messages: dict[int, Message] = field(default_factory=dict)
    received: list[Message] = field(default_factory=list)
    bot_status: str = "member"
    members: dict[int, str] = field(default_factory=dict)
    blocked: bool = False
    migrated_to: int | None = None
    reply_keyboard: dict[str, Any] | None = None

    @property
    def id(self) -> int:
        """Chat id."""
        return int(self.data["id"])

    @property
    def type(self) -> str:
        """private, group, supergroup or channel."""
        return str(self.data["type"])

    @property
    def is_group(self) -> bool:
        """Group-like chats share the 20 messages/minute flood limit."""
        return self.type in ("group", "supergroup", "channel")

    def add(self, data: dict[str, Any], *, from_bot: bool, html: str | None = None) -> Message:
        """Store a new message, assigning the next message_id of this chat."""
        data["message_id"] = self.next_message_id
        self.next_message_id += 1
        msg = Message(self.id, data["message_id"], from_bot, data, html)
        self.messages[msg.message_id] = msg
        if from_bot:
            self.received.append(msg.copy())
        return msg


@dataclass
class World:
    """All users and chats, plus pending callback and inline queries."""

    bot_username: str
    users: dict[int, dict[str, Any]] = field(default_factory=dict)
    chats: dict[int, Chat] = field(default_factory=dict)
    callback_queries: dict[str, dict[str, Any]] = field(default_factory=dict)
    callback_answers: dict[str, dict[str, Any]] = field(default_factory=dict)
    inline_queries: dict[str, dict[str, Any]] = field(default_factory=dict)
    inline_answers: dict[str, dict[str, Any]] = field(default_factory=dict)
    inline_messages: dict[str, Message] = field(default_factory=dict)
    commands: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    descriptions: dict[str, str] = field(default_factory=dict)
    short_descriptions: dict[str, str] = field(default_factory=dict)
    photos: PhotoStore = field(default_factory=PhotoStore)
    version: int = 0
    changed: Signal = field(default_factory=Signal)
    _ids: int = 0

    def next_id(self) -> str:
        """A fresh id for queries and inline messages."""
        self._ids += 1
        return f"{int(time.time())}{self._ids:06d}"

    def user(self, user_id: int, first_name: str = "Ann", language_code: str | None = "en",
             username: str | None = None) -> dict[str, Any]:
        """Create or update a user and their private chat with the bot."""
        user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
        if username:
            user["username"] = username
        if language_code:
            user["language_code"] = language_code
        self.users[user_id] = user
        chat_data = {"id": user_id, "type": "private", "first_name": first_name}
        if username:
            chat_data["username"] = username
        if user_id in self.chats:
            self.chats[user_id].data.update(chat_data)
        else:
            self.chats[user_id] = Chat(chat_data)
        return dict(user)

    def get_user(self, user_id: int) -> dict[str, Any]:
        """The user's dict, creating a default user if unknown."""
        if user_id not in self.users:
            self.user(user_id)
        return dict(self.users[user_id])

    def group(self, chat_id: int, title: str, *, supergroup: bool = True,
              bot_status: str = "left") -> dict[str, Any]:
        """Create or update a group chat."""
        data = {"id": chat_id, "type": "supergroup" if supergroup else "group", "title": title}
        return self._chat(data, bot_status)

    def channel(self, chat_id: int, title: str, *, bot_status: str = "left") -> dict[str, Any]:
        """Create or update a channel."""
        return self._chat({"id": chat_id, "type": "channel", "title": title}, bot_status)

    def _chat(self, data: dict[str, Any], bot_status: str) -> dict[str, Any]:
        """Store chat data, keeping the history of an existing chat."""
        chat = self.chats.get(data["id"])
        if chat is None:
            self.chats[data["id"]] = Chat(data, bot_status=bot_status)
        else:
            chat.data.update(data)
        self.touch()
        return dict(data)

    def find_chat(self, chat_id: Any) -> Chat | None:
        """Look a chat up by id or @username."""
        if isinstance(chat_id, str) and chat_id.startswith("@"):
            name = chat_id[1:].lower()
            return next((c for c in self.chats.values()
                         if str(c.data.get("username", "")).lower() == name), None)
        try:
            return self.chats.get(int(chat_id))
        except (TypeError, ValueError):
            return None

    def touch(self) -> None:
        """Bump the version that the chat page polls for."""
        self.version += 1
        self.changed.pulse()
