"""The words people use for what they need, per language: ``lexicon.toml`` beside this file.

Tables (each maps a language to words and phrases):
- ``tasks.<task id>``: what people call a task when they do not know which card does it;
- ``get``: asking how to get something (with a card named: the task of getting that card);
- ``lists.<cards|law|tasks>``: a word for a card, a law or a task on its own: the list of them;
- ``points.<point id>``: with one card named, a question about one point of it;
- ``what_can_i_do``: with one card named, what the card is good for;
- ``questions.<faq, law or tasks node>``: words of a common question (or of a law article's
  subject, or of where to start) that its own wording may lack;
- ``uncovered.<gap>``: topics the sources say nothing about (the honest "not covered");
- ``uncovered_for_a_card.<gap>``: the same, only when said of a card ("I lost my card", but
  "I lost my job" is a task);
- ``greetings`` and ``thanks``: whole messages of small talk.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

Words = Mapping[str, tuple[str, ...]]  # language -> words and phrases


def _load() -> dict[str, Any]:
    with (Path(__file__).with_name("lexicon.toml")).open("rb") as handle:
        return tomllib.load(handle)


def _words(table: Mapping[str, Any]) -> Words:
    return {language: tuple(phrases) for language, phrases in table.items()}


def _tables(tables: Mapping[str, Any]) -> Mapping[str, Words]:
    return {name: _words(table) for name, table in tables.items()}


_DATA = _load()
TASK_WORDS = _tables(_DATA["tasks"])
GET_WORDS = _words(_DATA["get"])
LIST_WORDS = _tables(_DATA["lists"])
POINT_WORDS = _tables(_DATA["points"])
WHAT_CAN_I_DO = _words(_DATA["what_can_i_do"])
QUESTION_WORDS = _tables(_DATA["questions"])
UNCOVERED_WORDS = _tables(_DATA["uncovered"])
UNCOVERED_FOR_A_CARD = _tables(_DATA["uncovered_for_a_card"])
GREETING_WORDS = _words(_DATA["greetings"])
THANKS_WORDS = _words(_DATA["thanks"])
