"""Commands and descriptions are published per language at start-up, and only when changed."""

from __future__ import annotations

from redis.asyncio import Redis

from bot.config import Config
from bot.emulator import LocalTelegram
from tests.harness import running_bot

WRITES = {"setMyCommands", "setMyDescription", "setMyShortDescription"}



async def test_profile_is_localized_and_not_rewritten_on_restart(
    telegram: LocalTelegram, config: Config, redis: Redis
) -> None:
    mark = telegram.mark()
    async with running_bot(telegram, config, redis):
        pass
    first = [c for c in telegram.calls[mark:] if c.method in WRITES]
    spanish = [c for c in first if c.params.get("language_code") == "es"]
    assert {c.method for c in spanish} == WRITES
    commands = next(c for c in spanish if c.method == "setMyCommands").params["commands"]
    assert "Menú principal" in str(commands)
    mark = telegram.mark()
    async with running_bot(telegram, config, redis):
        pass
    assert [c.method for c in telegram.calls[mark:] if c.method in WRITES] == []
