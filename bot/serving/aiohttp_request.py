"""PTB's BaseRequest on aiohttp: one ClientSession and one bounded connection pool per object.

PTB's default transport (httpx) caps the whole bot at a few hundred Bot API calls per second on
a small machine; aiohttp's client does the same work for a fraction of the CPU.

Timeouts map onto PTB's four: ``pool_timeout`` bounds the wait for a free connection (our own
semaphore, so a full pool is told apart from a slow server), ``connect_timeout`` the TCP/TLS
connect, ``read_timeout`` each wait for bytes of the answer. aiohttp has no separate write timeout,
so ``write_timeout`` is enforced as part of a ceiling on the whole request (connect + write +
read). Every timeout raises PTB's ``TimedOut``; any other transport failure ``NetworkError``.
"""

from __future__ import annotations

import asyncio
import ssl
import urllib.request
from functools import lru_cache
from typing import Any
from urllib.parse import quote_plus, urlsplit

import aiohttp
from aiohttp.payload import BytesPayload
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

FORM_URLENCODED = "application/x-www-form-urlencoded"
POOL_TIMEOUT_MESSAGE = (
    "Pool timeout: all connections in the connection pool are occupied. The request was not "
    "sent to Telegram; raise TELEGRAM_HTTP_POOL or the pool timeout."
)


def _pick(value: ODVInput[float], default: float | None) -> float | None:
    return default if isinstance(value, DefaultValue) else value


def _ceiling(*parts: float | None) -> float | None:
    """The sum of the parts, or no ceiling when any of them is unbounded."""
    if any(part is None for part in parts):
        return None
    return sum(part for part in parts if part is not None)


@lru_cache(maxsize=64)  # a handful of combinations; ClientTimeout is immutable, so it is shared
def _timeout(connect: float | None, write: float | None, read: float | None
             ) -> aiohttp.ClientTimeout:  # fmt: skip
    return aiohttp.ClientTimeout(
        total=_ceiling(connect, write, read), sock_connect=connect, sock_read=read
    )


