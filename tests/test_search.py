"""Search: accuracy on the phrasing set (a tuning part and a held-out part), junk, speed smoke.

The held-out third is fixed by a hash of each phrasing's text; nothing was tuned on it, and its
misses are never printed (only its figures), so that it stays held out.
"""

from __future__ import annotations

import hashlib
import random
import time
from collections import Counter
from collections.abc import Iterator

import pytest

from bot.knowledge import CARDS, FAQS, LAWS, POINTS, TASK_GROUPS, TASKS
from bot.search import DID_YOU_MEAN, GREETING, NOT_COVERED, THANKS, Reply, understand
from bot.search.judging import judge
from bot.search.text import detect_language
from tests.reliability.figures import NOTES
from tests.search_phrasings import PHRASINGS as FIRST_SET
from tests.search_phrasings_eighteenth import EIGHTEENTH
from tests.search_phrasings_eighth import EIGHTH
from tests.search_phrasings_eightieth import EIGHTIETH
from tests.search_phrasings_eightyeighth import EIGHTYEIGHTH
from tests.search_phrasings_eightyfifth import EIGHTYFIFTH
from tests.search_phrasings_eightyfirst import EIGHTYFIRST
from tests.search_phrasings_eightyfourth import EIGHTYFOURTH
from tests.search_phrasings_eightyninth import EIGHTYNINTH
from tests.search_phrasings_eightysecond import EIGHTYSECOND
from tests.search_phrasings_eightyseventh import EIGHTYSEVENTH
from tests.search_phrasings_eightysixth import EIGHTYSIXTH
from tests.search_phrasings_eightythird import EIGHTYTHIRD
from tests.search_phrasings_eleventh import ELEVENTH
from tests.search_phrasings_fifteenth import FIFTEENTH
from tests.search_phrasings_fifth import FIFTH
from tests.search_phrasings_fiftieth import FIFTIETH
from tests.search_phrasings_fiftyeighth import FIFTYEIGHTH
from tests.search_phrasings_fiftyfifth import FIFTYFIFTH
from tests.search_phrasings_fiftyfirst import FIFTYFIRST
from tests.search_phrasings_fiftyfourth import FIFTYFOURTH
from tests.search_phrasings_fiftyninth import FIFTYNINTH
from tests.search_phrasings_fiftysecond import FIFTYSECOND
from tests.search_phrasings_fiftyseventh import FIFTYSEVENTH
from tests.search_phrasings_fiftysixth import FIFTYSIXTH
from tests.search_phrasings_fiftythird import FIFTYTHIRD
from tests.search_phrasings_fortieth import FORTIETH
from tests.search_phrasings_fortyeighth import FORTYEIGHTH
from tests.search_phrasings_fortyfifth import FORTYFIFTH
from tests.search_phrasings_fortyfirst import FORTYFIRST
from tests.search_phrasings_fortyfourth import FORTYFOURTH
from tests.search_phrasings_fortyninth import FORTYNINTH
from tests.search_phrasings_fortysecond import FORTYSECOND
from tests.search_phrasings_fortyseventh import FORTYSEVENTH
from tests.search_phrasings_fortysixth import FORTYSIXTH
from tests.search_phrasings_fortythird import FORTYTHIRD
from tests.search_phrasings_fourteenth import FOURTEENTH
from tests.search_phrasings_fourth import FOURTH
from tests.search_phrasings_fresh import FRESH
from tests.search_phrasings_hundredeighteenth import HUNDREDEIGHTEENTH
from tests.search_phrasings_hundredeighth import HUNDREDEIGHTH
from tests.search_phrasings_hundredeightieth import HUNDREDEIGHTIETH
from tests.search_phrasings_hundredeightyeighth import HUNDREDEIGHTYEIGHTH
from tests.search_phrasings_hundredeightyfifth import HUNDREDEIGHTYFIFTH
from tests.search_phrasings_hundredeightyfirst import HUNDREDEIGHTYFIRST
from tests.search_phrasings_hundredeightyfourth import HUNDREDEIGHTYFOURTH
from tests.search_phrasings_hundredeightyninth import HUNDREDEIGHTYNINTH
from tests.search_phrasings_hundredeightysecond import HUNDREDEIGHTYSECOND
from tests.search_phrasings_hundredeightyseventh import HUNDREDEIGHTYSEVENTH
from tests.search_phrasings_hundredeightysixth import HUNDREDEIGHTYSIXTH
from tests.search_phrasings_hundredeightythird import HUNDREDEIGHTYTHIRD
from tests.search_phrasings_hundredeleventh import HUNDREDELEVENTH
from tests.search_phrasings_hundredfifteenth import HUNDREDFIFTEENTH
from tests.search_phrasings_hundredfifth import HUNDREDFIFTH
from tests.search_phrasings_hundredfiftieth import HUNDREDFIFTIETH
from tests.search_phrasings_hundredfiftyeighth import HUNDREDFIFTYEIGHTH
from tests.search_phrasings_hundredfiftyfifth import HUNDREDFIFTYFIFTH
from tests.search_phrasings_hundredfiftyfirst import HUNDREDFIFTYFIRST
from tests.search_phrasings_hundredfiftyfourth import HUNDREDFIFTYFOURTH
from tests.search_phrasings_hundredfiftyninth import HUNDREDFIFTYNINTH
from tests.search_phrasings_hundredfiftysecond import HUNDREDFIFTYSECOND
from tests.search_phrasings_hundredfiftyseventh import HUNDREDFIFTYSEVENTH
from tests.search_phrasings_hundredfiftysixth import HUNDREDFIFTYSIXTH
from tests.search_phrasings_hundredfiftythird import HUNDREDFIFTYTHIRD
from tests.search_phrasings_hundredfirst import HUNDREDFIRST
from tests.search_phrasings_hundredfortieth import HUNDREDFORTIETH
from tests.search_phrasings_hundredfortyeighth import HUNDREDFORTYEIGHTH
from tests.search_phrasings_hundredfortyfifth import HUNDREDFORTYFIFTH
from tests.search_phrasings_hundredfortyfirst import HUNDREDFORTYFIRST
from tests.search_phrasings_hundredfortyfourth import HUNDREDFORTYFOURTH
from tests.search_phrasings_hundredfortyninth import HUNDREDFORTYNINTH
from tests.search_phrasings_hundredfortysecond import HUNDREDFORTYSECOND
from tests.search_phrasings_hundredfortyseventh import HUNDREDFORTYSEVENTH
from tests.search_phrasings_hundredfortysixth import HUNDREDFORTYSIXTH
from tests.search_phrasings_hundredfortythird import HUNDREDFORTYTHIRD
from tests.search_phrasings_hundredfourteenth import HUNDREDFOURTEENTH
from tests.search_phrasings_hundredfourth import HUNDREDFOURTH
from tests.search_phrasings_hundrednineteenth import HUNDREDNINETEENTH
from tests.search_phrasings_hundredninetieth import HUNDREDNINETIETH
from tests.search_phrasings_hundredninetyeighth import HUNDREDNINETYEIGHTH
from tests.search_phrasings_hundredninetyfifth import HUNDREDNINETYFIFTH
from tests.search_phrasings_hundredninetyfirst import HUNDREDNINETYFIRST
from tests.search_phrasings_hundredninetyfourth import HUNDREDNINETYFOURTH
from tests.search_phrasings_hundredninetyninth import HUNDREDNINETYNINTH
from tests.search_phrasings_hundredninetysecond import HUNDREDNINETYSECOND
from tests.search_phrasings_hundredninetyseventh import HUNDREDNINETYSEVENTH
from tests.search_phrasings_hundredninetysixth import HUNDREDNINETYSIXTH
from tests.search_phrasings_hundredninetythird import HUNDREDNINETYTHIRD
from tests.search_phrasings_hundredninth import HUNDREDNINTH
from tests.search_phrasings_hundredsecond import HUNDREDSECOND
from tests.search_phrasings_hundredseventeenth import HUNDREDSEVENTEENTH
from tests.search_phrasings_hundredseventh import HUNDREDSEVENTH
from tests.search_phrasings_hundredseventieth import HUNDREDSEVENTIETH
from tests.search_phrasings_hundredseventyeighth import HUNDREDSEVENTYEIGHTH
from tests.search_phrasings_hundredseventyfifth import HUNDREDSEVENTYFIFTH
from tests.search_phrasings_hundredseventyfirst import HUNDREDSEVENTYFIRST
from tests.search_phrasings_hundredseventyfourth import HUNDREDSEVENTYFOURTH
from tests.search_phrasings_hundredseventyninth import HUNDREDSEVENTYNINTH
from tests.search_phrasings_hundredseventysecond import HUNDREDSEVENTYSECOND
from tests.search_phrasings_hundredseventyseventh import HUNDREDSEVENTYSEVENTH
from tests.search_phrasings_hundredseventysixth import HUNDREDSEVENTYSIXTH
from tests.search_phrasings_hundredseventythird import HUNDREDSEVENTYTHIRD
from tests.search_phrasings_hundredsixteenth import HUNDREDSIXTEENTH
from tests.search_phrasings_hundredsixth import HUNDREDSIXTH
from tests.search_phrasings_hundredsixtieth import HUNDREDSIXTIETH
from tests.search_phrasings_hundredsixtyeighth import HUNDREDSIXTYEIGHTH
from tests.search_phrasings_hundredsixtyfifth import HUNDREDSIXTYFIFTH
from tests.search_phrasings_hundredsixtyfirst import HUNDREDSIXTYFIRST
from tests.search_phrasings_hundredsixtyfourth import HUNDREDSIXTYFOURTH
from tests.search_phrasings_hundredsixtyninth import HUNDREDSIXTYNINTH
from tests.search_phrasings_hundredsixtysecond import HUNDREDSIXTYSECOND
from tests.search_phrasings_hundredsixtyseventh import HUNDREDSIXTYSEVENTH
from tests.search_phrasings_hundredsixtysixth import HUNDREDSIXTYSIXTH
from tests.search_phrasings_hundredsixtythird import HUNDREDSIXTYTHIRD
from tests.search_phrasings_hundredtenth import HUNDREDTENTH
from tests.search_phrasings_hundredth import HUNDREDTH
from tests.search_phrasings_hundredthird import HUNDREDTHIRD
from tests.search_phrasings_hundredthirteenth import HUNDREDTHIRTEENTH
from tests.search_phrasings_hundredthirtieth import HUNDREDTHIRTIETH
from tests.search_phrasings_hundredthirtyeighth import HUNDREDTHIRTYEIGHTH
from tests.search_phrasings_hundredthirtyfifth import HUNDREDTHIRTYFIFTH
from tests.search_phrasings_hundredthirtyfirst import HUNDREDTHIRTYFIRST
from tests.search_phrasings_hundredthirtyfourth import HUNDREDTHIRTYFOURTH
from tests.search_phrasings_hundredthirtyninth import HUNDREDTHIRTYNINTH
from tests.search_phrasings_hundredthirtysecond import HUNDREDTHIRTYSECOND
from tests.search_phrasings_hundredthirtyseventh import HUNDREDTHIRTYSEVENTH
from tests.search_phrasings_hundredthirtysixth import HUNDREDTHIRTYSIXTH
from tests.search_phrasings_hundredthirtythird import HUNDREDTHIRTYTHIRD
from tests.search_phrasings_hundredtwelfth import HUNDREDTWELFTH
from tests.search_phrasings_hundredtwentieth import HUNDREDTWENTIETH
from tests.search_phrasings_hundredtwentyeighth import HUNDREDTWENTYEIGHTH
from tests.search_phrasings_hundredtwentyfifth import HUNDREDTWENTYFIFTH
from tests.search_phrasings_hundredtwentyfirst import HUNDREDTWENTYFIRST
from tests.search_phrasings_hundredtwentyfourth import HUNDREDTWENTYFOURTH
from tests.search_phrasings_hundredtwentyninth import HUNDREDTWENTYNINTH
from tests.search_phrasings_hundredtwentysecond import HUNDREDTWENTYSECOND
from tests.search_phrasings_hundredtwentyseventh import HUNDREDTWENTYSEVENTH
from tests.search_phrasings_hundredtwentysixth import HUNDREDTWENTYSIXTH
from tests.search_phrasings_hundredtwentythird import HUNDREDTWENTYTHIRD
from tests.search_phrasings_nineteenth import NINETEENTH
from tests.search_phrasings_ninetieth import NINETIETH
from tests.search_phrasings_ninetyeighth import NINETYEIGHTH
from tests.search_phrasings_ninetyfifth import NINETYFIFTH
from tests.search_phrasings_ninetyfirst import NINETYFIRST
from tests.search_phrasings_ninetyfourth import NINETYFOURTH
from tests.search_phrasings_ninetyninth import NINETYNINTH
from tests.search_phrasings_ninetysecond import NINETYSECOND
from tests.search_phrasings_ninetyseventh import NINETYSEVENTH
from tests.search_phrasings_ninetysixth import NINETYSIXTH
from tests.search_phrasings_ninetythird import NINETYTHIRD
from tests.search_phrasings_ninth import NINTH
from tests.search_phrasings_seventeenth import SEVENTEENTH
from tests.search_phrasings_seventh import SEVENTH
from tests.search_phrasings_seventieth import SEVENTIETH
from tests.search_phrasings_seventyeighth import SEVENTYEIGHTH
from tests.search_phrasings_seventyfifth import SEVENTYFIFTH
from tests.search_phrasings_seventyfirst import SEVENTYFIRST
from tests.search_phrasings_seventyfourth import SEVENTYFOURTH
from tests.search_phrasings_seventyninth import SEVENTYNINTH
from tests.search_phrasings_seventysecond import SEVENTYSECOND
from tests.search_phrasings_seventyseventh import SEVENTYSEVENTH
from tests.search_phrasings_seventysixth import SEVENTYSIXTH
from tests.search_phrasings_seventythird import SEVENTYTHIRD
from tests.search_phrasings_sixteenth import SIXTEENTH
from tests.search_phrasings_sixth import SIXTH
from tests.search_phrasings_sixtieth import SIXTIETH
from tests.search_phrasings_sixtyeighth import SIXTYEIGHTH
from tests.search_phrasings_sixtyfifth import SIXTYFIFTH
from tests.search_phrasings_sixtyfirst import SIXTYFIRST
from tests.search_phrasings_sixtyfourth import SIXTYFOURTH
from tests.search_phrasings_sixtyninth import SIXTYNINTH
from tests.search_phrasings_sixtysecond import SIXTYSECOND
from tests.search_phrasings_sixtyseventh import SIXTYSEVENTH
from tests.search_phrasings_sixtysixth import SIXTYSIXTH
from tests.search_phrasings_sixtythird import SIXTYTHIRD
from tests.search_phrasings_tenth import TENTH
from tests.search_phrasings_third import THIRD
from tests.search_phrasings_thirteenth import THIRTEENTH
from tests.search_phrasings_thirtieth import THIRTIETH
from tests.search_phrasings_thirtyeighth import THIRTYEIGHTH
from tests.search_phrasings_thirtyfifth import THIRTYFIFTH
from tests.search_phrasings_thirtyfirst import THIRTYFIRST
from tests.search_phrasings_thirtyfourth import THIRTYFOURTH
from tests.search_phrasings_thirtyninth import THIRTYNINTH
from tests.search_phrasings_thirtysecond import THIRTYSECOND
from tests.search_phrasings_thirtyseventh import THIRTYSEVENTH
from tests.search_phrasings_thirtysixth import THIRTYSIXTH
from tests.search_phrasings_thirtythird import THIRTYTHIRD
from tests.search_phrasings_twelfth import TWELFTH
from tests.search_phrasings_twentieth import TWENTIETH
from tests.search_phrasings_twentyeighth import TWENTYEIGHTH
from tests.search_phrasings_twentyfifth import TWENTYFIFTH
from tests.search_phrasings_twentyfirst import TWENTYFIRST
from tests.search_phrasings_twentyfourth import TWENTYFOURTH
from tests.search_phrasings_twentyninth import TWENTYNINTH
from tests.search_phrasings_twentysecond import TWENTYSECOND
from tests.search_phrasings_twentyseventh import TWENTYSEVENTH
from tests.search_phrasings_twentysixth import TWENTYSIXTH
from tests.search_phrasings_twentythird import TWENTYTHIRD
from tests.search_phrasings_twohundredeighth import TWOHUNDREDEIGHTH
from tests.search_phrasings_twohundredeleventh import TWOHUNDREDELEVENTH
from tests.search_phrasings_twohundredfifth import TWOHUNDREDFIFTH
from tests.search_phrasings_twohundredfirst import TWOHUNDREDFIRST
from tests.search_phrasings_twohundredfourth import TWOHUNDREDFOURTH
from tests.search_phrasings_twohundredninth import TWOHUNDREDNINTH
from tests.search_phrasings_twohundredsecond import TWOHUNDREDSECOND
from tests.search_phrasings_twohundredseventh import TWOHUNDREDSEVENTH
from tests.search_phrasings_twohundredsixth import TWOHUNDREDSIXTH
from tests.search_phrasings_twohundredtenth import TWOHUNDREDTENTH
from tests.search_phrasings_twohundredth import TWOHUNDREDTH
from tests.search_phrasings_twohundredthird import TWOHUNDREDTHIRD
from tests.search_phrasings_twohundredthirteenth import TWOHUNDREDTHIRTEENTH
from tests.search_phrasings_twohundredtwelfth import TWOHUNDREDTWELFTH


