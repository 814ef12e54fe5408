"""The local Telegram in a process of its own, with a load generator beside it.

``python -m benchmarks.telegram_proc --port N`` serves the Bot API stand-in plus:

- ``POST /_bench/seed {"first": id, "users": n}``: n users, each with one bot message carrying
  an inline keyboard (the message the taps press);
- ``POST /_bench/taps {...}``: press buttons at a fixed concurrency and time each tap from the
  moment its update exists to the moment the bot's editMessageText for it is answered;
- ``POST /_bench/reset``: forget recorded calls.

Generating the load inside the Telegram process keeps the load generator off the bot's CPU
and event loop, and lets a tap be timed without any polling.
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import gc
import time
from typing import Any

import aiohttp
from aiohttp import web

from bot.emulator import LocalTelegram

TAP_TARGETS = ("g:cmp", "g:faq", "g:cards", "g:law")


class BenchTelegram(LocalTelegram):
    """LocalTelegram that resolves a future when the bot edits a waiting user's message."""

    def __init__(self, **kw: Any) -> None:
        super().__init__(**kw)
        self.waiting: dict[int, asyncio.Future[float]] = {}
        self.errors: dict[str, int] = {}
        self.visits: dict[int, int] = {}
        self.app.router.add_post("/_bench/seed", self.seed)
        self.app.router.add_post("/_bench/taps", self.taps)
        self.app.router.add_post("/_bench/reset", self.reset)
        self.app.router.add_post("/_bench/make", self.make)

    def _record(self, method: str, params: dict[str, Any], token: str, status: int,
                outcome: Any, started: float, invalid: bool) -> None:
        if status != 200 and method != "getUpdates":
            key = f"{method}:{status}"
            self.errors[key] = self.errors.get(key, 0) + 1
        if method in ("editMessageText", "sendMessage"):
            future = self.waiting.pop(int(params.get("chat_id") or 0), None)
            if future is not None and not future.done():
                future.set_result(time.perf_counter())
        if len(self.calls) > 2000:
            del self.calls[:1000]  # the load runs long; the driver API is not used here
        super()._record(method, params, token, status, outcome, started, invalid)

    async def seed(self, request: web.Request) -> web.Response:
        body = await request.json()
        first, count = int(body["first"]), int(body["users"])
        keyboard = {"inline_keyboard": [[{"text": t, "callback_data": t}] for t in TAP_TARGETS]}
        for uid in range(first, first + count):
            self.world.user(uid, f"User{uid}", "en" if uid % 3 else "es")
            chat = self.world.chats[uid]
            if not chat.messages:
                data = {"message_id": 0, "date": self.api.now(), "chat": dict(chat.data),
                        "from": self.api.bot_user, "text": "Menu", "reply_markup": keyboard}
                chat.add(data, from_bot=True)
        return web.json_response({"ok": True})

    async def reset(self, _request: web.Request) -> web.Response:
        self.calls.clear()
        self.errors.clear()
        self.queue.deliveries.clear()
        self.queue.set_webhook(None, drop_pending=True)
        return web.json_response({"ok": True})

    async def make(self, request: web.Request) -> web.Response:
        """Updates built but not queued: a typed text or an inline query of a seeded user."""
        body = await request.json()
        uid, text, kind = int(body["user"]), str(body["text"]), str(body["kind"])
        user = self.world.users[uid]
        update_id = self.queue.next_update_id
        self.queue.next_update_id += 1
        if kind == "inline":
            qid = self.world.next_id()
            query = {"id": qid, "from": user, "query": text, "offset": "", "chat_type": "sender"}
            self.world.inline_queries[qid] = query
            return web.json_response({"update_id": update_id, "inline_query": query})
        chat = self.world.chats[uid]
        message = {"message_id": chat.next_message_id, "date": self.api.now(),
                   "chat": dict(chat.data), "from": user, "text": text}
        chat.next_message_id += 1
        return web.json_response({"update_id": update_id, "message": message})

    def _tap_update(self, uid: int, data: str) -> dict[str, Any]:
        """A callback_query update for the user's first message (not queued)."""
        chat = self.world.chats[uid]
        message = chat.messages[min(chat.messages)]
        qid = self.world.next_id()
        query = {"id": qid, "from": self.world.users[uid], "message": copy.deepcopy(message.data),
                 "chat_instance": str(uid), "data": data}
        self.world.callback_queries[qid] = query
        update_id = self.queue.next_update_id
        self.queue.next_update_id += 1
        return {"update_id": update_id, "callback_query": query}

    async def taps(self, request: web.Request) -> web.Response:
        body = await request.json()
        count, concurrency = int(body["count"]), int(body["concurrency"])
        first, users = int(body["first"]), int(body["users"])
        # POST updates to these webhooks (lanes spread over them) instead of queueing them.
        webhooks: list[str] = list(body.get("webhooks") or [])
        timeout = float(body.get("timeout", 10.0))
        connector = aiohttp.TCPConnector(limit=concurrency)
        session = aiohttp.ClientSession(connector=connector) if webhooks else None
        latencies: list[float] = []
        lost = 0
        counter = iter(range(count))
        loop = asyncio.get_running_loop()

        per_lane = max(1, users // concurrency)

        async def worker(lane: int) -> None:
            # Each lane owns its own users, so no user ever has two taps in flight.
            nonlocal lost
            for j, _ in enumerate(counter):
                uid = first + lane + concurrency * (j % per_lane)
                visit = self.visits.get(uid, 0)
                self.visits[uid] = visit + 1
                data = TAP_TARGETS[visit % len(TAP_TARGETS)]  # never the screen already shown
                future: asyncio.Future[float] = loop.create_future()
                self.waiting[uid] = future
                update = self._tap_update(uid, data)
                start = time.perf_counter()
                if session is not None:
                    hook = webhooks[lane % len(webhooks)]
                    async with session.post(hook, json=update) as resp:
                        await resp.read()
                else:
                    self.queue.push(update)
                try:
                    done = await asyncio.wait_for(future, timeout)
                    latencies.append(done - start)
                except TimeoutError:
                    lost += 1
                    self.waiting.pop(uid, None)

        # This process's heap grows with every tap it records. Its full collections (up to 94 ms,
        # seen with gc.callbacks) stalled whichever bot was under test and were read as that bot's
        # tail latency. So the measuring process keeps its own collector off while it measures.
        gc.collect()
        gc.freeze()
        gc.disable()
        started = time.perf_counter()
        try:
            await asyncio.gather(*(worker(lane) for lane in range(concurrency)))
        finally:
            gc.enable()
            if session is not None:
                await session.close()
        elapsed = time.perf_counter() - started
        return web.json_response({
            "elapsed": elapsed, "latencies": latencies, "lost": lost,
            "errors": dict(self.errors), "pending": self.queue.pending_count,
        })  # fmt: skip


async def serve(host: str, port: int, flood_limits: bool) -> None:
    telegram = BenchTelegram(flood_limits=flood_limits)
    url = await telegram.start(host, port)
    print(f"READY {url}", flush=True)
    try:
        await asyncio.Event().wait()
    finally:
        await telegram.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--flood-limits", action="store_true")
    args = parser.parse_args()
    asyncio.run(serve(args.host, args.port, args.flood_limits))


if __name__ == "__main__":
    main()
