"""Reading a query as the user types it: words cut short are read as the words they start."""

from __future__ import annotations

from functools import lru_cache

from bot.search import engine
from bot.search.complete import completions
from bot.search.intent import read
from bot.search.learned import Model, overrule
from bot.search.reply import ANSWER, DID_YOU_MEAN, GREETING, NOT_COVERED, THANKS, Reply, unique
from bot.search.smalltalk import FILLERS
from bot.search.spelling import is_word, spell
from bot.search.text import clip, detect_language, words

# At most this many words: a query typed as a search, where words may be cut short.
_SHORT_QUERY = 4


@lru_cache(maxsize=4096)  # bounded by maxsize, never by the number of users
def understand(text: str) -> Reply:
    """The reply to a typed question or an inline query; a last word typed in part is read as
    the first of its completions that gives an answer ("subw" as "subway"); a word before it
    typed in part, as its first completion ("seg soc card"); then the learned reading's word."""
    return overrule(*read_by_rules(text))


def understand_with(reader: Model, text: str) -> Reply:
    """`understand` with another learned model (cross-validation), uncached."""
    return overrule(*read_by_rules(text), reader)


def read_by_rules(text: str) -> tuple[Reply, str, bool]:
    """The rules' reply, the text as the search reads it, and whether it is a short query: what
    the learned reading is weighed against."""
    text = prepared(text)
    return _by_rules(text), text, len(words(text)) <= _SHORT_QUERY


def prepared(text: str) -> str:
    """The text as the search reads it: cut to length, words rejoined, completed and spelled."""
    return spell(_complete_inner(_rejoined(clip(text))))


def _by_rules(text: str) -> Reply:
    reply = read(text)
    tokens = words(text)
    if not tokens or not text[-1:].isalnum() or tokens[-1] in completions():
        return reply
    # A last word that is no word of the index is still being typed: its completions come
    # first ("social sec" is "social security", not the closest question with "sec" in it).
    unknown = tokens[-1] not in engine.index().known
    if reply.kind in (GREETING, THANKS) or (reply.kind == ANSWER and not unknown):
        return reply
    fallback = reply
    for word in completions().complete(tokens[-1], detect_language(text)):
        completed = read(" ".join((*tokens[:-1], word)))
        if completed.kind == ANSWER:
            return completed
        if fallback.kind == NOT_COVERED and (
            completed.kind == DID_YOU_MEAN or fallback.gap == "other" != completed.gap
        ):
            fallback = completed
    return fallback


def _complete_inner(text: str) -> str:
    """In a short query (typed as a search, not a sentence), every word but the last that is no
    word of the index and starts a known one ("seg", "transp") read as that word."""
    tokens = words(text)
    if len(tokens) > _SHORT_QUERY:
        return text
    known = engine.index().known
    language = detect_language(text)
    out = list(tokens)
    for i, token in enumerate(tokens[:-1]):
        if token not in known and token not in completions() and token not in FILLERS:
            found = completions().complete(token, language, limit=1)
            out[i] = found[0] if found else token
    if out == list(tokens):
        return text
    ending = "" if text[-1:].isalnum() else text[-1]
    return " ".join(out) + ending


def suggest(text: str) -> Reply:
    """For inline mode, as the user types: the reply, and when the last word is still being
    typed, what its first completions lead to as well ("med": medical card, doctor, medicine)."""
    reply = understand(text)
    text = _complete_inner(clip(text))
    tokens = words(text)
    if not tokens or not text[-1:].isalnum() or tokens[-1] in completions():
        return reply
    hits = list(reply.hits)
    for word in completions().complete(tokens[-1], detect_language(text)):
        hits += understand(" ".join((*tokens[:-1], word))).hits
    kind = reply.kind if reply.kind == ANSWER or not hits else ANSWER
    return Reply(kind, unique(hits), reply.gap)


def _rejoined(text: str) -> str:
    """A word split by a stray space ("tarjeta so cial") joined again, when its second part is
    no word at all and the two together are a word of the search."""
    parts = text.split(" ")
    known = engine.index().known
    for at in range(len(parts) - 1, 0, -1):
        joined = parts[at - 1] + parts[at]
        if parts[at].isalpha() and joined.lower() in known and not is_word(parts[at]):
            parts[at - 1 : at + 1] = [joined]
    return " ".join(parts)
