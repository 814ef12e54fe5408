"""Updates of one user run one after another; different users run side by side."""

from __future__ import annotations

import asyncio

from telegram import Update, User

from bot.serving.ordering import PerUserUpdateProcessor


def update_from(user_id: int, update_id: int) -> Update:
    update = Update.de_json(
        {
            "update_id": update_id,
            "message": {
                "message_id": update_id,
                "date": 0,
                "chat": {"id": user_id, "type": "private"},
                "from": User(user_id, "U", False).to_dict(),
                "text": "hi",
            },
        },
        None,
    )
    assert update is not None
    return update


async def test_same_user_in_order_other_users_concurrently() -> None:
    processor = PerUserUpdateProcessor(16)
    log: list[str] = []
    gate = asyncio.Event()

    async def work(name: str, wait: bool) -> None:
        log.append(f"start {name}")
        if wait:
            await gate.wait()
        log.append(f"end {name}")

    first = asyncio.create_task(processor.process_update(update_from(1, 1), work("a1", True)))
    second = asyncio.create_task(processor.process_update(update_from(1, 2), work("a2", False)))
    other = asyncio.create_task(processor.process_update(update_from(2, 3), work("b1", False)))
    await other
    # User 2 finished while user 1's first update still waits; user 1's second has not started.
    assert log == ["start a1", "start b1", "end b1"]
    gate.set()
    await asyncio.gather(first, second)
    assert log[3:] == ["end a1", "start a2", "end a2"]
    assert processor.active_users == 0  # nothing kept for users who are done
