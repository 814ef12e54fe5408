"""/broadcasts: recent broadcasts with their figures; pause, resume or cancel a live one."""

from __future__ import annotations

import html

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest

from bot.broadcast.jobs import CANCELLED, LIVE, PAUSED, QUEUED, RUNNING, JobStore
from bot.broadcast.report import send_again_button, summary_line
from bot.callbacks import JobControl
from bot.context import BotContext
from bot.i18n import _, pgettext
from handlers import broadcast_again
from handlers.broadcast_draft import is_admin, refusal

RECENT = 10
_ACTIONS = {"pause": PAUSED, "resume": QUEUED, "cancel": CANCELLED}


def _store(context: BotContext) -> JobStore:
    return JobStore(context.services.redis, context.services.config.key_prefix)


async def listing(context: BotContext) -> tuple[str, InlineKeyboardMarkup | None]:
    jobs = await _store(context).recent(RECENT)
    if not jobs:
        return _("No broadcasts yet. /broadcast starts one."), None
    lines = [_("<b>Recent broadcasts</b>")] + [html.escape(summary_line(job)) for job in jobs]
    rows = []
    for job in jobs:
        again = send_again_button(job)
        if again is not None:
            rows.append([InlineKeyboardButton(f"#{job.id}: {button.text}",
                                              callback_data=button.callback_data)
                         for button in again.inline_keyboard[0]])
        if job.status not in LIVE:
            continue
        row = []
        if job.status in (RUNNING, QUEUED):
            row.append((pgettext("button", "⏸ Pause #{id}"), "pause"))
        if job.status == PAUSED:
            row.append((pgettext("button", "▶️ Resume #{id}"), "resume"))
        row.append((pgettext("button", "✖️ Cancel #{id}"), "cancel"))
        rows.append([InlineKeyboardButton(
            label.format(id=job.id),
            callback_data=JobControl(action, job.id).pack())
            for label, action in row])  # fmt: skip
    return "\n".join(lines), InlineKeyboardMarkup(rows) if rows else None


async def show(update: Update, context: BotContext) -> None:
    message = update.effective_message
    user = update.effective_user
    if message is None:
        return
    if not is_admin(context, user.id if user else None):
        await message.reply_text(refusal())
        return
    text, markup = await listing(context)
    await message.reply_text(text, parse_mode=ParseMode.HTML, reply_markup=markup)


async def on_control(update: Update, context: BotContext, tap: JobControl | None) -> None:
    """A job's control; an unknown one (None: old or forged), or a finished broadcast, gets a
    short note."""
    query = update.callback_query
    assert query is not None
    if tap is not None and tap.action in broadcast_again.ACTIONS:
        await broadcast_again.on_send_again(update, context, tap.action, tap.job_id)
        return
    job = None
    if tap is not None and tap.action in _ACTIONS:
        job = await _store(context).set_status(tap.job_id, _ACTIONS[tap.action])
    if job is None or tap is None:
        await query.answer(_("That broadcast can no longer be changed."), show_alert=True)
    else:
        notes = {"pause": _("Broadcast #{id} paused."), "resume": _("Broadcast #{id} resumed."),
                 "cancel": _("Broadcast #{id} cancelled.")}
        await query.answer(notes[tap.action].format(id=job.id))
    if isinstance(query.message, Message):
        text, markup = await listing(context)
        try:
            await query.message.edit_text(text, parse_mode=ParseMode.HTML, reply_markup=markup)
        except BadRequest as exc:
            if "not modified" not in exc.message:
                raise
