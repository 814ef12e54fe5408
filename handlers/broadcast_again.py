""""Send again to the N in doubt": the button under a final report, its confirmation, and the
follow-up broadcast it queues (bot/broadcast/followup.py). Buttons: "ctl:again:<id>" asks,
"ctl:redo:<id>" confirms, "ctl:keep:<id>" declines; old or repeated presses get a short note.
"""

from __future__ import annotations

from telegram import Message, Update
from telegram.constants import ParseMode

from bot.broadcast.followup import create_followup
from bot.broadcast.jobs import JobStore
from bot.broadcast.report import followup_note
from bot.callbacks import JobControl
from bot.context import BotContext
from bot.i18n import _, current_locale, pgettext
from handlers.broadcast_draft import keyboard, send_waiting

ACTIONS = ("again", "redo", "keep")


async def on_send_again(update: Update, context: BotContext, action: str, job_id: int) -> None:
    query = update.callback_query
    assert query is not None
    message = query.message if isinstance(query.message, Message) else None
    store = JobStore(context.services.redis, context.services.config.key_prefix)
    job = await store.get(job_id)
    doubt = job.counts.get("doubt", 0) if job is not None else 0
    if job is None or not doubt or message is None:
        await query.answer(_("That broadcast can no longer be changed."), show_alert=True)
        return
    if job.followup and action != "keep":
        await query.answer(_("Broadcast #{id} was already sent again, as #{again}.").format(
            id=job.id, again=job.followup), show_alert=True)
        return
    await query.answer()
    if action == "keep":
        await message.edit_text(_("Nothing was sent again."))
    elif action == "again":
        ask = _("Send broadcast #{id} again to the {n} chats in doubt?\nA sending process "
                "stopped while sending to them, so some of them may have it already: those "
                "would get it twice.").format(id=job.id, n=doubt)
        await send_waiting(message, ask, reply_markup=keyboard(
            [(pgettext("button", "🔁 Yes, send again"), JobControl("redo", job.id))],
            [(pgettext("button", "✖️ No"), JobControl("keep", job.id))],
        ))  # fmt: skip
    else:
        created, again_id = await create_followup(store, job, message.chat.id, current_locale())
        if created is None:
            await message.edit_text(_("Broadcast #{id} was already sent again, as #{again}.")
                                    .format(id=job.id, again=again_id))
            return
        note = _("📢 <b>Broadcast #{id}</b>: waiting for a sender. Progress will show here.")
        await message.edit_text(note.format(id=created.id) + followup_note(created),
                                parse_mode=ParseMode.HTML)
        await store.update(created.id, progress_message_id=str(message.message_id))
