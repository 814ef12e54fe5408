"""Handlers for the bot's identity, settings, updates, webhook and chat queries."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from bot.emulator.errors import bad_request
from bot.emulator.limits import check_commands, check_length
from bot.emulator.shapes import chat_member, full_chat, member_updated
from bot.emulator.updates import Webhook

if TYPE_CHECKING:
    from bot.emulator.api import BotApi

CHAT_ACTIONS = {
    "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice",
    "upload_document", "choose_sticker", "find_location", "record_video_note",
    "upload_video_note",
}  # fmt: skip


def get_me(api: BotApi, params: dict[str, Any]) -> dict[str, Any]:
    """getMe."""
    return {
        **api.bot_user, "can_join_groups": True, "can_read_all_group_messages": False,
        "supports_inline_queries": True, "can_connect_to_business": False,
        "has_main_web_app": False,
    }  # fmt: skip


async def get_updates(api: BotApi, params: dict[str, Any]) -> list[dict[str, Any]]:
    """getUpdates (long polling)."""
    return await api.queue.get_updates(params)


def set_webhook(api: BotApi, params: dict[str, Any]) -> bool:
    """setWebhook; an empty url removes it. Plain http is allowed here for local use."""
    url = str(params["url"])
    if url and not url.lower().startswith(("http://", "https://")):
        raise bad_request("bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443")
    secret = params.get("secret_token")
    if secret is not None and not (1 <= len(secret) <= 256):
        raise bad_request("bad webhook: secret token is invalid")
    hook = Webhook(url, secret, int(params.get("max_connections", 40))) if url else None
    if "allowed_updates" in params:
        api.queue.allowed_updates = list(params["allowed_updates"])
    api.queue.set_webhook(hook, bool(params.get("drop_pending_updates")))
    return True


def delete_webhook(api: BotApi, params: dict[str, Any]) -> bool:
    """deleteWebhook."""
    api.queue.set_webhook(None, bool(params.get("drop_pending_updates")))
    return True


def get_webhook_info(api: BotApi, params: dict[str, Any]) -> dict[str, Any]:
    """getWebhookInfo."""
    hook = api.queue.webhook
    info: dict[str, Any] = {
        "url": hook.url if hook else "",
        "has_custom_certificate": False,
        "pending_update_count": api.queue.pending_count,
    }
    if hook is not None:
        info["max_connections"] = hook.max_connections
        if api.queue.allowed_updates:
            info["allowed_updates"] = list(api.queue.allowed_updates)
        if hook.last_error_date is not None:
            info["last_error_date"] = hook.last_error_date
            info["last_error_message"] = hook.last_error_message
    return info


def _commands_key(params: dict[str, Any]) -> str:
    """Commands are stored per scope and language."""
    scope = params.get("scope") or {"type": "default"}
    return json.dumps(scope, sort_keys=True) + "|" + str(params.get("language_code") or "")


def set_my_commands(api: BotApi, params: dict[str, Any]) -> bool:
    """setMyCommands."""
    commands = list(params["commands"])
    check_commands(commands)
    api.world.commands[_commands_key(params)] = commands
    return True


def get_my_commands(api: BotApi, params: dict[str, Any]) -> list[dict[str, Any]]:
    """getMyCommands."""
    return list(api.world.commands.get(_commands_key(params), []))


def delete_my_commands(api: BotApi, params: dict[str, Any]) -> bool:
    """deleteMyCommands."""
    api.world.commands.pop(_commands_key(params), None)
    return True


def set_my_description(api: BotApi, params: dict[str, Any]) -> bool:
    """setMyDescription (at most 512 characters)."""
    check_length(params.get("description"), 512, "BOT_DESCRIPTION_INVALID")
    api.world.descriptions[str(params.get("language_code") or "")] = str(
        params.get("description") or ""
    )
    return True


def get_my_description(api: BotApi, params: dict[str, Any]) -> dict[str, str]:
    """getMyDescription."""
    lang = str(params.get("language_code") or "")
    return {"description": api.world.descriptions.get(lang, "")}


def set_my_short_description(api: BotApi, params: dict[str, Any]) -> bool:
    """setMyShortDescription (at most 120 characters)."""
    check_length(params.get("short_description"), 120, "BOT_DESCRIPTION_INVALID")
    api.world.short_descriptions[str(params.get("language_code") or "")] = str(
        params.get("short_description") or ""
    )
    return True


def get_my_short_description(api: BotApi, params: dict[str, Any]) -> dict[str, str]:
    """getMyShortDescription."""
    lang = str(params.get("language_code") or "")
    return {"short_description": api.world.short_descriptions.get(lang, "")}


def get_chat(api: BotApi, params: dict[str, Any]) -> dict[str, Any]:
    """getChat."""
    return full_chat(api.chat(params).data)


def get_chat_member(api: BotApi, params: dict[str, Any]) -> dict[str, Any]:
    """getChatMember: the bot's own status, or a user's known status."""
    chat = api.chat(params)
    user_id = int(params["user_id"])
    if user_id == api.bot_id:
        return chat_member(api.bot_user, chat.bot_status)
    if chat.type == "private":
        status = "member" if user_id == chat.id else "left"
    else:
        status = chat.members.get(user_id, "left")
    if user_id not in api.world.users:
        raise bad_request("user not found")
    return chat_member(api.world.users[user_id], status)


def get_chat_administrators(api: BotApi, params: dict[str, Any]) -> list[dict[str, Any]]:
    """getChatAdministrators."""
    chat = api.chat(params)
    if chat.type == "private":
        raise bad_request("there are no administrators in the private chat")
    admins = [
        chat_member(api.world.users[uid], status)
        for uid, status in chat.members.items()
        if status in ("creator", "administrator") and uid in api.world.users
    ]
    if chat.bot_status == "administrator":
        admins.append(chat_member(api.bot_user, "administrator"))
    return admins


def get_chat_member_count(api: BotApi, params: dict[str, Any]) -> int:
    """getChatMemberCount."""
    chat = api.chat(params)
    if chat.type == "private":
        return 2
    joined = [s for s in chat.members.values() if s not in ("left", "kicked")]
    return len(joined) + (chat.bot_status not in ("left", "kicked"))


def leave_chat(api: BotApi, params: dict[str, Any]) -> bool:
    """leaveChat: the bot leaves and gets a my_chat_member update about it."""
    chat = api.chat(params)
    if chat.type == "private":
        raise bad_request("chat member status can't be changed in private chats")
    old = chat.bot_status
    chat.bot_status = "left"
    api.world.touch()
    event = member_updated(chat.data, api.bot_user, api.bot_user, old, "left")
    api.queue.push({"my_chat_member": event})
    return True


def send_chat_action(api: BotApi, params: dict[str, Any]) -> bool:
    """sendChatAction."""
    if params["action"] not in CHAT_ACTIONS:
        raise bad_request("wrong parameter action in request")
    return True


HANDLERS = {
    "getMe": get_me,
    "getUpdates": get_updates,
    "setWebhook": set_webhook,
    "deleteWebhook": delete_webhook,
    "getWebhookInfo": get_webhook_info,
    "setMyCommands": set_my_commands,
    "getMyCommands": get_my_commands,
    "deleteMyCommands": delete_my_commands,
    "setMyDescription": set_my_description,
    "getMyDescription": get_my_description,
    "setMyShortDescription": set_my_short_description,
    "getMyShortDescription": get_my_short_description,
    "getChat": get_chat,
    "getChatMember": get_chat_member,
    "getChatAdministrators": get_chat_administrators,
    "getChatMemberCount": get_chat_member_count,
    "leaveChat": leave_chat,
    "sendChatAction": send_chat_action,
}
