"""Telegram's content limits: message text, inline keyboards, inline results, commands."""

from __future__ import annotations

import re
from typing import Any

from bot.emulator.errors import invalid
from bot.emulator.tghtml import parse_html

MAX_TEXT = 4096
MAX_CALLBACK_DATA = 64
MAX_BUTTONS = 100
MAX_INLINE_RESULTS = 50
MAX_RESULT_ID = 64
MAX_CALLBACK_ANSWER = 200
_BUTTON_ACTIONS = (
    "url", "callback_data", "web_app", "login_url", "switch_inline_query",
    "switch_inline_query_current_chat", "switch_inline_query_chosen_chat", "copy_text",
    "callback_game", "pay",
)  # fmt: skip
_COMMAND = re.compile(r"[a-z0-9_]{1,32}")


def format_text(
    text: str, parse_mode: str | None, entities: list[dict[str, Any]] | None, *,
    strict_amp: bool = True, limit: int = MAX_TEXT,
) -> tuple[str, list[dict[str, Any]]]:
    """Apply parse_mode and Telegram's 1..limit length rule; return (text, entities)."""
    mode = (parse_mode or "").lower()
    if mode == "html":
        plain, ents = parse_html(text, strict_amp=strict_amp)
    elif mode in ("", "markdown", "markdownv2"):
        # Markdown is not parsed here: the raw text is stored and counted.
        plain, ents = text.strip(), list(entities or [])
    else:
        raise invalid(f"unsupported parse_mode {parse_mode!r}")
    if not plain:
        raise invalid("message text is empty")
    if len(plain) > limit:
        raise invalid("message is too long")
    return plain, ents


def check_reply_markup(markup: Any) -> None:
    """Check an inline keyboard against Telegram's button rules (other keyboards pass)."""
    if not isinstance(markup, dict) or "inline_keyboard" not in markup:
        return
    rows = markup["inline_keyboard"]
    count = sum(len(row) for row in rows)
    if count > MAX_BUTTONS:
        raise invalid("BUTTONS_TOO_MUCH")
    for row in rows:
        for button in row:
            _check_button(button)


def _check_button(button: dict[str, Any]) -> None:
    """Check one inline button: text, exactly one action, callback_data and URL limits."""
    if not str(button.get("text", "")).strip():
        raise invalid("BUTTON_TEXT_INVALID")
    actions = [k for k in _BUTTON_ACTIONS if k in button]
    if not actions:
        raise invalid(
            "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"
        )
    if len(actions) > 1:
        raise invalid("can't parse inline keyboard button: too many button actions")
    if "callback_data" in button:
        size = len(str(button["callback_data"]).encode("utf-8"))
        if not 1 <= size <= MAX_CALLBACK_DATA:
            raise invalid("BUTTON_DATA_INVALID")
    if "url" in button and not re.match(r"(https?|tg)://\S+$", str(button["url"]), re.I):
        raise invalid("BUTTON_URL_INVALID")


def check_inline_results(results: list[dict[str, Any]], *, strict_amp: bool) -> None:
    """Check answerInlineQuery results: count, unique short ids, texts and keyboards."""
    if len(results) > MAX_INLINE_RESULTS:
        raise invalid("RESULTS_TOO_MUCH")
    seen: set[str] = set()
    for result in results:
        rid = str(result.get("id", ""))
        if not 1 <= len(rid.encode("utf-8")) <= MAX_RESULT_ID:
            raise invalid("RESULT_ID_INVALID")
        if rid in seen:
            raise invalid("RESULT_ID_DUPLICATE")
        seen.add(rid)
        content = result.get("input_message_content")
        if isinstance(content, dict) and "message_text" in content:
            format_text(
                str(content["message_text"]), content.get("parse_mode"),
                content.get("entities"), strict_amp=strict_amp,
            )
        check_reply_markup(result.get("reply_markup"))


def check_callback_answer(params: dict[str, Any]) -> None:
    """answerCallbackQuery text is at most 200 characters."""
    if len(str(params.get("text", ""))) > MAX_CALLBACK_ANSWER:
        raise invalid("MESSAGE_TOO_LONG")


def check_commands(commands: list[dict[str, Any]]) -> None:
    """setMyCommands: at most 100, names 1-32 of [a-z0-9_], descriptions 1-256."""
    if len(commands) > 100:
        raise invalid("BOT_COMMANDS_TOO_MUCH")
    for cmd in commands:
        if not _COMMAND.fullmatch(str(cmd.get("command", ""))):
            raise invalid("BOT_COMMAND_INVALID")
        if not 1 <= len(str(cmd.get("description", ""))) <= 256:
            raise invalid("command description must be 1-256 characters")


def check_length(value: Any, limit: int, error: str) -> None:
    """Raise a 400 with `error` when a string is longer than limit."""
    if value is not None and len(str(value)) > limit:
        raise invalid(error)
