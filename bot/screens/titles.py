"""A short human title for any node, for 'see also' buttons and inline results."""

from __future__ import annotations

from html import unescape

from bot import knowledge
from bot.i18n import _, kgettext
from bot.screens.kit import article_title, card_short

_LISTS = {
    "cards": lambda: _("The six cards"),
    "law": lambda: _("The law articles the sources quote"),
    "tasks": lambda: _("What do you need to do?"),
}


def compare_title(a: str, b: str) -> str:
    return _("{a} vs {b}").format(a=card_short(a), b=card_short(b))


def title(node: str, *, short: bool = False) -> str | None:
    """Plain text (not HTML); None for nodes that have no title of their own. `short`: for a
    button, a question's short title rather than the whole question."""
    name, *args = node.split(":")
    if name == "card" and len(args) == 1 and knowledge.card(args[0]) is not None:
        return card_short(args[0])
    if name == "cmp" and len(args) == 2 and all(knowledge.card(a) for a in args):
        return compare_title(args[0], args[1])
    if name == "faq" and len(args) == 1 and args[0].isdigit():
        item = knowledge.faq(int(args[0]))
        if item is None:
            return None
        return kgettext(item.label if short else item.question)
    if name == "card" and len(args) == 2 and (card := knowledge.card(args[0])) is not None:
        point = knowledge.POINTS.get(args[1])
        return f"{card_short(card.id)}: {kgettext(point.label)}" if point else None
    if name == "task" and len(args) == 1 and (task := knowledge.task(args[0])) is not None:
        return kgettext(task.label)
    if name == "does" and len(args) == 1 and knowledge.card(args[0]) is not None:
        return f"{card_short(args[0])}: " + _("What can I do with it?")
    if name in _LISTS and not args:
        return _LISTS[name]()
    if name == "tasks" and len(args) == 1 and (group := knowledge.TASK_GROUPS.get(args[0])):
        return kgettext(group.label)
    if name == "law" and "-".join(args) in knowledge.LAWS:
        return unescape(article_title("-".join(args)))
    return None
