"""Bot API call metrics: a transport wrapper that counts calls and failures per method."""

from __future__ import annotations

from telegram.error import NetworkError, TimedOut

from bot.serving import metrics
from bot.serving.wrapped_request import Send, WrappedRequest


class InstrumentedRequest(WrappedRequest):
    """Delegates to another transport, counting calls and failures per Bot API method."""

    __slots__ = ()

    async def around(self, url: str, send: Send) -> tuple[int, bytes]:
        label = metrics.method_label(url)
        metrics.calls_child(label).inc()
        try:
            code, payload = await send()
        except TimedOut:
            metrics.TELEGRAM_ERRORS.labels(label, "timeout").inc()
            raise
        except NetworkError:
            metrics.TELEGRAM_ERRORS.labels(label, "network").inc()
            raise
        if code != 200:
            metrics.TELEGRAM_ERRORS.labels(label, str(code)).inc()
        return code, payload