def _once(*sets: tuple[tuple[str, str, str, str | tuple[str, ...]], ...]) -> tuple[
    tuple[str, str, str, str | tuple[str, ...]], ...
]:
    """The sets one after another, a text already seen ("hospital", "farmacia") counted once."""
    seen: set[str] = set()
    out = []
    for entry in (entry for phrasings in sets for entry in phrasings):
        if entry[2] not in seen:
            seen.add(entry[2])
            out.append(entry)
    return tuple(out)


# The first set, then two more, each written later by someone who had seen neither the search
# nor the sets before it, then a fourth, a fifth and a sixth, each written from the seeds before
# its results were seen, then the seventh to the twenty-eighth, written two at a time by
# twenty-two more people who had seen neither the search nor any set (each pair read once before the
# search was tuned on it), then the twenty-ninth to the seventieth, written seven at a time the
# same way (each round read once before the search was tuned on it; the last after the last
# change), then the seventy-first to the hundred-and-eighth, written five or seven at a time the
# same way with a rewritten brief (each round read once before the search was tuned on it), then
# the hundred-and-ninth to the hundred-and-fiftieth, written seven at a time the same way, then
# the hundred-and-fifty-first to the two-hundred-and-sixth, seven at a time, each round read
# once with the learned reading before its model was trained on them (the last with a brief that
# states which screen the product opens for the questions writers disagreed on). All are split by
# the same hash; the held-out part is never tuned on, nor trained on.
SETS = (
    FIRST_SET, FRESH, THIRD, FOURTH, FIFTH, SIXTH, SEVENTH, EIGHTH, NINTH, TENTH, ELEVENTH,
    TWELFTH, THIRTEENTH, FOURTEENTH, FIFTEENTH, SIXTEENTH, SEVENTEENTH, EIGHTEENTH, NINETEENTH,
    TWENTIETH, TWENTYFIRST, TWENTYSECOND, TWENTYTHIRD, TWENTYFOURTH, TWENTYFIFTH, TWENTYSIXTH,
    TWENTYSEVENTH, TWENTYEIGHTH, TWENTYNINTH, THIRTIETH, THIRTYFIRST, THIRTYSECOND, THIRTYTHIRD,
    THIRTYFOURTH, THIRTYFIFTH, THIRTYSIXTH, THIRTYSEVENTH, THIRTYEIGHTH, THIRTYNINTH, FORTIETH,
    FORTYFIRST, FORTYSECOND, FORTYTHIRD, FORTYFOURTH, FORTYFIFTH, FORTYSIXTH, FORTYSEVENTH,
    FORTYEIGHTH, FORTYNINTH, FIFTIETH, FIFTYFIRST, FIFTYSECOND, FIFTYTHIRD, FIFTYFOURTH,
    FIFTYFIFTH, FIFTYSIXTH, FIFTYSEVENTH, FIFTYEIGHTH, FIFTYNINTH, SIXTIETH, SIXTYFIRST,
    SIXTYSECOND, SIXTYTHIRD, SIXTYFOURTH, SIXTYFIFTH, SIXTYSIXTH, SIXTYSEVENTH, SIXTYEIGHTH,
    SIXTYNINTH, SEVENTIETH, SEVENTYFIRST, SEVENTYSECOND, SEVENTYTHIRD, SEVENTYFOURTH,
    SEVENTYFIFTH, SEVENTYSIXTH, SEVENTYSEVENTH, SEVENTYEIGHTH, SEVENTYNINTH, EIGHTIETH,
    EIGHTYFIRST, EIGHTYSECOND, EIGHTYTHIRD, EIGHTYFOURTH, EIGHTYFIFTH, EIGHTYSIXTH,
    EIGHTYSEVENTH, EIGHTYEIGHTH, EIGHTYNINTH, NINETIETH, NINETYFIRST, NINETYSECOND, NINETYTHIRD,
    NINETYFOURTH, NINETYFIFTH, NINETYSIXTH, NINETYSEVENTH, NINETYEIGHTH, NINETYNINTH, HUNDREDTH,
    HUNDREDFIRST, HUNDREDSECOND, HUNDREDTHIRD, HUNDREDFOURTH, HUNDREDFIFTH, HUNDREDSIXTH,
    HUNDREDSEVENTH, HUNDREDEIGHTH, HUNDREDNINTH, HUNDREDTENTH, HUNDREDELEVENTH, HUNDREDTWELFTH,
    HUNDREDTHIRTEENTH, HUNDREDFOURTEENTH, HUNDREDFIFTEENTH, HUNDREDSIXTEENTH,
    HUNDREDSEVENTEENTH, HUNDREDEIGHTEENTH, HUNDREDNINETEENTH, HUNDREDTWENTIETH,
    HUNDREDTWENTYFIRST, HUNDREDTWENTYSECOND, HUNDREDTWENTYTHIRD, HUNDREDTWENTYFOURTH,
    HUNDREDTWENTYFIFTH, HUNDREDTWENTYSIXTH, HUNDREDTWENTYSEVENTH, HUNDREDTWENTYEIGHTH,
    HUNDREDTWENTYNINTH, HUNDREDTHIRTIETH, HUNDREDTHIRTYFIRST, HUNDREDTHIRTYSECOND,
    HUNDREDTHIRTYTHIRD, HUNDREDTHIRTYFOURTH, HUNDREDTHIRTYFIFTH, HUNDREDTHIRTYSIXTH,
    HUNDREDTHIRTYSEVENTH, HUNDREDTHIRTYEIGHTH, HUNDREDTHIRTYNINTH, HUNDREDFORTIETH,
    HUNDREDFORTYFIRST, HUNDREDFORTYSECOND, HUNDREDFORTYTHIRD, HUNDREDFORTYFOURTH,
    HUNDREDFORTYFIFTH, HUNDREDFORTYSIXTH, HUNDREDFORTYSEVENTH, HUNDREDFORTYEIGHTH,
    HUNDREDFORTYNINTH, HUNDREDFIFTIETH, HUNDREDFIFTYFIRST, HUNDREDFIFTYSECOND,
    HUNDREDFIFTYTHIRD, HUNDREDFIFTYFOURTH, HUNDREDFIFTYFIFTH, HUNDREDFIFTYSIXTH,
    HUNDREDFIFTYSEVENTH, HUNDREDFIFTYEIGHTH, HUNDREDFIFTYNINTH, HUNDREDSIXTIETH,
    HUNDREDSIXTYFIRST, HUNDREDSIXTYSECOND, HUNDREDSIXTYTHIRD, HUNDREDSIXTYFOURTH,
    HUNDREDSIXTYFIFTH, HUNDREDSIXTYSIXTH, HUNDREDSIXTYSEVENTH, HUNDREDSIXTYEIGHTH,
    HUNDREDSIXTYNINTH, HUNDREDSEVENTIETH, HUNDREDSEVENTYFIRST, HUNDREDSEVENTYSECOND,
    HUNDREDSEVENTYTHIRD, HUNDREDSEVENTYFOURTH, HUNDREDSEVENTYFIFTH, HUNDREDSEVENTYSIXTH,
    HUNDREDSEVENTYSEVENTH, HUNDREDSEVENTYEIGHTH, HUNDREDSEVENTYNINTH, HUNDREDEIGHTIETH,
    HUNDREDEIGHTYFIRST, HUNDREDEIGHTYSECOND, HUNDREDEIGHTYTHIRD, HUNDREDEIGHTYFOURTH,
    HUNDREDEIGHTYFIFTH, HUNDREDEIGHTYSIXTH, HUNDREDEIGHTYSEVENTH, HUNDREDEIGHTYEIGHTH,
    HUNDREDEIGHTYNINTH, HUNDREDNINETIETH, HUNDREDNINETYFIRST, HUNDREDNINETYSECOND,
    HUNDREDNINETYTHIRD, HUNDREDNINETYFOURTH, HUNDREDNINETYFIFTH, HUNDREDNINETYSIXTH,
    HUNDREDNINETYSEVENTH, HUNDREDNINETYEIGHTH, HUNDREDNINETYNINTH, TWOHUNDREDTH,
    TWOHUNDREDFIRST, TWOHUNDREDSECOND, TWOHUNDREDTHIRD, TWOHUNDREDFOURTH, TWOHUNDREDFIFTH,
    TWOHUNDREDSIXTH, TWOHUNDREDSEVENTH, TWOHUNDREDEIGHTH, TWOHUNDREDNINTH, TWOHUNDREDTENTH,
    TWOHUNDREDELEVENTH, TWOHUNDREDTWELFTH, TWOHUNDREDTHIRTEENTH,
)
PHRASINGS = _once(*SETS)

