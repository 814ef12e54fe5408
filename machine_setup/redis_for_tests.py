"""Runs a command (the test suite) with a Redis that answers, starting a private one if need be.

`python -m machine_setup.redis_for_tests CMD...`: the Redis at `CARDBOT_TEST_REDIS_URL` (default
127.0.0.1:6379, database 15) when it answers a PING; otherwise a `redis-server` of its own on a free
local port, which keeps nothing on disk and is stopped when CMD ends, however it ends. CMD gets the
address in `CARDBOT_TEST_REDIS_URL` and its exit code is this module's.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from urllib.parse import urlsplit

DEFAULT_URL = "redis://127.0.0.1:6379/15"  # the suite's own default (tests/conftest.py)
STARTUP_TIMEOUT_S = 10.0
STOP_TIMEOUT_S = 10.0


def answers(url: str, timeout: float = 1.0) -> bool:
    """A Redis answers at url: any reply to PING counts (an error such as NOAUTH is still Redis).

    Only plain redis:// and unix:// addresses are probed; others (TLS, Sentinel, Cluster) are
    taken as given, since the suite itself will tell at once if they do not answer.
    """
    parts = urlsplit(url)
    try:
        if parts.scheme == "redis":
            conn = socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 6379),
                                            timeout=timeout)  # fmt: skip
        elif parts.scheme == "unix":
            conn = socket.socket(socket.AF_UNIX)
            conn.settimeout(timeout)
            conn.connect(parts.path)
        else:
            return True
        with conn:
            conn.sendall(b"PING\r\n")
            return conn.recv(64)[:1] in (b"+", b"-")
    except OSError:
        return False


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class RedisDidNotStart(Exception):
    pass


@contextmanager
def private_redis() -> Iterator[str]:
    """A redis-server for this run only, on a free port; yields its URL (database 15)."""
    with tempfile.TemporaryDirectory(prefix="cardbot-test-redis-") as workdir:
        for _attempt in range(3):  # another process may take the free port before redis-server
            port = free_port()
            url = f"redis://127.0.0.1:{port}/15"
            server = subprocess.Popen(
                ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                 "--appendonly", "no", "--dir", workdir, "--logfile", f"{workdir}/redis.log"],
                stdin=subprocess.DEVNULL, start_new_session=True,  # a Ctrl-C is for the suite
            )  # fmt: skip
            try:
                if _wait_for(server, url):
                    print(f"make test: started redis-server on port {port} for this run",
                          flush=True)  # fmt: skip
                    yield url
                    return
            finally:
                _stop(server)
        log = Path(workdir, "redis.log")
        last_line = log.read_text().strip().rsplit("\n", 1)[-1] if log.exists() else "no log"
        raise RedisDidNotStart(f"redis-server did not start: {last_line}")


def _wait_for(server: subprocess.Popen[bytes], url: str) -> bool:
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while time.monotonic() < deadline and server.poll() is None:
        if answers(url, timeout=0.2):
            return True
        time.sleep(0.05)
    return False


def _stop(server: subprocess.Popen[bytes]) -> None:
    if server.poll() is not None:
        return
    server.terminate()
    try:
        server.wait(STOP_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


@contextmanager
def redis_for_tests() -> Iterator[str]:
    url = os.environ.get("CARDBOT_TEST_REDIS_URL", DEFAULT_URL)
    if answers(url):
        print(f"make test: the tests use the Redis at {url}", flush=True)
        yield url
    else:
        print(f"make test: no Redis answered at {url}", flush=True)
        with private_redis() as private_url:
            yield private_url
        print("make test: stopped that redis-server", flush=True)


def _exit_on_sigterm(signum: int, _frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)  # unwinds through private_redis, which stops the server


def main(argv: list[str]) -> int:
    if not argv:
        print("usage: python -m machine_setup.redis_for_tests COMMAND [ARG...]", file=sys.stderr)
        return 2
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    try:
        with redis_for_tests() as url:
            env = {**os.environ, "CARDBOT_TEST_REDIS_URL": url}
            return subprocess.run(argv, env=env).returncode
    except KeyboardInterrupt:  # Ctrl-C reached the suite too; the private server is stopped
        return 130
    except RedisDidNotStart as exc:
        print(f"make test: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
