"""Screens rendered from the knowledge base and the session; importing this registers them all."""

from bot.screens import cards, compare, faq, home, law, replies, source, tasks
from bot.screens.base import Screen, render

__all__ = [
    "Screen", "cards", "compare", "faq", "home", "law", "render", "replies", "source", "tasks",
]
