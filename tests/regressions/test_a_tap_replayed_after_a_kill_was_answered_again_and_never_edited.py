"""Bug: a tap replayed after SIGKILL was answered a third time and its screen never changed.

A process killed between answering a button press and editing the message left the tap in its
inbox; the process that took it over answered it again, Telegram refused ("query is too old"), the
handler raised before its edit, and the error handler answered once more. Now an answer Telegram
already has is taken as done (bot/serving/retry.py), and the replay edits the screen.
"""

from __future__ import annotations

import json

import aiohttp
from redis.asyncio import Redis

from bot.app import LOCAL_TOKEN
from bot.config import Config
from bot.emulator import LocalTelegram
from bot.redis_keys import UserKeys
from tests.conftest import wait_until
from tests.harness import User
from tests.parallel_telegram import ParallelTelegram
from tests.reliability.figures import ErrorLog
from tests.webhook_harness import free_port, webhook_bot, webhook_config

DEAD = "deadbeef0001"  # the killed process


async def test_a_tap_replayed_from_a_killed_processs_inbox_edits_the_screen(
    telegram: LocalTelegram, default_config: Config, redis: Redis
) -> None:
    prefix = default_config.key_prefix
    hook_config = webhook_config(default_config, free_port())
    user = User(telegram, 316)
    async with webhook_bot(telegram, hook_config, redis):
        menu = await user.send("/start")
        ParallelTelegram(telegram, hook_config.webhook_url or "", "right-secret_1")  # holds it
        telegram.press_button(user.id, menu.message_id, user.button_data(menu, "Language"))
        [tap] = [p.update for p in telegram.queue.pending]
        telegram.queue.pending.clear()
    # What the killed process left: the tap in its inbox, its duplicate mark, and its answer.
    update_id, query_id = tap["update_id"], tap["callback_query"]["id"]
    await redis.hset(f"{prefix}:{{inbox}}:updates:{DEAD}", str(update_id), json.dumps(tap))
    await redis.sadd(f"{prefix}:{{inbox}}:instances", DEAD)
    await redis.set(UserKeys(prefix, user.id).seen_update(update_id), DEAD)
    async with aiohttp.ClientSession() as session:
        url = f"{telegram.url}/bot{LOCAL_TOKEN}/answerCallbackQuery"
        async with session.post(url, json={"callback_query_id": query_id}) as resp:
            assert resp.status == 200
    mark = telegram.mark()
    with ErrorLog("handlers.errors") as errors:
        async with webhook_bot(telegram, hook_config, redis):  # takes the dead inbox over
            await wait_until(lambda: any(
                c.method == "editMessageText" and c.ok for c in telegram.calls[mark:]
            ), timeout=15)  # fmt: skip
            await telegram.idle()
    assert errors.describe() == []
    answers = [c for c in telegram.calls if c.method == "answerCallbackQuery"
               and str(c.params["callback_query_id"]) == str(query_id)]
    assert [c.ok for c in answers] == [True, False]  # the killed process's, and the replay's
    assert "Choose the language" in telegram.messages(user.id)[-1].text  # the screen changed
    assert await redis.hlen(f"{prefix}:{{inbox}}:updates:{DEAD}") == 0
