"""The local Telegram: a Bot API stand-in for running and testing the bot offline."""

from bot.emulator.flood import FloodLimits
from bot.emulator.model import ApiCall, Message
from bot.emulator.run import run_emulator, serve_forever
from bot.emulator.server import LocalTelegram

__all__ = ["ApiCall", "FloodLimits", "LocalTelegram", "Message", "run_emulator", "serve_forever"]
