"""A Bot API transport for unit tests: records each request and answers with a canned body."""

from __future__ import annotations

import json
from typing import Any

from telegram.request import BaseRequest, RequestData


class Recorder(BaseRequest):
    """Records each request's URL and form fields; answers `answer(fields)` with `status`.

    The default answer is the edited message that editMessageText returns.
    """

    def __init__(self, status: int = 200, body: dict[str, Any] | None = None) -> None:
        self.sent: list[tuple[str, list[tuple[str, str]]]] = []
        self.status = status
        self.body = body

    @property
    def read_timeout(self) -> float | None:
        return None

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    def answer(self, fields: dict[str, Any]) -> bytes:
        body = self.body or {"ok": True, "result": {
            "message_id": int(fields["message_id"]), "date": 0, "text": fields["text"],
            "chat": {"id": int(fields["chat_id"]), "type": "private"},
        }}  # fmt: skip
        return json.dumps(body).encode()

    async def do_request(
        self, url: str, method: str, request_data: RequestData | None = None, *args: Any,
        **kwargs: Any,
    ) -> tuple[int, bytes]:  # fmt: skip
        assert request_data is not None
        self.sent.append((url, list(request_data.json_parameters.items())))
        return self.status, self.answer(dict(request_data.json_parameters))
