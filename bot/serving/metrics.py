"""Prometheus metrics of the process; labels are bounded sets (never a user or chat id)."""

from __future__ import annotations

from functools import cache, lru_cache

from prometheus_client import CONTENT_TYPE_LATEST, Counter, Gauge, Histogram, generate_latest

UPDATES = Counter(
    "cardbot_updates_total",
    "Updates handled, by update type and outcome (ok, error, duplicate, unhandled)",
    ["type", "outcome"],
)
HANDLER_LATENCY = Histogram(
    "cardbot_handler_latency_seconds",
    "Time from taking an update to finishing it, by handler",
    ["handler"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)
TELEGRAM_CALLS = Counter(
    "cardbot_telegram_calls_total", "Bot API requests made, by method", ["method"]
)
TELEGRAM_ERRORS = Counter(
    "cardbot_telegram_errors_total",
    "Bot API requests that failed, by method and kind (status code or network)",
    ["method", "kind"],
)
REDIS_ERRORS = Counter("cardbot_redis_errors_total", "Redis commands or pipelines that failed")
WEBHOOK_REQUESTS = Counter(
    "cardbot_webhook_requests_total",
    "Requests on the webhook path, by HTTP status answered",
    ["status"],
)
UPDATES_IN_FLIGHT = Gauge("cardbot_updates_in_flight", "Updates being handled right now")
WEBHOOK_BACKLOG = Gauge(
    "cardbot_webhook_backlog", "Updates answered 200 on the webhook and not yet finished"
)
# Broadcast progress is shared state in Redis, read at each scrape (broadcast_metrics.py): every
# process reports the same values, so aggregate them with max(), not sum().
BROADCASTS_LIVE = Gauge(
    "cardbot_broadcasts_live", "Broadcasts not finished, by status", ["status"]
)
BROADCAST_RECIPIENTS = Gauge(
    "cardbot_broadcast_recipients",
    "Recipients of unfinished broadcasts: reached by outcome (ok, blocked, failed, doubt, "
    "skipped), or pending",
    ["outcome"],
)

# Known Bot API method names are a bounded set; anything else is folded into one label.
_METHOD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


@lru_cache(maxsize=512)  # one URL per method, so the cache is the set of methods called
def method_label(url: str) -> str:
    """The Bot API method named at the end of a request URL, or 'other'."""
    name = url.rsplit("/", 1)[-1]
    if 0 < len(name) <= 40 and set(name) <= _METHOD_CHARS:
        return name
    return "other"


# labels() takes a lock and checks its arguments on every call. These children are asked for on
# every update or call, and their label sets are bounded (see above), so each is looked up once.
@cache
def updates_child(kind: str, outcome: str) -> Counter:
    return UPDATES.labels(kind, outcome)


@cache
def latency_child(handler: str) -> Histogram:
    return HANDLER_LATENCY.labels(handler)


@cache
def calls_child(method: str) -> Counter:
    return TELEGRAM_CALLS.labels(method)


def render() -> tuple[bytes, str]:
    """The exposition text of the default registry and its content type."""
    return generate_latest(), CONTENT_TYPE_LATEST
