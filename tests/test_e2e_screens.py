"""Every screen, in both languages, through the real bot and the local Telegram."""

from __future__ import annotations

import re

import pytest

from bot import callbacks, knowledge
from bot.addresses import PAGE_MARK
from bot.app import BotApplication
from bot.emulator import LocalTelegram
from bot.screens.base import SCREEN_BUDGET
from bot.screens.graph import walk
from tests.harness import User

VERDICTS = {
    "en": ["No. The health card", "No, but the social security card has replaced",
           "No, though in some cities", "Yes. They are the same card", "No. They differ in three"],
    "es": ["No. La tarjeta de salud", "No, pero la tarjeta de seguridad social ha sustituido",
           "No, aunque en algunas ciudades", "Sí. Son la misma tarjeta",
           "No. Se diferencian en tres"],
}
LEGAL_BASIS = {"en": "Legal basis:", "es": "Base jurídica:"}
ARTICLE_BUTTON = {"en": "📜 Social Insurance Law, art. {n}",
                  "es": "📜 Ley de Seguro Social, art. {n}"}
# FAQ 5 also cites an article the source leaves unnumbered (tests/test_findings.py).
FAQ_ARTICLES = {1: (58, 74), 2: (58,), 3: (2, 74, 75), 4: (1, 2, 3, 4), 5: (2,)}
# "(2/3)" under a page: not part of the screen's budget.
PAGE_MARKER = re.compile(r"\n\n\(\d+/\d+\)$")




@pytest.mark.parametrize("language", ["en", "es"])
async def test_every_screen_fits_a_phone_and_every_page_names_its_subject(
    telegram: LocalTelegram, bot: BotApplication, language: str
) -> None:
    user = User(telegram, 100 if language == "en" else 101, language)
    menu = await user.send("/start")
    nodes = sorted(walk(locale=language))
    assert len(nodes) > 500
    shown: dict[str, str] = {}
    for node in nodes:
        screen = await user.press_data(menu.message_id, callbacks.go(node))
        assert "older menu" not in screen.text, node
        shown[node] = screen.text
        body = PAGE_MARKER.sub("", screen.text)
        assert 0 < len(body) <= SCREEN_BUDGET, (node, len(body))
    for node, text in shown.items():
        base, mark, page = node.partition(PAGE_MARK)
        if mark and page != "1":
            heading = shown[base].split("\n", 1)[0]
            assert text.startswith(heading + "\n"), (node, heading)
            assert PAGE_MARKER.search(text), node
    assert telegram.invalid_requests == []


@pytest.mark.parametrize("language", ["en", "es"])
async def test_seed_questions_give_their_verdicts_and_laws(
    telegram: LocalTelegram, bot: BotApplication, language: str
) -> None:
    user = User(telegram, 102 if language == "en" else 103, language)
    for number, verdict in enumerate(VERDICTS[language], start=1):
        answer = await user.send(f"/start faq-{number}")
        assert verdict in answer.text
        pages = [answer.text]
        while any("▶️" in label for label in user.labels(answer)):
            answer = await user.press(answer, "▶️")
            pages.append(answer.text)
        # One line per law, its articles in ascending order, each article a button.
        basis = "\n".join(pages).split(LEGAL_BASIS[language], 1)[1].split("\n\n")[0]
        listed = [int(n) for line in basis.split("\n") for n in re.findall(r"\b\d+\b", line)]
        assert sorted(listed) == sorted(FAQ_ARTICLES[number])
        for line in basis.strip().split("\n"):
            numbers = [int(n) for n in re.findall(r"\b\d+\b", line)]
            assert numbers == sorted(numbers), line
        labels = " ".join(user.labels(answer))
        many = len(FAQ_ARTICLES[number]) > 3
        for article in FAQ_ARTICLES[number]:
            assert many or ARTICLE_BUTTON[language].format(n=article) in labels
        item = knowledge.faq(number)
        assert item is not None
        if item.compare is not None:
            comparison = await user.press(answer, "⚖️")
            assert comparison.text.count("⚖️") == 1


async def test_every_pair_compares_and_swap_and_back_work(
    telegram: LocalTelegram, bot: BotApplication
) -> None:
    user = User(telegram, 104)
    cards = list(knowledge.CARDS)
    for i, a in enumerate(cards):
        for b in cards[i + 1 :]:
            first = await user.send(f"/start cmp-{a}")
            summary = await user.press_data(first.message_id, callbacks.go(f"cmp:{a}:{b}"))
            names = summary.text.split("\n", 1)[0]
            swapped = await user.press(summary, "Swap")
            assert swapped.text.split("\n", 1)[0] != names
            back = await user.press(swapped, "Back")
            assert back.text.split("\n", 1)[0] == names
            back = await user.press(back, "Back")
            assert "Now pick the card to compare it with" in back.text


async def test_back_after_a_deep_path_retraces_every_step(
    telegram: LocalTelegram, bot: BotApplication
) -> None:
    user = User(telegram, 105)
    screen = await user.send("/start")
    trail = [screen.text]
    for label in ("Compare two cards", "Health card", "Citizen card", "What it is for"):
        screen = await user.press(screen, label)
        trail.append(screen.text)
    for expected in reversed(trail[:-1]):
        screen = await user.press(screen, "Back")
        assert screen.text == expected


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ("cmp-health-social", "The health card is not a social security card"),
        ("card-citizen", "Citizen card"),
        ("faq-3", "No, though in some cities"),
        ("law-sil-58", "within 30 days"),
        ("nowhere-at-all", "That link does not lead anywhere I know"),
    ],
)
async def test_deep_links_open_their_screen(
    telegram: LocalTelegram, bot: BotApplication, payload: str, expected: str
) -> None:
    reply = await User(telegram, 106).send(f"/start {payload}")
    assert expected in reply.text


async def test_a_typed_question_in_spanish_offers_the_spanish_version(
    telegram: LocalTelegram, bot: BotApplication
) -> None:
    user = User(telegram, 107, "en")
    answer = await user.send("¿la tarjeta sanitaria es una tarjeta de seguridad social?")
    assert "No. The health card is not a social security card" in answer.text
    spanish = await user.press(answer, "Leer esto en español")
    assert "No. La tarjeta de salud no es una tarjeta de seguridad social" in spanish.text


async def test_an_unanswerable_question_says_so(
    telegram: LocalTelegram, bot: BotApplication
) -> None:
    answer = await User(telegram, 108).send("what is the weather in Madrid tomorrow?")
    assert answer.text.startswith("My sources do not cover this.")
