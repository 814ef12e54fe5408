"""Inline mode never shows an empty list: small talk and words with nothing near them get the
task guide and the common questions (after the honest "not covered" for the latter)."""

from __future__ import annotations

from bot import knowledge
from handlers.inline import nodes_for

GUIDE = [f"task:{task}" for task in knowledge.TASKS]


def test_small_talk_inline_offers_where_to_start() -> None:
    for query in ("hola", "thanks", "buenos días"):
        nodes = nodes_for(query)
        assert nodes[: len(GUIDE)] == GUIDE, query
        assert "faq:1" in nodes


def test_a_word_with_nothing_near_it_is_not_covered_then_the_guide() -> None:
    for query in ("xyzzy", "qwrtplk"):
        nodes = nodes_for(query)
        assert nodes[0].startswith("gap:")
        assert nodes[1 : 1 + len(GUIDE)] == GUIDE


def test_a_gap_with_topics_near_it_keeps_them_instead_of_the_guide() -> None:
    nodes = nodes_for("lost my social security card")
    assert nodes[0] == "gap:lost" and "card:social" in nodes[1:3]
    assert not set(GUIDE) <= set(nodes)
