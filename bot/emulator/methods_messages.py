"""Handlers for sending, editing and deleting messages and answering queries."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from bot.emulator.errors import bad_request
from bot.emulator.limits import (
    check_callback_answer,
    check_inline_results,
    check_length,
    check_reply_markup,
    format_text,
)
from bot.emulator.model import Chat, Message
from bot.emulator.photos import check_inline_photos

if TYPE_CHECKING:
    from bot.emulator.api import BotApi

NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly "
    "the same as a current content and reply markup of the message"
)
QUERY_TOO_OLD = "query is too old and response timeout expired or query ID is invalid"


def _is_html(params: dict[str, Any]) -> bool:
    return str(params.get("parse_mode") or "").lower() == "html"


def _markup(params: dict[str, Any], chat: Chat | None) -> dict[str, Any] | None:
    """Check reply_markup; keep inline keyboards on the message, others on the chat."""
    markup = params.get("reply_markup")
    check_reply_markup(markup)
    if not isinstance(markup, dict):
        return None
    if "inline_keyboard" in markup:
        return markup
    if chat is not None:
        chat.reply_keyboard = None if markup.get("remove_keyboard") else markup
    return None


def _base_message(api: BotApi, chat: Chat, params: dict[str, Any]) -> dict[str, Any]:
    """The fields every message the bot sends has: sender, chat, date, reply."""
    data: dict[str, Any] = {"message_id": 0, "date": api.now(), "chat": dict(chat.data)}
    if chat.type == "channel":
        data["sender_chat"] = dict(chat.data)
    else:
        data["from"] = api.bot_user
    reply = params.get("reply_parameters")
    if isinstance(reply, dict):
        target = chat.messages.get(int(reply.get("message_id", 0)))
        if target is not None:
            quoted = copy.deepcopy(target.data)
            quoted.pop("reply_to_message", None)
            data["reply_to_message"] = quoted
        elif not reply.get("allow_sending_without_reply"):
            raise bad_request("message to be replied not found")
    return data


def send_message(api: BotApi, params: dict[str, Any]) -> dict[str, Any]:
    """sendMessage."""
    chat = api.chat(params)
    text, entities = format_text(
        params["text"], params.get("parse_mode"), params.get("entities"),
        strict_amp=api.strict_html,
    )  # fmt: skip
    markup = _markup(params, chat)
    data = _base_message(api, chat, params)
    data["text"] = text
    if entities:
        data["entities"] = entities
    if markup is not None:
        data["reply_markup"] = markup
    if "link_preview_options" in params:
        data["link_preview_options"] = params["link_preview_options"]
    msg = chat.add(data, from_bot=True, html=params["text"] if _is_html(params) else None)
    api.world.touch()
    return copy.deepcopy(msg.data)


def send_media(api: BotApi, params: dict[str, Any],
               photo: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Any other send* method: a message with a placeholder for the media and its caption
    (or, from sendPhoto, the photo's real sizes)."""
    chat = api.chat(params)
    data = _base_message(api, chat, params)
    if "caption" in params:
        caption, entities = format_text(
            params["caption"], params.get("parse_mode"), params.get("caption_entities"),
            strict_amp=api.strict_html, limit=1024,
        )  # fmt: skip
        data["caption"] = caption
        if entities:
            data["caption_entities"] = entities
    kinds = ("photo", "document", "sticker", "audio", "video", "voice", "animation")
    for kind in kinds:
        if kind in params:
            ref = {"file_id": f"emu-{kind}", "file_unique_id": f"emu-{kind}"}
            data[kind] = [{**ref, "width": 1, "height": 1}] if kind == "photo" else ref
    if photo is not None:
        data["photo"] = photo
    markup = _markup(params, chat)
    if markup is not None:
        data["reply_markup"] = markup
    msg = chat.add(data, from_bot=True)
    api.world.touch()
    return copy.deepcopy(msg.data)


