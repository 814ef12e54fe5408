"""What a whole message asks for: a screen, a choice of screens, small talk, or what the sources
do not cover.

The order of the checks is the policy: small talk; a question the seeds answer nearly word for
word; a topic the sources say nothing about (honest "not covered", never another answer), once
the words around it are weighed (``context.py``: a story before the question, whose card it is);
hello or thanks with an introduction; three tasks of one topic (``groups.py``); two cards named
with their comparison or common question (``two_cards.py``); a law article by what it says
(``article_texts.py``); one point of a named card, what it is good for, a common question's own
words, or a task (the most words found decides); getting a named card; a word for a list; a
task its stems point to clearly (BM25) when the named-things search is weak; the named-things
search; else "Did you mean" or "not covered". Task words inside a card's name ("medical" in
"medical insurance card") are not tasks. ``weighing.py`` says when a task outweighs a gap.
"""

from __future__ import annotations

import re

from bot import knowledge
from bot.addresses import Card, Does, Faq, Node, Task, Tasks
from bot.search import card_points, engine, weighing
from bot.search.article_texts import (
    asked_article,
    asks_for_the_law,
    grounding,
    numbered,
    numbered_article,
    unknown_article,
)
from bot.search.context import Said, gaps_beside, the_question
from bot.search.fallback import last_reading
from bot.search.getting import any_card, card_obtained, describes, how_to_get, obtains
from bot.search.groups import EACH_WORDS, gathers, named_topic, topic
from bot.search.phrases import LANGUAGES, Found, best, outermost, outside
from bot.search.reply import (
    ANSWER,
    GREETING,
    NOT_COVERED,
    Reply,
    all_taken,
    inside_not_all,
    longest,
    main_card,
    unique,
)
from bot.search.smalltalk import NEED_WORDS, introduces, letter_body, only_small_talk
from bot.search.tables import tables as phrase_tables
from bot.search.text import CARD_WORDS, detect_language, words
from bot.search.two_cards import about_both, comparison, two_names_of_one
from bot.search.uncovered import not_covered

__all__ = ["read"]

# A FAQ matched this well is the question itself, whatever else the words suggest.
VERBATIM = 97.0
TASK_SCORE = 92.0
CLOSE_SCORE = 50.0
# "3rd article", "artículo 3º": the number alone.
_ORDINAL = re.compile(r"\b(\d+)(?:st|nd|rd|th|º|°|o|a)\b", re.IGNORECASE)
# A gap that two cards named together turn into a question about the two ("does the social
# security card replace the medical insurance card").
_GAPS_OF_ONE_CARD = frozenset({"renewal"})
# Tasks that say how rather than what: with a card named and a word for getting it, the
# question is about getting the card ("activate the e-card in the app").
_MEANS_TASKS = frozenset({Task("online").pack()})
# The common question that answers "what can I do with it?" better than the task list.
_WHAT_CAN_I_DO_FAQ = {"social": Faq(7).pack()}
_WHICH = frozenset({"which", "cual", "cuales", "or", "o"})


