"""A tiny broadcast signal: wake every waiter on each change."""

from __future__ import annotations

import asyncio
import contextlib


class Signal:
    """Waiters block until the next pulse() or their timeout."""

    def __init__(self) -> None:
        self._future: asyncio.Future[None] | None = None

    def pulse(self) -> None:
        """Wake everyone waiting now."""
        if self._future is not None and not self._future.done():
            self._future.set_result(None)
        self._future = None

    async def wait(self, timeout: float) -> bool:
        """Wait for the next pulse; return False on timeout."""
        if timeout <= 0:
            return False
        if self._future is None or self._future.done():
            self._future = asyncio.get_running_loop().create_future()
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(asyncio.shield(self._future), timeout)
            return True
        return False