class AiohttpRequest(BaseRequest):
    """All Bot API calls of one PTB ``Bot`` (or its getUpdates calls) over one aiohttp session."""

    __slots__ = (
        "_connect_timeout",
        "_media_write_timeout",
        "_pool",
        "_pool_size",
        "_pool_timeout",
        "_proxy",
        "_proxy_for",
        "_read_timeout",
        "_session",
        "_ssl",
        "_write_timeout",
    )

    def __init__(
        self,
        connection_pool_size: int = 100,
        read_timeout: float | None = 5.0,
        write_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
        media_write_timeout: float | None = 20.0,
        proxy: str | None = None,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        if connection_pool_size < 1:
            raise ValueError("connection_pool_size must be at least 1")
        self._pool_size = connection_pool_size
        self._read_timeout = read_timeout
        self._write_timeout = write_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._media_write_timeout = media_write_timeout
        self._proxy = proxy
        self._proxy_for: dict[tuple[str, str], str | None] = {}
        # Certificates are always verified: the default context checks them and the host name.
        self._ssl = ssl_context or ssl.create_default_context()
        self._pool = asyncio.Semaphore(connection_pool_size)
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    @property
    def pool_size(self) -> int:
        return self._pool_size

    @property
    def proxy(self) -> str | None:
        """The configured proxy (None: HTTPS_PROXY / HTTP_PROXY / NO_PROXY decide per host)."""
        return self._proxy

    @property
    def closed(self) -> bool:
        return self._session is None or self._session.closed

    async def initialize(self) -> None:
        """Open the session (inside the running event loop, as aiohttp requires)."""
        if not self.closed:
            return
        connector = aiohttp.TCPConnector(
            limit=self._pool_size, limit_per_host=self._pool_size, ssl=self._ssl,
            ttl_dns_cache=300, enable_cleanup_closed=True,
        )  # fmt: skip
        # HTTPS_PROXY / HTTP_PROXY / NO_PROXY are read here, once per host (see _proxy_of), not
        # by aiohttp's trust_env, which re-reads them and ~/.netrc in a thread on every request.
        self._proxy_for.clear()
        self._session = aiohttp.ClientSession(
            connector=connector, trust_env=False,
            headers={"User-Agent": self.USER_AGENT}, timeout=aiohttp.ClientTimeout(total=None),
            skip_auto_headers=("Accept-Encoding",),
        )  # fmt: skip

    async def shutdown(self) -> None:
        """Close the session and its connections; idempotent."""
        session, self._session = self._session, None
        if session is not None and not session.closed:
            await session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        session = self._session
        if session is None or session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        files = request_data.multipart_data if request_data else None
        read = _pick(read_timeout, self._read_timeout)
        connect = _pick(connect_timeout, self._connect_timeout)
        write = _pick(write_timeout, self._media_write_timeout if files else self._write_timeout)
        timeout = _timeout(connect, write, read)
        await self._acquire(_pick(pool_timeout, self._pool_timeout))
        try:
            async with session.request(
                method, url, data=_body(request_data), timeout=timeout, proxy=self._proxy_of(url)
            ) as response:
                return response.status, await response.read()
        except TimeoutError as exc:  # aiohttp's timeout errors derive from it as well
            raise TimedOut from exc
        except (aiohttp.ClientError, OSError) as exc:
            raise NetworkError(f"aiohttp.{type(exc).__name__}: {exc}") from exc
        finally:
            self._pool.release()

    def _proxy_of(self, url: str) -> str | None:
        """The configured proxy, else the environment's for this scheme and host (cached)."""
        if self._proxy is not None:
            return self._proxy
        parts = urlsplit(url)
        key = (parts.scheme, parts.netloc)
        if key not in self._proxy_for:
            proxies = urllib.request.getproxies_environment()
            chosen = proxies.get(parts.scheme) or proxies.get("all")
            bypass = urllib.request.proxy_bypass_environment  # type: ignore[attr-defined]
            if chosen and bypass(parts.hostname or "", proxies):
                chosen = None
            self._proxy_for[key] = chosen
        return self._proxy_for[key]

    async def _acquire(self, pool_timeout: float | None) -> None:
        """A free connection slot within pool_timeout, or TimedOut (nothing was sent)."""
        if not self._pool.locked():
            await self._pool.acquire()  # a free slot: returns at once
            return
        try:
            async with asyncio.timeout(pool_timeout):
                await self._pool.acquire()
        except TimeoutError:
            raise TimedOut(POOL_TIMEOUT_MESSAGE) from None


def _quote(value: str) -> str:
    return _quote_long(value) if len(value) > _LONG else quote_plus(value)


# Quoting is per byte in pure Python: for a screen's text and keyboard it was a fifth of this
# transport's CPU. The same screens go out again and again (and the cache has a bound), so the
# long values are quoted once. Short ones (ids, names) are cheap and would only churn it.
_LONG = 64


@lru_cache(maxsize=128)
def _quote_long(value: str) -> str:
    return quote_plus(value)


def _body(request_data: RequestData | None) -> aiohttp.FormData | BytesPayload | None:
    """Form fields as PTB passes them: urlencoded, or multipart when there are files."""
    if request_data is None:
        return None
    fields = request_data.json_parameters
    files = request_data.multipart_data
    if not files:
        # The bytes aiohttp makes of a dict (urlencode), without its detour through FormData (a
        # failed payload lookup, then a multidict per field).
        body = "&".join(f"{_quote(name)}={_quote(value)}" for name, value in fields.items())
        return BytesPayload(body.encode(), content_type=FORM_URLENCODED)
    form = aiohttp.FormData(quote_fields=False)
    for name, value in fields.items():
        form.add_field(name, value)
    for name, part in files.items():
        filename, content, *rest = part
        content_type: Any = rest[0] if rest else None
        form.add_field(name, content, filename=filename, content_type=content_type)
    return form

