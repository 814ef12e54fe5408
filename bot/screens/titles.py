"""A short human title for any node, for 'see also' buttons and inline results."""

from __future__ import annotations

from html import unescape

from bot import knowledge
from bot.addresses import Card, Cards, Compare, Does, Faq, Law, Node, Task, Tasks
from bot.i18n import _, kgettext
from bot.screens.kit import article_title, card_short

_LISTS = {
    Cards(): lambda: _("The six cards"),
    Law(): lambda: _("The law articles the sources quote"),
    Tasks(): lambda: _("What do you need to do?"),
}


def compare_title(a: str, b: str) -> str:
    return _("{a} vs {b}").format(a=card_short(a), b=card_short(b))


def title(node: Node | str, *, short: bool = False) -> str | None:
    """Plain text (not HTML); None for nodes that have no title of their own. `short`: for a
    button, a question's short title rather than the whole question."""
    found = Node.unpack(node) if isinstance(node, str) else node
    match found:
        case Card(card=card, point=None):
            return card_short(card)
        case Card(card=card, point=str(point)):
            return f"{card_short(card)}: {kgettext(knowledge.POINTS[point].label)}"
        case Compare(first=str(a), second=str(b), point=None):
            return compare_title(a, b)
        case Faq(number=int(number)):
            item = knowledge.faq(number)
            assert item is not None  # a Faq node names an existing question
            return kgettext(item.label if short else item.question)
        case Task(task=task):
            found_task = knowledge.task(task)
            return kgettext(found_task.label) if found_task is not None else None
        case Does(card=card):
            return f"{card_short(card)}: " + _("What can I do with it?")
        case Tasks(group=str(group)):
            return kgettext(knowledge.TASK_GROUPS[group].label)
        case Law(article=str(article)):
            return unescape(article_title(article))
        case Cards() | Law() | Tasks():
            return _LISTS[found]()
    return None
