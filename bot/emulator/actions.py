"""Things users do: each builds a real Update and queues it for the bot."""

from __future__ import annotations

import copy
import re
from typing import Any

from bot.emulator.api import BotApi
from bot.emulator.limits import format_text
from bot.emulator.model import Chat, Message
from bot.emulator.photos import inline_photo_fields
from bot.emulator.shapes import member_updated
from bot.emulator.tghtml import utf16_len

_COMMAND = re.compile(r"(?<!\S)/[a-zA-Z0-9_]{1,64}(?:@[a-zA-Z0-9_]{3,32})?")
_MENTION = re.compile(r"(?<![\w@])@[a-zA-Z0-9_]{5,32}")


def text_entities(text: str) -> list[dict[str, Any]]:
    """bot_command and mention entities, as Telegram fills them in for users' messages."""
    found = []
    for kind, pattern in (("bot_command", _COMMAND), ("mention", _MENTION)):
        for m in pattern.finditer(text):
            if kind == "mention" and m.start() > 0 and text[m.start() - 1] not in " \n\t(":
                continue
            found.append({"type": kind, "offset": utf16_len(text[: m.start()]),
                          "length": utf16_len(m.group(0))})
    return sorted(found, key=lambda e: e["offset"])


class UserActions:
    """Mixin for LocalTelegram: what simulated users do."""

    api: BotApi
    privacy_mode: bool = True  # bots see only commands, mentions and replies in groups

    def _chat(self, chat_id: int) -> Chat:
        chat = self.api.world.chats.get(chat_id)
        if chat is None:
            raise KeyError(f"unknown chat {chat_id}: create it with user()/group()/channel()")
        return chat

    def _user_message(self, user_id: int, chat_id: int | None,
                      reply_to_message_id: int | None) -> tuple[Chat, dict[str, Any]]:
        """Common fields of a message a user writes."""
        user = self.api.world.get_user(user_id)
        chat = self._chat(chat_id if chat_id is not None else user_id)
        data: dict[str, Any] = {"message_id": 0, "date": self.api.now(), "chat": dict(chat.data)}
        if chat.type == "channel":
            data["sender_chat"] = dict(chat.data)
        else:
            data["from"] = user
        if chat.type in ("group", "supergroup") and chat.members.get(user_id) in (None, "left"):
            chat.members[user_id] = "member"
        if reply_to_message_id is not None:
            target = chat.messages.get(reply_to_message_id)
            if target is None:
                raise KeyError(f"no message {reply_to_message_id} in chat {chat.id}")
            quoted = copy.deepcopy(target.data)
            quoted.pop("reply_to_message", None)
            data["reply_to_message"] = quoted
        return chat, data

    def _deliver_message(self, chat: Chat, data: dict[str, Any]) -> dict[str, Any]:
        """Store a user's message and queue it if the bot would receive it."""
        chat.add(data, from_bot=False)
        self.api.world.touch()
        kind = "channel_post" if chat.type == "channel" else "message"
        update = {kind: copy.deepcopy(data)}
        if chat.type == "private":
            chat.blocked = False  # writing to a bot restarts it
        elif not self._bot_sees(chat, data):
            return update  # never becomes an Update, so it gets no update_id
        return self.api.queue.push(update)

    def _bot_sees(self, chat: Chat, data: dict[str, Any]) -> bool:
        """Whether a group/channel message reaches the bot (membership and privacy mode)."""
        if chat.bot_status in ("left", "kicked"):
            return False
        if not self.privacy_mode or chat.bot_status == "administrator" or chat.type == "channel":
            return True
        text = str(data.get("text", ""))
        reply = data.get("reply_to_message") or {}
        mention = f"@{self.api.world.bot_username}".lower()
        return (
            text.startswith("/")
            or mention in text.lower()
            or reply.get("from", {}).get("id") == self.api.bot_id
            or "new_chat_members" in data
        )

    def send_text(self, user_id: int, text: str, *, chat_id: int | None = None,
                  reply_to_message_id: int | None = None) -> dict[str, Any]:
        """The user writes text; returns the Update (queued unless privacy mode hides it)."""
        chat, data = self._user_message(user_id, chat_id, reply_to_message_id)
        data["text"] = text
        entities = text_entities(text)
        if entities:
            data["entities"] = entities
        return self._deliver_message(chat, data)

    def send_sticker(self, user_id: int, *, chat_id: int | None = None) -> dict[str, Any]:
        """The user sends a sticker."""
        chat, data = self._user_message(user_id, chat_id, None)
        data["sticker"] = {
            "file_id": "emu-sticker", "file_unique_id": "emu-sticker", "type": "regular",
            "width": 512, "height": 512, "is_animated": False, "is_video": False, "emoji": "👍",
        }  # fmt: skip
        return self._deliver_message(chat, data)

    def send_photo(self, user_id: int, *, caption: str | None = None,
                   chat_id: int | None = None) -> dict[str, Any]:
        """The user sends a photo: two sizes, each with a file_id of its own, as Telegram does."""
        chat, data = self._user_message(user_id, chat_id, None)
        n = self.api.world.next_id()
        data["photo"] = [
            {"file_id": f"emu-photo-{n}-s", "file_unique_id": f"emu-p{n}s", "width": 90,
             "height": 90, "file_size": 1200},
            {"file_id": f"emu-photo-{n}-m", "file_unique_id": f"emu-p{n}m", "width": 800,
             "height": 800, "file_size": 64000},
        ]  # fmt: skip
        self.api.world.photos.remember(data["photo"])  # the bot may send it on by file_id
        if caption:
            data["caption"] = caption
        return self._deliver_message(chat, data)

    def press_button(self, user_id: int, message_id: int, callback_data: str, *,
                     chat_id: int | None = None) -> dict[str, Any]:
        """The user presses an inline button of a message."""
        user = self.api.world.get_user(user_id)
        chat = self._chat(chat_id if chat_id is not None else user_id)
        msg = chat.messages.get(message_id)
        if msg is None:
            raise KeyError(f"no message {message_id} in chat {chat.id}")
        qid = self.api.world.next_id()
        query = {
            "id": qid, "from": user, "message": copy.deepcopy(msg.data),
            "chat_instance": str(abs(hash((chat.id, self.api.bot_id)))), "data": callback_data,
        }  # fmt: skip
        self.api.world.callback_queries[qid] = query
        return self.api.queue.push({"callback_query": query})

    def inline_query(self, user_id: int, query: str, offset: str = "",
                     chat_type: str = "sender") -> dict[str, Any]:
        """The user types "@bot query"."""
        qid = self.api.world.next_id()
        data = {"id": qid, "from": self.api.world.get_user(user_id), "query": query,
                "offset": offset, "chat_type": chat_type}
        self.api.world.inline_queries[qid] = data
        return self.api.queue.push({"inline_query": data})

    def choose_inline_result(self, user_id: int, result_id: str, query: str, *,
                             chat_id: int | None = None) -> dict[str, Any]:
        """The user picks an inline result; with chat_id its message appears in that chat."""
        world = self.api.world
        result = self._find_result(user_id, result_id, query)
        chosen: dict[str, Any] = {"result_id": result_id, "from": world.get_user(user_id),
                                  "query": query}
        content = (result or {}).get("input_message_content") or {}
        if chat_id is not None and "message_text" in content:
            chat, data = self._user_message(user_id, chat_id, None)
            text, entities = format_text(
                str(content["message_text"]), content.get("parse_mode"),
                content.get("entities"), strict_amp=self.api.strict_html,
            )  # fmt: skip
            data["text"] = text
            if entities:
                data["entities"] = entities
            data["via_bot"] = self.api.bot_user
            if result and "reply_markup" in result:
                data["reply_markup"] = result["reply_markup"]
            is_html = str(content.get("parse_mode", "")).lower() == "html"
            html = content["message_text"] if is_html else None
            msg = chat.add(data, from_bot=False, html=html)
            world.touch()
        elif chat_id is not None and result and result.get("type") == "photo":
            msg = self._inline_photo(user_id, chat_id, result)
        else:
            msg = None
        if result and "reply_markup" in result:
            imid = world.next_id()
            chosen["inline_message_id"] = imid
            if msg is not None:
                world.inline_messages[imid] = msg
        return self.api.queue.push({"chosen_inline_result": chosen})

    def _inline_photo(self, user_id: int, chat_id: int, result: dict[str, Any]) -> Message:
        """A photo result sent via the bot, into the chat the user picked."""
        chat, data = self._user_message(user_id, chat_id, None)
        data.update(inline_photo_fields(self.api, result))
        data["via_bot"] = self.api.bot_user
        msg = chat.add(data, from_bot=False)
        self.api.world.touch()
        return msg

    def _find_result(self, user_id: int, result_id: str, query: str) -> dict[str, Any] | None:
        """The latest answered result with this id for this user's query."""
        world = self.api.world
        for qid in reversed(list(world.inline_answers)):
            asked = world.inline_queries.get(qid, {})
            if asked.get("from", {}).get("id") == user_id and asked.get("query") == query:
                for result in world.inline_answers[qid].get("results", []):
                    if str(result.get("id")) == result_id:
                        return dict(result)
        return None

    def add_bot_to_chat(self, chat_id: int, by_user_id: int, *,
                        as_admin: bool = False) -> dict[str, Any]:
        """A user adds the bot to a group or channel; queues my_chat_member."""
        world = self.api.world
        if chat_id not in world.chats:
            world.group(chat_id, f"Group {chat_id}", supergroup=str(chat_id).startswith("-100"))
        chat = world.chats[chat_id]
        if "creator" not in chat.members.values():
            chat.members[by_user_id] = "creator"
        else:
            chat.members.setdefault(by_user_id, "administrator")
        old = chat.bot_status
        chat.bot_status = "administrator" if as_admin or chat.type == "channel" else "member"
        world.touch()
        user = world.get_user(by_user_id)
        event = member_updated(chat.data, user, self.api.bot_user, old, chat.bot_status)
        update = self.api.queue.push({"my_chat_member": event})
        if chat.type != "channel" and old in ("left", "kicked"):
            _, data = self._user_message(by_user_id, chat_id, None)
            data["new_chat_members"] = [self.api.bot_user]
            self._deliver_message(chat, data)
        return update

    def remove_bot_from_chat(self, chat_id: int, by_user_id: int) -> dict[str, Any]:
        """A user removes the bot; queues my_chat_member."""
        chat = self._chat(chat_id)
        old = chat.bot_status
        chat.bot_status = "left" if chat.type == "group" else "kicked"
        self.api.world.touch()
        user = self.api.world.get_user(by_user_id)
        event = member_updated(chat.data, user, self.api.bot_user, old, chat.bot_status)
        return self.api.queue.push({"my_chat_member": event})

    def raw_update(self, update: dict[str, Any]) -> dict[str, Any]:
        """Queue any update dict; update_id is assigned when missing."""
        return self.api.queue.push(copy.deepcopy(update))

    def resend(self, update: dict[str, Any]) -> None:
        """Deliver the same update (same update_id) again."""
        self.api.queue.resend(update)
