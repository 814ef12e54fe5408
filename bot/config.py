"""Configuration from environment variables (and an optional .env file)."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from bot.i18n import SUPPORTED_LOCALES
from bot.redis_conn import SCHEMES as REDIS_SCHEMES
from bot.redis_conn import RedisUrlError, check_url

_TOKEN_RE = re.compile(r"^\d+:[A-Za-z0-9_-]{20,}$")
_LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
_SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
HTTP_CLIENTS = ("aiohttp", "httpx")


class ConfigError(Exception):
    """A variable is missing or malformed; the message names it and says what is wrong."""


@dataclass(frozen=True)
class Config:
    """Everything the bot reads from its environment."""

    bot_token: str | None = None
    telegram_api_url: str | None = None
    redis_url: str | None = None
    webhook_url: str | None = None
    webhook_secret: str | None = None
    webhook_secret_also: str | None = None  # accepted too, during a rotation
    admin_ids: frozenset[int] = field(default_factory=frozenset)
    default_language: str = "en"
    log_level: str = "INFO"
    key_prefix: str = "cardbot"
    session_ttl_days: int = 30
    webhook_host: str = "0.0.0.0"
    webhook_port: int = 8443
    emulator_host: str = "127.0.0.1"
    emulator_port: int = 8080
    broadcast_rate: int = 30
    broadcast_paid: bool = False
    broadcast_worker: bool = False
    http_client: str = "aiohttp"
    http_pool_size: int = 100
    proxy_url: str | None = None
    # Polling mode's /healthz, /readyz and /metrics; None: not served (webhook mode has its own).
    metrics_host: str = "127.0.0.1"
    metrics_port: int | None = None

    @property
    def local_mode(self) -> bool:
        """No token: the bot runs against the local Telegram."""
        return self.bot_token is None


def _url(name: str, value: str, schemes: tuple[str, ...]) -> str:
    parsed = urlparse(value)
    if parsed.scheme not in schemes or not (parsed.netloc or parsed.path):
        raise ConfigError(f"{name}: expected a URL starting with {' or '.join(schemes)}://")
    return value


def _redis_url(value: str) -> str:
    _url("REDIS_URL", value, REDIS_SCHEMES)
    try:
        check_url(value)
    except RedisUrlError as exc:
        raise ConfigError(f"REDIS_URL: {exc}") from None
    return value


def _int(name: str, value: str, low: int, high: int) -> int:
    try:
        number = int(value)
    except ValueError:
        raise ConfigError(f"{name}: expected a whole number, got {value!r}") from None
    if not low <= number <= high:
        raise ConfigError(f"{name}: expected a number from {low} to {high}, got {number}")
    return number


def _admin_ids(value: str) -> frozenset[int]:
    ids: set[int] = set()
    for part in filter(None, (p.strip() for p in value.split(","))):
        if not part.isdigit():
            raise ConfigError(f"ADMIN_IDS: expected comma-separated user ids, got {part!r}")
        ids.add(int(part))
    return frozenset(ids)


def read_dotenv(path: Path) -> dict[str, str]:
    """KEY=VALUE lines; blank lines and # comments skipped; quotes around a value removed."""
    values: dict[str, str] = {}
    if not path.is_file():
        return values
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.removeprefix("export ").partition("=")
        if not sep or not key.strip():
            raise ConfigError(f"{path.name} line {number}: expected KEY=VALUE")
        values[key.strip()] = value.strip().strip("'\"")
    return values


