"""Which points of a named card a message asks about, once the words beside them are weighed:
a task, a getting word, the card's own app, "what (exactly) is it"."""

from __future__ import annotations

from collections.abc import Iterable

from bot.search.phrases import Found, PhraseTable, outside
from bot.search.reply import as_it_with_places, inside_not_all

# Points that, said beside a task, ask about the task ("can the card be used on the metro"),
# unless the task is said to be the only one ("what is it for, only the bus?").
_OF_A_TASK = frozenset({"function", "scope"})
_ONLY = frozenset({"only", "just", "solo", "solamente", "unicamente", "aparte", "besides"})
ELECTRONIC = frozenset({"esocial", "emedical"})  # on a phone: their app is no task


def no_app_task(card: str | None, points: list[Found]) -> bool:
    """Whether the app beside a card's point is where the card is, not the online task."""
    return bool(points) and (card in ELECTRONIC or any(item.target == "form" for item in points))


def not_in_a_name(
    gaps: list[Found], named: list[tuple[str, bool]], in_names: set[int]
) -> list[Found]:
    """Chit-chat words that are part of a card named in full ("the medical QR code") are none."""
    if not any(not weak for _card, weak in named):
        return gaps
    return [gap for gap in gaps if gap.target != "other" or inside_not_all([gap], in_names)]


def points_left(
    points: list[Found], task_words: list[Found], getting: list[Found], obtain: bool,
    card: str | None = None, tokens: tuple[str, ...] = (),
) -> list[Found]:
    """The points a message asks about, less those that words beside them explain away; an
    electronic card's phone or app is where it is, no task ("the code in the app, what for?")."""
    ends = [item for item in task_words if card not in ELECTRONIC or item.target != "online"]
    if ends and not _ONLY.intersection(tokens):  # "is the citizen card for the library": what
        # it is for, said of a task; but "what is it for, only the bus?" asks what it is for
        points = [item for item in points if item.target not in _OF_A_TASK]
    if outside(getting, points):  # "how do I get the card the bureau hands out"
        points = [item for item in points if item.target != "issuer"]
    if obtain:  # "how do I get the code on my phone so I can leave the plastic card at home"
        points = [item for item in points if item.target != "form"]
    managing = [(item.start, item.end) for item in points if item.target == "manager"]
    return [  # "qué organismo gestiona", "which authority runs it": who manages it, not who issues
        item for item in points
        if item.target != "issuer" or not any(
            item.start < end and start <= item.end for start, end in managing
        )
    ]


def points_said(
    table: PhraseTable, tokens: tuple[str, ...], in_names: set[int], languages: Iterable[str]
) -> list[Found]:
    """The points said outside the card's names, and those said of it once its name reads "it"
    ("where can a citizen card be used, only in the city that gave it out?": where, and who)."""
    direct = inside_not_all(table.find(tokens, languages), in_names)
    as_it, places = as_it_with_places(tokens, in_names)
    targets = {item.target for item in direct}
    return direct + [
        Found(item.target, item.language, places[item.start], places[item.end - 1] + 1)
        for item in table.find(as_it, languages)
        if item.target not in targets
    ]


_WHAT = frozenset({"what", "whats", "que"})
# The words that may stand between "what" and the card's name in "what (exactly) is the X".
_BETWEEN = frozenset({
    "is", "s", "es", "exactly", "exactamente", "even", "actually", "the", "this", "that", "a",
    "an", "la", "el", "un", "una", "esa", "esta", "ese", "este",
})  # fmt: skip


def asks_what_it_is(tokens: tuple[str, ...], in_names: set[int]) -> bool:
    """ "What (exactly) is the <card>": its profile, whatever tasks the rest of the message
    names ("what exactly is this health card the nurses keep asking me about")."""
    if not in_names:
        return False
    at = min(in_names) - 1
    while at >= 0 and tokens[at] in _BETWEEN:
        at -= 1
    verb = {"is", "s", "es"} & set(tokens[max(at, 0) : min(in_names)])
    return (at >= 0 and tokens[at] in _WHAT and bool(verb)) or _what_is_it_at_the_end(tokens)


_THIS = frozenset({"it", "this", "that"})


_AFTER_WHAT = frozenset({"even", "exactly", "actually", "thing", "pues", "exactamente", "eso"})
_BEFORE_QUE = frozenset({"para", "de", "por", "en", "con"})  # "para qué es": what it is for


def _what_is_it_at_the_end(tokens: tuple[str, ...]) -> bool:
    """ "nurse keeps saying health card, what even is it?", "…para el bus y la biblioteca, ¿qué
    es?" (not "what is it for", "¿para qué es?")."""
    tail = [t for t in tokens[-6:] if t not in _AFTER_WHAT]
    if len(tail) < 3:
        return False
    english = tail[-3] in _WHAT and tail[-2] in ("is", "s") and tail[-1] in _THIS
    return english or (tail[-2:] == ["que", "es"] and tail[-3] not in _BEFORE_QUE)
