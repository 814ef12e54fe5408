"""/stats for the bot's admins: what people choose inline and what they ask without an answer."""

from __future__ import annotations

from html import escape

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import CommandHandler

from bot.broadcast.admins import is_bot_admin
from bot.context import BotApplication, BotContext
from bot.i18n import _
from bot.screens.titles import title
from bot.search import ANSWER, DID_YOU_MEAN, GREETING, NOT_COVERED, THANKS
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
    totals, replies = report.totals, report.replies
    lines = [
        "<b>" + _("Usage") + "</b>",
        _("Questions typed: {n}").format(n=totals.get("questions", 0)),
        _("Answered: {n}").format(n=replies.get(ANSWER, 0)),
        _("Answered with “Did you mean”: {n}").format(n=replies.get(DID_YOU_MEAN, 0)),
        _("Not covered by the sources: {n}").format(n=replies.get(NOT_COVERED, 0)),
        _("Greetings and thanks: {n}").format(n=replies.get(GREETING, 0) + replies.get(THANKS, 0)),
        _("Inline results chosen: {n}").format(n=totals.get("inline_chosen", 0)),
    ]
    if report.gaps:
        lines += ["", "<b>" + _("Not covered, by topic") + "</b>"]
        gaps = sorted(report.gaps.items(), key=lambda item: -item[1])
        lines += [f"{count}: {gap_name(gap)}" for gap, count in gaps]
    if report.chosen:
        lines += ["", "<b>" + _("Most chosen inline") + "</b>"]
        lines += [f"{count}: {escape(title(node) or node)}" for node, count in report.chosen]
    await chat.send_message("\n".join(lines), parse_mode=ParseMode.HTML)


def gap_name(gap: str) -> str:
    """A kind of gap named for the admin; never anything a user typed."""
    names = {
        "lost": _("lost or stolen cards"), "foreigners": _("foreigners"),
        "time": _("how long things take"), "cost": _("fees and prices"),
        "amounts": _("rates and amounts"), "renewal": _("renewing or replacing a card"),
        "offices": _("offices, hours, phone numbers"), "passwords": _("passwords and PINs"),
        "abroad": _("other countries"), "family": _("children and students"),
        "babies": _("children and students"), "others": _("another person's card"),
        "rates": _("rates and amounts"), "ages": _("ages"), "apps": _("apps"),
        "banking": _("cash and bank accounts"), "city": _("particular cities"),
        "treatments": _("particular treatments"), "lending": _("lending a card"),
        "refused": _("a refused card"), "places": _("particular hospitals and pharmacies"),
        "transfer": _("moving to another city"),
        "getting": _("getting a card the sources are silent on"), "other": _("anything else"),
    }  # fmt: skip
    return names.get(gap, escape(gap))


def register(app: BotApplication) -> None:
    app.add_handler(CommandHandler("stats", show_stats))
