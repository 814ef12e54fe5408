"""Screens rendered from the knowledge base and the session; importing this registers them all."""

from bot.screens import home
from bot.screens.base import Screen, render

__all__ = ["Screen", "home", "render"]
