"""Bug: /forget listed the record of channels the user added the bot to as a bare "channels".

Every other kind of record is named in the user's language; this one came with the broadcast
feature (`{u<id>}:channels`) and /forget showed the key's own name, in English, to everyone.
"""

from __future__ import annotations

from redis.asyncio import Redis

from bot.config import Config
from bot.emulator import LocalTelegram
from tests.harness import User, running_bot


async def test_forget_names_the_channels_record_in_the_users_language(
    telegram: LocalTelegram, config: Config, redis: Redis
) -> None:
    user = User(telegram, 91, language_code="es")
    async with running_bot(telegram, config, redis):
        telegram.channel(-1009100, "Mi canal")
        telegram.add_bot_to_chat(-1009100, user.id, as_admin=True)
        await telegram.idle()
        assert await redis.exists(f"{config.key_prefix}:{{u91}}:channels")
        ask = await user.send("/forget")
        done = await user.press(ask, "Borrar")
        await telegram.idle()
    assert "• channels" not in done.text
    assert "canales" in done.text
    assert [k async for k in redis.scan_iter(match=f"{config.key_prefix}:{{u91}}*")] == []
