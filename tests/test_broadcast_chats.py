"""The chat registry end to end: the bot added and removed, migrations, subscriptions, languages."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis

from bot.app import BotApplication
from bot.broadcast.registry import ChatRegistry
from bot.emulator import LocalTelegram

OWNER = 501
MEMBER = 502
GROUP = -4001
CHANNEL = -1009001


@pytest.fixture
async def telegram() -> AsyncIterator[LocalTelegram]:
    server = LocalTelegram(flood_limits=True)
    await server.start()
    server.user(OWNER, "Olga")
    server.user(MEMBER, "Max")
    yield server
    await server.stop()



async def in_group(telegram: LocalTelegram, user_id: int, text: str, chat_id: int = GROUP) -> str:
    mark = telegram.mark()
    telegram.send_text(user_id, text, chat_id=chat_id)
    call = await telegram.wait_call("sendMessage", since=mark,
                                    where=lambda c: c.chat_id in (chat_id, str(chat_id)))
    return str(call.params["text"])


async def test_group_admin_subscribes_and_unsubscribes_others_are_refused(
    telegram: LocalTelegram, bot: BotApplication, redis: Redis, key_prefix: str
) -> None:
    telegram.group(GROUP, "Card talk", supergroup=False)
    telegram.add_bot_to_chat(GROUP, OWNER)
    await telegram.idle()
    # One introduction; after it the bot speaks in groups only when addressed.
    assert ["/subscribe" in m.text for m in telegram.received(GROUP)] == [True]
    registry = ChatRegistry(redis, key_prefix)
    info = await registry.get(GROUP)
    assert info is not None and info.title == "Card talk" and not info.subscribed

    refused = await in_group(telegram, MEMBER, "/subscribe")
    assert refused == "Sorry, only this group's admins can change that."
    assert await registry.subscriber_count() == 0

    assert "will receive my updates" in await in_group(telegram, OWNER, "/subscribe")
    assert await registry.subscribers_after(float("-inf"), 10) == [GROUP]
    checks = len([c for c in telegram.calls if c.method == "getChatMember"])
    assert "not receive my updates" in await in_group(telegram, OWNER, "/unsubscribe")
    # The admin check is cached: the second command asked Telegram nothing.
    assert len([c for c in telegram.calls if c.method == "getChatMember"]) == checks
    assert await registry.subscriber_count() == 0
    assert telegram.invalid_requests == []


async def test_removal_marks_the_chat_inactive_and_unsubscribed(
    telegram: LocalTelegram, bot: BotApplication, redis: Redis, key_prefix: str
) -> None:
    telegram.group(GROUP, "Card talk")
    telegram.add_bot_to_chat(GROUP, OWNER)
    await telegram.idle()
    await in_group(telegram, OWNER, "/subscribe")
    telegram.remove_bot_from_chat(GROUP, OWNER)
    await telegram.idle()
    info = await ChatRegistry(redis, key_prefix).get(GROUP)
    assert info is not None and not info.active and info.status == "kicked"
    assert await ChatRegistry(redis, key_prefix).subscriber_count() == 0


async def test_migration_moves_the_record_language_and_subscription(
    telegram: LocalTelegram, bot: BotApplication, redis: Redis, key_prefix: str
) -> None:
    telegram.group(GROUP, "Card talk", supergroup=False)
    telegram.add_bot_to_chat(GROUP, OWNER)
    await telegram.idle()
    await in_group(telegram, OWNER, "/subscribe")
    await redis.set(f"{key_prefix}:{{c{GROUP}}}:locale", "es")
    new_id = -1004001
    telegram.migrate(GROUP, new_id)
    chat = dict(telegram.world.chats[GROUP].data)
    telegram.raw_update({"message": {"message_id": 99, "date": 0, "chat": chat,
                                     "from": telegram.world.users[OWNER],
                                     "migrate_to_chat_id": new_id}})
    await telegram.idle()
    registry = ChatRegistry(redis, key_prefix)
    moved = await registry.get(new_id)
    assert moved is not None and moved.title == "Card talk" and moved.locale == "es"
    assert await registry.subscribers_after(float("-inf"), 10) == [new_id]


async def test_channel_admin_sets_its_language_from_a_private_chat(
    telegram: LocalTelegram, bot: BotApplication, redis: Redis, key_prefix: str
) -> None:
    telegram.channel(CHANNEL, "Card news")
    mark = telegram.mark()
    telegram.add_bot_to_chat(CHANNEL, OWNER, as_admin=True)
    ask = await telegram.wait_call("sendMessage", since=mark)
    assert ask.chat_id == OWNER
    assert "Card news" in ask.params["text"]
    registry = ChatRegistry(redis, key_prefix)
    assert await registry.subscribers_after(float("-inf"), 10) == [CHANNEL]

    # Someone else tapping a copy of the button is refused.
    question = telegram.last_bot_message(OWNER)
    assert question is not None
    data = telegram.buttons(question)[0][1][1]
    telegram.world.chats[MEMBER].messages[question.message_id] = question
    mark = telegram.mark()
    telegram.press_button(MEMBER, question.message_id, data)
    refusal = await telegram.wait_call("answerCallbackQuery", since=mark)
    assert refusal.params["text"] == "Sorry, only the chat's admins can change that."
    assert (await registry.get(CHANNEL)).locale is None  # type: ignore[union-attr]

    mark = telegram.mark()
    telegram.press_button(OWNER, question.message_id, data)
    await telegram.wait_call("editMessageText", since=mark)
    done = telegram.last_bot_message(OWNER)
    # The admin chose Spanish for the channel, and is still answered in English.
    assert done is not None and done.text == "Done: I will post in Spanish in Card news."
    assert (await registry.get(CHANNEL)).locale == "es"  # type: ignore[union-attr]

    mark = telegram.mark()
    telegram.send_text(OWNER, "/channels")
    listed = await telegram.wait_call("sendMessage", since=mark)
    assert listed.params["text"] == "<b>Card news</b>: I post there in Spanish."
    assert telegram.invalid_requests == []


async def test_subscribe_in_private_explains_where_it_works(
    telegram: LocalTelegram, bot: BotApplication
) -> None:
    mark = telegram.mark()
    telegram.send_text(MEMBER, "/subscribe")
    reply = await telegram.wait_call("sendMessage", since=mark)
    assert "in a group where you are an admin" in reply.params["text"]


async def test_group_language_uses_the_same_cached_admin_check(
    telegram: LocalTelegram, bot: BotApplication, redis: Redis, key_prefix: str
) -> None:
    telegram.group(GROUP, "Card talk", supergroup=False)
    telegram.add_bot_to_chat(GROUP, OWNER)
    await telegram.idle()
    await in_group(telegram, OWNER, "/subscribe")  # the owner's check is now cached
    checks = len([c for c in telegram.calls if c.method == "getChatMember"])
    await in_group(telegram, OWNER, "/language")
    menu = telegram.last_bot_message(GROUP)
    assert menu is not None
    spanish = next(data for row in telegram.buttons(menu) for label, data in row
                   if label == "Español")
    mark = telegram.mark()
    telegram.press_button(MEMBER, menu.message_id, str(spanish), chat_id=GROUP)
    refusal = await telegram.wait_call("answerCallbackQuery", since=mark)
    assert refusal.params["text"] == "Only the chat's admins can change its language."
    mark = telegram.mark()
    telegram.press_button(OWNER, menu.message_id, str(spanish), chat_id=GROUP)
    await telegram.wait_call("editMessageText", since=mark)
    assert await redis.get(f"{key_prefix}:{{c{GROUP}}}:locale") == "es"
    # One getChatMember for the member; the owner's answer came from the cache.
    asked = [c for c in telegram.calls if c.method == "getChatMember"][checks:]
    assert [int(c.params["user_id"]) for c in asked] == [MEMBER]
