"""What the webhook's HTTP server itself guarantees against idle, slow and too many connections.

A reverse proxy (Caddy, an ingress) normally sits in front and has its own limits; these hold when
it does not, or when it passes a slow client straight through:

- A connection must finish a request's headers within HEADER_SECONDS of opening, or of its
  previous answer (aiohttp's keep-alive timer, which runs from the connection's start); an idle
  or slowloris connection is closed then.
- A body must arrive within BODY_SECONDS (bot/serving/webhook.py answers 408 and closes).
- At most MAX_OPEN_CONNECTIONS at once: a connection beyond that is closed as soon as it opens,
  before anything is read from it.
- A request answered without its body being read (a bad secret, 503, 415) closes the connection
  instead of reading and discarding the rest (lingering), and bodies are never inflated (gzip,
  deflate): Telegram sends plain JSON, so a compressed body costs an unauthenticated client's
  bytes, never the bot's CPU.
"""

from __future__ import annotations

import asyncio
from typing import Any

from aiohttp import web

HEADER_SECONDS = 10.0
BODY_SECONDS = 10.0
# Telegram opens at most 100 (MAX_CONNECTIONS); a proxy may open more. Well under the file
# descriptor limit, with the Redis and Bot API pools beside them.
MAX_OPEN_CONNECTIONS = 1000

# Keyword arguments of every aiohttp request handler (web.AppRunner passes them through).
HANDLER_ARGS: dict[str, Any] = {
    "keepalive_timeout": HEADER_SECONDS,
    "lingering_time": 0,
    "auto_decompress": False,
}


class _Refused(asyncio.Protocol):
    """A connection over the limit: closed at once, nothing read."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        transport.close()


class LimitedTCPSite(web.TCPSite):
    """A TCP site that closes connections beyond `max_connections` as they open."""

    def __init__(self, runner: web.BaseRunner, host: str, port: int, *,
                 max_connections: int = MAX_OPEN_CONNECTIONS) -> None:
        super().__init__(runner, host, port)
        self.max_connections = max_connections
        self.refused = 0

    async def start(self) -> None:
        await web.BaseSite.start(self)  # registers the site; TCPSite.start would bind it unguarded
        server = self._runner.server
        assert server is not None

        def admit() -> asyncio.BaseProtocol:
            if len(server.connections) >= self.max_connections:
                self.refused += 1
                return _Refused()
            return server()

        loop = asyncio.get_running_loop()
        self._server = await loop.create_server(admit, self._host, self._port,
                                                reuse_address=self._reuse_address)
        sockets = self._server.sockets
        self._bound_port = sockets[0].getsockname()[1] if sockets else self._port
