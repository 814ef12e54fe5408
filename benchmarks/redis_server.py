"""A Redis server of the benchmark's own, so its counters count only the bot under test."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator

from redis import Redis

from benchmarks.procs import free_port


@contextlib.contextmanager
def private_redis(fallback_url: str) -> Iterator[tuple[str, str]]:
    """(url, how): a fresh redis-server on a free port, or fallback_url when none is installed."""
    binary = shutil.which("redis-server")
    if binary is None:
        yield fallback_url, f"shared server {fallback_url}"
        return
    port = free_port()
    with tempfile.TemporaryDirectory() as folder:
        proc = subprocess.Popen(
            [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly",
             "no", "--dir", folder, "--daemonize", "no", "--loglevel", "warning"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        url = f"redis://127.0.0.1:{port}/0"
        try:
            client = Redis.from_url(url)
            for _ in range(100):
                with contextlib.suppress(Exception):
                    if client.ping():
                        break
                time.sleep(0.05)
            client.close()
            yield url, f"private redis-server (pid {proc.pid})"
        finally:
            proc.terminate()
            proc.wait(10)
