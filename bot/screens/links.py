"""Deep links: t.me addresses that open a node's screen in a private chat with the bot."""

from __future__ import annotations

from bot.screens.base import PAGE_MARK


def start_payload(node: str) -> str:
    """A node's deep-link payload: t.me allows only A-Z a-z 0-9 _ -, so ':' becomes '-' (the
    /start handler turns it back); a page opens at the screen's first page."""
    return node.partition(PAGE_MARK)[0].replace(":", "-")


def guide_url(bot_username: str, node: str) -> str:
    return f"https://t.me/{bot_username}?start={start_payload(node)}"
