"""The "Schedule" step of /broadcast: a time typed in the admin's own time zone (bot/broadcast/
when.py), the zone changed with a button and kept for next time, Cancel on every message."""

from __future__ import annotations

import datetime as dt
import time

from telegram import Message
from telegram.constants import ParseMode

from bot.broadcast.draft import Draft
from bot.broadcast.when import ZONES, AdminZones, parse_when, zone_label
from bot.callbacks import DraftButton
from bot.context import BotContext
from bot.i18n import _, pgettext
from handlers.broadcast_draft import cancel_row, create_job, drop_draft, keyboard, send_waiting


def _zones(context: BotContext) -> AdminZones:
    return AdminZones(context.services.redis, context.services.config.key_prefix)


def _examples() -> str:
    return _("<code>2026-12-01 09:00</code> or <code>tomorrow 09:00</code>")


async def ask_time(message: Message, context: BotContext, admin_id: int,
                   zone: str | None = None) -> None:
    """Edit the confirmation into the question, with the other time zones as buttons."""
    zone = zone or await _zones(context).get(admin_id)
    others = [(pgettext("button", "🌐 {zone}").format(zone=zone_label(name)),
               DraftButton("tz", str(n))) for n, (name, _label) in enumerate(ZONES) if name != zone]
    text = _("When? Send the date and time in {zone}, as {examples}.").format(
        zone=zone_label(zone), examples=_examples())
    await message.edit_text(text, parse_mode=ParseMode.HTML, reply_markup=keyboard(
        others[:2], others[2:], cancel_row()))


async def on_zone(message: Message, context: BotContext, _current: Draft, index: str) -> bool:
    """Step.WHEN's zone buttons ("tz:<n>"): keep the choice and ask again in it."""
    if not index.isdigit() or int(index) >= len(ZONES):
        return False
    zone = ZONES[int(index)][0]
    await _zones(context).set(message.chat.id, zone)  # the admin's private chat: their id
    await ask_time(message, context, message.chat.id, zone)
    return True


async def take_time(message: Message, context: BotContext, current: Draft) -> None:
    """Step.WHEN: the typed time, read in the admin's zone; a time to come schedules it."""
    zone = await _zones(context).get(message.chat.id)
    when = parse_when(message.text or "", dt.datetime.now(dt.UTC), zone)
    if when is None:
        again = _("Please send the time in {zone} as {examples}.").format(
            zone=zone_label(zone), examples=_examples())
        await send_waiting(message, again, parse_mode=ParseMode.HTML,
                           reply_markup=keyboard(cancel_row()))
        return
    if when.timestamp() <= time.time():
        await send_waiting(message, _("That time has passed. Please send a time in the future."),
                           reply_markup=keyboard(cancel_row()))
        return
    job = await create_job(context, current, when.timestamp(), message.chat.id)
    drop_draft(context)
    scheduled = _("Broadcast #{id} is scheduled for {when} ({zone}). /broadcasts lists it.")
    await send_waiting(message, scheduled.format(
        id=job.id, when=when.strftime("%Y-%m-%d %H:%M"), zone=zone_label(zone)))
