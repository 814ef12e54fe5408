"""Broadcast test helpers: seed chats in the local Telegram and the registry, run workers."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import pytest
from redis.asyncio import Redis
from telegram import Bot
from telegram.request import HTTPXRequest

from bot.broadcast.delivery import Sender
from bot.broadcast.jobs import DONE, Job, JobStore
from bot.broadcast.pacing import Pacer
from bot.broadcast.registry import ChatRegistry
from bot.broadcast.worker import DeliveryWorker, WorkerSettings
from bot.config import Config
from bot.emulator import LocalTelegram

LOCAL_TOKEN = "123456789:LOCAL-telegram-stand-in-token"


@dataclass
class Chats:
    """The chats of one test, by what will happen to them."""

    all: list[int] = field(default_factory=list)
    locale: dict[int, str] = field(default_factory=dict)
    blocked: set[int] = field(default_factory=set)
    migrated: dict[int, int] = field(default_factory=dict)

    @property
    def reachable(self) -> list[int]:
        return [c for c in self.all if c not in self.blocked]


async def seed(telegram: LocalTelegram, redis: Redis, prefix: str, count: int, *,
               blocked_every: int = 0, migrated_every: int = 0, channels_every: int = 4) -> Chats:
    """`count` subscribed groups and channels, alternating English and Spanish."""
    registry = ChatRegistry(redis, prefix)
    chats = Chats()
    async with redis.pipeline(transaction=False) as pipe:
        for n in range(count):
            chat_id = -1_000_000 - n
            channel = bool(channels_every) and n % channels_every == 0
            title = f"Chat {n}"
            if channel:
                telegram.world.channel(chat_id, title, bot_status="administrator")
            else:
                telegram.world.group(chat_id, title, supergroup=False, bot_status="member")
            locale = "es" if n % 2 else "en"
            chats.all.append(chat_id)
            chats.locale[chat_id] = locale
            pipe.hset(registry.keys.chat(chat_id), mapping={
                "type": "channel" if channel else "group", "title": title,
                "status": "administrator" if channel else "member", "subscribed": "1",
                "active": "1"})
            pipe.set(registry.keys.chat_locale(chat_id), locale)
            pipe.zadd(registry.keys.subscribers, {str(chat_id): chat_id})
            if blocked_every and n % blocked_every == 1:
                chats.blocked.add(chat_id)
                telegram.world.chats[chat_id].bot_status = "kicked"
            elif migrated_every and n % migrated_every == 2 and not channel:
                new_id = -100_0000_000_000 - n
                chats.migrated[chat_id] = new_id
                telegram.migrate(chat_id, new_id)
        await pipe.execute()
    return chats


def local_bot(telegram: LocalTelegram, pool: int = 16) -> Bot:
    request = HTTPXRequest(connection_pool_size=pool, read_timeout=15)
    return Bot(LOCAL_TOKEN, base_url=f"{telegram.url}/bot", request=request)


def make_worker(
    bot: Bot, redis: Redis, prefix: str, rate: int, **settings: float
) -> DeliveryWorker:
    sender = Sender(bot, Pacer(redis, prefix, rate), backoff_base=0.05)
    defaults: dict[str, float] = {"poll_seconds": 0.05, "progress_seconds": 0.5,
                                  "lease_seconds": 3.0}
    defaults.update(settings)
    return DeliveryWorker(bot, redis, prefix, sender, WorkerSettings(
        lease_seconds=defaults["lease_seconds"], poll_seconds=defaults["poll_seconds"],
        progress_seconds=defaults["progress_seconds"]))


@contextlib.asynccontextmanager
async def running_worker(bot: Bot, redis: Redis, prefix: str, rate: int,
                         **settings: float) -> AsyncIterator[DeliveryWorker]:
    worker = make_worker(bot, redis, prefix, rate, **settings)
    stop = asyncio.Event()
    task = asyncio.create_task(worker.run(stop))
    try:
        yield worker
    finally:
        stop.set()
        await asyncio.wait_for(task, 30)


async def queue_text(redis: Redis, prefix: str, admin: int, texts: dict[str, str],
                     audience: str = "all") -> Job:
    return await JobStore(redis, prefix).create(Job(
        id=0, status="", kind="text", audience=audience, admin_chat=admin, texts=texts))


async def wait_done(redis: Redis, prefix: str, job_id: int, timeout: float) -> Job:
    store = JobStore(redis, prefix)
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        job = await store.get(job_id)
        assert job is not None
        if job.status == DONE:
            return job
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"broadcast {job_id} not done in {timeout}s: {job.counts}")
        await asyncio.sleep(0.1)


@pytest.fixture(name="telegram")
async def flood_limited_telegram() -> AsyncIterator[LocalTelegram]:
    """The local Telegram enforcing Telegram's flood limits, as broadcasts meet them."""
    server = LocalTelegram(flood_limits=True)
    await server.start()
    yield server
    await server.stop()


@pytest.fixture(name="config")
def config_once(default_config: Config) -> Config:
    """Broadcast administration is the same over either Bot API transport: run once."""
    return default_config
