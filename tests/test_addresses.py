"""Node addresses and callback data: typed on the inside, the same bytes on the wire as before."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from telegram import CallbackQuery, Chat, Message, Update, User
from telegram.ext import CallbackQueryHandler

from bot import knowledge
from bot.addresses import (
    MAX_NODE,
    Address,
    Card,
    Cards,
    Compare,
    Does,
    Faq,
    Help,
    Home,
    Languages,
    Law,
    Node,
    Search,
    Source,
    Task,
    Tasks,
)
from bot.callbacks import (
    MAX_BYTES,
    Back,
    Broadcast,
    ChatLanguage,
    ChooseLanguage,
    DraftButton,
    Forget,
    Go,
    GoHome,
    JobControl,
    Picture,
    Tap,
    Translate,
)
from bot.screens import render
from bot.screens.graph import walk

# Every kind of node, and the string its buttons have always carried.
NODES: list[tuple[Node, str]] = [
    (Home(), "home"),
    (Search(), "search"),
    (Help(), "help"),
    (Languages(), "lang"),
    (Cards(), "cards"),
    (Card("health"), "card:health"),
    (Card("social", "legal"), "card:social:legal"),
    (Does("citizen"), "does:citizen"),
    (Compare(), "cmp"),
    (Compare("health"), "cmp:health"),
    (Compare("health", "social"), "cmp:health:social"),
    (Compare("health", "social", "issuer"), "cmp:health:social:issuer"),
    (Faq(), "faq"),
    (Faq(10), "faq:10"),
    (Law(), "law"),
    (Law("sil-58"), "law:sil-58"),
    (Tasks(), "tasks"),
    (Tasks("care"), "tasks:care"),
    (Task("hospital"), "task:hospital"),
    (Source(Compare("health", "social")), "src:cmp:health:social"),
    (Source(Law("ssc-2")), "src:law:ssc-2"),
]

TAPS: list[tuple[Tap, str]] = [
    (Go.to(Compare("health", "social")), "g:cmp:health:social"),
    (Go.to(Source(Faq(3)), page=2), "g:src:faq:3@2"),
    (Back(), "b"),
    (GoHome(), "h"),
    (ChooseLanguage("es"), "l:es"),
    (Forget(confirm=True), "f:yes"),
    (Forget(confirm=False), "f:no"),
    (Translate("es", Address(Card("health", "legal"))), "t:es|card:health:legal"),
    (JobControl("pause", 12), "B:ctl:pause:12"),
    (DraftButton("aud", "lang:es"), "B:aud:lang:es"),
    (DraftButton("x"), "B:x"),
    (ChatLanguage(-1001234567890, "es"), "C:l:-1001234567890:es"),
    (Picture("health", "social"), "P:health:social"),
    (Picture(), "P:overview"),
]

FORGED = [
    "", "cmp:health:health", "cmp:nope", "cmp::social", "card:health:nope", "card:", "faq:0",
    "faq:11", "faq:²", "faq:-1", "faq:1:2", "law:sil-99", "task:nope", "tasks:care:more",
    "src", "src:", "src:src:home", "src:nope", "home:x", "home@0", "home@1000", "home@x",
    "home@", "@2", "nope", "x" * (MAX_NODE + 1), "card:health\n", "CARD:health",
]


@pytest.mark.parametrize(("node", "packed"), NODES, ids=[p for _n, p in NODES])
def test_every_kind_packs_to_the_string_its_buttons_carry(node: Node, packed: str) -> None:
    assert node.pack() == packed
    assert Node.unpack(packed) == node
    assert render(node) is not None  # a renderer takes every kind


@pytest.mark.parametrize(("tap", "packed"), TAPS, ids=[p for _t, p in TAPS])
def test_every_button_kind_packs_to_the_bytes_of_old_buttons(tap: Tap, packed: str) -> None:
    assert tap.pack() == packed
    assert Tap.unpack(packed) == tap
    assert type(tap).unpack(packed) == tap
    assert isinstance(tap, Broadcast) == (Broadcast.unpack(packed) is not None)
    # Another kind's class does not take it.
    other = Back if not isinstance(tap, Back) else GoHome
    assert other.unpack(packed) is None


def test_every_node_the_menus_reach_round_trips_in_both_languages() -> None:
    for locale in ("en", "es"):
        for text in walk(locale=locale):
            address = Address.unpack(text)
            assert address is not None, text
            assert address.pack() == text
            assert Go(address).pack() == f"g:{text}"
            assert len(Go(address).pack().encode()) <= MAX_BYTES


def test_deep_link_payloads_round_trip_and_open_at_the_first_page() -> None:
    for node, packed in NODES:
        payload = node.to_payload()
        assert payload == packed.replace(":", "-")
        assert re.fullmatch(r"[A-Za-z0-9_-]{1,64}", payload), payload
        assert Node.from_payload(payload) == node
    assert Address(Source(Faq(2)), page=3).to_payload() == "src-faq-2"
    # A law article's own '-' is read back from `law-sil-58`.
    assert Node.from_payload("law-sil-58") == Law("sil-58")
    assert Node.unpack("law:sil:58") == Law("sil-58")  # paths saved from such links
    for forged in ("", "cmp:health", "faq 3", "faq-3@2", "ü", "x" * 65):
        assert Node.from_payload(forged) is None, forged


@pytest.mark.parametrize("text", FORGED)
def test_forged_and_unknown_nodes_unpack_to_nothing(text: str) -> None:
    assert Address.unpack(text) is None
    assert Tap.unpack(f"g:{text}") is None
    assert render(text) is None


def test_pages_are_addresses_of_the_same_node() -> None:
    assert Address.unpack("cmp:health:social@2") == Address(Compare("health", "social"), 2)
    assert Address(Compare("health", "social"), 1).pack() == "cmp:health:social"
    assert Address.unpack("src:law:sil-58@12") == Address(Source(Law("sil-58")), 12)


def test_over_long_data_is_refused_when_packed() -> None:
    with pytest.raises(ValueError, match="64 bytes"):
        Card("x" * MAX_NODE).pack()
    with pytest.raises(ValueError, match="64 bytes"):
        DraftButton("x" * MAX_BYTES).pack()


def test_old_buttons_of_each_kind_that_no_longer_fit_unpack_to_nothing() -> None:
    for data in ("g", "g:", "b:x", "h:x", "l", "l:", "f:maybe", "t:es", "t:es|nope", "t:|faq:1",
                 "C:l:abc:es", "C:x:1:es", "C:l:1", "P", "P:health", "P:a:b:c", "Z:1",
                 "B", "B:", "B:ctl:pause", "B:ctl:pause:x", "B:ctl::3",
                 "é" * 40):
        assert Tap.unpack(data) is None, data


@given(st.text(max_size=80))
def test_unpacking_any_text_never_raises_and_round_trips(text: str) -> None:
    address = Address.unpack(text)
    if address is not None:
        assert Address.unpack(address.pack()) == address
    tap = Tap.unpack(text)
    if tap is not None:
        assert Tap.unpack(tap.pack()) == tap
    Node.from_payload(text)


@given(st.lists(st.sampled_from(
    ["", "cmp", "card", "src", "faq", "law", "tasks", "task", "does", "home", "health", "social",
     "legal", "3", "sil", "58", "sil-58", "care", "hospital", "@2", "g", "P", "overview"]),
    max_size=6))
def test_near_miss_nodes_unpack_only_to_what_exists(parts: list[str]) -> None:
    address = Address.unpack(":".join(parts))
    if address is not None:
        assert address.node.valid()
        assert render(address.node) is not None or isinstance(address.node, Source)


def _press(data: str) -> Update:
    user = User(1, "Ann", is_bot=False)
    chat = Chat(1, Chat.PRIVATE)
    message = Message(7, datetime.now(UTC), chat)
    return Update(1, callback_query=CallbackQuery("q", user, "chat", message=message, data=data))


async def _noop(update: object, context: object) -> None:
    return None


def test_handlers_claim_their_kind_through_ptb_patterns() -> None:
    forget = CallbackQueryHandler(_noop, pattern=Forget.filter())
    language = CallbackQueryHandler(_noop, pattern=ChooseLanguage.claims())
    assert forget.check_update(_press("f:yes"))
    assert not forget.check_update(_press("f:maybe"))  # left to the menu's stale-button note
    assert language.check_update(_press("l:es"))
    assert language.check_update(_press("l:zz"))  # the handler says it is not available
    assert not language.check_update(_press("lang"))
    assert not language.check_update(_press("g:lang"))


def test_a_renderer_is_given_typed_fields() -> None:
    assert knowledge.faq(10) is not None and Faq(10).number == 10
    summary = render(Compare("health", "social"))
    assert summary is not None
    data = [b.callback_data for row in summary.rows for b in row]
    assert "g:cmp:social:health" in data and "P:health:social" in data
