"""Asking to get a card: whether the words say obtaining it, and whether the tasks said beside
the card only describe it ("the card for buses and libraries, how does she get one")."""

from __future__ import annotations

from bot import knowledge
from bot.addresses import Task

# Words for obtaining a thing, not for handling business ("trámites"): with a card
# named and the online task, its electronic form ("how do I get my medical insurance on my
# phone"); with the tasks a card serves, that card.
_OBTAIN = frozenset({
    "get", "obtain", "claim", "activate", "conseguir", "consigo", "obtener", "obtengo", "obtiene",
    "sacar", "activar", "activo", "activa", "consigue", "consiguen", "consiga", "obtienen",
    "saco", "saca", "sacan", "gets", "getting", "obtaining", "claiming",
})  # fmt: skip


def obtains(tokens: tuple[str, ...]) -> bool:
    """Whether the message says obtaining something."""
    return bool(_OBTAIN.intersection(tokens))


def describes(card: str, tasks: list[str]) -> bool:
    """Whether the tasks found only say what the card is used for (the citizen card for buses
    and libraries), not a need of their own."""
    return set(tasks) <= {Task(task.id).pack() for task in knowledge.tasks_of(card)}