# Top-1 on the part tuned on (the learned reading is trained on it, so it is read almost whole);
# the held-out floor guards against regressions and sits just under what the held-out part
# measured when the search was last tuned (8,107 of 8,387 with the 206 sets, 96.66%, with the
# fitted trust of bot/search/trust.py; 8,089 with fixed margins; the target is 97%).
# The out-of-scope counts and those of short queries whose first inline result is not their
# topic are those measured then too (the target for both is none; the sets 186-192 and 200-206
# brought short queries in words the sources never use, "combi", "DNI", "imss": lexicon.toml has
# some of them). One tuned short query, "enrolment", was meant as a school's (not covered); the
# bot lists the insurance's first. No short query's inline list is empty (the target).
TUNED_TOP1_MIN = 0.99
HELD_OUT_TOP1_MIN = 0.965
TUNED_OOS_CONFIDENT_MAX = 2
HELD_OUT_OOS_CONFIDENT_MAX = 24
TUNED_SHORT_ASTRAY_MAX = 3
HELD_OUT_SHORT_ASTRAY_MAX = 17
HONEST = (NOT_COVERED, DID_YOU_MEAN)


def held_out(text: str) -> bool:
    return int(hashlib.sha256(text.encode()).hexdigest(), 16) % 3 == 0


def _expected(expected: str | tuple[str, ...]) -> tuple[str, ...]:
    return (expected,) if isinstance(expected, str) else expected


