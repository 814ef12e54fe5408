"""A Bot API transport that hands each call to another one, with something around the call."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from telegram.request import BaseRequest, RequestData

Send = Callable[[], Awaitable[tuple[int, bytes]]]


class WrappedRequest(BaseRequest):
    """Subclasses implement `around(url, send)`; `send()` makes the call on the inner transport."""

    __slots__ = ("inner",)

    def __init__(self, inner: BaseRequest) -> None:
        self.inner = inner

    @property
    def read_timeout(self) -> float | None:
        return self.inner.read_timeout

    async def initialize(self) -> None:
        await self.inner.initialize()

    async def shutdown(self) -> None:
        await self.inner.shutdown()

    async def around(self, url: str, send: Send) -> tuple[int, bytes]:
        return await send()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        def send() -> Awaitable[tuple[int, bytes]]:
            return self.inner.do_request(
                url, method, request_data, read_timeout, write_timeout, connect_timeout,
                pool_timeout,
            )  # fmt: skip

        return await self.around(url, send)
