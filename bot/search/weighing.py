"""How what a message says weighs against itself: an uncovered topic against a task found
beside it, and tasks found as widely as each other."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from bot.addresses import Faq, Task
from bot.search import bm25
from bot.search.names import ELECTRONIC_WORDS, PHYSICAL_WORDS
from bot.search.phrases import Found, best, taken_by
from bot.search.reply import weight
from bot.search.text import CARD_WORDS, STOPWORDS

__all__ = [
    "DEADLINE_FAQ",
    "from_the_physical",
    "outweighed",
    "over_questions",
    "relatives_as_others",
    "tasks_in_order",
]

# Gaps that a task found in the same message outweighs ("a refund for hospital costs", "which
# card at the children's hospital", "pay the bus without cash"); a child or a loan unless
# said of "my card". An amount only by what has been paid in, said in the past ("how much has
# my employer paid"): the sources never say how much a pension or a benefit will pay.
_WEAK_GAPS = frozenset({"cost", "family", "babies", "treatments", "city", "banking"})
_AMOUNTS_ANSWERED = Task("contributions").pack()
_ONLINE = Task("online").pack()
_PAID = frozenset({
    "paid", "contributed", "built", "accumulated", "pagado", "pague", "cotizado", "aportado",
    "pagaron", "acumulado", "llevo",
})  # fmt: skip
_MY = frozenset({"my", "mi", "mis"})
_HOW_MUCH = frozenset({"much", "cuanto", "cuanta"})
_OWN = frozenset({"own", "propia", "propio"})  # "mi propia tarjeta"
_FREE = frozenset({"free", "gratis"})
# Whether a card works in a place: what the sources leave to each city.
_WORKS_THERE = frozenset({
    "work", "works", "working", "used", "accepted", "accept", "accepts", "valid", "sirve", "vale",
    "funciona", "funcionan", "aceptan", "acepta", "valida", "usable", "same", "misma", "mismo",
    "different", "diferente", "replace", "replaces", "merge", "merged",
})  # fmt: skip
# A price asked of a task ("a discount on the subway", "top up the bus card"): no task answers.
_PRICED = frozenset({
    "discount", "discounts", "descuento", "descuentos", "rebaja", "recargar", "recarga",
    "recargo", "recargas", "recargue", "recharge", "reload", "topup",
})  # fmt: skip
# Gaps that outweigh a common question's words: whether a treatment is paid for is no question
# about the kinds of insurance ("does insurance cover the dentist"), nor a fine for registering
# late, nor special rules for foreigners, a question about the 30 days.
_OVER_QUESTIONS = frozenset({"treatments", "babies", "foreigners", "other"})
_RELATIVES, _OTHERS = "relatives", "others"
_COVER = frozenset({
    "cover", "covers", "covered", "cubre", "cubren", "cubierto", "cubierta", "devuelve",
    "devuelven", "reembolsa", "reembolsan",
})  # fmt: skip
# The one time the sources give: the employer's 30 days to register a new employee.
DEADLINE_FAQ = Faq(9).pack()


def outweighed(
    found: Found, gaps: list[Found], tasks: list[str], tokens: tuple[str, ...], in_names: set[int]
) -> bool:
    """Whether the tasks found outweigh a gap found beside them (among `gaps`)."""
    gap = found.target
    cities = len({item.start for item in gaps if item.target == "city"})
    if gap == "city":  # one city is where a task is done ("which card for the subway in
        # Shanghai"); whether a named card works there, or a card taken from one city to
        # another, the sources leave to each city
        return cities < 2 and not (in_names and _WORKS_THERE.intersection(tokens))
    if gap == "places":  # "which pharmacies" is the pharmacy task; "which ones in Guangzhou" not
        return cities == 0
    if gap == "treatments":  # a visit for one is the hospital task; whether it is paid for, not
        return not _COVER.intersection(tokens)
    if gap == "apps":  # "pay with one of these cards or wechat", but "pay with wechat"
        return bool(CARD_WORDS.intersection(tokens)) and any(t != _ONLINE for t in tasks)
    if gap == "cost":  # "the hospital costs, which card", but "how much does a birth cost",
        # and "do pensioners ride free in Suzhou" (the sources leave fares to each city)
        free_in_a_city = _FREE.intersection(tokens) and any(g.target == "city" for g in gaps)
        pairs = set(pairwise(tokens))
        topped = _PRICED & set(tokens) or bool({("top", "up"), ("medio", "billete")} & pairs)
        return not (_HOW_MUCH.intersection(tokens) or free_in_a_city or topped)
    if gap == "amounts":
        return _AMOUNTS_ANSWERED in tasks and bool(_PAID.intersection(tokens))
    if gap in ("family", "lending"):  # "can my son use my card", but "borrow books"
        return not _my_card(tokens, in_names)
    return gap in _WEAK_GAPS


def _my_card(tokens: tuple[str, ...], in_names: set[int]) -> bool:
    """ "my card", "mi tarjeta", "my social security card": the asker's own card."""
    after_my = [i + 1 for i, token in enumerate(tokens[:-1]) if token in _MY]
    after_my += [i + 1 for i in after_my if i + 1 < len(tokens) and tokens[i] in _OWN]
    return any(tokens[i] in CARD_WORDS or i in in_names for i in after_my)


