"""A language is one entry: a pseudo-language generated from English ("[Ŵḧëŕë ïš ...]") is
registered in bot/languages.py with catalogs of its own, and the bot speaks it everywhere: every
menu, the search, the language picker, the commands and the pictures."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po
from redis.asyncio import Redis

from bot import callbacks, knowledge, languages
from bot.app import BotApplication
from bot.config import Config
from bot.emulator import LocalTelegram
from bot.i18n import DOMAINS, LOCALES_DIR, _, compile_catalogs, use_locale
from bot.pictures.layout import PAD
from bot.pictures.render import PictureFiles
from bot.pictures.tables import grid_of, picture_ids
from bot.screens import render
from bot.screens.base import MAX_TEXT
from bot.screens.graph import walk
from bot.search import ANSWER, DID_YOU_MEAN, NOT_COVERED, understand
from bot.search.engine import index
from bot.search.text import detect_language
from bot.state.session import HOME
from bot.venue import Venue, use_venue
from handlers.questions import answer_screen
from tests.harness import User, running_bot

PSEUDO = "xx"
# Each letter with a mark that Unicode decomposes away, so that the search folds a pseudo word
# back to its English one; none of them is a letter Spanish writes.
_MARKS = dict(zip("abcdefghijklmnoprstuvwxyz", "ȧḃċďëḟĝĥïĵķľṁṅöṗŕšţüṽŵẋÿž", strict=True))
_LETTERS = {**_MARKS, **{a.upper(): b.upper() for a, b in _MARKS.items()}}
# Markup, placeholders and entities keep their letters.
_KEPT = re.compile(r"<[^>]*>|\{[^}]*\}|%\([^)]*\)[sd]|%[sd]|&#?\w+;")


def pseudo_words(text: str) -> str:
    """English with every letter marked ("Ĥëľľö"), markup and placeholders kept."""
    out, last = [], 0
    for kept in _KEPT.finditer(text):
        out += ["".join(_LETTERS.get(ch, ch) for ch in text[last:kept.start()]), kept.group()]
        last = kept.end()
    out.append("".join(_LETTERS.get(ch, ch) for ch in text[last:]))
    return "".join(out)


def pseudo(text: str) -> str:
    """A message of the pseudo-language: marked and bracketed, a little longer than English."""
    return f"[{pseudo_words(text)}]" if text else text


def write_catalogs(locales_dir: Path) -> None:
    """The pseudo-language's .po files, from the .pot of each domain, compiled as at install."""
    target = locales_dir / PSEUDO / "LC_MESSAGES"
    target.mkdir(parents=True)
    for domain in DOMAINS:
        with (LOCALES_DIR / f"{domain}.pot").open("rb") as pot:
            template = read_po(pot)
        catalog = Catalog(locale=None, domain=domain)
        for message in template:
            if not message.id:
                continue
            string = (tuple(pseudo(form) for form in message.id)
                      if isinstance(message.id, tuple) else pseudo(message.id))
            catalog.add(message.id, string, context=message.context)
        with (target / f"{domain}.po").open("wb") as po:
            write_po(po, catalog)
    assert len(compile_catalogs(locales_dir)) == len(DOMAINS)


@pytest.fixture(scope="module")
def pseudo_language(tmp_path_factory: pytest.TempPathFactory) -> Iterator[languages.Language]:
    locales_dir = tmp_path_factory.mktemp("locales")
    write_catalogs(locales_dir)
    # The search's index is built once per process: built before the pseudo-language joins,
    # so that no later test's index holds it. Its words fold to English ones, which it has.
    index()
    language = languages.Language(
        PSEUDO, pseudo_words("Pseudo"), "english",
        cue_letters=frozenset(_MARKS.values()), locales_dir=locales_dir)  # fmt: skip
    languages.register(language)
    yield language
    languages.unregister(PSEUDO)


def screen_text(node: str, locale: str, bot_username: str = "") -> str:
    """A node's screen as the bot sends it (HTML) in a private chat, in a language."""
    with use_locale(locale), use_venue(Venue(False, bot_username)):
        screen = render(node)
    assert screen is not None, node
    return screen.text


@pytest.fixture(name="bot")
async def bot_speaking_pseudo(
    telegram: LocalTelegram, default_config: Config, redis: Redis,
    pseudo_language: languages.Language,
) -> AsyncIterator[BotApplication]:
    """The real bot, started once the pseudo-language is registered."""
    async with running_bot(telegram, default_config, redis) as app:
        yield app


