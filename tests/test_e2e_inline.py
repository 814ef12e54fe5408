"""Inline mode and /stats through the local Telegram: Telegram's rules, languages, counts."""

from __future__ import annotations

import asyncio
import random
import re
from typing import Any

from redis.asyncio import Redis

from bot.app import BotApplication
from bot.config import Config
from bot.emulator import LocalTelegram
from tests.harness import User

ADMIN = 1000  # in the `config` fixture's ADMIN_IDS




async def ask_inline(telegram: LocalTelegram, user_id: int, query: str, offset: str = "") -> Any:
    mark = telegram.mark()
    update = telegram.inline_query(user_id, query, offset)
    call = await telegram.wait_call("answerInlineQuery", since=mark)
    assert call.ok, call.description
    answer = telegram.inline_answer(update["inline_query"]["id"])
    assert answer is not None
    return answer


async def test_empty_query_offers_the_task_guide_and_the_common_questions(
    telegram: LocalTelegram, bot: BotApplication
) -> None:
    User(telegram, 20, "en")
    answer = await ask_inline(telegram, 20, "")
    titles = [r["title"] for r in answer["results"]]
    assert titles[0] == "See a doctor or pay at a hospital"
    assert "Is the health card a social security card?" in titles
    assert answer["is_personal"] is True
    assert answer["button"]["start_parameter"] == "home"


async def test_results_are_in_the_users_language_with_a_deep_link(
    telegram: LocalTelegram, bot: BotApplication
) -> None:
    User(telegram, 21, "es")
    answer = await ask_inline(telegram, 21, "health card")
    first = answer["results"][0]
    assert first["title"] == "Tarjeta de salud"
    assert "tarjeta de salud" in first["input_message_content"]["message_text"].lower()
    url = first["reply_markup"]["inline_keyboard"][0][0]["url"]
    assert url.endswith("?start=card-health")


async def test_deep_link_of_a_result_opens_the_same_screen(
    telegram: LocalTelegram, bot: BotApplication
) -> None:
    user = User(telegram, 22, "en")
    answer = await ask_inline(telegram, 22, "citizen vs social security")
    result = answer["results"][0]
    payload = result["reply_markup"]["inline_keyboard"][0][0]["url"].split("start=")[1]
    opened = await user.send(f"/start {payload}")
    shared = re.sub(r"<[^>]+>", "", result["input_message_content"]["message_text"])
    # A long screen is shared as its first page, said to be a summary.
    summary = "\n\nThis is a summary. The full guide has the rest."
    first_page = re.sub(r"\n\n\(1/\d+\)$", "", opened.text)
    assert shared in (opened.text, first_page + summary)
    assert " ⚖️ " in shared.split("\n")[0]


async def test_any_unicode_query_is_answered_within_telegrams_rules(
    telegram: LocalTelegram, bot: BotApplication
) -> None:
    User(telegram, 23, "en")
    rng = random.Random(7)
    alphabet = "abc éñ你好ص\u200f\u0301😀<>&\"' \n\t" + "".join(map(chr, range(0x20, 0x7F)))
    queries = ["", "a" * 256, "<b>health</b>", "tarjeta", "&amp;"]
    for _ in range(25):
        queries.append("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 256))))
    for query in queries:
        answer = await ask_inline(telegram, 23, query)
        assert len(answer["results"]) <= 50
    assert telegram.invalid_requests == []


async def test_chosen_results_and_questions_by_kind_of_reply_reach_stats(
    telegram: LocalTelegram, bot: BotApplication, redis: Redis, config: Config
) -> None:
    User(telegram, 24, "en")
    answer = await ask_inline(telegram, 24, "health card")
    telegram.choose_inline_result(24, answer["results"][0]["id"], "health card")
    for _ in range(300):  # the choice is counted without any reply to wait for
        if await redis.hget(f"{config.key_prefix}:stats:totals", "inline_chosen"):
            break
        await asyncio.sleep(0.01)
    user = User(telegram, 25, "en")
    await user.send("how do I <cook> rice?")
    await user.send("I lost my citizen card")
    await user.send("which card for the subway?")
    for _ in range(300):  # counted beside the replies, not before them
        if await redis.hget(f"{config.key_prefix}:stats:totals", "questions") == "3":
            break
        await asyncio.sleep(0.01)
    admin = User(telegram, ADMIN, "en")
    report = await admin.send("/stats")
    assert "Inline results chosen: 1" in report.text
    assert "1: Health card" in report.text
    assert "Questions typed: 3" in report.text and "Answered: 1" in report.text
    assert "Not covered by the sources: 2" in report.text
    assert "1: lost or stolen cards" in report.text and "1: anything else" in report.text
    assert "cook" not in report.text and "rice" not in report.text
    refused = await user.send("/stats")
    assert "only for the bot's admins" in refused.text
