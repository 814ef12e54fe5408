"""The aiohttp transport's wire: exact multipart bytes, proxies, TLS on, a clean close."""

from __future__ import annotations

import gc
import ssl
import warnings
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web
from telegram import Bot, InputFile

from bot.config import Config
from bot.serving.aiohttp_request import AiohttpRequest
from bot.serving.transport import make_requests

TOKEN = "123456789:transport-test-token-abcdefghij"


class Recorder:
    """A tiny HTTP server answering every Bot API call with a canned message; keeps requests."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.url = ""
        self._runner: web.AppRunner | None = None

    async def handle(self, request: web.Request) -> web.Response:
        seen: dict[str, Any] = {"url": str(request.url), "path": request.path, "fields": {}}
        if request.content_type == "multipart/form-data":
            reader = await request.multipart()
            async for part in reader:
                if part.filename:  # type: ignore[union-attr]
                    seen["fields"][part.name] = (  # type: ignore[union-attr]
                        part.filename, part.headers.get("Content-Type"),  # type: ignore[union-attr]
                        await part.read(),  # type: ignore[union-attr]
                    )
                else:
                    seen["fields"][part.name] = await part.text()  # type: ignore[union-attr]
        else:
            seen["fields"] = dict(await request.post())
        self.requests.append(seen)
        if request.path.endswith("/getMe"):
            me = {"id": 1, "is_bot": True, "first_name": "Bot", "username": "cardguide_bot"}
            return web.json_response({"ok": True, "result": me})
        message = {"message_id": 1, "date": 0, "chat": {"id": 7, "type": "private"},
                   "document": {"file_id": "f", "file_unique_id": "u", "file_name": "x"}}
        return web.json_response({"ok": True, "result": message})

    async def start(self) -> str:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self.handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.url = f"http://127.0.0.1:{self._runner.addresses[0][1]}"
        return self.url

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()


@pytest.fixture
async def recorder() -> AsyncIterator[Recorder]:
    server = Recorder()
    await server.start()
    yield server
    await server.stop()


async def test_multipart_upload_sends_the_exact_bytes(recorder: Recorder) -> None:
    payload = bytes(range(256)) * 40
    async with Bot(TOKEN, base_url=f"{recorder.url}/bot", request=AiohttpRequest()) as bot:
        await bot.send_document(
            7, InputFile(payload, filename="blob.bin"), caption="raw bytes", parse_mode="HTML"
        )
    fields = recorder.requests[-1]["fields"]
    name, content_type, body = fields["document"]
    assert (name, body) == ("blob.bin", payload)
    assert content_type == "application/octet-stream"
    assert fields["caption"] == "raw bytes"
    assert fields["chat_id"] == "7"


async def test_plain_calls_are_form_encoded(recorder: Recorder) -> None:
    async with Bot(TOKEN, base_url=f"{recorder.url}/bot", request=AiohttpRequest()) as bot:
        await bot.send_message(7, "ünïcode & more", disable_notification=True)
    fields = recorder.requests[-1]["fields"]
    assert fields["text"] == "ünïcode & more"
    assert fields["disable_notification"] == "true"


def test_form_bodies_are_the_bytes_aiohttp_makes_of_a_dict() -> None:
    from aiohttp import FormData
    from telegram.request import RequestData
    from telegram.request._requestparameter import RequestParameter

    from bot.serving.aiohttp_request import _body

    values = {"chat_id": 7, "text": "ünïcode & more+=%/?#\n<b>x</b> 🏠",
              "reply_markup": {"inline_keyboard": [[{"text": "⬅️", "callback_data": "b"}]]},
              "caption": "Ñandú «largo» & más: " * 20}
    data = RequestData([RequestParameter.from_input(k, v) for k, v in values.items()])
    ours = _body(data)
    theirs = FormData(data.json_parameters)()
    assert ours is not None and not isinstance(ours, FormData)
    assert ours._value == theirs._value
    assert ours.headers == theirs.headers


async def test_a_configured_proxy_carries_every_call(recorder: Recorder) -> None:
    """The recorder plays the proxy: it is asked for the absolute Telegram URL."""
    request = AiohttpRequest(proxy=recorder.url)
    async with Bot(TOKEN, base_url="http://api.telegram.invalid/bot", request=request) as bot:
        await bot.send_message(7, "via proxy")
    assert recorder.requests[-1]["url"].startswith("http://api.telegram.invalid/bot")


async def test_the_proxy_environment_is_honoured(
    recorder: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", recorder.url)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    async with Bot(TOKEN, base_url="http://api.telegram.invalid/bot",
                   request=AiohttpRequest()) as bot:
        await bot.send_message(7, "via env proxy")
    assert recorder.requests[-1]["url"].startswith("http://api.telegram.invalid/bot")


async def test_no_proxy_is_honoured(recorder: Recorder, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")  # nothing listens there
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    async with Bot(TOKEN, base_url=f"{recorder.url}/bot", request=AiohttpRequest()) as bot:
        await bot.send_message(7, "direct")
    assert recorder.requests[-1]["path"].endswith("/sendMessage")


def test_tls_certificates_are_verified() -> None:
    context = AiohttpRequest()._ssl
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname


async def test_shutdown_leaves_no_unclosed_session_warning(recorder: Recorder) -> None:
    # Earlier tests' garbage (a request never started, as in the TLS test) is collected first:
    # its warnings, raised whenever the collector runs, are not this bot's (a fresh clone's run
    # caught three of them here once).
    gc.collect()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        async with Bot(TOKEN, base_url=f"{recorder.url}/bot", request=AiohttpRequest()) as bot:
            await bot.get_me()
        gc.collect()
    unclosed = [w for w in caught if "nclosed" in str(w.message)]
    assert unclosed == []


def test_the_config_switch_picks_the_transport() -> None:
    general, updates = make_requests(Config(http_pool_size=17, proxy_url="http://proxy:3128"))
    assert isinstance(general, AiohttpRequest) and isinstance(updates, AiohttpRequest)
    assert general.pool_size == 17
    assert general.proxy == "http://proxy:3128"
    general, _ = make_requests(Config(http_client="httpx"))
    assert type(general).__name__ == "HTTPXRequest"


def test_transport_variables_are_read_and_checked() -> None:
    from bot.config import ConfigError, load_config

    config = load_config({"TELEGRAM_HTTP_CLIENT": "HTTPX", "TELEGRAM_HTTP_POOL": "64",
                          "TELEGRAM_PROXY": "http://proxy.internal:3128"}, dotenv=None)
    assert (config.http_client, config.http_pool_size) == ("httpx", 64)
    assert config.proxy_url == "http://proxy.internal:3128"
    assert load_config({}, dotenv=None).http_client == "aiohttp"
    for name, value in (("TELEGRAM_HTTP_CLIENT", "curl"), ("TELEGRAM_HTTP_POOL", "0"),
                        ("TELEGRAM_PROXY", "ftp://proxy")):
        with pytest.raises(ConfigError, match=name):
            load_config({name: value}, dotenv=None)