def test_pseudo_language_every_menu_screen_renders_in_it(
    pseudo_language: languages.Language,
) -> None:
    nodes = sorted(walk(locale=PSEUDO))
    assert len(nodes) > 300
    for node in nodes:
        with use_locale("en"):
            english = render(node)
        with use_locale(PSEUDO):
            screen = render(node)
        assert screen is not None, node
        assert 0 < len(screen.text) <= MAX_TEXT, node
        # Longer words make more pages than in English: a page English lacks has no twin.
        if english is not None:
            assert screen.text != english.text, node
            labels = [b.text for row in screen.rows for b in row]
            assert labels != [b.text for row in english.rows for b in row], node
        for row in screen.rows:
            for button in row:
                data = str(button.callback_data or "")
                assert len(data.encode()) <= callbacks.MAX_BYTES, (node, data)


async def test_pseudo_language_every_menu_through_telegram(
    telegram: LocalTelegram, bot: BotApplication
) -> None:
    user = User(telegram, 300, PSEUDO)  # Telegram says the user speaks it
    menu = await user.send("/start")
    assert menu.html == screen_text(HOME, PSEUDO)
    username = bot.bot.username
    for node in sorted(walk(locale=PSEUDO)):
        shown = await user.press_data(menu.message_id, callbacks.go(node))
        assert shown.html == screen_text(node, PSEUDO, username), node
        assert 0 < len(shown.text) <= 4096
    # The commands and descriptions were published in it too.
    with use_locale(PSEUDO):
        description = _("Which card is which? Six cards used in China, explained with their "
                        "sources.")
    assert telegram.world.short_descriptions[PSEUDO] == description
    assert telegram.invalid_requests == []


QUESTIONS = [faq.question for faq in knowledge.FAQS] + [
    "what is the citizen card for", "health card vs medical insurance card",
    "how do I renew my passport",
]


async def test_pseudo_language_questions_get_an_answer_or_the_honest_reply(
    telegram: LocalTelegram, bot: BotApplication
) -> None:
    user = User(telegram, 301, PSEUDO)
    answered = 0
    for question in QUESTIONS:
        typed = pseudo_words(question)
        assert detect_language(typed) == PSEUDO
        reply = understand(typed)
        assert reply.kind in (ANSWER, DID_YOU_MEAN, NOT_COVERED), question
        answered += reply.kind == ANSWER
        shown = await user.send(typed)
        with use_locale(PSEUDO):
            expected, _reply = answer_screen(typed)
        assert shown.html == expected.text, question
    assert answered >= len(knowledge.FAQS)  # the seed questions, at least, are answered
    assert telegram.invalid_requests == []


async def test_pseudo_language_switched_to_and_from_in_the_picker(
    telegram: LocalTelegram, bot: BotApplication
) -> None:
    user = User(telegram, 302, "en")
    picker = await user.send("/language")
    name = pseudo_words("Pseudo")
    assert name in [label for row in telegram.buttons(picker) for label, _data in row]
    chosen = await user.press(picker, name)
    with use_locale(PSEUDO):
        note = _("I will answer in {language} from now on.").format(language=name)
    assert note in chosen.text and screen_text(HOME, PSEUDO) in (chosen.html or "")
    assert (await user.send("/start")).html == screen_text(HOME, PSEUDO)
    picker = await user.send("/language")
    assert picker.html == screen_text("lang", PSEUDO)
    back = await user.press(picker, "English")
    assert "I will answer in English from now on." in back.text
    assert (await user.send("/start")).html == screen_text(HOME, "en")
    assert telegram.invalid_requests == []


def test_pseudo_language_pictures_fit_their_cells(
    pseudo_language: languages.Language, tmp_path: Path
) -> None:
    files = PictureFiles(tmp_path)
    with use_locale(PSEUDO):
        for picture_id in picture_ids():
            grid = grid_of(picture_id)
            assert grid is not None and files.path(PSEUDO, picture_id) is not None
            for box in grid.boxes:
                for line in box.lines:
                    assert box.style.font.getlength(line) <= box.w - 2 * PAD, line
            drawn = " ".join(line for box in grid.boxes for line in box.lines)
            assert any(ch in drawn for ch in _MARKS.values()), picture_id


def test_pseudo_words_fold_back_to_english() -> None:
    folded = unicodedata.normalize("NFKD", pseudo_words("Is the Health card <b>{n}</b>?"))
    assert "".join(c for c in folded if not unicodedata.combining(c)) == (
        "Is the Health card <b>{n}</b>?")
