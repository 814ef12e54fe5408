"""LocalTelegram: an aiohttp stand-in for the Bot API, plus the driver API for tests."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from aiohttp import web

from bot.emulator.actions import UserActions
from bot.emulator.api import BotApi
from bot.emulator.driver import Driver
from bot.emulator.errors import ApiError, too_many_requests
from bot.emulator.faults import Fault, FaultInjector
from bot.emulator.flood import FloodControl
from bot.emulator.http import Upload, json_response, read_params
from bot.emulator.model import ApiCall, World
from bot.emulator.photos import UPLOADS
from bot.emulator.signal import Signal
from bot.emulator.spec import ApiSpec
from bot.emulator.updates import UpdateQueue

_NOT_MESSAGES = {"sendChatAction", "sendGift", "sendInvoice"}
_STATUS_TEXT = {500: "Internal Server Error", 502: "Bad Gateway", 504: "Gateway Timeout"}


def _counts_as_message(method: str) -> bool:
    """Methods that count against the flood limits."""
    if method in _NOT_MESSAGES:
        return False
    return method.startswith("send") or method in ("copyMessage", "forwardMessage")


class LocalTelegram(UserActions, Driver):
    """A local Telegram Bot API server with a driver API for end-to-end tests."""

    def __init__(self, *, spec_path: Path | None = None, flood_limits: bool = False,
                 bot_username: str = "cardguide_bot", token: str | None = None) -> None:
        self.spec = ApiSpec.load(spec_path)
        self.world = World(bot_username)
        self.queue = UpdateQueue()
        self.api = BotApi(self.spec, self.world, self.queue)
        self.token = token
        if token:
            self.api.use_token(token)
        self.flood = FloodControl(enabled=flood_limits)
        self.faults = FaultInjector()
        self.calls: list[ApiCall] = []
        self.invalid_requests: list[ApiCall] = []
        self.url = ""
        self.call_signal = Signal()
        self.inflight = 0
        self.last_activity = time.monotonic()
        self.app = web.Application(client_max_size=64 * 1024 * 1024)
        self.app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self.app.router.add_route("*", "/file/bot{token}/{path:.*}", self._file)
        from bot.emulator.web import setup_web

        setup_web(self.app, self)
        self._runner: web.AppRunner | None = None

    @property
    def flood_limits(self) -> bool:
        """Whether flood limits are enforced."""
        return self.flood.enabled

    @flood_limits.setter
    def flood_limits(self, enabled: bool) -> None:
        self.flood.enabled = enabled

    @property
    def bot_username(self) -> str:
        """The bot's @username without the @."""
        return self.world.bot_username

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> str:
        """Listen on host:port (0 picks a free port); return the base URL."""
        self._runner = web.AppRunner(self.app, shutdown_timeout=1.0, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port)
        await site.start()
        bound = self._runner.addresses[0][1]
        self.url = f"http://{host}:{bound}"
        return self.url

    async def stop(self) -> None:
        """Stop serving; long polls end with an empty answer."""
        await self.queue.close()
        self.world.changed.pulse()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _file(self, request: web.Request) -> web.Response:
        """File downloads: nothing is stored, so every file is missing."""
        return json_response({"ok": False, "error_code": 404, "description": "Not Found"}, 404)

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        """One Bot API request: validate, inject faults, apply flood limits, run, record."""
        started = time.monotonic()
        token = request.match_info["token"]
        name = request.match_info["method"]
        method = self.spec.canonical(name) or name
        params: dict[str, Any] = {}
        fault: Fault | None = None
        busy = method != "getUpdates"
        if busy:
            self.inflight += 1
            self.last_activity = started
        try:
            try:
                try:
                    raw, files = await read_params(request)
                except ConnectionResetError:
                    return web.Response(status=400)  # the client went away mid-request
                params = raw
                result = await self._process(token, method, raw, files, request)
                if isinstance(result, Fault):
                    fault, result = result, None
                    return await self._fault_answer(fault, method, params, request, started)
                payload, status = {"ok": True, "result": result}, 200
            except ApiError as err:
                payload, status = err.payload(), err.status
                self._record(method, params, token, status, err.description, started, err.invalid)
                return json_response(payload, status)
            self._record(method, params, token, 200, result, started, False)
            if method == "getUpdates" and result:
                self.last_activity = time.monotonic()
            return json_response(payload, status)
        finally:
            if busy:
                self.inflight -= 1
                self.last_activity = time.monotonic()

    async def _process(self, token: str, method: str, raw: dict[str, Any],
                       files: dict[str, Upload], request: web.Request) -> Any:
        """Everything between reading the request and answering it; returns result or Fault."""
        if self.token is not None and token != self.token:
            raise ApiError(401, "Unauthorized")
        if self.spec.canonical(method) is None:
            raise ApiError(404, "Not Found", invalid=True)
        known = {f.name for f in self.spec.methods[method]}
        raw.update({k: f"attach://{v.name}" for k, v in files.items() if k in known})
        params = self.spec.decode(method, raw)
        raw.clear()
        raw.update(params)  # the recorded call shows decoded values
        # The bytes go to the method only (sendPhoto), not into the recorded call.
        uploads = {k: v.data for k, v in files.items() if k in known}
        if uploads:
            params[UPLOADS] = uploads
        self.api.use_token(token)
        fault = self.faults.take(method, params.get("chat_id"))
        if fault is not None and not fault.apply and fault.status != 200:
            return fault
        if fault is not None and fault.status == 200 and fault.delay:
            await asyncio.sleep(fault.delay)
        if _counts_as_message(method) or (self.flood.limits.edits_count
                                          and method.startswith("edit")):
            self._check_flood(params)
        result = await self.api.call(method, params)
        if fault is not None and fault.apply:
            return fault
        return result

    def _check_flood(self, params: dict[str, Any]) -> None:
        """Raise 429 when this message would exceed the flood limits."""
        chat = self.world.find_chat(params.get("chat_id"))
        wait = self.flood.check(chat.id if chat else None, bool(chat and chat.is_group))
        if wait:
            raise too_many_requests(wait)

    async def _fault_answer(self, fault: Fault, method: str, params: dict[str, Any],
                            request: web.Request, started: float) -> web.StreamResponse:
        """Answer an injected fault: delay, then reset the connection or send the status."""
        if fault.delay:
            await asyncio.sleep(fault.delay)
        token = request.match_info["token"]
        if fault.reset or fault.status == 0:
            self._record(method, params, token, 0, "connection reset", started, False)
            if request.transport is not None:
                request.transport.abort()
            raise asyncio.CancelledError  # nothing more may be written to the dropped socket
        if fault.status == 429:
            err = too_many_requests(fault.retry_after)
        elif fault.status == 200:
            err = ApiError(200, "")
        else:
            text = _STATUS_TEXT.get(fault.status, "Injected fault")
            err = ApiError(fault.status, text)
        self._record(method, params, token, err.status, err.description, started, False)
        return json_response(err.payload(), err.status)

    def _record(self, method: str, params: dict[str, Any], token: str, status: int,
                outcome: Any, started: float, invalid: bool) -> None:
        """Append an ApiCall and wake waiters."""
        ok = status == 200
        call = ApiCall(
            method=method, params=dict(params), ok=ok, status=status,
            result=outcome if ok else None, description=None if ok else str(outcome),
            token=token, duration=time.monotonic() - started,
        )  # fmt: skip
        self.calls.append(call)
        if invalid:
            self.invalid_requests.append(call)
        self.call_signal.pulse()

    def fail_next(self, count: int, *, status: int = 500, method: str | None = None,
                  chat_id: int | None = None, retry_after: int = 1, delay: float = 0.0,
                  reset: bool = False, apply: bool = False) -> None:
        """Make the next count matching calls answer status (after delay) or drop the socket.

        status=200 with delay only slows calls down; apply=True runs the call before failing.
        """
        self.faults.add(Fault(count, status, method, chat_id, retry_after, delay, reset, apply))

    def block(self, chat_id: int) -> None:
        """The user blocks the bot: sends answer 403."""
        self._chat(chat_id).blocked = True

    def unblock(self, chat_id: int) -> None:
        """The user unblocks the bot."""
        self._chat(chat_id).blocked = False

    def migrate(self, chat_id: int, new_chat_id: int) -> None:
        """The group becomes a supergroup with a new id; old-id calls answer migrate_to_chat_id."""
        old = self._chat(chat_id)
        old.migrated_to = new_chat_id
        self.world.group(new_chat_id, str(old.data.get("title", "")), supergroup=True,
                         bot_status=old.bot_status)
        self.world.chats[new_chat_id].members.update(old.members)

    def wait_filter(self, method: str | set[str] | None,
                    where: Callable[[ApiCall], bool] | None) -> Callable[[ApiCall], bool]:
        """Build the predicate wait_call uses (None skips getUpdates polls)."""
        names = {method} if isinstance(method, str) else method

        def match(call: ApiCall) -> bool:
            if names is None and call.method == "getUpdates":
                return False
            if names is not None and call.method not in names:
                return False
            return where is None or where(call)

        return match
