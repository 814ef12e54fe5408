"""Bot API transports: faults of the local Telegram map to the PTB errors the bot handles."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable

import pytest
from telegram import Bot, InputFile
from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut
from telegram.request import BaseRequest, HTTPXRequest

from bot.emulator import LocalTelegram
from bot.serving.aiohttp_request import AiohttpRequest
from tests.conftest import wait_until

TOKEN = "123456789:transport-test-token-abcdefghij"
CHAT = 501

Factory = Callable[..., BaseRequest]
TRANSPORTS: dict[str, Factory] = {"aiohttp": AiohttpRequest, "httpx": HTTPXRequest}


@pytest.fixture
async def telegram() -> AsyncIterator[LocalTelegram]:
    server = LocalTelegram()
    await server.start()
    server.user(CHAT)
    yield server
    await server.stop()


@pytest.fixture(params=sorted(TRANSPORTS))
def factory(request: pytest.FixtureRequest) -> Factory:
    return TRANSPORTS[request.param]


@pytest.fixture
async def bot(telegram: LocalTelegram, factory: Factory) -> AsyncIterator[Bot]:
    request = factory(connection_pool_size=4, read_timeout=0.5)
    async with make_bot(telegram.url, request) as bot:
        yield bot


def make_bot(url: str, request: BaseRequest) -> Bot:
    return Bot(TOKEN, base_url=f"{url}/bot", base_file_url=f"{url}/file/bot", request=request)


async def test_a_call_round_trips(telegram: LocalTelegram, bot: Bot) -> None:
    message = await bot.send_message(CHAT, "hello <b>there</b>", parse_mode="HTML")
    assert message.text == "hello there"
    assert telegram.last_bot_message(CHAT) is not None


async def test_a_slow_answer_is_timed_out(telegram: LocalTelegram, bot: Bot) -> None:
    telegram.fail_next(1, status=200, delay=2.0, method="sendMessage")
    with pytest.raises(TimedOut):
        await bot.send_message(CHAT, "slow", read_timeout=0.2)


async def test_a_reset_connection_is_a_network_error(telegram: LocalTelegram, bot: Bot) -> None:
    telegram.fail_next(1, reset=True, method="sendMessage")
    with pytest.raises(NetworkError) as caught:
        await bot.send_message(CHAT, "reset")
    assert not isinstance(caught.value, TimedOut)
    # The pool recovers: the next call goes through on a fresh connection.
    assert (await bot.send_message(CHAT, "again")).text == "again"


@pytest.mark.parametrize("status", [500, 502, 504])
async def test_server_errors_are_network_errors(
    telegram: LocalTelegram, bot: Bot, status: int
) -> None:
    telegram.fail_next(1, status=status, method="sendMessage")
    with pytest.raises(NetworkError) as caught:
        await bot.send_message(CHAT, "5xx")
    assert not isinstance(caught.value, TimedOut)


async def test_flood_wait_is_retry_after(telegram: LocalTelegram, bot: Bot) -> None:
    telegram.fail_next(1, status=429, retry_after=3, method="sendMessage")
    with pytest.raises(RetryAfter):
        await bot.send_message(CHAT, "flood")


async def test_bad_request_keeps_telegrams_description(bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.send_message(999_999, "nobody")


async def test_a_full_pool_is_a_pool_timeout(telegram: LocalTelegram) -> None:
    request = AiohttpRequest(connection_pool_size=1, pool_timeout=0.05)
    async with make_bot(telegram.url, request) as bot:
        telegram.fail_next(1, status=200, delay=0.5, method="sendMessage")
        slow = asyncio.create_task(bot.send_message(CHAT, "holds the only connection"))
        await wait_until(lambda: telegram.inflight == 1)
        with pytest.raises(TimedOut, match="Pool timeout"):
            await bot.send_message(CHAT, "waits for a connection")
        assert (await slow).text == "holds the only connection"


async def test_a_document_upload_reaches_the_local_telegram(
    telegram: LocalTelegram, bot: Bot
) -> None:
    document = InputFile(b"name,card\nAnn,social\n", filename="cards.csv")
    message = await bot.send_document(CHAT, document, caption="the list")
    assert message.document is not None
    assert message.caption == "the list"
    call = await telegram.wait_call("sendDocument")
    assert call.params["document"] == "attach://cards.csv"


async def test_close_leaves_no_open_session(telegram: LocalTelegram) -> None:
    request = AiohttpRequest()
    async with make_bot(telegram.url, request) as bot:
        await bot.get_me()
        assert not request.closed
    assert request.closed
    await request.shutdown()  # idempotent
    with pytest.raises(RuntimeError, match="not initialized"):
        await request.do_request(f"{telegram.url}/bot{TOKEN}/getMe", "POST")
    await request.initialize()  # and it can be opened again
    assert not request.closed
    await request.shutdown()


def test_pool_size_must_be_positive() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        AiohttpRequest(connection_pool_size=0)
