"""HTTP requests written byte by byte, as no well-behaved client would send them."""

from __future__ import annotations

import asyncio
import contextlib

READ_SECONDS = 10.0


def request_head(path: str, headers: dict[str, bytes], length: int) -> bytes:
    """A POST's request line and headers; values are raw bytes (any bytes, not only ASCII)."""
    lines = [f"POST {path} HTTP/1.1".encode(), b"Host: 127.0.0.1",
             b"Content-Type: application/json", f"Content-Length: {length}".encode()]
    lines += [name.encode() + b": " + value for name, value in headers.items()]
    return b"\r\n".join(lines) + b"\r\n\r\n"


async def post_raw(port: int, path: str, headers: dict[str, bytes], body: bytes, *,
                   whole_body: bool = False) -> int:
    """The status of one POST sent over its own connection.

    With `whole_body`, as an attacker would, the body is sent to the end whatever the answer,
    unless the server hangs up.
    """
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(request_head(path, headers, len(body)))
        sending = asyncio.create_task(_send(writer, body))
        status_line = await asyncio.wait_for(reader.readline(), READ_SECONDS)
        if not whole_body:
            sending.cancel()
        with contextlib.suppress(asyncio.CancelledError, OSError):
            await sending
        return int(status_line.split()[1])
    finally:
        writer.close()
        with contextlib.suppress(OSError):
            await writer.wait_closed()


async def _send(writer: asyncio.StreamWriter, body: bytes) -> None:
    """The body in pieces; the server may answer, and hang up, before it has all of it."""
    with contextlib.suppress(OSError):
        for start in range(0, len(body), 1 << 16):
            writer.write(body[start:start + (1 << 16)])
            await writer.drain()


async def metric(port: int, line_start: str) -> float:
    """One sample of the server's /metrics, 0 when it is not there yet."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(b"GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        text = (await asyncio.wait_for(reader.read(), READ_SECONDS)).decode()
    finally:
        writer.close()
    for line in text.splitlines():
        if line.startswith(line_start + " "):
            return float(line.split()[-1])
    return 0.0
