"""What the words around a question say about it: a story told before it, the risk a security
question names, the people whose card it is, where the asker comes from. Each only narrows the
uncovered topics (and a story's tasks) found in the message."""

from __future__ import annotations

from dataclasses import dataclass, replace

from bot.search.engine import Hit
from bot.search.phrases import Found, outside
from bot.search.sentences import asked, in_story, story
from bot.search.text import CARD_WORDS, COMPARE_WORDS
from bot.search.two_cards import about_both, comparison

# Gaps that stay the topic even when told before the question ("I lost my card. How do I get
# a new one?", "I'm a foreigner. Am I allowed to get one?").
_TOLD_GAPS = frozenset({"lost", "foreigners", "abroad"})
# Risks a question about a card's security asks about, which its security point answers.
_RISKS = frozenset({"lost", "others", "passwords"})
# Points whose answer is the same whoever holds the card, unlike who may hold it; beside them,
# the people a message names only say whose card it is.
_WHO_MAY_HOLD = frozenset({"eligibility"})
_PEOPLE = frozenset({"babies", "family", "relatives", "others", "apps"})
# Where the asker comes from, or a card refused somewhere, beside "which card for …" or a
# comparison: why they ask, not what.
_WHO_ASKS = frozenset({"foreigners", "abroad", "refused"})
# Words that make an abroad gap a move or a use abroad ("leaving China", "use it overseas"); without
# them it only names a place ("back home it's the SSA", "en Colombia la EPS…").
_MOVES = frozenset({
    "leave", "leaving", "left", "go", "going", "back", "abroad", "overseas", "outside", "another",
    "other", "voy", "irme", "salir", "dejar", "vuelve", "volver", "regresar", "extranjero",
    "exterior", "fuera", "otro", "otros", "travel", "visit", "visiting", "viajar",
})  # fmt: skip
# Points a place abroad would change: where a card is used, what for, who may have it.
_WHERE_OR_WHO = frozenset({"scope", "function", "eligibility"})
# A passport lost or left at home, beside proving who you are: why they ask for another proof.
_PASSPORT = frozenset({"passport", "passports", "pasaporte", "pasaportes"})
_VISA_OFFICE = frozenset({"visa", "visas", "visado", "embassy", "embajada"})


@dataclass(frozen=True)
class Said:
    """What a message's words were found to say, before they are weighed against each other."""

    text: str
    tokens: tuple[str, ...]
    named: list[tuple[str, bool]]
    strong_words: frozenset[str]  # the words of the cards named in full
    found: list[Hit]
    task_words: list[Found]
    gaps: list[Found]
    getting: list[Found]
    question_words: list[Found]
    points: list[Found]  # point words outside card names
    lists: list[Found]


def the_question(said: Said) -> Said:
    """Where a message tells a story and then asks, the question decides: the story's tasks go,
    and its gaps, but for those that stay the topic, when the question asks for something."""
    told = story(said.text, said.tokens)
    if not told:
        return said
    getting = asked(said.getting, told) if said.strong_words else []  # "…how do we get one?"
    compares = any(t in COMPARE_WORDS for i, t in enumerate(said.tokens) if i not in told)
    points = said.points if said.strong_words else []  # "¿qué tarjeta sirve para eso?" asks none
    laws = [item for item in said.lists if item.target == "law"]  # "what does article 74 say?"
    if not (asked([*said.task_words, *getting, *said.question_words, *points, *laws], told) or (
        compares and said.strong_words
    )):
        if _card_asked(said, told):  # "what is a health card? the hospital gave us one"
            # "…we have none in the US", "my daughter's school asked. Tell me about the card"
            kept = [g for g in in_story(said.gaps, told) if g.target == "lost"]
            gaps = [gap for gap in said.gaps if gap in kept or gap not in in_story(said.gaps, told)]
            return replace(said, gaps=gaps, task_words=asked(said.task_words, told))
        return said
    told_gaps = in_story(said.gaps, told)
    # Who the asker is matters when the question is who may have a card ("I'm a foreigner. Can
    # I get one?"), not when it asks for anything else ("I write for expats. What kinds…?")
    who_may = bool(asked(said.getting, told)) or any(
        item.target == "eligibility" for item in asked(said.points, told)
    )
    gaps = [gap for gap in said.gaps if gap not in told_gaps or (
        gap.target in _TOLD_GAPS and not _a_place(gap, said.tokens)
        and (gap.target != "foreigners" or who_may)
    )]  # "…en Colombia la EPS nunca me devolvía nada": a place named in the story
    return replace(  # "…? my SSN card came in two weeks": no question about the number
        said, gaps=gaps, task_words=asked(said.task_words, told),
        question_words=asked(said.question_words, told),
    )


def _card_asked(said: Said, told: frozenset[int]) -> bool:
    """A card named in full in the question itself."""
    return any(
        t in said.strong_words and t not in CARD_WORDS
        for i, t in enumerate(said.tokens)
        if i not in told
    )


def _a_place(gap: Found, tokens: tuple[str, ...]) -> bool:
    """An abroad gap that only names a country or home ("in Canada", "back home")."""
    phrase = tokens[gap.start : gap.end]
    moving = _MOVES.intersection(phrase) if phrase != ("back", "home") else set()
    return gap.target == "abroad" and not moving


def _at_the_visa_office(gap: Found, said: Said) -> bool:
    words = set(said.tokens[gap.start : gap.end])
    return gap.target == "foreigners" and words <= _VISA_OFFICE


def gaps_beside(said: Said) -> list[Found]:
    """The gaps left once what stands beside them is weighed."""
    gaps = said.gaps
    if any(item.target not in _WHERE_OR_WHO for item in said.points):
        # "who issues the card? back home it's the SSA": a place named beside a card's point
        gaps = [gap for gap in gaps if not _a_place(gap, said.tokens)]
    if said.strong_words and any(item.target == "security" for item in said.points):
        gaps = [gap for gap in gaps if gap.target not in _RISKS]  # "how safe, if it is stolen?"
    of_any_holder = [item for item in said.points if item.target not in _WHO_MAY_HOLD]
    strong = {card for card, weak in said.named if not weak}
    both = len(strong) == 2 and about_both(said.named, said.found)
    if said.strong_words and (of_any_holder or both):  # "where can my baby's card be used"
        gaps = [gap for gap in gaps if gap.target not in _PEOPLE]
    if _PASSPORT.intersection(said.tokens) and any(i.target == "identity" for i in said.task_words):
        # "forgot my passport", "my passport is at the visa office": why another proof
        gaps = [g for g in gaps if g.target not in _RISKS and not _at_the_visa_office(g, said)]
    which_card = [item for item in said.lists if item.length >= 2]
    pair = strong and comparison(said.tokens, said.named, said.found) is not None
    if (which_card and said.task_words) or pair:  # "new hire from Canada, which card for…"
        gaps = [gap for gap in gaps if gap.target not in _WHO_ASKS]
    if pair:  # "health card vs citizen card for my kids", "…in Hangzhou": whose cards, or where
        # the asker lives, not another question (but whether they are one card there is)
        gaps = [gap for gap in gaps if gap.target not in _PEOPLE and gap.target != "city"]
    if ("social", False) in said.named:  # "does my social security card work in another
        # province": where it is used (the Measures' article 4, of this card only), not a move
        gaps = outside(gaps, [item for item in said.points if item.target == "scope"])
    return gaps
