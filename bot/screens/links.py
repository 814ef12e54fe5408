"""Deep links: t.me addresses that open a node's screen in a private chat with the bot."""

from __future__ import annotations

from bot.addresses import Address, Node


def guide_url(bot_username: str, node: Node | Address) -> str:
    """The link that opens the node's screen (at its first page) in a private chat."""
    return f"https://t.me/{bot_username}?start={node.to_payload()}"
