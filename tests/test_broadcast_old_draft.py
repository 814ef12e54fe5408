"""A broadcast draft stored by an earlier version of the bot (or damaged) is never continued and
never raises: the admin's next text, button or photo gets a short note and a new draft's menu."""

from __future__ import annotations

import json
from typing import Any

from redis.asyncio import Redis

from bot.app import BotApplication
from bot.broadcast.draft import Draft, Kind, Step
from bot.emulator import LocalTelegram
from tests.broadcast_support import config_once, flood_limited_telegram
from tests.test_broadcast_admin import ADMIN, Admin

NOTE = "Your broadcast draft was from an earlier version of the bot and could not be kept."
MENU = "New broadcast\nWhat do you want to send?"
# What version 1 stored: the step as a string naming the language it waited for.
VERSION_1_TEXT = {"step": "text:en", "texts": {}}
VERSION_1_AUDIENCE = {"step": "audience", "kind": "text", "texts": {"*": "Hi"}}


async def replace_stored_draft(redis: Redis, prefix: str, value: Any) -> None:
    """Overwrite the draft inside the admin's stored session (found by its content, so the
    test does not depend on how the session's key is named)."""
    async for key in redis.scan_iter(match=f"{prefix}:*"):
        if await redis.type(key) != "string":
            continue
        raw = await redis.get(key)
        try:
            session = json.loads(raw or "")
        except ValueError:
            continue
        if isinstance(session, dict) and "bc" in session.get("d", {}):
            session["d"]["bc"] = value
            ttl = await redis.ttl(key)
            await redis.set(key, json.dumps(session), ex=ttl if ttl > 0 else None)
            return
    raise AssertionError("no stored draft")


async def test_an_earlier_versions_draft_gets_a_note_and_a_new_menu(
    telegram: LocalTelegram, bot: BotApplication, redis: Redis, key_prefix: str
) -> None:
    admin = Admin(telegram, ADMIN)
    await admin.press(await admin.press(await admin.send("/broadcast"), "My own text"),
                      "One per language")
    await replace_stored_draft(redis, key_prefix, VERSION_1_TEXT)
    reply = await admin.send("Hello everyone")
    assert reply.text == f"{NOTE}\n\n{MENU}"
    assert "My own text" in " ".join(admin.labels(reply))
    # The new draft works from its first step on.
    step = await admin.press(await admin.press(reply, "My own text"), "One for all")
    assert step.text == "Send the text, as plain text. Every chat gets it."
    assert (await admin.send("Hi all")).text == "Who should receive it?"

    await replace_stored_draft(redis, key_prefix, VERSION_1_AUDIENCE)
    audience = telegram.last_bot_message(ADMIN)
    assert (await admin.press(audience, "All chats")).text == f"{NOTE}\n\n{MENU}"

    await replace_stored_draft(redis, key_prefix, "damaged")
    mark = telegram.mark()
    telegram.send_photo(ADMIN)
    assert (await admin._reply(mark)).text == f"{NOTE}\n\n{MENU}"
    assert telegram.invalid_requests == []


def test_a_draft_reads_back_what_it_wrote_and_nothing_else() -> None:
    draft = Draft(step=Step.TEXT, kind=Kind.PHOTO, texts={"en": "Hi"}, text_for="es",
                  audience="lang:es", photo="file-id")
    assert Draft.from_json(json.loads(json.dumps(draft.to_json()))) == draft
    for stored in (VERSION_1_TEXT, VERSION_1_AUDIENCE, "damaged", None, [],
                   {**draft.to_json(), "step": "text:en"},
                   {**draft.to_json(), "texts": {"en": 3}},
                   {**draft.to_json(), "kind": "video"}):
        assert Draft.from_json(stored) is None, stored


__all__ = ["config_once", "flood_limited_telegram"]  # fixtures used by name, not by call
