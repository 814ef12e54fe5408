"""When to send a scheduled broadcast: typed in the admin's own time zone (China time unless they
chose another), as a date and time or as "tomorrow 09:00" / "mañana 09:00"."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from redis.asyncio import Redis
from redis.exceptions import RedisError

from bot.i18n import N_, _
from bot.redis_keys import BroadcastKeys

# (IANA name, label msgid). Most admins are in China; the others are a few common choices.
ZONES: tuple[tuple[str, str], ...] = (
    ("Asia/Shanghai", N_("China time, UTC+8")),
    ("UTC", N_("UTC")),
    ("Europe/Madrid", N_("Madrid time")),
    ("America/Mexico_City", N_("Mexico City time")),
)
DEFAULT_ZONE = ZONES[0][0]
DAY_WORDS = {"today": 0, "hoy": 0, "tomorrow": 1, "mañana": 1, "manana": 1,
             "pasado mañana": 2, "pasado manana": 2}
_DATE_TIME = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})\s+(\d{1,2}):(\d{2})")
_WORD_TIME = re.compile(r"([^\d]+?)\s+(\d{1,2}):(\d{2})")


def zone_label(name: str) -> str:
    return _(dict(ZONES).get(name, name))


def parse_when(text: str, now: dt.datetime, zone: str) -> dt.datetime | None:
    """The moment meant by `text` in `zone` (an aware datetime), or None if it is not one of the
    accepted forms. `now` is aware; whether the moment has passed is the caller's question."""
    tz = ZoneInfo(zone)
    typed = " ".join(text.strip().lower().split())
    try:
        if found := _DATE_TIME.fullmatch(typed):
            year, month, day, hour, minute = (int(g) for g in found.groups())
            return dt.datetime(year, month, day, hour, minute, tzinfo=tz)
        if (found := _WORD_TIME.fullmatch(typed)) and found.group(1) in DAY_WORDS:
            date = now.astimezone(tz).date() + dt.timedelta(days=DAY_WORDS[found.group(1)])
            return dt.datetime.combine(date, dt.time(int(found.group(2)), int(found.group(3))),
                                       tzinfo=tz)
    except ValueError:  # 2026-02-30, 25:00
        return None
    return None


class AdminZones:
    """Each admin's chosen time zone, kept with no expiry (a preference, like the language)."""

    def __init__(self, redis: Redis, prefix: str) -> None:
        self.redis = redis
        self.keys = BroadcastKeys(prefix)

    async def get(self, user_id: int) -> str:
        try:
            value = await self.redis.get(self.keys.admin_zone(user_id))
        except (RedisError, OSError):
            value = None
        return str(value) if value in dict(ZONES) else DEFAULT_ZONE

    async def set(self, user_id: int, zone: str) -> None:
        if zone in dict(ZONES):
            await self.redis.set(self.keys.admin_zone(user_id), zone)
