"""Bot API error answers in Telegram's shapes."""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """An error answer: HTTP status, Telegram description and optional parameters."""

    def __init__(
        self, status: int, description: str, parameters: dict[str, Any] | None = None, *,
        invalid: bool = False,
    ) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters
        self.invalid = invalid  # the request broke the spec or a content limit

    def payload(self) -> dict[str, Any]:
        """Return the JSON body Telegram would send for this error."""
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.status,
            "description": self.description,
        }
        if self.parameters:
            body["parameters"] = self.parameters
        return body


def bad_request(detail: str) -> ApiError:
    """Build a 400 with Telegram's "Bad Request: " prefix."""
    return ApiError(400, f"Bad Request: {detail}")


def invalid(detail: str) -> ApiError:
    """Build a 400 for a request that breaks the spec or one of Telegram's limits."""
    return ApiError(400, f"Bad Request: {detail}", invalid=True)


def forbidden(detail: str) -> ApiError:
    """Build a 403 with Telegram's "Forbidden: " prefix."""
    return ApiError(403, f"Forbidden: {detail}")


def too_many_requests(retry_after: int) -> ApiError:
    """Build a 429 carrying parameters.retry_after."""
    return ApiError(
        429,
        f"Too Many Requests: retry after {retry_after}",
        {"retry_after": retry_after},
    )


def parse_entities_error(detail: str) -> ApiError:
    """Build the 400 Telegram answers for bad formatting."""
    return invalid(f"can't parse entities: {detail}")
