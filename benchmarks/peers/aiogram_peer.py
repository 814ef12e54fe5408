"""An aiogram 3 bot with RedisStorage and the same handler shape as ours.

Per tap: read the user's FSM data from Redis, answer the query, edit the message, write the data
back. Installed by the optional ``bench`` extra (``pip install -e '.[bench]'``).
"""

from __future__ import annotations

import asyncio
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.fsm.context import FSMContext
from aiogram.fsm.storage.base import DefaultKeyBuilder
from aiogram.fsm.storage.redis import RedisStorage
from aiogram.types import (
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Message,
)  # fmt: skip

from benchmarks.peers.screens import TARGETS, screen_for


def _payload(data: str) -> tuple[str, InlineKeyboardMarkup]:
    text, rows = screen_for(data)
    return text, InlineKeyboardMarkup(inline_keyboard=[
        [InlineKeyboardButton(text=label, callback_data=cb) for label, cb in row] for row in rows
    ])  # fmt: skip


PAYLOADS = {data: _payload(data) for data in TARGETS}
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


async def on_tap(query: CallbackQuery, state: FSMContext) -> None:
    data = await state.get_data()
    history = [*data.get("history", []), query.data or ""][-10:]
    text, markup = PAYLOADS.get(query.data or "", PAYLOADS[TARGETS[0]])
    await query.answer()
    if isinstance(query.message, Message):
        await query.message.edit_text(
            text, parse_mode="HTML", reply_markup=markup, link_preview_options=NO_PREVIEW
        )
    await state.set_data({"node": query.data, "history": history})


async def run_aiogram(token: str, api_url: str, redis_url: str, prefix: str,
                      stop: asyncio.Event, ready: Any) -> None:
    session = AiohttpSession(api=TelegramAPIServer.from_base(api_url), limit=100)
    bot = Bot(token, session=session)
    storage = RedisStorage.from_url(redis_url, key_builder=DefaultKeyBuilder(prefix=prefix))
    dp = Dispatcher(storage=storage)
    dp.callback_query.register(on_tap)
    polling = asyncio.create_task(dp.start_polling(bot, handle_signals=False, polling_timeout=10))
    await asyncio.sleep(0.5)
    ready()
    await stop.wait()
    await dp.stop_polling()
    await polling
    await storage.close()
    await bot.session.close()
