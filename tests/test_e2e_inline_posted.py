"""A result picked in inline mode and posted into another chat stands on its own there."""

from __future__ import annotations

import re
from typing import Any

import pytest

from bot import knowledge
from bot.app import BotApplication
from bot.emulator import LocalTelegram
from bot.i18n import use_locale
from bot.screens.base import SCREEN_BUDGET
from bot.screens.titles import title
from handlers.inline import article
from tests.harness import User
from tests.test_e2e_inline import ask_inline

GROUP = -100555
# What cannot be done in a chat where the bot's menu buttons are not.
DEAD_INSTRUCTIONS = re.compile(r"\bTap\b|\bToca\b|below|de abajo|\(\d+/\d+\)")
SUMMARY = {"en": "This is a summary. The full guide has the rest.",
           "es": "Esto es un resumen. La guía completa tiene el resto."}


async def _post(telegram: LocalTelegram, user_id: int, query: str, node: str) -> Any:
    """Pick the result for `node` and post it into the group, as Telegram's clients do."""
    answer = await ask_inline(telegram, user_id, query)
    assert node in [r["id"] for r in answer["results"]], [r["id"] for r in answer["results"]]
    telegram.choose_inline_result(user_id, node, query, chat_id=GROUP)
    await telegram.idle()
    posted = telegram.messages(GROUP)[-1]
    assert posted.data.get("via_bot", {}).get("username") == telegram.bot_username
    return posted


def _only_button(telegram: LocalTelegram, posted: Any) -> dict[str, Any]:
    rows = posted.reply_markup["inline_keyboard"]
    assert len(rows) == 1 and len(rows[0]) == 1
    button: dict[str, Any] = rows[0][0]
    return button


async def test_a_posted_profile_is_a_summary_with_a_link_to_the_whole(
    telegram: LocalTelegram, bot: BotApplication
) -> None:
    User(telegram, 400, "en")
    telegram.group(GROUP, "Friends")
    posted = await _post(telegram, 400, "social security card", "card:social")
    assert posted.text.startswith("Social security card\n")
    assert posted.text.endswith(SUMMARY["en"])
    assert len(posted.text) <= SCREEN_BUDGET + len(SUMMARY["en"]) + 2
    assert not DEAD_INSTRUCTIONS.search(posted.text)
    button = _only_button(telegram, posted)
    assert button["text"] == "📖 Open the full guide"
    assert button["url"] == f"https://t.me/{telegram.bot_username}?start=card-social"
    opened = await User(telegram, 401, "en").send("/start card-social")
    assert opened.text.startswith(posted.text[: -len(SUMMARY["en"])].rstrip())


async def test_a_posted_comparison_asks_nobody_to_tap_a_point(
    telegram: LocalTelegram, bot: BotApplication
) -> None:
    User(telegram, 402, "es")
    telegram.group(GROUP, "Amigos")
    posted = await _post(telegram, 402, "tarjeta de seguridad social electrónica vs tarjeta de "
                         "seguridad social", "cmp:social:esocial")
    assert "Las fuentes no comparan directamente estas dos tarjetas." in posted.text
    assert not DEAD_INSTRUCTIONS.search(posted.text)
    button = _only_button(telegram, posted)
    assert button["text"] == "📖 Abrir la guía completa"
    assert button["url"].endswith("?start=cmp-social-esocial")


def _shareable_nodes() -> list[str]:
    cards = list(knowledge.CARDS)
    nodes = [f"card:{c}" for c in cards] + [f"does:{c}" for c in cards]
    nodes += [f"cmp:{a}:{b}" for a in cards for b in cards if a != b]
    nodes += [f"card:{c}:{p}" for c in cards for p in knowledge.POINTS]
    nodes += [f"faq:{n}" for n in range(1, len(knowledge.FAQS) + 1)]
    nodes += [f"task:{t}" for t in knowledge.TASKS] + [f"law:{a}" for a in knowledge.LAWS]
    return nodes


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_shareable_result_fits_and_asks_for_nothing_it_cannot_do(language: str) -> None:
    for node in _shareable_nodes():
        with use_locale(language):
            assert title(node) is not None, node
            result = article(node, "cardguide_bot")
        assert result is not None, node
        text = re.sub(r"<[^>]+>", "", result.input_message_content.message_text)  # type: ignore[union-attr]
        assert len(text) <= SCREEN_BUDGET + len(SUMMARY[language]) + 2, node
        assert not DEAD_INSTRUCTIONS.search(text), (node, text)
        assert result.reply_markup is not None
        url = result.reply_markup.inline_keyboard[0][0].url
        assert url == f"https://t.me/cardguide_bot?start={node.replace(':', '-')}"