def _results() -> Iterator[tuple[str, str, str, bool, bool, Reply, tuple[str, ...]]]:
    for _language, kind, text, expected in PHRASINGS:
        wanted = _expected(expected)
        reply = understand(text)
        top1, top3 = judge(reply, wanted)
        yield ("held-out" if held_out(text) else "tuned"), kind, text, top1, top3, reply, wanted


def test_phrasing_set_is_large_balanced_and_valid() -> None:
    kinds = Counter(kind for _language, kind, _text, _expected in PHRASINGS)
    languages = Counter(language for language, *_rest in PHRASINGS)
    assert len(FIRST_SET) >= 300 and kinds["task"] >= 100
    assert kinds["short"] >= 60 and kinds["oos"] >= 40
    assert abs(languages["en"] - languages["es"]) <= len(PHRASINGS) // 10
    assert len({text for _language, _kind, text, _expected in PHRASINGS}) == len(PHRASINGS)
    for _language, _kind, _text, expected in PHRASINGS:
        for node in _expected(expected):
            assert _known(node), node


def _known(node: str) -> bool:
    name, *args = node.split(":")
    if name in ("none", "greeting", "cards", "law", "tasks") and not args:
        return True
    checks = {
        "card": lambda: args[0] in CARDS and (len(args) == 1 or args[1] in POINTS),
        "cmp": lambda: list(CARDS).index(args[0]) < list(CARDS).index(args[1]),
        "faq": lambda: 1 <= int(args[0]) <= len(FAQS),
        "law": lambda: args[0] in LAWS,
        "task": lambda: args[0] in TASKS,
        "tasks": lambda: args[0] in TASK_GROUPS,
    }
    return name in checks and checks[name]()


