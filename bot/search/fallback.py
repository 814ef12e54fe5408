"""The last readings of a message no rule has answered: a task its stems point to clearly, the
named-things search, "Did you mean", or "not covered"."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.addresses import Tasks
from bot.search import bm25, engine
from bot.search.engine import Hit
from bot.search.phrases import Found, best
from bot.search.reply import ANSWER, DID_YOU_MEAN, NOT_COVERED, THANKS, Reply, two_cards, unique

# Under this, what the named-things search found yields to a task its stems point to clearly.
WEAK_SCORE = 90.0
# Words that thank or take leave, unlike "me ayudas" (help me), found among the thanks phrases.
THANKING = frozenset({
    "thanks", "thank", "thx", "ty", "cheers", "bye", "goodbye", "gracias", "chao", "chau",
    "adios", "grax",
})  # fmt: skip
# Asking what to do, about nothing the search knows: the guide to what people do with the cards.
_WHAT_TO_DO = re.compile(
    r"\bwhat (?:do |does |should |must |can )?(?:i|we|he|she|they) (?:actually |really )?"
    r"(?:need to |needs to |have to |has to |need |must )?do\b|"
    r"\bwhat am i supposed to do\b|\bthings to (?:do|take care of)\b|"
    r"\bque (?:tengo|tenemos|hay|debo|necesito) que hacer\b|\bque (?:debo|necesito) hacer\b"
)
# The share of a message's weight (BM25 idf) a task or question must share to be offered.
NEAR = 0.5


def last_reading(
    found: list[Hit],
    named: list[tuple[str, bool]],
    free: list[str],
    detected: str | None,
    getting: list[Found],
    hit: Callable[[str, bool], Hit],
    gaps: list[Found],
    small: list[Found],
) -> Reply:
    """The reply when no rule has answered; `hit(node, close)` makes a hit, close or not; when
    nothing is found but thanks, the thanks ("thanks! can I come back if I think of more?")."""
    weak = not found or found[0].score < WEAK_SCORE  # nothing, or a weak name, loose wording
    by_stems = bm25.clear_task(free, detected) if weak else None
    if by_stems is not None:
        return Reply(ANSWER, unique([hit(by_stems.node, False), *found])[:3])
    if engine.confident(found) and not (not named and two_cards(found)):
        return Reply(ANSWER, tuple(found))
    if found:
        return Reply(DID_YOU_MEAN, tuple(found))
    if getting:
        return Reply(DID_YOU_MEAN, (hit(Tasks("getcard").pack(), True),))
    # Still nothing: the tasks and questions that share the most stems, as "Did you mean".
    near = [item for item in bm25.rank(free, detected)[:3] if item.coverage >= NEAR]
    if near:
        return Reply(DID_YOU_MEAN, tuple(hit(item.node, True) for item in near))
    if _WHAT_TO_DO.search(" ".join(free)):  # "just moved to China, what do I need to do?"
        return Reply(ANSWER, (hit(Tasks().pack(), False),))
    thanked = not gaps and THANKS in best(small) and bool(THANKING.intersection(free))
    return Reply(THANKS) if thanked else Reply(NOT_COVERED, gap="other")
