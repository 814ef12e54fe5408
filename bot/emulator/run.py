"""Running the local Telegram as a standalone server (used by `cardbot emulator`)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

logger = logging.getLogger(__name__)


async def serve_forever(host: str = "127.0.0.1", port: int = 8081, **kw: Any) -> None:
    """Start a LocalTelegram (kw go to its constructor) and serve until cancelled."""
    from bot.emulator.server import LocalTelegram

    tg = LocalTelegram(**kw)
    url = await tg.start(host, port)
    logger.info("Local Telegram listening on %s (chat page at %s/)", url, url)
    try:
        await asyncio.Event().wait()
    finally:
        await tg.stop()


def run_emulator(host: str, port: int, **kw: Any) -> None:
    """Serve the local Telegram until interrupted (blocking); the URL is logged, not printed."""
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve_forever(host, port, **kw))
