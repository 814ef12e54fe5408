"""The session store against a real Redis: round trips, duplicates, expiry, language kept apart."""

from __future__ import annotations

from redis.asyncio import Redis

from bot.state.session import MAX_DEPTH, MAX_MESSAGES, Session
from bot.state.store import SessionStore

TTL = 3600


async def test_new_user_gets_a_fresh_session(redis: Redis, key_prefix: str) -> None:
    loaded = await SessionStore(redis, key_prefix, TTL).load(42, update_id=1)
    assert loaded.session == Session()
    assert loaded.user_locale is None
    assert not loaded.duplicate


async def test_changes_are_saved_and_read_back_by_another_store(
    redis: Redis, key_prefix: str
) -> None:
    first, second = SessionStore(redis, key_prefix, TTL), SessionStore(redis, key_prefix, TTL)
    loaded = await first.load(42, update_id=1)
    loaded.session.set_path("7", ["home", "lang"])
    assert await first.save(42, loaded)
    again = await second.load(42, update_id=2)
    assert again.session.path("7") == ["home", "lang"]


async def test_unchanged_session_is_not_written(redis: Redis, key_prefix: str) -> None:
    store = SessionStore(redis, key_prefix, TTL)
    loaded = await store.load(42, update_id=1)
    assert not await store.save(42, loaded)
    assert await redis.exists(store.user(42).session) == 0


async def test_same_update_id_is_a_duplicate(redis: Redis, key_prefix: str) -> None:
    store = SessionStore(redis, key_prefix, TTL)
    assert not (await store.load(42, update_id=7)).duplicate
    assert (await store.load(42, update_id=7)).duplicate
    assert not (await store.load(42, update_id=8)).duplicate


async def test_reading_slides_the_expiry(redis: Redis, key_prefix: str) -> None:
    store = SessionStore(redis, key_prefix, TTL)
    loaded = await store.load(42)
    loaded.session.set_path("7", ["home", "lang"])
    await store.save(42, loaded)
    await redis.expire(store.user(42).session, 5)
    await store.load(42)
    assert await redis.ttl(store.user(42).session) > 5


async def test_language_has_its_own_key_without_expiry(redis: Redis, key_prefix: str) -> None:
    store = SessionStore(redis, key_prefix, TTL)
    await store.set_user_locale(42, "es")
    await store.clear_session(42)
    assert (await store.load(42)).user_locale == "es"
    assert await redis.ttl(store.user(42).locale) == -1


async def test_forget_removes_every_key_of_the_user_only(redis: Redis, key_prefix: str) -> None:
    store = SessionStore(redis, key_prefix, TTL)
    for user in (42, 43):
        loaded = await store.load(user, update_id=user)
        loaded.session.set_path("7", ["home", "lang"])
        await store.save(user, loaded)
        await store.set_user_locale(user, "es")
    assert await store.forget(42) == ["locale", "seen", "session"]
    assert [k async for k in redis.scan_iter(match=f"{key_prefix}:{{u42}}*")] == []
    assert (await store.load(43)).user_locale == "es"


async def test_paths_are_capped_in_messages_and_depth() -> None:
    session = Session()
    for message in range(MAX_MESSAGES + 3):
        session.set_path(str(message), [f"n{step}" for step in range(MAX_DEPTH + 5)])
    assert list(session.paths) == [str(m) for m in range(3, MAX_MESSAGES + 3)]
    assert session.path("3") == [f"n{step}" for step in range(5, MAX_DEPTH + 5)]
    assert session.path("0") is None
    again = Session.loads(session.dumps())
    assert again == session


async def test_a_session_stored_before_paths_keeps_its_flow_data() -> None:
    old = Session.loads('{"n":"faq","h":["home"],"d":{"draft":{"step":"text"}}}')
    assert old == Session({}, {"draft": {"step": "text"}})


async def test_garbage_in_redis_yields_a_fresh_session(redis: Redis, key_prefix: str) -> None:
    store = SessionStore(redis, key_prefix, TTL)
    await redis.set(store.user(42).session, "{not json")
    assert (await store.load(42)).session == Session()


async def test_one_read_counts_the_rate_window_marks_the_update_and_reads_both_languages(
    redis: Redis, key_prefix: str
) -> None:
    store = SessionStore(redis, key_prefix, TTL)
    await store.set_user_locale(42, "es")
    await store.set_chat_locale(-100, "en")
    first = await store.load(42, update_id=9, chat_id=-100, count=True, mark="process-a")
    second = await store.load(42, update_id=10, chat_id=-100, count=True)
    assert (first.recent, second.recent) == (1, 2)
    assert (second.user_locale, second.chat_locale) == ("es", "en")
    windows = [k async for k in redis.scan_iter(match=f"{store.user(42).tag}:seen:rate:*")]
    assert len(windows) == 1 and 0 < await redis.ttl(windows[0]) <= 20
    assert await redis.get(store.user(42).seen_update(9)) == "process-a"
    # Without an update id nothing is marked, and without count nothing is counted.
    plain = await store.load(43)
    assert plain.recent == 0 and not plain.duplicate
    assert [k async for k in redis.scan_iter(match=f"{store.user(43).tag}:*")] == []
