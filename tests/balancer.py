"""A tiny round-robin HTTP load balancer for tests: forwards each request to the next backend."""

from __future__ import annotations

import itertools

import aiohttp
from aiohttp import web

_HOP_BY_HOP = {"host", "content-length", "transfer-encoding", "connection"}


class RoundRobin:
    """Listens on 127.0.0.1; `served[i]` counts requests forwarded to backend i."""

    def __init__(self, backends: list[str]) -> None:
        self.backends = backends
        self.served = [0] * len(backends)
        self._next = itertools.cycle(range(len(backends)))
        self._session: aiohttp.ClientSession | None = None
        self._runner: web.AppRunner | None = None
        self.url = ""

    async def _forward(self, request: web.Request) -> web.Response:
        index = next(self._next)
        assert self._session is not None
        headers = {k: v for k, v in request.headers.items() if k.lower() not in _HOP_BY_HOP}
        headers["X-Forwarded-For"] = request.remote or ""
        try:
            async with self._session.request(
                request.method, self.backends[index] + request.path_qs,
                data=await request.read(), headers=headers,
            ) as resp:  # fmt: skip
                body = await resp.read()
                self.served[index] += 1
                return web.Response(status=resp.status, body=body)
        except aiohttp.ClientError:
            return web.Response(status=502)

    async def start(self, port: int) -> str:
        self._session = aiohttp.ClientSession()
        app = web.Application(client_max_size=4 << 20)
        app.router.add_route("*", "/{tail:.*}", self._forward)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", port).start()
        self.url = f"http://127.0.0.1:{port}"
        return self.url

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
        if self._session is not None:
            await self._session.close()
