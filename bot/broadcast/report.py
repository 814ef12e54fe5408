"""The admin's view of a broadcast: the progress message and the final report, in their language."""

from __future__ import annotations

import html
import time

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.broadcast.jobs import CANCELLED, DONE, Job
from bot.callbacks import JobControl
from bot.i18n import _, pgettext

BAR_CELLS = 12


def reason_names() -> dict[str, str]:
    return {
        "not_found": _("chat not found"),
        "no_rights": _("no right to post"),
        "bad_message": _("message refused"),
        "network": _("network errors"),
        "migration": _("migrated too often"),
        "no_text": _("no text in the chat's language"),
        "other": _("other errors"),
    }


def duration(seconds: float) -> str:
    seconds = max(0, round(seconds))
    if seconds < 60:
        return _("{s} s").format(s=seconds)
    return _("{m} min {s} s").format(m=seconds // 60, s=seconds % 60)


def bar(done: int, total: int) -> str:
    share = 1.0 if total <= 0 else min(1.0, done / total)
    filled = round(share * BAR_CELLS)
    return "▓" * filled + "░" * (BAR_CELLS - filled) + f" {round(share * 100)}%"


def progress_text(job: Job, now: float | None = None) -> str:
    """Bar, counts and time left; the caller binds the admin's locale."""
    now = time.time() if now is None else now
    walked = job.counts.get("walked", 0)
    total = max(job.total, walked)
    elapsed = max(0.001, now - job.started)
    if job.status == DONE:
        head = _("📢 <b>Broadcast #{id}</b>: finished")
    elif job.status == CANCELLED:
        head = _("📢 <b>Broadcast #{id}</b>: cancelled")
    else:
        head = _("📢 <b>Broadcast #{id}</b>: sending")
    lines = [
        head.format(id=job.id) + followup_note(job),
        bar(walked, total),
        _("{done} of {total} chats checked · {ok} delivered · {blocked} blocked · {failed} failed")
        .format(done=walked, total=total, ok=job.counts.get("ok", 0),
                blocked=job.counts.get("blocked", 0), failed=sum(job.failed.values())),
    ]
    if walked and job.status not in (DONE, CANCELLED):
        left = (total - walked) * elapsed / walked
        lines.append(_("About {left} left").format(left=duration(left)))
    return "\n".join(lines)


def final_report(job: Job, now: float | None = None) -> str:
    now = time.time() if now is None else now
    head = (_("📢 <b>Broadcast #{id}</b> was cancelled.") if job.status == CANCELLED
            else _("📢 <b>Broadcast #{id}</b> finished.")).format(id=job.id)
    names = reason_names()
    failed = job.failed
    lines = [
        head + followup_note(job),
        _("Delivered: {n}").format(n=job.counts.get("ok", 0)),
        _("Blocked or removed (marked inactive): {n}").format(n=job.counts.get("blocked", 0)),
        _("Failed: {n}").format(n=sum(failed.values())),
    ]
    lines += [f"  • {html.escape(names.get(k, k))}: {v}" for k, v in sorted(failed.items())]
    if job.counts.get("migrated"):
        lines.append(_("Groups found under a new id: {n}").format(n=job.counts["migrated"]))
    if job.counts.get("doubt"):
        lines.append(_("In doubt, not sent again (a sending process stopped mid-call): {n}")
                     .format(n=job.counts["doubt"]))
        lines.append(_("They may or may not have it. You can send it again to them below; "
                       "any of them that has it would then get it twice."))
    lines.append(_("Time taken: {t}").format(t=duration(now - job.started)))
    return "\n".join(lines)


def summary_line(job: Job) -> str:
    """One line for /broadcasts."""
    statuses = {
        "scheduled": _("scheduled"), "queued": _("waiting"), "running": _("sending"),
        "paused": _("paused"), "cancelled": _("cancelled"), "done": _("finished"),
    }  # fmt: skip
    line = _("#{id} {status}: {ok} delivered, {blocked} blocked, {failed} failed").format(
        id=job.id, status=statuses.get(job.status, job.status), ok=job.counts.get("ok", 0),
        blocked=job.counts.get("blocked", 0), failed=sum(job.failed.values()),
    )
    if job.counts.get("doubt"):
        line += ", " + _("{n} in doubt").format(n=job.counts["doubt"])
    if job.followup:
        line += " " + _("(sent again to those as #{id})").format(id=job.followup)
    return line + followup_note(job)


def followup_note(job: Job) -> str:
    """What a "send again" follow-up is, after its title."""
    if not job.retry_of:
        return ""
    return " " + _("(again, to the chats in doubt of #{id})").format(id=job.retry_of)


def send_again_button(job: Job) -> InlineKeyboardMarkup | None:
    """"Send again to the N in doubt", for a finished broadcast with chats in doubt and no
    follow-up yet; it asks for a confirmation first (handlers/broadcast_control.py)."""
    doubt = job.counts.get("doubt", 0)
    if not doubt or job.followup or job.status not in (DONE, CANCELLED):
        return None
    label = pgettext("button", "🔁 Send again to the {n} in doubt").format(n=doubt)
    data = JobControl("again", job.id).pack()
    return InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=data)]])
