"""Memory per user (benchmarks, scenario 6): an update leaves nothing behind in the process."""

from __future__ import annotations

from redis.asyncio import Redis
from telegram import Update

from bot.app import build_application
from bot.config import Config
from bot.emulator import LocalTelegram


async def test_many_users_leave_no_per_user_entry_in_the_application(
    telegram: LocalTelegram, config: Config, redis: Redis
) -> None:
    app = build_application(config, redis, api_url=telegram.url)
    async with app:
        for uid in range(7001, 7031):
            telegram.user(uid)
            update = telegram.send_text(uid, "/start")
            await app.process_update(Update.de_json(update, app.bot))
        assert telegram.last_bot_message(7030) is not None  # the updates were really handled
        # PTB's persistence bookkeeping grew by one entry per user and was never emptied.
        assert app._user_ids_to_be_updated_in_persistence == set()
        assert app._chat_ids_to_be_updated_in_persistence == set()
        assert not app.user_data and not app.chat_data
