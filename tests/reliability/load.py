"""Users who keep using the bot while things fail, and what they were told."""

from __future__ import annotations

import asyncio
import random
import shutil
import socket
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.emulator import LocalTelegram
from bot.emulator.model import ApiCall
from tests.reliability.figures import FIGURES

LANGS = {"es": "Español", "en": "English"}
ACK = {"es": "en español", "en": "in English"}
FAULT_STATUSES = (429, 500, 502)
ANSWER_TIMEOUT = 20.0


@dataclass
class Tally:
    """Per user: the language they were last told is saved, and replies per update."""

    acknowledged: dict[int, str] = field(default_factory=dict)
    replies: dict[int, int] = field(default_factory=dict)
    unanswered: list[int] = field(default_factory=list)
    commands: dict[int, int] = field(default_factory=dict)


def inject_random_fault(telegram: LocalTelegram, rng: random.Random, chat_id: int) -> None:
    """One fault on this user's next call: 429, 500, 502, a reset connection or a slow answer.

    At most one armed fault per chat (and one for button answers, which name no chat): a fault the
    user's next action does not meet waits for a later one, and stacked faults on one call would
    outlast the bot's retries, which is more than "at random" means here.
    """
    method = rng.choice(["sendMessage", "editMessageText", "answerCallbackQuery", None])
    target = None if method == "answerCallbackQuery" else chat_id
    if any(f.chat_id == target for f in telegram.faults.faults):
        return
    kind = rng.choice(["status", "status", "reset", "slow"])
    if kind == "status":
        status = rng.choice(FAULT_STATUSES)
        telegram.fail_next(1, status=status, method=method, chat_id=target, retry_after=1)
    elif kind == "reset":
        telegram.fail_next(1, reset=True, method=method, chat_id=target)
    else:
        telegram.fail_next(1, status=200, delay=rng.uniform(0.05, 0.4), method=method,
                           chat_id=target)
    FIGURES.faults_injected += 1


async def wait_answer(telegram: LocalTelegram, since: int, chat_id: int,
                      query_id: str | None = None) -> ApiCall:
    """The first successful reply to this chat (or answer to this button press) after `since`."""

    def mine(call: ApiCall) -> bool:
        if not call.ok:
            return False
        if call.method == "answerCallbackQuery":
            return query_id is not None and str(call.params.get("callback_query_id")) == query_id \
                and bool(call.params.get("text"))
        return call.params.get("chat_id") in (chat_id, str(chat_id))

    return await telegram.wait_call(
        {"sendMessage", "editMessageText", "answerCallbackQuery"}, since=since,
        timeout=ANSWER_TIMEOUT, where=mine,
    )  # fmt: skip


async def choose_language(telegram: LocalTelegram, user_id: int, code: str, tally: Tally,
                          rng: random.Random | None = None) -> None:
    """/language, then the button; remember the language if the bot said it is saved."""
    mark = telegram.mark()
    if rng is not None:
        inject_random_fault(telegram, rng, user_id)
    sent = telegram.send_text(user_id, "/language")
    tally.commands[user_id] = tally.commands.get(user_id, 0) + 1
    FIGURES.updates_accepted += 1
    try:
        await wait_answer(telegram, mark, user_id)
    except TimeoutError:
        tally.unanswered.append(sent["update_id"])
        return
    FIGURES.updates_answered += 1
    menu = telegram.last_bot_message(user_id)
    found = [d for row in telegram.buttons(menu) for text, d in row if LANGS[code] in text]
    assert found, f"/language answered with {menu.text!r}"
    data = found[0]
    mark = telegram.mark()
    if rng is not None:
        inject_random_fault(telegram, rng, user_id)
    pressed = telegram.press_button(user_id, menu.message_id, str(data))
    FIGURES.updates_accepted += 1
    try:
        call = await wait_answer(telegram, mark, user_id, pressed["callback_query"]["id"])
    except TimeoutError:
        tally.unanswered.append(pressed["update_id"])
        return
    FIGURES.updates_answered += 1
    if call.method != "answerCallbackQuery":  # an alert means nothing was saved
        shown = telegram.last_bot_message(user_id).text
        if ACK[code] in shown:
            tally.acknowledged[user_id] = code


def duplicates(telegram: LocalTelegram, tally: Tally) -> int:
    """Messages beyond one per /language command: each command gets exactly one new message."""
    extra = 0
    for uid, commands in tally.commands.items():
        extra += max(0, len(telegram.received(uid)) - commands)
    return extra


class DurableRedis:
    """A redis-server with an append-only file, so a restart keeps what was acknowledged."""

    def __init__(self, workdir: Path) -> None:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = int(sock.getsockname()[1])
        self.workdir = workdir
        self.process: subprocess.Popen[bytes] | None = None

    @staticmethod
    def available() -> bool:
        return shutil.which("redis-server") is not None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    async def start(self) -> None:
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "yes", "--appendfsync", "always", "--dir", str(self.workdir)],
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        for _ in range(500):
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            await asyncio.sleep(0.01)
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(10)
            self.process = None


async def stored_languages(redis: Any, prefix: str, user_ids: list[int]) -> dict[int, str]:
    values = await redis.mget([f"{prefix}:{{u{uid}}}:locale" for uid in user_ids])
    return {uid: v for uid, v in zip(user_ids, values, strict=True) if v is not None}
