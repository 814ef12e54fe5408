"""Whole updates of every kind, drawn from the Bot API spec, fed through the real Application.

Each example is a short batch of updates from a few users. The bot must raise nothing, make only
requests that are valid against the spec and Telegram's limits, never echo user text into HTML
unescaped, and leave every other user's stored data as it was.
"""

from __future__ import annotations

import asyncio
import itertools
import os
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from redis.asyncio import Redis
from telegram import Update

from bot.app import BotApplication, build_application
from bot.config import Config
from bot.emulator import LocalTelegram
from bot.emulator.model import ApiCall
from tests.conftest import TEST_REDIS_URL
from tests.reliability.figures import FIGURES, ErrorLog
from tests.reliability.spec_updates import FORBIDDEN_RAW, Draw, drawn_updates, materialize

EXAMPLES = int(os.environ.get("CARDBOT_FUZZ_EXAMPLES", "300"))
# Shrinking whole updates can take minutes; on demand only (CARDBOT_FUZZ_SHRINK=1).
PHASES = [p for p in Phase if p != Phase.shrink or os.environ.get("CARDBOT_FUZZ_SHRINK")]
ADMIN, ACTORS, BYSTANDERS = 1000, [1000, 2001, 2002], [900, 901]
GROUP, CHANNEL = -1001234, -1004321
# Answers Telegram gives to an edit that the bot handles by itself (see handlers/_show.py).
HANDLED = ("message is not modified", "message to edit not found", "message can't be edited",
           "MESSAGE_ID_INVALID")
WATCHED_LOGGERS = ("handlers.errors", "telegram.ext", "bot")


class Bench:
    """The local Telegram, a Redis client and a started Application, on one event loop."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.telegram = LocalTelegram()
        self.redis: Redis = Redis.from_url(TEST_REDIS_URL, decode_responses=True)
        self.app: BotApplication | None = None
        self.ids = itertools.count(7_000_000)

    async def start(self) -> None:
        await self.telegram.start()
        for uid in [*ACTORS, *BYSTANDERS]:
            self.telegram.user(uid, first_name=f"U{uid}", language_code="en")
        self.telegram.world.group(GROUP, "Fuzz group", bot_status="member")
        self.telegram.world.chats[GROUP].members.update({uid: "member" for uid in ACTORS})
        self.telegram.world.channel(CHANNEL, "Fuzz channel", bot_status="administrator")
        prefix = self.config.key_prefix
        for uid in BYSTANDERS:
            await self.redis.set(f"{prefix}:{{u{uid}}}:locale", "es")
            session = '{"p":{"1":["home","faq"]},"d":{}}'
            await self.redis.set(f"{prefix}:{{u{uid}}}:session", session)
        self.app = build_application(self.config, self.redis, api_url=self.telegram.url)
        await self.app.initialize()
        await self.app.start()

    async def stop(self) -> None:
        if self.app is not None:
            await self.app.stop()
            await self.app.shutdown()
        keys = [k async for k in self.redis.scan_iter(match=f"{self.config.key_prefix}:*")]
        if keys:
            await self.redis.delete(*keys)
        await self.redis.aclose()
        await self.telegram.stop()

    async def user_data(self, uid: int) -> tuple[object, ...]:
        """What is stored for one user: menu session, language, channels (no keyspace scan)."""
        tag = f"{self.config.key_prefix}:{{u{uid}}}"
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.get(f"{tag}:session")
            pipe.get(f"{tag}:locale")
            pipe.smembers(f"{tag}:channels")
            return tuple(await pipe.execute())

    async def run(self, draws: list[Draw]) -> None:
        assert self.app is not None
        telegram = self.telegram
        actors = {d.actor for d in draws}
        others = [u for u in [*ACTORS, *BYSTANDERS] if u not in actors]
        before = {uid: await self.user_data(uid) for uid in others}
        mark = telegram.mark()
        invalid_before = len(telegram.invalid_requests)
        updates = [materialize(d, telegram, next(self.ids), GROUP, CHANNEL) for d in draws]
        with ErrorLog(*WATCHED_LOGGERS) as errors:
            for data in updates:
                update = Update.de_json(data, self.app.bot)
                await self.app.update_queue.put(update)
            await asyncio.wait_for(self.app.update_queue.join(), 30)
        FIGURES.inputs_tried += len(updates)
        FIGURES.updates_accepted += len(updates)
        FIGURES.updates_answered += len(updates)
        assert errors.describe() == [], updates
        assert telegram.invalid_requests[invalid_before:] == [], updates
        calls = telegram.calls[mark:]
        failed = [c for c in calls if not c.ok and not _handled(c)]
        assert failed == [], [(c.method, c.description) for c in failed]
        for call in calls:
            html = _html_texts(call)
            leaked = [bad for bad in FORBIDDEN_RAW for text in html if bad in text]
            assert leaked == [], (call.method, leaked)
        for uid in others:
            assert await self.user_data(uid) == before[uid], f"user {uid} changed"


def _handled(call: ApiCall) -> bool:
    return any(text in (call.description or "") for text in HANDLED)


def _html_texts(call: ApiCall) -> list[str]:
    """The HTML strings of a request: message text, caption, inline results' texts."""
    params: dict[str, Any] = call.params
    found = []
    if str(params.get("parse_mode", "")).lower() == "html":
        found += [str(params.get(k, "")) for k in ("text", "caption")]
    for result in params.get("results") or []:
        content = result.get("input_message_content") or {}
        if str(content.get("parse_mode", "")).lower() == "html":
            found.append(str(content.get("message_text", "")))
    return found


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_any_update_is_handled_validly_and_touches_only_its_user(default_config: Config) -> None:
    with asyncio.Runner() as runner:
        bench = Bench(default_config)
        runner.run(bench.start())
        try:

            @settings(max_examples=EXAMPLES, deadline=None, database=None, phases=PHASES,
                      suppress_health_check=list(HealthCheck))
            @given(st.lists(drawn_updates(ACTORS), min_size=1, max_size=4))
            def check(draws: list[Draw]) -> None:
                runner.run(bench.run(draws))

            check()
        finally:
            runner.run(bench.stop())
