"""Process lifecycle: what serving starts and stops, its hooks, and SIGTERM/SIGINT handling.

The first signal asks for a graceful stop (stop taking updates, finish those accepted, run the
shutdown hooks such as releasing broadcast leases); a second one ends the process at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import os
import signal
from collections.abc import AsyncIterator

from bot.context import BotApplication, Hook

log = logging.getLogger(__name__)

EXIT_AT_ONCE_CODE = 130


def install_signal_handlers(stop: asyncio.Event) -> None:
    """SIGTERM or SIGINT: set `stop`; the same again while stopping: exit immediately."""
    loop = asyncio.get_running_loop()

    def on_signal(signum: int) -> None:
        if stop.is_set():
            log.warning("second %s while shutting down: exiting now", signal.Signals(signum).name)
            logging.shutdown()
            os._exit(EXIT_AT_ONCE_CODE)
        log.info("%s received: finishing accepted updates, then exiting",
                 signal.Signals(signum).name)
        stop.set()

    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, on_signal, sig)


@contextlib.asynccontextmanager
async def serving(app: BotApplication, *, drain_timeout: float | None = None
                  ) -> AsyncIterator[None]:
    """What polling and webhook modes start and stop alike: the Application, the inbox, the hooks.

    On exit the updates already taken are finished (for at most `drain_timeout`), then the inbox
    lets go of this process's updates and the shutdown hooks run.
    """
    inbox = app.bot_data.services.inbox
    async with app:
        await app.start()
        await inbox.start(app)
        await _run_hooks(app.bot_data.startup_hooks, "start-up", timeout=None)
        freeze_startup_heap()
        try:
            yield
        finally:
            try:
                await asyncio.wait_for(app.stop(), drain_timeout)
            except TimeoutError:
                log.error("updates still running after %.0f s; exiting anyway", drain_timeout)
            await inbox.stop()
            await _run_hooks(app.bot_data.shutdown_hooks, "shutdown", timeout=5.0)


def add_startup_hook(app: BotApplication, hook: Hook) -> None:
    """Run `hook` once serving starts, before the first update; a failure is logged, not raised.

    For example the bot's commands are published, and a broadcast worker starts, here.
    """
    app.bot_data.startup_hooks.append(hook)


def add_shutdown_hook(app: BotApplication, hook: Hook) -> None:
    """Run `hook` during a clean shutdown, after updates stop, before Redis closes.

    For example a broadcast worker registers the release of its lease here.
    """
    app.bot_data.shutdown_hooks.append(hook)


async def _run_hooks(hooks: list[Hook], what: str, timeout: float | None) -> None:
    """Each bounded by `timeout`; failures are logged, not raised."""
    for hook in hooks:
        try:
            await asyncio.wait_for(hook(), timeout)
        except Exception:
            log.exception("%s hook %s failed", what, getattr(hook, "__qualname__", hook))


def freeze_startup_heap() -> None:
    """Keep what start-up built (catalogs, knowledge base, screens) out of every later collection.

    Those objects live as long as the process. Left in the collector's care, each full collection
    walks them all again: a pause of about 30 ms, a few times a minute under load. An update makes
    a few thousand short-lived objects, so the youngest generation is collected every 10,000
    allocations instead of 700: about 8% less CPU per menu tap (py-spy and /proc under
    `python -m benchmarks --only taps`).

    Once per process: what is frozen is never collected, so a process that built several bots in
    turn (the test suite) would otherwise keep every earlier one.
    """
    if gc.get_freeze_count():
        return
    gc.collect()
    gc.freeze()
    gc.set_threshold(10_000)
