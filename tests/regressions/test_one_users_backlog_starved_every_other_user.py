"""Bug: a user with more queued updates than the concurrency limit blocked every other user.

PerUserUpdateProcessor took a concurrency slot first and then waited for the user's lock, so a
backlog of one user (a flood, or one slow reply) held all slots while waiting its turn.
"""

from __future__ import annotations

import asyncio

from bot.serving.ordering import PerUserUpdateProcessor
from tests.test_ordering import update_from


async def test_a_flooding_user_leaves_slots_for_others() -> None:
    processor = PerUserUpdateProcessor(4)
    gate = asyncio.Event()
    done: list[str] = []

    async def work(name: str) -> None:
        await gate.wait() if name == "flood-0" else None
        done.append(name)

    flood = [
        asyncio.create_task(processor.process_update(update_from(1, n), work(f"flood-{n}")))
        for n in range(10)
    ]
    await asyncio.sleep(0)
    other = asyncio.create_task(processor.process_update(update_from(2, 99), work("other")))
    finished, _ = await asyncio.wait({other}, timeout=5)
    # The other user is answered while the flooding user's first update still waits.
    assert finished == {other}
    assert done == ["other"]
    gate.set()
    await asyncio.gather(*flood)
    assert done[1:] == [f"flood-{n}" for n in range(10)]
