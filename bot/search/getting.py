"""Asking to get a card: whether the words say obtaining it, and whether the tasks said beside
the card only describe it ("the card for buses and libraries, how does she get one")."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from bot import knowledge
from bot.addresses import Task
from bot.search.phrases import Found
from bot.search.text import CARD_WORDS

# Words for obtaining a thing, not for handling business ("trámites"): with a card
# named and the online task, its electronic form ("how do I get my medical insurance on my
# phone"); with the tasks a card serves, that card.
_OBTAIN = frozenset({
    "get", "obtain", "claim", "activate", "conseguir", "consigo", "obtener", "obtengo", "obtiene",
    "sacar", "activar", "activo", "activa", "consigue", "consiguen", "consiga", "obtienen",
    "saco", "saca", "sacan", "gets", "getting", "obtaining", "claiming", "make",
})  # fmt: skip


# What is obtained, when it is a card: a word for one, or for "it" ("get me reimbursed" obtains
# no card, "how does she get one" does).
_IT = frozenset({
    "one", "it", "them", "that", "mine", "la", "lo", "las", "los", "una", "uno", "ella", "mia",
    "mio",
})  # fmt: skip
_TO_SOMEONE = frozenset({"me", "us", "him", "her", "you"})
_GOT_DONE = frozenset({"reimbursed", "refunded", "repaid", "reembolsado", "reembolsados"})
_CLITICS = frozenset({"la", "lo", "las", "los"})  # before the verb ("a card that gets me" is no)
_REACH = 4
_APPLY = frozenset({"apply", "solicitar", "solicito", "pido", "pedir", "tramitar", "tramito"})
_CLAUSE = 8
_WITH = frozenset({"with", "using", "con", "usando"})
_ANOTHER_FORM = frozenset({"version", "electronic", "electronica", "electronico", "digital"})


def obtains(tokens: tuple[str, ...], in_names: set[int]) -> bool:
    """Whether the message says obtaining a card (or its electronic form)."""
    for at, token in enumerate(tokens):
        if token not in _OBTAIN:
            continue
        after = range(at + 1, min(len(tokens), at + 1 + _REACH))
        if any(tokens[i] in _GOT_DONE for i in after):  # "get my bills reimbursed with the card"
            continue
        if at + 1 < len(tokens) and tokens[at + 1] in _TO_SOMEONE:  # "which card gets me that
            after = range(at + 2, min(len(tokens), at + 4))  # money back", not "gets me a card"
            if not any(i in in_names or tokens[i] in CARD_WORDS for i in after):
                continue
        if any(i in in_names or tokens[i] in CARD_WORDS or tokens[i] in _IT for i in after):
            return True
        if at and tokens[at - 1] in _CLITICS:  # "la tarjeta, ¿cómo la saco?"
            return True
    return False


def describes(card: str, tasks: list[str]) -> bool:
    """Whether the tasks found only say what the card is used for (the citizen card for buses
    and libraries), not a need of their own."""
    return set(tasks) <= {Task(task.id).pack() for task in knowledge.tasks_of(card)}


# Who the card is for, or where, said beside how to get a named card ("my daughter starts her
# first job, how should she apply for her social security card"; "new job in Shenzhen, how do
# I get one"): the getting task answers it.
_HOW = frozenset({"how", "como"})
_WHOSE_OR_WHERE = frozenset({"family", "babies", "city"})
_CARDS = frozenset({"cards", "tarjetas"})  # "how do we get cards for me and the kids"


def how_to_get(gaps: list[Found], getting: list[Found], tokens: tuple[str, ...], named: bool) -> (
    list[Found]
):
    """The gaps left when a message asks how to get a card it names, or cards."""
    if not ((named or _CARDS.intersection(tokens)) and getting and _HOW.intersection(tokens)):
        return gaps
    return [gap for gap in gaps if gap.target not in _WHOSE_OR_WHERE]


def card_obtained(
    tokens: tuple[str, ...], names_in: Callable[[str], list[str]], card: str | None
) -> str | None:
    """The card named right after a word for obtaining, in a message that asks how ("how do I
    obtain the e-certificate? do I need the social security card first?"), or the one card
    named, read as "it" ("the pharmacy asks for the e-certificate, how do I get it?"): that
    card's getting task answers it, whatever else is named beside it."""
    if not _HOW.intersection(tokens):
        return None
    for at, token in enumerate(tokens):
        if token in _OBTAIN or token in _APPLY:
            if "version" in tokens[at + 1 : at + 4]:
                return None  # "activate the electronic version of my physical card"
            clause = tokens[at + 1 : at + 1 + _CLAUSE]
            # "cómo pido el paro con el 社保卡": the card is what it is done with, not what is got
            clause = clause[: next((i for i, t in enumerate(clause) if t in _WITH), len(clause))]
            after = names_in(" ".join(clause))
            if not after and card is not None and _as_it(tokens, at):
                after = [card]
            if after:
                return after[0] if f"get{after[0]}" in knowledge.TASKS else None
    return None


def _as_it(tokens: tuple[str, ...], at: int) -> bool:
    """ "get it", "get that thing", "cómo lo obtengo": the card obtained is read as "it"."""
    following = tokens[at + 1 : at + 3]
    if _ANOTHER_FORM.intersection(tokens[at + 1 : at + 4]):  # "activa la versión para el móvil"
        return False
    return bool(_IT.intersection(following)) or (at > 0 and tokens[at - 1] in _CLITICS)


_A = frozenset({"a", "an", "any", "some", "new", "no", "una", "un", "ninguna", "alguna", "otra"})
_SHORT = 3


def any_card(tokens: tuple[str, ...]) -> bool:
    """A card, no card in particular: "a card", "una tarjeta", "cards", or a card word in a
    query of a few words ("sacar tarjeta"); not "the card", "su tarjeta", "the e-card"."""
    if _CARDS.intersection(tokens) or (len(tokens) <= _SHORT and CARD_WORDS.intersection(tokens)):
        return True
    return any(t in CARD_WORDS and before in _A for before, t in pairwise(tokens))
