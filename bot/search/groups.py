"""Several tasks asked at once: the task guide, or the topic they share ("doctor, medicines,
reimbursement: which card for each?")."""

from __future__ import annotations

import itertools
from collections import Counter

from bot import knowledge
from bot.addresses import Node, Task, Tasks
from bot.search.phrases import Found

# Three tasks of one topic are the topic, not one of them.
_OF_A_TOPIC = 3
_PAID_IN = "contributions"
# Words for "each of them" or for cards in the plural, which turn getting a card into the guide
# to getting them all ("sacar tarjetas para mis empleados").
EACH_WORDS = frozenset(
    {"each", "every", "all", "everything", "cada", "todas", "todos", "cards", "tarjetas"}
)
PLURAL_CARDS = frozenset({"cards", "tarjetas"})
# Words for "each of them" beside two tasks of a topic and "which card" ("etc" counts alone).
_OF_THE_REST = frozenset({"etc", "each", "everything", "cada", "todos"})
# "todo" is "all of it" only before what it gathers ("todo lo de salud", "todo eso"), not in
# "pagué todo de mi bolsillo".
_GATHERED = frozenset({"lo", "eso", "esto"})


_BOTH = frozenset({"both", "ambas", "ambos"})
_ONE_CARD = frozenset(
    {("same", "card"), ("one", "card"), ("misma", "tarjeta"), ("sola", "tarjeta")}
)


def gathers(tokens: tuple[str, ...], lists: list[Found]) -> bool:
    """Whether the tasks named are asked together: "etc", a word for each of them beside a
    list, cards in the plural ("which cards for doctors and medicine"), or one card for both
    ("same card for both?", "la misma tarjeta")."""
    return (
        "etc" in tokens
        or bool(lists and of_the_rest(tokens))
        or bool(PLURAL_CARDS.intersection(tokens))
        or bool(_BOTH.intersection(tokens))
        or bool(_ONE_CARD.intersection(itertools.pairwise(tokens)))
    )


def of_the_rest(tokens: tuple[str, ...]) -> bool:
    """A word for "each of them" or "all the rest"."""
    return bool(_OF_THE_REST.intersection(tokens)) or any(
        token == "todo" and following in _GATHERED
        for token, following in itertools.pairwise(tokens)
    )


def topic(tasks: list[str], first: str | None, each: bool = False) -> str | None:
    """The topic (or the whole guide) when the tasks asked make one, else None. What has been
    paid in, said first, is paid into the rest ("my payment record for pension, medical,
    unemployment")."""
    if first == _PAID_IN:
        return None
    groups = Counter(
        knowledge.TASKS[node.task].group
        for node in (Node.unpack(packed) for packed in dict.fromkeys(tasks))
        if isinstance(node, Task) and node.task in knowledge.TASKS
    )
    if not groups:
        return None
    group, count = groups.most_common(1)[0]
    # "pension, unemployment, that kind of thing": two tasks and a word for the rest of them
    if count >= (_OF_A_TOPIC - 1 if each else _OF_A_TOPIC) and count * 2 > sum(groups.values()):
        return Tasks(group).pack()
    if len(groups) >= _OF_A_TOPIC:
        return Tasks().pack()
    return None


def named_topic(question: str | None, tasks: list[str]) -> str | None:
    """A topic asked for by name, with tasks of that topic beside it ("everyday life, like
    buses and public services"): the topic."""
    node = Node.unpack(question) if question else None
    if not isinstance(node, Tasks) or node.group is None or len(set(tasks)) < 2:
        return None  # one task beside the topic's name is that task ("the old age money thing")
    units = [Node.unpack(packed) for packed in tasks]
    inside = all(
        isinstance(unit, Task) and knowledge.TASKS[unit.task].group == node.group for unit in units
    )
    return question if inside else None