def _target(api: BotApi, params: dict[str, Any], action: str) -> Message:
    """Find the message an edit refers to, by chat_id+message_id or inline_message_id."""
    if "inline_message_id" in params:
        msg = api.world.inline_messages.get(str(params["inline_message_id"]))
        if msg is None:
            raise bad_request("MESSAGE_ID_INVALID")
        return msg
    if "chat_id" not in params or "message_id" not in params:
        raise bad_request("message identifier is not specified")
    msg = api.chat(params).messages.get(int(params["message_id"]))
    if msg is None:
        raise bad_request(f"message to {action} not found")
    return msg


def _check_editable(msg: Message, params: dict[str, Any]) -> None:
    """Bots edit their own messages and the inline messages sent via them."""
    if not msg.from_bot and "inline_message_id" not in params:
        raise bad_request("message can't be edited")


def _edited(api: BotApi, msg: Message, params: dict[str, Any]) -> Any:
    """Finish an edit: bump edit_date and answer with the Message, or True for inline ones."""
    msg.data["edit_date"] = api.now()
    msg.edits += 1
    api.world.touch()
    if "inline_message_id" in params:
        return True
    return copy.deepcopy(msg.data)


def edit_message_text(api: BotApi, params: dict[str, Any]) -> Any:
    """editMessageText: identical text and markup is "message is not modified"."""
    msg = _target(api, params, "edit")
    _check_editable(msg, params)
    text, entities = format_text(
        params["text"], params.get("parse_mode"), params.get("entities"),
        strict_amp=api.strict_html,
    )  # fmt: skip
    markup = _markup(params, None)
    if (text, entities, markup) == (msg.text, msg.entities, msg.reply_markup):
        raise bad_request(NOT_MODIFIED)
    msg.data["text"] = text
    msg.html = params["text"] if _is_html(params) else None
    _set_optional(msg.data, "entities", entities or None)
    _set_optional(msg.data, "reply_markup", markup)
    return _edited(api, msg, params)


def edit_message_reply_markup(api: BotApi, params: dict[str, Any]) -> Any:
    """editMessageReplyMarkup."""
    msg = _target(api, params, "edit")
    _check_editable(msg, params)
    markup = _markup(params, None)
    if markup == msg.reply_markup:
        raise bad_request(NOT_MODIFIED)
    _set_optional(msg.data, "reply_markup", markup)
    return _edited(api, msg, params)


def _set_optional(data: dict[str, Any], key: str, value: Any) -> None:
    """Set a field, or remove it when value is None."""
    if value is None:
        data.pop(key, None)
    else:
        data[key] = value


def delete_message(api: BotApi, params: dict[str, Any]) -> bool:
    """deleteMessage: bots delete their own messages, and others' in private chats or as admin."""
    chat = api.chat(params)
    msg = chat.messages.get(int(params["message_id"]))
    if msg is None:
        raise bad_request("message to delete not found")
    if not msg.from_bot and chat.type != "private" and chat.bot_status != "administrator":
        raise bad_request("message can't be deleted")
    del chat.messages[msg.message_id]
    api.world.touch()
    return True


def answer_callback_query(api: BotApi, params: dict[str, Any]) -> bool:
    """answerCallbackQuery: each query is answered once."""
    qid = str(params["callback_query_id"])
    if qid not in api.world.callback_queries or qid in api.world.callback_answers:
        raise bad_request(QUERY_TOO_OLD)
    check_callback_answer(params)
    api.world.callback_answers[qid] = dict(params)
    api.world.touch()
    return True


def answer_inline_query(api: BotApi, params: dict[str, Any]) -> bool:
    """answerInlineQuery: at most 50 results with unique ids."""
    qid = str(params["inline_query_id"])
    if qid not in api.world.inline_queries or qid in api.world.inline_answers:
        raise bad_request(QUERY_TOO_OLD)
    check_inline_results(list(params["results"]), strict_amp=api.strict_html)
    check_inline_photos(api, list(params["results"]))
    check_length(params.get("next_offset"), 64, "NEXT_OFFSET_INVALID")
    api.world.inline_answers[qid] = dict(params)
    api.world.touch()
    return True


HANDLERS = {
    "sendMessage": send_message,
    "editMessageText": edit_message_text,
    "editMessageReplyMarkup": edit_message_reply_markup,
    "deleteMessage": delete_message,
    "answerCallbackQuery": answer_callback_query,
    "answerInlineQuery": answer_inline_query,
}
