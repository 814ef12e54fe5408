"""The HTTP transport of every Bot API call: aiohttp (default) or PTB's own httpx."""

from __future__ import annotations

from telegram.request import BaseRequest, HTTPXRequest

from bot.config import Config
from bot.serving.aiohttp_request import AiohttpRequest

# getUpdates is one long poll at a time; its own small pool keeps it from starving the others.
GET_UPDATES_POOL = 2


def make_request(config: Config, pool_size: int) -> BaseRequest:
    """A request object of the configured kind (TELEGRAM_HTTP_CLIENT)."""
    if config.http_client == "httpx":
        return HTTPXRequest(connection_pool_size=pool_size, proxy=config.proxy_url)
    return AiohttpRequest(connection_pool_size=pool_size, proxy=config.proxy_url)


def make_requests(config: Config) -> tuple[BaseRequest, BaseRequest]:
    """(general request, getUpdates request): one connection pool each."""
    return make_request(config, config.http_pool_size), make_request(config, GET_UPDATES_POOL)
