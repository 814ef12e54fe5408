"""A short human title for any node, for 'see also' buttons and inline results."""

from __future__ import annotations

from html import unescape

from bot import knowledge
from bot.i18n import _, kgettext
from bot.screens.kit import article_title, card_short


def title(node: str) -> str | None:
    """Plain text (not HTML); None for nodes that have no title of their own."""
    name, *args = node.split(":")
    if name == "card" and len(args) == 1 and knowledge.card(args[0]) is not None:
        return card_short(args[0])
    if name == "cmp" and len(args) == 2 and all(knowledge.card(a) for a in args):
        return _("{a} vs {b}").format(a=card_short(args[0]), b=card_short(args[1]))
    if name == "faq" and len(args) == 1 and args[0].isdigit():
        item = knowledge.faq(int(args[0]))
        return kgettext(item.question) if item is not None else None
    if name == "law" and "-".join(args) in knowledge.LAWS:
        return unescape(article_title("-".join(args)))
    return None
