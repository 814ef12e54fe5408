"""Placeholder: the chat page and its /_emu/ endpoints."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiohttp import web

if TYPE_CHECKING:
    from bot.emulator.server import LocalTelegram


def setup_web(app: web.Application, tg: LocalTelegram) -> None:
    """Add the chat page routes."""
