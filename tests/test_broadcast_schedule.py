"""Scheduling in the admin's time zone, "tomorrow 09:00", Cancel at every step, the preview of a
"one for all" text and the count of the chosen audience."""

from __future__ import annotations

import datetime as dt

from redis.asyncio import Redis

from bot.app import BotApplication
from bot.broadcast.jobs import SCHEDULED, JobStore
from bot.broadcast.when import AdminZones, parse_when
from bot.emulator import LocalTelegram
from tests.broadcast_support import (  # the two fixtures are this file's telegram and config
    config_once,
    flood_limited_telegram,
    seed,
)
from tests.test_broadcast_admin import ADMIN, Admin, confirmation

NOW = dt.datetime(2026, 11, 27, 20, 0, tzinfo=dt.UTC)  # already the 28th, 04:00, in China


def utc(text: str, zone: str = "Asia/Shanghai") -> dt.datetime | None:
    when = parse_when(text, NOW, zone)
    return None if when is None else when.astimezone(dt.UTC)


def test_times_are_read_in_the_admins_zone_and_words_name_the_day_there() -> None:
    assert utc("2026-12-01 09:00") == dt.datetime(2026, 12, 1, 1, 0, tzinfo=dt.UTC)
    # "Tomorrow" is China's tomorrow: the 29th, though it is still the 27th in UTC.
    for typed in ("tomorrow 09:00", "mañana 09:00", "Mañana  9:00", "TOMORROW 09:00"):
        assert utc(typed) == dt.datetime(2026, 11, 29, 1, 0, tzinfo=dt.UTC), typed
    assert utc("today 18:30") == dt.datetime(2026, 11, 28, 10, 30, tzinfo=dt.UTC)
    assert utc("hoy 18:30", "UTC") == dt.datetime(2026, 11, 27, 18, 30, tzinfo=dt.UTC)
    assert utc("mañana 09:00", "Europe/Madrid") == dt.datetime(2026, 11, 28, 8, 0, tzinfo=dt.UTC)
    for bad in ("tomorrow", "2026-02-30 09:00", "tomorrow 25:00", "next week 09:00", ""):
        assert utc(bad) is None, bad


async def test_scheduled_in_a_chosen_zone_with_mañana_one_for_all_previewed_once(
    telegram: LocalTelegram, bot: BotApplication, redis: Redis, key_prefix: str
) -> None:
    await seed(telegram, redis, key_prefix, 8)  # every fourth chat is a channel: 6 groups
    admin = Admin(telegram, ADMIN)
    step = await admin.press(await admin.send("/broadcast"), "My own text")
    step = await admin.press(step, "One for all")
    assert "Cancel" in " ".join(admin.labels(step))
    await admin.press(await admin.send("Same words for everyone"), "Groups")
    shown = [m.text for m in await confirmation(telegram)]
    assert shown[-3:] == [
        "Preview below: every chat gets this same message.",
        "Same words for everyone",
        "Send this to groups? That is 6 of the 8 subscribed chats.",
    ]
    when = await admin.press(telegram.last_bot_message(ADMIN), "Schedule")
    assert when.text == ("When? Send the date and time in China time, UTC+8, as "
                         "2026-12-01 09:00 or tomorrow 09:00.")
    assert admin.labels(when) == ["🌐 UTC", "🌐 Madrid time", "🌐 Mexico City time", "✖️ Cancel"]
    when = await admin.press(when, "UTC")
    assert "in UTC, as" in when.text and "🌐 China time, UTC+8" in admin.labels(when)
    wrong = await admin.send("next tuesday")
    assert wrong.text.startswith("Please send the time in UTC as")
    assert admin.labels(wrong) == ["✖️ Cancel"]
    done = await admin.send("mañana 09:00")
    tomorrow = dt.datetime.now(dt.UTC).date() + dt.timedelta(days=1)
    assert done.text == (f"Broadcast #1 is scheduled for {tomorrow:%Y-%m-%d} 09:00 (UTC). "
                         "/broadcasts lists it.")
    job = await JobStore(redis, key_prefix).get(1)
    assert job is not None and job.status == SCHEDULED
    assert job.run_at == dt.datetime.combine(tomorrow, dt.time(9), tzinfo=dt.UTC).timestamp()
    assert await AdminZones(redis, key_prefix).get(ADMIN) == "UTC"  # kept for next time


async def test_cancel_is_offered_after_a_mistake_and_discards_the_draft(
    telegram: LocalTelegram, bot: BotApplication, redis: Redis, key_prefix: str
) -> None:
    admin = Admin(telegram, ADMIN)
    step = await admin.press(await admin.send("/broadcast"), "From the knowledge base")
    nothing = await admin.send("zqxv wkjh")
    assert nothing.text.startswith("I found nothing on that")
    gone = await admin.press(nothing, "Cancel")
    assert gone.text == "Broadcast discarded."
    assert "health card" in (await admin.send("health card vs social security card")).text.lower()
    assert step is not None


__all__ = ["config_once", "flood_limited_telegram"]  # fixtures used by name, not by call
