"""Without REDIS_URL (the quick start) the bot keeps state in an embedded store, Lua included."""

from __future__ import annotations

from bot.config import Config
from bot.emulator import LocalTelegram
from bot.redis_conn import connect_redis
from tests.harness import User, running_bot


async def test_the_quick_start_store_remembers_language_and_menu_and_skips_repeats(
    telegram: LocalTelegram, key_prefix: str
) -> None:
    store = connect_redis(None)
    async with running_bot(telegram, Config(redis_url=None, key_prefix=key_prefix), store):
        user = User(telegram, 31, "en")
        menu = await user.send("/language")
        after = await user.press(menu, "Español")
        assert "A partir de ahora responderé en español" in after.text
        reply = await user.send("/start")
        assert "Guía de tarjetas" in reply.text
        # Telegram delivering the same message twice: one answer.
        mark = telegram.mark()
        update = telegram.send_text(user.id, "/start")
        await telegram.wait_call("sendMessage", since=mark)
        telegram.resend(update)
        await telegram.idle()
        assert len(telegram.received(user.id)) == 3
    await store.aclose()