def relatives_as_others(gaps: list[Found], tokens: tuple[str, ...], in_names: set[int]) -> list[
    Found
]:
    """A relative said beside the asker's own card is another person using it ("can my wife
    use my card"); a relative otherwise is only who the question is for, no gap."""
    mine = _my_card(tokens, in_names)
    return [
        replace(gap, target=_OTHERS) if gap.target == _RELATIVES else gap
        for gap in gaps
        if gap.target != _RELATIVES or mine or _their_card(gap, tokens)
    ]


def _their_card(relative: Found, tokens: tuple[str, ...]) -> bool:
    """ "my husband's card", "la tarjeta de mi esposo": the relative's own card."""
    after = tokens[relative.end : relative.end + 2]
    if after[:1] and after[0] in CARD_WORDS:  # "my husband card"
        return True
    if after[:1] == ("s",) and after[1:] and after[1] in CARD_WORDS:  # "my husband's card"
        return True
    before = [t for t in tokens[max(relative.start - 3, 0) : relative.start] if t not in _MY]
    return len(before) >= 2 and before[-1] == "de" and before[-2] in CARD_WORDS


def over_questions(gaps: list[Found]) -> bool:
    """Whether a gap found outweighs a common question's words, however many."""
    return any(item.target in _OVER_QUESTIONS for item in gaps)


def from_the_physical(tokens: tuple[str, ...], tasks: list[str]) -> bool:
    """The physical card beside an electronic or online form: the electronic social security
    card, which the sources say is taken up on the basis of the physical one."""
    electronic = bool(ELECTRONIC_WORDS.intersection(tokens)) or Task("online").pack() in tasks
    return electronic and bool(PHYSICAL_WORDS.intersection(tokens))


def tasks_in_order(
    task_words: list[Found], tokens: tuple[str, ...], in_names: set[int], detected: str | None
) -> list[str]:
    """The tasks found, by the words they take; between tasks found as widely, the one the
    message's stems favour (BM25: "the hospital charged me, will insurance refund it")."""
    names = best(task_words)
    taken = taken_by(task_words)
    widest = [n for n in names if len(taken[n]) == len(taken[names[0]])] if names else []
    if len(widest) >= 2:
        free = [t for i, t in enumerate(tokens) if i not in in_names and t not in CARD_WORDS]
        stems = {item.node: item.score for item in bm25.rank(free, detected)}
        widest.sort(key=lambda name: -stems.get(Task(name).pack(), 0.0))
        names = widest + names[len(widest) :]
    return [Task(name).pack() for name in names]


def widest(
    readings: tuple[tuple[list[Found], list[str]], ...], free: list[str], detected: str | None
) -> list[str]:
    """The nodes of the reading with the most words found; between readings found as widely,
    the one the message's stems favour (BM25); none when nothing was found."""
    most = max(weight(phrases) for phrases, _nodes in readings)
    tied = [nodes for phrases, nodes in readings if most and weight(phrases) == most]
    if len(tied) > 1:
        stems = {item.node: item.score for item in bm25.rank(free, detected)}
        tied.sort(key=lambda nodes: -stems.get(nodes[0], 0.0))
    return tied[0] if tied else []


# A phone or an app named in one word beside another task is how, not what: "which card at the
# hospital, la del móvil o la física", "a card for the bus without taking out my phone".
_DEVICES = frozenset({
    "app", "phone", "movil", "celular", "telefono", "smartphone", "mobile", "aplicacion",
})  # fmt: skip


def means_beside_ends(task_words: list[Found], tokens: tuple[str, ...]) -> list[Found]:
    """The tasks found, less the online task when only a device names it beside another task."""
    ends = [item for item in task_words if item.target != "online"]
    if not ends:
        return task_words
    def by_device(item: Found) -> bool:
        said = [t for t in tokens[item.start : item.end] if t not in STOPWORDS]
        return item.target == "online" and item.length == 1 and all(t in _DEVICES for t in said)

    return [item for item in task_words if not by_device(item)]
