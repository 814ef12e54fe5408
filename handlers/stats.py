"""/stats for the bot's admins: what people choose inline and what they ask without an answer."""

from __future__ import annotations

from html import escape

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import Application, CommandHandler

from bot.broadcast.admins import is_bot_admin
from bot.context import BotContext
from bot.i18n import _
from bot.screens.titles import title
from bot.stats import Stats


async def show_stats(update: Update, context: BotContext) -> None:
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None:
        return
    services = context.services
    if not is_bot_admin(services.config, user.id):
        await chat.send_message(_("Sorry, /stats is only for the bot's admins."))
        return
    report = await Stats(services.redis, services.config.key_prefix).read()
    totals = report.totals
    lines = [
        "<b>" + _("Usage") + "</b>",
        _("Questions typed: {n}").format(n=totals.get("questions", 0)),
        _("Without an answer: {n}").format(n=totals.get("unanswered", 0)),
        _("Inline results chosen: {n}").format(n=totals.get("inline_chosen", 0)),
    ]
    if report.chosen:
        lines += ["", "<b>" + _("Most chosen inline") + "</b>"]
        lines += [f"{count}: {escape(title(node) or node)}" for node, count in report.chosen]
    if report.unanswered:
        lines += ["", "<b>" + _("Most asked without an answer") + "</b>"]
        lines += [f"{count}: {escape(text)}" for text, count in report.unanswered]
    await chat.send_message("\n".join(lines), parse_mode=ParseMode.HTML)


def register(app: Application) -> None:  # type: ignore[type-arg]
    app.add_handler(CommandHandler("stats", show_stats))
