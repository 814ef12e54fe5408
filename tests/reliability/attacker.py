"""An unauthenticated attacker of the webhook, run as a process of its own (so its CPU is not the
local Telegram's): `python -m tests.reliability.attacker PORT SECONDS`.

It holds IDLE idle connections and SLOW slowloris ones (a header byte a second, reopened when the
server closes them), and sends BOMBS_PER_SECOND gzip bodies of 0.5 MB that inflate to 512 MiB,
without the secret. It stops by itself after SECONDS, or on SIGTERM, and prints what it did.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
import time
from collections import Counter

from tests.raw_http import post_raw
from tests.regressions.test_a_compressed_body_without_the_secret_cost_the_bot_cpu import (
    gzip_bomb,
)

BOMBS_PER_SECOND = 2
IDLE, SLOW = 300, 100


class Attacker:
    def __init__(self, port: int, seconds: float) -> None:
        self.port = port
        self.deadline = time.monotonic() + seconds
        self.bomb = gzip_bomb(512)
        self.answers: Counter[int] = Counter()
        self.closed_by_server = 0

    def running(self) -> bool:
        return time.monotonic() < self.deadline

    async def run(self) -> None:
        loops = [self._hold(slow=n >= IDLE) for n in range(IDLE + SLOW)]
        await asyncio.gather(self._bombs(), *loops)

    async def _hold(self, slow: bool) -> None:
        """One connection held open for as long as the server lets it, then another."""
        while self.running():
            with contextlib.suppress(OSError):
                reader, writer = await asyncio.open_connection("127.0.0.1", self.port)
                try:
                    if slow:
                        writer.write(b"POST /telegram HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
                    while self.running() and not reader.at_eof():
                        if slow:
                            writer.write(b"a")
                            await writer.drain()
                        with contextlib.suppress(TimeoutError):
                            await asyncio.wait_for(reader.read(1024), 1.0)
                    self.closed_by_server += reader.at_eof()
                finally:
                    writer.close()
            await asyncio.sleep(0.1)

    async def _bombs(self) -> None:
        sending: set[asyncio.Task[None]] = set()
        while self.running():
            task = asyncio.create_task(self._bomb())
            sending.add(task)
            task.add_done_callback(sending.discard)
            await asyncio.sleep(1 / BOMBS_PER_SECOND)
        await asyncio.gather(*sending, return_exceptions=True)

    async def _bomb(self) -> None:
        with contextlib.suppress(OSError):
            status = await post_raw(self.port, "/telegram", {"Content-Encoding": b"gzip"},
                                    self.bomb, whole_body=True)
            self.answers[status] += 1


async def main(port: int, seconds: float) -> None:
    attacker = Attacker(port, seconds)

    def stop() -> None:
        attacker.deadline = 0.0

    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop)
    await attacker.run()
    print(f"bombs answered {dict(attacker.answers)}; connections closed by the server "
          f"{attacker.closed_by_server}", flush=True)


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]), float(sys.argv[2])))
