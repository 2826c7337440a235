"""Help with the cost of visiting on a real profile: reminders after attended visits of eligible families."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from fsw_desktop import demo
from fsw_desktop.errors import InputRefused
from fsw_desktop.models.people import Person
from fsw_desktop.models.visits import Booking
from fsw_desktop.services.visits import travel_claims as tc


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    from tests.profiles import TEMPLATES  # reason: the module's own profile, with demo visits in it
    db = TEMPLATES.profile(tmp_path_factory.mktemp("claims") / "p")
    demo.populate(db, size="standard", seed=2)
    yield db
    db.close()


def _attended(s):
    b = s.execute(select(Booking).join(Person, Person.id == Booking.prisoner_id)
                  .where(Booking.live(), Person.case_id.is_not(None))).scalars().first()
    b.status, b.outcome = "attended", "attended"
    s.flush()
    return b, s.get(Person, b.prisoner_id).case_id


def test_reminder_only_for_eligible_family_until_made(s):
    b, case_id = _attended(s)
    today = b.on + timedelta(days=2)
    assert b.id not in [r.booking_id for r in tc.reminders(s, today)]
    tc.set_eligible(s, case_id, b.on)
    r = next(r for r in tc.reminders(s, today) if r.booking_id == b.id)
    assert r.due_on == b.on + timedelta(days=28) and r.text(today).endswith("26 days left")
    with pytest.raises(InputRefused):
        tc.record(s, b.id, tc.MADE, b.on + timedelta(days=29), today=b.on + timedelta(days=40))
    tc.record(s, b.id, tc.MADE, today, today=today)
    assert b.id not in [r.booking_id for r in tc.reminders(s, today)]
    assert tc.counts(s, today, b.on, b.on)["made"] >= 1


def test_overdue_is_missed_and_on_today(s):
    b, case_id = _attended(s)
    tc.set_eligible(s, case_id, b.on)
    late = b.on + timedelta(days=30)
    r = next(r for r in tc.reminders(s, late) if r.booking_id == b.id)
    assert r.text(late) == f"Visit of {b.on:%d %b}: overdue by 2 days"
    assert tc.counts(s, late, b.on, b.on)["missed"] >= 1
    tc.record(s, b.id, tc.NOT_CLAIMING, late, reason="family chose not to", today=late)
    assert tc.counts(s, late, b.on, b.on)["missed"] >= 1  # recorded after the days ran out: still missed


def test_a_cancelled_visit_is_not_claimed_for_in_advance_and_a_reason_is_a_few_lines(s):
    b, case_id = _attended(s)
    tc.set_eligible(s, case_id, b.on - timedelta(days=60))
    b.status, b.outcome = "cancelled", ""
    s.flush()
    before = b.on - timedelta(days=10)
    with pytest.raises(InputRefused, match="cancelled"):  # no visit, no claim: not even in advance
        tc.record(s, b.id, tc.MADE, before, today=before)
    assert tc.claim_for(s, b.id) is None
    b.status = "booked"
    s.flush()
    assert tc.record(s, b.id, tc.MADE, before, today=before).status == tc.MADE  # a booked one can be
    with pytest.raises(InputRefused, match="too long"):  # a whole document pasted as the reason
        tc.record(s, b.id, tc.NOT_CLAIMING, before, reason="x" * 1_000_000, today=before)
    assert tc.claim_for(s, b.id).status == tc.MADE
    assert tc.record(s, b.id, tc.NOT_CLAIMING, before, reason="y" * tc.REASON_MAX, today=before).reason == "y" * 500