def read(text: str) -> Reply:
    """The reply to a whole message, as typed (no word read as cut short)."""
    body = letter_body(text)
    if body != text:  # "Dear Sir or Madam, … Kind regards"
        return read(body) if body else Reply(GREETING)
    text = _ORDINAL.sub(r"\1", text)
    tokens = words(text)
    if not tokens:
        return Reply(NOT_COVERED, gap="other")
    tables = phrase_tables()
    detected = detect_language(text)
    languages = (detected,) if detected else LANGUAGES
    language = detected or "en"

    def hit(node: str, score: float = TASK_SCORE) -> engine.Hit:
        return engine.Hit(node, score, language)

    small = tables.small.find(tokens, LANGUAGES)
    if small and only_small_talk(tokens, small, tables.topic_words, tables.small.words):
        return Reply(best(small)[0])

    if unknown_article(tokens):  # "what does article 86 say": no article of the sources
        return Reply(NOT_COVERED, (hit("law", CLOSE_SCORE),), gap="other")
    found = engine.search(text, limit=3)
    if found and isinstance(Node.unpack(found[0].node), Faq) and found[0].score >= VERBATIM:
        return Reply(ANSWER, tuple(found))

    named = engine.cards_named(text)
    one_card = two_names_of_one(tokens, named)
    if one_card is not None:  # "is the human resources and social security card a social…"
        return Reply(ANSWER, unique([hit(one_card), *found])[:3])
    # A card named in full or a word for a card ("perdí mi historial de salud" is no card lost)
    of_a_card = any(not weak for _card, weak in named) or any(t in CARD_WORDS for t in tokens)
    in_names = {
        i for i, token in enumerate(tokens)
        if any(token in tables.name_words[card] for card, _weak in named)
    }
    gap_words = tables.gaps.find(tokens, languages) + [  # "el housing fund": another language's
        item for item in tables.gaps.find(tokens, LANGUAGES) if item.length >= 2
    ]  # phrase of two words or more ("hurt" alone is Spanish for "robbed")
    # "el subway": a task in the other language, when nothing else is said
    either = () if named or gap_words else LANGUAGES
    task_words = outermost(inside_not_all(
        tables.tasks.find(tokens, languages) or tables.tasks.find(tokens, either), in_names
    ))  # fmt: skip
    tasks = weighing.tasks_in_order(task_words, tokens, in_names, detected)
    if of_a_card:
        gap_words += tables.card_gaps.find(tokens, languages)
    # "buenas tardes" is no time, "de antemano" neither; "the medical QR code" is no "QR code"
    gap_words = card_points.not_in_a_name(outside(gap_words, small), named, in_names)
    gaps = weighing.relatives_as_others(outside(gap_words, task_words), tokens, in_names)
    getting = tables.get.find(tokens, languages)
    if task_words:
        gaps = [gap for gap in gaps if not weighing.outweighed(gap, gaps, tasks, tokens, in_names)]
    if len({card for card, weak in named if not weak}) >= 2:
        gaps = [gap for gap in gaps if gap.target not in _GAPS_OF_ONE_CARD]
    question_words = [  # where to start, unless a card is named ("…the card, where do I start")
        item for item in inside_not_all(tables.questions.find(tokens, languages), in_names)
        if not (named and item.target == "tasks")
    ]
    if any(item.target == weighing.DEADLINE_FAQ for item in question_words):
        gaps = [gap for gap in gaps if gap.target != "time"]
    strong_words = frozenset(
        w for card, weak in named if not weak for w in tables.name_words[card]
    )
    said = the_question(Said(
        text, tokens, named, strong_words, found, task_words, gaps, getting, question_words,
        inside_not_all(tables.points.find(tokens, languages), in_names),
        tables.lists.find(tokens, languages),
    ))  # fmt: skip
    ends = weighing.means_beside_ends(said.task_words, tokens)  # "the bus, without my phone"
    if ends != task_words:
        task_words = ends
        tasks = weighing.tasks_in_order(task_words, tokens, in_names, detected)
    gaps = how_to_get(gaps_beside(said), getting, tokens, bool(strong_words))
    said_points = said.points
    # A task said, not asked, after hello or thanks ("thanks!! heading to the pharmacy now")
    told_only = not NEED_WORDS.intersection(tokens)
    topical = [*([] if told_only else task_words), *getting, *question_words, *said.points]
    if small and not named and introduces(text, tokens, small, topical, gaps, said.lists):
        return Reply(best(small)[0])  # "Good morning, I'm the HR officer at a company in Suzhou"
    if gaps and (longest(gaps) > longest(said.question_words) or weighing.over_questions(gaps)):
        return not_covered(tokens, gaps, named, read, lambda node: hit(node, CLOSE_SCORE))

    opening = min(task_words, key=lambda item: item.start).target if task_words else None
    for_each = said.lists or EACH_WORDS.intersection(tokens)  # "which card for each?"
    each = gathers(tokens, said.lists)  # "which cards for doctors and medicine", "both?"
    several = topic(tasks, opening, each) if (for_each or each) and not said_points else None
    several = several or named_topic(next(iter(best(question_words)), None), tasks)
    if several is not None:  # "doctor, medicines, reimbursement: which card for each?"
        return Reply(ANSWER, unique([hit(several), *found])[:3])
    as_it = None if weighing.from_the_physical(tokens, tasks) else main_card(named)
    obtained = card_obtained(tokens, engine.cards_named_only, as_it)
    if obtained is not None:  # "how do I get the e-certificate? do I need the card first?"
        return Reply(ANSWER, unique([hit(Task(f"get{obtained}").pack()), *found])[:3])
    pair = comparison(tokens, named, found)
    if pair is not None:  # "A vs B in the app", "is A less secure than B"
        return Reply(ANSWER, unique([pair, *found])[:3])
    which = task_words and any(t in _WHICH for t in tokens)  # "which: the A or the B?"
    if about_both(named, found) and not which:  # not "which do I swipe, the A or the B?"
        return Reply(ANSWER, tuple(found))
    lists = said.lists
    law_word = any(item.target == "law" for item in outside(lists, said_points))
    strong = main_card([(c, weak) for c, weak in named if not weak])
    by_point = law_word and not numbered_article(tokens, found) and not any(
        t.isdigit() for t in tokens
    ) and not any(item.target.startswith("law:") for item in question_words)
    # "medidas de seguridad" are the card's security, "art 4" is read by number, "one card for
    # multiple purposes" is the article that says so
    cited = [grounding(str(strong), p) for p in best(said_points)[:1]] if by_point else []
    if cited and cited[0] is not None:  # "which article says who manages the card"
        return Reply(ANSWER, unique([hit(cited[0]), hit("law"), *found])[:3])
    of_the_card = strong_words and said_points and not law_word
    article = None if of_the_card else asked_article(
        tokens, lists, in_names, detected, task_words or question_words
    )  # "does the card work in every province": a point of the card, unless a law is named
    if article is not None:
        return Reply(ANSWER, unique([hit(article), hit("law"), *found])[:3])
    numbers = numbered(tokens)  # "art 4", not "got mine in 2023"
    if numbered_article(tokens, found):  # "what does article 74 say about records"
        return Reply(ANSWER, tuple(found))
    card = main_card(named)
    # "el seguro médico electrónico ese del celular": an electronic card, named weakly, alone
    pointed = card if strong is None and card in card_points.ELECTRONIC else strong
    point_words = card_points.points_said(tables.points, tokens, in_names, languages) if (
        pointed is not None and not numbers
    ) else []
    obtain = bool(getting) and obtains(tokens, in_names)
    does_words = tables.does.find(tokens, languages) if card is not None else []
    asked_points = {item.target for item in point_words} | ({"function"} if does_words else set())
    if "function" in {item.target for item in point_words}:  # "para qué sirve, qué puedo hacer"
        does_words = []
    if {"records", "function"} <= asked_points and str(strong) in _WHAT_CAN_I_DO_FAQ:
        return Reply(ANSWER, (hit(_WHAT_CAN_I_DO_FAQ[str(strong)]),))  # what it records, and for
    point_words = card_points.points_left(point_words, task_words, getting, obtain, pointed, tokens)
    described = obtain and (set(tasks) <= _MEANS_TASKS or describes(str(card), tasks))
    if getting and f"get{card}" in knowledge.TASKS and described:
        task_words = []  # "the card for buses and libraries, how does she get one"
    electronic = engine.index().names.electronic  # "quiero la tarjeta social en el celular"
    online = electronic.get(str(card), str(card)) if set(tasks) & _MEANS_TASKS else None
    if obtain and f"get{online}" in knowledge.TASKS:  # "get my medical insurance on my phone"
        return Reply(ANSWER, unique([hit(Task(f"get{online}").pack()), *found])[:3])
    if getting and card in (None, "social", "esocial") and not (card is None and each) and (
        weighing.from_the_physical(tokens, tasks)
    ):  # not "how to get each card, physical or digital"
        return Reply(ANSWER, unique([hit(Task("getesocial").pack()), *found])[:3])
    if obtain and card is None and best(question_words)[:1] == [Tasks().pack()]:
        return Reply(ANSWER, (hit(Tasks("getcard").pack()),))  # "the guide to getting them"
    if card_points.no_app_task(strong, point_words):  # "a real card or just an app?"
        task_words = [item for item in task_words if item.target != "online"]
        tasks = [node for node in tasks if node not in _MEANS_TASKS]
    # The target with the most words found decides; between a common question and a task
    # found as widely, the one the question's stems favour (BM25); else the first here.
    if strong and not (point_words or does_words) and card_points.asks_what_it_is(tokens, in_names):
        return Reply(ANSWER, unique([hit(Card(strong).pack()), *found])[:3])
    readings: tuple[tuple[list[Found], list[str]], ...] = (
        (question_words, best(question_words)[:1]),
        (point_words, [Card(str(pointed), point).pack() for point in best(point_words)[:1]]),
        (does_words, [_WHAT_CAN_I_DO_FAQ.get(str(card), Does(str(card)).pack())]),
        (task_words, tasks),
    )
    free = [t for i, t in enumerate(tokens) if i not in in_names and t not in CARD_WORDS]
    widest = weighing.widest(readings, free, detected)
    if widest:
        return Reply(ANSWER, unique([hit(node) for node in widest] + list(found))[:3])

    if card is not None and getting:
        if f"get{card}" in knowledge.TASKS:
            return Reply(ANSWER, unique([hit(Task(f"get{card}").pack()), *found])[:3])
        return Reply(NOT_COVERED, (hit(Card(card).pack(), CLOSE_SCORE),), gap="getting")

    if getting and card is None and (EACH_WORDS.intersection(tokens) or any_card(tokens)):
        return Reply(ANSWER, (hit(Tasks("getcard").pack()),))  # "how do I get each of them"
    if lists and all_taken(tokens, lists):
        return Reply(ANSWER, (hit(best(lists)[0]),))
    if asks_for_the_law(lists, found, tokens) and strong is None and not numbers:
        return Reply(ANSWER, unique([hit("law"), *found])[:3])
    return last_reading(found, named, free, detected, getting, lambda node, close: hit(
        node, CLOSE_SCORE if close else TASK_SCORE), gap_words, small)  # fmt: skip
