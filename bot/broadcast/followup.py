""""Send again to the chats in doubt": a follow-up broadcast that an admin asks for, knowingly.

Broadcasts are delivered at most once (README, "Exactly once"): a chat whose send was under way
when a process died is "doubt" and is never sent again on its own. The admin may decide
otherwise, accepting that such a chat may get the message twice. The follow-up is an ordinary
broadcast (paced, leased, recorded, listed by /broadcasts) that walks a set of its own, the chats
in doubt of the original, instead of the subscribers.
"""

from __future__ import annotations

from redis.asyncio import Redis

from bot.broadcast.jobs import QUEUED, Job, JobStore
from bot.redis_scripts import CLAIM_FOLLOWUP

DOUBT = "doubt"



async def chats_in_doubt(store: JobStore, job_id: int) -> list[int]:
    states = await store.delivery_states(job_id)
    return sorted(chat for chat, state in states.items() if state == DOUBT)


async def create_followup(store: JobStore, origin: Job, admin_chat: int,
                          admin_locale: str) -> tuple[Job | None, int]:
    """(the new follow-up, its id), or (None, id of the one made before) if there was one;
    (None, 0) when the original has no chat in doubt."""
    if origin.followup:
        return None, origin.followup
    targets = await chats_in_doubt(store, origin.id)
    if not targets:
        return None, 0
    new_id = int(await store.redis.incr(store.keys.sequence))
    claimed = int(await store.redis.eval(CLAIM_FOLLOWUP, 1, store.keys.job(origin.id), str(new_id)))
    if claimed < 0:
        return None, -claimed
    await store.redis.zadd(store.keys.targets(new_id), {str(c): c for c in targets})
    job = Job(
        id=new_id, status=QUEUED, kind=origin.kind, audience=origin.audience,
        admin_chat=admin_chat, admin_locale=admin_locale, node=origin.node, texts=origin.texts,
        total=len(targets), retry_of=origin.id, photo=origin.photo,
    )  # fmt: skip
    return await store.create(job), new_id


async def targets_after(redis: Redis, store: JobStore, job_id: int, cursor: float,
                        batch: int) -> list[int]:
    """The next `batch` chats of a follow-up above `cursor`, in id order."""
    low = f"({cursor}" if cursor != float("-inf") else "-inf"
    raw = await redis.zrangebyscore(store.keys.targets(job_id), low, "+inf", start=0, num=batch)
    return [int(str(x)) for x in raw]
