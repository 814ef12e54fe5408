"""Builders for Telegram objects shared by handlers and user actions."""

from __future__ import annotations

import time
from typing import Any

_ADMIN_RIGHTS = (
    "can_manage_chat", "can_delete_messages", "can_manage_video_chats", "can_restrict_members",
    "can_promote_members", "can_change_info", "can_invite_users", "can_post_stories",
    "can_edit_stories", "can_delete_stories",
)  # fmt: skip


def chat_member(user: dict[str, Any], status: str) -> dict[str, Any]:
    """A ChatMember object of the given status."""
    member: dict[str, Any] = {"status": status, "user": dict(user)}
    if status == "administrator":
        member.update({"can_be_edited": False, "is_anonymous": False})
        member.update(dict.fromkeys(_ADMIN_RIGHTS, True))
        member["can_post_messages"] = True
    elif status == "creator":
        member["is_anonymous"] = False
    elif status == "kicked":
        member["until_date"] = 0
    return member


def member_updated(
    chat: dict[str, Any], by: dict[str, Any], subject: dict[str, Any], old: str, new: str
) -> dict[str, Any]:
    """A ChatMemberUpdated object: `by` changed `subject` from old to new status."""
    return {
        "chat": dict(chat),
        "from": dict(by),
        "date": int(time.time()),
        "old_chat_member": chat_member(subject, old),
        "new_chat_member": chat_member(subject, new),
    }


def full_chat(chat: dict[str, Any]) -> dict[str, Any]:
    """A ChatFullInfo object for getChat."""
    gifts = ("unlimited_gifts", "limited_gifts", "unique_gifts", "premium_subscription",
             "gifts_from_channels")
    return {
        **chat,
        "accent_color_id": 0,
        "max_reaction_count": 11,
        "accepted_gift_types": dict.fromkeys(gifts, False),
    }
