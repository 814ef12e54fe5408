"""REDIS_URL forms: validation, and Sentinel against real servers (Cluster: test_redis_cluster)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.config import ConfigError, load_config
from bot.redis_conn import client_kind, connect_redis, parse_sentinel
from bot.state.store import SessionStore
from tests.redis_cluster import _cli, _wait
from tests.webhook_harness import free_port


@pytest.mark.parametrize("url, problem", [
    ("redis+sentinel://127.0.0.1:26379", "service name"),
    ("redis+sentinel://127.0.0.1:26379/mymaster/x", "database number"),
    ("redis+cluster://user:pw@", "at least one host"),
    ("redis+cluster://host:port", "host:port"),
])  # fmt: skip
def test_malformed_urls_are_configuration_errors(url: str, problem: str, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=f"^REDIS_URL: .*{problem}"):
        load_config({"REDIS_URL": url}, dotenv=tmp_path / "none")


def test_sentinel_url_parts() -> None:
    assert parse_sentinel("redis+sentinel://:pw@s1:26379,s2/mymaster/3") == (
        None, "pw", [("s1", 26379), ("s2", 26379)], "mymaster", 3,
    )  # fmt: skip


@pytest.fixture(scope="module")
def sentinel_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A Redis server and one Sentinel watching it, on free local ports."""
    workdir = Path(tmp_path_factory.mktemp("sentinel"))
    master_port, sentinel_port = free_port(), free_port()
    conf = workdir / "sentinel.conf"
    conf.write_text(
        f"port {sentinel_port}\nbind 127.0.0.1\ndir {workdir}\n"
        f"sentinel monitor cardbot 127.0.0.1 {master_port} 1\n"
    )
    procs = [
        subprocess.Popen(["redis-server", "--port", str(master_port), "--bind", "127.0.0.1",
                          "--save", "", "--appendonly", "no", "--dir", str(workdir)],
                         stdout=subprocess.DEVNULL),
        subprocess.Popen(["redis-server", str(conf), "--sentinel"], stdout=subprocess.DEVNULL),
    ]  # fmt: skip
    try:
        _wait(lambda: _cli(master_port, "ping").strip() == "PONG", "master up")
        _wait(lambda: str(master_port) in _cli(
            sentinel_port, "sentinel", "get-master-addr-by-name", "cardbot"), "sentinel up")
        yield f"redis+sentinel://127.0.0.1:{sentinel_port}/cardbot/2"
    finally:
        for proc in procs:
            proc.terminate()
            proc.wait(10)


async def test_the_sentinel_url_reaches_the_master(sentinel_url: str, tmp_path: Path) -> None:
    assert load_config({"REDIS_URL": sentinel_url}, dotenv=tmp_path / "none").redis_url
    client = connect_redis(sentinel_url)
    try:
        assert client_kind(client) == "sentinel"
        store = SessionStore(client, "sentinel-test", 60)
        await store.set_user_locale(5, "es")
        assert (await store.load(5, update_id=1)).user_locale == "es"
        assert (await client.connection_pool.get_master_address())[1] > 0  # type: ignore[attr-defined]
    finally:
        await client.aclose()


def test_a_plain_url_selects_a_plain_client() -> None:
    assert client_kind(connect_redis("redis://127.0.0.1:6379/15")) == "server"
