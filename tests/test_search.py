"""The search over the knowledge base: accuracy on the phrasing set, junk, robustness, speed."""

from __future__ import annotations

import random
import time

import pytest

from bot.knowledge import CARDS, FAQS, LAWS
from bot.search import Hit, confident, detect_language, search
from tests.search_phrasings import PHRASINGS, PHRASINGS_EN, PHRASINGS_ES

TOP1_MIN = 0.95


def _accuracy() -> tuple[float, float, list[str]]:
    top1 = top3 = 0
    misses: list[str] = []
    for query, node in PHRASINGS:
        nodes = [hit.node for hit in search(query, limit=3)]
        top1 += bool(nodes) and nodes[0] == node
        top3 += node in nodes
        if not nodes or nodes[0] != node:
            misses.append(f"{query!r}: expected {node}, got {nodes}")
    return top1 / len(PHRASINGS), top3 / len(PHRASINGS), misses


def test_phrasing_set_is_balanced_and_valid() -> None:
    assert len(PHRASINGS) >= 70
    assert abs(len(PHRASINGS_EN) - len(PHRASINGS_ES)) <= len(PHRASINGS) // 5
    order = list(CARDS)
    for _query, node in PHRASINGS:
        kind, *args = node.split(":")
        if kind == "card":
            assert args[0] in CARDS
        elif kind == "cmp":
            assert order.index(args[0]) < order.index(args[1]), node
        elif kind == "faq":
            assert 1 <= int(args[0]) <= len(FAQS)
        else:
            assert kind == "law" and args[0] in LAWS, node


def test_accuracy(capsys: pytest.CaptureFixture[str]) -> None:
    top1, top3, misses = _accuracy()
    report = (
        f"search accuracy over {len(PHRASINGS)} phrasings: "
        f"top-1 {top1:.1%}, top-3 recall {top3:.1%}"
    )
    print(report)
    with capsys.disabled():
        print(f"\n{report}")
        for miss in misses:
            print(f"  top-1 miss: {miss}")
    assert top1 >= TOP1_MIN, misses
    assert top3 == 1.0, misses


def test_hits_are_well_formed() -> None:
    hits = search("¿la tarjeta sanitaria es una tarjeta de seguridad social?")
    assert hits and all(isinstance(hit, Hit) for hit in hits)
    assert [hit.score for hit in hits] == sorted((hit.score for hit in hits), reverse=True)
    assert all(0 <= hit.score <= 100 for hit in hits)
    assert hits[0].language == "es"
    assert search("is the health card a social security card?")[0].language == "en"
    assert len(search("health card", limit=1)) == 1
    assert search("health card", limit=0) == []


def test_ranking_rules() -> None:
    # Two cards and a question: the FAQ, then the comparison, then a profile.
    nodes = [hit.node for hit in search("is the health card a social security card?")]
    assert nodes == ["faq:1", "cmp:social:health", "card:health"]
    # Two cards without a FAQ: the comparison first.
    assert search("is the citizen card a health card?")[0].node == "cmp:health:citizen"
    # One card: its profile, then its FAQ.
    nodes = [hit.node for hit in search("citizen card")]
    assert nodes[:2] == ["card:citizen", "faq:3"]
    assert confident(search("health card"))


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
    assert not confident(search(query))


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
            chars = []
            for _ in range(length):
                low, high = rng.choice(_ALPHABETS)
                chars.append(chr(rng.randint(low, high)))
            query = "".join(chars)
            hits = search(query)
            confident(hits)
            detect_language(query)
            assert all(0 <= hit.score <= 100 for hit in hits)


def test_long_input_is_capped() -> None:
    query = "health card " + "blah " * 20_000
    start = time.perf_counter()
    hits = search(query)
    assert time.perf_counter() - start < 0.5
    assert hits and hits[0].node == "card:health"


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