def test_accuracy_on_the_tuned_and_the_held_out_parts() -> None:
    table: dict[tuple[str, str], list[int]] = {}
    misses: list[str] = []
    for split, kind, text, top1, top3, reply, wanted in _results():
        for key in ((split, kind), (split, "all")):
            counts = table.setdefault(key, [0, 0, 0])
            counts[0] += 1
            counts[1] += top1
            counts[2] += top3
        if split == "tuned" and not top1:
            misses.append(f"{text!r}: expected {wanted}, got {reply.kind} {reply.hits[:3]}")
    lines = [f"search over {len(PHRASINGS)} phrasings (top-1 / top-3):"]
    for (split, kind), (n, first, within) in sorted(table.items()):
        lines.append(f"  {split:8} {kind:9} n={n:3}  {first / n:6.1%}  {within / n:6.1%}")
    NOTES.extend(lines)  # printed at the end of the run (tests/figures_report.py)
    NOTES.extend(f"  tuned top-1 miss: {miss}" for miss in misses)
    tuned, held = table[("tuned", "all")], table[("held-out", "all")]
    assert tuned[1] / tuned[0] >= TUNED_TOP1_MIN, misses
    assert held[1] / held[0] >= HELD_OUT_TOP1_MIN


def test_out_of_scope_questions_get_no_confident_answer() -> None:
    """Every out-of-scope question should get "not covered" or "Did you mean"; the test holds the
    counts that still get a confident answer to what they measured (the target is none)."""
    confident: dict[str, list[str]] = {"tuned": [], "held-out": []}
    for split, kind, text, top1, _top3, reply, _wanted in _results():
        if kind == "oos" and not top1:
            confident[split].append(f"{text!r}: {reply.kind} {reply.hits[:1]}")
    NOTES.append(
        f"  out-of-scope questions with a confident answer: tuned {len(confident['tuned'])},"
        f" held-out {len(confident['held-out'])}"
    )
    held_count = len(confident.pop("held-out"))  # a count: no failure may show its texts
    assert len(confident["tuned"]) <= TUNED_OOS_CONFIDENT_MAX, confident["tuned"]
    assert held_count <= HELD_OUT_OOS_CONFIDENT_MAX


