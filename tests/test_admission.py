"""Which webhook deliveries are taken: copies caught, a user's share kept, memory bounded."""

from __future__ import annotations

from bot.serving import admission
from bot.serving.admission import Admission
from tests.test_ordering import update_from


def test_a_copy_is_seen_while_running_and_after_finishing() -> None:
    taken = Admission()
    update = update_from(1, 10)
    assert not taken.seen(10)
    taken.take(update)
    assert taken.seen(10)
    taken.finished(10)
    assert taken.seen(10)


def test_a_users_share_is_counted_per_user_and_freed_as_updates_finish() -> None:
    taken = Admission(max_user_backlog=2)
    for update_id in (1, 2):
        taken.take(update_from(7, update_id))
    assert taken.over_share(update_from(7, 3))
    assert not taken.over_share(update_from(8, 4))
    taken.finished(1)
    assert not taken.over_share(update_from(7, 3))


def test_memory_stays_bounded() -> None:
    taken = Admission()
    admission_recent = admission.RECENT_IDS
    for update_id in range(admission_recent + 500):
        taken.take(update_from(update_id % 50, update_id))
        taken.finished(update_id)
    assert taken.sizes == (0, 0, admission_recent)
    assert not taken.seen(0) and taken.seen(admission_recent + 499)
