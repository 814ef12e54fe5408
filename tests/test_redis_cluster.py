"""The state and end-to-end suites once more, against a real 3-node Redis Cluster.

A module-wide cluster is started (redis-server in cluster mode on free local ports); the `redis`
and `config` fixtures are overridden to use it through `REDIS_URL=redis+cluster://...`, and the
test functions of the state, end-to-end and webhook modules are collected again here.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from redis.asyncio import Redis, RedisCluster
from redis.cluster import key_slot

from bot.config import Config, load_config
from bot.emulator import LocalTelegram
from bot.redis_conn import client_kind, connect_redis
from bot.state.store import SessionStore
from tests import (
    test_e2e_group_questions,
    test_e2e_screens,
    test_e2e_state,
    test_session_store,
    test_webhook,
)
from tests.harness import User, running_bot
from tests.redis_cluster import redis_cluster

# These build their own single-server client (round-trip counting, an unreachable server).
_SINGLE_SERVER_ONLY = {
    "test_a_menu_tap_costs_at_most_two_round_trips",
    "test_without_redis_the_menus_still_answer",
}
for _module in (test_session_store, test_e2e_state, test_e2e_screens, test_e2e_group_questions,
                test_webhook):
    for _name, _test in vars(_module).items():
        if _name.startswith("test_") and callable(_test) and _name not in _SINGLE_SERVER_ONLY:
            globals()[f"{_name}_on_cluster"] = _test


@pytest.fixture(scope="module")
def cluster_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with redis_cluster(Path(tmp_path_factory.mktemp("cluster"))) as ports:
        yield "redis+cluster://" + ",".join(f"127.0.0.1:{p}" for p in ports)


@pytest.fixture
async def redis(cluster_url: str, key_prefix: str) -> AsyncIterator[Redis]:
    client = connect_redis(cluster_url)
    assert isinstance(client, RedisCluster)
    await client.ping()
    yield client
    async for key in client.scan_iter(match=f"{key_prefix}:*", count=500):
        await client.delete(key)
    await client.aclose()


@pytest.fixture
def config(cluster_url: str, key_prefix: str) -> Config:
    return Config(redis_url=cluster_url, key_prefix=key_prefix, admin_ids=frozenset({1000}))



def test_the_url_selects_a_cluster_client(cluster_url: str, tmp_path: Path) -> None:
    config = load_config({"REDIS_URL": cluster_url}, dotenv=tmp_path / "none")
    assert config.redis_url == cluster_url
    assert client_kind(connect_redis(cluster_url)) == "cluster"


async def test_one_read_spans_slots_on_different_nodes(redis: Redis, key_prefix: str) -> None:
    """A user's keys share a slot; a group's language key may live on another node."""
    store = SessionStore(redis, key_prefix, 3600)
    user_id, chat_id = 42, _chat_on_another_node(redis, store, 42)
    await store.set_chat_locale(chat_id, "es")
    loaded = await store.load(user_id, update_id=1, chat_id=chat_id)
    assert loaded.available and loaded.chat_locale == "es" and not loaded.duplicate
    user = store.user(user_id)
    keys = (user.session, user.locale, user.seen_update(1))
    assert len({key_slot(k.encode()) for k in keys}) == 1
    loaded.session.set_path("7", ["home", "lang"])
    assert await store.save(user_id, loaded)
    assert (await store.load(user_id, update_id=1, chat_id=chat_id)).duplicate


def _chat_on_another_node(redis: Any, store: SessionStore, user_id: int) -> int:
    """A group id whose language key is served by a different node than the user's keys."""
    def node(key: str) -> str:
        return str(redis.nodes_manager.get_node_from_slot(key_slot(key.encode())).name)

    mine = node(store.user(user_id).session)
    return next(c for c in range(-1001, -1100, -1) if node(store.chat(c).locale) != mine)


async def test_a_language_chosen_holds_on_the_cluster(
    telegram: LocalTelegram, config: Config, redis: Redis
) -> None:
    user = User(telegram, 77)
    async with running_bot(telegram, config, redis):
        menu = await user.send("/start")
        await user.press(await user.press(menu, "Language"), "Español")
    async with running_bot(telegram, config, redis):  # a restart: only Redis remembers
        assert "Elige lo que quieres saber" in (await user.send("/start")).text