def test_every_short_or_partial_query_finds_something() -> None:
    """Inline, no short or partial query of either part gets an empty list (the target). Its
    first result should be no gap (one the sources do not cover, "fonasa", the honest "not
    covered" first): no more than measured miss that, of either part (the target is none)."""
    from handlers.inline import nodes_for

    empty: list[str] = []
    astray: dict[bool, list[str]] = {True: [], False: []}
    for _language, kind, text, expected in PHRASINGS:
        if kind == "short":
            nodes = nodes_for(text)
            uncovered = "none" in _expected(expected)
            if not nodes:
                empty.append(text)
            elif nodes[0].startswith("gap:") != uncovered:
                astray[held_out(text)].append(text)
    NOTES.append(f"  short queries with an empty inline list: {len(empty)}; with another "
                 f"first result than their topic: tuned {len(astray[False])}, held-out "
                 f"{len(astray[True])}")  # fmt: skip
    assert not empty, len(empty)  # a count: no failure may show held-out texts
    held_count = len(astray.pop(True))
    assert len(astray[False]) <= TUNED_SHORT_ASTRAY_MAX, astray[False]
    assert held_count <= HELD_OUT_SHORT_ASTRAY_MAX


def test_questions_people_ask_reach_the_task_or_an_honest_reply() -> None:
    assert understand("what card do i use to take the subway").node == "task:transport"
    assert understand("¿Qué tarjeta llevo al hospital?").node == "task:hospital"
    assert understand("which law governs the social security card").node == "card:social:legal"
    lost = understand("I lost my social security card, what should I do?")
    assert lost.kind == NOT_COVERED and lost.gap == "lost"
    assert understand("Perdí mi tarjeta de seguridad social, ¿qué hago?").kind == NOT_COVERED
    foreign = understand("how can a foreigner get a social security card")
    assert foreign.kind == NOT_COVERED and "task:getsocial" in [h.node for h in foreign.hits]
    for text in ("hi", "hola", "Hello!"):
        assert understand(text).kind == GREETING, text
    for text in ("thanks", "gracias", "thank you!"):
        assert understand(text).kind == THANKS, text


