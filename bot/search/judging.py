"""What counts as reading a phrasing right: the tests, the cross-validation and the trust's
fitting (bot/search/training.py) all judge by this."""

from __future__ import annotations

from bot.search.reply import ANSWER, DID_YOU_MEAN, GREETING, NOT_COVERED, THANKS, Reply


def judge(reply: Reply, expected: tuple[str, ...]) -> tuple[bool, bool]:
    """(top-1 right, right within the first three): "none" wants an honest reply, "greeting"
    small talk, anything else its screen first."""
    if "none" in expected:
        honest = reply.kind in (NOT_COVERED, DID_YOU_MEAN)
        return honest, honest
    if "greeting" in expected:
        small = reply.kind in (GREETING, THANKS)
        return small, small
    nodes = [hit.node for hit in reply.hits]
    top1 = reply.kind == ANSWER and bool(nodes) and nodes[0] in expected
    return top1, any(node in expected for node in nodes[:3])
