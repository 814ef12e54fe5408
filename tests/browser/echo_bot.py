"""A tiny PTB bot for exercising the local Telegram: /start greets with a button, echo otherwise."""

from __future__ import annotations

import html
import os
from pathlib import Path

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

WELCOME = "<b>Welcome</b>, {name}! Press the button."
PRESSED = "You pressed <i>{data}</i> &amp; the message changed."


def spec_path() -> Path:
    """api.json beside the repo, or $TELEGRAM_API_SPEC."""
    env = os.environ.get("TELEGRAM_API_SPEC")
    if env:
        return Path(env)
    repo_root = Path(__file__).resolve().parents[2]
    return repo_root.parent / "shared" / "telegram-bot-api" / "api.json"


async def _start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message and update.effective_user
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Press me", callback_data="pressed")]])
    name = html.escape(update.effective_user.first_name)
    await update.effective_message.reply_html(WELCOME.format(name=name), reply_markup=keyboard)


async def _press(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query is not None
    await query.answer("Done")
    await query.edit_message_text(PRESSED.format(data=html.escape(query.data or "")),
                                  parse_mode="HTML")


async def _echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message and update.effective_message.text
    await update.effective_message.reply_text(update.effective_message.text)


def build_echo_app(url: str, token: str = "123:abc") -> Application:  # type: ignore[type-arg]
    """An Application pointed at a local Telegram at url."""
    app = (
        ApplicationBuilder()
        .token(token)
        .base_url(f"{url}/bot")
        .base_file_url(f"{url}/file/bot")
        .build()
    )
    app.add_handler(CommandHandler("start", _start))
    app.add_handler(CallbackQueryHandler(_press))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, _echo))
    return app


async def start_polling(app: Application) -> None:  # type: ignore[type-arg]
    """Initialize, start and poll with a short long-poll timeout."""
    await app.initialize()
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0, timeout=1)


async def stop_polling(app: Application) -> None:  # type: ignore[type-arg]
    """Stop polling and shut the application down."""
    assert app.updater is not None
    await app.updater.stop()
    await app.stop()
    await app.shutdown()