def test_a_word_for_a_list_lists_it() -> None:
    assert understand("card").node == "cards"
    assert understand("tarjetas").node == "cards"
    assert understand("law").node == "law"
    assert understand("artículo").node == "law"
    assert understand("the 6 cards").node == "cards"


JUNK = (
    "what's the weather",
    "asdfgh",
    "😀😀😀",
    "🎉",
    "",
    "   ",
    "?!",
    "qwerty uiop zxcvbnm",
    "¿qué tiempo hace mañana?",
    "pizza delivery near me",
    "x" * 5000,
    "lorem ipsum dolor sit amet " * 200,
    "".join(chr(c) for c in range(0x1F300, 0x1F300 + 300)),
)


@pytest.mark.parametrize("query", JUNK)
def test_junk_is_not_answered(query: str) -> None:
    assert understand(query).kind in HONEST


_ALPHABETS = (
    (0x20, 0x7E),  # ASCII
    (0x00, 0x1F),  # control characters
    (0xC0, 0x24F),  # Latin with accents
    (0x300, 0x36F),  # combining marks
    (0x590, 0x5FF),  # Hebrew (RTL)
    (0x600, 0x6FF),  # Arabic (RTL)
    (0x200B, 0x202E),  # zero-width and direction marks
    (0x4E00, 0x4FFF),  # CJK
    (0x1F600, 0x1F64F),  # emoji
    (0xFE00, 0xFE0F),  # variation selectors
    (0xD800, 0xDFFF),  # lone surrogates
)