def load_config(environ: Mapping[str, str] | None = None, dotenv: Path | None = None) -> Config:
    """Build the Config; real environment variables win over the .env file."""
    env = {**read_dotenv(dotenv or Path(".env")), **(os.environ if environ is None else environ)}

    def get(name: str) -> str | None:
        value = env.get(name, "").strip()
        return value or None

    token = get("TELEGRAM_BOT_TOKEN")
    if token is not None and not _TOKEN_RE.match(token):
        raise ConfigError("TELEGRAM_BOT_TOKEN: expected the form 123456:ABC-DEF... from BotFather")
    api_url = get("TELEGRAM_API_URL")
    redis_url = get("REDIS_URL")
    webhook_url = get("WEBHOOK_URL")
    secret = get("WEBHOOK_SECRET")
    if secret is not None and not _SECRET_RE.match(secret):
        raise ConfigError("WEBHOOK_SECRET: expected 1-256 characters of A-Z, a-z, 0-9, _ and -")
    secret_also = get("WEBHOOK_SECRET_ALSO")
    if secret_also is not None and not _SECRET_RE.match(secret_also):
        raise ConfigError("WEBHOOK_SECRET_ALSO: expected 1-256 characters of A-Z, a-z, 0-9, _, -")
    if webhook_url is not None and token is None:
        raise ConfigError("WEBHOOK_URL: needs TELEGRAM_BOT_TOKEN as well")
    language = (get("DEFAULT_LANGUAGE") or "en").lower()
    if language not in SUPPORTED_LOCALES:
        raise ConfigError(
            f"DEFAULT_LANGUAGE: expected one of {', '.join(SUPPORTED_LOCALES)}, got {language!r}"
        )
    log_level = (get("LOG_LEVEL") or "INFO").upper()
    if log_level not in _LOG_LEVELS:
        raise ConfigError(f"LOG_LEVEL: expected one of {', '.join(_LOG_LEVELS)}, got {log_level!r}")
    prefix = get("REDIS_KEY_PREFIX") or "cardbot"
    if not re.fullmatch(r"[A-Za-z0-9_.-]{1,64}", prefix):
        raise ConfigError("REDIS_KEY_PREFIX: expected 1-64 characters of A-Z, a-z, 0-9, _ . -")
    http_client = (get("TELEGRAM_HTTP_CLIENT") or "aiohttp").lower()
    if http_client not in HTTP_CLIENTS:
        raise ConfigError(
            f"TELEGRAM_HTTP_CLIENT: expected one of {', '.join(HTTP_CLIENTS)}, got {http_client!r}"
        )
    proxy = get("TELEGRAM_PROXY")
    paid = (get("BROADCAST_PAID") or "0").lower()
    if paid not in ("0", "1", "true", "false", "yes", "no"):
        raise ConfigError("BROADCAST_PAID: expected 1 or 0")
    listen_host, _, listen_port = (get("WEBHOOK_LISTEN") or "0.0.0.0:8443").rpartition(":")
    metrics_listen = get("METRICS_LISTEN")
    if metrics_listen is not None and webhook_url is not None:
        raise ConfigError("METRICS_LISTEN: polling mode only; the webhook server on WEBHOOK_LISTEN "
                          "serves /metrics, /healthz and /readyz")
    metrics_host, _, metrics_port = (metrics_listen or "").rpartition(":")
    return Config(
        bot_token=token,
        telegram_api_url=_url("TELEGRAM_API_URL", api_url, ("http", "https")) if api_url else None,
        redis_url=_redis_url(redis_url) if redis_url else None,
        webhook_url=_url("WEBHOOK_URL", webhook_url, ("https", "http")) if webhook_url else None,
        webhook_secret=secret,
        webhook_secret_also=secret_also,
        admin_ids=_admin_ids(get("ADMIN_IDS") or ""),
        default_language=language,
        log_level=log_level,
        key_prefix=prefix,
        session_ttl_days=_int("SESSION_TTL_DAYS", get("SESSION_TTL_DAYS") or "30", 1, 3650),
        webhook_host=listen_host or "0.0.0.0",
        webhook_port=_int("WEBHOOK_LISTEN", listen_port, 1, 65535),
        emulator_host=get("EMULATOR_HOST") or "127.0.0.1",
        emulator_port=_int("EMULATOR_PORT", get("EMULATOR_PORT") or "8080", 0, 65535),
        # Messages per second for broadcasts; above 30 only with paid broadcasts (Telegram's rule).
        broadcast_rate=_int("BROADCAST_RATE", get("BROADCAST_RATE") or "30", 1,
                            1000 if paid in ("1", "true", "yes") else 30),
        broadcast_paid=paid in ("1", "true", "yes"),
        # Deliver broadcasts from this bot process too (python -m bot.broadcast does it alone).
        broadcast_worker=(get("BROADCAST_WORKER") or "0").lower() in ("1", "true", "yes"),
        http_client=http_client,
        http_pool_size=_int("TELEGRAM_HTTP_POOL", get("TELEGRAM_HTTP_POOL") or "100", 1, 10000),
        proxy_url=_url("TELEGRAM_PROXY", proxy, ("http", "https")) if proxy else None,
        metrics_host=metrics_host or "127.0.0.1",
        metrics_port=_int("METRICS_LISTEN", metrics_port, 1, 65535) if metrics_listen else None,
    )