def test_random_unicode_never_raises() -> None:
    rng = random.Random(20240601)
    for length in range(257):
        for _ in range(3):
            query = "".join(chr(rng.randint(*rng.choice(_ALPHABETS))) for _ in range(length))
            reply = understand(query)
            detect_language(query)
            assert all(0 <= hit.score <= 100 for hit in reply.hits)


def test_long_input_is_capped() -> None:
    query = "health card " + "blah " * 20_000
    start = time.perf_counter()
    reply = understand(query)
    assert time.perf_counter() - start < 0.5
    assert reply.hits[0].node == "card:health"  # answered, or the closest topic of an honest reply


@pytest.mark.parametrize(
    ("query", "language"),
    [
        ("is the health card the same as a social security card?", "en"),
        ("what is the difference between the citizen card and the health card", "en"),
        ("¿la tarjeta sanitaria es una tarjeta de seguridad social?", "es"),
        ("¿cuál es mi número de seguridad social?", "es"),
        ("diferencia entre la tarjeta ciudadana y la tarjeta de salud", "es"),
        ("😀", None),
        ("", None),
        ("12345", None),
    ],
)
def test_detect_language(query: str, language: str | None) -> None:
    assert detect_language(query) == language


def test_benchmark_smoke() -> None:
    from benchmarks.search_bench import main

    result = main(["--repeat", "1", "--queries", "5"])
    assert result["queries"] == 5
    assert result["p99_ms"] >= result["p50_ms"] > 0
